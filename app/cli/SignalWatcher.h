#pragma once

#include <QList>
#include <QObject>

#include <csignal>

class QSocketNotifier;

namespace Slipway {

// Turns SIGINT, SIGTERM and SIGHUP into a Qt signal on the main thread, the self-pipe way: the
// handler only write()s the signal number to a pipe (async-signal-safe), and a QSocketNotifier
// on the other end emits caught(). While a watcher lives, those signals no longer end the
// process; the previous handlers come back when it is destroyed. One watcher at a time.
class SignalWatcher final : public QObject
{
    Q_OBJECT

public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;
    Q_DISABLE_COPY_MOVE(SignalWatcher)

    bool isActive() const { return m_active; }
    static int exitCodeFor(int signalNumber) { return 128 + signalNumber; } // the shell's rule

Q_SIGNALS:
    void caught(int signalNumber);

private:
    void onReadable();

    QSocketNotifier *m_notifier = nullptr;
    QList<std::pair<int, struct sigaction>> m_previous;
    bool m_active = false;
};

} // namespace Slipway
