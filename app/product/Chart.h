#pragma once

#include "Descriptor.h"
#include "ValueTree.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace Slipway {

struct ChartDependency
{
    QString name;
    QString version;
    QString repository;
    QString condition;
    QString alias;
};

// A product: a Helm chart as Slipway needs it — its identity, default values, schema, installer
// descriptor, README and icon. Templates stay where they are; helm renders them.
struct Chart
{
    QString source; // the folder or .tgz it was loaded from
    QString apiVersion;
    QString name;
    QString version;
    QString appVersion;
    QString kubeVersion;
    QString description;
    QList<ChartDependency> dependencies;

    QByteArray valuesYaml;
    ValueTree defaults; // values.yaml, parsed
    QByteArray schemaJson; // values.schema.json; empty when the chart has none
    std::optional<Descriptor> descriptor; // installer.yaml
    bool generatedDescriptor = false; // descriptor made from values.schema.json (SchemaForm)
    QByteArray readme;
    QString iconFile; // relative to the chart
    QByteArray icon;
};

} // namespace Slipway
