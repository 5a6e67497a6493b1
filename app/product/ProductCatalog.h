#pragma once

#include <QString>
#include <QStringList>

#include "Chart.h"

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
    // Every product of the catalog, loaded, by id (its folder name) in name order; the first
    // folder that has an id wins. Charts that fail to load or have no installer.yaml are left
    // out. Reads files: call it off the GUI thread.
    static QList<Chart> products();
};

} // namespace Slipway
