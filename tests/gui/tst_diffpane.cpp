#include "TestPalettes.h"
#include "helm/ReleaseRecord.h"
#include "install/ReleaseDiff.h"
#include "ui/DiffPane.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QFontDatabase>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

using namespace Slipway;

// The diff pane over two revisions: the added and removed lines in both layouts, both sides'
// line numbers, the layout switch, line colours from the palette (light and dark), the YAML
// highlighting; screenshots of each layout in each palette under build/screenshots/.
class tst_DiffPane final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void unified_showsRemovedAndAddedLines_withHunkSources();
    void sideBySide_putsEachSideLeftAndRight_withItsLineNumbers();
    void modeSwitch_changesTheShownLayout();
    void lineColours_addedAndRemovedDiffer_inLightAndDark();
    void message_replacesTheDiff();
    void screenshots();

private:
    static ReleaseDiff sampleDiff();
    static QTextBlock blockWith(const QPlainTextEdit *view, const QString &text);
    static QColor backgroundOf(const QTextBlock &block, int position);

    QString m_screens;
};

namespace {

ReleaseRecord record(int revision, const QString &message, int replicas, const QString &image)
{
    ReleaseRecord r;
    r.name = QStringLiteral("demo");
    r.nameSpace = QStringLiteral("demo");
    r.revision = revision;
    r.status = QStringLiteral("deployed");
    r.config = QJsonObject { { QStringLiteral("message"), message },
                             { QStringLiteral("replicaCount"), replicas },
                             { QStringLiteral("image"), QJsonObject { { QStringLiteral("tag"), image } } } };
    r.manifest = QStringLiteral("---\n# Source: demo/templates/config.yaml\napiVersion: v1\nkind: ConfigMap\n"
                                "metadata:\n  name: demo\ndata:\n  message: \"%1\" # shown on the page\n"
                                "  colour: 'blue'\n---\n# Source: demo/templates/deploy.yaml\n"
                                "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: demo\n"
                                "  labels:\n    app: demo\nspec:\n  replicas: %2\n  template:\n"
                                "    spec:\n      containers:\n        - name: web\n"
                                "          image: \"registry.invalid/demo:%3\"\n          ports:\n"
                                "            - containerPort: 8080\n")
                     .arg(message)
                     .arg(replicas)
                     .arg(image);
    return r;
}

} // namespace

ReleaseDiff tst_DiffPane::sampleDiff()
{
    ReleaseRecord two = record(2, QStringLiteral("two"), 3, QStringLiteral("1.1"));
    two.config.insert(QStringLiteral("replicaLabel"), QStringLiteral("extra")); // a line only on the right
    return ReleaseDiff(record(1, QStringLiteral("one"), 1, QStringLiteral("1.0")), two);
}

QTextBlock tst_DiffPane::blockWith(const QPlainTextEdit *view, const QString &text)
{
    for (QTextBlock block = view->document()->firstBlock(); block.isValid(); block = block.next()) {
        if (block.text() == text)
            return block;
    }
    return {};
}

QColor tst_DiffPane::backgroundOf(const QTextBlock &block, int position)
{
    if (!block.isValid())
        return {};
    for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
        if (position >= range.start && position < range.start + range.length
            && range.format.hasProperty(QTextFormat::BackgroundBrush))
            return range.format.background().color();
    }
    return {};
}

void tst_DiffPane::initTestCase()
{
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    m_screens = QDir(QStringLiteral(SLIPWAY_SCREENSHOT_DIR)).absolutePath();
    QDir().mkpath(m_screens);
}

void tst_DiffPane::unified_showsRemovedAndAddedLines_withHunkSources()
{
    DiffPane pane;
    pane.setDiff(sampleDiff());
    QCOMPARE(pane.mode(), DiffPane::Mode::Unified);
    auto *unified = pane.findChild<QPlainTextEdit *>(QStringLiteral("diffUnified"));
    QVERIFY(unified);
    QVERIFY(unified->isReadOnly());
    const QString text = unified->toPlainText();
    for (const QString &line : { QStringLiteral("--- values@1"), QStringLiteral("+++ values@2"),
                                 QStringLiteral("-message: one"), QStringLiteral("+message: two"),
                                 QStringLiteral("-replicaCount: 1"), QStringLiteral("+replicaCount: 3"),
                                 QStringLiteral("-  replicas: 1"), QStringLiteral("+  replicas: 3"),
                                 QStringLiteral("--- manifest@1"), QStringLiteral("+++ manifest@2") })
        QVERIFY2(text.split(QLatin1Char('\n')).contains(line), qPrintable(line + QStringLiteral("\n\n") + text));
    // Each manifest hunk is headed by its document's source.
    QVERIFY2(text.contains(QRegularExpression(QStringLiteral("^@@ .* @@ # Source: demo/templates/deploy.yaml$"),
                                              QRegularExpression::MultilineOption)),
             qPrintable(text));
    QVERIFY2(text.contains(QRegularExpression(QStringLiteral("^@@ .* @@ # Source: demo/templates/config.yaml$"),
                                              QRegularExpression::MultilineOption)),
             qPrintable(text));
    QCOMPARE(pane.unifiedText(), text);
    QCOMPARE(unified->font().family(), QFontDatabase::systemFont(QFontDatabase::FixedFont).family());

    // The unified margin numbers a removed line on the left only, an added one on the right only.
    const QStringList rows = text.split(QLatin1Char('\n'));
    const QList<int> before = pane.marginNumbers(DiffPane::Margin::UnifiedBefore);
    const QList<int> after = pane.marginNumbers(DiffPane::Margin::UnifiedAfter);
    QCOMPARE(before.size(), rows.size());
    const qsizetype removed = rows.indexOf(QStringLiteral("-  replicas: 1"));
    const qsizetype added = rows.indexOf(QStringLiteral("+  replicas: 3"));
    QVERIFY(before.at(removed) > 0);
    QCOMPARE(after.at(removed), 0);
    QCOMPARE(before.at(added), 0);
    QCOMPARE(after.at(added), before.at(removed)); // the same line of the manifest, changed
}

void tst_DiffPane::sideBySide_putsEachSideLeftAndRight_withItsLineNumbers()
{
    const ReleaseDiff diff = sampleDiff();
    DiffPane pane;
    pane.setDiff(diff);
    pane.setMode(DiffPane::Mode::SideBySide);
    auto *left = pane.findChild<QPlainTextEdit *>(QStringLiteral("diffBefore"));
    auto *right = pane.findChild<QPlainTextEdit *>(QStringLiteral("diffAfter"));
    QVERIFY(left && right);
    const QStringList leftRows = left->toPlainText().split(QLatin1Char('\n'));
    const QStringList rightRows = right->toPlainText().split(QLatin1Char('\n'));
    QCOMPARE(leftRows.size(), rightRows.size()); // row for row, so both sides stay level
    QVERIFY(leftRows.contains(QStringLiteral("message: one")));
    QVERIFY(!leftRows.contains(QStringLiteral("message: two")));
    QVERIFY(rightRows.contains(QStringLiteral("message: two")));
    QVERIFY(!rightRows.contains(QStringLiteral("message: one")));
    // A changed line faces its new version.
    QCOMPARE(leftRows.indexOf(QStringLiteral("  replicas: 1")), rightRows.indexOf(QStringLiteral("  replicas: 3")));
    QVERIFY(leftRows.contains(QStringLiteral("@@ -%1,%2 @@ # Source: demo/templates/deploy.yaml")
                                  .arg(diff.manifestHunks().last().beforeStart)
                                  .arg(diff.manifestHunks().last().beforeCount)));

    // A line only on the right faces an unnumbered filler on the left.
    const qsizetype onlyRight = rightRows.indexOf(QStringLiteral("replicaLabel: extra"));
    QVERIFY(onlyRight >= 0);
    QCOMPARE(leftRows.at(onlyRight), QString());
    QCOMPARE(pane.marginNumbers(DiffPane::Margin::Before).at(onlyRight), 0);

    // Each side numbers its own lines as the diff does.
    const QList<int> leftNumbers = pane.marginNumbers(DiffPane::Margin::Before);
    const QList<int> rightNumbers = pane.marginNumbers(DiffPane::Margin::After);
    QCOMPARE(leftNumbers.size(), leftRows.size());
    for (const DiffHunk &hunk : diff.manifestHunks()) {
        for (const DiffLine &line : hunk.lines) {
            if (line.kind == DiffLine::Kind::Removed) {
                const qsizetype row = leftRows.indexOf(line.text);
                QVERIFY2(row >= 0, qPrintable(line.text));
                QCOMPARE(leftNumbers.at(row), line.beforeLine);
            } else if (line.kind == DiffLine::Kind::Added) {
                const qsizetype row = rightRows.indexOf(line.text);
                QVERIFY2(row >= 0, qPrintable(line.text));
                QCOMPARE(rightNumbers.at(row), line.afterLine);
            }
        }
    }
    // Both sides scroll together.
    left->resize(300, 80);
    right->resize(300, 80);
    pane.resize(600, 120);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QVERIFY(left->verticalScrollBar()->maximum() > 0);
    left->verticalScrollBar()->setValue(3);
    QCOMPARE(right->verticalScrollBar()->value(), 3);
}

void tst_DiffPane::modeSwitch_changesTheShownLayout()
{
    DiffPane pane;
    pane.setDiff(sampleDiff());
    auto *mode = pane.findChild<QComboBox *>(QStringLiteral("diffMode"));
    auto *pages = pane.findChild<QStackedWidget *>();
    QVERIFY(mode && pages);
    QVERIFY(mode->isEnabled());
    QVERIFY(!mode->accessibleName().isEmpty());
    QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("diffUnified"));
    QSignalSpy changed(&pane, &DiffPane::modeChanged);
    mode->setCurrentIndex(mode->findData(QVariant::fromValue(DiffPane::Mode::SideBySide)));
    QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("diffSideBySide"));
    QCOMPARE(pane.mode(), DiffPane::Mode::SideBySide);
    QCOMPARE(changed.size(), 1);
    // A new diff keeps the layout chosen.
    pane.setDiff(sampleDiff());
    QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("diffSideBySide"));
    mode->setCurrentIndex(mode->findData(QVariant::fromValue(DiffPane::Mode::Unified)));
    QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("diffUnified"));
}

void tst_DiffPane::lineColours_addedAndRemovedDiffer_inLightAndDark()
{
    // As in a window: a tab of a shown window, not the current one when the palette changes.
    QTabWidget window;
    auto *other = new QWidget(&window);
    auto *panePage = new DiffPane(&window);
    DiffPane &pane = *panePage;
    window.addTab(other, QStringLiteral("other"));
    window.addTab(panePage, QStringLiteral("diff"));
    window.setCurrentIndex(1);
    pane.setDiff(sampleDiff());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.setCurrentIndex(0);
    const auto *unified = pane.findChild<QPlainTextEdit *>(QStringLiteral("diffUnified"));
    const auto *left = pane.findChild<QPlainTextEdit *>(QStringLiteral("diffBefore"));
    const auto *right = pane.findChild<QPlainTextEdit *>(QStringLiteral("diffAfter"));

    const auto check = [&](const QPalette &palette) {
        const QColor base = palette.color(QPalette::Base);
        const QColor added = backgroundOf(blockWith(unified, QStringLiteral("+message: two")), 3);
        const QColor removed = backgroundOf(blockWith(unified, QStringLiteral("-message: one")), 3);
        QVERIFY(added.isValid() && removed.isValid());
        QVERIFY(added != removed);
        QVERIFY2(added.green() > added.red(), qPrintable(added.name()));
        QVERIFY2(removed.red() > removed.green(), qPrintable(removed.name()));
        // Tinted, not replaced: as light or dark as the palette's base.
        QVERIFY2(std::abs(added.lightness() - base.lightness()) < 60, qPrintable(added.name() + base.name()));
        QVERIFY2(std::abs(removed.lightness() - base.lightness()) < 60, qPrintable(removed.name() + base.name()));
        // A context line has no tint; side by side the sides use the same colours.
        QTextBlock context = unified->document()->firstBlock();
        while (context.isValid() && !(context.text().startsWith(QLatin1Char(' ')) && context.text().size() > 3))
            context = context.next();
        QVERIFY(context.isValid());
        QVERIFY2(!backgroundOf(context, 2).isValid(), qPrintable(context.text()));
        QCOMPARE(backgroundOf(blockWith(right, QStringLiteral("message: two")), 0), added);
        QCOMPARE(backgroundOf(blockWith(left, QStringLiteral("message: one")), 0), removed);
        // YAML: the key is coloured apart from the value.
        const QTextBlock line = blockWith(unified, QStringLiteral("+message: two"));
        QColor key;
        QColor value;
        for (const QTextLayout::FormatRange &range : line.layout()->formats()) {
            if (range.start <= 1 && 1 < range.start + range.length && range.format.hasProperty(QTextFormat::ForegroundBrush))
                key = range.format.foreground().color();
            if (range.start <= 10 && 10 < range.start + range.length && range.format.hasProperty(QTextFormat::ForegroundBrush))
                value = range.format.foreground().color();
        }
        QVERIFY(key.isValid());
        QVERIFY(key != value);
    };
    check(pane.palette());
    if (QTest::currentTestFailed())
        return;
    const QPalette light = QApplication::palette();
    QApplication::setPalette(darkTestPalette());
    window.setCurrentIndex(1);
    QApplication::processEvents();
    check(pane.palette());
    QApplication::setPalette(light);
}

void tst_DiffPane::message_replacesTheDiff()
{
    DiffPane pane;
    pane.setDiff(sampleDiff());
    pane.setMessage(QStringLiteral("Revision 1 is the first: nothing to compare it with."));
    auto *pages = pane.findChild<QStackedWidget *>();
    auto *message = pane.findChild<QLabel *>(QStringLiteral("diffMessage"));
    QCOMPARE(pages->currentWidget(), message);
    QCOMPARE(message->text(), QStringLiteral("Revision 1 is the first: nothing to compare it with."));
    QVERIFY(!pane.findChild<QComboBox *>(QStringLiteral("diffMode"))->isEnabled());
    QVERIFY(pane.unifiedText().isEmpty());
    // The same revision twice: nothing differs, and the pane says so.
    const ReleaseRecord one = record(1, QStringLiteral("one"), 1, QStringLiteral("1.0"));
    pane.setDiff(ReleaseDiff(one, one));
    QCOMPARE(pages->currentWidget(), message);
    QVERIFY2(message->text().contains(QLatin1String("same")), qPrintable(message->text()));
}

void tst_DiffPane::screenshots()
{
    const QPalette light = QApplication::palette();
    for (const auto &[name, palette] : { std::pair { QStringLiteral("light"), light },
                                         std::pair { QStringLiteral("dark"), darkTestPalette() } }) {
        QApplication::setPalette(palette);
        DiffPane pane;
        pane.resize(1100, 640);
        pane.setDiff(sampleDiff());
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        for (const DiffPane::Mode mode : { DiffPane::Mode::Unified, DiffPane::Mode::SideBySide }) {
            pane.setMode(mode);
            QApplication::processEvents();
            const QString file = QDir(m_screens).filePath(
                QStringLiteral("diffpane-%1-%2.png")
                    .arg(mode == DiffPane::Mode::Unified ? QStringLiteral("unified") : QStringLiteral("side-by-side"), name));
            QVERIFY2(pane.grab().save(file, "PNG"), qPrintable(file));
        }
    }
    QApplication::setPalette(light);
}

QTEST_MAIN(tst_DiffPane)
#include "tst_diffpane.moc"
