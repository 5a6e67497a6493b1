#include "SecretEditor.h"

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
}

} // namespace Slipway
