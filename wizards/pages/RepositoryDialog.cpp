#include "RepositoryDialog.h"

#include "helm/HelmJob.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace Slipway {

namespace {
const QString kLastUrl = QStringLiteral("wizard/repositoryUrl");
}

RepositoryDialog::RepositoryDialog(HelmInstallation helm, QWidget *parent)
    : QDialog(parent)
    , m_helm(std::move(helm))
    , m_url(new QLineEdit(this))
    , m_list(new QPushButton(tr("&List Charts"), this))
    , m_view(new QTreeView(this))
    , m_model(new QStandardItemModel(0, 4, this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("repositoryDialog"));
    setWindowTitle(tr("Open a Chart Repository"));
    m_url->setObjectName(QStringLiteral("repositoryUrl"));
    m_url->setAccessibleName(tr("Repository URL"));
    m_url->setPlaceholderText(QStringLiteral("https://charts.example.com/stable"));
    m_url->setText(QSettings().value(kLastUrl).toString());
    m_list->setObjectName(QStringLiteral("repositoryList"));
    m_list->setDefault(true);
    m_model->setHorizontalHeaderLabels({ tr("Chart"), tr("Version"), tr("App version"), tr("Description") });
    m_view->setObjectName(QStringLiteral("repositoryCharts"));
    m_view->setAccessibleName(tr("Charts of the repository"));
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->header()->setStretchLastSection(true);
    m_status->setObjectName(QStringLiteral("repositoryStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setText(tr("The address of a Helm chart repository (the folder that holds its "
                         "index.yaml), or a chart in an OCI registry: oci://registry/path/chart[:version]."));
    QPushButton *use = m_buttons->button(QDialogButtonBox::Ok);
    use->setText(tr("&Use Chart"));
    use->setObjectName(QStringLiteral("repositoryUse"));
    use->setEnabled(false);

    auto *label = new QLabel(tr("&Repository:"), this);
    label->setBuddy(m_url);
    auto *row = new QHBoxLayout;
    row->addWidget(label);
    row->addWidget(m_url, 1);
    row->addWidget(m_list);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    resize(720, 420);

    connect(m_list, &QPushButton::clicked, this, &RepositoryDialog::list);
    connect(m_url, &QLineEdit::returnPressed, this, &RepositoryDialog::list);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this] { m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_busy && selected()); });
    connect(m_view, &QTreeView::activated, this, &RepositoryDialog::useSelected);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RepositoryDialog::useSelected);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

// A read still running finishes on its pool thread and is dropped: it holds its own repository.
RepositoryDialog::~RepositoryDialog() = default;

QString RepositoryDialog::downloadFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation))
        .filePath(QStringLiteral("repository-charts"));
}

QString RepositoryDialog::statusText() const
{
    return m_status->text();
}

void RepositoryDialog::setBusy(bool busy, const QString &status)
{
    m_busy = busy;
    m_list->setEnabled(!busy);
    m_url->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy && selected());
    m_status->setText(status);
}

const HelmRepository::ChartVersion *RepositoryDialog::selected() const
{
    const int row = m_view->currentIndex().row();
    return row >= 0 && row < m_charts.size() ? &m_charts.at(row) : nullptr;
}

void RepositoryDialog::list()
{
    const QString url = m_url->text().trimmed();
    if (url.isEmpty() || m_busy)
        return;
    if (url.startsWith(QLatin1String("oci://"))) {
        pullOci(url);
        return;
    }
    setBusy(true, tr("Reading %1/index.yaml…").arg(url));
    m_model->removeRows(0, m_model->rowCount());
    m_charts.clear();
    auto *watcher = new QFutureWatcher<Expected<QList<HelmRepository::ChartVersion>>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, url] {
        watcher->deleteLater();
        const Expected<QList<HelmRepository::ChartVersion>> charts = watcher->result();
        if (!charts) {
            setBusy(false, charts.error().toString());
            return;
        }
        m_charts = *charts;
        m_listedUrl = url;
        QSettings().setValue(kLastUrl, url);
        for (const HelmRepository::ChartVersion &chart : m_charts) {
            QList<QStandardItem *> row { new QStandardItem(chart.name), new QStandardItem(chart.version),
                                         new QStandardItem(chart.appVersion),
                                         new QStandardItem(chart.deprecated ? tr("(deprecated) %1").arg(chart.description)
                                                                            : chart.description) };
            for (QStandardItem *item : row)
                item->setEditable(false);
            m_model->appendRow(row);
        }
        m_view->resizeColumnToContents(0);
        m_view->resizeColumnToContents(1);
        m_view->setCurrentIndex(m_model->index(0, 0));
        setBusy(false, tr("%n chart version(s) in %1.", nullptr, int(m_charts.size())).arg(url));
        m_view->setFocus();
    });
    watcher->setFuture(QtConcurrent::run([url] { return HelmRepository(url).index(); }));
}

void RepositoryDialog::pullOci(const QString &reference)
{
    if (m_helm.path.isEmpty()) {
        setBusy(false, tr("An OCI chart is pulled by helm, and none was found."));
        return;
    }
    // A folder of its own per pull: the .tgz helm writes is the only file in it.
    const QString folder = QDir(downloadFolder())
                               .filePath(QStringLiteral("oci-%1").arg(QDateTime::currentMSecsSinceEpoch()));
    const Expected<HelmRequest> request = HelmRepository::ociPull(reference, folder);
    if (!request) {
        setBusy(false, request.error().toString());
        return;
    }
    if (!QDir().mkpath(folder)) {
        setBusy(false, tr("Cannot create %1.").arg(folder));
        return;
    }
    setBusy(true, tr("Pulling %1 (helm pull)…").arg(reference));
    auto *job = new HelmJob(m_helm, *request, this);
    connect(job, &HelmJob::finished, this, [this, job, folder, reference](const HelmResult &result) {
        job->deleteLater();
        const QStringList pulled = QDir(folder).entryList({ QStringLiteral("*.tgz") }, QDir::Files);
        if (!result.ok() || pulled.size() != 1) {
            QDir(folder).removeRecursively();
            setBusy(false, result.ok() ? tr("helm pull left no chart for %1.").arg(reference)
                                       : tr("helm could not pull %1: %2").arg(reference, result.error));
            return;
        }
        QSettings().setValue(kLastUrl, reference);
        m_chartPath = QDir(folder).filePath(pulled.first());
        setBusy(false, tr("Pulled %1.").arg(pulled.first()));
        accept();
    });
    job->start();
}

void RepositoryDialog::useSelected()
{
    const HelmRepository::ChartVersion *chart = selected();
    if (!chart || m_busy)
        return;
    const HelmRepository::ChartVersion chosen = *chart;
    setBusy(true, tr("Downloading %1 %2 and checking its digest…").arg(chosen.name, chosen.version));
    auto *watcher = new QFutureWatcher<Expected<QString>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, chosen] {
        watcher->deleteLater();
        const Expected<QString> path = watcher->result();
        if (!path) {
            setBusy(false, path.error().toString());
            return;
        }
        m_chartPath = *path;
        setBusy(false, tr("%1 %2 checked against the index's digest.").arg(chosen.name, chosen.version));
        accept();
    });
    const QString url = m_listedUrl;
    const QString folder = downloadFolder();
    watcher->setFuture(QtConcurrent::run([url, chosen, folder] { return HelmRepository(url).fetch(chosen, folder); }));
}

} // namespace Slipway
