#pragma once

#include "WizardState.h"

#include <QWizard>

namespace Slipway {

class ClusterPage;
class FieldsPage;
class InstallPage;
class PreflightPage;
class PresetPage;
class ProductPage;
class ReviewPage;
class ValuesPage;

// The install and upgrade wizard (app/README.md §1 and §10): Product → Cluster → the product's presets and
// pages (installer.yaml, skipping pages whose `when` is false; the YAML of values.yaml for a
// chart without one) → Review → Preflight → Install. It owns one WizardState and with it one
// InstallPlan; the pages read and write it. An existing release of the chosen name makes it an
// upgrade, prefilled from the values the release runs with. Closing it stops whatever runs
// (cluster reads, the dry run, preflight); an install in progress is cancelled only when the
// administrator confirms, since helm then rolls it back.
class InstallWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InstallWizard)

public:
    enum PageId
    {
        ProductPageId = 0,
        ClusterPageId = 1,
        PresetPageId = 2,
        ValuesPageId = 3,
        FirstFieldsPageId = 100, // one per descriptor page, in order
        ReviewPageId = 900,
        PreflightPageId = 901,
        InstallPageId = 902,
    };

    explicit InstallWizard(WizardState::Setup setup, QWidget *parent = nullptr);
    ~InstallWizard() override;

    WizardState *state() const { return m_state; }
    int nextId() const override;

    ProductPage *productPage() const { return m_product; }
    ClusterPage *clusterPage() const { return m_cluster; }
    PresetPage *presetPage() const { return m_preset; }
    ValuesPage *valuesPage() const { return m_values; }
    ReviewPage *reviewPage() const { return m_review; }
    PreflightPage *preflightPage() const { return m_preflight; }
    InstallPage *installPage() const { return m_install; }
    // The page of the product's installer.yaml with this id; nullptr when there is none.
    FieldsPage *fieldsPage(const QString &pageId) const;

protected:
    void reject() override;

private:
    void rebuildFieldsPages();
    int firstAskedPageFrom(int id) const;

    WizardState *m_state = nullptr;
    ProductPage *m_product = nullptr;
    ClusterPage *m_cluster = nullptr;
    PresetPage *m_preset = nullptr;
    ValuesPage *m_values = nullptr;
    ReviewPage *m_review = nullptr;
    PreflightPage *m_preflight = nullptr;
    InstallPage *m_install = nullptr;
    QList<int> m_fieldsPageIds;
    bool m_openedUpgrade = false;
};

} // namespace Slipway
