#pragma once

#include "core/Expected.h"
#include "KubeconfigEntries.h"

#include <QCoreApplication>

namespace Slipway {

// One kubeconfig file, parsed. Merging several of them is Kubeconfig's job.
struct KubeconfigFile
{
    Q_DECLARE_TR_FUNCTIONS(Slipway::KubeconfigFile)

public:
    // `fileName` names the file in errors and anchors relative paths; the file is not read.
    static Expected<KubeconfigFile> parse(const QByteArray &yaml, const QString &fileName);
    static Expected<KubeconfigFile> read(const QString &fileName);

    QString fileName;
    QString currentContext;
    QList<KubeContext> contexts;
    QList<KubeCluster> clusters;
    QList<KubeUser> users;
};

} // namespace Slipway
