#include "LineEditor.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QLocale>

namespace Slipway {

namespace {

QString examplePlaceholder(const Field &field)
{
    if (!field.placeholder.isEmpty())
        return field.placeholder;
    switch (field.type) {
    case FieldType::Quantity:
        switch (field.quantity) {
        case QuantityKind::Cpu:
            return LineEditor::tr("e.g. 500m or 2");
        case QuantityKind::Memory:
        case QuantityKind::Storage:
            return LineEditor::tr("e.g. 512Mi or 20Gi");
        case QuantityKind::Any:
            break;
        }
        return {};
    case FieldType::Hostname:
        return LineEditor::tr("e.g. app.example.com");
    case FieldType::HostPort:
        return LineEditor::tr("host:port");
    case FieldType::Url:
        return LineEditor::tr("https://…");
    case FieldType::Email:
        return LineEditor::tr("name@example.com");
    case FieldType::Image:
        return LineEditor::tr("registry/repository:tag, or …@sha256:…");
    default:
        return {};
    }
}

} // namespace

LineEditor::LineEditor(const Field &field, QWidget *parent)
    : FieldEditor(field, parent)
    , m_edit(new QLineEdit(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit);
    m_edit->setObjectName(field.id + QLatin1String("Edit"));
    m_edit->setAccessibleName(accessibleName());
    m_edit->setPlaceholderText(examplePlaceholder(field));
    setFocusProxy(m_edit);
    connect(m_edit, &QLineEdit::textEdited, this, &LineEditor::changed);
}

LineEditor::~LineEditor() = default;

QVariant LineEditor::answer() const
{
    const QString text = m_edit->text();
    const bool numeric = field().type == FieldType::Int || field().type == FieldType::Number;
    // An emptied text field is an empty answer (what is shown is what is installed); an emptied
    // number has no answer, so the chart's default applies.
    if (text.trimmed().isEmpty())
        return numeric ? QVariant() : QVariant(QString());
    bool ok = false;
    if (field().type == FieldType::Int) {
        const qint64 value = text.trimmed().toLongLong(&ok);
        return ok ? QVariant(value) : QVariant(text);
    }
    if (field().type == FieldType::Number) {
        const double value = text.trimmed().toDouble(&ok);
        return ok ? QVariant(value) : QVariant(text);
    }
    return text;
}

void LineEditor::display(const QVariant &answer)
{
    if (!answer.isValid() || answer.isNull())
        m_edit->clear();
    else if (answer.typeId() == QMetaType::Double)
        m_edit->setText(QString::number(answer.toDouble(), 'g', 15));
    else
        m_edit->setText(answer.toString());
}

} // namespace Slipway
