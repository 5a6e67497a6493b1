#pragma once

#include "RegistryHttp.h"
#include "core/Expected.h"
#include "helm/HelmRequest.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace Slipway {

// A classic Helm chart repository (an HTTP folder with index.yaml, as `helm repo add` reads it):
// its charts listed from index.yaml, and one chart version fetched and checked against the
// digest the index gives for it before anything reads it. Blocking: run it off the GUI thread.
// https, or plain http to this machine only (as for registries): a chart from a repository
// reached in clear over the network could be swapped on the way together with its digest.
class HelmRepository
{
    Q_DECLARE_TR_FUNCTIONS(Slipway::HelmRepository)

public:
    struct ChartVersion
    {
        QString name;
        QString version;
        QString appVersion;
        QString description;
        QStringList urls; // absolute (relative ones resolved against the repository)
        QString digest; // "sha256:<hex>"; empty when the index gives none (then refused)
        bool deprecated = false;
    };

    explicit HelmRepository(QString url, RegistryTls tls = {});

    // Every chart version of index.yaml, by chart name, each chart's versions in the index's
    // order (helm writes the newest first). Errors name the repository and what is wrong.
    Expected<QList<ChartVersion>> index();
    // Downloads `chart` into `folder` (created), checks its sha256 against the index's digest
    // and returns the .tgz's path; a file that does not match is deleted and the digests named.
    Expected<QString> fetch(const ChartVersion &chart, const QString &folder);
    void cancel() { m_http.cancel(); }

    // A chart in an OCI registry, `oci://host[:port]/path/chart[:version]`, as the helm pull that
    // fetches it into `destination` (--plain-http for a registry on this machine; https
    // elsewhere). An error names what is wrong with the reference.
    static Expected<HelmRequest> ociPull(const QString &reference, const QString &destination);

    // index.yaml's text → its chart versions; `base` resolves relative URLs.
    static Expected<QList<ChartVersion>> parseIndex(const QByteArray &yaml, const QString &base);

private:
    Expected<QByteArray> get(const QString &url);

    QString m_url; // without a trailing slash
    RegistryHttp m_http;
};

} // namespace Slipway
