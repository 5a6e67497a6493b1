#pragma once

#include "OperationResult.h"

#include <QObject>

namespace Slipway {

// A change to a release as both front ends run it (app/README.md §4): start() only schedules;
// progress() and podsChanged() report while it runs, notice() says what it decided (a line for
// the terminal, an entry in the window's progress view); cancel() works at any time; exactly
// one finished() ends it. slipway-cli waits for it in the foreground, the window shows it.
class Operation : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    Q_DISABLE_COPY_MOVE(Operation)

    virtual void start() = 0;
    virtual void cancel() = 0;
    // helm's verb for what runs ("upgrade", "rollback", "uninstall"), for messages.
    virtual QString actionName() const = 0;
    // Whether cancel() ends cleanly: helm's install / upgrade mark the revision failed and roll
    // back on SIGTERM, while a rollback or uninstall stopped half-way leaves the release stuck —
    // so a front end asks twice before cancelling those.
    virtual bool cancelIsClean() const = 0;

Q_SIGNALS:
    void progress(int done, int total, const QString &text);
    // While helm waits for the release's workloads: each time its pods change.
    void podsChanged(const Slipway::PodSummary &pods);
    void notice(const QString &text);
    void finished(const Slipway::OperationResult &result);
};

} // namespace Slipway
