#include "Logging.h"

namespace Slipway {
Q_LOGGING_CATEGORY(lcProduct, "slipway.product", QtWarningMsg)
}
