#pragma once

#include "product/Issue.h"

#include <QSet>
#include <QWizardPage>

class QLabel;
class QVBoxLayout;

namespace Slipway {

class FieldEditor;
class WizardState;
struct DescriptorPage;

// One page of the product's installer.yaml: an editor per field (FieldEditor::create), each with
// its label, help and the problems AnswerValidator finds, updated as the administrator types.
// Fields whose `when` does not hold (or that belong to another database mode) are hidden and not
// asked. A page's `info:` text (Markdown) is shown above its fields; a page with only `info:` is
// an information page. Next is enabled only when no asked field of the page has an error.
class FieldsPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FieldsPage)

public:
    FieldsPage(WizardState *state, const DescriptorPage &page, QWidget *parent = nullptr);
    ~FieldsPage() override;

    void initializePage() override;
    bool isComplete() const override;

    QString pageId() const { return m_pageId; }
    FieldEditor *editor(const QString &fieldId) const;
    // The problems shown under a field (empty when none, or when it is not asked).
    QString errorText(const QString &fieldId) const;
    bool isAsked(const QString &fieldId) const;
    // Every error of the page's asked fields, "Label: message".
    QStringList errors() const;

Q_SIGNALS:
    void shown();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    struct Row
    {
        FieldEditor *editor = nullptr;
        QWidget *widget = nullptr;
        QLabel *error = nullptr;
    };
    void addRow(const QString &fieldId, QVBoxLayout *layout);
    // A databaseMode's Test Connection button: shown for modes that offer a test, it connects
    // from this machine (ConnectionTest, off the GUI thread) with the mode's fields' answers.
    // The Test Connection button and its result, for a database mode's external servers.
    QWidget *connectionTest(FieldEditor *modeEditor);
    void onEdited(FieldEditor *editor);
    void refresh();
    const Row *row(const QString &fieldId) const;

    WizardState *m_state = nullptr;
    QString m_pageId;
    QList<Row> m_rows;
    Issues m_errors;
    QSet<QString> m_touched; // fields edited here: their problems show at once
    QLabel *m_pending = nullptr; // names the fields still to fill in that were not touched
};

} // namespace Slipway
