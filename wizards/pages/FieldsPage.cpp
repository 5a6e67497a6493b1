#include "FieldsPage.h"

#include "WizardState.h"
#include "fields/DatabaseModeEditor.h"
#include "fields/FieldEditor.h"
#include "install/ConnectionTest.h"
#include "install/ConnectionTestRequest.h"
#include "install/ConnectionTestResult.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace Slipway {

namespace {

// Errors in red that reads on the palette's window colour: dark red on light, light on dark.
QPalette errorPalette(const QPalette &base)
{
    QPalette palette = base;
    const bool dark = base.color(QPalette::Window).lightnessF() < 0.5;
    palette.setColor(QPalette::WindowText, dark ? QColor(255, 128, 118) : QColor(176, 0, 32));
    return palette;
}

} // namespace

FieldsPage::FieldsPage(WizardState *state, const DescriptorPage &page, QWidget *parent)
    : QWizardPage(parent)
    , m_state(state)
    , m_pageId(page.id)
{
    setObjectName(page.id + QLatin1String("Page"));
    setTitle(page.title.isEmpty() ? page.id : page.title);
    setSubTitle(page.description);

    auto *content = new QWidget;
    auto *rows = new QVBoxLayout(content);
    if (!page.info.isEmpty()) {
        // An information page (or a page's introduction): Markdown, links open in the browser.
        auto *info = new QLabel(content);
        info->setObjectName(QStringLiteral("pageInfo"));
        info->setTextFormat(Qt::MarkdownText);
        info->setText(page.info);
        info->setWordWrap(true);
        info->setOpenExternalLinks(true);
        info->setTextInteractionFlags(Qt::TextBrowserInteraction);
        // Tab reaches it (for its links): a screen reader names it by the page.
        info->setAccessibleName(tr("About %1").arg(page.title));
        rows->addWidget(info);
    }
    for (const QString &fieldId : page.fields)
        addRow(fieldId, rows);
    // Test Connection comes after a database mode's own fields: it tests what they hold.
    for (const Row &row : std::as_const(m_rows)) {
        if (row.editor->field().type != FieldType::DatabaseMode)
            continue;
        int after = rows->indexOf(row.widget);
        for (const Row &child : std::as_const(m_rows)) {
            if (child.editor->field().parentField == row.editor->field().id)
                after = std::max(after, int(rows->indexOf(child.widget)));
        }
        rows->insertWidget(after + 1, connectionTest(row.editor));
    }
    rows->addStretch();
    m_pending = new QLabel(content);
    m_pending->setObjectName(QStringLiteral("pendingFields"));
    m_pending->setWordWrap(true);
    m_pending->hide();
    rows->addWidget(m_pending);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // No Tab stop of its own: the fields are the stops, and one that gets the focus is scrolled
    // into view.
    scroll->setFocusPolicy(Qt::NoFocus);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
    connect(m_state, &WizardState::factsChanged, this, [this] {
        for (const Row &row : std::as_const(m_rows))
            row.editor->setFacts(m_state->facts());
        refresh();
    });
}

FieldsPage::~FieldsPage() = default;

void FieldsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange) {
        for (const Row &row : std::as_const(m_rows))
            row.error->setPalette(errorPalette(palette()));
    }
    QWizardPage::changeEvent(event);
}

void FieldsPage::addRow(const QString &fieldId, QVBoxLayout *layout)
{
    const Field *field = m_state->descriptor()->field(fieldId);
    if (!field)
        return;
    Row row;
    row.widget = new QWidget;
    row.widget->setObjectName(fieldId + QLatin1String("Row"));
    auto *rowLayout = new QVBoxLayout(row.widget);
    rowLayout->setContentsMargins(0, 0, 0, 6);
    rowLayout->setSpacing(2);
    row.editor = FieldEditor::create(*field, m_state->hasFacts() ? &m_state->facts() : nullptr,
                                     row.widget);
    // A check box carries its own label.
    if (field->type != FieldType::Bool) {
        auto *label = new QLabel(field->required ? tr("%1 *").arg(field->label) : field->label,
                                 row.widget);
        label->setBuddy(row.editor);
        QFont bold = label->font();
        bold.setBold(true);
        label->setFont(bold);
        rowLayout->addWidget(label);
    }
    rowLayout->addWidget(row.editor);
    if (!field->help.isEmpty()) {
        auto *help = new QLabel(field->help, row.widget);
        help->setWordWrap(true);
        help->setForegroundRole(QPalette::PlaceholderText);
        rowLayout->addWidget(help);
    }
    row.error = new QLabel(row.widget);
    row.error->setObjectName(fieldId + QLatin1String("Error"));
    row.error->setWordWrap(true);
    row.error->setPalette(errorPalette(palette()));
    row.error->hide();
    rowLayout->addWidget(row.error);
    if (!field->parentField.isEmpty())
        row.widget->setContentsMargins(24, 0, 0, 0); // under its database mode
    layout->addWidget(row.widget);
    FieldEditor *editor = row.editor;
    connect(editor, &FieldEditor::edited, this, [this, editor] { onEdited(editor); });
    m_rows << row;
}

QWidget *FieldsPage::connectionTest(FieldEditor *modeEditor)
{
    auto *mode = static_cast<DatabaseModeEditor *>(modeEditor);
    auto *box = new QWidget;
    box->setObjectName(mode->field().id + QLatin1String("TestLine"));
    box->setContentsMargins(24, 0, 0, 6); // under its database mode, as its fields
    auto *line = new QHBoxLayout(box);
    line->setContentsMargins(0, 0, 0, 0);
    auto *button = new QPushButton(tr("&Test Connection"));
    button->setObjectName(mode->field().id + QLatin1String("TestConnection"));
    button->setToolTip(tr("Connect to the server from this machine with what is entered below"));
    auto *result = new QLabel;
    result->setObjectName(mode->field().id + QLatin1String("TestResult"));
    result->setWordWrap(true);
    result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    line->addWidget(button);
    line->addWidget(result, 1);
    auto *test = new ConnectionTest(this);
    // Shown while the mode is asked (its row shown) and the chosen mode has a test.
    QWidget *modeRow = mode->parentWidget();
    auto showButton = [mode, modeRow, box] {
        box->setVisible(!mode->connectionTest().isEmpty() && !modeRow->isHidden());
    };
    showButton();
    connect(mode, &FieldEditor::edited, button, showButton);
    connect(this, &FieldsPage::shown, button, showButton);
    connect(button, &QPushButton::clicked, this, [this, mode, test, result] {
        const auto kind = ConnectionTestRequest::kindFromName(mode->connectionTest());
        if (!kind)
            return;
        // The chosen mode's fields, by the last key of their values path (host, user, …).
        QVariantMap byKey;
        const QString modeId = mode->answer().toString();
        for (const Field &field : m_state->descriptor()->fields) {
            if (field.parentField != mode->field().id || field.parentMode != modeId
                || field.path.isEmpty())
                continue;
            const QVariant answer = m_state->composer()->effectiveAnswer(field, m_state->plan().answers);
            byKey.insert(field.path.segments().constLast().key, answer);
        }
        const Expected<ConnectionTestRequest> request = ConnectionTestRequest::fromAnswers(*kind, byKey);
        if (!request) {
            result->setText(request.error().message);
            return;
        }
        result->setText(tr("Connecting to %1…").arg(request->address()));
        test->start(request.value());
    });
    connect(test, &ConnectionTest::finished, result, [result](const ConnectionTestResult &outcome) {
        result->setText(outcome.ok() ? tr("Connected: %1").arg(outcome.detail) : outcome.message);
    });
    return box;
}

void FieldsPage::showEvent(QShowEvent *event)
{
    QWizardPage::showEvent(event);
    Q_EMIT shown();
}

void FieldsPage::initializePage()
{
    const ValuesComposer *composer = m_state->composer();
    for (const Row &row : std::as_const(m_rows)) {
        if (m_state->hasFacts())
            row.editor->setFacts(m_state->facts());
        row.editor->setAnswer(composer->effectiveAnswer(row.editor->field(), m_state->plan().answers));
    }
    refresh();
}

void FieldsPage::onEdited(FieldEditor *editor)
{
    m_touched.insert(editor->field().id);
    QVariantMap &fields = m_state->plan().answers.fields;
    const QVariant answer = editor->answer();
    if (answer.isValid())
        fields.insert(editor->field().id, answer);
    else
        fields.remove(editor->field().id);
    m_state->answersEdited();
    refresh();
}

void FieldsPage::refresh()
{
    const ValuesComposer *composer = m_state->composer();
    const Answers &answers = m_state->plan().answers;
    const Issues issues = m_state->validate();
    m_errors.clear();
    QStringList untouched;
    for (const Row &row : std::as_const(m_rows)) {
        const Field &field = row.editor->field();
        const bool asked = composer->isActive(field, answers);
        row.widget->setVisible(asked);
        QStringList messages;
        bool wrong = false;
        for (const Issue &issue : issues) {
            if (!asked || issue.field != field.id)
                continue;
            // A warning (a Secret not there yet, a descriptor check's doubt) is shown, and
            // does not hold the page back.
            if (issue.severity == Issue::Severity::Warning) {
                messages << tr("Warning: %1").arg(issue.message);
                continue;
            }
            messages << issue.message;
            m_errors << issue;
            wrong = true;
        }
        messages.removeDuplicates();
        // A field not yet filled in is not wrong yet: it is named below instead of in red.
        const bool shown = m_touched.contains(field.id) || answers.fields.contains(field.id);
        if (wrong && !shown)
            untouched << field.label;
        row.error->setText(messages.join(QLatin1Char('\n')));
        row.error->setVisible(shown && !messages.isEmpty());
    }
    m_pending->setText(tr("Still to fill in: %1").arg(untouched.join(QLatin1String(", "))));
    m_pending->setVisible(!untouched.isEmpty());
    Q_EMIT completeChanged();
}

const FieldsPage::Row *FieldsPage::row(const QString &fieldId) const
{
    for (const Row &row : m_rows) {
        if (row.editor->field().id == fieldId)
            return &row;
    }
    return nullptr;
}

FieldEditor *FieldsPage::editor(const QString &fieldId) const
{
    const Row *found = row(fieldId);
    return found ? found->editor : nullptr;
}

QString FieldsPage::errorText(const QString &fieldId) const
{
    const Row *found = row(fieldId);
    return found && !found->error->isHidden() ? found->error->text() : QString();
}

bool FieldsPage::isAsked(const QString &fieldId) const
{
    const Row *found = row(fieldId);
    return found && m_state->composer()->isActive(found->editor->field(), m_state->plan().answers);
}

QStringList FieldsPage::errors() const
{
    QStringList out;
    for (const Issue &issue : m_errors) {
        const Field *field = m_state->descriptor()->field(issue.field);
        out << QStringLiteral("%1: %2").arg(field ? field->label : issue.field, issue.message);
    }
    return out;
}

bool FieldsPage::isComplete() const
{
    return m_errors.isEmpty();
}

} // namespace Slipway
