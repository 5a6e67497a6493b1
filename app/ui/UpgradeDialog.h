#pragma once

#include "helm/HelmLocator.h"
#include "helm/ReleaseRecord.h"
#include "install/ReleaseTarget.h"
#include "install/ValuesEdit.h"
#include "product/Chart.h"

#include <QDialog>
#include <QTimer>

#include <optional>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace Slipway {

class DiffPane;
class UpgradePreview;

// Upgrade… of the main window: the deployed revision's values in an editor (secrets masked; a
// mask left as it is keeps its secret), checked as they are typed (YAML, then the chart's
// values.schema.json, the offending lines marked), and — as soon as they are valid — previewed
// by helm's server-side dry run, whose diff against the deployed revision is shown beside them.
// Upgrade is enabled only while the preview shown is the preview of exactly what is in the
// editor, so what the administrator confirms is what helm runs. The chart is the product of the
// same name this Slipway ships, or any chart folder or .tgz chosen. Chart loading and helm run
// off the GUI thread. Non-modal; deletes itself when closed.
class UpgradeDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UpgradeDialog)

public:
    UpgradeDialog(HelmInstallation helm, ReleaseTarget target, ReleaseRecord deployed,
                  QWidget *parent = nullptr);
    ~UpgradeDialog() override;

    // Loads another chart (a folder or .tgz), as Browse… does.
    void setChartPath(const QString &path);
    bool isPreviewed() const; // the preview shown is of what the editor holds

Q_SIGNALS:
    // Upgrade was clicked: the request helm runs and the fingerprint of its values.
    void upgradeRequested(const Slipway::HelmRequest &request, const QByteArray &valuesSha256);
    void previewFinished(bool ok);

private:
    void loadChart();
    void check();
    void showProblems(const Diagnostics &problems);
    void startPreview();
    void onPreviewFinished();
    HelmRequest request() const;
    void updateButton();

    HelmInstallation m_helm;
    ReleaseTarget m_target;
    ReleaseRecord m_deployed;
    ValuesEdit m_edit;
    std::optional<Chart> m_chart;
    int m_chartGeneration = 0;
    ValuesEdit::Checked m_checked;
    QString m_checkedText; // the editor text m_checked is of
    QString m_previewedStamp; // what the preview shown was made from
    QString m_runningStamp; // what the preview in progress is made from
    QTimer m_checkTimer;
    UpgradePreview *m_preview = nullptr;

    QLineEdit *m_chartPath = nullptr;
    QLabel *m_chartState = nullptr;
    QSpinBox *m_timeout = nullptr;
    QPlainTextEdit *m_values = nullptr;
    QLabel *m_problems = nullptr;
    QLabel *m_previewState = nullptr;
    DiffPane *m_diff = nullptr;
    QPushButton *m_upgrade = nullptr;
};

} // namespace Slipway
