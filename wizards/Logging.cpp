#include "Logging.h"

namespace Slipway {
Q_LOGGING_CATEGORY(lcWizards, "slipway.wizards", QtWarningMsg)
}
