#pragma once

#include "ApiError.h"
#include "LogResumePoint.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

namespace Slipway {

class KubeClient;
class KubeReply;

// A pod's log, read or followed, handed over in whole lines as they arrive (the server's chunks
// cut lines anywhere; the partial tail waits for its newline).
//
// A followed log survives a dropped connection: when the stream ends without stop() — the API
// server restarts, the network fails, the stream stays silent for `silenceTimeoutMs` — and the
// container may still be running, it connects again after a bounded backoff and resumes after
// the last line delivered, none lost and none repeated (LogResumePoint; it asks the server for
// timestamps and strips them again unless `timestamps` was asked for).
//
// Telling "the container ended" from "the connection broke": a followed stream that ends cleanly
// (a complete HTTP response) may mean either — the kubelet ends it when the container stops, and
// an API server shutting down ends it the same way. So a clean end is checked against the pod:
// gone (404), or the container not running → finished; still running → resume. A stream that
// breaks (a transport error, 429, 5xx) is resumed at once; the resumed request itself answers 404
// when the pod went away meanwhile and ends cleanly when the container did. Other refusals (400
// container waiting, 401, 403) finish with error(). Reconnecting gives up after
// `reconnectWindowMs` without a line or an accepted connection.
class PodLogStream final : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QString nameSpace;
        QString pod;
        QString container; // required when the pod has several
        bool follow = false;
        int tailLines = -1; // -1: all
        bool timestamps = false;
        bool previous = false; // the last terminated instance
        int sinceSeconds = -1;
        qint64 limitBytes = -1; // a byte cap counts the server's bytes: no resuming with it
        // Resume a followed log after a drop (see above).
        bool reconnect = true;
        // A quiet container is not a dead connection; only a very long silence is.
        int silenceTimeoutMs = 3600 * 1000;
        int maxReconnectDelayMs = 8000;
        int reconnectWindowMs = 5 * 60 * 1000;
    };

    enum class State
    {
        Idle,
        Connecting,
        Streaming,
        Reconnecting, // the connection dropped; the next attempt is scheduled or under way
        Finished,
    };
    Q_ENUM(State)

    PodLogStream(KubeClient *client, const Options &options, QObject *parent = nullptr);
    ~PodLogStream() override;
    Q_DISABLE_COPY_MOVE(PodLogStream)

    void start();
    void stop();
    const ApiError &error() const { return m_error; }
    State state() const { return m_state; }
    int reconnects() const { return m_reconnects; } // how often it resumed since start()

Q_SIGNALS:
    void linesReceived(const QStringList &lines);
    void stateChanged(Slipway::PodLogStream::State state);
    // The connection dropped (`reason`, e.g. "connection refused"); the next attempt starts in
    // `delayMs`. For the UI's "reconnecting…".
    void reconnecting(const QString &reason, int delayMs);
    // A reconnect was accepted: lines flow again from where they stopped.
    void resumed();
    void finished(); // the log ended, was stopped, or failed (error())

private:
    bool resumable() const;
    void connectStream();
    void onOpened();
    void onData(const QByteArray &chunk);
    void onFinished();
    void checkContainer();
    void onContainerChecked();
    void scheduleReconnect(const ApiError &reason);
    void deliver(QByteArrayView text, QStringList &out);
    void setState(State state);
    void finish(const ApiError &error);

    QPointer<KubeClient> m_client;
    Options m_options;
    QPointer<KubeReply> m_reply;
    QPointer<KubeReply> m_check;
    QTimer m_retryTimer;
    QByteArray m_partial;
    ApiError m_error;
    LogResumePoint m_position;
    QElapsedTimer m_sinceProgress;
    State m_state = State::Idle;
    int m_failedAttempts = 0; // reconnects in a row that brought no new line
    int m_reconnects = 0;
    bool m_stopping = false;
};

} // namespace Slipway
