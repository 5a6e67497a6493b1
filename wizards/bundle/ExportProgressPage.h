#pragma once

#include "ExportOptionsPage.h"
#include "bundle/BundleResult.h"
#include "helm/HelmLocator.h"
#include "install/ExportPreparation.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QWizardPage>

class QLabel;
class QProgressBar;
class QPushButton;

namespace Slipway {

class BundleExport;

// The export running: the chart rendered by helm to find its images (off the GUI thread,
// ExportPreparation), then BundleExport — each image pulled, then the bundle written — with
// bytes done of the step's total, the current image and the throughput. Cancel stops it at any
// time; no bundle file is left (the images pulled so far stay in the staging folder, so that
// exporting the same file again resumes).
class ExportProgressPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportProgressPage)

public:
    ExportProgressPage(const HelmInstallation *helm, const ExportOptionsPage *options, QWidget *parent = nullptr);
    ~ExportProgressPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    bool isRunning() const;
    const BundleResult &result() const { return m_result; }
    // The signing key's public half in minisign's file format; empty when not signed.
    QByteArray publicKeyText() const { return m_publicKey; }
    // The signing key's .pub beside it (as Generate Key Pair… and bundle keygen write them),
    // when there is one holding the same key.
    QString publicKeyFile() const;
    QString statusText() const;

public Q_SLOTS:
    void cancel();

Q_SIGNALS:
    void exportFinished(bool ok);

private:
    struct Prepared
    {
        Expected<ExportPreparation> preparation = Error(QString());
        std::optional<MinisignSecretKey> key;
        QHash<QString, RegistryOptions> registries;
    };
    void startExport(const Prepared &prepared);
    void showProgress(const QString &what, qint64 done, qint64 total, double bytesPerSecond);
    void finish(const BundleResult &result);

    const HelmInstallation *m_helm;
    const ExportOptionsPage *m_options;
    ExportChoices m_choices;
    QLabel *m_phase = nullptr;
    QLabel *m_image = nullptr;
    QProgressBar *m_bar = nullptr;
    QLabel *m_bytes = nullptr;
    QLabel *m_rate = nullptr;
    QLabel *m_notice = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_cancel = nullptr;
    QFutureWatcher<Prepared> m_preparing;
    std::shared_ptr<QTemporaryDir> m_packed;
    BundleExport *m_export = nullptr;
    BundleResult m_result;
    QByteArray m_publicKey;
    QElapsedTimer m_clock;
    bool m_cancelled = false;
    bool m_done = false;
    bool m_pulledAny = false; // image bytes arrived: a stop leaves them staged
};

} // namespace Slipway
