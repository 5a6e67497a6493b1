#pragma once

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

// The JSON fixtures of tests/unit/fixtures/kube, whose folder the build passes in as
// SLIPWAY_KUBE_FIXTURES. The e2e tests replay some of them against the testbed.
inline QJsonObject kubeFixture(const QString &fileName)
{
    QFile file(QStringLiteral(SLIPWAY_KUBE_FIXTURES "/") + fileName);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the fixture %s", qPrintable(file.fileName()));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("fixture %s: %s", qPrintable(file.fileName()), qPrintable(error.errorString()));
    return doc.object();
}
