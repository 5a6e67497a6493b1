#pragma once

#include <QCoreApplication>

namespace Slipway {

class CliSession;

// `products` (what Slipway can install) and `render` (helm template of a product with its
// answers, offline).
class ProductCommands
{
    Q_DECLARE_TR_FUNCTIONS(Slipway::ProductCommands)

public:
    explicit ProductCommands(CliSession &session);

    int products();
    int render();

private:
    CliSession &m_session;
};

} // namespace Slipway
