#include "preflight/ServedApis.h"
#include "product/YamlReader.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace Slipway;
using namespace Qt::StringLiterals;

class tst_ServedApis : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aggregated_givesKindsScopesAndResources();
    void resourceLists_leaveSubresourcesOut();
    void helmApiVersions_listGroupVersionsAndKinds();
    void renderedManifests_areReadDocumentByDocument();
};

namespace {

QJsonObject fixture(const QString &name)
{
    QFile file(QStringLiteral(SLIPWAY_PREFLIGHT_FIXTURES "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the fixture %s", qPrintable(file.fileName()));
    return QJsonDocument::fromJson(file.readAll()).object();
}

ServedApis testbed()
{
    return ServedApis::fromAggregated(
        { fixture(u"discovery-api.json"_s), fixture(u"discovery-apis.json"_s) });
}

} // namespace

void tst_ServedApis::aggregated_givesKindsScopesAndResources()
{
    const ServedApis apis = testbed();
    const ServedResource *deployment = apis.find(u"apps/v1"_s, u"Deployment"_s);
    QVERIFY(deployment);
    QCOMPARE(deployment->resource, u"deployments"_s);
    QVERIFY(deployment->namespaced);
    QVERIFY(deployment->verbs.contains(u"create"_s));
    const ServedResource *node = apis.find(u"v1"_s, u"Node"_s);
    QVERIFY(node);
    QCOMPARE(node->group, QString());
    QVERIFY(!node->namespaced);
    const ServedResource *role = apis.find(u"rbac.authorization.k8s.io/v1"_s, u"ClusterRole"_s);
    QVERIFY(role && !role->namespaced && role->resource == u"clusterroles");
    // Not served: a removed version, a group without a CRD, a kind under the wrong group.
    QVERIFY(!apis.find(u"extensions/v1beta1"_s, u"Ingress"_s));
    QVERIFY(!apis.find(u"monitoring.coreos.com/v1"_s, u"ServiceMonitor"_s));
    QVERIFY(!apis.find(u"v1"_s, u"Deployment"_s));
    QVERIFY(apis.servesGroup(u"networking.k8s.io"_s));
    QVERIFY(!apis.servesGroup(u"monitoring.coreos.com"_s));
    QVERIFY(apis.servesGroupVersion(u"batch/v1"_s));
    QVERIFY(!apis.servesGroupVersion(u"batch/v1beta1"_s));
    const QList<ServedResource> cronJobs = apis.versionsOf(u"batch"_s, u"CronJob"_s);
    QCOMPARE(cronJobs.size(), 1);
    QCOMPARE(cronJobs.first().version, u"v1"_s);
}

void tst_ServedApis::resourceLists_leaveSubresourcesOut()
{
    const ServedApis apis = ServedApis::fromResourceLists({ fixture(u"resourcelist-apps-v1.json"_s) });
    QVERIFY(apis.find(u"apps/v1"_s, u"StatefulSet"_s));
    for (const ServedResource &resource : apis.resources())
        QVERIFY2(!resource.resource.contains(u'/'), qPrintable(resource.resource));
    QCOMPARE(apis.find(u"apps/v1"_s, u"Deployment"_s)->resource, u"deployments"_s);
    QCOMPARE(ServedApis::splitApiVersion(u"apps/v1"_s), std::pair(u"apps"_s, u"v1"_s));
    QCOMPARE(ServedApis::splitApiVersion(u"v1"_s), std::pair(QString(), u"v1"_s));
}

void tst_ServedApis::helmApiVersions_listGroupVersionsAndKinds()
{
    const QStringList versions = testbed().helmApiVersions();
    QVERIFY(versions.contains(u"v1"_s));
    QVERIFY(versions.contains(u"v1/ConfigMap"_s));
    QVERIFY(versions.contains(u"apps/v1"_s));
    QVERIFY(versions.contains(u"apps/v1/Deployment"_s));
    QVERIFY(versions.contains(u"policy/v1/PodDisruptionBudget"_s));
    QVERIFY(!versions.contains(u"policy/v1beta1"_s));
    QCOMPARE(versions.size(), QSet<QString>(versions.cbegin(), versions.cend()).size());
    QVERIFY(std::is_sorted(versions.cbegin(), versions.cend()));
}

void tst_ServedApis::renderedManifests_areReadDocumentByDocument()
{
    const QByteArray yaml = "---\n# Source: c/templates/a.yaml\napiVersion: v1\nkind: ConfigMap\n"
                            "metadata: {name: a}\ndata: {n: \"1\"}\n---\n---\n# only a comment\n"
                            "---\napiVersion: apps/v1\nkind: Deployment\nmetadata: {name: b}\n"
                            "spec: {replicas: 2}\n";
    Diagnostics errors;
    const QList<ValueTree> documents = YamlReader::parseDocuments(yaml, u"out"_s, &errors);
    QVERIFY(errors.isEmpty());
    QCOMPARE(documents.size(), 2);
    QCOMPARE(documents.at(0).toJson().toObject().value(u"data").toObject().value(u"n").toString(),
             u"1"_s);
    QCOMPARE(documents.at(1).toJson().toObject().value(u"spec").toObject().value(u"replicas").toInt(),
             2);

    const QList<ValueTree> broken = YamlReader::parseDocuments(
        "apiVersion: v1\nkind: A\n---\nkind: [unclosed\n", u"out"_s, &errors);
    QVERIFY(broken.isEmpty()); // no half of a release
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().line, 5); // the unclosed sequence is noticed where the stream ends

    errors.clear();
    YamlReader::parseDocuments("a: 1\na: 2\n", u"out"_s, &errors);
    QCOMPARE(errors.size(), 1); // a key twice is refused, as in values files
}

QTEST_GUILESS_MAIN(tst_ServedApis)
#include "tst_servedapis.moc"
