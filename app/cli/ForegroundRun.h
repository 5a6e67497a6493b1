#pragma once

#include "Console.h"
#include "ImageCommands.h"
#include "SignalWatcher.h"

#include <QElapsedTimer>
#include <QEventLoop>

namespace Slipway {

// Runs a registry or bundle operation (RegistryOperation, BundleOperation: the same progress,
// notice and finished signals) in the foreground: progress on stderr, a line a second at most
// (this goes to logs as well as terminals), notices as they come, SIGINT / SIGTERM / SIGHUP
// cancelling it. Returns 0 once it finished (its result in *result), else the signal's exit code.
template<typename Operation, typename Result> int runInForeground(Operation &operation, Result *result)
{
    QObject scope; // the context of the connections below
    QElapsedTimer sinceLine;
    sinceLine.start();
    QObject::connect(&operation, &Operation::progress, &scope,
                     [&](const QString &what, qint64 done, qint64 total, double rate) {
                         if (done < total && sinceLine.elapsed() < 1000)
                             return;
                         sinceLine.restart();
                         Console::err(ImageCommands::progressText(what, done, total, rate));
                     });
    QObject::connect(&operation, &Operation::notice, &scope, [](const QString &text) { Console::err(text); });
    SignalWatcher watcher;
    int signalNumber = 0;
    QObject::connect(&watcher, &SignalWatcher::caught, &scope, [&](int number) {
        if (signalNumber == 0)
            signalNumber = number;
        operation.cancel();
    });
    QEventLoop loop;
    QObject::connect(&operation, &Operation::finished, &scope, [&](const Result &r) {
        *result = r;
        loop.quit();
    });
    operation.start();
    loop.exec();
    return signalNumber != 0 ? SignalWatcher::exitCodeFor(signalNumber) : 0;
}

} // namespace Slipway
