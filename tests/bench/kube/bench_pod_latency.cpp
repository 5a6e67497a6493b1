// bench_pod_latency NAMESPACE — watches NAMESPACE's pods through Slipway's Reflector and prints
// "synced" once the cache holds them, then "<name> <resourceVersion>" for every pod the view is
// told about (changed()), at once. bench_pod_latency.py times these lines against the same
// changes seen by `kubectl get pods -w`.
#include "BenchClient.h"
#include "kube/KubeClient.h"
#include "kube/Reflector.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <cstdio>

using namespace Slipway;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 2) {
        std::fprintf(stderr, "usage: bench_pod_latency NAMESPACE\n");
        return 2;
    }
    const std::optional<ResolvedContext> context = benchContext();
    if (!context)
        return 1;
    KubeClient client(*context);
    Reflector::Options options;
    options.nameSpace = args.at(1);
    Reflector reflector(&client, options);
    const auto print = [](const QList<QJsonObject> &pods) {
        for (const QJsonObject &pod : pods)
            std::printf("%s %s\n", qPrintable(pod[u"metadata"][u"name"].toString()),
                        qPrintable(pod[u"metadata"][u"resourceVersion"].toString()));
    };
    QObject::connect(&reflector, &Reflector::changed, &app,
                     [&](const QList<QJsonObject> &added, const QList<QJsonObject> &updated,
                         const QList<QJsonObject> &) {
                         print(added);
                         print(updated);
                         std::fflush(stdout);
                     });
    QObject::connect(&reflector, &Reflector::synced, &app, [] {
        std::printf("synced\n");
        std::fflush(stdout);
    });
    QObject::connect(&reflector, &Reflector::problem, &app, [](const ApiError &error) {
        std::fprintf(stderr, "%s\n", qPrintable(error.message()));
    });
    reflector.start();
    return QCoreApplication::exec();
}
