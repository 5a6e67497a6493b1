#include "ApiServerProcess.h"
#include "Kubectl.h"
#include "TestPalettes.h"
#include "WaitUntil.h"
#include "kube/KubeClient.h"
#include "kube/Kubeconfig.h"
#include "kube/Reflector.h"
#include "ui/LogPane.h"
#include "ui/models/LogLinesModel.h"
#include "ui/models/PodsModel.h"

#include <algorithm>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Slipway;

// The log pane on a pod of the testbed (kwok serves each container a stream of its own from the
// testbed's log-writer, numbered lines naming pod and container, one a second): the pod's
// containers to pick from, each showing its own lines, the last N lines first,
// the stream's state, search that highlights and jumps, saving to a file, wrapping, the
// previous instance only for a restarted container, and a followed log that goes on across a
// kube-apiserver restart with no line lost or repeated. Screenshots under build/screenshots/.
class tst_LogPaneTestbed final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void containers_areListed_initOnesLabelled();
    void tail_limitsTheFirstLines_andTheStateShowsStreaming();
    void search_highlightsTheMatches_andJumpsFromOneToTheNext();
    void save_writesTheShownLines();
    void wrap_laysALongLineOutOnSeveralRows();
    void previous_onlyForARestartedContainer();
    void previous_ofAContainerThatKeepsCrashing();
    void screenshots();
    void apiServerRestart_followedLogStaysConsecutive();

private:
    template<typename T>
    T *child(const QString &name) const
    {
        T *widget = m_pane->findChild<T *>(name);
        if (!widget)
            qFatal("no %s in the log pane", qPrintable(name));
        return widget;
    }
    QList<PodsModel::Container> containers() const;
    void showPod();
    int highlightedPixels();
    void shoot(const QString &name);
    // Every line shown is the testbed's stream of this container of the shown pod.
    bool allLinesAre(const QString &container, int restarts = 0) const;
    // The pane's stream's state; Idle while it has none (a new choice drops the old stream at
    // once and starts the next when the choice settles).
    PodLogStream::State streamState() const
    {
        return m_pane->stream() ? m_pane->stream()->state() : PodLogStream::State::Idle;
    }

    QString m_ns;
    QString m_screens;
    std::unique_ptr<KubeClient> m_client;
    std::unique_ptr<Reflector> m_pods;
    std::unique_ptr<PodsModel> m_podsModel;
    std::unique_ptr<LogPane> m_pane;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

namespace {

const QString kPod = QStringLiteral("multi");

QByteArray pod()
{
    return QByteArrayLiteral(R"(apiVersion: v1
kind: Pod
metadata: {name: multi, labels: {app: logpane-e2e}}
spec:
  initContainers: [{name: setup, image: registry.invalid/setup:1}]
  containers: [{name: main, image: registry.invalid/app:1}, {name: side, image: registry.invalid/side:1}]
)");
}

// The log-writer's number of a line, -1 for a line that is not one.
int numberOf(const QString &line)
{
    static const QRegularExpression numbered(QStringLiteral(R"re(container log line (\d+)"$)re"));
    const QRegularExpressionMatch m = numbered.match(line);
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

QString gapsIn(const QStringList &lines)
{
    QStringList problems;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int n = numberOf(lines.at(i));
        if (n < 0)
            problems << QStringLiteral("line %1 is not numbered: %2").arg(i).arg(lines.at(i));
        else if (i > 0 && n != numberOf(lines.at(i - 1)) + 1)
            problems << QStringLiteral("%1 follows %2").arg(n).arg(numberOf(lines.at(i - 1)));
    }
    return problems.join(QLatin1String(", "));
}

} // namespace

QList<PodsModel::Container> tst_LogPaneTestbed::containers() const
{
    return m_podsModel->containers(m_podsModel->rowOfPod(kPod, m_ns));
}

void tst_LogPaneTestbed::showPod()
{
    m_pane->setPod(m_client.get(), m_ns, kPod, containers());
}

// Pixels of the palette's highlight colour in the log view: the matches' backgrounds.
int tst_LogPaneTestbed::highlightedPixels()
{
    auto *view = child<QListView>(QStringLiteral("logView"));
    QApplication::processEvents();
    const QImage image = view->viewport()->grab().toImage();
    const QRgb highlight = view->palette().color(QPalette::Highlight).rgb();
    int count = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            count += image.pixel(x, y) == highlight ? 1 : 0;
    return count;
}

void tst_LogPaneTestbed::shoot(const QString &name)
{
    QApplication::processEvents();
    const QString file = QDir(m_screens).filePath(name + QStringLiteral(".png"));
    QVERIFY2(m_pane->grab().save(file, "PNG"), qPrintable(file));
}

void tst_LogPaneTestbed::initTestCase()
{
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    m_screens = QDir(QStringLiteral(SLIPWAY_SCREENSHOT_DIR)).absolutePath();
    QDir().mkpath(m_screens);
    m_ns = QStringLiteral("e2e-logpane-%1").arg(QCoreApplication::applicationPid());
    QVERIFY(Kubectl::createNamespace(m_ns));
    QVERIFY(Kubectl::apply(m_ns, pod()));
    QVERIFY(Kubectl::run({ QStringLiteral("-n"), m_ns, QStringLiteral("wait"), QStringLiteral("--for=condition=Ready"),
                           QStringLiteral("pod/") + kPod, QStringLiteral("--timeout=60s") })
                .ok());
    for (const QString &container : { QStringLiteral("setup"), QStringLiteral("main"), QStringLiteral("side") })
        QVERIFY(Kubectl::waitForOwnLogs(m_ns, kPod, container));
    const Expected<Kubeconfig> config = Kubeconfig::load(Kubeconfig::sourcesFromEnvironment());
    QVERIFY(config);
    m_client = std::make_unique<KubeClient>(config->resolve(QStringLiteral("admin")).value());
    Reflector::Options options;
    options.nameSpace = m_ns;
    m_pods = std::make_unique<Reflector>(m_client.get(), options);
    m_podsModel = std::make_unique<PodsModel>(m_pods.get());
    m_pods->start();
    QVERIFY(waitUntil([&] { return containers().size() == 3; }, 30000));

    m_pane = std::make_unique<LogPane>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_pane->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    m_pane->resize(1000, 420);
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
    m_pane->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_pane.get()));
}

void tst_LogPaneTestbed::cleanupTestCase()
{
    m_tester.reset();
    m_pane.reset();
    m_podsModel.reset();
    m_pods.reset();
    m_client.reset();
    Kubectl::deleteNamespace(m_ns);
}

void tst_LogPaneTestbed::containers_areListed_initOnesLabelled()
{
    auto *combo = child<QComboBox>(QStringLiteral("logContainer"));
    QVERIFY(!combo->isEnabled()); // no pod yet
    showPod();
    QCOMPARE(combo->count(), 3);
    QStringList shown;
    QStringList names;
    for (int i = 0; i < combo->count(); ++i) {
        shown << combo->itemText(i);
        names << combo->itemData(i).toString();
    }
    names.sort();
    QCOMPARE(names, (QStringList { QStringLiteral("main"), QStringLiteral("setup"), QStringLiteral("side") }));
    QVERIFY2(shown.contains(QStringLiteral("setup (init)")), qPrintable(shown.join(u',')));
    QCOMPARE(m_pane->container(), QStringLiteral("main")); // the first container that is not init
    QCOMPARE(streamState() == PodLogStream::State::Idle, false);
    // Every input has an accessible name.
    for (const QString &name : { QStringLiteral("logContainer"), QStringLiteral("logFollow"), QStringLiteral("logTail"),
                                 QStringLiteral("logWrap"), QStringLiteral("logPrevious"), QStringLiteral("logFind"),
                                 QStringLiteral("logSave"), QStringLiteral("logView") })
        QVERIFY2(!child<QWidget>(name)->accessibleName().isEmpty(), qPrintable(name));
    QCOMPARE(child<QSpinBox>(QStringLiteral("logTail"))->value(), 500);
    QVERIFY(child<QCheckBox>(QStringLiteral("logFollow"))->isChecked());

    // Another container: its own log, numbered from 1 again.
    combo->setCurrentIndex(combo->findData(QStringLiteral("side")));
    QVERIFY(waitUntil([&] { return m_pane->container() == u"side" && m_pane->model()->rowCount() > 0; }, 20000));
    QCOMPARE(m_pane->model()->lineNumber(0), 1);
    QVERIFY2(child<QLabel>(QStringLiteral("logState"))->text().contains(QLatin1String("multi/side")),
             qPrintable(child<QLabel>(QStringLiteral("logState"))->text()));
    // Every line is the side container's of this pod: the testbed gives each a stream that names it.
    QVERIFY2(allLinesAre(QStringLiteral("side")), qPrintable(m_pane->model()->lines().join(u'\n')));
    combo->setCurrentIndex(combo->findData(QStringLiteral("main")));
    QVERIFY(waitUntil([&] { return m_pane->container() == u"main" && m_pane->model()->rowCount() > 0; }, 20000));
    QVERIFY2(allLinesAre(QStringLiteral("main")), qPrintable(m_pane->model()->lines().join(u'\n')));
}

bool tst_LogPaneTestbed::allLinesAre(const QString &container, int restarts) const
{
    const QString mark = QStringLiteral(" container=%1 restarts=%2 ").arg(container).arg(restarts);
    const QStringList lines = m_pane->model()->lines();
    const QString pod = QStringLiteral("pod=%1/%2 ").arg(m_ns, m_pane->pod());
    return !lines.isEmpty() && std::all_of(lines.cbegin(), lines.cend(), [&](const QString &line) {
        return line.contains(pod) && line.contains(mark);
    });
}

void tst_LogPaneTestbed::tail_limitsTheFirstLines_andTheStateShowsStreaming()
{
    auto *tail = child<QSpinBox>(QStringLiteral("logTail"));
    auto *state = child<QLabel>(QStringLiteral("logState"));
    // The log-writer has written far more than 7 lines by now.
    QSignalSpy restarted(m_pane->model(), &QAbstractItemModel::modelReset);
    tail->setValue(7);
    QVERIFY(waitUntil([&] { return !restarted.isEmpty() && m_pane->model()->rowCount() > 0; }, 20000));
    const int first = m_pane->model()->rowCount();
    QVERIFY2(first >= 7 && first <= 8, qPrintable(QString::number(first))); // a new line may have come
    QVERIFY2(waitUntil([&] { return state->text().contains(QLatin1String("streaming")); }, 20000),
             qPrintable(state->text()));
    QVERIFY2(state->text().contains(QLatin1String("multi/main")), qPrintable(state->text()));
    QVERIFY2(gapsIn(m_pane->model()->lines()).isEmpty(), qPrintable(gapsIn(m_pane->model()->lines())));
    // Followed: the writer's next lines arrive, and the count in the state follows.
    QVERIFY(waitUntil([&] { return m_pane->model()->rowCount() >= first + 2; }, 10000));
    QVERIFY2(state->text().contains(QStringLiteral("%1 line").arg(m_pane->model()->rowCount())), qPrintable(state->text()));
    // 0 is all of it: many more lines than the tail.
    restarted.clear();
    tail->setValue(0);
    QVERIFY(waitUntil([&] { return !restarted.isEmpty() && m_pane->model()->rowCount() > 100; }, 20000));
    restarted.clear();
    tail->setValue(200);
    QVERIFY(waitUntil([&] { return !restarted.isEmpty() && m_pane->model()->rowCount() >= 200; }, 20000));
    QVERIFY(m_pane->model()->rowCount() < 205);
}

void tst_LogPaneTestbed::search_highlightsTheMatches_andJumpsFromOneToTheNext()
{
    auto *find = child<QLineEdit>(QStringLiteral("logFind"));
    auto *view = child<QListView>(QStringLiteral("logView"));
    LogLinesModel *model = m_pane->model();
    QVERIFY(model->rowCount() >= 200);
    // Unfollowed, so the lines stay put while the view is looked at.
    child<QCheckBox>(QStringLiteral("logFollow"))->setChecked(false);
    QVERIFY(waitUntil([&] { return streamState() == PodLogStream::State::Finished
                                   && model->rowCount() >= 200; }, 20000));
    view->scrollToBottom();
    QCOMPARE(highlightedPixels(), 0);

    // One line's number: exactly one match, highlighted where it is shown.
    const int row = model->rowCount() - 3;
    const QString token = QStringLiteral("line %1\"").arg(numberOf(model->line(row)));
    find->setFocus();
    find->setText(token);
    QVERIFY2(highlightedPixels() > 20, "the visible match is not painted in the highlight colour");
    QTest::keyClick(find, Qt::Key_Return);
    QCOMPARE(view->currentIndex().row(), row);
    QVERIFY2(child<QLabel>(QStringLiteral("logState"))->text().contains(QLatin1String("match 1 of 1")),
             qPrintable(child<QLabel>(QStringLiteral("logState"))->text()));

    // Many matches: Enter goes down, Shift+Enter up, F3 / Shift+F3 alike, around the ends.
    find->setText(QStringLiteral("log line"));
    view->setCurrentIndex(model->index(10, 0));
    QTest::keyClick(find, Qt::Key_Return);
    QCOMPARE(view->currentIndex().row(), 11);
    QTest::keyClick(find, Qt::Key_Return);
    QCOMPARE(view->currentIndex().row(), 12);
    QTest::keyClick(find, Qt::Key_Return, Qt::ShiftModifier);
    QCOMPARE(view->currentIndex().row(), 11);
    QTest::keyClick(find, Qt::Key_F3);
    QCOMPARE(view->currentIndex().row(), 12);
    QTest::keyClick(find, Qt::Key_F3, Qt::ShiftModifier);
    QCOMPARE(view->currentIndex().row(), 11);
    view->setCurrentIndex(model->index(0, 0));
    QTest::keyClick(find, Qt::Key_Return, Qt::ShiftModifier);
    QCOMPARE(view->currentIndex().row(), model->rowCount() - 1);

    find->setText(QStringLiteral("no such text in any line"));
    QTest::keyClick(find, Qt::Key_Return);
    QVERIFY2(child<QLabel>(QStringLiteral("logState"))->text().contains(QLatin1String("is not in the log")),
             qPrintable(child<QLabel>(QStringLiteral("logState"))->text()));
    find->clear();
    QCOMPARE(highlightedPixels(), 0);
}

void tst_LogPaneTestbed::save_writesTheShownLines()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("multi.log"));
    QSignalSpy saved(m_pane.get(), &LogPane::saved);
    const QStringList shown = m_pane->model()->lines();
    QVERIFY(shown.size() >= 200);
    m_pane->saveTo(file);
    QVERIFY(!child<QPushButton>(QStringLiteral("logSave"))->isEnabled()); // while it writes
    QVERIFY(saved.wait(10000));
    QCOMPARE(saved.first().at(0).toString(), file);
    QCOMPARE(saved.first().at(1).toString(), QString());
    QVERIFY(child<QPushButton>(QStringLiteral("logSave"))->isEnabled());
    QFile written(file);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(written.readAll());
    QVERIFY(text.endsWith(QLatin1Char('\n')));
    QCOMPARE(text.chopped(1).split(QLatin1Char('\n')), shown);
    QVERIFY2(child<QLabel>(QStringLiteral("logState"))->text().contains(QLatin1String("saved to")),
             qPrintable(child<QLabel>(QStringLiteral("logState"))->text()));

    // A file that cannot be written: the state says why.
    saved.clear();
    m_pane->saveTo(dir.filePath(QStringLiteral("no/such/folder/multi.log")));
    QVERIFY(saved.wait(10000));
    QVERIFY(!saved.first().at(1).toString().isEmpty());
    QVERIFY2(child<QLabel>(QStringLiteral("logState"))->text().contains(QLatin1String("not saved")),
             qPrintable(child<QLabel>(QStringLiteral("logState"))->text()));
}

void tst_LogPaneTestbed::wrap_laysALongLineOutOnSeveralRows()
{
    auto *view = child<QListView>(QStringLiteral("logView"));
    auto *wrap = child<QCheckBox>(QStringLiteral("logWrap"));
    LogLinesModel *model = m_pane->model();
    QStringList words;
    for (int i = 0; i < 120; ++i)
        words << QStringLiteral("word%1").arg(i);
    model->append({ words.join(QLatin1Char(' ')) });
    const QModelIndex longLine = model->index(model->rowCount() - 1, 0);
    const QModelIndex shortLine = model->index(0, 0);
    view->scrollTo(longLine);
    QApplication::processEvents();
    const int oneRow = view->visualRect(shortLine).height();
    QCOMPARE(view->visualRect(longLine).height(), oneRow);
    QVERIFY(view->visualRect(longLine).width() > view->viewport()->width()); // scrolled sideways

    wrap->setChecked(true);
    QVERIFY(waitUntil([&] { return view->visualRect(longLine).height() > 3 * oneRow; }, 10000));
    QCOMPARE(view->visualRect(shortLine).height(), oneRow);
    QVERIFY(view->visualRect(longLine).width() <= view->viewport()->width());
    view->scrollTo(longLine);
    QApplication::processEvents();
    shoot(QStringLiteral("logpane-wrapped"));

    wrap->setChecked(false);
    QVERIFY(waitUntil([&] { return view->visualRect(longLine).height() == oneRow; }, 10000));
}

void tst_LogPaneTestbed::previous_onlyForARestartedContainer()
{
    auto *previous = child<QCheckBox>(QStringLiteral("logPrevious"));
    auto *follow = child<QCheckBox>(QStringLiteral("logFollow"));
    follow->setChecked(true);
    QVERIFY(waitUntil([&] { return streamState() == PodLogStream::State::Streaming; }, 20000));
    // No container of the pod has restarted.
    for (const PodsModel::Container &c : containers())
        QCOMPARE(c.restarts, 0);
    QVERIFY(!previous->isEnabled());

    // The same pod, its main container now restarted once: the log goes on, Previous may be asked.
    QSignalSpy restartedLog(m_pane->model(), &QAbstractItemModel::modelReset);
    QList<PodsModel::Container> restarted = containers();
    for (PodsModel::Container &c : restarted)
        c.restarts = c.name == u"main" ? 1 : 0;
    m_pane->setPod(m_client.get(), m_ns, kPod, restarted);
    QTest::qWait(500);
    QCOMPARE(restartedLog.size(), 0);
    QVERIFY(previous->isEnabled());
    previous->setChecked(true);
    QVERIFY(!follow->isEnabled()); // the previous instance has ended: nothing to follow
    QVERIFY(waitUntil([&] { return !restartedLog.isEmpty(); }, 5000));
    // Another container, without restarts: Previous goes off and cannot be asked.
    auto *combo = child<QComboBox>(QStringLiteral("logContainer"));
    combo->setCurrentIndex(combo->findData(QStringLiteral("side")));
    QVERIFY(!previous->isEnabled());
    QVERIFY(!previous->isChecked());
    QVERIFY(follow->isEnabled());
    combo->setCurrentIndex(combo->findData(QStringLiteral("main")));
    showPod();
    QVERIFY(!previous->isEnabled());
}

void tst_LogPaneTestbed::previous_ofAContainerThatKeepsCrashing()
{
    QVERIFY(Kubectl::apply(m_ns, QByteArrayLiteral(R"(apiVersion: v1
kind: Pod
metadata: {name: crash, labels: {kwok.test/fault: CrashLoopBackOff}}
spec:
  containers: [{name: main, image: registry.invalid/app:1}]
)")));
    const auto crashing = [&] { return m_podsModel->containers(m_podsModel->rowOfPod(QStringLiteral("crash"), m_ns)); };
    QVERIFY(waitUntil([&] { return !crashing().isEmpty() && crashing().first().restarts > 0; }, 60000));
    QVERIFY(Kubectl::waitForOwnLogs(m_ns, QStringLiteral("crash"), QStringLiteral("main")));
    auto *previous = child<QCheckBox>(QStringLiteral("logPrevious"));
    auto *state = child<QLabel>(QStringLiteral("logState"));
    m_pane->setPod(m_client.get(), m_ns, QStringLiteral("crash"), crashing());
    QVERIFY(previous->isEnabled());
    previous->setChecked(true);
    // The previous instance is asked for: the testbed serves it (its lines say restarts=0, the
    // current instance's restarts=5), and the state tells which log this is and that it ended.
    QVERIFY2(waitUntil([&] { return streamState() == PodLogStream::State::Finished; }, 20000),
             qPrintable(state->text()));
    QVERIFY2(allLinesAre(QStringLiteral("main"), 0), qPrintable(m_pane->model()->lines().join(u'\n')));
    QVERIFY2(state->text().contains(QLatin1String("previous instance")), qPrintable(state->text()));
    QVERIFY2(state->text().contains(QLatin1String("crash/main")), qPrintable(state->text()));
    shoot(QStringLiteral("logpane-previous"));
    showPod();
    QVERIFY(!previous->isEnabled());
    QVERIFY(!previous->isChecked());
    QVERIFY(child<QCheckBox>(QStringLiteral("logFollow"))->isEnabled());
}

void tst_LogPaneTestbed::screenshots()
{
    QVERIFY(waitUntil([&] { return streamState() == PodLogStream::State::Streaming
                                   && m_pane->model()->rowCount() > 20; }, 20000));
    child<QLineEdit>(QStringLiteral("logFind"))->setText(QStringLiteral("line 1"));
    const QPalette light = QApplication::palette();
    const QPalette dark = darkTestPalette();
    for (const auto &[name, palette] : { std::pair { QStringLiteral("light"), light }, std::pair { QStringLiteral("dark"), dark } }) {
        QApplication::setPalette(palette);
        QApplication::processEvents();
        shoot(QStringLiteral("logpane-%1").arg(name));
    }
    QApplication::setPalette(light);
    child<QLineEdit>(QStringLiteral("logFind"))->clear();
}

void tst_LogPaneTestbed::apiServerRestart_followedLogStaysConsecutive()
{
    ApiServerProcess apiServer;
    QVERIFY2(apiServer.isKnown(), "cannot read the kube-apiserver's command line");
    auto *state = child<QLabel>(QStringLiteral("logState"));
    QSignalSpy restarted(m_pane->model(), &QAbstractItemModel::modelReset);
    child<QSpinBox>(QStringLiteral("logTail"))->setValue(3);
    QVERIFY(waitUntil([&] { return !restarted.isEmpty() && streamState() == PodLogStream::State::Streaming
                                   && m_pane->model()->rowCount() >= 5; }, 20000));
    const qsizetype before = m_pane->model()->rowCount();
    QVERIFY(apiServer.stop());
    QVERIFY2(waitUntil([&] { return state->text().contains(QLatin1String("reconnecting")); }, 30000),
             qPrintable(state->text()));
    QTest::qWait(3000); // the writer goes on meanwhile
    QVERIFY(apiServer.start());
    QVERIFY(apiServer.waitReady(60));
    QVERIFY2(waitUntil([&] { return state->text().contains(QLatin1String("streaming"))
                                    && state->text().contains(QLatin1String("1 reconnect"))
                                    && m_pane->model()->rowCount() >= before + 6; }, 60000),
             qPrintable(state->text()));
    const QStringList lines = m_pane->model()->lines();
    QVERIFY2(gapsIn(lines).isEmpty(), qPrintable(gapsIn(lines)));
    // The pane's own numbering goes on from where it was, one per line.
    for (int row = 0; row < m_pane->model()->rowCount(); ++row)
        QCOMPARE(m_pane->model()->lineNumber(row), qint64(row + 1));
}

QTEST_MAIN(tst_LogPaneTestbed)
#include "tst_logpane_testbed.moc"
