#include "ReviewPage.h"

#include "WizardState.h"
#include "install/AnswersFile.h"
#include "install/ReleaseDiff.h"
#include "helm/HelmJob.h"
#include "install/UpgradeImpact.h"
#include "install/UpgradePreview.h"
#include "product/YamlWriter.h"
#include "ui/DiffPane.h"

#include <QCheckBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Slipway {

namespace {

QPlainTextEdit *readOnlyText(const QString &name, const QString &accessible, QWidget *parent)
{
    auto *text = new QPlainTextEdit(parent);
    text->setObjectName(name);
    text->setAccessibleName(accessible);
    text->setReadOnly(true);
    text->setLineWrapMode(QPlainTextEdit::NoWrap);
    text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return text;
}

QString describeIssue(const Descriptor *descriptor, const Issue &issue)
{
    const Field *field = descriptor ? descriptor->field(issue.field) : nullptr;
    if (field)
        return QStringLiteral("%1 (%2): %3").arg(field->label, field->page, issue.message);
    if (!issue.path.isEmpty())
        return QStringLiteral("%1: %2").arg(issue.path, issue.message);
    return issue.message;
}

} // namespace

ReviewPage::ReviewPage(WizardState *state, QWidget *parent)
    : QWizardPage(parent)
    , m_state(state)
    , m_summary(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_values(readOnlyText(QStringLiteral("reviewValues"), tr("Values"), this))
    , m_changes(readOnlyText(QStringLiteral("reviewChanges"), tr("Changed values"), this))
    , m_diff(new DiffPane(this))
    , m_impact(readOnlyText(QStringLiteral("reviewImpact"), tr("Warnings and images"), this))
    , m_problems(new QLabel(this))
    , m_saveValues(new QPushButton(tr("Save &Values…"), this))
    , m_saveAnswers(new QPushButton(tr("Save &Answers…"), this))
{
    setObjectName(QStringLiteral("reviewPage"));
    setTitle(tr("Review"));
    m_summary->setObjectName(QStringLiteral("reviewSummary"));
    m_summary->setWordWrap(true);
    m_tabs->setObjectName(QStringLiteral("reviewTabs"));
    m_tabs->addTab(m_changes, tr("Changes from the Chart's Defaults"));
    m_tabs->addTab(m_values, tr("values.yaml"));
    m_tabs->addTab(m_impact, tr("Warnings and Images"));
    m_diff->setObjectName(QStringLiteral("reviewDiff"));
    m_diff->hide(); // a tab of an upgrade's review only
    m_problems->setObjectName(QStringLiteral("reviewProblems"));
    m_problems->setWordWrap(true);
    m_problems->hide();
    m_saveValues->setObjectName(QStringLiteral("saveValues"));
    m_saveAnswers->setObjectName(QStringLiteral("saveAnswers"));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_saveValues);
    buttons->addWidget(m_saveAnswers);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_problems);
    layout->addLayout(buttons);
    connect(m_saveValues, &QPushButton::clicked, this, &ReviewPage::askSaveValues);
    connect(m_saveAnswers, &QPushButton::clicked, this, &ReviewPage::askSaveAnswers);
}

ReviewPage::~ReviewPage() = default;

void ReviewPage::initializePage()
{
    const Chart &chart = *m_state->chart();
    const InstallPlan &plan = m_state->plan();
    const Descriptor *descriptor = m_state->descriptor();
    const QString product = descriptor && !descriptor->title.isEmpty() ? descriptor->title : chart.name;
    if (const ReleaseRecord *deployed = m_state->deployed())
        m_summary->setText(tr("Upgrade “%1” in namespace %2 of %3 from revision %4 (chart %5) to "
                              "chart %6-%7.")
                               .arg(plan.release, plan.nameSpace, plan.context)
                               .arg(deployed->revision)
                               .arg(deployed->chart(), chart.name, chart.version));
    else
        m_summary->setText(tr("Install %1 (chart %2-%3) as “%4” into namespace %5 of %6.")
                               .arg(product, chart.name, chart.version, plan.release,
                                    plan.nameSpace, plan.context));

    m_summaryText = m_summary->text();
    QStringList problems;
    const ClusterFacts *facts = m_state->hasFacts() ? &m_state->facts() : nullptr;
    for (const Issue &issue : plan.check(chart, facts)) {
        if (issue.severity == Issue::Severity::Error)
            problems << describeIssue(descriptor, issue);
    }
    const Expected<PreparedValues> prepared = plan.prepare(chart);
    if (!prepared && problems.isEmpty())
        problems << prepared.error().toString();
    problems.removeDuplicates();
    m_valid = problems.isEmpty();
    m_problems->setText(tr("These must be fixed first (Back leads to them):") + QLatin1String("\n  ")
                        + problems.join(QLatin1String("\n  ")));
    m_problems->setVisible(!m_valid);
    if (prepared)
        m_state->setPrepared(prepared.value());

    QString changes;
    if (m_state->composer()) {
        const Composition composition = m_state->composer()->compose(plan.answers);
        m_values->setPlainText(QString::fromUtf8(composition.valuesYaml(SecretHandling::Omit)));
        for (const ValuesPath &path : composition.values.leafPaths()) {
            const bool secret = composition.secretPaths.contains(path);
            const ValueTree *value = composition.values.at(path);
            QString shown = secret ? QStringLiteral("••••••")
                                   : QString::fromUtf8(YamlWriter::write(value ? *value : ValueTree()))
                                         .trimmed()
                                         .replace(QLatin1Char('\n'), QLatin1String(" "));
            const QString origin = composition.originOf(path);
            changes += QStringLiteral("%1: %2").arg(path.toString(), shown);
            if (!origin.isEmpty())
                changes += QStringLiteral("    # %1").arg(origin);
            changes += QLatin1Char('\n');
        }
        if (!composition.secretPaths.isEmpty())
            m_values->appendPlainText(
                tr("\n# %n secret value(s) go to helm in a file of their own, never shown here.",
                   nullptr, int(composition.secretPaths.size())));
    } else {
        m_values->setPlainText(prepared ? QString::fromUtf8(prepared->files.value(0)) : QString());
        changes = tr("The values file given on the Values page.");
    }
    m_changes->setPlainText(changes.isEmpty() ? tr("Nothing: the chart's defaults are installed.")
                                              : changes);
    m_tabs->setTabText(m_tabs->indexOf(m_impact), tr("Warnings and Images"));
    if (m_state->deployed() && m_valid) {
        if (m_tabs->indexOf(m_diff) < 0)
            m_tabs->insertTab(0, m_diff, tr("Upgrade Diff"));
        m_tabs->setCurrentWidget(m_diff);
        previewUpgrade();
    } else {
        if (m_tabs->indexOf(m_diff) >= 0) {
            m_tabs->removeTab(m_tabs->indexOf(m_diff));
            m_diff->hide();
        }
        if (m_valid)
            renderForImages();
        else
            m_impact->setPlainText(tr("Fix the problems listed below first."));
    }
    m_saveValues->setEnabled(m_valid && m_state->composer());
    m_saveAnswers->setEnabled(m_state->descriptor() != nullptr);
    Q_EMIT completeChanged();
}

void ReviewPage::previewUpgrade()
{
    delete m_preview;
    m_preview = nullptr;
    m_valuesDiff.clear();
    const auto say = [this](const QString &text) { m_diff->setMessage(text); };
    if (!helmReady(&ReviewPage::previewUpgrade, say, tr("No dry run without helm: %1")))
        return;
    m_preview = new UpgradePreview(m_state->helm(), this);
    m_diff->setMessage(tr("Asking the cluster what the upgrade would change (helm upgrade "
                          "--dry-run=server)…"));
    connect(m_preview, &UpgradePreview::finished, this, [this] {
        const Expected<ReleaseRecord> &planned = m_preview->planned();
        if (!planned) {
            m_diff->setMessage(tr("The dry run failed: %1").arg(planned.error().toString()));
            showImpact({}, {}, tr("The dry run failed: %1").arg(planned.error().toString()));
        } else {
            showImpact(UpgradeImpact::between(m_state->deployed()->manifest, planned->manifest),
                       UpgradeImpact::images(planned->manifest), QString());
            ReleaseDiff diff(*m_state->deployed(), planned.value(), m_state->descriptor());
            diff.setNames(QStringLiteral("@%1").arg(m_state->deployed()->revision),
                          QStringLiteral("@upgrade"));
            m_valuesDiff = diff.valuesUnified();
            if (diff.different())
                m_diff->setDiff(diff);
            else
                m_diff->setMessage(tr("The upgrade changes no value and no object."));
        }
        Q_EMIT completeChanged();
        Q_EMIT previewFinished();
    });
    m_preview->start(m_state->plan().upgradeRequest(*m_state->chart(), m_state->prepared()));
}

bool ReviewPage::helmReady(void (ReviewPage::*retry)(), const std::function<void(const QString &)> &say,
                           const QString &without)
{
    if (m_state->isLocatingHelm()) {
        say(tr("Looking for helm…"));
        // Once, however often the page is visited meanwhile.
        connect(m_state, &WizardState::helmLocated, this, retry,
                Qt::ConnectionType(Qt::SingleShotConnection | Qt::UniqueConnection));
        return false;
    }
    if (m_state->helm().path.isEmpty()) {
        say(without.arg(m_state->helmError()));
        return false;
    }
    return true;
}

void ReviewPage::renderForImages()
{
    delete m_render;
    m_render = nullptr;
    const auto say = [this](const QString &text) { m_impact->setPlainText(text); };
    if (!helmReady(&ReviewPage::renderForImages, say, tr("No images listed without helm: %1")))
        return;
    m_impact->setPlainText(tr("Rendering the chart to list its images (helm template)…"));
    HelmRequest request = m_state->plan().upgradeRequest(*m_state->chart(), m_state->prepared());
    request.action = HelmRequest::Action::Template;
    m_render = new HelmJob(m_state->helm(), std::move(request), this);
    connect(m_render, &HelmJob::finished, this, [this](const HelmResult &result) {
        m_render->deleteLater();
        m_render = nullptr;
        if (!result.ok())
            showImpact({}, {}, tr("helm template failed: %1").arg(result.error));
        else
            showImpact({}, UpgradeImpact::images(QString::fromUtf8(result.output)), QString());
    });
    m_render->start();
}

void ReviewPage::showImpact(const QList<UpgradeNote> &notes, const QStringList &images,
                            const QString &error)
{
    QStringList lines;
    int serious = 0;
    for (const UpgradeNote &note : notes) {
        lines << QStringLiteral("⚠ %1 — %2: %3").arg(UpgradeImpact::kindName(note.kind), note.object, note.message);
        serious += note.kind == UpgradeNote::Kind::Immutable || note.kind == UpgradeNote::Kind::DeleteVolume ? 1 : 0;
    }
    if (m_state->deployed() && error.isEmpty() && notes.isEmpty())
        lines << tr("No pods are replaced, no field Kubernetes refuses to change is touched, and "
                    "nothing is deleted.");
    if (!lines.isEmpty())
        lines << QString();
    if (!error.isEmpty())
        lines << error;
    else if (images.isEmpty())
        lines << tr("The release runs no containers.");
    else
        lines << tr("The release pulls %n image(s):", nullptr, int(images.size()))
              << QStringLiteral("  ") + images.join(QLatin1String("\n  "));
    m_impact->setPlainText(lines.join(u'\n'));
    m_tabs->setTabText(m_tabs->indexOf(m_impact),
                       notes.isEmpty() ? tr("Warnings and Images")
                                       : tr("Warnings (%1) and Images").arg(notes.size()));
    // A change that fails, or deletes data, is said where it cannot be missed.
    if (serious > 0) {
        m_summary->setText(m_summaryText + QLatin1String("\n")
                           + tr("⚠ %n change(s) of this upgrade fail or delete data: see Warnings.",
                                nullptr, serious));
        m_tabs->setCurrentWidget(m_impact);
    }
}

QString ReviewPage::impactText() const
{
    return m_impact->toPlainText();
}

bool ReviewPage::isImpactRunning() const
{
    return m_render || isPreviewRunning();
}

void ReviewPage::cleanupPage()
{
    delete m_preview; // Back, then Next again, deletes it once more: no dangling pointer
    m_preview = nullptr;
    delete m_render;
    m_render = nullptr;
}

bool ReviewPage::isPreviewRunning() const
{
    return m_preview && m_preview->isRunning();
}

bool ReviewPage::isComplete() const
{
    return m_valid;
}

QString ReviewPage::valuesText() const
{
    return m_values->toPlainText();
}

QString ReviewPage::problemsText() const
{
    return m_problems->isHidden() ? QString() : m_problems->text();
}

QString ReviewPage::changesText() const
{
    return m_changes->toPlainText();
}

bool ReviewPage::saveAnswers(const QString &file, bool includeSecrets)
{
    const Expected<void> written = AnswersFile::write(file, m_state->plan().answers,
                                                      *m_state->descriptor(), includeSecrets);
    if (!written)
        QMessageBox::warning(this, tr("Save Answers"), written.error().toString());
    return written.hasValue();
}

bool ReviewPage::saveValues(const QString &valuesFile, const QString &secretsFile)
{
    const Composition composition = m_state->composer()->compose(m_state->plan().answers);
    const Expected<void> written = composition.write(
        valuesFile, secretsFile,
        secretsFile.isEmpty() ? SecretHandling::Omit : SecretHandling::SeparateFile);
    if (!written)
        QMessageBox::warning(this, tr("Save Values"), written.error().toString());
    return written.hasValue();
}

void ReviewPage::askSaveAnswers()
{
    const QString file = QFileDialog::getSaveFileName(this, tr("Save Answers"),
                                                      QStringLiteral("answers.yaml"),
                                                      tr("YAML files (*.yaml *.yml)"));
    if (file.isEmpty())
        return;
    const auto include = QMessageBox::question(
        this, tr("Save Answers"),
        tr("Include the secret answers (access keys, passwords)? The file is readable by you "
           "only. Without them, add them to the file before `slipway-cli install --answers` "
           "can use it."),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    saveAnswers(file, include == QMessageBox::Yes);
}

void ReviewPage::askSaveValues()
{
    const QString file = QFileDialog::getSaveFileName(this, tr("Save Values"),
                                                      QStringLiteral("values.yaml"),
                                                      tr("YAML files (*.yaml *.yml)"));
    if (file.isEmpty())
        return;
    QString secrets;
    const bool hasSecrets
        = !m_state->composer()->compose(m_state->plan().answers).secretPaths.isEmpty();
    if (hasSecrets) {
        const auto choice = QMessageBox::question(
            this, tr("Save Values"),
            tr("Write the secret values to a file of their own, readable by you only (%1)? "
               "No leaves them out.")
                .arg(file + QStringLiteral(".secrets.yaml")),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (choice == QMessageBox::Yes)
            secrets = file + QStringLiteral(".secrets.yaml");
    }
    saveValues(file, secrets);
}

} // namespace Slipway
