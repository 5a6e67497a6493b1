#pragma once

#include "Issue.h"
#include "ValueTree.h"
#include "core/Expected.h"

#include <QCoreApplication>

namespace Slipway {

enum class SecretHandling {
    SeparateFile, // secrets go to their own file (mode 0600), not the values file
    Omit, // secrets are written nowhere
    Inline, // secrets stay in the values file — only when the administrator asks
};

// The ValuesComposer's result: the complete values Helm will see, the part that differs from
// the chart's defaults, which of it is secret, and where each value came from.
struct Composition
{
    Q_DECLARE_TR_FUNCTIONS(Slipway::Composition)

public:
    ValueTree full; // chart defaults with every layer applied: what templates and the schema see
    ValueTree values; // only what differs from the chart defaults, secrets included
    QList<ValuesPath> secretPaths;
    QList<std::pair<ValuesPath, QString>> origins; // a path → the field or preset it came from
    Issues issues;
    // The fields whose empty answer got a generated password in this composition; the caller
    // keeps these values (they are in `values`, secret) — composing again generates new ones.
    QStringList generated;

    ValueTree publicValues() const; // `values` without secrets
    ValueTree secretValues() const; // only the secrets of `values`
    QString originOf(const ValuesPath &path) const;

    // The values file: chart order, a comment naming each value's origin.
    QByteArray valuesYaml(SecretHandling handling = SecretHandling::SeparateFile) const;
    QByteArray secretsYaml() const;

    // Writes both files atomically; the secrets file (mode 0600) only when there are secrets and
    // `handling` is SeparateFile.
    Expected<void> write(const QString &valuesFile, const QString &secretsFile,
                         SecretHandling handling = SecretHandling::SeparateFile) const;
};

} // namespace Slipway
