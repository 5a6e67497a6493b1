#include "ManifestObjects.h"

#include <QRegularExpression>
#include <QStringList>

namespace Slipway {

QList<ManifestObject> ManifestObjects::parse(const QString &manifest)
{
    static const QRegularExpression separator(QStringLiteral("^---[^\\n]*$"),
                                              QRegularExpression::MultilineOption);
    static const QRegularExpression kind(QStringLiteral("^kind:\\s*[\"']?([A-Za-z0-9]+)"),
                                         QRegularExpression::MultilineOption);
    static const QRegularExpression keep(
        QStringLiteral("^[\"']?helm\\.sh/resource-policy[\"']?:\\s*[\"']?keep[\"']?$"));
    QList<ManifestObject> objects;
    const QStringList documents = manifest.split(separator);
    for (const QString &document : documents) {
        const QRegularExpressionMatch kindMatch = kind.match(document);
        if (!kindMatch.hasMatch())
            continue;
        ManifestObject object;
        object.kind = kindMatch.captured(1);
        // metadata's own keys are the first indented block under `metadata:`; nested maps
        // (labels, annotations) are indented deeper and never mistaken for its name.
        bool inMetadata = false;
        int indent = -1;
        const QStringList lines = document.split(QLatin1Char('\n'));
        for (const QString &line : lines) {
            if (!inMetadata) {
                inMetadata = line.startsWith(QLatin1String("metadata:"));
                continue;
            }
            if (line.trimmed().isEmpty() || line.trimmed().startsWith(QLatin1Char('#')))
                continue;
            const QString entry = line.trimmed();
            const qsizetype spaces = line.indexOf(entry);
            if (spaces == 0)
                break; // metadata ended
            if (keep.match(entry).hasMatch())
                object.kept = true; // an annotation, at any depth of metadata
            if (indent < 0)
                indent = int(spaces);
            if (spaces != indent)
                continue;
            auto value = [&entry](qsizetype colon) {
                QString v = entry.mid(colon + 1).trimmed();
                if (v.size() >= 2 && (v.startsWith(QLatin1Char('"')) || v.startsWith(QLatin1Char('\''))))
                    v = v.mid(1, v.size() - 2);
                return v;
            };
            if (entry.startsWith(QLatin1String("name:")))
                object.name = value(4);
            else if (entry.startsWith(QLatin1String("namespace:")))
                object.nameSpace = value(9);
        }
        if (!object.name.isEmpty())
            objects.append(object);
    }
    return objects;
}

} // namespace Slipway
