#include "bundle/ImageReference.h"

#include <QTest>

using namespace Slipway;

// Image references as docker reads them.
class tst_ImageReference final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_fillsDockersDefaults_data();
    void parse_fillsDockersDefaults();
    void parse_namesWhatIsWrong_data();
    void parse_namesWhatIsWrong();
    void dockerHub_isReachedAtRegistry1();
};

void tst_ImageReference::parse_fillsDockersDefaults_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("registry");
    QTest::addColumn<QString>("repository");
    QTest::addColumn<QString>("tag");
    QTest::addColumn<QString>("digest");
    const QString d = QStringLiteral("sha256:") + QString(64, QLatin1Char('a'));
    QTest::newRow("one part is a library image") << QStringLiteral("nginx") << QStringLiteral("docker.io")
                                                 << QStringLiteral("library/nginx") << QStringLiteral("latest") << QString();
    QTest::newRow("two parts stay on Docker Hub") << QStringLiteral("team/app:1.2") << QStringLiteral("docker.io")
                                                  << QStringLiteral("team/app") << QStringLiteral("1.2") << QString();
    QTest::newRow("host with port") << QStringLiteral("127.0.0.1:5000/a/b/c:v1") << QStringLiteral("127.0.0.1:5000")
                                    << QStringLiteral("a/b/c") << QStringLiteral("v1") << QString();
    QTest::newRow("localhost is a host") << QStringLiteral("localhost/app") << QStringLiteral("localhost")
                                         << QStringLiteral("app") << QStringLiteral("latest") << QString();
    QTest::newRow("digest only") << QStringLiteral("quay.io/org/app@") + d << QStringLiteral("quay.io")
                                 << QStringLiteral("org/app") << QString() << d;
    QTest::newRow("tag and digest") << QStringLiteral("reg.example:443/app:1@") + d << QStringLiteral("reg.example:443")
                                    << QStringLiteral("app") << QStringLiteral("1") << d;
    QTest::newRow("separators in the name") << QStringLiteral("r.io/my_app/x-y.z__w:tag_1.0-rc")
                                            << QStringLiteral("r.io") << QStringLiteral("my_app/x-y.z__w")
                                            << QStringLiteral("tag_1.0-rc") << QString();
}

void tst_ImageReference::parse_fillsDockersDefaults()
{
    QFETCH(QString, text);
    const auto ref = ImageReference::parse(text);
    QVERIFY2(ref, qPrintable(ref.error().message));
    QFETCH(QString, registry);
    QFETCH(QString, repository);
    QFETCH(QString, tag);
    QFETCH(QString, digest);
    QCOMPARE(ref->registry(), registry);
    QCOMPARE(ref->repository(), repository);
    QCOMPARE(ref->tag(), tag);
    QCOMPARE(ref->digest(), digest);
    QVERIFY(ImageReference::parse(ref->toString()));
}

void tst_ImageReference::parse_namesWhatIsWrong_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("complaint");
    QTest::newRow("empty") << QString() << QStringLiteral("empty");
    QTest::newRow("white space") << QStringLiteral("app :1") << QStringLiteral("white space");
    QTest::newRow("upper case repository") << QStringLiteral("r.io/App") << QStringLiteral("repository \"App\"");
    QTest::newRow("short digest") << QStringLiteral("app@sha256:abc") << QStringLiteral("digest \"sha256:abc\"");
    QTest::newRow("other algorithm") << QStringLiteral("app@md5:") + QString(32, QLatin1Char('a'))
                                     << QStringLiteral("sha256:");
    QTest::newRow("bad tag") << QStringLiteral("app:-x") << QStringLiteral("tag \"-x\"");
    QTest::newRow("empty tag") << QStringLiteral("app:") << QStringLiteral("tag \"\"");
    QTest::newRow("no repository") << QStringLiteral("r.io:5000/") << QStringLiteral("no repository");
    QTest::newRow("bad port") << QStringLiteral("r.io:50x0/app") << QStringLiteral("registry \"r.io:50x0\"");
    QTest::newRow("double slash") << QStringLiteral("r.io//app") << QStringLiteral("repository \"/app\"");
}

void tst_ImageReference::parse_namesWhatIsWrong()
{
    QFETCH(QString, text);
    QFETCH(QString, complaint);
    const auto ref = ImageReference::parse(text);
    QVERIFY(!ref);
    QVERIFY2(ref.error().message.contains(complaint), qPrintable(ref.error().message));
}

void tst_ImageReference::dockerHub_isReachedAtRegistry1()
{
    QCOMPARE(ImageReference::parse(QStringLiteral("busybox"))->apiHost(), QStringLiteral("registry-1.docker.io"));
    QCOMPARE(ImageReference::parse(QStringLiteral("127.0.0.1:5000/x"))->apiHost(), QStringLiteral("127.0.0.1:5000"));
}

QTEST_GUILESS_MAIN(tst_ImageReference)
#include "tst_imagereference.moc"
