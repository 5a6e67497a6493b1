// ConnectionTestRequest: the connection URLs the charts' fields take, read into a request.

#include "install/ConnectionTestRequest.h"

#include <QTest>

using namespace Slipway;
using Kind = ConnectionTestRequest::Kind;

Q_DECLARE_METATYPE(Slipway::ConnectionTestRequest::Kind)

class tst_ConnectionTestRequest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fromUrl_readsHostPortUserPasswordDatabaseAndTls_data();
    void fromUrl_readsHostPortUserPasswordDatabaseAndTls();
    void fromUrl_refusesWithoutQuotingThePassword_data();
    void fromUrl_refusesWithoutQuotingThePassword();
    void kindNames_roundTrip();
    void fromAnswers_readsTheChartsFieldNames();
};

void tst_ConnectionTestRequest::fromUrl_readsHostPortUserPasswordDatabaseAndTls_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("database");
    QTest::addColumn<bool>("tls");
    QTest::newRow("postgres, escaped password") << Kind::Postgres
        << QStringLiteral("postgres://app:p%40ss%3Aw@db.example.com:5433/appdb")
        << QStringLiteral("db.example.com:5433") << QStringLiteral("app") << QStringLiteral("p@ss:w")
        << QStringLiteral("appdb") << false;
    QTest::newRow("postgresql+asyncpg, sslmode=require, default port") << Kind::Postgres
        << QStringLiteral("postgresql+asyncpg://app:pw@pg.internal/enterprise_agents?sslmode=require")
        << QStringLiteral("pg.internal:5432") << QStringLiteral("app") << QStringLiteral("pw")
        << QStringLiteral("enterprise_agents") << true;
    QTest::newRow("postgres on IPv6") << Kind::Postgres << QStringLiteral("postgres://u:p@[::1]:6543/d")
        << QStringLiteral("[::1]:6543") << QStringLiteral("u") << QStringLiteral("p") << QStringLiteral("d")
        << false;
    QTest::newRow("redis, password only, index") << Kind::Redis
        << QStringLiteral("redis://:s3cret@redis.example.com:6379/2") << QStringLiteral("redis.example.com:6379")
        << QString() << QStringLiteral("s3cret") << QStringLiteral("2") << false;
    QTest::newRow("rediss, ACL user") << Kind::Redis << QStringLiteral("rediss://alice:pw@cache/0")
        << QStringLiteral("cache:6379") << QStringLiteral("alice") << QStringLiteral("pw") << QStringLiteral("0")
        << true;
    QTest::newRow("clickhouse over https") << Kind::ClickHouse << QStringLiteral("https://ch.example.com:8443")
        << QStringLiteral("ch.example.com:8443") << QString() << QString() << QString() << true;
    QTest::newRow("clickhouse, default http port") << Kind::ClickHouse << QStringLiteral("http://ch")
        << QStringLiteral("ch:8123") << QString() << QString() << QString() << false;
}

void tst_ConnectionTestRequest::fromUrl_readsHostPortUserPasswordDatabaseAndTls()
{
    QFETCH(Kind, kind);
    QFETCH(QString, url);
    const Expected<ConnectionTestRequest> request = ConnectionTestRequest::fromUrl(kind, url);
    QVERIFY2(request, qPrintable(request ? QString() : request.error().message));
    QCOMPARE(request->kind, kind);
    QTEST(request->address(), "address");
    QTEST(request->user, "user");
    QTEST(request->password, "password");
    QTEST(request->database, "database");
    QTEST(request->tls, "tls");
}

void tst_ConnectionTestRequest::fromUrl_refusesWithoutQuotingThePassword_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("mention");
    QTest::newRow("another scheme") << Kind::Postgres << QStringLiteral("mysql://u:hunter2@h/db")
                                    << QStringLiteral("not a postgres URL");
    QTest::newRow("no host") << Kind::Postgres << QStringLiteral("postgres://u:hunter2@/db")
                             << QStringLiteral("no host");
    QTest::newRow("redis URL for clickhouse") << Kind::ClickHouse << QStringLiteral("redis://:hunter2@h")
                                              << QStringLiteral("not a clickhouse URL");
    QTest::newRow("s3") << Kind::S3 << QStringLiteral("https://AK:hunter2@s3.example.com/bucket")
                        << QStringLiteral("not by a URL");
}

void tst_ConnectionTestRequest::fromUrl_refusesWithoutQuotingThePassword()
{
    QFETCH(Kind, kind);
    QFETCH(QString, url);
    QFETCH(QString, mention);
    const Expected<ConnectionTestRequest> request = ConnectionTestRequest::fromUrl(kind, url);
    QVERIFY(!request);
    QVERIFY2(request.error().message.contains(mention), qPrintable(request.error().message));
    QVERIFY(!request.error().message.contains(QLatin1String("hunter2")));
}

void tst_ConnectionTestRequest::kindNames_roundTrip()
{
    for (const QString &name : ConnectionTestRequest::kindNames())
        QCOMPARE(ConnectionTestRequest::kindName(*ConnectionTestRequest::kindFromName(name)), name);
    QVERIFY(!ConnectionTestRequest::kindFromName(QStringLiteral("mysql")));
}

void tst_ConnectionTestRequest::fromAnswers_readsTheChartsFieldNames()
{
    // zymtrace-backend's external PostgreSQL: host:port in one field, TLS as "secure".
    auto pg = ConnectionTestRequest::fromAnswers(
        Kind::Postgres, { { QStringLiteral("host"), QStringLiteral("db.example:6543") },
                          { QStringLiteral("user"), QStringLiteral("zym") },
                          { QStringLiteral("password"), QStringLiteral("pw") },
                          { QStringLiteral("database"), QStringLiteral("zym") },
                          { QStringLiteral("secure"), true } });
    QVERIFY(pg);
    QCOMPARE(pg->host, QStringLiteral("db.example"));
    QCOMPARE(pg->port, 6543);
    QCOMPARE(pg->user, QStringLiteral("zym"));
    QCOMPARE(pg->password, QStringLiteral("pw"));
    QVERIFY(pg->tls);
    // An S3-compatible endpoint as a URL, keys as accessKey / secretKey.
    auto s3 = ConnectionTestRequest::fromAnswers(
        Kind::S3, { { QStringLiteral("endpoint"), QStringLiteral("https://minio.example:9000") },
                    { QStringLiteral("accessKey"), QStringLiteral("AK") },
                    { QStringLiteral("secretKey"), QStringLiteral("SK") },
                    { QStringLiteral("bucket"), QStringLiteral("symbols") } });
    QVERIFY(s3);
    QCOMPARE(s3->host, QStringLiteral("minio.example"));
    QCOMPARE(s3->port, 9000);
    QVERIFY(s3->tls);
    QCOMPARE(s3->user, QStringLiteral("AK"));
    QCOMPARE(s3->bucket, QStringLiteral("symbols"));
    // A connection URL (the Enterprise Agent Platform's REDIS_URL).
    auto redis = ConnectionTestRequest::fromAnswers(
        Kind::Redis, { { QStringLiteral("redisUrl"), QStringLiteral("redis://:pw@cache:6380/2") } });
    QVERIFY(redis);
    QCOMPARE(redis->host, QStringLiteral("cache"));
    QCOMPARE(redis->port, 6380);
    QCOMPARE(redis->database, QStringLiteral("2"));
    // Nothing names the server.
    QVERIFY(!ConnectionTestRequest::fromAnswers(Kind::Postgres, { { QStringLiteral("user"), QStringLiteral("x") } }));
}

QTEST_GUILESS_MAIN(tst_ConnectionTestRequest)
#include "tst_connectiontestrequest.moc"
