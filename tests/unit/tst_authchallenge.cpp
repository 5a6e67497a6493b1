#include "bundle/AuthChallenge.h"

#include <QTest>

using namespace Slipway;

// The WWW-Authenticate challenges a registry answers 401 with.
class tst_AuthChallenge final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void challenge_readsBearerParameters();
    void challenge_readsBasic();
    void challenge_keepsCommasInsideQuotes();
};

void tst_AuthChallenge::challenge_readsBearerParameters()
{
    const auto c = AuthChallenge::parse(
        "Bearer realm=\"https://auth.example/token\",service=\"registry.example\","
        "scope=\"repository:a/b:pull,push\"");
    QCOMPARE(c.scheme, QStringLiteral("bearer"));
    QCOMPARE(c.realm, QStringLiteral("https://auth.example/token"));
    QCOMPARE(c.service, QStringLiteral("registry.example"));
    QCOMPARE(c.scope, QStringLiteral("repository:a/b:pull,push"));
}

void tst_AuthChallenge::challenge_readsBasic()
{
    const auto c = AuthChallenge::parse("Basic realm=\"basic-realm\"");
    QCOMPARE(c.scheme, QStringLiteral("basic"));
    QCOMPARE(c.realm, QStringLiteral("basic-realm"));
}

void tst_AuthChallenge::challenge_keepsCommasInsideQuotes()
{
    const auto c = AuthChallenge::parse("Bearer scope=\"repository:a:pull,push repository:b:pull\",realm=\"https://r/t\"");
    QCOMPARE(c.scope, QStringLiteral("repository:a:pull,push repository:b:pull"));
    QCOMPARE(c.realm, QStringLiteral("https://r/t"));
}

QTEST_GUILESS_MAIN(tst_AuthChallenge)
#include "tst_authchallenge.moc"
