#include "UpgradeDialog.h"

#include "DiffPane.h"
#include "PreflightView.h"
#include "install/InstallPlan.h"
#include "install/PreflightRun.h"
#include "install/ReleaseDiff.h"
#include "install/UpgradePreview.h"
#include "product/ChartLoader.h"
#include "product/ProductCatalog.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTextBlock>
#include <QThread>
#include <QVBoxLayout>

#include <memory>

namespace Slipway {

namespace {

constexpr int kCheckDelayMs = 300; // typing pauses this long before the values are checked

QPlainTextEdit *codeEditor(const QString &objectName, const QString &accessibleName,
                           QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    edit->setTabChangesFocus(true);
    return edit;
}

} // namespace

UpgradeDialog::UpgradeDialog(KubeClient *client, HelmInstallation helm, ReleaseTarget target,
                             ReleaseRecord deployed, QWidget *parent)
    : QDialog(parent)
    , m_helm(std::move(helm))
    , m_target(std::move(target))
    , m_deployed(std::move(deployed))
    , m_edit(m_deployed, nullptr)
    , m_preview(new UpgradePreview(m_helm, this))
    , m_preflight(new PreflightRun(client, m_helm, this))
{
    setObjectName(QStringLiteral("upgradeDialog"));
    setWindowTitle(tr("Upgrade %1").arg(m_target.release));
    setAttribute(Qt::WA_DeleteOnClose);
    resize(1100, 640);

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("Upgrade release “%1” in %2 from revision %3 (%4, app %5). Edit its values: they are "
           "checked against the chart as you type, and helm previews what the upgrade changes. "
           "Secrets are shown masked; a mask left as it is keeps the deployed secret.")
            .arg(m_target.release, m_target.nameSpace)
            .arg(m_deployed.revision)
            .arg(m_deployed.chart(), m_deployed.appVersion),
        this);
    intro->setObjectName(QStringLiteral("upgradeIntro"));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    auto *chartRow = new QHBoxLayout;
    m_chartPath = new QLineEdit(this);
    m_chartPath->setObjectName(QStringLiteral("upgradeChart"));
    m_chartPath->setAccessibleName(tr("Chart to upgrade with"));
    m_chartPath->setPlaceholderText(tr("A chart folder or .tgz"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(QStringLiteral("upgradeBrowseChart"));
    browse->setAccessibleName(tr("Choose the chart"));
    chartRow->addWidget(m_chartPath, 1);
    chartRow->addWidget(browse);
    auto *chartLabel = new QLabel(tr("C&hart:"), this);
    chartLabel->setBuddy(m_chartPath);
    form->addRow(chartLabel, chartRow);
    m_chartState = new QLabel(this);
    m_chartState->setObjectName(QStringLiteral("upgradeChartState"));
    m_chartState->setWordWrap(true);
    m_chartState->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(QString(), m_chartState);
    m_timeout = new QSpinBox(this);
    m_timeout->setObjectName(QStringLiteral("upgradeTimeout"));
    m_timeout->setAccessibleName(tr("How long helm waits for the release to become ready"));
    m_timeout->setRange(10, 24 * 3600);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setValue(m_target.timeoutSeconds > 0 ? m_target.timeoutSeconds : 300);
    auto *timeoutLabel = new QLabel(tr("&Wait up to:"), this);
    timeoutLabel->setBuddy(m_timeout);
    form->addRow(timeoutLabel, m_timeout);
    layout->addLayout(form);

    auto *split = new QSplitter(Qt::Horizontal, this);
    auto *left = new QWidget(split);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *valuesLabel = new QLabel(tr("&Values (YAML):"), left);
    m_values = codeEditor(QStringLiteral("upgradeValues"), tr("Values of the upgrade"), left);
    valuesLabel->setBuddy(m_values);
    m_values->setPlainText(m_edit.text());
    m_problems = new QLabel(left);
    m_problems->setObjectName(QStringLiteral("upgradeProblems"));
    m_problems->setWordWrap(true);
    m_problems->setTextInteractionFlags(Qt::TextSelectableByMouse);
    leftLayout->addWidget(valuesLabel);
    leftLayout->addWidget(m_values, 1);
    leftLayout->addWidget(m_problems);
    m_tabs = new QTabWidget(split);
    m_tabs->setObjectName(QStringLiteral("upgradeTabs"));
    auto *right = new QWidget(m_tabs);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_previewState = new QLabel(right);
    m_previewState->setObjectName(QStringLiteral("upgradePreviewState"));
    m_previewState->setWordWrap(true);
    m_previewState->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_diff = new DiffPane(right);
    m_diff->setObjectName(QStringLiteral("upgradeDiff"));
    m_diff->setAccessibleName(tr("What the upgrade changes"));
    rightLayout->addWidget(m_previewState);
    rightLayout->addWidget(m_diff, 1);
    m_tabs->addTab(right, tr("&Changes"));
    m_preflightView = new PreflightView(m_tabs);
    m_preflightView->setObjectName(QStringLiteral("upgradePreflight"));
    m_preflightView->setMessage(tr("Preflight checks the upgrade against the cluster once the "
                                   "values are valid."));
    m_tabs->addTab(m_preflightView, m_preflightView->title());
    split->addWidget(left);
    split->addWidget(m_tabs);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    layout->addWidget(split, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_upgrade = buttons->addButton(tr("&Upgrade"), QDialogButtonBox::AcceptRole);
    m_upgrade->setObjectName(QStringLiteral("confirmButton"));
    m_upgrade->setEnabled(false);
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true); // a deliberate click, not Enter
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, this, &UpgradeDialog::confirmUpgrade);

    m_checkTimer.setSingleShot(true);
    m_checkTimer.setInterval(kCheckDelayMs);
    connect(&m_checkTimer, &QTimer::timeout, this, &UpgradeDialog::check);
    connect(m_values, &QPlainTextEdit::textChanged, this, [this] {
        updateButton();
        m_checkTimer.start();
    });
    connect(m_timeout, &QSpinBox::valueChanged, this, [this] {
        updateButton();
        m_checkTimer.start();
    });
    connect(m_chartPath, &QLineEdit::editingFinished, this, &UpgradeDialog::loadChart);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(
            this, tr("Chart to upgrade with"), m_chartPath->text(),
            tr("Charts (Chart.yaml *.tgz *.tar.gz)"));
        if (!file.isEmpty())
            setChartPath(QFileInfo(file).fileName() == QLatin1String("Chart.yaml")
                             ? QFileInfo(file).absolutePath()
                             : file);
    });
    connect(m_preview, &UpgradePreview::finished, this, &UpgradeDialog::onPreviewFinished);
    connect(m_preflight, &PreflightRun::progress, m_preflightView, &PreflightView::setRunning);
    connect(m_preflight, &PreflightRun::finished, this, &UpgradeDialog::onPreflightFinished);

    const QString product = ProductCatalog::chartPath(m_deployed.chartName);
    if (product.isEmpty()) {
        m_chartState->setText(tr("Slipway has no product named “%1”: give the chart folder or "
                                 ".tgz to upgrade with.")
                                  .arg(m_deployed.chartName));
        m_problems->setText(tr("No chart yet."));
    } else {
        setChartPath(product);
    }
}

UpgradeDialog::~UpgradeDialog()
{
    // Child widgets still emit while QWidget's destructor deletes them (the chart field
    // finishes its editing as it loses focus); none of that may reach this dialog any more.
    for (QObject *child : { static_cast<QObject *>(m_chartPath), static_cast<QObject *>(m_values),
                            static_cast<QObject *>(m_timeout) })
        child->disconnect(this);
}

void UpgradeDialog::setChartPath(const QString &path)
{
    m_chartPath->setText(path);
    loadChart();
}

void UpgradeDialog::loadChart()
{
    const QString path = m_chartPath->text().trimmed();
    if (m_chart && m_chart->source == path)
        return;
    m_chart.reset();
    const int generation = ++m_chartGeneration;
    updateButton();
    if (path.isEmpty())
        return;
    m_chartState->setText(tr("Reading the chart…"));
    // Reading a chart unpacks and parses files: off the GUI thread.
    struct Loaded
    {
        Chart chart;
        Diagnostics errors;
    };
    auto loaded = std::make_shared<Loaded>();
    QThread *thread = QThread::create(
        [loaded, path] { loaded->chart = ChartLoader::load(path, &loaded->errors); });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    connect(thread, &QThread::finished, this, [this, loaded, generation, path] {
        if (generation != m_chartGeneration)
            return; // another chart was chosen meanwhile
        if (!loaded->errors.isEmpty()) {
            QStringList lines;
            for (const Error &error : std::as_const(loaded->errors))
                lines << error.toString();
            m_chartState->setText(tr("This chart cannot be used: %1").arg(lines.join(QLatin1Char('\n'))));
            return;
        }
        loaded->chart.source = path;
        m_chart = std::move(loaded->chart);
        QString text = tr("%1 %2 (app %3)").arg(m_chart->name, m_chart->version, m_chart->appVersion);
        if (m_chart->name != m_deployed.chartName)
            text += tr(" — not the chart “%1” the release was installed with").arg(m_deployed.chartName);
        m_chartState->setText(text);
        check();
    });
    thread->start();
}

void UpgradeDialog::check()
{
    m_checkTimer.stop();
    const QString text = m_values->toPlainText();
    m_checked = m_edit.check(text, m_chart ? &*m_chart : nullptr);
    m_checkedText = text;
    showProblems(m_checked.problems);
    if (!m_chart) {
        m_problems->setText(tr("The values are checked once the chart is read."));
        return;
    }
    if (m_checked.ok())
        startPreview();
    else {
        m_preview->cancel();
        m_preflight->cancel();
        m_previewedStamp.clear();
        m_preflightedStamp.clear();
        m_preflightView->setMessage(tr("Preflight waits for valid values."));
        m_tabs->setTabText(1, m_preflightView->title());
        m_diff->clear();
        m_previewState->setText(tr("The preview waits for valid values."));
        updateButton();
    }
}

void UpgradeDialog::showProblems(const Diagnostics &problems)
{
    QList<QTextEdit::ExtraSelection> marks;
    QStringList lines;
    QColor mark = palette().color(QPalette::Base);
    const QColor bad(Qt::red);
    mark = QColor::fromRgbF(0.8f * mark.redF() + 0.2f * bad.redF(),
                            0.8f * mark.greenF() + 0.2f * bad.greenF(),
                            0.8f * mark.blueF() + 0.2f * bad.blueF());
    for (const Error &problem : problems) {
        lines << (problem.line > 0 ? tr("Line %1: %2").arg(problem.line).arg(problem.message)
                                   : problem.message);
        if (problem.line <= 0)
            continue;
        const QTextBlock block = m_values->document()->findBlockByNumber(problem.line - 1);
        if (!block.isValid())
            continue;
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(block);
        selection.format.setBackground(mark);
        selection.format.setProperty(QTextFormat::FullWidthSelection, true);
        marks << selection;
    }
    m_values->setExtraSelections(marks);
    m_problems->setText(lines.isEmpty() ? tr("The values are valid for this chart.")
                                        : lines.join(QLatin1Char('\n')));
}

HelmRequest UpgradeDialog::request() const
{
    HelmRequest request = m_target.request(HelmRequest::Action::UpgradeInstall);
    request.chart = m_chart ? m_chart->source : QString();
    request.valuesFiles = { m_checked.yaml };
    request.install = false; // an upgrade of this release, never a new install
    request.reuseValues = false; // the editor holds every user value
    request.timeoutSeconds = m_timeout->value();
    request.description = tr("Upgrade from the Slipway window");
    return request;
}

QString UpgradeDialog::stamp() const
{
    return m_chart->source + QLatin1Char('\n') + QString::number(m_timeout->value())
        + QLatin1Char('\n') + m_values->toPlainText();
}

void UpgradeDialog::startPreview()
{
    m_runningStamp = m_chart->source + QLatin1Char('\n') + QString::number(m_timeout->value())
        + QLatin1Char('\n') + m_checkedText;
    if (m_runningStamp != m_previewedStamp || m_preview->isRunning()) {
        m_previewState->setText(tr("helm is previewing the upgrade (a server-side dry run)…"));
        m_preview->start(request());
    }
    if (m_runningStamp != m_preflightedStamp || m_preflight->isRunning()) {
        m_preflightRunningStamp = m_runningStamp;
        PreflightInput input;
        input.request = request();
        input.chartKubeVersion = m_chart->kubeVersion;
        input.upgrade = true;
        m_preflightView->setRunning(tr("Checking the upgrade against the cluster…"));
        m_tabs->setTabText(1, tr("Preflight…"));
        m_preflight->start(input);
    }
    updateButton();
}

void UpgradeDialog::onPreflightFinished()
{
    if (m_preflight->cancelled())
        return;
    const QString unreachable = m_preflight->connectionError();
    if (!unreachable.isEmpty()) {
        m_preflightedStamp.clear();
        m_preflightView->setMessage(tr("Preflight could not reach the cluster: %1").arg(unreachable));
    } else {
        m_preflightedStamp = m_preflightRunningStamp;
        m_preflightView->setReport(m_preflight->report());
    }
    m_tabs->setTabText(1, m_preflightView->title());
    Q_EMIT preflightFinished();
    updateButton();
}

void UpgradeDialog::confirmUpgrade()
{
    if (!isPreviewed())
        return;
    const HelmRequest upgrade = request();
    const QByteArray sha = InstallPlan::fingerprint({ m_checked.yaml }, {});
    const QList<PreflightCheck> failed = m_preflight->report().blocking({});
    if (failed.isEmpty()) {
        Q_EMIT upgradeRequested(upgrade, sha, QStringLiteral("passed"), {});
        accept();
        return;
    }
    // Failed checks are overridden one deliberate click at a time, by name.
    QStringList ids;
    QStringList lines;
    for (const PreflightCheck &check : failed) {
        ids << check.id;
        lines << tr("• %1 (%2): %3").arg(check.title, check.id, check.message);
    }
    m_tabs->setCurrentWidget(m_preflightView);
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Preflight failed"),
                                tr("%n preflight check(s) failed for this upgrade:", nullptr,
                                   int(failed.size()))
                                    + QLatin1Char('\n') + lines.join(QLatin1Char('\n'))
                                    + QStringLiteral("\n\n")
                                    + tr("Upgrade anyway, overriding %1? The journal records the "
                                         "override.")
                                          .arg(ids.join(QStringLiteral(", "))),
                                QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("preflightOverride"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *overrideButton = box->addButton(tr("&Override and Upgrade"), QMessageBox::DestructiveRole);
    overrideButton->setObjectName(QStringLiteral("preflightOverrideConfirm"));
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::finished, this, [this, box, overrideButton, upgrade, sha, ids] {
        if (box->clickedButton() != overrideButton || !isPreviewed())
            return;
        Q_EMIT upgradeRequested(upgrade, sha, QStringLiteral("overridden"), ids);
        accept();
    });
    box->open();
}

void UpgradeDialog::onPreviewFinished()
{
    const Expected<ReleaseRecord> &planned = m_preview->planned();
    if (!planned) {
        m_previewedStamp.clear();
        m_previewState->setText(planned.error().message);
        m_diff->clear();
        Q_EMIT previewFinished(false);
        updateButton();
        return;
    }
    m_previewedStamp = m_runningStamp;
    ReleaseDiff diff(m_deployed, planned.value());
    diff.setNames(QStringLiteral("@%1").arg(m_deployed.revision), QStringLiteral("@upgrade"));
    m_previewState->setText(
        diff.different()
            ? tr("What the upgrade changes (%n values hunk(s), %1 manifest hunk(s)):", nullptr,
                 int(diff.valuesHunks().size()))
                  .arg(diff.manifestHunks().size())
            : tr("The upgrade changes nothing: values and manifest stay as revision %1 has them.")
                  .arg(m_deployed.revision));
    if (diff.different())
        m_diff->setDiff(diff);
    else
        m_diff->setMessage(tr("No change."));
    Q_EMIT previewFinished(true);
    updateButton();
}

bool UpgradeDialog::isPreviewed() const
{
    if (!m_chart || m_previewedStamp.isEmpty() || m_preview->isRunning() || m_preflight->isRunning())
        return false;
    const QString now = stamp();
    return m_previewedStamp == now && m_preflightedStamp == now;
}

void UpgradeDialog::updateButton()
{
    m_upgrade->setEnabled(isPreviewed() && m_checked.ok());
}

} // namespace Slipway
