#pragma once

#include "DiffHunk.h"
#include "SecretMask.h"

#include <QJsonObject>
#include <QStringList>

namespace Slipway {

struct Descriptor;
struct ReleaseRecord;

// What changes between two revisions of a release (or a revision and a planned upgrade): the
// user values as YAML and the rendered manifests, both with secrets masked (SecretMask), as
// `slipway-cli diff` prints them and the diff view shows them. The secret fields come from
// every descriptor known: the product's, when given, and the installer.yaml helm stored with
// each record's chart — so a release can be diffed without its product at hand.
class ReleaseDiff
{
public:
    ReleaseDiff(const ReleaseRecord &from, const ReleaseRecord &to,
                const Descriptor *product = nullptr, bool showSecrets = false);

    // How the unified texts name the sides, after "values" and "manifest": "@<revision>" unless
    // set otherwise ("@upgrade" for a dry run).
    void setNames(const QString &fromName, const QString &toName);
    QString fromName() const { return m_fromName; }
    QString toName() const { return m_toName; }

    // Each side as compared: values YAML, manifests normalized (normalizedManifest()).
    QString fromValues() const { return m_fromValues; }
    QString toValues() const { return m_toValues; }
    QString fromManifest() const { return m_fromManifest; }
    QString toManifest() const { return m_toManifest; }

    // Three lines of context; a manifest hunk is headed by its document's "# Source: " line.
    QList<DiffHunk> valuesHunks() const { return m_valuesHunks; }
    QList<DiffHunk> manifestHunks() const { return m_manifestHunks; }
    // "--- values@1" / "+++ values@2" / "@@ …" lines; empty when the values are equal.
    QStringList valuesUnified() const;
    QStringList manifestUnified() const;
    bool different() const { return !m_valuesHunks.isEmpty() || !m_manifestHunks.isEmpty(); }

    // The secrets of the record's user values, by the product's descriptor and the one stored
    // with the record's chart.
    static SecretMask secretsOf(const ReleaseRecord &record, const Descriptor *product);
    // The record's user values with its secrets masked (`slipway-cli values`).
    static QJsonObject maskedValues(const ReleaseRecord &record, const Descriptor *product);
    // Values as YAML, "{}" when there are none.
    static QString valuesYaml(const QJsonObject &values);
    // Helm 4 ends every manifest document with a blank line, helm 3 does not: a revision
    // written by one compared with one written (or dry-run) by the other would differ on every
    // document. Trailing blank lines of a document carry no YAML, so they are left out.
    static QString normalizedManifest(const QString &manifest);

private:
    QString m_fromName;
    QString m_toName;
    QString m_fromValues;
    QString m_toValues;
    QString m_fromManifest;
    QString m_toManifest;
    QList<DiffHunk> m_valuesHunks;
    QList<DiffHunk> m_manifestHunks;
};

} // namespace Slipway
