#include "SecretEditor.h"

#include "product/PasswordGenerator.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QToolButton>

namespace Slipway {

SecretEditor::SecretEditor(const Field &field, QWidget *parent)
    : FieldEditor(field, parent)
    , m_edit(new QLineEdit(this))
    , m_reveal(new QToolButton(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_reveal);
    if (field.generateLength > 0) {
        m_generate = new QToolButton(this);
        m_generate->setObjectName(field.id + QLatin1String("Generate"));
        m_generate->setText(tr("Generate"));
        m_generate->setToolTip(tr("Replace the text with a new random password of %1 characters")
                                   .arg(field.generateLength));
        m_generate->setAccessibleName(tr("Generate %1").arg(accessibleName()));
        layout->addWidget(m_generate);
        connect(m_generate, &QToolButton::clicked, this, [this] {
            m_edit->setText(PasswordGenerator::generate(this->field().generateLength));
            changed();
        });
    }
    m_edit->setObjectName(field.id + QLatin1String("Edit"));
    m_edit->setAccessibleName(accessibleName());
    m_edit->setEchoMode(QLineEdit::Password);
    m_edit->setPlaceholderText(field.placeholder);
    m_reveal->setObjectName(field.id + QLatin1String("Reveal"));
    m_reveal->setCheckable(true);
    m_reveal->setText(tr("Show"));
    m_reveal->setToolTip(tr("Show the text while this is pressed in"));
    m_reveal->setAccessibleName(tr("Show %1").arg(accessibleName()));
    setFocusProxy(m_edit);
    connect(m_reveal, &QToolButton::toggled, this, [this](bool reveal) {
        m_edit->setEchoMode(reveal ? QLineEdit::Normal : QLineEdit::Password);
        m_reveal->setText(reveal ? tr("Hide") : tr("Show"));
    });
    connect(m_edit, &QLineEdit::textEdited, this, [this](const QString &text) {
        QString trimmed = text;
        while (trimmed.endsWith(QLatin1Char('\n')) || trimmed.endsWith(QLatin1Char('\r')))
            trimmed.chop(1); // a key copied with its line break
        if (trimmed != text)
            m_edit->setText(trimmed);
        changed();
    });
}

SecretEditor::~SecretEditor() = default;

QVariant SecretEditor::answer() const
{
    return m_edit->text();
}

void SecretEditor::display(const QVariant &answer)
{
    m_edit->setText(answer.toString());
    // Generated here rather than at install, so that the password shown is the one installed;
    // edited() follows once setAnswer() is done, as for a typed answer.
    if (m_generate && m_edit->text().isEmpty()) {
        m_edit->setText(PasswordGenerator::generate(field().generateLength));
        QMetaObject::invokeMethod(this, &SecretEditor::changed, Qt::QueuedConnection);
    }
}

} // namespace Slipway
