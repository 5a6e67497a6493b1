#include "fields/BoolEditor.h"
#include "fields/DatabaseModeEditor.h"
#include "fields/EnumEditor.h"
#include "fields/FieldEditor.h"
#include "fields/GpuEditor.h"
#include "fields/KeyValuesEditor.h"
#include "fields/LineEditor.h"
#include "fields/MultiSelectEditor.h"
#include "fields/ResourceProfilesEditor.h"
#include "fields/SecretEditor.h"
#include "fields/SecretRefEditor.h"
#include "fields/StorageClassEditor.h"
#include "fields/StringListEditor.h"
#include "fields/TextEditor.h"
#include "fields/TolerationsEditor.h"
#include "product/AnswerValidator.h"
#include "product/FieldCodec.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace Slipway;

// Every field editor on its own: the answer given is the answer read back (as FieldCodec types
// it), typing into the widget answers what was typed and says so with edited(), showing an
// answer does not, and the cluster-backed editors fill their choices from ClusterFacts. Messages
// about an answer come from AnswerValidator; the last tests check that what an editor answers is
// what the validator judges.
class tst_FieldEditors final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void answerIn_isAnswerOut_data();
    void answerIn_isAnswerOut();
    void typing_answersWhatIsTyped_andSaysSo();
    void numbers_typedWrong_areLeftForTheValidatorToName();
    void secret_isMasked_revealToggles_andAPastedLineBreakIsDropped();
    void generatedPassword_isGeneratedWhenEmpty_keptWhenGiven();
    void enum_answersTheOptionValue();
    void secretRef_offersTheClusterSecretsAndTheirKeys_orTakesTypedOnes();
    void secretName_offersTheClusterSecrets_andAnswersTheName();
    void multiSelect_answersTheCheckedOptionValues();
    void stringList_rowsAreItems();
    void tables_addAndRemoveRows_emptyRowsAreNoAnswer();
    void tolerations_secondsAreNumbers();
    void resourceProfiles_hintNamesTheProfileNoNodeFits();
    void storageClass_listsTheClusterClasses_defaultMarked();
    void databaseMode_switchesMode_andNamesItsConnectionTest();
    void gpu_listsGpuNodes_andPrefillsWhenTurnedOn();
    void gpu_withoutGpuNodes_saysSoPlainly();
    void validator_namesTheFieldOfAnEditedAnswer();
};

namespace {

Field field(const QString &id, FieldType type)
{
    Field f;
    f.id = id;
    f.type = type;
    f.label = id;
    f.path = ValuesPath::parse(QStringLiteral("x.") + id).value();
    if (type == FieldType::Secret)
        f.secret = true;
    if (type == FieldType::Enum || type == FieldType::MultiSelect) {
        f.options = { { ValueTree(QStringLiteral("a")), QStringLiteral("Option A") },
                      { ValueTree(qint64(2)), QStringLiteral("Two") } };
    }
    if (type == FieldType::ResourceProfiles)
        f.profiles = { QStringLiteral("small"), QStringLiteral("large") };
    if (type == FieldType::DatabaseMode) {
        DatabaseModeOption create;
        create.id = QStringLiteral("create");
        create.title = QStringLiteral("In the cluster");
        DatabaseModeOption external;
        external.id = QStringLiteral("use_existing");
        external.title = QStringLiteral("An existing server");
        external.test = QStringLiteral("postgres");
        f.modes = { create, external };
    }
    return f;
}

ClusterFacts facts()
{
    ClusterFacts facts;
    facts.largestNodeCapacity.insert(QStringLiteral("cpu"), 8000);
    facts.largestNodeCapacity.insert(QStringLiteral("memory"), 32LL << 30);
    facts.largestNodeCapacity.insert(QStringLiteral("nvidia.com/gpu"), 4);
    facts.storageClasses = { QStringLiteral("fast"), QStringLiteral("standard") };
    facts.defaultStorageClass = QStringLiteral("standard");
    GpuNode node;
    node.name = QStringLiteral("gpu-0");
    node.resourceName = QStringLiteral("nvidia.com/gpu");
    node.allocatable = 4;
    node.product = QStringLiteral("H100");
    node.selector = { { QStringLiteral("nvidia.com/gpu.present"), QStringLiteral("true") } };
    node.tolerations = { QVariantMap { { QStringLiteral("key"), QStringLiteral("nvidia.com/gpu") },
                                       { QStringLiteral("operator"), QStringLiteral("Exists") },
                                       { QStringLiteral("effect"), QStringLiteral("NoSchedule") } } };
    facts.gpuNodes = { node };
    facts.secrets = { { QStringLiteral("db"), { QStringLiteral("password"), QStringLiteral("user") } },
                      { QStringLiteral("token"), { QStringLiteral("value") } } };
    return facts;
}

QVariantMap profile(const QString &cpu, const QString &memory)
{
    return { { QStringLiteral("requests"), QVariantMap { { QStringLiteral("cpu"), cpu }, { QStringLiteral("memory"), memory } } },
             { QStringLiteral("limits"), QVariantMap { { QStringLiteral("cpu"), cpu }, { QStringLiteral("memory"), memory } } } };
}

} // namespace

void tst_FieldEditors::answerIn_isAnswerOut_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<QVariant>("answer");
    const QVariantMap labels { { QStringLiteral("disk"), QStringLiteral("ssd") },
                               { QStringLiteral("zone"), QStringLiteral("a") } };
    const QVariantList tolerations { QVariantMap { { QStringLiteral("key"), QStringLiteral("gpu") },
                                                   { QStringLiteral("operator"), QStringLiteral("Equal") },
                                                   { QStringLiteral("value"), QStringLiteral("yes") },
                                                   { QStringLiteral("effect"), QStringLiteral("NoExecute") },
                                                   { QStringLiteral("tolerationSeconds"), qint64(30) } } };
    QTest::newRow("string") << int(FieldType::String) << QVariant(QStringLiteral("hello world"));
    QTest::newRow("empty string") << int(FieldType::String) << QVariant(QString());
    QTest::newRow("secret") << int(FieldType::Secret) << QVariant(QStringLiteral("s3cr3t ke y"));
    QTest::newRow("text") << int(FieldType::Text) << QVariant(QStringLiteral("two\nlines"));
    QTest::newRow("pem") << int(FieldType::Pem) << QVariant(QStringLiteral("-----BEGIN CERTIFICATE-----\nMII=\n-----END CERTIFICATE-----\n"));
    QTest::newRow("yaml") << int(FieldType::Yaml) << QVariant(QStringLiteral("- name: A\n  value: b\n"));
    QTest::newRow("int") << int(FieldType::Int) << QVariant(qint64(42));
    QTest::newRow("negative int") << int(FieldType::Int) << QVariant(qint64(-7));
    QTest::newRow("number") << int(FieldType::Number) << QVariant(0.25);
    QTest::newRow("bool true") << int(FieldType::Bool) << QVariant(true);
    QTest::newRow("bool false") << int(FieldType::Bool) << QVariant(false);
    QTest::newRow("enum text") << int(FieldType::Enum) << QVariant(QStringLiteral("a"));
    QTest::newRow("enum number") << int(FieldType::Enum) << QVariant(QStringLiteral("2"));
    QTest::newRow("quantity") << int(FieldType::Quantity) << QVariant(QStringLiteral("512Mi"));
    QTest::newRow("hostname") << int(FieldType::Hostname) << QVariant(QStringLiteral("app.example.com"));
    QTest::newRow("hostPort") << int(FieldType::HostPort) << QVariant(QStringLiteral("db:5432"));
    QTest::newRow("url") << int(FieldType::Url) << QVariant(QStringLiteral("https://example.com/x"));
    QTest::newRow("email") << int(FieldType::Email) << QVariant(QStringLiteral("a@example.com"));
    QTest::newRow("storageClass") << int(FieldType::StorageClass) << QVariant(QStringLiteral("fast"));
    QTest::newRow("storageClass not listed") << int(FieldType::StorageClass) << QVariant(QStringLiteral("later"));
    QTest::newRow("keyValues") << int(FieldType::KeyValues) << QVariant(labels);
    QTest::newRow("tolerations") << int(FieldType::Tolerations) << QVariant(tolerations);
    QTest::newRow("resourceProfiles")
        << int(FieldType::ResourceProfiles)
        << QVariant(QVariantMap { { QStringLiteral("small"), profile(QStringLiteral("500m"), QStringLiteral("1Gi")) },
                                  { QStringLiteral("large"), profile(QStringLiteral("2"), QStringLiteral("8Gi")) } });
    QTest::newRow("secretRef") << int(FieldType::SecretRef)
                               << QVariant(QVariantMap { { QStringLiteral("name"), QStringLiteral("db") },
                                                         { QStringLiteral("key"), QStringLiteral("password") } });
    QTest::newRow("secretRef not in the cluster") << int(FieldType::SecretRef)
                                                  << QVariant(QVariantMap { { QStringLiteral("name"), QStringLiteral("later") },
                                                                            { QStringLiteral("key"), QStringLiteral("token") } });
    QTest::newRow("secretName") << int(FieldType::SecretName) << QVariant(QStringLiteral("db"));
    QTest::newRow("image") << int(FieldType::Image) << QVariant(QStringLiteral("registry.example.com/team/app:1.2"));
    QTest::newRow("stringList") << int(FieldType::StringList)
                                << QVariant(QVariantList { QStringLiteral("a.example.com"), QStringLiteral("b") });
    QTest::newRow("stringList empty") << int(FieldType::StringList) << QVariant(QVariantList());
    QTest::newRow("multiSelect") << int(FieldType::MultiSelect) << QVariant(QVariantList { QStringLiteral("a"), QStringLiteral("2") });
    QTest::newRow("multiSelect none") << int(FieldType::MultiSelect) << QVariant(QVariantList());
    QTest::newRow("databaseMode") << int(FieldType::DatabaseMode) << QVariant(QStringLiteral("use_existing"));
    QTest::newRow("gpu")
        << int(FieldType::Gpu)
        << QVariant(QVariantMap { { QStringLiteral("enabled"), true },
                                  { QStringLiteral("count"), qint64(2) },
                                  { QStringLiteral("resourceName"), QStringLiteral("amd.com/gpu") },
                                  { QStringLiteral("nodeSelector"), labels },
                                  { QStringLiteral("tolerations"), tolerations } });
}

void tst_FieldEditors::answerIn_isAnswerOut()
{
    QFETCH(int, type);
    QFETCH(QVariant, answer);
    const Field f = field(QStringLiteral("f"), FieldType(type));
    const ClusterFacts cluster = facts();
    std::unique_ptr<FieldEditor> editor(FieldEditor::create(f, &cluster));
    QCOMPARE(editor->objectName(), QStringLiteral("f"));
    QVERIFY(!editor->accessibleName().isEmpty());
    QSignalSpy edited(editor.get(), &FieldEditor::edited);
    editor->setAnswer(answer);
    QCOMPARE(edited.count(), 0);
    QCOMPARE(FieldCodec::normalized(f, editor->answer()), FieldCodec::normalized(f, answer));
}

void tst_FieldEditors::typing_answersWhatIsTyped_andSaysSo()
{
    LineEditor editor(field(QStringLiteral("host"), FieldType::Hostname));
    QSignalSpy edited(&editor, &FieldEditor::edited);
    QTest::keyClicks(editor.lineEdit(), QStringLiteral("db.local"));
    QCOMPARE(edited.count(), 8);
    QCOMPARE(editor.answer(), QVariant(QStringLiteral("db.local")));

    LineEditor replicas(field(QStringLiteral("replicas"), FieldType::Int));
    QTest::keyClicks(replicas.lineEdit(), QStringLiteral("12"));
    QCOMPARE(replicas.answer().typeId(), int(QMetaType::LongLong));
    QCOMPARE(replicas.answer().toLongLong(), 12);
    replicas.lineEdit()->selectAll();
    QTest::keyClick(replicas.lineEdit(), Qt::Key_Delete);
    QVERIFY2(!replicas.answer().isValid(), "an emptied number leaves the chart's default");

    BoolEditor flag(field(QStringLiteral("flag"), FieldType::Bool));
    QSignalSpy toggled(&flag, &FieldEditor::edited);
    flag.checkBox()->click();
    QCOMPARE(toggled.count(), 1);
    QCOMPARE(flag.answer(), QVariant(true));
}

void tst_FieldEditors::numbers_typedWrong_areLeftForTheValidatorToName()
{
    LineEditor editor(field(QStringLiteral("count"), FieldType::Int));
    QTest::keyClicks(editor.lineEdit(), QStringLiteral("12x"));
    QCOMPARE(editor.answer(), QVariant(QStringLiteral("12x")));
    LineEditor number(field(QStringLiteral("ratio"), FieldType::Number));
    QTest::keyClicks(number.lineEdit(), QStringLiteral("0.5"));
    QCOMPARE(number.answer(), QVariant(0.5));
}

void tst_FieldEditors::secret_isMasked_revealToggles_andAPastedLineBreakIsDropped()
{
    SecretEditor editor(field(QStringLiteral("key"), FieldType::Secret));
    QCOMPARE(editor.lineEdit()->echoMode(), QLineEdit::Password);
    editor.revealButton()->click();
    QCOMPARE(editor.lineEdit()->echoMode(), QLineEdit::Normal);
    editor.revealButton()->click();
    QCOMPARE(editor.lineEdit()->echoMode(), QLineEdit::Password);
    editor.lineEdit()->setFocus();
    editor.lineEdit()->insert(QStringLiteral("abc def\n"));
    Q_EMIT editor.lineEdit()->textEdited(editor.lineEdit()->text()); // as a paste does
    QCOMPARE(editor.answer(), QVariant(QStringLiteral("abc def")));
}

void tst_FieldEditors::generatedPassword_isGeneratedWhenEmpty_keptWhenGiven()
{
    Field f = field(QStringLiteral("pw"), FieldType::Secret);
    QVERIFY2(!SecretEditor(f).generateButton(), "no Generate without generate:");
    f.generateLength = 20;
    SecretEditor editor(f);
    QVERIFY(editor.generateButton());
    QCOMPARE(editor.lineEdit()->echoMode(), QLineEdit::Password);
    QSignalSpy edited(&editor, &FieldEditor::edited);

    // Shown empty (an install): a password at once, answered like a typed one.
    editor.setAnswer(QVariant());
    const QString first = editor.answer().toString();
    QCOMPARE(first.size(), 20);
    QVERIFY(edited.wait(1000) || edited.count() == 1);
    QCOMPARE(edited.count(), 1);

    // Generate replaces it; Show reveals it.
    editor.generateButton()->click();
    QCOMPARE(edited.count(), 2);
    QVERIFY(editor.answer().toString() != first);
    QCOMPARE(editor.answer().toString().size(), 20);
    editor.revealButton()->click();
    QCOMPARE(editor.lineEdit()->echoMode(), QLineEdit::Normal);

    // Shown with the deployed password (an upgrade): kept, nothing generated.
    SecretEditor upgrade(f);
    QSignalSpy upgradeEdited(&upgrade, &FieldEditor::edited);
    upgrade.setAnswer(QStringLiteral("deployed-password-0123"));
    QCoreApplication::processEvents();
    QCOMPARE(upgrade.answer(), QVariant(QStringLiteral("deployed-password-0123")));
    QCOMPARE(upgradeEdited.count(), 0);
}

void tst_FieldEditors::secretRef_offersTheClusterSecretsAndTheirKeys_orTakesTypedOnes()
{
    const Field f = field(QStringLiteral("ref"), FieldType::SecretRef);
    SecretRefEditor typed(f);
    QCOMPARE(typed.nameBox()->count(), 0);
    QSignalSpy typedEdits(&typed, &FieldEditor::edited);
    QTest::keyClicks(typed.nameBox()->lineEdit(), QStringLiteral("db"));
    QTest::keyClicks(typed.keyBox()->lineEdit(), QStringLiteral("pw"));
    QVERIFY(typedEdits.count() > 0);
    QCOMPARE(typed.answer(), QVariant(QVariantMap { { QStringLiteral("name"), QStringLiteral("db") },
                                                    { QStringLiteral("key"), QStringLiteral("pw") } }));

    SecretRefEditor editor(f);
    editor.setFacts(facts());
    QCOMPARE(editor.nameBox()->count(), 2);
    editor.nameBox()->setCurrentIndex(editor.nameBox()->findText(QStringLiteral("db")));
    QCOMPARE(editor.keyBox()->count(), 2);
    QCOMPARE(editor.keyBox()->itemText(0), QStringLiteral("password"));
    editor.nameBox()->setCurrentIndex(editor.nameBox()->findText(QStringLiteral("token")));
    QCOMPARE(editor.keyBox()->count(), 1);
    QCOMPARE(editor.answer(), QVariant(QVariantMap { { QStringLiteral("name"), QStringLiteral("token") },
                                                     { QStringLiteral("key"), QStringLiteral("value") } }));
    // Nothing chosen writes nothing.
    SecretRefEditor empty(f);
    QVERIFY(FieldCodec::nodeFromAnswer(f, empty.answer()).isNull());
}

void tst_FieldEditors::secretName_offersTheClusterSecrets_andAnswersTheName()
{
    Field f = field(QStringLiteral("env"), FieldType::SecretName);
    f.secretKeys = { QStringLiteral("password"), QStringLiteral("user") };
    SecretRefEditor editor(f);
    editor.show();
    QVERIFY(!editor.keyBox()->isVisible()); // the whole Secret: no key to pick
    QVERIFY2(editor.nameBox()->toolTip().contains(QStringLiteral("password, user")),
             qPrintable(editor.nameBox()->toolTip()));
    editor.setFacts(facts());
    QCOMPARE(editor.nameBox()->count(), 2);
    QSignalSpy edited(&editor, &FieldEditor::edited);
    editor.nameBox()->setCurrentIndex(editor.nameBox()->findText(QStringLiteral("token")));
    QCOMPARE(editor.answer(), QVariant(QStringLiteral("token")));
    QVERIFY(edited.count() > 0);
    QCOMPARE(FieldCodec::nodeFromAnswer(f, editor.answer()), ValueTree(QStringLiteral("token")));
    // Typed: a Secret made later.
    editor.nameBox()->setEditText(QStringLiteral("later"));
    QCOMPARE(editor.answer(), QVariant(QStringLiteral("later")));
}

void tst_FieldEditors::multiSelect_answersTheCheckedOptionValues()
{
    MultiSelectEditor editor(field(QStringLiteral("m"), FieldType::MultiSelect));
    QCOMPARE(editor.checkBoxes().size(), 2);
    QCOMPARE(editor.checkBoxes().at(1)->text(), QStringLiteral("Two"));
    QSignalSpy edited(&editor, &FieldEditor::edited);
    editor.checkBoxes().at(1)->click();
    QCOMPARE(edited.count(), 1);
    QCOMPARE(editor.answer(), QVariant(QVariantList { QStringLiteral("2") }));
    const Field f = field(QStringLiteral("m"), FieldType::MultiSelect);
    QCOMPARE(FieldCodec::nodeFromAnswer(f, editor.answer()).items().front(), ValueTree(qint64(2)));
}

void tst_FieldEditors::stringList_rowsAreItems()
{
    StringListEditor editor(field(QStringLiteral("hosts"), FieldType::StringList));
    QSignalSpy edited(&editor, &FieldEditor::edited);
    editor.addButton()->click();
    QCOMPARE(editor.answer(), QVariant(QVariantList()));
    editor.model()->setData(editor.model()->index(0, 0), QStringLiteral(" a.example.com "));
    QVERIFY(edited.count() > 0);
    QCOMPARE(editor.answer(), QVariant(QVariantList { QStringLiteral("a.example.com") }));
}

void tst_FieldEditors::enum_answersTheOptionValue()
{
    EnumEditor editor(field(QStringLiteral("e"), FieldType::Enum));
    QCOMPARE(editor.comboBox()->itemText(1), QStringLiteral("Two"));
    QSignalSpy edited(&editor, &FieldEditor::edited);
    editor.comboBox()->setCurrentIndex(1);
    Q_EMIT editor.comboBox()->activated(1);
    QCOMPARE(edited.count(), 1);
    const Field f = field(QStringLiteral("e"), FieldType::Enum);
    QCOMPARE(FieldCodec::nodeFromAnswer(f, editor.answer()), ValueTree(qint64(2)));
}

void tst_FieldEditors::tables_addAndRemoveRows_emptyRowsAreNoAnswer()
{
    KeyValuesEditor editor(field(QStringLiteral("labels"), FieldType::KeyValues));
    QAbstractItemModelTester tester(editor.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy edited(&editor, &FieldEditor::edited);
    editor.addButton()->click();
    QCOMPARE(editor.model()->rowCount(), 1);
    QCOMPARE(editor.answer(), QVariant(QVariantMap()));
    editor.model()->setData(editor.model()->index(0, 0), QStringLiteral("tier"));
    editor.model()->setData(editor.model()->index(0, 1), QStringLiteral("gold"));
    QCOMPARE(editor.answer().toMap(), QVariantMap({ { QStringLiteral("tier"), QStringLiteral("gold") } }));
    QVERIFY(edited.count() >= 2);
    editor.view()->selectRow(0);
    editor.removeButton()->click();
    QCOMPARE(editor.model()->rowCount(), 0);
    QCOMPARE(editor.answer(), QVariant(QVariantMap()));
}

void tst_FieldEditors::tolerations_secondsAreNumbers()
{
    const QVariantList answer = TolerationsEditor::fromRows(
        { { QStringLiteral("k"), QStringLiteral("Exists"), QString(), QStringLiteral("NoExecute"), QStringLiteral("60") } });
    const QVariantMap toleration = answer.first().toMap();
    QCOMPARE(toleration.value(QStringLiteral("tolerationSeconds")), QVariant(qint64(60)));
    QVERIFY(!toleration.contains(QStringLiteral("value")));
    QCOMPARE(TolerationsEditor::toRows(answer).first().at(4), QStringLiteral("60"));
}

void tst_FieldEditors::resourceProfiles_hintNamesTheProfileNoNodeFits()
{
    ResourceProfilesEditor editor(field(QStringLiteral("profiles"), FieldType::ResourceProfiles));
    QAbstractItemModelTester tester(editor.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    editor.setAnswer(QVariantMap { { QStringLiteral("small"), profile(QStringLiteral("1"), QStringLiteral("1Gi")) },
                                   { QStringLiteral("large"), profile(QStringLiteral("12"), QStringLiteral("64Gi")) } });
    QVERIFY2(editor.fitHint().isEmpty(), "no hint before the nodes are known");
    editor.setFacts(facts());
    const QString hint = editor.fitHint();
    QVERIFY2(hint.contains(QStringLiteral("“large” asks 12 CPU; the largest node has 8 allocatable")), qPrintable(hint));
    QVERIFY2(hint.contains(QStringLiteral("“large” asks 64Gi of memory; the largest node has 32.0 GiB")), qPrintable(hint));
    QVERIFY(!hint.contains(QLatin1String("small")));
    QSignalSpy edited(&editor, &FieldEditor::edited);
    editor.model()->setData(editor.model()->index(1, 0), QStringLiteral("4"));
    editor.model()->setData(editor.model()->index(1, 2), QStringLiteral("16Gi"));
    QCOMPARE(edited.count(), 2);
    QVERIFY2(editor.fitHint().isEmpty(), qPrintable(editor.fitHint()));
}

void tst_FieldEditors::storageClass_listsTheClusterClasses_defaultMarked()
{
    StorageClassEditor editor(field(QStringLiteral("sc"), FieldType::StorageClass));
    editor.setAnswer(QStringLiteral("fast"));
    editor.setFacts(facts());
    QCOMPARE(editor.comboBox()->count(), 2);
    QCOMPARE(editor.comboBox()->itemText(1), QStringLiteral("standard (default)"));
    QCOMPARE(editor.answer(), QVariant(QStringLiteral("fast")));
    editor.comboBox()->setCurrentIndex(1);
    QCOMPARE(editor.answer(), QVariant(QStringLiteral("standard")));
}

void tst_FieldEditors::databaseMode_switchesMode_andNamesItsConnectionTest()
{
    DatabaseModeEditor editor(field(QStringLiteral("db"), FieldType::DatabaseMode));
    editor.setAnswer(QStringLiteral("create"));
    QVERIFY(editor.connectionTest().isEmpty());
    QSignalSpy edited(&editor, &FieldEditor::edited);
    editor.findChild<QRadioButton *>(QStringLiteral("db_use_existing"))->click();
    QCOMPARE(edited.count(), 1);
    QCOMPARE(editor.answer(), QVariant(QStringLiteral("use_existing")));
    QCOMPARE(editor.connectionTest(), QStringLiteral("postgres"));
}

void tst_FieldEditors::gpu_listsGpuNodes_andPrefillsWhenTurnedOn()
{
    GpuEditor editor(field(QStringLiteral("gpu"), FieldType::Gpu));
    editor.setAnswer(QVariantMap { { QStringLiteral("enabled"), false }, { QStringLiteral("count"), qint64(1) } });
    editor.setFacts(facts());
    QVERIFY2(editor.nodesText().contains(QStringLiteral("gpu-0: 4 × nvidia.com/gpu (H100)")), qPrintable(editor.nodesText()));
    QVERIFY2(editor.answer().toMap().value(QStringLiteral("nodeSelector")).toMap().isEmpty(),
             "nothing is filled in while GPUs are off");
    QSignalSpy edited(&editor, &FieldEditor::edited);
    editor.findChild<QCheckBox *>(QStringLiteral("gpuEnabled"))->click();
    QVERIFY(edited.count() >= 1);
    const QVariantMap answer = editor.answer().toMap();
    QCOMPARE(answer.value(QStringLiteral("nodeSelector")).toMap(), facts().gpuNodes.first().selector);
    QCOMPARE(answer.value(QStringLiteral("tolerations")).toList(), facts().gpuNodes.first().tolerations);
    // An administrator's own selector is never overwritten by new facts.
    editor.setAnswer(QVariantMap { { QStringLiteral("enabled"), true }, { QStringLiteral("count"), qint64(1) },
                                   { QStringLiteral("nodeSelector"), QVariantMap { { QStringLiteral("pool"), QStringLiteral("a100") } } } });
    editor.setFacts(facts());
    QCOMPARE(editor.answer().toMap().value(QStringLiteral("nodeSelector")).toMap(),
             QVariantMap({ { QStringLiteral("pool"), QStringLiteral("a100") } }));
}

void tst_FieldEditors::gpu_withoutGpuNodes_saysSoPlainly()
{
    GpuEditor editor(field(QStringLiteral("gpu"), FieldType::Gpu));
    editor.setFacts(ClusterFacts());
    QVERIFY2(editor.nodesText().contains(QLatin1String("This cluster has no GPU node")), qPrintable(editor.nodesText()));
}

void tst_FieldEditors::validator_namesTheFieldOfAnEditedAnswer()
{
    Descriptor descriptor;
    Field quantity = field(QStringLiteral("cpu"), FieldType::Quantity);
    quantity.label = QStringLiteral("CPU request");
    quantity.quantity = QuantityKind::Cpu;
    descriptor.fields = { quantity };
    const ValuesComposer composer(ValueTree::map(), descriptor);
    LineEditor editor(quantity);
    QTest::keyClicks(editor.lineEdit(), QStringLiteral("lots"));
    const Issues issues = AnswerValidator(composer).validateField(quantity, editor.answer());
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().field, QStringLiteral("cpu"));
    QVERIFY2(issues.first().message.startsWith(QLatin1String("CPU request: ")), qPrintable(issues.first().message));
    QVERIFY2(issues.first().message.contains(QLatin1String("lots")), qPrintable(issues.first().message));
}

QTEST_MAIN(tst_FieldEditors)
#include "tst_fieldeditors.moc"
