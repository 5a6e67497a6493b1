#include "Logging.h"

namespace Slipway {
Q_LOGGING_CATEGORY(lcInstall, "slipway.install", QtWarningMsg)
}
