#pragma once

#include "FieldEditor.h"

class QComboBox;

namespace Slipway {

// storageClass: the cluster's classes, the default one marked; any name may still be typed (a
// class created later, or no cluster read yet). Empty means the cluster's default class.
class StorageClassEditor final : public FieldEditor
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StorageClassEditor)

public:
    StorageClassEditor(const Field &field, QWidget *parent = nullptr);
    ~StorageClassEditor() override;

    QVariant answer() const override;
    void setFacts(const ClusterFacts &facts) override;
    QComboBox *comboBox() const { return m_box; }

protected:
    void display(const QVariant &answer) override;

private:
    QComboBox *m_box = nullptr;
};

} // namespace Slipway
