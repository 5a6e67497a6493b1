#include "bundle/RegistryCredentials.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Slipway;

// Registry credentials from the config.json `docker login` writes.
class tst_RegistryCredentials final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dockerConfig_givesTheHostsUserAndPassword();
    void dockerConfig_withoutEntry_isAnonymous();
    void dockerConfig_badAuth_neverQuotesIt();
    void describe_namesTheUserOnly();
};

static QString writeConfig(const QTemporaryDir &dir, const QByteArray &json)
{
    const QString path = dir.filePath(QStringLiteral("config.json"));
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return QString();
    out.write(json);
    return path;
}

void tst_RegistryCredentials::dockerConfig_givesTheHostsUserAndPassword()
{
    QTemporaryDir dir;
    const QString path = writeConfig(dir, "{\"auths\":{\"other:1\":{\"auth\":\"eDp5\"},"
                                          "\"https://127.0.0.1:5001/v1/\":{\"auth\":\""
                                          + QByteArray("slip:way:pass").toBase64() + "\"}}}");
    const auto creds = RegistryCredentials::fromDockerConfig(QStringLiteral("127.0.0.1:5001"), path);
    QVERIFY2(creds, qPrintable(creds.error().message));
    QCOMPARE(creds->username, QStringLiteral("slip"));
    QCOMPARE(creds->password, QStringLiteral("way:pass")); // only the first colon separates
}

void tst_RegistryCredentials::dockerConfig_withoutEntry_isAnonymous()
{
    QTemporaryDir dir;
    const QString path = writeConfig(dir, "{\"auths\":{}}");
    const auto creds = RegistryCredentials::fromDockerConfig(QStringLiteral("r.io"), path);
    QVERIFY(creds);
    QVERIFY(creds->isEmpty());
}

void tst_RegistryCredentials::dockerConfig_badAuth_neverQuotesIt()
{
    QTemporaryDir dir;
    const QString path = writeConfig(dir, "{\"auths\":{\"r.io\":{\"auth\":\"c2VjcmV0LXdpdGhvdXQtY29sb24=\"}}}");
    const auto creds = RegistryCredentials::fromDockerConfig(QStringLiteral("r.io"), path);
    QVERIFY(!creds);
    QVERIFY(creds.error().message.contains(QStringLiteral("r.io")));
    QVERIFY(!creds.error().message.contains(QStringLiteral("c2VjcmV0")));
    QVERIFY(!creds.error().message.contains(QStringLiteral("secret")));
}

void tst_RegistryCredentials::describe_namesTheUserOnly()
{
    const RegistryCredentials credentials{QStringLiteral("admin"), QStringLiteral("hunter2")};
    QVERIFY(credentials.describe().contains(QStringLiteral("admin")));
    QVERIFY(!credentials.describe().contains(QStringLiteral("hunter2")));
}

QTEST_GUILESS_MAIN(tst_RegistryCredentials)
#include "tst_registrycredentials.moc"
