#pragma once

#include <QCoreApplication>

namespace Slipway {

class CliSession;
struct InstallPlan;
struct PreparedValues;

// `products` (what Slipway can install), `render` (helm template of a product with its
// answers, offline) and `lint` (a chart's installer.yaml checked on its own).
class ProductCommands
{
    Q_DECLARE_TR_FUNCTIONS(Slipway::ProductCommands)

public:
    explicit ProductCommands(CliSession &session);

    int products();
    int render();
    int lint();

    // helm template of the session's chart with the plan's values (offline; no cluster is
    // asked): the rendered manifests in `*manifests`, else the exit code, message printed.
    static int renderManifests(CliSession &session, const InstallPlan &plan, const PreparedValues &prepared,
                               QByteArray *manifests);

private:
    CliSession &m_session;
};

} // namespace Slipway
