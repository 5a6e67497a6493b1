#include "Kubeconfig.h"

#include "KubeconfigFile.h"
#include "Logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <algorithm>

namespace Slipway {

namespace {

template<typename Entry> void appendNew(QList<Entry> &into, const QList<Entry> &from)
{
    for (const Entry &entry : from) {
        const bool known = std::any_of(into.cbegin(), into.cend(),
                                       [&](const Entry &e) { return e.name == entry.name; });
        if (!known)
            into.append(entry);
    }
}

template<typename Entry>
std::optional<Entry> findByName(const QList<Entry> &list, const QString &name)
{
    for (const Entry &entry : list) {
        if (entry.name == name)
            return entry;
    }
    return std::nullopt;
}

} // namespace

Kubeconfig::Sources Kubeconfig::sourcesFromEnvironment(const QString &explicitPath)
{
    // SLIPWAY_SERVICEACCOUNT_DIR exists so tests can mount a service account elsewhere.
    const QString accountDir = qEnvironmentVariable(
        "SLIPWAY_SERVICEACCOUNT_DIR", QStringLiteral("/var/run/secrets/kubernetes.io/serviceaccount"));
    return Sources { explicitPath, qEnvironmentVariable("KUBECONFIG"), QDir::homePath(),
                     InCluster { qEnvironmentVariable("KUBERNETES_SERVICE_HOST"),
                                 qEnvironmentVariable("KUBERNETES_SERVICE_PORT"), accountDir,
                                 qEnvironmentVariable("POD_NAMESPACE") } };
}

Expected<Kubeconfig> Kubeconfig::load(const Sources &sources)
{
    Expected<Kubeconfig> files = loadFiles(sources);
    // Only an empty result falls back: a broken file is an error to fix, not a reason to switch
    // clusters, and --kubeconfig always means that file.
    if (files && files->isEmpty() && sources.explicitPath.isEmpty()) {
        if (std::optional<Kubeconfig> pod = fromServiceAccount(sources.inCluster))
            return *pod;
    }
    return files;
}

std::optional<Kubeconfig> Kubeconfig::fromServiceAccount(const InCluster &source)
{
    const QDir account(source.serviceAccountDir);
    const QFileInfo token(account.filePath(QStringLiteral("token")));
    if (source.serviceHost.isEmpty() || source.servicePort.isEmpty() || source.serviceAccountDir.isEmpty()
        || !token.exists() || token.isDir())
        return std::nullopt;
    const QString name = QStringLiteral("in-cluster");
    // IPv6 addresses need brackets in a URL.
    const QString host = source.serviceHost.contains(QLatin1Char(':'))
        ? QLatin1Char('[') + source.serviceHost + QLatin1Char(']')
        : source.serviceHost;
    KubeCluster cluster;
    cluster.name = name;
    cluster.server = QLatin1String("https://") + host + QLatin1Char(':') + source.servicePort;
    const QString ca = account.filePath(QStringLiteral("ca.crt"));
    if (QFileInfo(ca).isReadable())
        cluster.certificateAuthorityFile = ca;
    cluster.origin = source.serviceAccountDir;
    KubeUser user;
    user.name = name;
    user.tokenFile = token.filePath(); // re-read when it changes, as projected tokens rotate
    user.origin = source.serviceAccountDir;
    KubeContext context;
    context.name = name;
    context.cluster = name;
    context.user = name;
    context.nameSpace = source.podNamespace;
    if (context.nameSpace.isEmpty()) {
        QFile file(account.filePath(QStringLiteral("namespace")));
        if (file.open(QIODevice::ReadOnly))
            context.nameSpace = QString::fromUtf8(file.readAll()).trimmed();
    }
    Kubeconfig config;
    config.m_inCluster = true;
    config.m_currentContext = name;
    config.m_contexts = { context };
    config.m_clusters = { cluster };
    config.m_users = { user };
    qCInfo(lcKube) << "no kubeconfig; using the in-cluster service account at" << cluster.server;
    return config;
}

Expected<Kubeconfig> Kubeconfig::loadFiles(const Sources &sources)
{
    if (!sources.explicitPath.isEmpty()) {
        if (!QFileInfo::exists(sources.explicitPath))
            return Error { tr("the kubeconfig file does not exist"), sources.explicitPath };
        return merge({ sources.explicitPath });
    }
    if (!sources.kubeconfigEnv.isEmpty()) {
        QStringList files;
        for (const QString &entry : sources.kubeconfigEnv.split(QDir::listSeparator())) {
            if (entry.isEmpty() || files.contains(entry))
                continue;
            if (QFileInfo::exists(entry))
                files.append(entry);
            else
                qCDebug(lcKube) << "skipping missing kubeconfig" << entry;
        }
        if (files.isEmpty())
            qCWarning(lcKube) << "none of the files in KUBECONFIG exists";
        return merge(files);
    }
    const QString home = QDir(sources.homeDir).filePath(QStringLiteral(".kube/config"));
    return merge(QFileInfo::exists(home) ? QStringList { home } : QStringList {});
}

Expected<Kubeconfig> Kubeconfig::merge(const QStringList &files)
{
    Kubeconfig merged;
    for (const QString &fileName : files) {
        Expected<KubeconfigFile> file = KubeconfigFile::read(fileName);
        if (!file) // a file that exists but cannot be parsed is fatal, as with kubectl
            return file.error();
        merged.m_files.append(fileName);
        if (merged.m_currentContext.isEmpty())
            merged.m_currentContext = file->currentContext;
        appendNew(merged.m_contexts, file->contexts);
        appendNew(merged.m_clusters, file->clusters);
        appendNew(merged.m_users, file->users);
    }
    return merged;
}

bool Kubeconfig::isEmpty() const
{
    return m_contexts.isEmpty() && m_clusters.isEmpty() && m_users.isEmpty();
}

std::optional<KubeContext> Kubeconfig::context(const QString &name) const
{
    return findByName(m_contexts, name);
}

std::optional<KubeCluster> Kubeconfig::cluster(const QString &name) const
{
    return findByName(m_clusters, name);
}

std::optional<KubeUser> Kubeconfig::user(const QString &name) const
{
    return findByName(m_users, name);
}

Expected<ResolvedContext> Kubeconfig::resolve(const QString &name) const
{
    if (isEmpty())
        return Error { tr("no kubeconfig was found, so no cluster is configured") };
    const QString contextName = name.isEmpty() ? m_currentContext : name;
    if (contextName.isEmpty())
        return Error { tr("the kubeconfig sets no current context; choose one of its contexts") };

    const auto ctx = context(contextName);
    if (!ctx)
        return Error { tr("context “%1” does not exist").arg(contextName) };
    const auto clu = cluster(ctx->cluster);
    if (!clu)
        return Error {
            tr("cluster “%1” of context “%2” does not exist").arg(ctx->cluster, contextName)
        };
    if (clu->server.isEmpty())
        return Error { tr("cluster “%1” has no server address").arg(clu->name), clu->origin };
    if (!clu->certificateAuthorityFile.isEmpty() && !clu->certificateAuthorityData.isEmpty())
        return Error { tr("cluster “%1” sets both certificate-authority and "
                          "certificate-authority-data; keep one")
                           .arg(clu->name),
                       clu->origin };
    if (clu->insecureSkipTlsVerify
        && (!clu->certificateAuthorityFile.isEmpty() || !clu->certificateAuthorityData.isEmpty()))
        return Error { tr("cluster “%1” sets a certificate authority together with "
                          "insecure-skip-tls-verify; keep one")
                           .arg(clu->name),
                       clu->origin };

    // An empty user name is allowed: the cluster is then used anonymously.
    KubeUser account;
    if (!ctx->user.isEmpty()) {
        const auto found = user(ctx->user);
        if (!found)
            return Error {
                tr("user “%1” of context “%2” does not exist").arg(ctx->user, contextName)
            };
        account = *found;
    }
    const bool certData
        = !account.clientCertificateData.isEmpty() || !account.clientKeyData.isEmpty();
    const bool certFiles
        = !account.clientCertificateFile.isEmpty() || !account.clientKeyFile.isEmpty();
    if (certData && certFiles)
        return Error {
            tr("user “%1” sets client certificate data and files; keep one").arg(account.name),
            account.origin
        };
    const bool hasCert
        = !account.clientCertificateData.isEmpty() || !account.clientCertificateFile.isEmpty();
    const bool hasKey = !account.clientKeyData.isEmpty() || !account.clientKeyFile.isEmpty();
    if (hasCert != hasKey)
        return Error {
            tr("user “%1” needs both a client certificate and its key").arg(account.name),
            account.origin
        };
    return ResolvedContext { *ctx, *clu, account };
}

} // namespace Slipway
