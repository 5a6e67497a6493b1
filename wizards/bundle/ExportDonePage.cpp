#include "ExportDonePage.h"

#include "ExportProgressPage.h"

#include <QClipboard>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Slipway {

ExportDonePage::ExportDonePage(const ExportProgressPage *progress, QWidget *parent)
    : QWizardPage(parent)
    , m_progress(progress)
    , m_summary(new QLabel(this))
    , m_keyLabel(new QLabel(this))
    , m_publicKey(new QPlainTextEdit(this))
    , m_copy(new QPushButton(tr("C&opy Public Key"), this))
{
    setObjectName(QStringLiteral("exportDonePage"));
    setTitle(tr("Bundle Written"));
    setSubTitle(tr("Carry the file to the air-gapped site: there, Install… and Open Bundle… on the Product "
                   "page verify it, push its images and install it."));
    m_summary->setObjectName(QStringLiteral("exportSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_keyLabel->setObjectName(QStringLiteral("exportPublicKeyLabel"));
    m_keyLabel->setWordWrap(true);
    m_keyLabel->setBuddy(m_publicKey);
    m_publicKey->setObjectName(QStringLiteral("exportPublicKey"));
    m_publicKey->setAccessibleName(tr("Public key"));
    m_publicKey->setReadOnly(true);
    m_publicKey->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_publicKey->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_publicKey->setMaximumHeight(m_publicKey->fontMetrics().lineSpacing() * 4 + 12);
    m_copy->setObjectName(QStringLiteral("exportCopyPublicKey"));
    connect(m_copy, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_publicKey->toPlainText()); });
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_copy);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addSpacing(8);
    layout->addWidget(m_keyLabel);
    layout->addWidget(m_publicKey);
    layout->addLayout(buttons);
    layout->addStretch();
}

ExportDonePage::~ExportDonePage() = default;

void ExportDonePage::initializePage()
{
    const BundleResult &result = m_progress->result();
    const QLocale locale;
    QStringList lines;
    lines << tr("File: %1").arg(QDir::toNativeSeparators(result.bundlePath));
    lines << tr("Size: %1").arg(locale.formattedDataSize(QFileInfo(result.bundlePath).size()));
    lines << tr("Product: %1 %2 (chart %3)").arg(result.manifest.product, result.manifest.chartVersion, result.manifest.chartName);
    lines << tr("Images: %n", nullptr, int(result.manifest.images.size()));
    for (const BundleManifest::Image &image : result.manifest.images)
        lines << QStringLiteral("  ") + image.reference;
    if (result.manifest.containsSecrets)
        lines << tr("The bundle contains secrets: keep it as private as they are.");
    lines << tr("Written in %1 s.").arg(result.seconds, 0, 'f', 1);
    m_summary->setText(lines.join(QLatin1Char('\n')));
    const QByteArray key = m_progress->publicKeyText();
    m_publicKey->setPlainText(QString::fromUtf8(key).trimmed());
    m_publicKey->setVisible(!key.isEmpty());
    m_copy->setVisible(!key.isEmpty());
    m_keyLabel->setText(key.isEmpty()
                            ? tr("The bundle is not signed: the installing site has to accept it knowingly, "
                                 "without proof of where it came from.")
                            : tr("Signed with key %1. Give the installing site this public key, to add to its "
                                 "Trusted Bundle Keys as a .pub file%2:")
                                  .arg(result.signerKeyId,
                                       m_progress->publicKeyFile().isEmpty()
                                           ? QString()
                                           : tr(" (%1)").arg(QDir::toNativeSeparators(m_progress->publicKeyFile()))));
}

QString ExportDonePage::summaryText() const
{
    return m_summary->text();
}

QString ExportDonePage::publicKeyText() const
{
    return m_publicKey->toPlainText();
}

} // namespace Slipway
