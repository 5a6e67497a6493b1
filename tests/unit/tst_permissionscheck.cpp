#include "PreflightFixtures.h"
#include "preflight/PermissionsCheck.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace Slipway;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Slipway::PreflightCheck::Severity)

namespace {

// What a Kubernetes 1.36 API server serves (aggregated discovery).
ServedApis servedApis()
{
    QList<QJsonObject> lists;
    for (const QString &name : { u"discovery-api.json"_s, u"discovery-apis.json"_s }) {
        QFile file(QStringLiteral(SLIPWAY_PREFLIGHT_FIXTURES "/") + name);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read the fixture %s", qPrintable(file.fileName()));
        lists << QJsonDocument::fromJson(file.readAll()).object();
    }
    return ServedApis::fromAggregated(lists);
}

// needed() folded into one line per resource, in the order it lists them:
// "apps/deployments@team-a: create get list watch patch update delete". A resource whose
// permissions were not listed together shows up twice.
QStringList folded(const QList<AccessReview::Attributes> &needed)
{
    QStringList lines;
    QString last;
    for (const AccessReview::Attributes &attributes : needed) {
        const QString where = attributes.group + u'/' + attributes.resource + u'@' + attributes.nameSpace;
        if (where != last)
            lines << where + u':';
        lines.last() += u' ' + attributes.verb;
        last = where;
    }
    return lines;
}

AccessReview::Attributes attributes(const QString &verb, const QString &group,
                                    const QString &resource, const QString &nameSpace)
{
    AccessReview::Attributes a;
    a.verb = verb;
    a.group = group;
    a.resource = resource;
    a.nameSpace = nameSpace;
    return a;
}

const QString allVerbs = u" create get list watch patch update delete"_s;
const QString recordVerbs = u" create get list update delete"_s;

} // namespace

class tst_PermissionsCheck final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void needed_listsEveryVerbOnEveryResource_data();
    void needed_listsEveryVerbOnEveryResource();
    void run_groupsMissingVerbsByResource_data();
    void run_groupsMissingVerbsByResource();
};

void tst_PermissionsCheck::needed_listsEveryVerbOnEveryResource_data()
{
    QTest::addColumn<QString>("manifests");
    QTest::addColumn<QString>("driver");
    QTest::addColumn<bool>("upgrade");
    QTest::addColumn<QStringList>("expected");

    const QString release = uR"(
apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
---
apiVersion: v1
kind: Service
metadata: {name: web, namespace: edge}
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: {name: reader, namespace: ignored-for-cluster-kinds}
---
apiVersion: v1
kind: List
items:
- apiVersion: v1
  kind: ServiceAccount
  metadata: {name: web}
- apiVersion: apps/v1
  kind: Deployment
  metadata: {name: worker}
---
apiVersion: example.com/v1
kind: Widget
metadata: {name: not-served}
---
apiVersion: extensions/v1beta1
kind: Ingress
metadata: {name: removed-version}
)"_s;
    const QStringList expected {
        u"/secrets@team-a:"_s + recordVerbs,
        u"/serviceaccounts@team-a:"_s + allVerbs,
        u"/services@edge:"_s + allVerbs,
        u"apps/deployments@team-a:"_s + allVerbs,
        u"rbac.authorization.k8s.io/clusterroles@:"_s + allVerbs,
    };
    QTest::newRow("kinds by group, resource and namespace; List items; unserved kinds skipped")
        << release << u"secret"_s << false << expected;
    QTest::newRow("an upgrade needs the same")
        << release << u"secret"_s << true << expected;
    QTest::newRow("the configmap driver keeps the records in configmaps")
        << release << u"configmap"_s << false
        << QStringList { u"/configmaps@team-a:"_s + recordVerbs, expected.at(1), expected.at(2),
                         expected.at(3), expected.at(4) };
    QTest::newRow("records and the release's own secrets merge into one resource")
        << uR"(
apiVersion: v1
kind: Secret
metadata: {name: accesskey}
---
apiVersion: v1
kind: ConfigMap
metadata: {name: settings, namespace: team-a}
)"_s << u"secret"_s << false
        << QStringList { u"/configmaps@team-a:"_s + allVerbs, u"/secrets@team-a:"_s + allVerbs };
    QTest::newRow("no manifests: the records alone")
        << QString() << u"secret"_s << false << QStringList { u"/secrets@team-a:"_s + recordVerbs };
}

void tst_PermissionsCheck::needed_listsEveryVerbOnEveryResource()
{
    QFETCH(QString, manifests);
    QFETCH(QString, driver);
    QFETCH(bool, upgrade);
    QFETCH(QStringList, expected);

    const QList<AccessReview::Attributes> needed = PermissionsCheck::needed(
        PreflightFixtures::manifests(manifests), servedApis(), u"team-a"_s, driver, upgrade);
    QCOMPARE(folded(needed), expected);
}

void tst_PermissionsCheck::run_groupsMissingVerbsByResource_data()
{
    QTest::addColumn<QList<bool>>("allowed");
    QTest::addColumn<QString>("evaluationError");
    QTest::addColumn<PreflightCheck::Severity>("severity");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QStringList>("items");
    QTest::addColumn<QStringList>("remediationSays");

    using S = PreflightCheck::Severity;
    // The permissions asked (see run_groupsMissingVerbsByResource): deployments.apps in team-a
    // create / patch / delete, secrets in team-a create / get, clusterroles create.
    QTest::newRow("everything granted")
        << QList<bool> { true, true, true, true, true, true } << QString() << S::Pass
        << u"All 6 permissions the install needs are granted"_s << QStringList() << QStringList();
    QTest::newRow("missing verbs grouped per resource, namespaced and cluster-wide")
        << QList<bool> { false, true, false, true, true, false } << QString() << S::Fail
        << u"3 of 6 permissions are missing, on 2 resources"_s
        << QStringList { u"deployments.apps in team-a: create, delete"_s,
                         u"clusterroles.rbac.authorization.k8s.io (cluster-wide): create"_s }
        << QStringList { u"a Role in team-a"_s, u"a ClusterRole"_s, u"cluster administrator"_s };
    QTest::newRow("only namespaced permissions missing: a Role, no ClusterRole")
        << QList<bool> { true, true, true, false, false, true } << QString() << S::Fail
        << u"2 of 6 permissions are missing, on 1 resources"_s
        << QStringList { u"secrets in team-a: create, get"_s }
        << QStringList { u"Ask the cluster administrator for a Role in team-a granting the verbs "
                         "listed on those resources, bound to you with a RoleBinding, or install "
                         "as a user who has them. Kubernetes' built-in admin ClusterRole, bound "
                         "in the namespace with a RoleBinding, grants the usual namespaced kinds."_s };
    QTest::newRow("an evaluation error without an allow is missing, noted once")
        << QList<bool> { true, true, true, true, false, false }
        << u"webhook authorizer timed out"_s << S::Fail
        << u"2 of 6 permissions are missing, on 2 resources (the API server reported an error "
           "while evaluating them: webhook authorizer timed out)"_s
        << QStringList { u"secrets in team-a: get"_s,
                         u"clusterroles.rbac.authorization.k8s.io (cluster-wide): create"_s }
        << QStringList { u"ClusterRoleBinding"_s };
}

void tst_PermissionsCheck::run_groupsMissingVerbsByResource()
{
    QFETCH(QList<bool>, allowed);
    QFETCH(QString, evaluationError);
    QFETCH(PreflightCheck::Severity, severity);
    QFETCH(QString, message);
    QFETCH(QStringList, items);
    QFETCH(QStringList, remediationSays);

    const QList<AccessReview::Attributes> needed {
        attributes(u"create"_s, u"apps"_s, u"deployments"_s, u"team-a"_s),
        attributes(u"patch"_s, u"apps"_s, u"deployments"_s, u"team-a"_s),
        attributes(u"delete"_s, u"apps"_s, u"deployments"_s, u"team-a"_s),
        attributes(u"create"_s, QString(), u"secrets"_s, u"team-a"_s),
        attributes(u"get"_s, QString(), u"secrets"_s, u"team-a"_s),
        attributes(u"create"_s, u"rbac.authorization.k8s.io"_s, u"clusterroles"_s, QString()),
    };
    QList<AccessReview::Decision> decisions;
    for (const bool allow : allowed) {
        AccessReview::Decision decision;
        decision.allowed = allow;
        if (!allow)
            decision.evaluationError = evaluationError;
        decisions << decision;
    }

    const PreflightCheck check = PermissionsCheck::run(needed, decisions);
    QCOMPARE(check.id, u"permissions"_s);
    QCOMPARE(check.title, u"Permissions"_s);
    QCOMPARE(check.severity, severity);
    QCOMPARE(check.message, message);
    QCOMPARE(check.items, items);
    for (const QString &fragment : remediationSays)
        QVERIFY2(check.remediation.contains(fragment), qPrintable(check.remediation));
    if (remediationSays.size() == 1 && remediationSays.first().startsWith(u"Ask"))
        QCOMPARE(check.remediation, remediationSays.first());
    QCOMPARE(check.remediation.isEmpty(), severity == PreflightCheck::Severity::Pass);
    QVERIFY(check.durationMs >= 0);
}

QTEST_GUILESS_MAIN(tst_PermissionsCheck)
#include "tst_permissionscheck.moc"
