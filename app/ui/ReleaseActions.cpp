#include "ReleaseActions.h"

#include "DiffPane.h"
#include "OperationDialog.h"
#include "ReleaseView.h"
#include "UpgradeDialog.h"
#include "helm/ReleaseHistory.h"
#include "install/ManifestObjects.h"
#include "install/RecoverOperation.h"
#include "install/ReleaseDiff.h"
#include "install/ReleaseOperation.h"
#include "install/ReleasePolicy.h"
#include "core/Duration.h"
#include "kube/KubeClient.h"
#include "kube/KubeReply.h"
#include "product/DescriptorParser.h"

#include <QAction>
#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QJsonArray>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QThread>
#include <QVBoxLayout>

#include <memory>

namespace Slipway {

ReleaseActions::ReleaseActions(ReleaseView *view, QWidget *window)
    : QObject(window)
    , m_view(view)
    , m_window(window)
    , m_journal(AuditJournal::defaultPath())
    , m_upgradeAction(new QAction(tr("Edit &Values and Upgrade…"), this))
    , m_rollback(new QAction(QIcon(QStringLiteral(":/icons/rollback.svg")), tr("&Rollback…"), this))
    , m_uninstall(new QAction(QIcon(QStringLiteral(":/icons/uninstall.svg")), tr("&Uninstall…"), this))
    , m_recover(new QAction(QIcon(QStringLiteral(":/icons/recover.svg")), tr("Re&cover…"), this))
{
    m_upgradeAction->setObjectName(QStringLiteral("editValuesAction"));
    m_upgradeAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_upgradeAction->setToolTip(tr("Edit the release's values as YAML, preview the change and upgrade it"));
    connect(m_upgradeAction, &QAction::triggered, this, &ReleaseActions::upgrade);
    m_rollback->setObjectName(QStringLiteral("rollbackAction"));
    m_rollback->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_rollback->setToolTip(tr("Roll the release back to the selected revision (History), else "
                              "to the last good one"));
    m_uninstall->setObjectName(QStringLiteral("uninstallAction"));
    m_uninstall->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete));
    m_uninstall->setToolTip(tr("Uninstall the release, keeping or deleting its volumes"));
    m_recover->setObjectName(QStringLiteral("recoverAction"));
    m_recover->setToolTip(tr("Bring back a release stuck in a pending state"));
    connect(m_rollback, &QAction::triggered, this, &ReleaseActions::rollback);
    connect(m_uninstall, &QAction::triggered, this, &ReleaseActions::uninstall);
    connect(m_recover, &QAction::triggered, this, &ReleaseActions::recover);
    connect(view, &ReleaseView::historyLoaded, this, &ReleaseActions::update);
    update();
}

ReleaseActions::~ReleaseActions() = default;

void ReleaseActions::setCluster(KubeClient *client, const QString &kubeconfigFile,
                                ReleaseStorage storage)
{
    m_client = client;
    m_kubeconfigFile = kubeconfigFile;
    m_storage = storage;
    // Finding helm may start it once to ask its version: never on the GUI thread.
    auto found = std::make_shared<Expected<HelmInstallation>>(Error(tr("helm is being looked for")));
    QThread *thread = QThread::create(
        [found, helmPath = QSettings().value(QStringLiteral("helm/path")).toString()] {
            // The settings' helm/path, when set, is the helm to use (as slipway-cli --helm).
            *found = HelmLocator(HelmLocator::sourcesFromEnvironment(helmPath)).locate();
        });
    connect(thread, &QThread::finished, this, [this, thread, found] {
        thread->deleteLater();
        if (*found)
            m_helm = found->value();
        else
            m_helmError = found->error().toString();
        update();
    });
    thread->start();
}

void ReleaseActions::update()
{
    const ReleaseRecord *latest = m_view->latest();
    const bool helm = !m_helm.path.isEmpty();
    const bool stuck = latest && ReleasePolicy::isStuck(*latest);
    const bool installed = latest && latest->status != QLatin1String("uninstalled");
    m_upgradeAction->setEnabled(helm && installed && !stuck);
    m_rollback->setEnabled(helm && installed && !stuck && m_view->records().size() >= 2);
    m_uninstall->setEnabled(helm && installed && !stuck);
    m_recover->setEnabled(helm && stuck);
}

ReleaseTarget ReleaseActions::target() const
{
    ReleaseTarget target;
    target.kubeconfig = m_kubeconfigFile;
    target.context = m_client ? m_client->context().context.name : QString();
    target.nameSpace = m_view->nameSpace();
    target.release = m_view->release();
    target.storage = m_storage;
    // The product's helm.timeout, from the installer.yaml helm keeps with the release's chart;
    // helm's five minutes for a chart without one.
    const ReleaseRecord *latest = m_view->latest();
    const QByteArray stored
        = latest ? latest->chartFiles.value(QStringLiteral("installer.yaml")) : QByteArray();
    Diagnostics errors;
    const Descriptor descriptor = stored.isEmpty()
        ? Descriptor()
        : DescriptorParser::parse(stored, QStringLiteral("installer.yaml"), &errors);
    target.timeoutSeconds = ReleasePolicy::timeoutSeconds(
        0, !stored.isEmpty() && errors.isEmpty() ? &descriptor : nullptr);
    return target;
}

bool ReleaseActions::ready()
{
    if (m_helm.path.isEmpty()) {
        QMessageBox::warning(m_window, tr("helm is not available"),
                             m_helmError.isEmpty() ? tr("helm is still being looked for.")
                                                   : m_helmError);
        return false;
    }
    return m_client && m_view->latest();
}

QDialog *ReleaseActions::confirm(const QString &objectName, const QString &title,
                                 const QString &text, const QString &detail,
                                 const QString &acceptText, QWidget *extra,
                                 std::function<void()> accepted)
{
    auto *dialog = new QDialog(m_window);
    dialog->setObjectName(objectName);
    dialog->setWindowTitle(title);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->resize(720, 480);
    auto *layout = new QVBoxLayout(dialog);
    auto *label = new QLabel(text, dialog);
    label->setObjectName(QStringLiteral("confirmText"));
    label->setWordWrap(true);
    layout->addWidget(label);
    if (!detail.isNull()) {
        auto *details = new QPlainTextEdit(detail, dialog);
        details->setObjectName(QStringLiteral("confirmDetails"));
        details->setAccessibleName(tr("What will change"));
        details->setReadOnly(true);
        details->setLineWrapMode(QPlainTextEdit::NoWrap);
        details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        layout->addWidget(details, 1);
    }
    if (extra) {
        extra->setParent(dialog);
        layout->addWidget(extra, detail.isNull() ? 1 : 0);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, dialog);
    QPushButton *ok = buttons->addButton(acceptText, QDialogButtonBox::AcceptRole);
    ok->setObjectName(QStringLiteral("confirmButton"));
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true); // a deliberate click, not Enter
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(dialog, &QDialog::accepted, this, std::move(accepted));
    dialog->open();
    return dialog;
}

void ReleaseActions::run(Operation *operation, const QString &title)
{
    auto *dialog = new OperationDialog(operation, title, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &OperationDialog::operationFinished, this, [this] {
        m_view->reloadHistory();
        Q_EMIT operationFinished();
    });
    dialog->open();
}

void ReleaseActions::upgrade()
{
    if (!ready())
        return;
    // What runs now is what the upgrade starts from: the last deployed revision (a failed
    // latest one left the deployed one running).
    const ReleaseRecord *deployed = nullptr;
    for (const ReleaseRecord &record : m_view->records())
        deployed = record.status == QLatin1String("deployed") ? &record : deployed;
    if (!deployed)
        deployed = m_view->latest();
    auto *dialog = new UpgradeDialog(m_client, m_helm, target(), *deployed, m_window);
    connect(dialog, &UpgradeDialog::upgradeRequested, this,
            [this](const HelmRequest &request, const QByteArray &valuesSha256,
                   const QString &preflight, const QStringList &overridden) {
                auto *operation = new ReleaseOperation(m_client, m_helm, request);
                operation->setJournal(&m_journal, QStringLiteral("upgrade"), valuesSha256);
                operation->setPreflight(preflight, overridden);
                operation->setPodWatch(m_view->podWatch());
                run(operation, tr("Upgrading %1").arg(request.release));
            });
    dialog->open();
}

void ReleaseActions::rollback()
{
    if (!ready())
        return;
    const ReleaseRecord latest = *m_view->latest();
    int revision = m_view->selectedRevision();
    if (revision == latest.revision) {
        const ReleaseRecord *good = ReleasePolicy::lastGood(m_view->records(), latest.revision);
        revision = good ? good->revision : 0;
    }
    const ReleaseRecord *to = nullptr;
    for (const ReleaseRecord &record : m_view->records())
        to = record.revision == revision ? &record : to;
    if (!to) {
        QMessageBox::information(m_window, tr("Rollback"),
                                 tr("Release “%1” has no earlier good revision to roll back to.")
                                     .arg(latest.name));
        return;
    }
    // What changes, as the Diff tab shows it: the current revision against the target.
    auto *changes = new DiffPane;
    changes->setObjectName(QStringLiteral("rollbackDiff"));
    const ReleaseDiff diff(latest, *to);
    if (diff.different())
        changes->setDiff(diff);
    else
        changes->setMessage(tr("Nothing: the two revisions have the same values and manifest."));
    const ReleaseTarget where = target();
    confirm(QStringLiteral("rollbackDialog"), tr("Roll back %1").arg(latest.name),
            tr("Roll release “%1” in %2 back from revision %3 (%4) to revision %5? helm writes "
               "revision %6 with revision %5's values and manifest. What changes:")
                .arg(latest.name, where.nameSpace)
                .arg(latest.revision)
                .arg(latest.status)
                .arg(to->revision)
                .arg(latest.revision + 1),
            QString(), tr("Roll back"), changes, [this, where, target = to->revision] {
                HelmRequest request = where.request(HelmRequest::Action::Rollback);
                request.revision = target;
                auto *operation = new ReleaseOperation(m_client, m_helm, request);
                operation->setJournal(&m_journal, QStringLiteral("rollback"), {});
                operation->setPodWatch(m_view->podWatch());
                run(operation, tr("Rolling back %1 to revision %2").arg(where.release).arg(target));
            });
}

void ReleaseActions::uninstall()
{
    if (!ready())
        return;
    const ReleaseRecord latest = *m_view->latest();
    QStringList objects;
    QStringList kept;
    for (const ManifestObject &object : ManifestObjects::parse(latest.manifest))
        (object.kept ? kept : objects) << QStringLiteral("%1/%2").arg(object.kind, object.name);
    if (!kept.isEmpty())
        objects << QString()
                << tr("Kept by the chart (helm.sh/resource-policy: keep), left in the cluster:")
                << kept;
    auto *volumes = new QCheckBox(tr("Also &delete the release's persistent volume claims (their "
                                     "data is lost)"));
    volumes->setObjectName(QStringLiteral("deleteVolumes"));
    volumes->setChecked(false); // volumes outlive an uninstall unless asked
    const ReleaseTarget where = target();
    QDialog *dialog = confirm(
        QStringLiteral("uninstallDialog"), tr("Uninstall %1").arg(latest.name),
        tr("Uninstall release “%1” from %2? helm deletes these objects of revision %3:")
            .arg(latest.name, where.nameSpace)
            .arg(latest.revision),
        objects.join(QLatin1Char('\n')), tr("Uninstall"), volumes, [this, where, volumes] {
            auto *operation = new ReleaseOperation(
                m_client, m_helm, where.request(HelmRequest::Action::Uninstall));
            operation->setJournal(&m_journal, QStringLiteral("uninstall"), {});
            operation->setDeleteVolumes(volumes->isChecked());
            run(operation, tr("Uninstalling %1").arg(where.release));
        });
    // Which volumes are at stake: listed as the cluster has them, while the dialog is open.
    KubeRequest request = KubeRequest::get(
        QStringLiteral("/api/v1/namespaces/%1/persistentvolumeclaims").arg(where.nameSpace));
    request.withQuery(QStringLiteral("labelSelector"),
                      ReleaseOperation::instanceSelector(where.release));
    KubeReply *reply = m_client->send(request, dialog);
    connect(reply, &KubeReply::finished, volumes, [reply, volumes] {
        reply->deleteLater();
        QStringList names;
        for (const QJsonValue &item : reply->json().value(QLatin1String("items")).toArray())
            names << item[QLatin1String("metadata")][QLatin1String("name")].toString();
        volumes->setToolTip(names.join(QLatin1Char('\n')));
        volumes->setText(!reply->ok() ? tr("Also delete the release's persistent volume claims "
                                           "(they cannot be listed: %1)")
                                            .arg(reply->error().message())
                         : names.isEmpty()
                         ? tr("The release has no persistent volume claims.")
                         : tr("Also &delete its %n persistent volume claim(s): %1 (their data "
                              "is lost; unchecked, they are kept)",
                              nullptr, int(names.size()))
                               .arg(names.join(QLatin1String(", "))));
        volumes->setEnabled(!names.isEmpty() || !reply->ok());
    });
}

void ReleaseActions::recover()
{
    if (!ready())
        return;
    const RecoverOperation::Plan plan = RecoverOperation::planFor(m_view->records(), false);
    if (!plan.refusal.isEmpty()) {
        QMessageBox::information(m_window, tr("Recover"), plan.refusal);
        return;
    }
    const qint64 ageMs = plan.stuckSince.isValid()
        ? plan.stuckSince.msecsTo(QDateTime::currentDateTimeUtc())
        : -1;
    const QString what = plan.method == RecoverOperation::Method::Rollback
        ? tr("roll it back to revision %1, the last good one").arg(plan.targetRevision)
        : plan.stuckStatus == QLatin1String("uninstalling")
        ? tr("run the uninstall again")
        : tr("uninstall it: there is no earlier good revision to go back to");
    auto *markFailed = new QCheckBox(tr("Only &mark revision %1 failed instead (the cluster's "
                                        "objects stay as they are; the next upgrade proceeds)")
                                         .arg(plan.stuckRevision));
    markFailed->setObjectName(QStringLiteral("markFailed"));
    markFailed->setEnabled(plan.stuckStatus != QLatin1String("uninstalling"));
    auto *force = new QCheckBox(tr("Recover &even if the operation may still be running "
                                   "elsewhere (only when you are sure nothing else is working "
                                   "on this release)"));
    force->setObjectName(QStringLiteral("forceRecover"));
    auto *choices = new QWidget;
    auto *choicesLayout = new QVBoxLayout(choices);
    choicesLayout->setContentsMargins(0, 0, 0, 0);
    choicesLayout->addWidget(markFailed);
    choicesLayout->addWidget(force);
    const ReleaseTarget where = target();
    confirm(QStringLiteral("recoverDialog"), tr("Recover %1").arg(where.release),
            tr("Revision %1 of “%2” has been %3 for %4: the helm that started it never finished. "
               "Slipway will save every release record first, then %5. It refuses if the "
               "operation may still be running (younger than its timeout plus %6 minutes).")
                .arg(plan.stuckRevision)
                .arg(where.release, plan.stuckStatus,
                     ageMs >= 0 ? Duration::human(ageMs) : tr("an unknown time"), what)
                .arg(ReleasePolicy::kRecoverMarginSeconds / 60),
            tr("Backups go to %1.").arg(RecoverOperation::defaultBackupFolder()), tr("Recover"),
            choices, [this, where, markFailed, force] {
                RecoverOperation::Options options;
                options.markFailed = markFailed->isChecked();
                options.force = force->isChecked();
                // RecoverOperation reads the records it repairs from a fresh history.
                auto *read = new ReleaseHistory(m_client, where.nameSpace, where.release,
                                                where.storage, this);
                connect(read, &ReleaseHistory::finished, this, [this, read, where, options] {
                    read->deleteLater();
                    if (!read->ok()) {
                        QMessageBox::warning(m_window, tr("Recover"), read->errorText());
                        return;
                    }
                    auto *operation
                        = new RecoverOperation(m_client, m_helm, where, *read, options);
                    operation->setJournal(&m_journal);
                    run(operation, tr("Recovering %1").arg(where.release));
                });
                read->start();
            });
}

} // namespace Slipway
