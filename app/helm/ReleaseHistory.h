#pragma once

#include "ReleaseRecord.h"

#include "kube/ApiError.h"

#include <QJsonArray>
#include <QObject>
#include <QPointer>

namespace Slipway {

class KubeClient;
class KubeList;

// Every stored revision of one release, read straight from the cluster (helm-engine.md §1.6):
// the Secrets labelled owner=helm,name=<release> in the release's namespace, decoded, oldest
// first. An operation like the others: start() schedules, finished() comes exactly once.
class ReleaseHistory final : public QObject
{
    Q_OBJECT

public:
    ReleaseHistory(KubeClient *client, QString nameSpace, QString release,
                   QObject *parent = nullptr);
    ~ReleaseHistory() override;
    Q_DISABLE_COPY_MOVE(ReleaseHistory)

    void start();

    bool ok() const { return m_done && !m_error.isError() && m_decodeError.isEmpty(); }
    QString errorText() const;
    const ApiError &apiError() const { return m_error; }
    const QList<ReleaseRecord> &records() const { return m_records; } // oldest first
    // The storage objects as the API returned them, for a backup before any repair.
    const QJsonArray &objects() const { return m_objects; }

    const ReleaseRecord *latest() const;
    const ReleaseRecord *revision(int number) const;
    // Helm's "deployed" revision: the newest one whose status is deployed.
    const ReleaseRecord *lastDeployed() const;

Q_SIGNALS:
    void finished();

private:
    void onListed();

    QPointer<KubeClient> m_client;
    QString m_nameSpace;
    QString m_release;
    KubeList *m_list = nullptr;
    QList<ReleaseRecord> m_records;
    QJsonArray m_objects;
    ApiError m_error;
    QString m_decodeError;
    bool m_done = false;
};

} // namespace Slipway
