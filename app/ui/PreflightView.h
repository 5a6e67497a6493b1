#pragma once

#include "preflight/PreflightReport.h"

#include <QWidget>

class QLabel;
class QTreeView;

namespace Slipway {

class PreflightModel;

// A preflight report as the window shows it: a summary line ("2 of 10 checks failed, in 240 ms")
// over a tree of the checks, each coloured by its result, failures and warnings opened to show
// what they name and what to do. The upgrade dialog shows it now, the install wizard's Preflight
// page later.
class PreflightView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreflightView)

public:
    explicit PreflightView(QWidget *parent = nullptr);
    ~PreflightView() override;

    void setRunning(const QString &text); // the report so far is cleared
    void setReport(const PreflightReport &report);
    void setMessage(const QString &text); // e.g. why there is no report

    QString summary() const;
    // "Preflight", "Preflight (2 failed)", "Preflight (1 warning)": a tab's title.
    QString title() const;
    PreflightModel *model() const { return m_model; }

private:
    PreflightModel *m_model = nullptr;
    QLabel *m_summary = nullptr;
    QTreeView *m_tree = nullptr;
};

} // namespace Slipway
