#pragma once

#include "helm/HelmRequest.h"
#include "helm/ReleaseStorage.h"
#include "core/Expected.h"
#include "product/Answers.h"
#include "product/Chart.h"
#include "product/ClusterFacts.h"
#include "product/Issue.h"

#include <QCoreApplication>

namespace Slipway {

// The values helm gets for one plan, layered lowest first; secrets are a file of their own.
struct PreparedValues
{
    QList<QByteArray> files; // composed values, composed secrets, then each --values file
    QByteArray sha256; // hex digest over every file and --set, in order: the journal's fingerprint
    QByteArray publicYaml; // the composed values without secrets, for showing and diffing
    Issues warnings;
};

// What the administrator chose for an install or upgrade (app/README.md §3): the chart, where it
// goes, the answers and the raw overrides. The wizard and the CLI both fill one.
struct InstallPlan
{
    Q_DECLARE_TR_FUNCTIONS(Slipway::InstallPlan)

public:
    QString chartPath; // a chart folder or .tgz
    QString kubeconfig;
    QString context;
    QString nameSpace;
    QString release;
    bool hasAnswers = false; // false: a chart used with --values only, no composition
    Answers answers;
    // Below the composed values: an offline bundle's values (its image references rewritten to
    // the target registry), which the answers then change.
    QStringList baseValuesFiles;
    QStringList valuesFiles; // --values, applied after the composed values
    QStringList setValues; // --set, applied last
    int timeoutSeconds = 0; // 0: the descriptor's helm.timeout, else 5 minutes
    ReleaseStorage storage; // helm's storage driver for the release's records
    // The release exists: a plain `helm upgrade` (helm refuses a missing or locked release)
    // instead of `upgrade --install`.
    bool upgrade = false;

    // Every problem of the answers and the values they compose (the chart's schema included),
    // each with the field it belongs to, so a page can mark that field. `facts`: the cluster's,
    // when read (GPU counts, storage classes).
    Issues check(const Chart &chart, const ClusterFacts *facts = nullptr) const;

    // Validates the answers and the composed values (the chart's schema included) and returns
    // what helm must get; an error lists every problem, one per line, with the field it names.
    Expected<PreparedValues> prepare(const Chart &chart) const;
    // An upgrade from answers that leave a `generate:` secret empty must keep the password the
    // release runs with, not get a new one: whether these answers do, and the answers with the
    // deployed ones put in (`deployedUserValues`: the release's user-supplied values).
    bool leavesGeneratedSecretEmpty(const Chart &chart) const;
    void keepGeneratedSecrets(const Chart &chart, const QJsonObject &deployedUserValues);
    HelmRequest helmRequest(const Chart &chart, const PreparedValues &values) const;
    // The helm run install and upgrade make (and a dry-run preview shows): helmRequest with the
    // storage driver, install vs upgrade, and the reuse rule — helm drops the deployed values
    // as soon as any new ones are given, so an upgrade that only sets a few values keeps the
    // rest; answers are the whole configuration, so with them nothing is kept.
    HelmRequest upgradeRequest(const Chart &chart, const PreparedValues &values) const;
    // The journal's fingerprint of what helm gets: SHA-256 (hex) over every values document,
    // each followed by a NUL, then every --set.
    static QByteArray fingerprint(const QList<QByteArray> &files, const QStringList &setValues);
};

} // namespace Slipway
