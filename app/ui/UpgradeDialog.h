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
class QTabWidget;

namespace Slipway {

class DiffPane;
class KubeClient;
class PreflightRun;
class PreflightView;
class UpgradePreview;

// Upgrade… of the main window: the deployed revision's values in an editor (secrets masked; a
// mask left as it is keeps its secret), checked as they are typed (YAML, then the chart's
// values.schema.json, the offending lines marked), and — as soon as they are valid — previewed
// by helm's server-side dry run, whose diff against the deployed revision is shown beside them.
// Alongside the preview, preflight checks the same upgrade against the cluster (its own tab).
// Upgrade is enabled only while the preview and the preflight shown are of exactly what is in
// the editor, so what the administrator confirms is what helm runs; failed checks ask for a
// confirmation that names them, and the override goes to the journal. The chart is the product of the
// same name this Slipway ships, or any chart folder or .tgz chosen. Chart loading and helm run
// off the GUI thread. Non-modal; deletes itself when closed.
class UpgradeDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UpgradeDialog)

public:
    UpgradeDialog(KubeClient *client, HelmInstallation helm, ReleaseTarget target,
                  ReleaseRecord deployed, QWidget *parent = nullptr);
    ~UpgradeDialog() override;

    // Loads another chart (a folder or .tgz), as Browse… does.
    void setChartPath(const QString &path);
    // The preview and the preflight shown are of what the editor holds.
    bool isPreviewed() const;

Q_SIGNALS:
    // Upgrade was clicked (and failed checks overridden): the request helm runs, the fingerprint
    // of its values, and preflight's verdict for the journal ("passed", "overridden" with the
    // ids of the checks overridden).
    void upgradeRequested(const Slipway::HelmRequest &request, const QByteArray &valuesSha256,
                          const QString &preflight, const QStringList &overridden);
    void previewFinished(bool ok);
    void preflightFinished();

private:
    void loadChart();
    void check();
    void showProblems(const Diagnostics &problems);
    void startPreview();
    void onPreviewFinished();
    void onPreflightFinished();
    QString stamp() const; // what the editor, chart and timeout hold now
    void confirmUpgrade();
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
    PreflightRun *m_preflight = nullptr;
    QString m_preflightedStamp; // what the preflight shown was made from
    QString m_preflightRunningStamp;

    QLineEdit *m_chartPath = nullptr;
    QLabel *m_chartState = nullptr;
    QSpinBox *m_timeout = nullptr;
    QPlainTextEdit *m_values = nullptr;
    QLabel *m_problems = nullptr;
    QLabel *m_previewState = nullptr;
    DiffPane *m_diff = nullptr;
    QTabWidget *m_tabs = nullptr;
    PreflightView *m_preflightView = nullptr;
    QPushButton *m_upgrade = nullptr;
};

} // namespace Slipway
