#pragma once

#include "product/YamlReader.h"

#include <QJsonObject>
#include <QList>
#include <QRegularExpression>
#include <QtGlobal>

namespace Slipway::PreflightFixtures {

// Rendered manifests as the caller hands them over: one JSON object per YAML document.
inline QList<QJsonObject> manifests(const QString &yaml)
{
    QList<QJsonObject> documents;
    static const QRegularExpression separator(QStringLiteral("^---$"),
                                              QRegularExpression::MultilineOption);
    for (const QString &document : yaml.split(separator)) {
        Diagnostics errors;
        const ValueTree tree = YamlReader::parseAny(document.toUtf8(), QStringLiteral("inline.yaml"),
                                                    &errors);
        if (!errors.isEmpty())
            qFatal("inline manifests: %s", qPrintable(errors.first().toString()));
        if (tree.isMap() && tree.size() > 0)
            documents.append(tree.toJson().toObject());
    }
    return documents;
}

// One object from inline YAML (a live object, a namespace).
inline QJsonObject object(const QString &yaml)
{
    const QList<QJsonObject> documents = manifests(yaml);
    return documents.isEmpty() ? QJsonObject() : documents.first();
}

} // namespace Slipway::PreflightFixtures
