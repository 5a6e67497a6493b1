#pragma once

// What the preflight tests share: rendered manifests as the checks take them (one JSON object
// per YAML document), read from text or from tests/unit/fixtures/preflight.

#include "preflight/PreflightReport.h"
#include "product/YamlReader.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QRegularExpression>
#include <QTest>
#include <QtGlobal>

namespace Slipway::PreflightFixtures {

// One JSON value per YAML document of `text` ("---" lines between them); empty documents are
// left out.
inline QList<QJsonObject> yamlDocuments(const QString &text, const QString &fileName)
{
    QList<QJsonObject> documents;
    static const QRegularExpression separator(QStringLiteral("^---$"),
                                              QRegularExpression::MultilineOption);
    for (const QString &document : text.split(separator)) {
        Diagnostics errors;
        const ValueTree tree = YamlReader::parseAny(document.toUtf8(), fileName, &errors);
        if (!errors.isEmpty())
            qFatal("%s: %s", qPrintable(fileName), qPrintable(errors.first().toString()));
        if (tree.isMap() && tree.size() > 0)
            documents.append(tree.toJson().toObject());
    }
    return documents;
}

// One YAML document as a JSON object.
inline QJsonObject yamlObject(const QString &text)
{
    const QList<QJsonObject> documents = yamlDocuments(text, QStringLiteral("inline"));
    return documents.isEmpty() ? QJsonObject() : documents.first();
}

// The check's verdict, exactly, and a fragment of its remediation (empty: it has none).
inline void verifyCheck(const PreflightCheck &check, const QString &id, const QString &title,
                        PreflightCheck::Severity severity, const QString &message,
                        const QStringList &items, const QString &remediation)
{
    QCOMPARE(check.id, id);
    QCOMPARE(check.title, title);
    QCOMPARE(check.message, message);
    QCOMPARE(check.items, items);
    QCOMPARE(check.severity, severity);
    if (remediation.isEmpty())
        QVERIFY2(check.remediation.isEmpty(), qPrintable(check.remediation));
    else
        QVERIFY2(check.remediation.contains(remediation), qPrintable(check.remediation));
}

// Rendered manifests as the caller hands them over, from inline YAML.
inline QList<QJsonObject> manifests(const QString &yaml)
{
    return yamlDocuments(yaml, QStringLiteral("inline.yaml"));
}

// One object from inline YAML (a live object, a namespace).
inline QJsonObject object(const QString &yaml)
{
    return yamlObject(yaml);
}

// Each document as a JSON object.
inline QList<QJsonObject> yamlObjects(const QStringList &documents)
{
    QList<QJsonObject> objects;
    for (const QString &document : documents)
        objects.append(yamlObject(document));
    return objects;
}

#ifdef SLIPWAY_PREFLIGHT_FIXTURES
// A file of tests/unit/fixtures/preflight.
inline QByteArray readFixture(const QString &fileName)
{
    QFile file(QStringLiteral(SLIPWAY_PREFLIGHT_FIXTURES "/") + fileName);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the fixture %s", qPrintable(file.fileName()));
    return file.readAll();
}

inline QJsonObject jsonFixture(const QString &fileName)
{
    return QJsonDocument::fromJson(readFixture(fileName)).object();
}
#endif

} // namespace Slipway::PreflightFixtures
