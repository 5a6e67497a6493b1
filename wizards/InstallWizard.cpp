#include "InstallWizard.h"

#include "pages/ClusterPage.h"
#include "pages/FieldsPage.h"
#include "pages/InstallPage.h"
#include "pages/PreflightPage.h"
#include "pages/PresetPage.h"
#include "pages/ProductPage.h"
#include "pages/ReviewPage.h"
#include "pages/ValuesPage.h"

#include <QMessageBox>

namespace Slipway {

InstallWizard::InstallWizard(WizardState::Setup setup, QWidget *parent)
    : QWizard(parent)
    , m_state(new WizardState(std::move(setup), this))
    , m_product(new ProductPage(m_state))
    , m_cluster(new ClusterPage(m_state))
    , m_preset(new PresetPage(m_state))
    , m_values(new ValuesPage(m_state))
    , m_review(new ReviewPage(m_state))
    , m_preflight(new PreflightPage(m_state))
    , m_install(new InstallPage(m_state))
{
    setObjectName(QStringLiteral("installWizard"));
    setWindowTitle(m_state->setup().release.isEmpty() ? tr("Install") : tr("Upgrade"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setMinimumSize(760, 600);
    setPage(ProductPageId, m_product);
    setPage(ClusterPageId, m_cluster);
    setPage(PresetPageId, m_preset);
    setPage(ValuesPageId, m_values);
    setPage(ReviewPageId, m_review);
    setPage(PreflightPageId, m_preflight);
    setPage(InstallPageId, m_install);
    setStartId(ProductPageId);
    connect(m_state, &WizardState::chartChanged, this, &InstallWizard::rebuildFieldsPages);
    if (!m_state->setup().release.isEmpty()) {
        // An upgrade opens on the product's first page: product and cluster are known already.
        connect(m_product, &ProductPage::productsLoaded, this, [this] {
            if (currentId() == ProductPageId && m_product->isComplete())
                next();
        });
        connect(m_cluster, &ClusterPage::settled, this, [this] {
            if (currentId() == ClusterPageId && m_cluster->isComplete() && !m_openedUpgrade) {
                m_openedUpgrade = true;
                next();
            }
        });
    }
}

InstallWizard::~InstallWizard() = default;

void InstallWizard::rebuildFieldsPages()
{
    for (int id : std::as_const(m_fieldsPageIds)) {
        QWizardPage *old = page(id);
        removePage(id);
        delete old;
    }
    m_fieldsPageIds.clear();
    const Descriptor *descriptor = m_state->descriptor();
    if (!descriptor)
        return;
    for (int i = 0; i < descriptor->pages.size(); ++i) {
        const int id = FirstFieldsPageId + i;
        setPage(id, new FieldsPage(m_state, descriptor->pages.at(i)));
        m_fieldsPageIds << id;
    }
}

FieldsPage *InstallWizard::fieldsPage(const QString &pageId) const
{
    for (int id : m_fieldsPageIds) {
        auto *fields = static_cast<FieldsPage *>(page(id));
        if (fields->pageId() == pageId)
            return fields;
    }
    return nullptr;
}

int InstallWizard::firstAskedPageFrom(int id) const
{
    const ValuesComposer *composer = m_state->composer();
    const Answers &answers = m_state->plan().answers;
    for (int next : m_fieldsPageIds) {
        if (next < id)
            continue;
        // A page is shown when one of its fields is asked, or it has `info:` to show.
        if (composer->isPageShown(m_state->descriptor()->pages.at(next - FirstFieldsPageId), answers))
            return next;
    }
    return ReviewPageId;
}

int InstallWizard::nextId() const
{
    const int current = currentId();
    const Descriptor *descriptor = m_state->descriptor();
    switch (current) {
    case ProductPageId:
        return ClusterPageId;
    case ClusterPageId:
        if (!m_state->chart() || !descriptor)
            return ValuesPageId;
        if (!descriptor->environments.isEmpty() || !descriptor->sizes.isEmpty())
            return PresetPageId;
        return firstAskedPageFrom(FirstFieldsPageId);
    case PresetPageId:
        return firstAskedPageFrom(FirstFieldsPageId);
    case ValuesPageId:
        return ReviewPageId;
    case ReviewPageId:
        return PreflightPageId;
    case PreflightPageId:
        return InstallPageId;
    case InstallPageId:
        return -1;
    default:
        return firstAskedPageFrom(current + 1);
    }
}

void InstallWizard::reject()
{
    if (m_install->isRunning()) {
        const auto answer = QMessageBox::question(
            this, windowTitle(),
            tr("Stop the %1 now? helm marks the revision failed and rolls the release back.")
                .arg(m_state->isUpgrade() ? tr("upgrade") : tr("install")),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes)
            return;
        m_install->cancel();
    }
    QWizard::reject();
}

} // namespace Slipway
