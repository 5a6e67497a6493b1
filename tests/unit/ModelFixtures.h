#pragma once

#include "KubeFixtures.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>

// Feeding the live models without a cluster: objects from the JSON fixtures of
// tests/unit/fixtures/kube, given the identity (uid, name, namespace) a Reflector batch carries.

// The object of the case named `name` in a fixture file of cases ({"cases": [{name, <key>}]}).
inline QJsonObject fixtureCase(const QString &file, const QString &name, const QString &key)
{
    for (const QJsonValue &c : kubeFixture(file)[u"cases"].toArray()) {
        if (c[u"name"].toString() == name)
            return c[key].toObject();
    }
    qFatal("no case %s in %s", qPrintable(name), qPrintable(file));
}

inline QJsonObject withIdentity(QJsonObject object, const QString &uid, const QString &name,
                                const QString &nameSpace = QStringLiteral("shop"))
{
    QJsonObject metadata = object[u"metadata"].toObject();
    metadata.insert(QStringLiteral("uid"), uid);
    metadata.insert(QStringLiteral("name"), name);
    metadata.insert(QStringLiteral("namespace"), nameSpace);
    object.insert(QStringLiteral("metadata"), metadata);
    return object;
}

// What a cell shows.
inline QString text(const QAbstractItemModel &model, int row, int column)
{
    return model.index(row, column).data().toString();
}

// Counts the structural signals of a model: what a view would have to redo.
struct ModelSpies
{
    explicit ModelSpies(QAbstractItemModel *model)
        : inserted(model, &QAbstractItemModel::rowsInserted)
        , removed(model, &QAbstractItemModel::rowsRemoved)
        , moved(model, &QAbstractItemModel::rowsMoved)
        , changed(model, &QAbstractItemModel::dataChanged)
        , reset(model, &QAbstractItemModel::modelReset)
        , layout(model, &QAbstractItemModel::layoutChanged)
    { }
    void clear()
    {
        for (QSignalSpy *spy : { &inserted, &removed, &moved, &changed, &reset, &layout })
            spy->clear();
    }
    QSignalSpy inserted;
    QSignalSpy removed;
    QSignalSpy moved;
    QSignalSpy changed;
    QSignalSpy reset;
    QSignalSpy layout;
};
