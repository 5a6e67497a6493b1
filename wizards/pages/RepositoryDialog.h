#pragma once

#include "bundle/HelmRepository.h"
#include "helm/HelmLocator.h"

#include <QDialog>
#include <QFutureWatcher>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStandardItemModel;
class QTreeView;

namespace Slipway {

// The product page's *Open Repository…*: a Helm chart repository's URL, its charts and versions
// listed from index.yaml, and the chosen version downloaded and checked against the index's
// digest (HelmRepository) into Slipway's cache; or an OCI reference (oci://registry/path/chart
// [:version]) pulled by helm (which checks the registry's digests). chartPath() is then the
// .tgz to open. Reads run off the GUI thread; closing the dialog drops what is still running.
class RepositoryDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RepositoryDialog)

public:
    // `helm` pulls OCI charts; without one, only chart repositories can be opened.
    explicit RepositoryDialog(HelmInstallation helm, QWidget *parent = nullptr);
    ~RepositoryDialog() override;

    QString chartPath() const { return m_chartPath; }
    QStandardItemModel *model() const { return m_model; }
    bool isBusy() const { return m_busy; }
    QString statusText() const;
    // Where fetched charts are kept: <cache>/repository-charts.
    static QString downloadFolder();

public Q_SLOTS:
    void list();
    void useSelected();

private:
    void setBusy(bool busy, const QString &status);
    void pullOci(const QString &reference);
    const HelmRepository::ChartVersion *selected() const;

    HelmInstallation m_helm;
    QLineEdit *m_url = nullptr;
    QPushButton *m_list = nullptr;
    QTreeView *m_view = nullptr;
    QStandardItemModel *m_model = nullptr;
    QLabel *m_status = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QList<HelmRepository::ChartVersion> m_charts;
    QString m_listedUrl;
    QString m_chartPath;
    bool m_busy = false;
};

} // namespace Slipway
