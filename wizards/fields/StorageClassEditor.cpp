#include "StorageClassEditor.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>

namespace Slipway {

StorageClassEditor::StorageClassEditor(const Field &field, QWidget *parent)
    : FieldEditor(field, parent)
    , m_box(new QComboBox(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_box, 1);
    m_box->setObjectName(field.id + QLatin1String("Box"));
    m_box->setAccessibleName(accessibleName());
    m_box->setEditable(true);
    m_box->setInsertPolicy(QComboBox::NoInsert);
    m_box->lineEdit()->setPlaceholderText(tr("the cluster's default class"));
    setFocusProxy(m_box);
    connect(m_box, &QComboBox::currentTextChanged, this, &StorageClassEditor::changed);
}

StorageClassEditor::~StorageClassEditor() = default;

QVariant StorageClassEditor::answer() const
{
    // An item's text carries "(default)"; its data is the bare name.
    const int index = m_box->findText(m_box->currentText());
    return index >= 0 ? m_box->itemData(index).toString() : m_box->currentText().trimmed();
}

void StorageClassEditor::setFacts(const ClusterFacts &facts)
{
    const QString current = answer().toString();
    const QSignalBlocker blocker(m_box);
    m_box->clear();
    for (const QString &name : facts.storageClasses) {
        m_box->addItem(name == facts.defaultStorageClass ? tr("%1 (default)").arg(name) : name,
                       name);
    }
    const int index = m_box->findData(current);
    if (index >= 0)
        m_box->setCurrentIndex(index);
    else
        m_box->setEditText(current);
}

void StorageClassEditor::display(const QVariant &answer)
{
    const int index = m_box->findData(answer.toString());
    if (index >= 0)
        m_box->setCurrentIndex(index);
    else
        m_box->setEditText(answer.toString());
}

} // namespace Slipway
