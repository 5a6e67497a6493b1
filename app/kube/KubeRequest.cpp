#include "KubeRequest.h"

#include <QStringList>
#include <QUrl>

namespace Slipway {

KubeRequest KubeRequest::get(const QString &path)
{
    KubeRequest r;
    r.path = path;
    return r;
}

KubeRequest KubeRequest::post(const QString &path, const QByteArray &json)
{
    KubeRequest r;
    r.method = Method::Post;
    r.path = path;
    r.body = json;
    return r;
}

KubeRequest &KubeRequest::withQuery(const QString &name, const QString &value)
{
    query.append({ name, value });
    return *this;
}

KubeRequest &KubeRequest::asTable()
{
    accept = "application/json;as=Table;v=v1;g=meta.k8s.io,"
             "application/json;as=Table;v=v1beta1;g=meta.k8s.io,application/json";
    return *this;
}

QString KubeRequest::queryValue(const QString &name) const
{
    for (const auto &[key, value] : query) {
        if (key == name)
            return value;
    }
    return {};
}

QByteArray KubeRequest::encodedPathAndQuery() const
{
    QByteArray out = QUrl::toPercentEncoding(path, "/");
    char separator = '?';
    for (const auto &[key, value] : query) {
        out += separator + QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
        separator = '&';
    }
    return out;
}

// /api/v1/namespaces/ns/pods/name/log  or  /apis/apps/v1/namespaces/ns/deployments
KubeRequest::Target KubeRequest::target() const
{
    Target t;
    QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (parts.size() >= 2 && parts[0] == QLatin1String("api"))
        parts = parts.mid(2);
    else if (parts.size() >= 3 && parts[0] == QLatin1String("apis")) {
        t.group = parts[1];
        parts = parts.mid(3);
    }
    if (parts.size() >= 2 && parts[0] == QLatin1String("namespaces") && parts.size() != 2) {
        t.nameSpace = parts[1];
        parts = parts.mid(2);
    }
    t.resource = parts.value(0);
    t.name = parts.value(1);
    if (parts.size() > 2)
        t.resource += QLatin1Char('/') + parts[2];

    switch (method) {
    case Method::Get:
        if (!t.name.isEmpty())
            t.verb = QStringLiteral("get");
        else
            t.verb = queryValue(QStringLiteral("watch")).isEmpty() ? QStringLiteral("list")
                                                                   : QStringLiteral("watch");
        break;
    case Method::Post:
        t.verb = QStringLiteral("create");
        break;
    case Method::Put:
        t.verb = QStringLiteral("update");
        break;
    case Method::Patch:
        t.verb = QStringLiteral("patch");
        break;
    case Method::Delete:
        t.verb = t.name.isEmpty() ? QStringLiteral("deletecollection") : QStringLiteral("delete");
        break;
    }
    return t;
}

} // namespace Slipway
