#pragma once

#include <QString>
#include <QStringList>

namespace Slipway {

// Where the products this Slipway ships live: chart folders, each `<folder>/<id>/Chart.yaml`.
// Looked up in order: $SLIPWAY_CHARTS, <prefix>/share/slipway/charts next to the installed
// programs, and (in a source build) the repository's charts/. The CLI's --product and the
// window's upgrade both find a product's chart here.
class ProductCatalog
{
public:
    static QStringList chartFolders();
    // The folder of the product `id` (a chart folder holding Chart.yaml); empty when none has it.
    static QString chartPath(const QString &id);
};

} // namespace Slipway
