#include "ExportProgressPage.h"

#include "bundle/BundleExport.h"
#include "bundle/RegistryCredentials.h"
#include "install/AnswersFile.h"

#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace Slipway {

namespace {
BundleResult failure(BundleResult::Failure kind, const Error &error)
{
    BundleResult result;
    result.failure = kind;
    result.error = error;
    return result;
}
} // namespace

ExportProgressPage::ExportProgressPage(const HelmInstallation *helm, const ExportOptionsPage *options, QWidget *parent)
    : QWizardPage(parent)
    , m_helm(helm)
    , m_options(options)
    , m_phase(new QLabel(this))
    , m_image(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_bytes(new QLabel(this))
    , m_rate(new QLabel(this))
    , m_notice(new QLabel(this))
    , m_error(new QLabel(this))
    , m_cancel(new QPushButton(tr("&Stop Export"), this))
{
    setObjectName(QStringLiteral("exportProgressPage"));
    setTitle(tr("Exporting"));
    setSubTitle(tr("The images are pulled into a staging folder first, then written into the bundle "
                   "with the chart and its values."));
    m_phase->setObjectName(QStringLiteral("exportPhase"));
    m_phase->setWordWrap(true);
    m_image->setObjectName(QStringLiteral("exportImage"));
    m_image->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_image->setWordWrap(true);
    m_bar->setObjectName(QStringLiteral("exportProgress"));
    m_bar->setAccessibleName(tr("Export progress"));
    m_bytes->setObjectName(QStringLiteral("exportBytes"));
    m_rate->setObjectName(QStringLiteral("exportThroughput"));
    m_notice->setObjectName(QStringLiteral("exportNotice"));
    m_notice->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("exportError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();
    m_cancel->setObjectName(QStringLiteral("exportCancel"));
    m_cancel->setAccessibleName(tr("Stop the export"));
    m_cancel->setToolTip(tr("Stops the export; no bundle file is left behind"));

    auto *details = new QFormLayout;
    details->addRow(tr("Image:"), m_image);
    details->addRow(tr("Done:"), m_bytes);
    details->addRow(tr("Speed:"), m_rate);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_phase);
    layout->addWidget(m_bar);
    layout->addLayout(details);
    layout->addWidget(m_notice);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addLayout(buttons);

    connect(m_cancel, &QPushButton::clicked, this, &ExportProgressPage::cancel);
    connect(&m_preparing, &QFutureWatcher<Prepared>::finished, this, [this] {
        if (m_cancelled) {
            finish(failure(BundleResult::Failure::Cancelled, Error(tr("The export was stopped."))));
            return;
        }
        startExport(m_preparing.result());
    });
}

// A preparation still running (helm template) ends on its pool thread; BundleExport stops its
// worker as it is destroyed.
ExportProgressPage::~ExportProgressPage()
{
    if (m_export)
        m_export->cancel();
}

bool ExportProgressPage::isRunning() const
{
    return m_preparing.isRunning() || m_export;
}

void ExportProgressPage::initializePage()
{
    m_choices = m_options->choices();
    m_result = {};
    m_publicKey.clear();
    m_cancelled = false;
    m_done = false;
    m_pulledAny = false;
    m_clock.start();
    m_error->hide();
    m_notice->clear();
    m_image->setText(tr("—"));
    m_bytes->clear();
    m_rate->clear();
    m_bar->setRange(0, 0);
    m_cancel->setEnabled(true);
    m_phase->setText(tr("Rendering the chart with helm to find its images…"));
    if (m_helm->path.isEmpty()) {
        finish(failure(BundleResult::Failure::Files,
                       Error(tr("helm was not found: Slipway needs it to render the chart"), QString(), 0, 0,
                             tr("install helm 3.17 or newer, or set SLIPWAY_HELM to its path"))));
        return;
    }
    m_preparing.setFuture(QtConcurrent::run([choices = m_choices, helm = *m_helm] {
        Prepared prepared;
        ExportRequest request;
        request.chart = choices.chart;
        request.plan.chartPath = choices.chart.source;
        if (!choices.answersFile.isEmpty()) {
            const Expected<Answers> answers = AnswersFile::read(choices.answersFile, *choices.chart.descriptor);
            if (!answers) {
                prepared.preparation = answers.error();
                return prepared;
            }
            request.plan.answers = *answers;
            request.plan.hasAnswers = true;
        }
        if (!choices.valuesFile.isEmpty())
            request.plan.valuesFiles = { choices.valuesFile };
        request.helm = helm;
        request.product = choices.productId;
        request.includeSecrets = choices.includeSecrets;
        request.includeHelm = choices.includeHelm;
        request.output = choices.output;
        prepared.preparation = ExportPreparation::prepare(request);
        if (!prepared.preparation)
            return prepared;
        if (!choices.signingKey.isEmpty()) {
            auto key = MinisignSecretKey::load(choices.signingKey);
            if (!key) {
                prepared.preparation = key.error();
                return prepared;
            }
            prepared.key = *key;
        }
        for (const QString &image : std::as_const(prepared.preparation->spec.images)) {
            const QString host = ImageReference::parse(image)->apiHost();
            if (prepared.registries.contains(host))
                continue;
            RegistryOptions options;
            options.plainHttp = choices.plainHttp;
            auto credentials = RegistryCredentials::fromDockerConfig(host, choices.dockerConfig);
            if (!credentials) {
                prepared.preparation = credentials.error();
                return prepared;
            }
            options.credentials = *credentials;
            prepared.registries.insert(host, options);
        }
        return prepared;
    }));
}

void ExportProgressPage::startExport(const Prepared &prepared)
{
    if (!prepared.preparation) {
        finish(failure(BundleResult::Failure::Files, prepared.preparation.error()));
        return;
    }
    const ExportPreparation &preparation = *prepared.preparation;
    m_packed = preparation.packed;
    ExportSpec spec = preparation.spec;
    spec.pull.setPlatform(m_choices.platform);
    spec.pull.registry.plainHttp = m_choices.plainHttp;
    spec.registries = prepared.registries;
    spec.signingKey = prepared.key;
    if (prepared.key)
        m_publicKey = prepared.key->publicHalf().toFileText();
    QStringList notes;
    if (!preparation.redacted.isEmpty())
        notes << tr("Left out as secrets: %1. The installing site enters them.").arg(preparation.redacted.join(QStringLiteral(", ")));
    else if (preparation.secretsUnknown)
        notes << tr("The chart has no installer.yaml, so Slipway cannot tell its secrets: the values file is "
                    "bundled as it is.");
    m_notice->setText(notes.join(QLatin1Char('\n')));
    m_phase->setText(tr("Pulling %n image(s)…", nullptr, int(spec.images.size())));
    m_export = new BundleExport(spec, this);
    connect(m_export, &BundleOperation::progress, this, &ExportProgressPage::showProgress);
    connect(m_export, &BundleOperation::notice, this, [this](const QString &text) {
        m_notice->setText(m_notice->text().isEmpty() ? text : m_notice->text() + QLatin1Char('\n') + text);
    });
    connect(m_export, &BundleOperation::finished, this, &ExportProgressPage::finish);
    m_export->start();
}

void ExportProgressPage::showProgress(const QString &what, qint64 done, qint64 total, double bytesPerSecond)
{
    const QLocale locale;
    const bool writing = what == QLatin1String("bundle");
    m_pulledAny = m_pulledAny || (!writing && done > 0);
    m_phase->setText(writing ? tr("Writing the bundle…") : tr("Pulling the images…"));
    m_image->setText(writing ? QFileInfo(m_choices.output).fileName() : what);
    if (total > 0) {
        // The bar counts permille: byte counts overflow its int.
        m_bar->setRange(0, 1000);
        m_bar->setValue(int(std::clamp<qint64>(done * 1000 / total, 0, 1000)));
        m_bytes->setText(tr("%1 of %2").arg(locale.formattedDataSize(done), locale.formattedDataSize(total)));
    } else {
        m_bar->setRange(0, 0);
        m_bytes->setText(locale.formattedDataSize(done));
    }
    m_rate->setText(tr("%1/s").arg(locale.formattedDataSize(qint64(bytesPerSecond))));
}

void ExportProgressPage::cancel()
{
    if (m_done)
        return;
    m_cancelled = true;
    m_cancel->setEnabled(false);
    m_phase->setText(tr("Stopping…"));
    if (m_export)
        m_export->cancel();
}

void ExportProgressPage::finish(const BundleResult &result)
{
    if (m_export) {
        m_export->deleteLater();
        m_export = nullptr;
    }
    m_packed.reset();
    m_result = result;
    m_done = true;
    m_cancel->setEnabled(false);
    if (result.ok || m_bar->maximum() == 0)
        m_bar->setRange(0, 1000);
    if (result.ok) {
        m_bar->setValue(1000);
        m_phase->setText(tr("The bundle is written (%1 s).").arg(result.seconds, 0, 'f', 1));
    } else {
        if (m_pulledAny && QFileInfo::exists(m_choices.output + QStringLiteral(".staging")))
            m_notice->setText(tr("The images pulled so far stay in %1: exporting to the same file again resumes "
                                 "from them. Delete the folder to free the space.")
                                  .arg(QDir::toNativeSeparators(m_choices.output + QStringLiteral(".staging"))));
        m_phase->setText(result.failure == BundleResult::Failure::Cancelled
                             ? tr("The export was stopped. No bundle was written.")
                             : tr("The export failed. No bundle was written."));
        if (result.failure != BundleResult::Failure::Cancelled) {
            m_error->setText(result.error.toString());
            m_error->show();
        }
    }
    Q_EMIT completeChanged();
    Q_EMIT exportFinished(result.ok);
}

void ExportProgressPage::cleanupPage()
{
    // Back to the options: whatever still runs stops.
    cancel();
}

bool ExportProgressPage::isComplete() const
{
    return m_done && m_result.ok;
}

QString ExportProgressPage::publicKeyFile() const
{
    if (m_publicKey.isEmpty())
        return {};
    const QFileInfo key(m_choices.signingKey);
    const QString file = key.absolutePath() + QLatin1Char('/') + key.completeBaseName() + QStringLiteral(".pub");
    const Expected<MinisignPublicKey> loaded = MinisignPublicKey::load(file);
    return loaded && loaded->toFileText() == m_publicKey ? file : QString();
}

QString ExportProgressPage::statusText() const
{
    return m_error->isHidden() ? m_phase->text() : m_phase->text() + QLatin1Char('\n') + m_error->text();
}

} // namespace Slipway
