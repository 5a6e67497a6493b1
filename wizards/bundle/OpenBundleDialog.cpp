#include "OpenBundleDialog.h"

#include "TrustedKeysDialog.h"
#include "bundle/BundleImport.h"
#include "bundle/BundleReader.h"
#include "bundle/RegistryCredentials.h"
#include "bundle/TrustedKeys.h"

#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace Slipway {

OpenBundleDialog::OpenBundleDialog(QWidget *parent)
    : QDialog(parent)
    , m_file(new QLineEdit(this))
    , m_about(new QLabel(this))
    , m_trust(new QLabel(this))
    , m_anyway(new QCheckBox(this))
    , m_registry(new QLineEdit(this))
    , m_caFile(new QLineEdit(this))
    , m_username(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_plainHttp(new QCheckBox(tr("Plain &http (a registry on this machine, 127.x)"), this))
    , m_bar(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_error(new QLabel(this))
    , m_importButton(new QPushButton(tr("&Import"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    setObjectName(QStringLiteral("openBundleDialog"));
    setWindowTitle(tr("Open Offline Bundle"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(QStringLiteral("bundleBrowse"));
    browse->setAccessibleName(tr("Browse for the bundle file"));
    auto *keys = new QPushButton(tr("Trusted &Keys…"), this);
    keys->setObjectName(QStringLiteral("bundleTrustedKeys"));
    auto *browseCa = new QPushButton(tr("Br&owse…"), this);
    browseCa->setObjectName(QStringLiteral("bundleCaFileBrowse"));
    browseCa->setAccessibleName(tr("Browse for the CA file"));

    m_file->setObjectName(QStringLiteral("bundleFile"));
    m_file->setAccessibleName(tr("Bundle file"));
    m_file->setPlaceholderText(tr("product-1.0.0.slipway.zip"));
    m_about->setObjectName(QStringLiteral("bundleAbout"));
    m_about->setWordWrap(true);
    m_about->setTextFormat(Qt::PlainText);
    m_trust->setObjectName(QStringLiteral("bundleTrust"));
    m_trust->setWordWrap(true);
    m_trust->setTextFormat(Qt::PlainText);
    m_anyway->setObjectName(QStringLiteral("bundleInstallAnyway"));
    m_anyway->setAccessibleName(tr("Install anyway"));
    m_anyway->setText(tr("Install &anyway, knowing that anyone could have made or changed it"));
    m_anyway->setToolTip(tr("Without a trusted signature, nothing proves where the bundle, its images and "
                            "its chart come from"));
    m_anyway->hide();
    m_registry->setObjectName(QStringLiteral("bundleRegistry"));
    m_registry->setAccessibleName(tr("Target registry"));
    m_registry->setPlaceholderText(tr("registry.internal:5000"));
    m_caFile->setObjectName(QStringLiteral("bundleCaFile"));
    m_caFile->setAccessibleName(tr("Registry CA file"));
    m_caFile->setPlaceholderText(tr("Optional: PEM file, instead of the system's certificates"));
    m_username->setObjectName(QStringLiteral("bundleUsername"));
    m_username->setAccessibleName(tr("Registry user name"));
    m_username->setPlaceholderText(tr("Optional: else from ~/.docker/config.json"));
    m_password->setObjectName(QStringLiteral("bundlePassword"));
    m_password->setAccessibleName(tr("Registry password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_plainHttp->setObjectName(QStringLiteral("bundlePlainHttp"));
    m_plainHttp->setAccessibleName(tr("Plain http"));
    m_bar->setObjectName(QStringLiteral("bundleProgress"));
    m_bar->setAccessibleName(tr("Import progress"));
    m_bar->setRange(0, 1000);
    m_bar->setValue(0);
    m_bar->hide(); // until the import starts
    m_status->setObjectName(QStringLiteral("bundleStatus"));
    m_status->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("bundleError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();
    m_importButton->setObjectName(QStringLiteral("bundleImport"));
    m_importButton->setDefault(true);
    m_importButton->setToolTip(tr("Verify every file, push the images to the registry and continue the "
                                  "install with the bundle's chart"));
    m_cancel->setObjectName(QStringLiteral("bundleCancel"));

    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    auto *trustRow = new QHBoxLayout;
    trustRow->addWidget(m_trust, 1);
    trustRow->addWidget(keys, 0, Qt::AlignTop);
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(browseCa);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *fileLabel = new QLabel(tr("&Bundle:"), this);
    fileLabel->setBuddy(m_file);
    auto *caLabel = new QLabel(tr("&CA file:"), this);
    caLabel->setBuddy(m_caFile);
    form->addRow(fileLabel, fileRow);
    form->addRow(QString(), m_about);
    form->addRow(tr("Signature:"), trustRow);
    form->addRow(QString(), m_anyway);
    form->addRow(tr("&Registry:"), m_registry);
    form->addRow(caLabel, caRow);
    form->addRow(tr("&User name:"), m_username);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(QString(), m_plainHttp);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_importButton);
    buttons->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The images go to the registry the cluster pulls from; the chart and its values "
                                "then continue the install wizard, with the image references pointing there."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_bar);
    layout->addWidget(m_status);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addLayout(buttons);
    m_status->hide();

    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Open Offline Bundle"), m_file->text(),
                                                          tr("Offline bundles (*.slipway.zip);;All files (*)"));
        if (!file.isEmpty())
            setBundle(file);
    });
    connect(browseCa, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Registry CA"), m_caFile->text(),
                                                          tr("PEM certificates (*.pem *.crt);;All files (*)"));
        if (!file.isEmpty())
            m_caFile->setText(file);
    });
    connect(m_file, &QLineEdit::editingFinished, this, [this] {
        if (!m_file->text().trimmed().isEmpty() && QFileInfo(m_file->text().trimmed()).absoluteFilePath() != m_path)
            setBundle(m_file->text().trimmed());
    });
    connect(keys, &QPushButton::clicked, this, &OpenBundleDialog::editTrustedKeys);
    connect(m_anyway, &QCheckBox::toggled, this, &OpenBundleDialog::updateButtons);
    connect(m_registry, &QLineEdit::textChanged, this, &OpenBundleDialog::updateButtons);
    connect(m_importButton, &QPushButton::clicked, this, &OpenBundleDialog::startImport);
    connect(m_cancel, &QPushButton::clicked, this, &OpenBundleDialog::reject);
    connect(&m_check, &QFutureWatcher<Check>::finished, this, [this] { showCheck(m_check.result()); });
    updateButtons();
    resize(660, sizeHint().height() + 60);
}

// A check still running ends on its pool thread; an import is stopped by BundleImport's
// destructor (its worker first).
OpenBundleDialog::~OpenBundleDialog() = default;

void OpenBundleDialog::setBundle(const QString &file)
{
    const QString path = QFileInfo(file).absoluteFilePath();
    m_path = path;
    m_file->setText(path);
    m_checked = {};
    m_anyway->setChecked(false);
    m_anyway->hide();
    m_about->clear();
    m_trust->setText(tr("Checking the signature…"));
    showError(QString());
    updateButtons();
    m_check.setFuture(QtConcurrent::run([path] {
        Check check;
        const Expected<QList<MinisignPublicKey>> keys = TrustedKeys::load();
        const QList<MinisignPublicKey> trusted = keys ? *keys : QList<MinisignPublicKey>();
        BundleReader strict(path);
        if (const Expected<void> opened = strict.open({ trusted, false }); opened) {
            check.readable = true;
            check.trusted = strict.isSigned();
            check.signer = strict.signerKeyId();
            check.manifest = strict.manifest();
            return check;
        } else {
            check.problem = opened.error().message;
        }
        if (!keys)
            check.problem = tr("the trusted keys cannot be read: %1").arg(keys.error().toString());
        BundleReader lenient(path);
        if (const Expected<void> opened = lenient.open({ trusted, true }); opened) {
            check.readable = true;
            check.manifest = lenient.manifest();
        } else {
            check.problem = opened.error().toString();
        }
        return check;
    }));
}

void OpenBundleDialog::showCheck(const Check &check)
{
    m_checked = check;
    const BundleManifest &m = check.manifest;
    if (!check.readable) {
        m_trust->setText(tr("The bundle cannot be used."));
        showError(check.problem);
    } else {
        m_about->setText(tr("%1 %2 (chart %3, application %4), %n image(s), made %5", nullptr, int(m.images.size()))
                             .arg(m.product, m.chartVersion, m.chartName, m.appVersion,
                                  QLocale().toString(m.created.toLocalTime(), QLocale::ShortFormat)));
        if (check.trusted) {
            m_trust->setText(tr("Signed by trusted key %1.").arg(check.signer));
        } else {
            m_trust->setText(tr("Not trusted — %1. Nothing proves who made this bundle or that it is unchanged.")
                                 .arg(check.problem));
            m_anyway->show();
        }
    }
    updateButtons();
    Q_EMIT checked();
}

void OpenBundleDialog::editTrustedKeys()
{
    auto *dialog = new TrustedKeysDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        if (!m_path.isEmpty())
            setBundle(m_path);
    });
    dialog->open();
}

bool OpenBundleDialog::canImport() const
{
    return !m_import && !m_check.isRunning() && m_checked.readable && (m_checked.trusted || m_anyway->isChecked())
        && !m_registry->text().trimmed().isEmpty();
}

void OpenBundleDialog::updateButtons()
{
    m_importButton->setEnabled(canImport());
    m_cancel->setText(m_import ? tr("&Stop") : tr("Cancel"));
}

void OpenBundleDialog::startImport()
{
    if (!canImport())
        return;
    ImportSpec spec;
    spec.bundle = m_path;
    const Expected<QList<MinisignPublicKey>> keys = TrustedKeys::load();
    spec.trust = { keys ? *keys : QList<MinisignPublicKey>(), !m_checked.trusted && m_anyway->isChecked() };
    spec.extractTo = BundleImport::defaultExtractFolder(spec.bundle);
    spec.registry = m_registry->text().trimmed();
    spec.push.registry.plainHttp = m_plainHttp->isChecked();
    spec.push.registry.tls.caFile = m_caFile->text().trimmed();
    if (!m_username->text().isEmpty()) {
        spec.push.registry.credentials.username = m_username->text();
        spec.push.registry.credentials.password = m_password->text();
    } else {
        auto fromConfig = RegistryCredentials::fromDockerConfig(spec.registry);
        if (!fromConfig) {
            showError(fromConfig.error().toString());
            return;
        }
        spec.push.registry.credentials = *fromConfig;
    }
    m_extractTo = spec.extractTo;
    showError(QString());
    m_status->setText(tr("Verifying the bundle…"));
    m_status->show();
    m_bar->setRange(0, 0);
    m_bar->show();
    for (QWidget *field : std::initializer_list<QWidget *> { m_file, m_registry, m_caFile, m_username, m_password,
                                                              m_plainHttp, m_anyway })
        field->setEnabled(false);
    m_import = new BundleImport(spec, this);
    connect(m_import, &BundleOperation::progress, this,
            [this](const QString &what, qint64 done, qint64 total, double bytesPerSecond) {
                const QLocale locale;
                if (total > 0) {
                    m_bar->setRange(0, 1000);
                    m_bar->setValue(int(std::clamp<qint64>(done * 1000 / total, 0, 1000)));
                }
                const QString step = what == QLatin1String("bundle") ? tr("Verifying and extracting the bundle")
                                                                      : tr("Pushing %1").arg(what);
                m_status->setText(tr("%1: %2 of %3, %4/s")
                                      .arg(step, locale.formattedDataSize(done), locale.formattedDataSize(total),
                                           locale.formattedDataSize(qint64(bytesPerSecond))));
            });
    connect(m_import, &BundleOperation::finished, this, &OpenBundleDialog::finish);
    m_import->start();
    updateButtons();
}

void OpenBundleDialog::finish(const BundleResult &result)
{
    m_import->deleteLater();
    m_import = nullptr;
    m_result = result;
    for (QWidget *field : std::initializer_list<QWidget *> { m_file, m_registry, m_caFile, m_username, m_password,
                                                              m_plainHttp, m_anyway })
        field->setEnabled(true);
    m_bar->setRange(0, 1000);
    if (result.ok) {
        m_bar->setValue(1000);
        m_status->setText(tr("%n image(s) pushed to %1.", nullptr, int(result.images.size())).arg(m_registry->text()));
        updateButtons();
        Q_EMIT importFinished(true);
        accept();
        return;
    }
    // Nothing of a refused or failed import is kept: BundleReader removes what it extracted,
    // and a failed push leaves the extraction behind.
    if (!m_extractTo.isEmpty() && QFileInfo::exists(m_extractTo))
        QDir(m_extractTo).removeRecursively();
    m_bar->hide();
    m_status->setText(result.failure == BundleResult::Failure::Cancelled ? tr("The import was stopped.")
                      : result.failure == BundleResult::Failure::Invalid ? tr("The bundle was refused.")
                                                                          : tr("The import failed."));
    if (result.failure != BundleResult::Failure::Cancelled)
        showError(result.error.toString());
    updateButtons();
    Q_EMIT importFinished(false);
}

void OpenBundleDialog::reject()
{
    if (m_import) {
        m_status->setText(tr("Stopping…"));
        m_import->cancel();
        return;
    }
    QDialog::reject();
}

void OpenBundleDialog::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

QString OpenBundleDialog::trustText() const
{
    return m_trust->text();
}

QString OpenBundleDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

} // namespace Slipway
