#pragma once

#include <QCoreApplication>

namespace Slipway {

class CliSession;

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

private:
    CliSession &m_session;
};

} // namespace Slipway
