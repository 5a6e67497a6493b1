#pragma once

#include "product/Chart.h"

#include <QFutureWatcher>
#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Slipway {

// What the Export Offline Bundle wizard's first page chose.
struct ExportChoices
{
    Chart chart;
    QString productId;
    QString answersFile; // installer.yaml answers (a product); empty: the defaults
    QString valuesFile; // a values file, applied after the answers
    QString platform;
    bool includeHelm = false;
    bool includeSecrets = false;
    QString signingKey; // a minisign secret key file; empty: not signed
    QString dockerConfig; // source registry credentials; empty: $DOCKER_CONFIG, ~/.docker
    bool plainHttp = false; // registries on 127.0.0.0/8 only
    QString output;
};

// The export wizard's options: the product (a bundled one, as the install wizard lists them, or
// a chart folder), its answers or values, the image platform, helm and secrets in or out, the
// signing key (or a new key pair), the source registries' credentials and the output file.
// Products and charts are read off the GUI thread.
class ExportOptionsPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportOptionsPage)

public:
    explicit ExportOptionsPage(QWidget *parent = nullptr);
    ~ExportOptionsPage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    ExportChoices choices() const;
    // Adds a chart folder or .tgz (read off the GUI thread) and selects it.
    void openChart(const QString &path);
    // Generate Key Pair…'s work, once a folder is chosen: DIR/slipway.key and DIR/slipway.pub.
    bool generateKeyPair(const QString &folder);
    bool isLoading() const { return m_loading > 0; }
    QString errorText() const;

Q_SIGNALS:
    void productsLoaded();

private:
    struct Loaded
    {
        QList<Chart> charts;
        QString error;
    };
    void addCharts(const QList<Chart> &charts, const QString &select);
    void productChosen();
    void showError(const QString &text);
    QLineEdit *fileField(const QString &name, const QString &accessibleName, QPushButton *browse);

    QList<Chart> m_charts;
    QComboBox *m_product = nullptr;
    QPushButton *m_openChart = nullptr;
    QLineEdit *m_answers = nullptr;
    QLineEdit *m_values = nullptr;
    QLineEdit *m_platform = nullptr;
    QCheckBox *m_includeHelm = nullptr;
    QCheckBox *m_includeSecrets = nullptr;
    QLabel *m_secretsWarning = nullptr;
    QLineEdit *m_signingKey = nullptr;
    QPushButton *m_generateKey = nullptr;
    QLineEdit *m_dockerConfig = nullptr;
    QCheckBox *m_plainHttp = nullptr;
    QLineEdit *m_output = nullptr;
    QLabel *m_error = nullptr;
    QFutureWatcher<Loaded> m_bundled;
    QString m_suggestedOutput; // replaced when the product changes, unless edited
    int m_loading = 0;
    bool m_listed = false;
};

} // namespace Slipway
