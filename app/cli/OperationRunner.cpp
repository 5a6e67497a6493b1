#include "OperationRunner.h"

#include "CliSession.h"
#include "Console.h"
#include "ProgressLine.h"
#include "SignalWatcher.h"

#include <QElapsedTimer>
#include <QTimer>

namespace Slipway {

OperationRunner::Outcome OperationRunner::run(Operation &operation)
{
    Outcome outcome;
    // Only install and upgrade have a handler in helm that ends them cleanly (§3).
    const bool cancellable = operation.cancelIsClean();
    const QString helmAction = operation.actionName();
    QElapsedTimer clock;
    clock.start();
    // The context of every connection below: they go when this function returns.
    QObject scope;
    ProgressLine line(Console::errIsTerminal(), Console::errWidth());
    const auto say = [&line](const QString &message) {
        Console::errRaw(line.clear());
        Console::err(message);
    };

    QObject::connect(&operation, &Operation::progress, &scope,
                     [&](int done, int total, const QString &text) {
                         Console::errRaw(line.phase(done, total, text, clock.elapsed()));
                     });
    QObject::connect(&operation, &Operation::podsChanged, &scope,
                     [&](const PodSummary &pods) {
                         Console::errRaw(line.pods(pods, clock.elapsed()));
                     });
    QTimer ticker;
    if (line.isTerminal()) {
        QObject::connect(&ticker, &QTimer::timeout, &scope, [&] {
            line.setWidth(Console::errWidth()); // the window may have been resized
            Console::errRaw(line.tick(clock.elapsed()));
        });
        ticker.start(1000);
    }

    SignalWatcher watcher;
    int count = 0;
    QObject::connect(&watcher, &SignalWatcher::caught, &scope, [&](int signalNumber) {
        if (outcome.signalNumber == 0)
            outcome.signalNumber = signalNumber;
        ++count;
        if (cancellable) {
            if (count == 1) {
                say(tr("Cancelling: helm is asked to stop. It marks the %1 failed and rolls the "
                       "release back; waiting for it…")
                        .arg(helmAction));
                outcome.cancelled = true;
                operation.cancel();
            } else {
                say(tr("Still waiting for helm to stop (it is killed if it has not after 10 s)."));
            }
            return;
        }
        if (count == 1) {
            say(tr("helm %1 is not stopped half-way: that would leave the release stuck. Waiting "
                   "for it to finish; press Ctrl-C again to stop it anyway.")
                    .arg(helmAction));
        } else if (count == 2) {
            say(tr("Stopping helm %1…").arg(helmAction));
            outcome.cancelled = true;
            operation.cancel();
        }
    });

    QObject::connect(&operation, &Operation::notice, &scope, say);
    QObject::connect(&operation, &Operation::finished, &scope,
                     [&outcome](const OperationResult &result) { outcome.result = result; });
    operation.start();
    CliSession::waitFor(&operation, &Operation::finished);
    ticker.stop();
    Console::errRaw(line.finish(clock.elapsed()));
    return outcome;
}

} // namespace Slipway
