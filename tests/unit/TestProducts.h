#pragma once

#include "product/ChartLoader.h"
#include "product/YamlReader.h"

#include <QStringList>

// Shared by the product tests: the bundled charts, YAML literals and readable diagnostics.
namespace TestProducts {

inline QString describe(const Slipway::Diagnostics &errors)
{
    QStringList lines;
    for (const Slipway::Diagnostic &d : errors)
        lines << d.toString();
    return lines.join(QLatin1Char('\n'));
}

// A chart of charts/ that must load cleanly; the test stops if it does not.
inline Slipway::Chart bundledChart(const QString &name)
{
    Slipway::Diagnostics errors;
    Slipway::Chart chart = Slipway::ChartLoader::load(QStringLiteral(SLIPWAY_CHARTS "/") + name, &errors);
    if (!errors.isEmpty())
        qFatal("%s", qPrintable(describe(errors)));
    return chart;
}

// Any YAML document; the test stops if it does not parse.
inline Slipway::ValueTree yaml(const QByteArray &text)
{
    Slipway::Diagnostics errors;
    Slipway::ValueTree tree = Slipway::YamlReader::parseAny(text, QString(), &errors);
    if (!errors.isEmpty())
        qFatal("%s", qPrintable(describe(errors)));
    return tree;
}

} // namespace TestProducts
