#include "bundle/Sha256.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QTest>

using namespace Slipway;

// Blob digests: libcrypto's SHA-256 where it is there must give what Qt's gives.
class tst_Sha256 final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void digest_ofKnownVectors();
    void digest_inPieces_isTheWholes();
    void digest_ofADevice_isTheDatas();
};

void tst_Sha256::digest_ofKnownVectors()
{
    QCOMPARE(Sha256::digestOf(QByteArray()),
             QStringLiteral("sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    QCOMPARE(Sha256::digestOf(QByteArrayLiteral("abc")),
             QStringLiteral("sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
}

void tst_Sha256::digest_inPieces_isTheWholes()
{
    QByteArray data(3 * 1024 * 1024 + 17, Qt::Uninitialized);
    for (char &c : data)
        c = char(QRandomGenerator::global()->generate());
    Sha256 pieces;
    for (qsizetype at = 0; at < data.size(); at += 16381)
        pieces.addData(data.constData() + at, qMin<qsizetype>(16381, data.size() - at));
    const QString expected = QStringLiteral("sha256:")
        + QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
    QCOMPARE(pieces.digest(), expected);
    QCOMPARE(Sha256::digestOf(data), expected);
}

void tst_Sha256::digest_ofADevice_isTheDatas()
{
    QByteArray data(2 * 1024 * 1024 + 5, 'x');
    QBuffer buffer(&data);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    Sha256 hash;
    QVERIFY(hash.addData(&buffer));
    QCOMPARE(hash.digest(), Sha256::digestOf(data));
}

QTEST_GUILESS_MAIN(tst_Sha256)
#include "tst_sha256.moc"
