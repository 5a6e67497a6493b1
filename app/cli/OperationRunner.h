#pragma once

#include "install/Operation.h"

#include <QCoreApplication>

namespace Slipway {

// Runs one operation (install/Operation) in the foreground of slipway-cli: the progress on stderr (a
// rewritten line on a terminal, plain lines elsewhere — ProgressLine) and what Ctrl-C, SIGTERM
// and SIGHUP do meanwhile (helm-engine.md §3, §5):
//  - install / upgrade (Operation::cancelIsClean): the first signal cancels the operation — helm gets SIGTERM, marks the
//    revision failed and rolls back — and the run ends once helm has stopped;
//  - rollback / uninstall / recover: never stopped half-way. The first signal only says so; a second
//    one cancels anyway.
class OperationRunner
{
    Q_DECLARE_TR_FUNCTIONS(Slipway::OperationRunner)

public:
    struct Outcome
    {
        OperationResult result;
        int signalNumber = 0; // the first signal that arrived, 0 if none
        bool cancelled = false; // a signal made the operation cancel
    };

    static Outcome run(Operation &operation);
};

} // namespace Slipway
