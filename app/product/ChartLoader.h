#pragma once

#include "Chart.h"
#include "ChartFiles.h"
#include "core/Error.h"

#include <QCoreApplication>

namespace Slipway {

// Loads a product: a chart folder or packaged .tgz with its installer descriptor. Everything
// wrong is reported at once; any error means the chart must not be offered for install.
class ChartLoader
{
    Q_DECLARE_TR_FUNCTIONS(Slipway::ChartLoader)

public:
    static Chart load(const QString &path, Diagnostics *errors,
                      const ChartFiles::Limits &limits = ChartFiles::Limits());
    // What `slipway-cli lint` reports: every problem load() finds, plus a missing installer.yaml.
    static Diagnostics lint(const QString &path);
    // The same, from files already read (keys relative to the chart root).
    static Chart fromFiles(const QHash<QString, QByteArray> &files, const QString &source,
                           Diagnostics *errors);
};

} // namespace Slipway
