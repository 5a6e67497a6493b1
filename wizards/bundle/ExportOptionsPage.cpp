#include "ExportOptionsPage.h"

#include "bundle/BundleManifest.h"
#include "bundle/ImagePull.h"
#include "bundle/MinisignKey.h"
#include "install/AnswersFile.h"
#include "product/ChartLoader.h"
#include "product/ProductCatalog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QtConcurrent/QtConcurrentRun>

namespace Slipway {

namespace {

QString productIdOf(const Chart &chart)
{
    return chart.descriptor && !chart.descriptor->productId.isEmpty() ? chart.descriptor->productId : chart.name;
}

QWidget *row(QWidget *parent, QWidget *field, QWidget *button, QWidget *second = nullptr)
{
    auto *box = new QWidget(parent);
    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(field, 1);
    layout->addWidget(button);
    if (second)
        layout->addWidget(second);
    box->setFocusProxy(field); // the row's label mnemonic focuses the field
    return box;
}

} // namespace

ExportOptionsPage::ExportOptionsPage(QWidget *parent)
    : QWizardPage(parent)
    , m_product(new QComboBox(this))
    , m_openChart(new QPushButton(tr("Chart &Folder…"), this))
    , m_includeHelm(new QCheckBox(tr("Include &helm, for a machine that has none"), this))
    , m_includeSecrets(new QCheckBox(tr("Include &secrets (passwords, keys, tokens)"), this))
    , m_secretsWarning(new QLabel(this))
    , m_generateKey(new QPushButton(tr("&Generate Key Pair…"), this))
    , m_plainHttp(new QCheckBox(tr("Plain &http for registries on this machine (127.x)"), this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("exportOptionsPage"));
    setTitle(tr("Export Offline Bundle"));
    setSubTitle(tr("One file with the chart, its values and every container image it runs, for a "
                   "cluster without internet access."));
    m_product->setObjectName(QStringLiteral("exportProduct"));
    m_product->setAccessibleName(tr("Product"));
    m_product->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_openChart->setObjectName(QStringLiteral("exportOpenChart"));
    m_openChart->setToolTip(tr("Export a chart folder (with Chart.yaml) or a packaged chart (.tgz)"));

    auto *browseAnswers = new QPushButton(tr("Browse…"), this);
    auto *browseValues = new QPushButton(tr("Browse…"), this);
    auto *browseKey = new QPushButton(tr("Browse…"), this);
    auto *browseDocker = new QPushButton(tr("Browse…"), this);
    auto *browseOutput = new QPushButton(tr("Browse…"), this);
    m_answers = fileField(QStringLiteral("exportAnswersFile"), tr("Answers file"), browseAnswers);
    m_answers->setPlaceholderText(tr("Optional: the product's defaults"));
    m_values = fileField(QStringLiteral("exportValuesFile"), tr("Values file"), browseValues);
    m_values->setPlaceholderText(tr("Optional: applied after the answers"));
    m_signingKey = fileField(QStringLiteral("exportSigningKey"), tr("Signing key"), browseKey);
    m_signingKey->setPlaceholderText(tr("A minisign secret key; empty: not signed"));
    m_dockerConfig = fileField(QStringLiteral("exportDockerConfig"), tr("Registry credentials"), browseDocker);
    m_dockerConfig->setPlaceholderText(tr("Optional: docker config.json (default ~/.docker/config.json)"));
    m_output = fileField(QStringLiteral("exportOutput"), tr("Bundle file"), browseOutput);
    m_platform = new QLineEdit(QStringLiteral("linux/amd64"), this);
    m_platform->setObjectName(QStringLiteral("exportPlatform"));
    m_platform->setAccessibleName(tr("Image platform"));
    m_platform->setToolTip(tr("The platform taken from multi-platform images: OS/ARCH[/VARIANT]"));
    m_includeHelm->setObjectName(QStringLiteral("exportIncludeHelm"));
    m_includeHelm->setAccessibleName(tr("Include helm"));
    m_includeSecrets->setObjectName(QStringLiteral("exportIncludeSecrets"));
    m_includeSecrets->setAccessibleName(tr("Include secrets"));
    m_secretsWarning->setObjectName(QStringLiteral("exportSecretsWarning"));
    m_secretsWarning->setWordWrap(true);
    m_secretsWarning->setText(tr("Anyone who gets the bundle file can read these secrets. Without them, "
                                 "the installing site enters its own."));
    m_secretsWarning->hide();
    m_generateKey->setObjectName(QStringLiteral("exportGenerateKey"));
    m_generateKey->setToolTip(tr("A new minisign key pair in a folder you choose: slipway.key (keep it "
                                 "private) and slipway.pub (give it to the sites that import)"));
    m_plainHttp->setObjectName(QStringLiteral("exportPlainHttp"));
    m_plainHttp->setAccessibleName(tr("Plain http for local registries"));
    m_error->setObjectName(QStringLiteral("exportOptionsError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->hide();

    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Product:"), row(this, m_product, m_openChart));
    form->addRow(tr("&Answers:"), row(this, m_answers, browseAnswers));
    form->addRow(tr("&Values:"), row(this, m_values, browseValues));
    form->addRow(tr("Image p&latform:"), m_platform);
    form->addRow(QString(), m_includeHelm);
    form->addRow(QString(), m_includeSecrets);
    form->addRow(QString(), m_secretsWarning);
    form->addRow(tr("Signing &key:"), row(this, m_signingKey, browseKey, m_generateKey));
    form->addRow(tr("&Credentials:"), row(this, m_dockerConfig, browseDocker));
    form->addRow(QString(), m_plainHttp);
    form->addRow(tr("Bundle &file:"), row(this, m_output, browseOutput));
    form->addRow(m_error);

    connect(m_product, &QComboBox::currentIndexChanged, this, &ExportOptionsPage::productChosen);
    connect(m_includeSecrets, &QCheckBox::toggled, m_secretsWarning, &QWidget::setVisible);
    connect(m_platform, &QLineEdit::textChanged, this, &ExportOptionsPage::completeChanged);
    connect(m_output, &QLineEdit::textChanged, this, &ExportOptionsPage::completeChanged);
    connect(m_openChart, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Open a Chart"), QString(),
                                                          tr("Helm charts (Chart.yaml *.tgz *.tar.gz);;All files (*)"));
        if (!file.isEmpty())
            openChart(QFileInfo(file).fileName() == QLatin1String("Chart.yaml") ? QFileInfo(file).absolutePath() : file);
    });
    auto pick = [this](QLineEdit *field, const QString &caption, const QString &filter) {
        const QString file = QFileDialog::getOpenFileName(this, caption, field->text(), filter);
        if (!file.isEmpty())
            field->setText(file);
    };
    connect(browseAnswers, &QPushButton::clicked, this,
            [this, pick] { pick(m_answers, tr("Answers File"), tr("YAML (*.yaml *.yml);;All files (*)")); });
    connect(browseValues, &QPushButton::clicked, this,
            [this, pick] { pick(m_values, tr("Values File"), tr("YAML (*.yaml *.yml);;All files (*)")); });
    connect(browseKey, &QPushButton::clicked, this,
            [this, pick] { pick(m_signingKey, tr("Signing Key"), tr("minisign secret keys (*.key);;All files (*)")); });
    connect(browseDocker, &QPushButton::clicked, this,
            [this, pick] { pick(m_dockerConfig, tr("Registry Credentials"), tr("docker config (*.json);;All files (*)")); });
    connect(browseOutput, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getSaveFileName(this, tr("Bundle File"), m_output->text(),
                                                          tr("Offline bundles (*.slipway.zip)"));
        if (!file.isEmpty())
            m_output->setText(file);
    });
    connect(m_generateKey, &QPushButton::clicked, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Folder for the New Key Pair"));
        if (!folder.isEmpty())
            generateKeyPair(folder);
    });
    connect(&m_bundled, &QFutureWatcher<Loaded>::finished, this, [this] {
        --m_loading;
        m_listed = true;
        addCharts(m_bundled.result().charts, QString());
        Q_EMIT completeChanged();
        Q_EMIT productsLoaded();
    });
}

ExportOptionsPage::~ExportOptionsPage() = default;

QLineEdit *ExportOptionsPage::fileField(const QString &name, const QString &accessibleName, QPushButton *browse)
{
    auto *field = new QLineEdit(this);
    field->setObjectName(name);
    field->setAccessibleName(accessibleName);
    field->setClearButtonEnabled(true);
    browse->setObjectName(name + QStringLiteral("Browse"));
    browse->setAccessibleName(tr("Browse for the %1").arg(accessibleName.toLower()));
    return field;
}

void ExportOptionsPage::initializePage()
{
    if (m_listed || m_bundled.isRunning())
        return;
    ++m_loading;
    m_bundled.setFuture(QtConcurrent::run([] { return Loaded { ProductCatalog::products(), {} }; }));
}

void ExportOptionsPage::addCharts(const QList<Chart> &charts, const QString &select)
{
    for (const Chart &chart : charts) {
        int index = -1;
        for (int i = 0; i < m_charts.size(); ++i) {
            if (m_charts.at(i).source == chart.source)
                index = i;
        }
        const QString text = tr("%1 %2").arg(chart.descriptor && !chart.descriptor->title.isEmpty()
                                                 ? chart.descriptor->title
                                                 : chart.name,
                                             chart.version);
        if (index < 0) {
            m_charts.append(chart);
            m_product->addItem(text, chart.source);
        } else {
            m_charts[index] = chart;
            m_product->setItemText(index, text);
        }
        m_product->setItemData(m_product->findData(chart.source), chart.source, Qt::ToolTipRole);
    }
    if (!select.isEmpty())
        m_product->setCurrentIndex(m_product->findData(select));
    productChosen();
}

void ExportOptionsPage::openChart(const QString &path)
{
    ++m_loading;
    showError(QString());
    Q_EMIT completeChanged();
    auto *watcher = new QFutureWatcher<Loaded>(this);
    connect(watcher, &QFutureWatcher<Loaded>::finished, this, [this, watcher] {
        watcher->deleteLater();
        --m_loading;
        const Loaded loaded = watcher->result();
        if (!loaded.error.isEmpty())
            showError(loaded.error);
        else
            addCharts(loaded.charts, loaded.charts.first().source);
        Q_EMIT completeChanged();
        Q_EMIT productsLoaded();
    });
    watcher->setFuture(QtConcurrent::run([path] {
        Diagnostics errors;
        Chart chart = ChartLoader::load(path, &errors);
        chart.source = QFileInfo(path).absoluteFilePath();
        if (!errors.isEmpty()) {
            QStringList lines;
            for (const Error &error : std::as_const(errors))
                lines << error.toString();
            return Loaded { {}, tr("%1 cannot be used as a chart:").arg(path) + QLatin1String("\n  ")
                                    + lines.join(QLatin1String("\n  ")) };
        }
        return Loaded { { chart }, {} };
    }));
}

void ExportOptionsPage::productChosen()
{
    const int index = m_product->currentIndex();
    const Chart *chart = index >= 0 && index < m_charts.size() ? &m_charts.at(index) : nullptr;
    m_answers->setEnabled(chart && chart->descriptor && !chart->generatedDescriptor);
    if (chart && (m_output->text().isEmpty() || m_output->text() == m_suggestedOutput)) {
        BundleManifest header;
        header.product = productIdOf(*chart);
        header.chartVersion = chart->version;
        m_suggestedOutput = QDir::home().filePath(header.fileName());
        m_output->setText(m_suggestedOutput);
    }
    Q_EMIT completeChanged();
}

bool ExportOptionsPage::generateKeyPair(const QString &folder)
{
    const auto key = MinisignSecretKey::writePair(folder);
    if (!key) {
        showError(key.error().toString());
        return false;
    }
    showError(QString());
    m_signingKey->setText(QDir(folder).filePath(QStringLiteral("slipway.key")));
    m_signingKey->setCursorPosition(0);
    return true;
}

void ExportOptionsPage::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

QString ExportOptionsPage::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

bool ExportOptionsPage::isComplete() const
{
    PullOptions platform;
    return m_loading == 0 && m_product->currentIndex() >= 0 && !m_output->text().trimmed().isEmpty()
        && platform.setPlatform(m_platform->text().trimmed());
}

ExportChoices ExportOptionsPage::choices() const
{
    ExportChoices c;
    const int index = m_product->currentIndex();
    if (index >= 0 && index < m_charts.size()) {
        c.chart = m_charts.at(index);
        c.productId = productIdOf(c.chart);
    }
    c.answersFile = m_answers->isEnabled() ? m_answers->text().trimmed() : QString();
    c.valuesFile = m_values->text().trimmed();
    c.platform = m_platform->text().trimmed();
    c.includeHelm = m_includeHelm->isChecked();
    c.includeSecrets = m_includeSecrets->isChecked();
    c.signingKey = m_signingKey->text().trimmed();
    c.dockerConfig = m_dockerConfig->text().trimmed();
    c.plainHttp = m_plainHttp->isChecked();
    c.output = m_output->text().trimmed();
    return c;
}

// Small files only: a key, an answers file.
bool ExportOptionsPage::validatePage()
{
    const ExportChoices c = choices();
    if (!c.signingKey.isEmpty()) {
        if (const auto key = MinisignSecretKey::load(c.signingKey); !key) {
            showError(tr("Signing key: %1").arg(key.error().toString()));
            return false;
        }
    }
    if (!c.answersFile.isEmpty()) {
        if (const auto answers = AnswersFile::read(c.answersFile, *c.chart.descriptor); !answers) {
            showError(tr("Answers: %1").arg(answers.error().toString()));
            return false;
        }
    }
    for (const QString &file : { c.valuesFile, c.dockerConfig }) {
        if (!file.isEmpty() && !QFileInfo(file).isFile()) {
            showError(tr("%1 is not a file.").arg(file));
            return false;
        }
    }
    if (QFileInfo(c.output).isDir() || !QFileInfo(QFileInfo(c.output).absolutePath()).isDir()) {
        showError(tr("The bundle cannot be written to %1: choose a file in an existing folder.").arg(c.output));
        return false;
    }
    showError(QString());
    return true;
}

} // namespace Slipway
