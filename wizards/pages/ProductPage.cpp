#include "ProductPage.h"

#include "RepositoryDialog.h"
#include "wizards/bundle/OpenBundleDialog.h"
#include "product/YamlReader.h"
#include "product/SchemaForm.h"

#include "WizardState.h"
#include "models/ProductListModel.h"
#include "product/ChartLoader.h"
#include "product/ProductCatalog.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace Slipway {

ProductPage::ProductPage(WizardState *state, QWidget *parent)
    : QWizardPage(parent)
    , m_state(state)
    , m_model(new ProductListModel(this))
    , m_list(new QListView(this))
    , m_details(new QLabel(this))
    , m_error(new QLabel(this))
    , m_open(new QPushButton(tr("Open &Chart…"), this))
    , m_openRepository(new QPushButton(tr("Open &Repository…"), this))
    , m_openBundle(new QPushButton(tr("Open Bun&dle…"), this))
{
    setObjectName(QStringLiteral("productPage"));
    setTitle(tr("Product"));
    setSubTitle(tr("Choose what to install: a product that comes with Slipway, a Helm chart "
                   "from a folder or a .tgz file, one from a chart repository, or an offline bundle."));
    m_list->setObjectName(QStringLiteral("productList"));
    m_list->setAccessibleName(tr("Products"));
    m_list->setModel(m_model);
    m_list->setIconSize(QSize(32, 32));
    m_list->setSpacing(2);
    m_details->setObjectName(QStringLiteral("productDetails"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);
    m_error->setObjectName(QStringLiteral("productError"));
    m_error->setWordWrap(true);
    m_error->hide();
    m_open->setObjectName(QStringLiteral("openChart"));
    m_open->setToolTip(tr("A chart folder (with Chart.yaml) or a packaged chart (.tgz)"));
    m_openRepository->setObjectName(QStringLiteral("openRepository"));
    m_openRepository->setToolTip(tr("A chart from a Helm chart repository (an https address with "
                                    "an index.yaml), checked against the index's digest"));
    connect(m_openRepository, &QPushButton::clicked, this, &ProductPage::openRepository);
    m_openBundle->setObjectName(QStringLiteral("openBundle"));
    m_openBundle->setToolTip(tr("An offline bundle (.slipway.zip): verified, its images pushed to your "
                                "registry, then installed from its chart"));
    connect(m_openBundle, &QPushButton::clicked, this, &ProductPage::openBundle);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_openBundle);
    buttons->addWidget(m_openRepository);
    buttons->addWidget(m_open);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_details);
    layout->addWidget(m_error);
    layout->addLayout(buttons);

    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ProductPage::showSelected);
    connect(m_open, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(
            this, tr("Open a Chart"), QString(),
            tr("Helm charts (Chart.yaml *.tgz *.tar.gz);;All files (*)"));
        if (file.isEmpty())
            return;
        // Chart.yaml picked: the chart is its folder.
        openChart(QFileInfo(file).fileName() == QLatin1String("Chart.yaml")
                      ? QFileInfo(file).absolutePath()
                      : file);
    });
    connect(&m_bundled, &QFutureWatcher<Loaded>::finished, this, [this] {
        --m_loading;
        m_listed = true;
        m_model->setCharts(m_bundled.result().charts);
        if (!m_state->setup().product.isEmpty())
            selectProduct(m_state->setup().product);
        else if (m_model->rowCount() > 0)
            m_list->setCurrentIndex(m_model->index(0));
        Q_EMIT completeChanged();
        Q_EMIT productsLoaded();
    });
}

// A catalog read still running finishes on its pool thread and is dropped: it touches nothing
// of the page.
ProductPage::~ProductPage() = default;

void ProductPage::initializePage()
{
    if (m_listed || m_bundled.isRunning())
        return;
    ++m_loading;
    m_details->setText(tr("Reading the products…"));
    m_bundled.setFuture(QtConcurrent::run([] { return Loaded { ProductCatalog::products(), {}, {} }; }));
}

void ProductPage::selectProduct(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_list->setCurrentIndex(m_model->index(row));
}

void ProductPage::openChart(const QString &path)
{
    ++m_loading;
    m_error->hide();
    auto *watcher = new QFutureWatcher<Loaded>(this);
    connect(watcher, &QFutureWatcher<Loaded>::finished, this, [this, watcher, path] {
        watcher->deleteLater();
        --m_loading;
        const Loaded loaded = watcher->result();
        if (!loaded.errors.isEmpty()) {
            m_error->setText(tr("%1 cannot be used as a chart:").arg(path) + QLatin1String("\n  ")
                             + loaded.errors.join(QLatin1String("\n  ")));
            m_error->show();
        } else {
            if (!loaded.formProblem.isEmpty())
                m_formProblems.insert(loaded.charts.first().source, loaded.formProblem);
            const int row = m_model->addChart(loaded.charts.first());
            m_list->setCurrentIndex(m_model->index(row));
        }
        Q_EMIT completeChanged();
    });
    watcher->setFuture(QtConcurrent::run([path] {
        Diagnostics errors;
        Chart chart = ChartLoader::load(path, &errors);
        Loaded loaded;
        for (const Error &error : std::as_const(errors))
            loaded.errors << error.toString();
        chart.source = QFileInfo(path).absoluteFilePath();
        // No installer.yaml: a form from values.schema.json when it has one (else the values as
        // YAML, with the reason the form could not be made).
        Diagnostics formErrors;
        if (errors.isEmpty() && !chart.descriptor && !chart.schemaJson.isEmpty()
            && !SchemaForm::describe(chart, &formErrors) && !formErrors.isEmpty())
            loaded.formProblem = formErrors.first().toString();
        loaded.charts << std::move(chart);
        return loaded;
    }));
}

void ProductPage::showSelected()
{
    const QModelIndex index = m_list->currentIndex();
    const Chart *chart = m_model->chart(index.row());
    if (!chart) {
        m_details->clear();
    } else {
        QString text = index.data(ProductListModel::DescriptionRole).toString();
        text += QLatin1String("\n\n")
            + tr("Chart %1 %2, application %3").arg(chart->name, chart->version, chart->appVersion);
        if (chart->generatedDescriptor)
            text += QLatin1String("\n")
                + tr("This chart has no installer.yaml: its pages are generated from its "
                     "values.schema.json.");
        else if (!chart->descriptor && m_formProblems.contains(chart->source))
            text += QLatin1String("\n")
                + tr("This chart has no installer.yaml, and no form could be made from its "
                     "values.schema.json (%1): its values are edited as YAML.")
                      .arg(m_formProblems.value(chart->source));
        else if (!chart->descriptor)
            text += QLatin1String("\n")
                + tr("This chart has no installer.yaml: its values are edited as YAML.");
        if (m_bundleValues.contains(chart->source))
            text += QLatin1String("\n")
                + tr("From an offline bundle: its values start from the bundle's, with the image "
                     "references pointing at the registry the images were pushed to.");
        m_details->setText(text);
    }
    Q_EMIT completeChanged();
}

RepositoryDialog *ProductPage::openRepository()
{
    auto *dialog = new RepositoryDialog(m_state->helm(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { openChart(dialog->chartPath()); });
    dialog->open();
    return dialog;
}

OpenBundleDialog *ProductPage::openBundle()
{
    auto *dialog = new OpenBundleDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const BundleResult &result = dialog->result();
        const QString chart = QFileInfo(result.chartFile).absoluteFilePath();
        m_bundleValues.insert(chart, result.valuesFile);
        openChart(chart);
    });
    dialog->open();
    return dialog;
}

bool ProductPage::isComplete() const
{
    return m_loading == 0 && m_model->chart(m_list->currentIndex().row()) != nullptr;
}

bool ProductPage::validatePage()
{
    const Chart *chosen = m_model->chart(m_list->currentIndex().row());
    if (!chosen)
        return false;
    // Choosing the same chart again keeps the answers given so far.
    if (!m_state->chart() || m_state->chart()->source != chosen->source) {
        m_state->setChart(*chosen);
        // A bundle's values are the base the answers change; the pages start from them.
        const QString base = m_bundleValues.value(chosen->source);
        m_state->plan().baseValuesFiles = base.isEmpty() ? QStringList() : QStringList { base };
        if (!base.isEmpty() && m_state->composer()) {
            QFile file(base);
            Diagnostics errors;
            const ValueTree values = file.open(QIODevice::ReadOnly)
                ? YamlReader::parse(file.readAll(), base, &errors)
                : ValueTree();
            if (errors.isEmpty())
                m_state->plan().answers = m_state->composer()->answersFrom(values);
        }
    }
    return true;
}

} // namespace Slipway
