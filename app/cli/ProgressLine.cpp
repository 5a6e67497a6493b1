#include "ProgressLine.h"

namespace Slipway {

namespace {

// Carriage return, then "erase in line" (ECMA-48 EL 2): the whole line, whatever its length.
const QString kRewind = QStringLiteral("\r\x1b[2K");
const QString kSeparator = QStringLiteral(" · ");

} // namespace

ProgressLine::ProgressLine(bool terminal, int width)
    : m_terminal(terminal)
    , m_width(width)
{ }

QString ProgressLine::fit(const QString &line, int width)
{
    if (width <= 0 || line.size() <= width)
        return line;
    if (width == 1)
        return QStringLiteral("…");
    return line.left(width - 1) + QStringLiteral("…");
}

QString ProgressLine::podsText() const
{
    QString text = tr("%1/%2 pods ready").arg(m_pods.ready).arg(m_pods.total);
    if (!m_pods.firstProblem.isEmpty())
        text += kSeparator + m_pods.firstProblem;
    return text;
}

QString ProgressLine::render(qint64 elapsedMs) const
{
    QString line = m_text + kSeparator + tr("%1 s").arg(elapsedMs / 1000);
    if (m_havePods)
        line += kSeparator + podsText();
    // One column short of the width: a line that fills the last column would make some
    // terminals wrap, and the carriage return would then rewind the wrong line.
    return fit(line, m_width - 1);
}

QString ProgressLine::redraw(qint64 elapsedMs)
{
    const QString line = render(elapsedMs);
    if (line == m_shown)
        return {};
    m_shown = line;
    return kRewind + line;
}

QString ProgressLine::phase(int done, int total, const QString &text, qint64 elapsedMs)
{
    // Pods belong to the step that saw them; once the operation moves on they are history.
    if (m_havePods && done != m_podsStep)
        m_havePods = false;
    m_done = done;
    m_total = total;
    m_text = text;
    if (m_terminal)
        return redraw(elapsedMs);
    return QStringLiteral("[%1/%2] %3\n").arg(done).arg(total).arg(text);
}

QString ProgressLine::pods(const PodSummary &pods, qint64 elapsedMs)
{
    if (m_havePods && pods == m_pods)
        return {};
    m_pods = pods;
    m_havePods = true;
    m_podsStep = m_done;
    if (m_terminal)
        return redraw(elapsedMs);
    return QStringLiteral("[%1/%2] %3\n").arg(m_done).arg(m_total).arg(podsText());
}

QString ProgressLine::tick(qint64 elapsedMs)
{
    if (!m_terminal || m_text.isEmpty())
        return {};
    return redraw(elapsedMs);
}

QString ProgressLine::clear()
{
    if (!m_terminal || m_shown.isEmpty())
        return {};
    m_shown.clear();
    return kRewind;
}

QString ProgressLine::finish(qint64 elapsedMs)
{
    if (!m_terminal || m_text.isEmpty())
        return {};
    m_shown.clear();
    // The pods are history by now; the last phase and the time it all took stay on screen.
    m_havePods = false;
    return kRewind + render(elapsedMs) + QLatin1Char('\n');
}

} // namespace Slipway
