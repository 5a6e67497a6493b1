#pragma once

#include <QLoggingCategory>

namespace Slipway {
Q_DECLARE_LOGGING_CATEGORY(lcKube)
}
