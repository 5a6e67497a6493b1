#include "HelmRepository.h"

#include "Sha256.h"
#include "core/PrivateFile.h"
#include "kube/CurlOptions.h"
#include "product/YamlReader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QUrl>

namespace Slipway {

namespace {

// https anywhere; http only to this machine.
std::optional<QString> unsafe(const QUrl &url)
{
    if (url.scheme() == QLatin1String("https"))
        return std::nullopt;
    if (url.scheme() == QLatin1String("http") && CurlOptions::isLoopbackHost(url.host()))
        return std::nullopt;
    if (url.scheme() == QLatin1String("http"))
        return HelmRepository::tr("%1 is plain http to another machine: use its https address (a "
                                  "chart fetched in clear could be swapped on the way, digest and all).")
            .arg(url.toString());
    return HelmRepository::tr("%1 is not an http(s) address of a chart repository (an oci:// "
                              "reference is a registry, not a repository).")
        .arg(url.toString());
}

} // namespace

HelmRepository::HelmRepository(QString url, RegistryTls tls)
    : m_url(std::move(url))
    , m_http(std::move(tls))
{
    while (m_url.endsWith(u'/'))
        m_url.chop(1);
}

Expected<QByteArray> HelmRepository::get(const QString &url)
{
    const QUrl parsed(url);
    if (!parsed.isValid() || parsed.host().isEmpty())
        return Error(tr("“%1” is not a URL").arg(url));
    if (const std::optional<QString> problem = unsafe(parsed))
        return Error(*problem);
    HttpRequest request;
    request.url = parsed.toEncoded();
    const HttpResponse response = m_http.send(request);
    if (response.cancelled)
        return Error(tr("cancelled"));
    if (!response.transportError.isEmpty())
        return Error(tr("%1 cannot be reached: %2").arg(url, response.transportError));
    if (!response.ok())
        return Error(tr("%1 answered HTTP %2").arg(url).arg(response.status));
    return response.body;
}

Expected<HelmRequest> HelmRepository::ociPull(const QString &reference, const QString &destination)
{
    static const QRegularExpression shape(
        QStringLiteral("^oci://([A-Za-z0-9.-]+(?::[0-9]+)?)/([a-z0-9._/-]+?)(?::([A-Za-z0-9._+-]+))?$"));
    const QRegularExpressionMatch m = shape.match(reference.trimmed());
    if (!m.hasMatch())
        return Error(tr("“%1” is not an OCI chart reference: write oci://registry/path/chart, "
                        "optionally with :version")
                         .arg(reference));
    HelmRequest request;
    request.action = HelmRequest::Action::Pull;
    request.chart = QStringLiteral("oci://%1/%2").arg(m.captured(1), m.captured(2));
    request.version = m.captured(3);
    request.destination = destination;
    request.plainHttp = CurlOptions::isLoopbackHost(QUrl(QStringLiteral("//") + m.captured(1)).host());
    return request;
}

Expected<QList<HelmRepository::ChartVersion>> HelmRepository::index()
{
    const QString url = m_url + QStringLiteral("/index.yaml");
    const Expected<QByteArray> body = get(url);
    if (!body)
        return Error(tr("The chart repository's index cannot be read: %1").arg(body.error().message));
    return parseIndex(*body, m_url + u'/');
}

Expected<QList<HelmRepository::ChartVersion>> HelmRepository::parseIndex(const QByteArray &yaml,
                                                                          const QString &base)
{
    Diagnostics problems;
    const ValueTree index = YamlReader::parse(yaml, QStringLiteral("index.yaml"), &problems);
    if (!problems.isEmpty())
        return Error(tr("%1index.yaml is not YAML: %2").arg(base, problems.constFirst().toString()));
    const ValueTree *entries = index.value(QStringLiteral("entries"));
    if (!index.isMap() || !entries || !entries->isMap())
        return Error(tr("%1index.yaml has no “entries”: it is not a Helm chart repository's index.")
                         .arg(base));
    QList<ChartVersion> charts;
    for (const ValueTree::Entry &entry : entries->entries()) {
        for (const ValueTree &item : entry.value.items()) {
            if (!item.isMap())
                continue;
            const auto text = [&item](const char *key) {
                const ValueTree *v = item.value(QString::fromLatin1(key));
                return v ? v->toString() : QString();
            };
            ChartVersion chart;
            chart.name = text("name").isEmpty() ? entry.key : text("name");
            chart.version = text("version");
            chart.appVersion = text("appVersion");
            chart.description = text("description");
            const ValueTree *deprecated = item.value(QStringLiteral("deprecated"));
            chart.deprecated = deprecated && deprecated->toBool();
            const QString digest = text("digest");
            if (!digest.isEmpty())
                chart.digest = digest.startsWith(QLatin1String("sha256:")) ? digest
                                                                           : QStringLiteral("sha256:") + digest;
            if (const ValueTree *urls = item.value(QStringLiteral("urls"))) {
                for (const ValueTree &u : urls->items())
                    chart.urls << QUrl(base).resolved(QUrl(u.toString())).toString();
            }
            if (chart.version.isEmpty() || chart.urls.isEmpty())
                continue; // nothing to fetch
            charts << chart;
        }
    }
    if (charts.isEmpty())
        return Error(tr("%1index.yaml lists no chart that can be fetched.").arg(base));
    return charts;
}

Expected<QString> HelmRepository::fetch(const ChartVersion &chart, const QString &folder)
{
    if (chart.digest.isEmpty())
        return Error(tr("The repository's index gives no digest for %1 %2, so it cannot be checked; "
                        "Slipway does not install a chart it cannot check.")
                         .arg(chart.name, chart.version));
    const QString url = chart.urls.constFirst();
    const Expected<QByteArray> body = get(url);
    if (!body)
        return Error(tr("%1 %2 cannot be downloaded: %3").arg(chart.name, chart.version, body.error().message));
    const QString actual = Sha256::digestOf(*body);
    if (actual != chart.digest)
        return Error(tr("%1 from %2 is not the chart the index describes: its digest is %3, the "
                        "index says %4. Nothing was kept.")
                         .arg(QFileInfo(QUrl(url).path()).fileName(), url, actual, chart.digest));
    if (!QDir().mkpath(folder))
        return Error(tr("cannot create the folder"), folder);
    const QString path = QDir(folder).filePath(QStringLiteral("%1-%2.tgz").arg(chart.name, chart.version));
    const Expected<void> written = PrivateFile::write(path, *body, PrivateFile::Mode::Replace);
    if (!written)
        return written.error();
    return path;
}

} // namespace Slipway
