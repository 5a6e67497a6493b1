#pragma once

#include "kube/KubeconfigEntries.h"
#include "kube/ProbeResult.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace Slipway {

// The strip at the top of the main window that always answers "which cluster am I about to
// change?": context, server, and whether Slipway can actually talk to it.
class ClusterHeader final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClusterHeader)

public:
    explicit ClusterHeader(QWidget *parent = nullptr);
    ~ClusterHeader() override;

    void showNoCluster();
    void showUnusableConfig(const QString &headline, const QString &error);
    void showConnecting(const ResolvedContext &context);
    void showProbeResult(const ProbeResult &result);
    // A line the cluster's exec credential plugin wrote for the person (a device-code login),
    // added under the status, selectable so a code can be copied.
    void showCredentialMessage(const QString &line);

Q_SIGNALS:
    // Retry, shown while the connection check has failed, was clicked.
    void retryRequested();

private:
    enum class Tone
    {
        Neutral,
        Good,
        Bad
    };
    void setStatus(const QString &text, Tone tone);

    QLabel *m_logo = nullptr;
    QLabel *m_context = nullptr;
    QLabel *m_server = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_warnings = nullptr;
    QPushButton *m_retry = nullptr;
};

} // namespace Slipway
