#pragma once

#include "core/Expected.h"
#include "kube/Kubeconfig.h"

#include <QCoreApplication>

namespace Slipway {

// `contexts` and `connect`: the commands that only need a kubeconfig and the cluster.
class ClusterCommands
{
    Q_DECLARE_TR_FUNCTIONS(Slipway::ClusterCommands)

public:
    enum class Format
    {
        Text,
        Json
    };

    ClusterCommands(QString kubeconfigPath, QString contextName, Format format);

    int contexts() const;
    int connect() const;

private:
    Expected<Kubeconfig> load() const;

    QString m_kubeconfigPath;
    QString m_contextName;
    Format m_format;
};

} // namespace Slipway
