#include "FakeApiServer.h"
#include "FakeContext.h"
#include "kube/KubeClient.h"
#include "kube/KubeTable.h"
#include "kube/KubeTableList.h"

#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace Slipway;

// Server-side printing: Table answers captured from the testbed decoded into columns, cells and
// row metadata; cells printed as kubectl prints them; a collection read page by page.
class tst_KubeTable final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void podTable_decodesColumnsCellsAndMetadata();
    void nodeTable_withoutObjects();
    void notATable_isAnError();
    void cellText_printsAsKubectl_data();
    void cellText_printsAsKubectl();
    void plainList_becomesNameAndAge();
    void tableList_pagesWithLimitAndContinue();
    void tableList_serverWithoutTables_fallsBackToAList();
    void tableList_errorIsTyped();
};

namespace {

QByteArray fixture(const QString &name)
{
    QFile f(QStringLiteral(SLIPWAY_KUBE_FIXTURES "/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return f.readAll();
}

QJsonObject fixtureJson(const QString &name)
{
    return QJsonDocument::fromJson(fixture(name)).object();
}

QStringList texts(const KubeTable &table, int row)
{
    QStringList out;
    for (int c = 0; c < table.columns.size(); ++c)
        out << table.text(row, c);
    return out;
}

QStringList strings(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *item : items)
        out << QString::fromUtf8(item);
    return out;
}

} // namespace

void tst_KubeTable::podTable_decodesColumnsCellsAndMetadata()
{
    const Expected<KubeTable> table = KubeTable::fromJson(fixtureJson(QStringLiteral("table-pods-page1.json")));
    QVERIFY2(table, qPrintable(table ? QString() : table.error().message));
    QCOMPARE(table->columns.size(), 9);
    QStringList headers;
    for (int c = 0; c < table->columns.size(); ++c)
        headers << table->header(c);
    QCOMPARE(headers, strings({ "NAME", "READY", "STATUS", "RESTARTS", "AGE", "IP", "NODE",
                                "NOMINATED NODE", "READINESS GATES" }));
    QCOMPARE(table->columns[0].format, QStringLiteral("name"));
    QCOMPARE(table->columns[5].priority, 1);
    QCOMPARE(table->visibleColumns(false), (QList<int> { 0, 1, 2, 3, 4 }));
    QCOMPARE(table->visibleColumns(true).size(), 9);
    QCOMPARE(table->columnIndex(u"nominated node"), 7);
    QCOMPARE(table->columnIndex(u"Labels"), -1);

    QCOMPARE(table->rows.size(), 2);
    QCOMPARE(texts(*table, 0), strings({ "crashy", "0/1", "CrashLoopBackOff", "5 (11s ago)", "12s",
                                         "127.1.0.2", "cpu-node-0", "<none>", "<none>" }));
    QCOMPARE(table->text(1, u"Status"), QStringLiteral("ImagePullBackOff"));
    QCOMPARE(table->text(1, u"IP"), QStringLiteral("<none>"));

    const KubeTable::ObjectMeta &meta = table->rows[0].metadata;
    QCOMPARE(meta.name, QStringLiteral("crashy"));
    QCOMPARE(meta.nameSpace, QStringLiteral("fixture-table"));
    QVERIFY(!meta.uid.isEmpty());
    QVERIFY(!meta.resourceVersion.isEmpty());
    QVERIFY(meta.creationTimestamp.isValid());
    QCOMPARE(meta.labels.value(u"kwok.test/fault").toString(), QStringLiteral("CrashLoopBackOff"));
    QCOMPARE(table->rows[0].object.value(u"kind").toString(), QStringLiteral("PartialObjectMetadata"));

    QCOMPARE(table->resourceVersion, QStringLiteral("431"));
    QVERIFY(!table->continueToken.isEmpty());
    const Expected<KubeTable> last = KubeTable::fromJson(fixtureJson(QStringLiteral("table-pods-page2.json")));
    QVERIFY(last);
    QVERIFY(last->continueToken.isEmpty());
}

void tst_KubeTable::nodeTable_withoutObjects()
{
    const Expected<KubeTable> table = KubeTable::fromJson(fixtureJson(QStringLiteral("table-nodes.json")));
    QVERIFY(table);
    QCOMPARE(table->rows.size(), 4);
    QStringList visible;
    for (int c : table->visibleColumns(false))
        visible << table->header(c);
    QCOMPARE(visible, strings({ "NAME", "STATUS", "ROLES", "AGE", "VERSION" }));
    QCOMPARE(table->text(0, u"Roles"), QStringLiteral("worker"));
    QCOMPARE(table->text(0, u"OS-Image"), QStringLiteral("Slipway testbed (KWOK)"));
    QVERIFY(table->rows[0].object.isEmpty()); // includeObject=None
    QVERIFY(table->rows[0].metadata.name.isEmpty());
}

void tst_KubeTable::notATable_isAnError()
{
    const Expected<KubeTable> table = KubeTable::fromJson(
        QJsonDocument::fromJson(R"({"kind":"PodList","apiVersion":"v1","items":[]})").object());
    QVERIFY(!table);
    QVERIFY2(table.error().message.contains(QLatin1String("PodList")), qPrintable(table.error().message));
    QVERIFY(!KubeTable::fromJson({}));
}

void tst_KubeTable::cellText_printsAsKubectl_data()
{
    QTest::addColumn<QByteArray>("cell");
    QTest::addColumn<QString>("text");
    QTest::newRow("string") << QByteArray(R"("Running")") << QStringLiteral("Running");
    QTest::newRow("integer") << QByteArray("3") << QStringLiteral("3");
    QTest::newRow("large integer") << QByteArray("1234567890123") << QStringLiteral("1234567890123");
    QTest::newRow("negative integer") << QByteArray("-2") << QStringLiteral("-2");
    QTest::newRow("number") << QByteArray("2.5") << QStringLiteral("2.5");
    QTest::newRow("huge number") << QByteArray("1e+21") << QStringLiteral("1e+21");
    QTest::newRow("boolean") << QByteArray("true") << QStringLiteral("true");
    QTest::newRow("null") << QByteArray("null") << QString();
    QTest::newRow("line break cut") << QByteArray(R"("first\nsecond")") << QStringLiteral("first...");
    QTest::newRow("carriage return cut") << QByteArray(R"("a\rb")") << QStringLiteral("a...");
    QTest::newRow("form feed cut") << QByteArray(R"("a\fb")") << QStringLiteral("a...");
    QTest::newRow("terminal escape") << QByteArray(R"("\u001b[31mred")") << QStringLiteral("^[[31mred");
}

void tst_KubeTable::cellText_printsAsKubectl()
{
    QFETCH(QByteArray, cell);
    QFETCH(QString, text);
    const QJsonArray cells = QJsonDocument::fromJson("[" + cell + "]").array();
    QCOMPARE(cells.size(), 1);
    QCOMPARE(KubeTable::cellText(cells.first()), text);
}

void tst_KubeTable::plainList_becomesNameAndAge()
{
    const QJsonObject list = QJsonDocument::fromJson(
        R"({"kind":"WidgetList","apiVersion":"example.com/v1","metadata":{"resourceVersion":"7"},
            "items":[{"metadata":{"name":"w1","uid":"u1","creationTimestamp":"2026-07-24T10:00:00Z"}}]})").object();
    const KubeTable table = KubeTable::fromList(list, QDateTime(QDate(2026, 7, 24), QTime(10, 2, 5), Qt::UTC));
    QCOMPARE(table.header(0), QStringLiteral("NAME"));
    QCOMPARE(table.header(1), QStringLiteral("AGE"));
    QCOMPARE(texts(table, 0), strings({ "w1", "2m5s" }));
    QCOMPARE(table.rows[0].metadata.uid, QStringLiteral("u1"));
    QCOMPARE(table.resourceVersion, QStringLiteral("7"));
}

void tst_KubeTable::tableList_pagesWithLimitAndContinue()
{
    const QByteArray page1 = fixture(QStringLiteral("table-pods-page1.json"));
    const QByteArray page2 = fixture(QStringLiteral("table-pods-page2.json"));
    FakeApiServer server([&](const FakeApiServer::Request &r) {
        return FakeApiServer::answer(200, r.target.contains("continue=") ? page2 : page1);
    });
    KubeClient client(contextFor(server.url()));
    KubeTableList list(&client, KubeRequest::get(QStringLiteral("/api/v1/namespaces/fixture-table/pods")), 2);
    QSignalSpy pages(&list, &KubeTableList::page);
    QSignalSpy done(&list, &KubeTableList::finished);
    list.start();
    QVERIFY(done.wait(10000));
    QVERIFY2(list.ok(), qPrintable(list.error().message()));
    QCOMPARE(pages.size(), 2);
    QCOMPARE(list.pages(), 2);
    QCOMPARE(pages.at(1).at(0).value<KubeTable>().rows.size(), 1);

    const KubeTable &all = list.table();
    QCOMPARE(all.columns.size(), 9);
    QStringList names;
    for (int r = 0; r < all.rows.size(); ++r)
        names << all.text(r, u"Name");
    QCOMPARE(names, strings({ "crashy", "pulling", "web-0" }));
    QVERIFY(all.continueToken.isEmpty());
    QCOMPARE(list.resourceVersion(), QStringLiteral("431"));

    QCOMPARE(server.requests.size(), 2);
    for (const FakeApiServer::Request &r : server.requests) {
        QByteArray accept;
        for (const auto &[name, value] : r.headers)
            if (name == "accept")
                accept = value;
        QVERIFY2(accept.startsWith("application/json;as=Table;v=v1;g=meta.k8s.io"), accept.constData());
        QVERIFY(r.target.contains("limit=2"));
        QVERIFY(r.target.contains("includeObject=Metadata"));
    }
    QVERIFY(server.requests[1].target.contains("continue=eyJ2Ijoi"));
}

void tst_KubeTable::tableList_serverWithoutTables_fallsBackToAList()
{
    FakeApiServer server([](const FakeApiServer::Request &) {
        return FakeApiServer::answer(200, R"({"kind":"WidgetList","apiVersion":"example.com/v1",)"
                                          R"("metadata":{"resourceVersion":"9"},"items":[)"
                                          R"({"metadata":{"name":"a","creationTimestamp":"2026-07-24T10:00:00Z"}},)"
                                          R"({"metadata":{"name":"b","creationTimestamp":"2026-07-24T10:00:00Z"}}]})");
    });
    KubeClient client(contextFor(server.url()));
    KubeTableList list(&client, KubeRequest::get(QStringLiteral("/apis/example.com/v1/widgets")), 50,
                       KubeTableList::IncludeObject::None);
    QSignalSpy done(&list, &KubeTableList::finished);
    list.start();
    QVERIFY(done.wait(10000));
    QVERIFY(list.ok());
    QCOMPARE(list.table().rows.size(), 2);
    QCOMPARE(list.table().text(1, u"Name"), QStringLiteral("b"));
    QVERIFY(server.requests[0].target.contains("includeObject=None"));
}

void tst_KubeTable::tableList_errorIsTyped()
{
    FakeApiServer server([](const FakeApiServer::Request &) {
        return FakeApiServer::answer(403, R"({"kind":"Status","apiVersion":"v1","status":"Failure",)"
                                          R"("message":"nodes is forbidden: User \"jane\" cannot list resource \"nodes\"",)"
                                          R"("reason":"Forbidden","code":403})");
    });
    KubeClient client(contextFor(server.url()));
    KubeTableList list(&client, KubeRequest::get(QStringLiteral("/api/v1/nodes")));
    QSignalSpy done(&list, &KubeTableList::finished);
    list.start();
    QVERIFY(done.wait(10000));
    QCOMPARE(done.size(), 1);
    QVERIFY(!list.ok());
    QCOMPARE(list.error().kind, ApiError::Kind::Forbidden);
    QVERIFY(list.error().message().contains(QLatin1String("jane")));
}

QTEST_GUILESS_MAIN(tst_KubeTable)
#include "tst_kubetable.moc"
