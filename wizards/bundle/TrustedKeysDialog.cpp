#include "TrustedKeysDialog.h"

#include "bundle/Minisign.h"
#include "bundle/TrustedKeys.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace Slipway {

// Key files are a few hundred bytes: read on the GUI thread.
TrustedKeysDialog::TrustedKeysDialog(QWidget *parent)
    : QDialog(parent)
    , m_list(new QListWidget(this))
    , m_folder(new QLabel(this))
    , m_error(new QLabel(this))
    , m_add(new QPushButton(tr("&Add Key File…"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("trustedKeysDialog"));
    setWindowTitle(tr("Trusted Bundle Keys"));
    auto *intro = new QLabel(tr("An offline bundle is installed without asking when its signature is made by "
                                "one of these minisign public keys."),
                             this);
    intro->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("trustedKeysList"));
    m_list->setAccessibleName(tr("Trusted public key files"));
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_folder->setObjectName(QStringLiteral("trustedKeysFolder"));
    m_folder->setWordWrap(true);
    m_folder->setTextFormat(Qt::PlainText);
    m_error->setObjectName(QStringLiteral("trustedKeysError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->hide();
    m_add->setObjectName(QStringLiteral("trustedKeysAdd"));
    m_remove->setObjectName(QStringLiteral("trustedKeysRemove"));
    m_remove->setEnabled(false);
    m_buttons->setObjectName(QStringLiteral("trustedKeysButtons"));

    const QString folder = Minisign::defaultTrustedKeysFolder();
    const QStringList inFolder = QDir(folder).entryList({ QStringLiteral("*.pub") }, QDir::Files);
    m_folder->setText(inFolder.isEmpty()
                          ? tr("Also trusted: every .pub file put into %1 (none now), as slipway-cli reads them.")
                                .arg(QDir::toNativeSeparators(folder))
                          : tr("Also trusted: the %n .pub file(s) in %1, as slipway-cli reads them.", nullptr,
                               int(inFolder.size()))
                                .arg(QDir::toNativeSeparators(folder)));

    auto *side = new QVBoxLayout;
    side->addWidget(m_add);
    side->addWidget(m_remove);
    side->addStretch();
    auto *middle = new QHBoxLayout;
    middle->addWidget(m_list, 1);
    middle->addLayout(side);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(middle, 1);
    layout->addWidget(m_folder);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    for (const QString &file : TrustedKeys::files()) {
        auto key = MinisignPublicKey::load(file);
        auto *item = new QListWidgetItem(key ? tr("%1 — key %2").arg(QDir::toNativeSeparators(file), key->idText())
                                             : tr("%1 — cannot be read: %2").arg(QDir::toNativeSeparators(file),
                                                                                   key.error().message),
                                         m_list);
        item->setData(Qt::UserRole, file);
    }

    connect(m_list, &QListWidget::itemSelectionChanged, this,
            [this] { m_remove->setEnabled(!m_list->selectedItems().isEmpty()); });
    connect(m_remove, &QPushButton::clicked, this, &TrustedKeysDialog::removeSelected);
    connect(m_add, &QPushButton::clicked, this, [this] {
        const QStringList files = QFileDialog::getOpenFileNames(this, tr("Add Trusted Keys"), QString(),
                                                                tr("minisign public keys (*.pub);;All files (*)"));
        for (const QString &file : files)
            addKeyFile(file);
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(620, 360);
}

TrustedKeysDialog::~TrustedKeysDialog() = default;

bool TrustedKeysDialog::addKeyFile(const QString &file)
{
    const QString path = QFileInfo(file).absoluteFilePath();
    auto key = MinisignPublicKey::load(path);
    if (!key) {
        showError(key.error().toString());
        return false;
    }
    showError(QString());
    if (keyFiles().contains(path))
        return true;
    auto *item = new QListWidgetItem(tr("%1 — key %2").arg(QDir::toNativeSeparators(path), key->idText()), m_list);
    item->setData(Qt::UserRole, path);
    return true;
}

void TrustedKeysDialog::removeSelected()
{
    qDeleteAll(m_list->selectedItems());
}

QStringList TrustedKeysDialog::keyFiles() const
{
    QStringList files;
    for (int row = 0; row < m_list->count(); ++row)
        files << m_list->item(row)->data(Qt::UserRole).toString();
    return files;
}

void TrustedKeysDialog::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

QString TrustedKeysDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void TrustedKeysDialog::accept()
{
    TrustedKeys::setFiles(keyFiles());
    QDialog::accept();
}

} // namespace Slipway
