#include "Logging.h"

namespace Slipway {
Q_LOGGING_CATEGORY(lcBundle, "slipway.bundle", QtWarningMsg)
}
