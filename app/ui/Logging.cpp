#include "Logging.h"

namespace Slipway {
Q_LOGGING_CATEGORY(lcUi, "slipway.ui", QtWarningMsg)
}
