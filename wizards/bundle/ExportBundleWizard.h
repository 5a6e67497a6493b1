#pragma once

#include "helm/HelmLocator.h"

#include <QWizard>

namespace Slipway {

class ExportDonePage;
class ExportOptionsPage;
class ExportProgressPage;

// File → Export Offline Bundle… (app/README.md §6): options → progress → the file and the public
// key for the air-gapped site. helm renders the chart; without one given, it is looked for off
// the GUI thread. Closing the wizard stops a running export (no bundle file is left).
class ExportBundleWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportBundleWizard)

public:
    enum PageId
    {
        OptionsPageId = 0,
        ProgressPageId = 1,
        DonePageId = 2,
    };

    explicit ExportBundleWizard(HelmInstallation helm, QWidget *parent = nullptr);
    ~ExportBundleWizard() override;

    ExportOptionsPage *optionsPage() const { return m_options; }
    ExportProgressPage *progressPage() const { return m_progress; }
    ExportDonePage *donePage() const { return m_done; }
    const HelmInstallation &helm() const { return m_helm; }

protected:
    void reject() override;

private:
    HelmInstallation m_helm;
    ExportOptionsPage *m_options = nullptr;
    ExportProgressPage *m_progress = nullptr;
    ExportDonePage *m_done = nullptr;
};

} // namespace Slipway
