#include "SecretRefEditor.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

namespace Slipway {

SecretRefEditor::SecretRefEditor(const Field &field, QWidget *parent)
    : FieldEditor(field, parent)
    , m_name(new QComboBox(this))
    , m_key(new QComboBox(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_name, 2);
    auto *keyLabel = new QLabel(tr("key"), this);
    layout->addWidget(keyLabel);
    layout->addWidget(m_key, 1);
    if (field.type == FieldType::SecretName) {
        // The whole Secret: no key to pick; the keys it must hold are said.
        keyLabel->hide();
        m_key->hide();
        if (!field.secretKeys.isEmpty())
            m_name->setToolTip(tr("A Secret of the namespace with the keys %1")
                                   .arg(field.secretKeys.join(QLatin1String(", "))));
    }
    for (QComboBox *box : { m_name, m_key }) {
        box->setEditable(true);
        box->setInsertPolicy(QComboBox::NoInsert);
    }
    m_name->setObjectName(field.id + QLatin1String("Name"));
    m_name->setAccessibleName(tr("%1: Secret").arg(accessibleName()));
    m_name->lineEdit()->setPlaceholderText(tr("Secret name"));
    m_key->setObjectName(field.id + QLatin1String("Key"));
    m_key->setAccessibleName(tr("%1: key").arg(accessibleName()));
    m_key->lineEdit()->setPlaceholderText(tr("key"));
    setFocusProxy(m_name);
    connect(m_name, &QComboBox::currentTextChanged, this, [this] {
        fillKeys();
        changed();
    });
    connect(m_key, &QComboBox::currentTextChanged, this, &SecretRefEditor::changed);
}

SecretRefEditor::~SecretRefEditor() = default;

QVariant SecretRefEditor::answer() const
{
    const QString name = m_name->currentText().trimmed();
    if (field().type == FieldType::SecretName)
        return name;
    const QString key = m_key->currentText().trimmed();
    if (name.isEmpty() && key.isEmpty())
        return QVariantMap();
    return QVariantMap { { QStringLiteral("name"), name }, { QStringLiteral("key"), key } };
}

void SecretRefEditor::fillKeys()
{
    const QString key = m_key->currentText();
    const QSignalBlocker blocker(m_key);
    m_key->clear();
    m_key->addItems(m_secrets.value(m_name->currentText().trimmed()));
    m_key->setEditText(key);
    // One key only: it is the one meant.
    if (key.isEmpty() && m_key->count() == 1)
        m_key->setCurrentIndex(0);
}

void SecretRefEditor::setFacts(const ClusterFacts &facts)
{
    m_secrets = facts.secrets;
    const QString name = m_name->currentText();
    {
        const QSignalBlocker blocker(m_name);
        m_name->clear();
        m_name->addItems(m_secrets.keys());
        m_name->setEditText(name);
    }
    fillKeys();
}

void SecretRefEditor::display(const QVariant &answer)
{
    if (field().type == FieldType::SecretName) {
        m_name->setEditText(answer.toString());
        return;
    }
    const QVariantMap ref = answer.toMap();
    m_name->setEditText(ref.value(QStringLiteral("name")).toString());
    m_key->setEditText(ref.value(QStringLiteral("key")).toString());
}

} // namespace Slipway
