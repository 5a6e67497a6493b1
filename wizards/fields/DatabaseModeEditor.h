#pragma once

#include "FieldEditor.h"

class QButtonGroup;
class QLabel;

namespace Slipway {

// databaseMode: one radio button per mode with its description. The fields each mode asks are
// fields of their own on the same page (parentField / parentMode); the page shows the chosen
// mode's and hides the others' when edited() fires.
class DatabaseModeEditor final : public FieldEditor
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatabaseModeEditor)

public:
    DatabaseModeEditor(const Field &field, QWidget *parent = nullptr);
    ~DatabaseModeEditor() override;

    QVariant answer() const override;
    // The connection test the chosen mode offers ("postgres", …); empty for in-cluster modes.
    QString connectionTest() const;

protected:
    void display(const QVariant &answer) override;

private:
    QButtonGroup *m_group = nullptr;
    QLabel *m_description = nullptr;
};

} // namespace Slipway
