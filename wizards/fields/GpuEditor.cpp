#include "GpuEditor.h"

#include "KeyValuesEditor.h"
#include "TolerationsEditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace Slipway {

namespace {

Field part(const Field &gpu, const QString &suffix, FieldType type, const QString &label)
{
    Field field;
    field.id = gpu.id + suffix;
    field.type = type;
    field.label = label;
    return field;
}

const QString kDefaultResource = QStringLiteral("nvidia.com/gpu");

} // namespace

GpuEditor::GpuEditor(const Field &field, QWidget *parent)
    : FieldEditor(field, parent)
    , m_enabled(new QCheckBox(tr("Use GPUs"), this))
    , m_count(new QSpinBox(this))
    , m_resource(new QComboBox(this))
    , m_nodes(new QLabel(this))
    , m_fill(new QPushButton(tr("Use this node's selector and tolerations"), this))
    , m_selector(new KeyValuesEditor(part(field, QStringLiteral("NodeSelector"),
                                          FieldType::KeyValues, tr("GPU node selector")),
                                     this))
    , m_tolerations(new TolerationsEditor(part(field, QStringLiteral("Tolerations"),
                                               FieldType::Tolerations, tr("GPU tolerations")),
                                          this))
{
    m_enabled->setObjectName(field.id + QLatin1String("Enabled"));
    m_count->setObjectName(field.id + QLatin1String("Count"));
    m_count->setAccessibleName(tr("GPUs per pod"));
    m_count->setRange(0, 64);
    m_resource->setObjectName(field.id + QLatin1String("Resource"));
    m_resource->setAccessibleName(tr("GPU resource name"));
    m_resource->setEditable(true);
    m_resource->addItem(kDefaultResource);
    m_nodes->setObjectName(field.id + QLatin1String("Nodes"));
    m_nodes->setWordWrap(true);
    m_nodes->setText(tr("The cluster's GPU nodes are listed once it has been read."));
    m_fill->setObjectName(field.id + QLatin1String("Fill"));
    m_fill->setEnabled(false);

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(m_enabled);
    form->addRow(tr("GPUs per pod:"), m_count);
    form->addRow(tr("Resource:"), m_resource);
    form->addRow(m_nodes);
    form->addRow(m_fill);
    form->addRow(tr("Node selector:"), m_selector);
    form->addRow(tr("Tolerations:"), m_tolerations);
    setFocusProxy(m_enabled);

    connect(m_enabled, &QCheckBox::toggled, this, [this](bool on) {
        if (on)
            prefill();
        updateEnabled();
        changed();
    });
    connect(m_count, &QSpinBox::valueChanged, this, &GpuEditor::changed);
    connect(m_resource, &QComboBox::currentTextChanged, this, &GpuEditor::changed);
    connect(m_selector, &FieldEditor::edited, this, &GpuEditor::changed);
    connect(m_tolerations, &FieldEditor::edited, this, &GpuEditor::changed);
    connect(m_fill, &QPushButton::clicked, this, [this] {
        if (!m_gpuNodes.isEmpty()) {
            useNode(m_gpuNodes.first());
            changed();
        }
    });
    updateEnabled();
}

GpuEditor::~GpuEditor() = default;

QVariant GpuEditor::answer() const
{
    QVariantMap gpu;
    gpu.insert(QStringLiteral("enabled"), m_enabled->isChecked());
    gpu.insert(QStringLiteral("count"), qint64(m_count->value()));
    const QString resource = m_resource->currentText().trimmed();
    gpu.insert(QStringLiteral("resourceName"), resource.isEmpty() ? kDefaultResource : resource);
    gpu.insert(QStringLiteral("nodeSelector"), m_selector->answer());
    gpu.insert(QStringLiteral("tolerations"), m_tolerations->answer());
    return gpu;
}

void GpuEditor::display(const QVariant &answer)
{
    const QVariantMap gpu = answer.toMap();
    m_enabled->setChecked(gpu.value(QStringLiteral("enabled"), !gpu.isEmpty()).toBool());
    m_count->setValue(int(gpu.value(QStringLiteral("count"), 1).toLongLong()));
    m_resource->setEditText(gpu.value(QStringLiteral("resourceName"), kDefaultResource).toString());
    m_selector->setAnswer(gpu.value(QStringLiteral("nodeSelector")));
    m_tolerations->setAnswer(gpu.value(QStringLiteral("tolerations")));
    updateEnabled();
}

void GpuEditor::useNode(const GpuNode &node)
{
    m_resource->setEditText(node.resourceName);
    m_selector->setAnswer(node.selector);
    m_tolerations->setAnswer(node.tolerations);
}

QString GpuEditor::nodesText() const
{
    return m_nodes->text();
}

void GpuEditor::setFacts(const ClusterFacts &facts)
{
    m_gpuNodes = facts.gpuNodes;
    if (m_gpuNodes.isEmpty()) {
        m_nodes->setText(tr("This cluster has no GPU node: no node offers an extended GPU "
                            "resource such as nvidia.com/gpu. Pods asking for GPUs would stay "
                            "Pending; turn GPUs off or add a GPU node first."));
        m_fill->setEnabled(false);
        return;
    }
    QStringList lines;
    for (const GpuNode &node : std::as_const(m_gpuNodes)) {
        QString line = tr("%1: %2 × %3").arg(node.name).arg(node.allocatable).arg(node.resourceName);
        if (!node.product.isEmpty())
            line += QStringLiteral(" (%1)").arg(node.product);
        if (!node.tolerations.isEmpty())
            line += tr(", tainted: needs %n toleration(s)", nullptr, int(node.tolerations.size()));
        lines << line;
        if (m_resource->findText(node.resourceName) < 0)
            m_resource->addItem(node.resourceName);
    }
    m_nodes->setText(tr("GPU nodes of this cluster:") + QLatin1String("\n  ")
                     + lines.join(QLatin1String("\n  ")));
    updateEnabled();
    if (m_enabled->isChecked() && prefill())
        changed();
}

bool GpuEditor::prefill()
{
    // Pre-filled, never overwritten: an administrator's own selector stays.
    const QVariantMap current = answer().toMap();
    if (m_gpuNodes.isEmpty() || !current.value(QStringLiteral("nodeSelector")).toMap().isEmpty()
        || !current.value(QStringLiteral("tolerations")).toList().isEmpty())
        return false;
    useNode(m_gpuNodes.first());
    return true;
}

void GpuEditor::updateEnabled()
{
    const bool on = m_enabled->isChecked();
    m_count->setEnabled(on);
    m_resource->setEnabled(on);
    m_selector->setEnabled(on);
    m_tolerations->setEnabled(on);
    m_fill->setEnabled(on && !m_gpuNodes.isEmpty());
}

} // namespace Slipway
