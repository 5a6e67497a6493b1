#include "install/AnswersDraft.h"
#include "product/ChartLoader.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Slipway;
using namespace Qt::StringLiterals;

// Drafts of an unfinished install: kept per product, context and namespace, read back against
// the descriptor, never holding a secret answer, private.
class tst_AnswersDraft final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void savedAnswers_comeBack_withoutTheSecret();
    void eachProductContextAndNamespace_hasItsOwn();
    void removed_isGone_andAnUnreadableDraftIsNone();

private:
    Chart m_backline;
    QTemporaryDir m_dir;
};

namespace {
const AnswersDraft::Key kKey { u"backline"_s, u"prod/admin"_s, u"team a"_s };
}

void tst_AnswersDraft::initTestCase()
{
    Diagnostics errors;
    m_backline = ChartLoader::load(QStringLiteral(SLIPWAY_CHARTS) + u"/backline"_s, &errors);
    QVERIFY2(errors.isEmpty() && m_backline.descriptor, qPrintable(errors.value(0).toString()));
}

void tst_AnswersDraft::savedAnswers_comeBack_withoutTheSecret()
{
    const AnswersDraft drafts(m_dir.filePath(u"drafts"_s));
    Answers answers;
    answers.environment = u"staging"_s;
    answers.fields.insert(u"accessKey"_s, u"draft-secret-1234"_s);
    answers.fields.insert(u"workerCpuRequest"_s, u"250m"_s);
    QVERIFY(drafts.save(kKey, answers, *m_backline.descriptor));
    const QString path = drafts.pathFor(kKey);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY2(!text.contains("draft-secret-1234"), text.constData());
    QCOMPARE(file.permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
             QFile::Permissions());
    const auto found = drafts.find(kKey, *m_backline.descriptor);
    QVERIFY(found);
    QCOMPARE(found->answers.environment, u"staging"_s);
    QCOMPARE(found->answers.fields.value(u"workerCpuRequest"_s).toString(), u"250m"_s);
    QVERIFY(!found->answers.fields.contains(u"accessKey"_s));
    QVERIFY(found->savedAt.isValid());
}

void tst_AnswersDraft::eachProductContextAndNamespace_hasItsOwn()
{
    const AnswersDraft drafts(m_dir.filePath(u"drafts"_s));
    QVERIFY(drafts.find(kKey, *m_backline.descriptor)); // from the test before
    for (const AnswersDraft::Key &other : { AnswersDraft::Key { u"backline"_s, u"prod/admin"_s, u"team-b"_s },
                                            AnswersDraft::Key { u"backline"_s, u"dev"_s, u"team a"_s },
                                            AnswersDraft::Key { u"zymtrace-backend"_s, u"prod/admin"_s, u"team a"_s } }) {
        QVERIFY(!drafts.find(other, *m_backline.descriptor));
        QVERIFY(drafts.pathFor(other) != drafts.pathFor(kKey));
    }
    // File names hold nothing of the context or namespace but the product id.
    QVERIFY(QFileInfo(drafts.pathFor(kKey)).fileName().startsWith(u"backline-"_s));
    QVERIFY(!drafts.pathFor(kKey).contains(u"prod/admin"_s));
}

void tst_AnswersDraft::removed_isGone_andAnUnreadableDraftIsNone()
{
    const AnswersDraft drafts(m_dir.filePath(u"drafts"_s));
    drafts.remove(kKey);
    QVERIFY(!drafts.find(kKey, *m_backline.descriptor));
    QFile broken(drafts.pathFor(kKey));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("fields: [not, a, map\n");
    broken.close();
    QVERIFY(!drafts.find(kKey, *m_backline.descriptor));
}

QTEST_GUILESS_MAIN(tst_AnswersDraft)
#include "tst_answersdraft.moc"
