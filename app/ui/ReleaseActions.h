#pragma once

#include "helm/HelmLocator.h"
#include "install/AuditJournal.h"
#include "install/ReleaseTarget.h"
#include "kube/KubeClient.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>

#include <functional>

class QAction;
class QDialog;
class QWidget;

namespace Slipway {

class KubeClient;
class Operation;
class ReleaseView;

// The day-2 buttons of the main window — Upgrade…, Rollback…, Uninstall…, Recover… — each a deliberate
// confirmation that shows what will change (the diff to the target revision, the objects and
// volumes an uninstall deletes or keeps, why a release is stuck and how it will be brought
// back; for an upgrade, the values edited, checked and previewed by UpgradeDialog), then one operation of the shared layer (install/) in an OperationDialog. The same
// operations slipway-cli runs, with the same audit journal.
class ReleaseActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReleaseActions)

public:
    ReleaseActions(ReleaseView *view, QWidget *window);
    ~ReleaseActions() override;

    // The connection the operations use; helm is found off the GUI thread once it is set.
    void setCluster(KubeClient *client, const QString &kubeconfigFile, ReleaseStorage storage);

    // The deployed values in an editor, previewed by helm, then upgraded (UpgradeDialog): the
    // expert's way, and the way for a chart that is not a product of this Slipway. The
    // window's Upgrade… opens the wizard for products.
    QAction *editValuesAction() const { return m_upgradeAction; }
    // The helm found for the cluster; empty until it has been found (or when none was).
    const HelmInstallation &helm() const { return m_helm; }
    QAction *rollbackAction() const { return m_rollback; }
    QAction *uninstallAction() const { return m_uninstall; }
    QAction *recoverAction() const { return m_recover; }
    // Enables what applies to the release as the view last read it.
    void update();

Q_SIGNALS:
    void operationFinished();

private:
    void upgrade();
    void rollback();
    void uninstall();
    void recover();
    ReleaseTarget target() const;
    // A non-modal confirmation (open(), never exec(): the window keeps updating behind it).
    // A null `detail` leaves the text box out; `extra` then takes its room.
    QDialog *confirm(const QString &objectName, const QString &title, const QString &text,
                     const QString &detail, const QString &acceptText, QWidget *extra,
                     std::function<void()> accepted);
    void run(Operation *operation, const QString &title);
    bool ready(); // helm found and a release shown; says why not otherwise

    ReleaseView *m_view;
    QWidget *m_window;
    QPointer<KubeClient> m_client;
    QString m_kubeconfigFile;
    ReleaseStorage m_storage;
    HelmInstallation m_helm;
    QString m_helmError;
    AuditJournal m_journal;
    QAction *m_upgradeAction;
    QAction *m_rollback;
    QAction *m_uninstall;
    QAction *m_recover;
};

} // namespace Slipway
