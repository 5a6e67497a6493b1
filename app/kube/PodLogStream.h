#pragma once

#include "ApiError.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

namespace Slipway {

class KubeClient;
class KubeReply;

// A pod's log, read or followed, handed over in whole lines as they arrive (the server's chunks
// cut lines anywhere; the partial tail waits for its newline).
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
        qint64 limitBytes = -1;
    };

    PodLogStream(KubeClient *client, const Options &options, QObject *parent = nullptr);
    ~PodLogStream() override;
    Q_DISABLE_COPY_MOVE(PodLogStream)

    void start();
    void stop();
    const ApiError &error() const { return m_error; }

Q_SIGNALS:
    void linesReceived(const QStringList &lines);
    void finished(); // the log ended, was stopped, or failed (error())

private:
    void onData(const QByteArray &chunk);
    void onFinished();

    QPointer<KubeClient> m_client;
    Options m_options;
    QPointer<KubeReply> m_reply;
    QByteArray m_partial;
    ApiError m_error;
};

} // namespace Slipway
