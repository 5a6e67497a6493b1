#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <utility>

namespace Slipway {

// One call to the API server, as a value: what KubeClient::send() takes. The path is appended to
// the cluster's server URL (keeping any proxy prefix); query values are URL-encoded on sending.
struct KubeRequest
{
    enum class Method
    {
        Get,
        Post,
        Put,
        Patch,
        Delete
    };

    static KubeRequest get(const QString &path);
    static KubeRequest post(const QString &path, const QByteArray &json);

    KubeRequest &withQuery(const QString &name, const QString &value);
    // Server-side printing, exactly the Accept kubectl sends (falls back to plain JSON).
    KubeRequest &asTable();

    Method method = Method::Get;
    QString path;
    QList<std::pair<QString, QString>> query;
    QByteArray body;
    QByteArray contentType = "application/json";
    QByteArray accept = "application/json";
    // A watch or a followed log: no overall time limit, the body is handed over as it arrives,
    // and `timeoutMs` is how long the stream may stay silent before it counts as stalled.
    bool streaming = false;
    int timeoutMs = 30000;
    // 429 and 5xx answers that carry Retry-After are retried up to this many times.
    int maxRetries = 5;

    QString queryValue(const QString &name) const;
    QByteArray encodedPathAndQuery() const;

    // What the request does, in RBAC words, for error messages: verb ("list", "watch", "get",
    // "create", …), API group, resource (with "/subresource"), namespace and name.
    struct Target
    {
        QString verb;
        QString group;
        QString resource;
        QString nameSpace;
        QString name;
    };
    Target target() const;
};

} // namespace Slipway
