#pragma once

#include "ReleaseRecord.h"
#include "ReleaseStorage.h"

#include "kube/ApiError.h"

#include <QJsonArray>
#include <QObject>
#include <QPointer>

#include <map>

namespace Slipway {

class KubeClient;
class KubeList;

// Every stored revision of one release, read straight from the cluster (helm-engine.md §1.6):
// the Secrets (or, with helm's configmap driver, the ConfigMaps) labelled
// owner=helm,name=<release> in the release's namespace, decoded, oldest first. An operation like
// the others: start() schedules, finished() comes exactly once.
//
// Decoding is lazy: each revision carries its whole chart (base64 of gzip of JSON), and most
// callers want one or two of them. When the list arrives, only the latest revision and the last
// deployed one (found by helm's `version` and `status` labels) are decoded; revision(n) decodes
// that one; records() decodes them all, the first time it is asked.
class ReleaseHistory final : public QObject
{
    Q_OBJECT

public:
    ReleaseHistory(KubeClient *client, QString nameSpace, QString release,
                   ReleaseStorage storage = {}, QObject *parent = nullptr);
    ~ReleaseHistory() override;
    Q_DISABLE_COPY_MOVE(ReleaseHistory)

    void start();

    // Whether the list was read and the revisions decoded so far could be.
    bool ok() const { return m_done && !m_error.isError() && m_decodeError.isEmpty(); }
    QString errorText() const;
    const ApiError &apiError() const { return m_error; }
    const QList<ReleaseRecord> &records() const; // oldest first; a revision that fails to decode is left out
    int count() const { return int(m_stored.size()); } // revisions stored, decoded or not
    // The storage objects as the API returned them, for a backup before any repair.
    const QJsonArray &objects() const { return m_objects; }

    const ReleaseRecord *latest() const;
    const ReleaseRecord *revision(int number) const;
    // Helm's "deployed" revision: the newest one whose status is deployed.
    const ReleaseRecord *lastDeployed() const;
    // The newest revision helm last wrote before `time` (its info.last_deployed, stamped by the
    // helm that wrote it), decoding from the newest down: after a helm run on this machine, the
    // revision the run started from, whatever the run added since (failed, rolled back).
    const ReleaseRecord *latestBefore(const QDateTime &time) const;

Q_SIGNALS:
    void finished();

private:
    struct Stored
    {
        int revision = 0;
        QString status; // helm's label, kept equal to the record's status by helm
        int object = 0; // index into m_objects
    };
    void onListed();
    const ReleaseRecord *decoded(const Stored &stored) const;

    QPointer<KubeClient> m_client;
    QString m_nameSpace;
    QString m_release;
    ReleaseStorage m_storage;
    KubeList *m_list = nullptr;
    QList<Stored> m_stored; // oldest first
    mutable std::map<int, ReleaseRecord> m_decoded; // by revision; node-based, so pointers stay valid
    mutable QList<ReleaseRecord> m_records; // records(), once asked
    mutable bool m_allDecoded = false;
    QJsonArray m_objects;
    ApiError m_error;
    mutable QString m_decodeError;
    bool m_done = false;
};

} // namespace Slipway
