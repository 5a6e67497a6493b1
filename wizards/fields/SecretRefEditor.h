#pragma once

#include "FieldEditor.h"

class QComboBox;

namespace Slipway {

// secretRef: an existing Secret of the namespace and one of its keys. With the cluster read
// (ClusterFacts::secrets: names and key names, never values) both boxes offer what exists; either
// may still be typed (a Secret created later, or no cluster read yet). Answers {name, key}.
// secretName: the same without the key; answers the name.
class SecretRefEditor final : public FieldEditor
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretRefEditor)

public:
    SecretRefEditor(const Field &field, QWidget *parent = nullptr);
    ~SecretRefEditor() override;

    QVariant answer() const override;
    void setFacts(const ClusterFacts &facts) override;
    QComboBox *nameBox() const { return m_name; }
    QComboBox *keyBox() const { return m_key; }

protected:
    void display(const QVariant &answer) override;

private:
    void fillKeys();

    QComboBox *m_name = nullptr;
    QComboBox *m_key = nullptr;
    QMap<QString, QStringList> m_secrets;
};

} // namespace Slipway
