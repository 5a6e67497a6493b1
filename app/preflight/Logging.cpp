#include "Logging.h"

namespace Slipway {
Q_LOGGING_CATEGORY(lcPreflight, "slipway.preflight", QtWarningMsg)
}
