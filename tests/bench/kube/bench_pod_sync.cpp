// bench_pod_sync NAMESPACE — the time for Slipway's Reflector to hold every pod of NAMESPACE
// (list + start of the watch), as a view would on opening: the view's side is a receiver of
// changed() that reads every pod's name from the batches. Prints the count and exits 0 once
// synced; exits 1 on an error or after 5 minutes. Timed from outside by bench.py against
// `kubectl get pods -o json` on the same namespace.
#include "BenchClient.h"
#include "kube/KubeClient.h"
#include "kube/Reflector.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QTimer>

#include <cstdio>

using namespace Slipway;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 2) {
        std::fprintf(stderr, "usage: bench_pod_sync NAMESPACE\n");
        return 2;
    }
    const std::optional<ResolvedContext> context = benchContext();
    if (!context)
        return 1;
    KubeClient client(*context);
    Reflector::Options options;
    options.nameSpace = args.at(1);
    Reflector reflector(&client, options);
    qint64 delivered = 0, named = 0;
    QObject::connect(&reflector, &Reflector::changed, &app,
                     [&](const QList<QJsonObject> &added, const QList<QJsonObject> &, const QList<QJsonObject> &) {
                         delivered += added.size();
                         for (const QJsonObject &pod : added)
                             named += pod[u"metadata"][u"name"].toString().isEmpty() ? 0 : 1;
                     });
    QObject::connect(&reflector, &Reflector::synced, &app, [&] {
        std::printf("synced %lld pods, %lld delivered to the view (%lld named); %s\n",
                    static_cast<long long>(reflector.cache().size()), static_cast<long long>(delivered),
                    static_cast<long long>(named), processMemory().constData());
        QCoreApplication::exit(delivered == reflector.cache().size() && named == delivered ? 0 : 1);
    });
    QObject::connect(&reflector, &Reflector::problem, &app, [](const ApiError &error) {
        std::fprintf(stderr, "%s\n", qPrintable(error.message()));
        QCoreApplication::exit(1);
    });
    QTimer::singleShot(300000, &app, [] { QCoreApplication::exit(1); });
    reflector.start();
    return QCoreApplication::exec();
}
