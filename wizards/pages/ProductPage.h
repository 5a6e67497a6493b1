#pragma once

#include <QFutureWatcher>
#include <QHash>
#include <QWizardPage>

#include "product/Chart.h"
#include "core/Error.h"

class QLabel;
class QListView;
class QPushButton;

namespace Slipway {

class OpenBundleDialog;
class RepositoryDialog;

class ProductListModel;
class WizardState;

// Step 1: which product. The bundled products (ProductCatalog) are read off the GUI thread and
// listed with icon, title, description and versions; "Open chart…" adds a chart folder or .tgz
// (one without installer.yaml installs from its values.yaml); "Open Bundle…" an offline bundle,
// whose chart then installs with the bundle's values below the answers. A chart that cannot be
// used is refused here, with every problem the loader found.
class ProductPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProductPage)

public:
    explicit ProductPage(WizardState *state, QWidget *parent = nullptr);
    ~ProductPage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    ProductListModel *model() const { return m_model; }
    // Loads a chart folder or .tgz off the GUI thread, adds it and selects it.
    void openChart(const QString &path);
    // Open Repository…: the dialog, then the chart it fetched (openChart). Returns the dialog so
    // a test can drive it; it deletes itself when closed.
    RepositoryDialog *openRepository();
    // Open Bundle…: the dialog (verify, push the images, rewrite the values), then the bundle's
    // chart (openChart) with its rewritten values as the plan's base values. Returns the dialog
    // so a test can drive it; it deletes itself when closed.
    OpenBundleDialog *openBundle();
    bool isLoading() const { return m_loading > 0; }

Q_SIGNALS:
    void productsLoaded();

private:
    struct Loaded
    {
        QList<Chart> charts;
        QStringList errors;
        QString formProblem; // why a chart without installer.yaml got no form from its schema
    };
    void showSelected();
    void selectProduct(const QString &id);

    WizardState *m_state = nullptr;
    ProductListModel *m_model = nullptr;
    QListView *m_list = nullptr;
    QLabel *m_details = nullptr;
    QLabel *m_error = nullptr;
    QHash<QString, QString> m_formProblems; // chart source → Loaded::formProblem
    QPushButton *m_open = nullptr;
    QPushButton *m_openRepository = nullptr;
    QPushButton *m_openBundle = nullptr;
    QHash<QString, QString> m_bundleValues; // a bundle's chart file → its rewritten values file
    QFutureWatcher<Loaded> m_bundled;
    int m_loading = 0;
    bool m_listed = false;
};

} // namespace Slipway
