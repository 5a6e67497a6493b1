#include "TextEditor.h"

#include <QFontDatabase>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace Slipway {

TextEditor::TextEditor(const Field &field, QWidget *parent)
    : FieldEditor(field, parent)
    , m_edit(new QPlainTextEdit(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit);
    m_edit->setObjectName(field.id + QLatin1String("Edit"));
    m_edit->setAccessibleName(accessibleName());
    m_edit->setPlaceholderText(field.placeholder);
    m_edit->setTabChangesFocus(true); // keyboard users leave the editor with Tab
    if (field.type != FieldType::Text) {
        m_edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        m_edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    }
    const int lines = field.type == FieldType::Text ? 4 : 6;
    m_edit->setFixedHeight(m_edit->fontMetrics().lineSpacing() * lines + 12);
    setFocusProxy(m_edit);
    connect(m_edit, &QPlainTextEdit::textChanged, this, &TextEditor::changed);
}

TextEditor::~TextEditor() = default;

QVariant TextEditor::answer() const
{
    const QString text = m_edit->toPlainText();
    // An empty yaml answer means "nothing": the chart's own value applies.
    if (field().type == FieldType::Yaml && text.trimmed().isEmpty())
        return {};
    return text;
}

void TextEditor::display(const QVariant &answer)
{
    m_edit->setPlainText(answer.toString());
}

} // namespace Slipway
