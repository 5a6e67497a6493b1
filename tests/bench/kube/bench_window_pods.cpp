// bench_window_pods NAMESPACE PODS [--stall] — the main window's pods table on a release with
// PODS pods (label app.kubernetes.io/instance=bench): a ReleaseView, shown offscreen, exits once
// its Pods tab lists them all (timed from outside by bench.py against `kubectl get pods`).
// With --stall it stays after that, prints "ready" and measures the longest event-loop stall —
// a 5 ms timer that records its own lateness — while pods change (the caller creates 1,000
// more, which arrive and then turn Running and Ready) until 1,000 status updates of rows have
// been seen; then prints the stall and RSS.
#include "BenchClient.h"
#include "kube/KubeClient.h"
#include "kube/Reflector.h"
#include "ui/ReleaseView.h"
#include "ui/models/PodsModel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace Slipway;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: bench_window_pods NAMESPACE PODS [--stall]\n");
        return 2;
    }
    const int expected = args.at(2).toInt();
    int inserted = 0;
    const bool stall = args.contains(QStringLiteral("--stall"));
    const std::optional<ResolvedContext> context = benchContext();
    if (!context)
        return 1;
    KubeClient client(*context);
    ReleaseView view;
    view.resize(1200, 800);
    view.show();
    view.setRelease(&client, QStringLiteral("bench"), args.at(1), ReleaseStorage());
    view.setCurrentIndex(view.indexOf(view.findChild<QWidget *>(QStringLiteral("podsView"))->parentWidget()));
    PodsModel *model = view.podsModel();

    QElapsedTimer lateness;
    QTimer ticker;
    qint64 worstMs = 0;
    int updates = 0;
    bool listed = false;
    bool reported = false; // once: more changes arrive before the event loop ends
    ticker.setInterval(5);
    QObject::connect(&ticker, &QTimer::timeout, &app, [&] {
        worstMs = std::max(worstMs, lateness.restart() - 5);
    });
    QObject::connect(model, &QAbstractItemModel::dataChanged, &app,
                     [&](const QModelIndex &from, const QModelIndex &to) {
                         // The age column ticks every second over every row: not a change.
                         if (!listed || !stall || from.column() != 0)
                             return;
                         updates += to.row() - from.row() + 1;
                         if (updates >= 1000 && !reported) {
                             reported = true;
                             std::printf("stall: longest %lld ms over %d new rows and %d row "
                                         "updates; %s\n",
                                         static_cast<long long>(worstMs), inserted, updates,
                                         processMemory().constData());
                             QCoreApplication::exit(0);
                         }
                     });
    const auto check = [&] {
        if (listed || model->rowCount() < expected)
            return;
        listed = true;
        std::printf("listed %d pods; %s\n", model->rowCount(), processMemory().constData());
        std::fflush(stdout);
        if (!stall) {
            QCoreApplication::exit(0);
            return;
        }
        std::printf("ready\n");
        std::fflush(stdout);
        lateness.start();
        ticker.start();
    };
    QObject::connect(model, &QAbstractItemModel::rowsInserted, &app,
                     [&](const QModelIndex &, int first, int last) {
                         if (listed)
                             inserted += last - first + 1;
                         check();
                     });
    QObject::connect(view.podWatch(), &Reflector::problem, &app, [](const ApiError &error) {
        std::fprintf(stderr, "%s\n", qPrintable(error.message()));
        QCoreApplication::exit(1);
    });
    QTimer::singleShot(stall ? 360000 : 300000, &app, [&] {
        std::fprintf(stderr, "timed out: %d pods listed, %d row updates\n", model->rowCount(), updates);
        QCoreApplication::exit(1);
    });
    return QApplication::exec();
}
