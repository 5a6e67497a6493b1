#pragma once

#include "install/ReleaseOperation.h"

#include <QCoreApplication>
#include <QString>

namespace Slipway {

// What slipway-cli writes to stderr while an operation runs, as a pure function of the events:
// each call returns the text to write (often nothing). On a terminal it is one line that keeps
// being rewritten — carriage return, erase line, the state cut to the terminal's width:
//   Waiting for the workloads… · 12 s · 3/5 pods ready · worker-xyz: ContainerCreating
// Anywhere else (a log, a pipe, CI) it is one plain line per change, as before:
//   [2/4] Waiting for the workloads…
//   [2/4] 3/5 pods ready · worker-xyz: ContainerCreating
// Whatever was shown last is ended with a newline by finish().
class ProgressLine
{
    Q_DECLARE_TR_FUNCTIONS(Slipway::ProgressLine)

public:
    ProgressLine(bool terminal, int width);

    QString phase(int done, int total, const QString &text, qint64 elapsedMs);
    QString pods(const PodSummary &pods, qint64 elapsedMs);
    // Once a second on a terminal, for the elapsed time; nothing when the line is unchanged.
    QString tick(qint64 elapsedMs);
    // Before any other message goes to stderr: the line is taken away (and redrawn by the next
    // event or tick), so the message starts at the beginning of a clean line.
    QString clear();
    // The end of the operation: the last state, and the newline that ends it.
    QString finish(qint64 elapsedMs);

    void setWidth(int width) { m_width = width; }
    bool isTerminal() const { return m_terminal; }

    // `line` cut to `width` columns, "…" marking the cut.
    static QString fit(const QString &line, int width);

private:
    QString render(qint64 elapsedMs) const;
    QString redraw(qint64 elapsedMs);
    QString podsText() const;

    bool m_terminal;
    int m_width;
    int m_done = 0;
    int m_total = 0;
    QString m_text;
    PodSummary m_pods;
    bool m_havePods = false;
    int m_podsStep = 0; // the step the pods were seen in
    QString m_shown; // what the terminal line shows now; empty when none is shown
};

} // namespace Slipway
