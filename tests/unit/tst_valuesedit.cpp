#include "install/ValuesEdit.h"
#include "TestProducts.h"

#include "helm/ReleaseRecord.h"
#include "install/SecretMask.h"

#include <QFile>
#include <QTest>

using namespace Slipway;

// The values of a deployed release as the upgrade dialog edits them: secrets masked in the
// text and put back when the mask is left alone, YAML and schema problems on their line.
class tst_ValuesEdit final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void text_masksTheSecrets();
    void untouchedMask_keepsTheDeployedSecret();
    void newSecret_replacesTheDeployedOne();
    void unknownMask_isAProblemOnItsLine();
    void brokenYaml_namesItsLine();
    void notAMap_isAProblem();
    void schemaViolation_namesThePathAndItsLine();
    void withoutChart_onlyTheYamlIsChecked();
    void lineOf_data();
    void lineOf();
};

namespace {

const QString kKey = QStringLiteral("akey-0123456789abcdef");

ReleaseRecord deployed()
{
    ReleaseRecord r;
    r.name = QStringLiteral("backline");
    r.revision = 3;
    r.chartName = QStringLiteral("backline");
    r.config = QJsonObject { { QStringLiteral("accessKey"), kKey },
                             { QStringLiteral("worker"),
                               QJsonObject { { QStringLiteral("replicaCount"), 2 } } } };
    QFile installer(QStringLiteral(SLIPWAY_CHARTS "/backline/installer.yaml"));
    if (!installer.open(QIODevice::ReadOnly))
        qFatal("cannot read backline's installer.yaml");
    r.chartFiles.insert(QStringLiteral("installer.yaml"), installer.readAll());
    return r;
}

QString problems(const ValuesEdit::Checked &checked)
{
    return TestProducts::describe(checked.problems);
}

} // namespace

void tst_ValuesEdit::text_masksTheSecrets()
{
    const ValuesEdit edit(deployed(), nullptr);
    QVERIFY2(!edit.text().contains(kKey), qPrintable(edit.text()));
    QVERIFY2(edit.text().contains(SecretMask::maskFor(kKey)), qPrintable(edit.text()));
    QVERIFY2(edit.text().contains(QLatin1String("replicaCount: 2")), qPrintable(edit.text()));
}

void tst_ValuesEdit::untouchedMask_keepsTheDeployedSecret()
{
    const Chart chart = TestProducts::bundledChart(QStringLiteral("backline"));
    const ValuesEdit edit(deployed(), nullptr);
    QString text = edit.text();
    text.replace(QLatin1String("replicaCount: 2"), QLatin1String("replicaCount: 4"));
    const ValuesEdit::Checked checked = edit.check(text, &chart);
    QVERIFY2(checked.ok(), qPrintable(problems(checked)));
    QCOMPARE(checked.values.value(QLatin1String("accessKey")).toString(), kKey);
    QCOMPARE(checked.values.value(QLatin1String("worker")).toObject().value(QLatin1String("replicaCount")).toInt(), 4);
    // The file helm gets holds the secret itself, never its mask.
    QVERIFY(checked.yaml.contains(kKey.toUtf8()));
    QVERIFY(!checked.yaml.contains("<secret"));
}

void tst_ValuesEdit::newSecret_replacesTheDeployedOne()
{
    const ValuesEdit edit(deployed(), nullptr);
    QString text = edit.text();
    text.replace(SecretMask::maskFor(kKey), QStringLiteral("akey-new-value-42"));
    const ValuesEdit::Checked checked = edit.check(text, nullptr);
    QVERIFY2(checked.ok(), qPrintable(problems(checked)));
    QCOMPARE(checked.values.value(QLatin1String("accessKey")).toString(), QStringLiteral("akey-new-value-42"));
}

void tst_ValuesEdit::unknownMask_isAProblemOnItsLine()
{
    const ValuesEdit edit(deployed(), nullptr);
    const QString text = edit.text() + QStringLiteral("other: \"<secret 0badc0de>\"\n");
    const ValuesEdit::Checked checked = edit.check(text, nullptr);
    QCOMPARE(checked.problems.size(), 1);
    QVERIFY2(checked.problems.first().message.contains(QLatin1String("other holds a masked secret")),
             qPrintable(problems(checked)));
    QCOMPARE(checked.problems.first().line, int(text.count(QLatin1Char('\n'))));
    QVERIFY(checked.yaml.isEmpty());
}

void tst_ValuesEdit::brokenYaml_namesItsLine()
{
    const ValuesEdit edit(deployed(), nullptr);
    const ValuesEdit::Checked checked
        = edit.check(QStringLiteral("worker:\n  replicaCount: 2\n  image: [unclosed\n"), nullptr);
    QVERIFY(!checked.ok());
    QVERIFY2(checked.problems.first().line >= 3, qPrintable(problems(checked)));
}

void tst_ValuesEdit::notAMap_isAProblem()
{
    const ValuesEdit edit(deployed(), nullptr);
    const ValuesEdit::Checked checked = edit.check(QStringLiteral("- a\n- b\n"), nullptr);
    QVERIFY(!checked.ok());
    QVERIFY2(problems(checked).contains(QLatin1String("must be a mapping")), qPrintable(problems(checked)));
}

void tst_ValuesEdit::schemaViolation_namesThePathAndItsLine()
{
    const Chart chart = TestProducts::bundledChart(QStringLiteral("backline"));
    QVERIFY(!chart.schemaJson.isEmpty());
    const ValuesEdit edit(deployed(), nullptr);
    QString text = edit.text();
    text.replace(QLatin1String("replicaCount: 2"), QLatin1String("replicaCount: many"));
    const ValuesEdit::Checked checked = edit.check(text, &chart);
    QVERIFY(!checked.ok());
    QVERIFY2(problems(checked).contains(QLatin1String("worker.replicaCount")), qPrintable(problems(checked)));
    const QStringList lines = text.split(QLatin1Char('\n'));
    const int expected = int(lines.indexOf(QRegularExpression(QStringLiteral("^\\s+replicaCount: many$")))) + 1;
    QVERIFY(expected > 0);
    bool onItsLine = false;
    for (const Error &problem : checked.problems)
        onItsLine = onItsLine || problem.line == expected;
    QVERIFY2(onItsLine, qPrintable(problems(checked)));
}

void tst_ValuesEdit::withoutChart_onlyTheYamlIsChecked()
{
    const ValuesEdit edit(deployed(), nullptr);
    QString text = edit.text();
    text.replace(QLatin1String("replicaCount: 2"), QLatin1String("replicaCount: many"));
    QVERIFY(edit.check(text, nullptr).ok());
}

void tst_ValuesEdit::lineOf_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("line");
    QTest::newRow("top") << QStringLiteral("message") << 1;
    QTest::newRow("nested") << QStringLiteral("worker.image.tag") << 6;
    QTest::newRow("same key elsewhere") << QStringLiteral("other.tag") << 8;
    QTest::newRow("missing leaf: parent") << QStringLiteral("worker.image.digest") << 4;
    QTest::newRow("missing") << QStringLiteral("nothing.here") << 0;
    QTest::newRow("empty") << QString() << 0;
}

void tst_ValuesEdit::lineOf()
{
    QFETCH(QString, path);
    QFETCH(int, line);
    const QString text = QStringLiteral("message: one\n"
                                        "worker:\n"
                                        "  replicaCount: 2\n"
                                        "  image:\n"
                                        "    name: runner\n"
                                        "    tag: \"1.0\"\n"
                                        "other:\n"
                                        "  tag: x\n");
    QCOMPARE(ValuesEdit::lineOf(text, path), line);
}

QTEST_GUILESS_MAIN(tst_ValuesEdit)
#include "tst_valuesedit.moc"
