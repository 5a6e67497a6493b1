#pragma once

#include "FieldEditor.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace Slipway {

class KeyValuesEditor;
class TolerationsEditor;

// gpu: whether to use GPUs, how many, which extended resource, and the node selector and
// tolerations that get the pods onto a GPU node. It lists the cluster's GPU nodes (resource,
// allocatable count, product label, taints), fills selector and tolerations from the first one
// when they are empty, and says plainly when the cluster has no GPU node. The count is checked
// against the largest node by the validator, like every other rule.
class GpuEditor final : public FieldEditor
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GpuEditor)

public:
    GpuEditor(const Field &field, QWidget *parent = nullptr);
    ~GpuEditor() override;

    QVariant answer() const override;
    void setFacts(const ClusterFacts &facts) override;
    bool isWide() const override { return true; }
    // Copies the node's resource, selector and tolerations into the answer.
    void useNode(const GpuNode &node);
    QString nodesText() const;

protected:
    void display(const QVariant &answer) override;

private:
    void updateEnabled();
    // Fills selector and tolerations from the first GPU node when both are empty.
    bool prefill();

    QCheckBox *m_enabled = nullptr;
    QSpinBox *m_count = nullptr;
    QComboBox *m_resource = nullptr;
    QLabel *m_nodes = nullptr;
    QPushButton *m_fill = nullptr;
    KeyValuesEditor *m_selector = nullptr;
    TolerationsEditor *m_tolerations = nullptr;
    QList<GpuNode> m_gpuNodes;
};

} // namespace Slipway
