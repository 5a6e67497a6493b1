#include "Logging.h"

namespace Slipway {
Q_LOGGING_CATEGORY(lcHelm, "slipway.helm", QtWarningMsg)
}
