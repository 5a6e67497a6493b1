#pragma once

#include "core/Expected.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Slipway {

// Server-side printing (meta.k8s.io/v1 Table): the columns `kubectl get` shows and the cells the
// server computed with kubectl's own printers — the exact STATUS text of a pod, a node's ROLES,
// a deployment's READY — for any resource, CRDs included. One page of it, as decoded from the
// answer to a KubeRequest::asTable() list; KubeTableList reads all pages.
struct KubeTable
{
    Q_DECLARE_TR_FUNCTIONS(Slipway::KubeTable)

public:
    struct Column
    {
        QString name; // "Name", "Ready", "Nominated Node", …
        QString type; // string, integer, number, boolean, date
        QString format; // "name" for the name column, …
        QString description;
        int priority = 0; // 0: in kubectl's default output; higher: only with -o wide
    };

    // The object's metadata, as the row carries it with includeObject=Metadata (the server's
    // default) or Object; empty with includeObject=None.
    struct ObjectMeta
    {
        QString name;
        QString nameSpace;
        QString uid;
        QString resourceVersion;
        QDateTime creationTimestamp;
        QDateTime deletionTimestamp;
        QJsonObject labels;
        QJsonObject annotations;
    };

    struct Row
    {
        QJsonArray cells; // one per column: string, number, boolean or null
        QJsonArray conditions; // [{type: "Completed", status: "True"}, …] when the server sets any
        QJsonObject object; // PartialObjectMetadata, the whole object, or empty
        ObjectMeta metadata;
    };

    QList<Column> columns;
    QList<Row> rows;
    QString resourceVersion;
    QString continueToken; // empty on the last page

    // A Table answer; an error for anything else (a plain list, a Status, …).
    static Expected<KubeTable> fromJson(const QJsonObject &json);
    // What a server that cannot print a resource (406) answers instead — a plain list — as the
    // table kubectl makes of it: NAME and AGE (age at `now`).
    static KubeTable fromList(const QJsonObject &list, const QDateTime &now);
    static ObjectMeta metadataOf(const QJsonObject &object);

    // A cell as kubectl prints it (cli-runtime printTable): a string up to its first line break
    // (marked "..."), numbers and booleans as Go prints them, null as nothing.
    static QString cellText(const QJsonValue &cell);
    QString text(int row, int column) const;
    QString text(int row, QStringView columnName) const; // by column name, case-insensitive
    int columnIndex(QStringView name) const; // -1 when there is none
    // kubectl's header for a column: its name in upper case ("NOMINATED NODE").
    QString header(int column) const;
    // The columns `kubectl get` prints, in order: priority 0, and all of them when `wide`.
    QList<int> visibleColumns(bool wide) const;
};

} // namespace Slipway
