#include "FieldEditor.h"

#include "BoolEditor.h"
#include "DatabaseModeEditor.h"
#include "EnumEditor.h"
#include "GpuEditor.h"
#include "KeyValuesEditor.h"
#include "LineEditor.h"
#include "MultiSelectEditor.h"
#include "ResourceProfilesEditor.h"
#include "SecretEditor.h"
#include "SecretRefEditor.h"
#include "StorageClassEditor.h"
#include "StringListEditor.h"
#include "TextEditor.h"
#include "TolerationsEditor.h"

namespace Slipway {

FieldEditor::FieldEditor(const Field &field, QWidget *parent)
    : QWidget(parent)
    , m_field(field)
{
    setObjectName(field.id);
    setAccessibleName(field.label.isEmpty() ? field.id : field.label);
    if (!field.help.isEmpty())
        setAccessibleDescription(field.help);
}

void FieldEditor::setAnswer(const QVariant &answer)
{
    m_filling = true;
    display(answer);
    m_filling = false;
}

void FieldEditor::changed()
{
    if (!m_filling)
        Q_EMIT edited();
}

FieldEditor *FieldEditor::create(const Field &field, const ClusterFacts *facts, QWidget *parent)
{
    FieldEditor *editor = nullptr;
    switch (field.type) {
    case FieldType::Secret:
        editor = new SecretEditor(field, parent);
        break;
    case FieldType::Text:
    case FieldType::Pem:
    case FieldType::Yaml:
        editor = new TextEditor(field, parent);
        break;
    case FieldType::Bool:
        editor = new BoolEditor(field, parent);
        break;
    case FieldType::Enum:
        editor = new EnumEditor(field, parent);
        break;
    case FieldType::StorageClass:
        editor = new StorageClassEditor(field, parent);
        break;
    case FieldType::KeyValues:
        editor = new KeyValuesEditor(field, parent);
        break;
    case FieldType::Tolerations:
        editor = new TolerationsEditor(field, parent);
        break;
    case FieldType::ResourceProfiles:
        editor = new ResourceProfilesEditor(field, parent);
        break;
    case FieldType::DatabaseMode:
        editor = new DatabaseModeEditor(field, parent);
        break;
    case FieldType::Gpu:
        editor = new GpuEditor(field, parent);
        break;
    case FieldType::String:
    case FieldType::Int:
    case FieldType::Number:
    case FieldType::Quantity:
    case FieldType::Hostname:
    case FieldType::HostPort:
    case FieldType::Url:
    case FieldType::Email:
    case FieldType::Image:
        editor = new LineEditor(field, parent);
        break;
    case FieldType::SecretRef:
    case FieldType::SecretName:
        editor = new SecretRefEditor(field, parent);
        break;
    case FieldType::StringList:
        editor = new StringListEditor(field, parent);
        break;
    case FieldType::MultiSelect:
        editor = new MultiSelectEditor(field, parent);
        break;
    }
    if (facts)
        editor->setFacts(*facts);
    return editor;
}

} // namespace Slipway
