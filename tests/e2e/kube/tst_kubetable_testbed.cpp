#include "Kubectl.h"
#include "WaitUntil.h"
#include "kube/KubeClient.h"
#include "kube/KubeTableList.h"
#include "kube/Kubeconfig.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Slipway;

// Tables read page by page on the testbed print exactly what `kubectl get` prints for the same
// objects: every column of `kubectl get pods -o wide` and `kubectl get nodes [-o wide]`, cell for
// cell (the ages and "(5s ago)" within the second or two between the two reads).
class tst_KubeTableTestbed final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void pods_matchKubectlGetPodsWide();
    void nodes_matchKubectlGetNodes_data();
    void nodes_matchKubectlGetNodes();
    void rows_carryTheObjectsMetadata();

private:
    KubeTable read(const QString &path, int pageSize, int *pages = nullptr,
                   KubeTableList::IncludeObject include = KubeTableList::IncludeObject::Metadata);
    // The fault pods not yet in the state their KWOK stage writes (stages-testbed.yaml).
    QStringList unsettledPods() const;

    QString m_ns;
    std::unique_ptr<KubeClient> m_client;
};

namespace {

// `kubectl get` text: the header's column starts cut every line (tabwriter pads each column to
// its widest cell, so cells may hold spaces: "5 (3s ago)", "Slipway testbed (KWOK)").
struct KubectlTable
{
    QStringList headers;
    QHash<QString, QStringList> rows; // by NAME

    static KubectlTable parse(const QByteArray &text)
    {
        KubectlTable t;
        QStringList lines = QString::fromUtf8(text).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        if (lines.isEmpty())
            return t;
        const QString header = lines.takeFirst();
        QList<qsizetype> starts;
        static const QRegularExpression column(QStringLiteral(R"((\S+(?: \S+)*))"));
        for (auto it = column.globalMatch(header); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            starts << m.capturedStart();
            t.headers << m.captured();
        }
        for (const QString &line : lines) {
            QStringList cells;
            for (qsizetype i = 0; i < starts.size(); ++i) {
                const qsizetype end = i + 1 < starts.size() ? starts[i + 1] : line.size();
                cells << line.mid(starts[i], end - starts[i]).trimmed();
            }
            t.rows.insert(cells.value(0), cells);
        }
        return t;
    }
};

// Go's HumanDuration back to seconds ("2m5s", "3h10m", "5d"); -1 when it is not one.
qint64 seconds(const QString &duration)
{
    static const QRegularExpression part(QStringLiteral(R"((\d+)([smhdy]))"));
    qint64 total = 0;
    qsizetype consumed = 0;
    for (auto it = part.globalMatch(duration); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const qint64 n = m.captured(1).toLongLong();
        const QChar unit = m.captured(2).at(0);
        total += n * (unit == u's' ? 1 : unit == u'm' ? 60 : unit == u'h' ? 3600 : unit == u'd' ? 86400 : 31536000);
        consumed += m.capturedLength();
    }
    return consumed == duration.size() && consumed > 0 ? total : -1;
}

// Equal, or the same time read a moment apart: "12s" / "13s", "5 (3s ago)" / "5 (4s ago)".
bool sameCell(const QString &header, const QString &mine, const QString &kubectl)
{
    if (mine == kubectl)
        return true;
    if (header == QLatin1String("AGE")) {
        const qint64 a = seconds(mine);
        const qint64 b = seconds(kubectl);
        return a >= 0 && b >= 0 && qAbs(a - b) <= 3;
    }
    if (header == QLatin1String("RESTARTS")) {
        static const QRegularExpression restarts(QStringLiteral(R"(^(\d+) \((\S+) ago\)$)"));
        const QRegularExpressionMatch a = restarts.match(mine);
        const QRegularExpressionMatch b = restarts.match(kubectl);
        return a.hasMatch() && b.hasMatch() && a.captured(1) == b.captured(1)
            && qAbs(seconds(a.captured(2)) - seconds(b.captured(2))) <= 3;
    }
    return false;
}

QString compare(const KubeTable &table, const KubectlTable &kubectl, bool wide)
{
    QStringList problems;
    const QList<int> columns = table.visibleColumns(wide);
    QStringList headers;
    for (int c : columns)
        headers << table.header(c);
    if (headers != kubectl.headers)
        problems << QStringLiteral("headers %1 ≠ kubectl %2").arg(headers.join(u'|'), kubectl.headers.join(u'|'));
    if (table.rows.size() != kubectl.rows.size())
        problems << QStringLiteral("%1 rows ≠ kubectl %2").arg(table.rows.size()).arg(kubectl.rows.size());
    for (int r = 0; r < table.rows.size(); ++r) {
        const QString name = table.text(r, columns.value(0));
        const QStringList theirs = kubectl.rows.value(name);
        if (theirs.isEmpty()) {
            problems << QStringLiteral("%1 not in kubectl's output").arg(name);
            continue;
        }
        for (qsizetype i = 0; i < columns.size(); ++i) {
            const QString mine = table.text(r, columns[i]);
            if (!sameCell(headers.value(i), mine, theirs.value(i)))
                problems << QStringLiteral("%1 %2: “%3” ≠ kubectl “%4”").arg(name, headers.value(i), mine, theirs.value(i));
        }
    }
    return problems.join(QLatin1String("; "));
}

} // namespace

KubeTable tst_KubeTableTestbed::read(const QString &path, int pageSize, int *pages,
                                     KubeTableList::IncludeObject include)
{
    KubeTableList list(m_client.get(), KubeRequest::get(path), pageSize, include);
    QSignalSpy done(&list, &KubeTableList::finished);
    list.start();
    if (!done.wait(30000) || !list.ok()) {
        const QString why = QStringLiteral("table of %1: %2").arg(path, list.error().message());
        QTest::qFail(qPrintable(why), __FILE__, __LINE__);
    }
    if (pages)
        *pages = list.pages();
    return list.table();
}

void tst_KubeTableTestbed::initTestCase()
{
    m_ns = QStringLiteral("e2e-kube-table-%1").arg(QCoreApplication::applicationPid());
    QVERIFY(Kubectl::createNamespace(m_ns));
    const Expected<Kubeconfig> config = Kubeconfig::load(Kubeconfig::sourcesFromEnvironment());
    QVERIFY(config);
    m_client = std::make_unique<KubeClient>(config->resolve(QStringLiteral("admin")).value());

    // Pods in the states the STATUS column spells differently (tests/testbed/stages-testbed.yaml).
    QByteArray yaml;
    const auto pod = [&](const char *name, const char *labels, const char *extraSpec = "") {
        yaml += QByteArray("---\napiVersion: v1\nkind: Pod\nmetadata: {name: ") + name + ", labels: {" + labels
            + "}}\nspec: {containers: [{name: main, image: registry.invalid/app:1}]" + extraSpec + "}\n";
    };
    pod("running-0", "app: web");
    pod("running-1", "app: web");
    pod("crashing", "kwok.test/fault: CrashLoopBackOff");
    pod("pulling", "kwok.test/fault: ImagePullBackOff");
    pod("not-ready", "kwok.test/fault: NotReady");
    pod("unschedulable", "app: lost", ", nodeSelector: {no-such-label: x}");
    pod("gpu", "app: gpu",
        ", tolerations: [{key: nvidia.com/gpu, operator: Exists, effect: NoSchedule}], nodeSelector: {nvidia.com/gpu.present: 'true'}");
    QVERIFY(Kubectl::apply(m_ns, yaml));
    QVERIFY(Kubectl::run({ QStringLiteral("-n"), m_ns, QStringLiteral("wait"), QStringLiteral("--for=condition=Ready"),
                           QStringLiteral("pod/running-0"), QStringLiteral("pod/running-1"), QStringLiteral("pod/gpu"),
                           QStringLiteral("--timeout=60s") })
                .ok());
    // The faults settle: each pod is in the state its stage writes, so both reads see the same.
    QVERIFY2(waitUntil([this] { return unsettledPods().isEmpty(); }, 60000), qPrintable(unsettledPods().join(u' ')));
}

QStringList tst_KubeTableTestbed::unsettledPods() const
{
    QHash<QString, QJsonObject> status; // by name
    const QJsonObject list = Kubectl::json({ QStringLiteral("-n"), m_ns, QStringLiteral("get"), QStringLiteral("pods") });
    for (const QJsonValue &pod : list[u"items"].toArray())
        status.insert(pod[u"metadata"][u"name"].toString(), pod[u"status"].toObject());
    const auto waiting = [&](const QString &pod) {
        return status.value(pod)[u"containerStatuses"][0][u"state"][u"waiting"][u"reason"].toString();
    };
    const auto condition = [&](const QString &pod, QStringView type) {
        for (const QJsonValue &c : status.value(pod)[u"conditions"].toArray())
            if (c[u"type"].toString() == type)
                return c[u"reason"].toString().isEmpty() ? c[u"status"].toString() : c[u"reason"].toString();
        return QString();
    };
    QStringList unsettled;
    if (waiting(QStringLiteral("crashing")) != QLatin1String("CrashLoopBackOff"))
        unsettled << QStringLiteral("crashing");
    if (waiting(QStringLiteral("pulling")) != QLatin1String("ImagePullBackOff"))
        unsettled << QStringLiteral("pulling");
    if (status.value(QStringLiteral("not-ready"))[u"phase"].toString() != QLatin1String("Running"))
        unsettled << QStringLiteral("not-ready");
    if (condition(QStringLiteral("unschedulable"), u"PodScheduled") != QLatin1String("Unschedulable"))
        unsettled << QStringLiteral("unschedulable");
    return unsettled;
}

void tst_KubeTableTestbed::cleanupTestCase()
{
    m_client.reset();
    Kubectl::deleteNamespace(m_ns);
}

void tst_KubeTableTestbed::pods_matchKubectlGetPodsWide()
{
    int pages = 0;
    const KubeTable table = read(QStringLiteral("/api/v1/namespaces/%1/pods").arg(m_ns), 3, &pages);
    const Kubectl::Result wide = Kubectl::run({ QStringLiteral("-n"), m_ns, QStringLiteral("get"),
                                                QStringLiteral("pods"), QStringLiteral("-o"), QStringLiteral("wide") });
    const Kubectl::Result plain = Kubectl::run({ QStringLiteral("-n"), m_ns, QStringLiteral("get"), QStringLiteral("pods") });
    QVERIFY(wide.ok() && plain.ok());
    QCOMPARE(table.rows.size(), 7);
    QCOMPARE(pages, 3); // 3 + 3 + 1
    QVERIFY(table.continueToken.isEmpty());
    const QString wideProblems = compare(table, KubectlTable::parse(wide.out), true);
    QVERIFY2(wideProblems.isEmpty(), qPrintable(wideProblems + QLatin1String("\nkubectl:\n") + QString::fromUtf8(wide.out)));
    const QString plainProblems = compare(table, KubectlTable::parse(plain.out), false);
    QVERIFY2(plainProblems.isEmpty(), qPrintable(plainProblems));

    // The states really are different ones, so the comparison covered them.
    QSet<QString> statuses;
    for (int r = 0; r < table.rows.size(); ++r)
        statuses << table.text(r, u"Status");
    for (const char *s : { "Running", "CrashLoopBackOff", "ImagePullBackOff", "Pending" })
        QVERIFY2(statuses.contains(QLatin1String(s)), s);
}

void tst_KubeTableTestbed::nodes_matchKubectlGetNodes_data()
{
    QTest::addColumn<bool>("wide");
    QTest::newRow("kubectl get nodes") << false;
    QTest::newRow("kubectl get nodes -o wide") << true;
}

void tst_KubeTableTestbed::nodes_matchKubectlGetNodes()
{
    QFETCH(bool, wide);
    int pages = 0;
    const KubeTable table = read(QStringLiteral("/api/v1/nodes"), 3, &pages, KubeTableList::IncludeObject::None);
    QStringList args { QStringLiteral("get"), QStringLiteral("nodes") };
    if (wide)
        args << QStringLiteral("-o") << QStringLiteral("wide");
    const Kubectl::Result kubectl = Kubectl::run(args);
    QVERIFY(kubectl.ok());
    QVERIFY(table.rows.size() >= 4);
    QCOMPARE(pages, int((table.rows.size() + 2) / 3));
    const QString problems = compare(table, KubectlTable::parse(kubectl.out), wide);
    QVERIFY2(problems.isEmpty(), qPrintable(problems + QLatin1String("\nkubectl:\n") + QString::fromUtf8(kubectl.out)));
}

void tst_KubeTableTestbed::rows_carryTheObjectsMetadata()
{
    const KubeTable table = read(QStringLiteral("/api/v1/namespaces/%1/pods").arg(m_ns), 500);
    const QJsonObject list = Kubectl::json({ QStringLiteral("-n"), m_ns, QStringLiteral("get"), QStringLiteral("pods") });
    QHash<QString, QString> uids;
    for (const QJsonValue &p : list[u"items"].toArray())
        uids.insert(p[u"metadata"][u"name"].toString(), p[u"metadata"][u"uid"].toString());
    QCOMPARE(table.rows.size(), uids.size());
    for (const KubeTable::Row &row : table.rows) {
        QCOMPARE(row.metadata.nameSpace, m_ns);
        QCOMPARE(row.metadata.uid, uids.value(row.metadata.name));
        QVERIFY(row.metadata.creationTimestamp.isValid());
        QCOMPARE(KubeTable::cellText(row.cells.at(0)), row.metadata.name);
    }
    const KubeTable bare = read(QStringLiteral("/api/v1/namespaces/%1/pods").arg(m_ns), 500,
                                nullptr, KubeTableList::IncludeObject::None);
    QCOMPARE(bare.rows.size(), uids.size());
    QVERIFY(bare.rows.first().object.isEmpty());
}

QTEST_GUILESS_MAIN(tst_KubeTableTestbed)
#include "tst_kubetable_testbed.moc"
