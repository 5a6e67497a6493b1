#include "QuotaCheck.h"

#include "Placement.h"
#include "ReleaseObjects.h"
#include "ServedApis.h"

#include <QJsonArray>
#include <QMap>

#include <algorithm>
#include <functional>

namespace Slipway {

namespace {

using Amounts = QMap<QString, Quantity>;

const QString kCpu = QStringLiteral("cpu");
const QString kMemory = QStringLiteral("memory");
const QString kRequests = QStringLiteral("requests.");
const QString kLimits = QStringLiteral("limits.");

struct Container
{
    QString name;
    bool init = false;
    bool sidecar = false; // an init container with restartPolicy: Always
    Amounts requests;
    Amounts limits;
};

// The pods one workload of the release runs.
struct Workload
{
    QString owner; // "Deployment/web"
    QString namespaceName;
    int pods = 1;
    QList<Container> containers; // init containers first, in order, then the others
    QString priorityClassName;
    bool terminating = false; // activeDeadlineSeconds set: a quota's Terminating scope

    // No container asks for or is limited to any CPU or memory: a quota's BestEffort scope.
    bool bestEffort() const
    {
        return std::none_of(containers.cbegin(), containers.cend(), [](const Container &c) {
            for (const QString &r : { QStringLiteral("cpu"), QStringLiteral("memory") }) {
                if (c.requests.contains(r) || c.limits.contains(r))
                    return true;
            }
            return false;
        });
    }
};

struct LimitItem
{
    QString type; // Container, Pod, PersistentVolumeClaim
    Amounts min;
    Amounts max;
    Amounts defaultLimit;
    Amounts defaultRequest;
    Amounts maxRatio;
};

// A LimitRange or ResourceQuota: which, and where it applies.
struct NamespacedObject
{
    QString name;
    QString namespaceName;
    QString title; // "LimitRange limits"
};

NamespacedObject namespacedObject(const QJsonValue &item, const QString &kind)
{
    const QString name = item[u"metadata"][u"name"].toString();
    return { name, item[u"metadata"][u"namespace"].toString(), kind + u' ' + name };
}

struct LimitRangeInfo
{
    NamespacedObject object;
    QList<LimitItem> items;
};

// One of a quota's scopes, or a scopeSelector expression: which pods it counts.
struct ScopeRequirement
{
    QString scope; // Terminating, NotTerminating, BestEffort, NotBestEffort, PriorityClass, …
    QString op; // In, NotIn, Exists, DoesNotExist
    QStringList values;

    bool matches(const Workload &workload) const
    {
        if (scope == QLatin1String("Terminating"))
            return workload.terminating;
        if (scope == QLatin1String("NotTerminating"))
            return !workload.terminating;
        if (scope == QLatin1String("BestEffort"))
            return workload.bestEffort();
        if (scope == QLatin1String("NotBestEffort"))
            return !workload.bestEffort();
        if (scope != QLatin1String("PriorityClass"))
            return false; // CrossNamespacePodAffinity: the release's pods are not read for it
        const QString &name = workload.priorityClassName;
        if (op == QLatin1String("In"))
            return !name.isEmpty() && values.contains(name);
        if (op == QLatin1String("NotIn"))
            return name.isEmpty() || !values.contains(name);
        return name.isEmpty() == (op == QLatin1String("DoesNotExist"));
    }
};

struct QuotaInfo
{
    NamespacedObject object;
    Amounts hard;
    Amounts used;
    QList<ScopeRequirement> scopes; // all must match; none: the quota counts everything

    bool counts(const Workload &workload) const
    {
        return std::all_of(scopes.cbegin(), scopes.cend(),
                           [&](const ScopeRequirement &s) { return s.matches(workload); });
    }
};

bool sameNamespace(const QString &objectNamespace, const QString &limitsNamespace)
{
    return objectNamespace.isEmpty() || limitsNamespace.isEmpty()
        || objectNamespace == limitsNamespace;
}

Amounts readAmounts(const QJsonObject &list, const QString &where, QStringList *problems)
{
    Amounts amounts;
    for (auto it = list.constBegin(); it != list.constEnd(); ++it) {
        const Expected<Quantity> q = ReleaseObjects::quantity(it.value());
        if (q)
            amounts.insert(it.key(), *q);
        else
            problems->append(QuotaCheck::tr("%1.%2: %3").arg(where, it.key(), q.error().message));
    }
    return amounts;
}

bool isByteResource(const QString &resource)
{
    return resource == kMemory || resource.endsWith(QLatin1String("storage"))
        || resource.startsWith(QLatin1String("hugepages-"));
}

// "1.5" CPU, "3Gi" of memory or storage, "4" of a count; what is needed rounded up, what is
// left rounded down.
QString amountText(const QString &key, const Quantity &amount, bool roundUp)
{
    QString resource = key;
    if (resource.startsWith(kRequests))
        resource = resource.mid(kRequests.size());
    else if (resource.startsWith(kLimits))
        resource = resource.mid(kLimits.size());
    if (resource == kCpu)
        return Placement::formatAmount(kCpu, amount.milliValue(), roundUp);
    if (isByteResource(resource))
        return Placement::formatAmount(kMemory, amount.value(), roundUp);
    return amount.toString();
}

QList<Container> readContainers(const QJsonArray &array, bool init, const QString &owner,
                                QStringList *problems)
{
    QList<Container> containers;
    for (const QJsonValue &value : array) {
        Container c;
        c.name = value[u"name"].toString();
        c.init = init;
        c.sidecar = init && value[u"restartPolicy"].toString() == QLatin1String("Always");
        const QString where = QuotaCheck::tr("%1: container %2: resources").arg(owner, c.name);
        const QJsonObject resources = value[u"resources"].toObject();
        c.requests = readAmounts(resources[u"requests"].toObject(), where + u".requests", problems);
        c.limits = readAmounts(resources[u"limits"].toObject(), where + u".limits", problems);
        // The API server takes a missing request from the limit.
        for (auto it = c.limits.cbegin(); it != c.limits.cend(); ++it) {
            if (!c.requests.contains(it.key()))
                c.requests.insert(it.key(), it.value());
        }
        containers.append(c);
    }
    return containers;
}

// A Job runs `parallelism` pods at once, no more than it has completions to reach.
int jobPods(const QJsonObject &jobSpec)
{
    int pods = jobSpec[u"parallelism"].toInt(1);
    if (jobSpec[u"completions"].isDouble())
        pods = std::min(pods, jobSpec[u"completions"].toInt());
    return pods;
}

std::optional<Workload> readWorkload(const QJsonObject &object, QStringList *problems)
{
    const QString kind = object[u"kind"].toString();
    const QJsonObject spec = object[u"spec"].toObject();
    Workload workload;
    workload.owner = kind + u'/' + object[u"metadata"][u"name"].toString();
    workload.namespaceName = object[u"metadata"][u"namespace"].toString();
    QJsonObject podSpec;
    if (kind == QLatin1String("Pod")) {
        podSpec = spec;
    } else if (kind == QLatin1String("Deployment") || kind == QLatin1String("StatefulSet")
               || kind == QLatin1String("ReplicaSet")
               || kind == QLatin1String("ReplicationController")) {
        podSpec = spec[u"template"][u"spec"].toObject();
        workload.pods = ReleaseObjects::replicas(spec);
    } else if (kind == QLatin1String("DaemonSet")) {
        // One pod per eligible node in truth; the nodes are not known here, so one is counted.
        podSpec = spec[u"template"][u"spec"].toObject();
    } else if (kind == QLatin1String("Job")) {
        podSpec = spec[u"template"][u"spec"].toObject();
        workload.pods = jobPods(spec);
    } else if (kind == QLatin1String("CronJob")) {
        const QJsonObject jobSpec = spec[u"jobTemplate"][u"spec"].toObject();
        podSpec = jobSpec[u"template"][u"spec"].toObject();
        workload.pods = jobPods(jobSpec);
    } else {
        return std::nullopt;
    }
    workload.priorityClassName = podSpec[u"priorityClassName"].toString();
    workload.terminating = podSpec[u"activeDeadlineSeconds"].isDouble();
    workload.containers
        = readContainers(podSpec[u"initContainers"].toArray(), true, workload.owner, problems)
        + readContainers(podSpec[u"containers"].toArray(), false, workload.owner, problems);
    return workload;
}

// What one pod counts for, as the scheduler and the quota sum it: per resource the larger of
// the containers plus all sidecars and each init container plus the sidecars started before it.
Amounts podAmounts(const QList<Container> &containers, bool limits)
{
    Amounts running;
    Amounts initPeak;
    Amounts sidecars;
    for (const Container &c : containers) {
        const Amounts &amounts = limits ? c.limits : c.requests;
        for (auto it = amounts.cbegin(); it != amounts.cend(); ++it) {
            if (!c.init || c.sidecar) {
                running[it.key()] += it.value();
            } else {
                const Quantity during = sidecars.value(it.key()) + it.value();
                if (during > initPeak.value(it.key()))
                    initPeak[it.key()] = during;
            }
            if (c.sidecar)
                sidecars[it.key()] += it.value();
        }
    }
    for (auto it = initPeak.cbegin(); it != initPeak.cend(); ++it) {
        if (it.value() > running.value(it.key()))
            running[it.key()] = it.value();
    }
    return running;
}

QList<LimitRangeInfo> readLimitRanges(const QJsonObject &list, QStringList *problems)
{
    QList<LimitRangeInfo> ranges;
    for (const QJsonValue &item : list[u"items"].toArray()) {
        LimitRangeInfo range { namespacedObject(item, QStringLiteral("LimitRange")), {} };
        const QString &where = range.object.title;
        for (const QJsonValue &limit : item[u"spec"][u"limits"].toArray()) {
            LimitItem l;
            l.type = limit[u"type"].toString();
            const auto read = [&](const char16_t *field) {
                return readAmounts(limit[field].toObject(),
                                   where + u": " + l.type + u'.' + QStringView(field), problems);
            };
            l.min = read(u"min");
            l.max = read(u"max");
            l.defaultLimit = read(u"default");
            l.defaultRequest = read(u"defaultRequest");
            l.maxRatio = read(u"maxLimitRequestRatio");
            if (l.type == QLatin1String("Container")) {
                // As the API server defaults a LimitRange: the default limit from max, the
                // default request from the default limit, then from min.
                for (auto it = l.max.cbegin(); it != l.max.cend(); ++it)
                    l.defaultLimit.insert(it.key(), l.defaultLimit.value(it.key(), it.value()));
                for (auto it = l.defaultLimit.cbegin(); it != l.defaultLimit.cend(); ++it)
                    l.defaultRequest.insert(it.key(), l.defaultRequest.value(it.key(), it.value()));
                for (auto it = l.min.cbegin(); it != l.min.cend(); ++it)
                    l.defaultRequest.insert(it.key(), l.defaultRequest.value(it.key(), it.value()));
            }
            range.items.append(l);
        }
        ranges.append(range);
    }
    return ranges;
}

QList<QuotaInfo> readQuotas(const QJsonObject &list, QStringList *problems)
{
    QList<QuotaInfo> quotas;
    for (const QJsonValue &item : list[u"items"].toArray()) {
        QuotaInfo quota { namespacedObject(item, QStringLiteral("ResourceQuota")), {}, {}, {} };
        for (const QJsonValue &scope : item[u"spec"][u"scopes"].toArray())
            quota.scopes.append({ scope.toString(), QStringLiteral("Exists"), {} });
        for (const QJsonValue &e : item[u"spec"][u"scopeSelector"][u"matchExpressions"].toArray()) {
            QStringList values;
            for (const QJsonValue &v : e[u"values"].toArray())
                values.append(v.toString());
            quota.scopes.append({ e[u"scopeName"].toString(), e[u"operator"].toString(), values });
        }
        const QString &where = quota.object.title;
        const QJsonObject status = item[u"status"].toObject();
        if (status.contains(u"hard")) {
            quota.hard = readAmounts(status[u"hard"].toObject(), where + u": status.hard", problems);
            quota.used = readAmounts(status[u"used"].toObject(), where + u": status.used", problems);
        } else {
            quota.hard = readAmounts(item[u"spec"][u"hard"].toObject(), where + u": spec.hard", problems);
        }
        quotas.append(quota);
    }
    return quotas;
}

// The bounds of a LimitRange item on one container's or pod's requests and limits.
void checkBounds(const LimitItem &limit, const Amounts &requests, const Amounts &limits,
                 const QString &subject, QStringList *violations)
{
    const auto text = [](const QString &resource, const Quantity &q) {
        return amountText(resource, q, false);
    };
    for (auto it = limit.min.cbegin(); it != limit.min.cend(); ++it) {
        const QString &r = it.key();
        if (!requests.contains(r))
            violations->append(QuotaCheck::tr("%1 sets no %2 request, which the minimum %3 requires")
                                   .arg(subject, r, text(r, *it)));
        else if (requests[r] < *it)
            violations->append(QuotaCheck::tr("%1: %2 request %3 is below the minimum %4")
                                   .arg(subject, r, text(r, requests[r]), text(r, *it)));
        else if (limits.contains(r) && limits[r] < *it)
            violations->append(QuotaCheck::tr("%1: %2 limit %3 is below the minimum %4")
                                   .arg(subject, r, text(r, limits[r]), text(r, *it)));
    }
    for (auto it = limit.max.cbegin(); it != limit.max.cend(); ++it) {
        const QString &r = it.key();
        if (!limits.contains(r))
            violations->append(QuotaCheck::tr("%1 sets no %2 limit, which the maximum %3 requires")
                                   .arg(subject, r, text(r, *it)));
        else if (limits[r] > *it)
            violations->append(QuotaCheck::tr("%1: %2 limit %3 is above the maximum %4")
                                   .arg(subject, r, text(r, limits[r]), text(r, *it)));
        else if (requests.contains(r) && requests[r] > *it)
            violations->append(QuotaCheck::tr("%1: %2 request %3 is above the maximum %4")
                                   .arg(subject, r, text(r, requests[r]), text(r, *it)));
    }
    for (auto it = limit.maxRatio.cbegin(); it != limit.maxRatio.cend(); ++it) {
        const QString &r = it.key();
        if (!limits.contains(r) || !requests.contains(r) || requests[r].isZero())
            continue;
        const double ratio = limits[r].toDouble() / requests[r].toDouble();
        if (ratio > it->toDouble())
            violations->append(QuotaCheck::tr("%1: %2 limit %3 is %4 times the request %5; at "
                                              "most %6 times is allowed")
                                   .arg(subject, r, text(r, limits[r]))
                                   .arg(ratio, 0, 'g', 3)
                                   .arg(text(r, requests[r]), it->toString()));
    }
}

// Adds `amounts` × `times` under their names with `prefix` ("requests.cpu").
void addUsage(Amounts *usage, const QString &prefix, const Amounts &amounts, int times)
{
    for (auto it = amounts.cbegin(); it != amounts.cend(); ++it) {
        for (int i = 0; i < times; ++i)
            (*usage)[prefix + it.key()] += it.value();
    }
}

// What pods of these workloads count for in a quota: pods, requests and limits.
Amounts podUsage(const QList<Workload> &workloads, const std::function<bool(const Workload &)> &counted)
{
    Amounts usage;
    int pods = 0;
    for (const Workload &workload : workloads) {
        if (!counted(workload))
            continue;
        pods += workload.pods;
        addUsage(&usage, kRequests, podAmounts(workload.containers, false), workload.pods);
        addUsage(&usage, kLimits, podAmounts(workload.containers, true), workload.pods);
    }
    usage.insert(QStringLiteral("pods"), Quantity::fromInteger(pods));
    usage.insert(QStringLiteral("count/pods"), Quantity::fromInteger(pods));
    usage.insert(kCpu, usage.value(kRequests + kCpu));
    usage.insert(kMemory, usage.value(kRequests + kMemory));
    return usage;
}

QString counted(qsizetype n, const QString &one, const QString &many)
{
    return QStringLiteral("%1 %2").arg(n).arg(n == 1 ? one : many);
}

} // namespace

QString QuotaCheck::pluralOf(const QString &kind)
{
    const QString lower = kind.toLower();
    if (lower.endsWith(u's') && lower.endsWith(QLatin1String("endpoints")))
        return lower;
    if (lower.endsWith(u'y') && !lower.endsWith(QLatin1String("ay")) && !lower.endsWith(QLatin1String("ey")))
        return lower.chopped(1) + QLatin1String("ies");
    if (lower.endsWith(u's') || lower.endsWith(u'x') || lower.endsWith(QLatin1String("ch"))
        || lower.endsWith(QLatin1String("sh")))
        return lower + QLatin1String("es");
    return lower + u's';
}

PreflightCheck QuotaCheck::run(const QList<QJsonObject> &manifests,
                               const QJsonObject &resourceQuotaList,
                               const QJsonObject &limitRangeList)
{
    TimedCheck timed(QStringLiteral("quota"), tr("Quota and limits"));
    PreflightCheck &check = timed.check;

    QStringList problems;
    const QList<QuotaInfo> quotas = readQuotas(resourceQuotaList, &problems);
    const QList<LimitRangeInfo> ranges = readLimitRanges(limitRangeList, &problems);
    const QString namespaceName = !quotas.isEmpty()
        ? quotas.first().object.namespaceName
        : (ranges.isEmpty() ? QString() : ranges.first().object.namespaceName);

    // What the release adds to the namespace, by quota resource name.
    Amounts usage;
    const auto add = [&](const QString &key, const Quantity &amount) { usage[key] += amount; };
    QList<Workload> workloads;
    const QList<QJsonObject> objects = ReleaseObjects::expandLists(manifests);
    for (const QJsonObject &object : objects) {
        const QString kind = object[u"kind"].toString();
        const QString group = ServedApis::splitApiVersion(object[u"apiVersion"].toString()).first;
        if (!sameNamespace(object[u"metadata"][u"namespace"].toString(), namespaceName)
            || kind == QLatin1String("PersistentVolumeClaim"))
            continue; // claims are counted below, with the StatefulSets' ones
        if (std::optional<Workload> workload = readWorkload(object, &problems))
            workloads.append(*workload);
        if (kind != QLatin1String("Pod")) {
            add(QStringLiteral("count/") + pluralOf(kind) + (group.isEmpty() ? QString() : u'.' + group),
                Quantity::fromInteger(1));
        }
        if (group.isEmpty() && (kind == QLatin1String("Service") || kind == QLatin1String("Secret")
                                || kind == QLatin1String("ConfigMap")
                                || kind == QLatin1String("ReplicationController")
                                || kind == QLatin1String("ResourceQuota")))
            add(pluralOf(kind), Quantity::fromInteger(1));
        if (group.isEmpty() && kind == QLatin1String("Service")) {
            const QJsonObject spec = object[u"spec"].toObject();
            const QString type = spec[u"type"].toString();
            if (type == QLatin1String("LoadBalancer"))
                add(QStringLiteral("services.loadbalancers"), Quantity::fromInteger(1));
            const bool nodePorts = type == QLatin1String("NodePort")
                || (type == QLatin1String("LoadBalancer")
                    && spec[u"allocateLoadBalancerNodePorts"].toBool(true));
            if (nodePorts)
                add(QStringLiteral("services.nodeports"),
                    Quantity::fromInteger(spec[u"ports"].toArray().size()));
        }
    }
    QStringList claimProblems;
    const QList<ReleaseClaim> claims = ReleaseObjects::claims(manifests, &claimProblems);
    problems += claimProblems;
    QList<ReleaseClaim> namespaceClaims;
    for (const ReleaseClaim &claim : claims) {
        if (!sameNamespace(claim.namespaceName, namespaceName))
            continue;
        namespaceClaims.append(claim);
        const Quantity one = Quantity::fromInteger(1);
        add(QStringLiteral("persistentvolumeclaims"), one);
        add(QStringLiteral("count/persistentvolumeclaims"), one);
        add(QStringLiteral("requests.storage"), claim.size);
        if (claim.storageClassName && !claim.storageClassName->isEmpty()) {
            const QString prefix = *claim.storageClassName + QLatin1String(".storageclass.storage.k8s.io/");
            add(prefix + QLatin1String("persistentvolumeclaims"), one);
            add(prefix + QLatin1String("requests.storage"), claim.size);
        }
    }

    QStringList violations;
    // LimitRange defaults, then its bounds per container, per pod and per claim.
    for (const LimitRangeInfo &range : ranges) {
        const QString prefix = range.object.title + QStringLiteral(": ");
        for (const LimitItem &limit : range.items) {
            for (Workload &workload : workloads) {
                if (limit.type != QLatin1String("Container"))
                    continue;
                for (Container &c : workload.containers) {
                    for (auto it = limit.defaultLimit.cbegin(); it != limit.defaultLimit.cend(); ++it)
                        c.limits.insert(it.key(), c.limits.value(it.key(), it.value()));
                    for (auto it = limit.defaultRequest.cbegin(); it != limit.defaultRequest.cend(); ++it)
                        c.requests.insert(it.key(), c.requests.value(it.key(), it.value()));
                }
            }
        }
        for (const LimitItem &limit : range.items) {
            for (const Workload &workload : workloads) {
                if (limit.type == QLatin1String("Container")) {
                    for (const Container &c : workload.containers)
                        checkBounds(limit, c.requests, c.limits,
                                    prefix + tr("%1 container %2").arg(workload.owner, c.name),
                                    &violations);
                } else if (limit.type == QLatin1String("Pod")) {
                    checkBounds(limit, podAmounts(workload.containers, false),
                                podAmounts(workload.containers, true),
                                prefix + tr("%1, one pod").arg(workload.owner), &violations);
                }
            }
            if (limit.type != QLatin1String("PersistentVolumeClaim"))
                continue;
            for (const ReleaseClaim &claim : namespaceClaims) {
                const Amounts storage { { QStringLiteral("storage"), claim.size } };
                checkBounds(limit, storage, storage, prefix + tr("claim %1").arg(claim.name),
                            &violations);
            }
        }
    }

    const Amounts allPods = podUsage(workloads, [](const Workload &) { return true; });
    const int pods = int(allPods.value(QStringLiteral("pods")).value());

    QStringList exceeded;
    QStringList missing;
    QStringList headroom;
    for (const QuotaInfo &quota : quotas) {
        const QString prefix = quota.object.title + QStringLiteral(": ");
        // A quota with scopes counts only the pods it matches, and nothing else.
        Amounts counts = podUsage(workloads, [&](const Workload &w) { return quota.counts(w); });
        if (quota.scopes.isEmpty()) {
            for (auto it = usage.cbegin(); it != usage.cend(); ++it)
                counts.insert(it.key(), it.value());
        }
        for (auto it = quota.hard.cbegin(); it != quota.hard.cend(); ++it) {
            const QString &key = it.key();
            // A quota on CPU or memory makes the API server refuse containers that do not set it.
            const bool onRequest = key == kCpu || key == kMemory || key == kRequests + kCpu
                || key == kRequests + kMemory;
            const bool onLimit = key == kLimits + kCpu || key == kLimits + kMemory;
            if (onRequest || onLimit) {
                const QString resource = key.mid(key.indexOf(u'.') + 1);
                for (const Workload &workload : workloads) {
                    if (!quota.counts(workload))
                        continue;
                    for (const Container &c : workload.containers) {
                        if (!(onRequest ? c.requests : c.limits).contains(resource))
                            missing.append(prefix
                                           + tr("%1 is limited, so every container must set it; "
                                                "%2 container %3 does not")
                                                 .arg(key, workload.owner, c.name));
                    }
                }
            }
            const Quantity needs = counts.value(key);
            if (needs.isZero())
                continue;
            Quantity left = *it - quota.used.value(key);
            if (left.sign() < 0)
                left = Quantity();
            const QString line = prefix
                + tr("%1 needs %2, %3 of %4 left")
                      .arg(key, amountText(key, needs, true), amountText(key, left, false),
                           amountText(key, *it, false));
            (needs > left ? exceeded : headroom).append(line);
        }
    }

    const QStringList failures = exceeded + missing + violations + problems;
    if (quotas.isEmpty() && ranges.isEmpty() && problems.isEmpty()) {
        check.message = tr("The namespace has no ResourceQuota or LimitRange");
        return timed.done();
    }
    const QString limits = tr("%1 and %2")
                               .arg(counted(quotas.size(), tr("ResourceQuota"), tr("ResourceQuotas")),
                                    counted(ranges.size(), tr("LimitRange"), tr("LimitRanges")));
    if (failures.isEmpty()) {
        check.message = tr("The release fits the namespace's %1: it adds %2, requests %3 CPU and "
                           "%4 memory")
                            .arg(limits, counted(pods, tr("pod"), tr("pods")),
                                 amountText(kCpu, allPods.value(kCpu), true),
                                 amountText(kMemory, allPods.value(kMemory), true));
        check.items = headroom;
        return timed.done();
    }
    check.severity = PreflightCheck::Severity::Fail;
    check.items = failures;
    check.message = problems.size() == failures.size()
        ? tr("%1 of the release cannot be read").arg(counted(problems.size(), tr("quantity"), tr("quantities")))
        : tr("The namespace's %1 would refuse the release: %2")
              .arg(limits, counted(failures.size(), tr("problem"), tr("problems")));
    check.remediation = TimedCheck::remediationOf({
        { !exceeded.isEmpty(),
          tr("Choose a smaller size or fewer replicas, free quota by removing what the namespace "
             "no longer needs, or ask the cluster's administrator to raise the ResourceQuota.") },
        { !missing.isEmpty(),
          tr("Set requests and limits for every container in the values, or ask for a "
             "LimitRange that gives them defaults.") },
        { !violations.isEmpty(),
          tr("Keep the requests and limits in the values within the LimitRange's bounds, or ask "
             "the cluster's administrator to change the LimitRange.") },
        { !problems.isEmpty(), tr("Correct the quantities named in the values.") },
    });
    return timed.done();
}

} // namespace Slipway
