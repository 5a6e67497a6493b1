#pragma once

#include "product/ClusterFacts.h"
#include "product/Field.h"

#include <QVariant>
#include <QWidget>

namespace Slipway {

// One question of the installer descriptor as a widget: it shows an answer (typed as FieldCodec
// describes) and says when the administrator changed it. Validation is not the editor's: the
// page asks AnswerValidator, so the wizard, the Upgrade dialog and `slipway-cli install
// --answers` agree on every message. Editors are reusable on their own (unit tested as value in,
// value out) and carry the field id as objectName, so tests and accessibility find them.
class FieldEditor : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FieldEditor)

public:
    // The editor for `field`'s type. `facts` (may be null) fills cluster-backed choices: storage
    // classes, GPU nodes, node sizes.
    static FieldEditor *create(const Field &field, const ClusterFacts *facts,
                               QWidget *parent = nullptr);

    const Field &field() const { return m_field; }
    // The answer shown; an invalid QVariant when the editor is empty.
    virtual QVariant answer() const = 0;
    // Shows `answer` without emitting edited().
    void setAnswer(const QVariant &answer);
    // New cluster facts (after the cluster page ran): editors with cluster choices refill them.
    virtual void setFacts(const ClusterFacts &facts) { Q_UNUSED(facts) }
    // Whether the editor reads well on one line of a form (a line edit, a box) or needs the
    // width of the page (a table, a text editor).
    virtual bool isWide() const { return false; }

Q_SIGNALS:
    // The administrator changed the answer.
    void edited();

protected:
    FieldEditor(const Field &field, QWidget *parent);
    virtual void display(const QVariant &answer) = 0;
    // For subclasses: emits edited() unless setAnswer() is filling the editor.
    void changed();

private:
    Field m_field;
    bool m_filling = false;
};

} // namespace Slipway
