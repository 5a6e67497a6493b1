#include "Logging.h"

namespace Slipway {
Q_LOGGING_CATEGORY(lcKube, "slipway.kube", QtWarningMsg)
}
