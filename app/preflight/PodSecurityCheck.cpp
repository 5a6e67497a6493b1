#include "PodSecurityCheck.h"

#include "RunningCheck.h"

#include <QJsonArray>

namespace Slipway {

namespace {

using Level = PodSecurityCheck::Level;
using Violation = PodSecurityCheck::Violation;

const QString labelPrefix = QStringLiteral("pod-security.kubernetes.io/");
const QString appArmorAnnotation = QStringLiteral("container.apparmor.security.beta.kubernetes.io/");

const QStringList &baselineCapabilities()
{
    static const QStringList capabilities {
        QStringLiteral("AUDIT_WRITE"), QStringLiteral("CHOWN"),     QStringLiteral("DAC_OVERRIDE"),
        QStringLiteral("FOWNER"),      QStringLiteral("FSETID"),    QStringLiteral("KILL"),
        QStringLiteral("MKNOD"),       QStringLiteral("NET_BIND_SERVICE"),
        QStringLiteral("SETFCAP"),     QStringLiteral("SETGID"),    QStringLiteral("SETPCAP"),
        QStringLiteral("SETUID"),      QStringLiteral("SYS_CHROOT"),
    };
    return capabilities;
}

const QStringList &safeSysctls()
{
    static const QStringList sysctls {
        QStringLiteral("kernel.shm_rmid_forced"),
        QStringLiteral("net.ipv4.ip_local_port_range"),
        QStringLiteral("net.ipv4.ip_unprivileged_port_start"),
        QStringLiteral("net.ipv4.tcp_syncookies"),
        QStringLiteral("net.ipv4.ping_group_range"),
        QStringLiteral("net.ipv4.ip_local_reserved_ports"),
        QStringLiteral("net.ipv4.tcp_keepalive_time"),
        QStringLiteral("net.ipv4.tcp_fin_timeout"),
        QStringLiteral("net.ipv4.tcp_keepalive_intvl"),
        QStringLiteral("net.ipv4.tcp_keepalive_probes"),
    };
    return sysctls;
}

const QStringList &restrictedVolumeTypes()
{
    static const QStringList types {
        QStringLiteral("configMap"), QStringLiteral("csi"),       QStringLiteral("downwardAPI"),
        QStringLiteral("emptyDir"),  QStringLiteral("ephemeral"), QStringLiteral("persistentVolumeClaim"),
        QStringLiteral("projected"), QStringLiteral("secret"),
    };
    return types;
}

// container_engine_t joined the allowed types with Kubernetes 1.31.
const QStringList &seLinuxTypes()
{
    static const QStringList types { QStringLiteral("container_t"), QStringLiteral("container_init_t"),
                                     QStringLiteral("container_kvm_t"),
                                     QStringLiteral("container_engine_t") };
    return types;
}

bool isTrue(const QJsonObject &object, QStringView key)
{
    return object.value(key).toBool(false);
}

bool isSeccompConfined(const QString &type)
{
    return type == u"RuntimeDefault" || type == u"Localhost";
}

// The rules a pod's and a container's security context share, each judged on its own: SELinux,
// seccomp, AppArmor, Windows host processes, runAsUser.
void checkSecurityContext(const QJsonObject &context, const QString &container,
                          QList<Violation> *violations)
{
    const auto add = [&](const QString &rule, const QString &fix, Level level = Level::Baseline) {
        violations->append({ level, container, rule, fix });
    };
    if (context.value(u"windowsOptions")[u"hostProcess"].toBool(false))
        add(PodSecurityCheck::tr("windowsOptions.hostProcess is true"),
            PodSecurityCheck::tr("remove securityContext.windowsOptions.hostProcess"));
    const QJsonObject seLinux = context.value(u"seLinuxOptions").toObject();
    const QString seLinuxType = seLinux.value(u"type").toString();
    if (!seLinuxType.isEmpty() && !seLinuxTypes().contains(seLinuxType))
        add(PodSecurityCheck::tr("seLinuxOptions.type is “%1”").arg(seLinuxType),
            PodSecurityCheck::tr("set securityContext.seLinuxOptions.type to container_t or remove it"));
    for (const QStringView key : { u"user", u"role" }) {
        if (!seLinux.value(key).toString().isEmpty())
            add(PodSecurityCheck::tr("seLinuxOptions.%1 is set").arg(key),
                PodSecurityCheck::tr("remove securityContext.seLinuxOptions.user and role"));
    }
    const QString seccomp = context.value(u"seccompProfile")[u"type"].toString();
    if (seccomp == u"Unconfined")
        add(PodSecurityCheck::tr("seccompProfile is Unconfined"),
            PodSecurityCheck::tr("set securityContext.seccompProfile.type: RuntimeDefault"));
    else if (!seccomp.isEmpty() && !isSeccompConfined(seccomp))
        add(PodSecurityCheck::tr("seccompProfile is “%1”").arg(seccomp),
            PodSecurityCheck::tr("set securityContext.seccompProfile.type: RuntimeDefault on the pod"),
            Level::Restricted);
    if (context.contains(u"runAsUser") && context.value(u"runAsUser").toInteger(-1) == 0)
        add(PodSecurityCheck::tr("runAsUser is 0"),
            PodSecurityCheck::tr("set securityContext.runAsUser to a user other than 0"),
            Level::Restricted);
    if (context.value(u"appArmorProfile")[u"type"].toString() == u"Unconfined")
        add(PodSecurityCheck::tr("appArmorProfile is Unconfined"),
            PodSecurityCheck::tr("set securityContext.appArmorProfile.type: RuntimeDefault or "
                                 "remove it"));
}

void checkPod(const PodTemplate &pod, QList<Violation> *violations)
{
    const QJsonObject &spec = pod.spec;
    const QJsonObject context = spec.value(u"securityContext").toObject();
    const auto add = [&](Level level, const QString &rule, const QString &fix) {
        violations->append({ level, QString(), rule, fix });
    };
    for (const QStringView key : { u"hostNetwork", u"hostPID", u"hostIPC" }) {
        if (isTrue(spec, key))
            add(Level::Baseline, PodSecurityCheck::tr("%1 is true").arg(key),
                PodSecurityCheck::tr("remove %1: true from the pod spec").arg(key));
    }
    checkSecurityContext(context, QString(), violations);
    for (const QJsonValue &value : context.value(u"sysctls").toArray()) {
        const QString name = value[u"name"].toString();
        if (!safeSysctls().contains(name))
            add(Level::Baseline, PodSecurityCheck::tr("sysctl %1 is not in the safe set").arg(name),
                PodSecurityCheck::tr("remove the sysctls outside the safe set from "
                                     "securityContext.sysctls"));
    }
    for (const QJsonValue &value : spec.value(u"volumes").toArray()) {
        const QJsonObject volume = value.toObject();
        const QString name = volume.value(u"name").toString();
        if (volume.contains(u"hostPath")) {
            add(Level::Baseline, PodSecurityCheck::tr("volume %1 is a hostPath volume").arg(name),
                PodSecurityCheck::tr("replace hostPath volumes by persistentVolumeClaim or "
                                     "emptyDir volumes"));
            continue;
        }
        for (auto it = volume.constBegin(); it != volume.constEnd(); ++it) {
            if (it.key() != u"name" && !restrictedVolumeTypes().contains(it.key()))
                add(Level::Restricted,
                    PodSecurityCheck::tr("volume %1 is of type %2").arg(name, it.key()),
                    PodSecurityCheck::tr("use only configMap, csi, downwardAPI, emptyDir, "
                                         "ephemeral, persistentVolumeClaim, projected and secret "
                                         "volumes"));
        }
    }
    if (context.contains(u"runAsNonRoot") && !isTrue(context, u"runAsNonRoot"))
        add(Level::Restricted, PodSecurityCheck::tr("runAsNonRoot is false"),
            PodSecurityCheck::tr("set securityContext.runAsNonRoot: true on the pod"));

    const QJsonObject annotations = pod.metadata.value(u"annotations").toObject();
    for (auto it = annotations.constBegin(); it != annotations.constEnd(); ++it) {
        if (!it.key().startsWith(appArmorAnnotation))
            continue;
        const QString profile = it.value().toString();
        if (profile.isEmpty() || profile == u"runtime/default" || profile.startsWith(u"localhost/"))
            continue;
        violations->append({ Level::Baseline, it.key().mid(appArmorAnnotation.size()),
                             PodSecurityCheck::tr("AppArmor annotation is “%1”").arg(profile),
                             PodSecurityCheck::tr("set the AppArmor annotation to runtime/default "
                                                  "or remove it") });
    }
}

void checkContainer(const PodContainer &container, const QJsonObject &podContext,
                    QList<Violation> *violations)
{
    const QJsonObject context = container.object.value(u"securityContext").toObject();
    const auto add = [&](Level level, const QString &rule, const QString &fix) {
        violations->append({ level, container.name, rule, fix });
    };
    checkSecurityContext(context, container.name, violations);
    if (isTrue(context, u"privileged"))
        add(Level::Baseline, PodSecurityCheck::tr("privileged is true"),
            PodSecurityCheck::tr("remove securityContext.privileged: true"));
    const QString procMount = context.value(u"procMount").toString();
    if (!procMount.isEmpty() && procMount != u"Default")
        add(Level::Baseline, PodSecurityCheck::tr("procMount is “%1”").arg(procMount),
            PodSecurityCheck::tr("remove securityContext.procMount"));
    for (const QJsonValue &port : container.object.value(u"ports").toArray()) {
        const int hostPort = port[u"hostPort"].toInt(0);
        if (hostPort != 0)
            add(Level::Baseline, PodSecurityCheck::tr("hostPort %1 is set").arg(hostPort),
                PodSecurityCheck::tr("remove hostPort from the container ports and reach the pods "
                                     "through a Service"));
    }
    const QJsonObject capabilities = context.value(u"capabilities").toObject();
    for (const QJsonValue &value : capabilities.value(u"add").toArray()) {
        const QString capability = value.toString();
        if (!baselineCapabilities().contains(capability))
            add(Level::Baseline, PodSecurityCheck::tr("capability %1 is added").arg(capability),
                PodSecurityCheck::tr("add no capability outside the baseline set"));
        else if (capability != u"NET_BIND_SERVICE")
            add(Level::Restricted,
                PodSecurityCheck::tr("capability %1 is added (only NET_BIND_SERVICE may be)")
                    .arg(capability),
                PodSecurityCheck::tr("add no capability but NET_BIND_SERVICE"));
    }
    if (!capabilities.value(u"drop").toArray().contains(QJsonValue(QStringLiteral("ALL"))))
        add(Level::Restricted, PodSecurityCheck::tr("capabilities.drop does not include ALL"),
            PodSecurityCheck::tr("set securityContext.capabilities.drop: [\"ALL\"] in every container"));
    if (!context.contains(u"allowPrivilegeEscalation") || isTrue(context, u"allowPrivilegeEscalation"))
        add(Level::Restricted, PodSecurityCheck::tr("allowPrivilegeEscalation is not false"),
            PodSecurityCheck::tr("set securityContext.allowPrivilegeEscalation: false in every "
                                 "container"));
    // The container's own setting, else the pod's.
    if (context.contains(u"runAsNonRoot")) {
        if (!isTrue(context, u"runAsNonRoot"))
            add(Level::Restricted, PodSecurityCheck::tr("runAsNonRoot is false"),
                PodSecurityCheck::tr("set securityContext.runAsNonRoot: true on the pod"));
    } else if (!isTrue(podContext, u"runAsNonRoot")) {
        add(Level::Restricted, PodSecurityCheck::tr("runAsNonRoot is not true"),
            PodSecurityCheck::tr("set securityContext.runAsNonRoot: true on the pod"));
    }
    // Set on the container it was judged above; unset, the pod's must confine it.
    if (context.value(u"seccompProfile")[u"type"].toString().isEmpty()
        && !isSeccompConfined(podContext.value(u"seccompProfile")[u"type"].toString()))
        add(Level::Restricted, PodSecurityCheck::tr("seccompProfile is not RuntimeDefault or Localhost"),
            PodSecurityCheck::tr("set securityContext.seccompProfile.type: RuntimeDefault on the pod"));
}

QString itemOf(const PodTemplate &pod, const Violation &violation)
{
    const QString rule = violation.rule + QStringLiteral(" (")
        + PodSecurityCheck::levelName(violation.level) + u')';
    if (violation.container.isEmpty())
        return PodSecurityCheck::tr("%1: %2").arg(pod.workload(), rule);
    return PodSecurityCheck::tr("%1 container %2: %3").arg(pod.workload(), violation.container, rule);
}

// The pods' violations at `level` or below: how many pods have one, the items, the fixes.
struct Judgement
{
    int rejected = 0;
    QStringList items;
    QStringList fixes;
};

Judgement judge(const QList<PodTemplate> &pods, const QList<QList<Violation>> &violations, Level level)
{
    Judgement judgement;
    for (qsizetype i = 0; i < pods.size(); ++i) {
        bool any = false;
        for (const Violation &violation : violations.at(i)) {
            if (violation.level > level)
                continue;
            any = true;
            judgement.items << itemOf(pods.at(i), violation);
            if (!judgement.fixes.contains(violation.fix))
                judgement.fixes << violation.fix;
        }
        if (any)
            ++judgement.rejected;
    }
    return judgement;
}

QString sentence(const QStringList &fixes)
{
    QString text = fixes.join(QStringLiteral("; "));
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text + u'.';
}

} // namespace

QString PodSecurityCheck::levelName(Level level)
{
    switch (level) {
    case Level::Privileged:
        return QStringLiteral("privileged");
    case Level::Baseline:
        return QStringLiteral("baseline");
    case Level::Restricted:
        break;
    }
    return QStringLiteral("restricted");
}

PodSecurityCheck::Level PodSecurityCheck::levelOf(const QJsonObject &labels, const QString &mode,
                                                  bool *valid)
{
    const QJsonValue value = labels.value(labelPrefix + mode);
    if (valid)
        *valid = true;
    if (value.isUndefined())
        return Level::Privileged;
    for (const Level level : { Level::Privileged, Level::Baseline, Level::Restricted }) {
        if (value.toString() == levelName(level))
            return level;
    }
    if (valid)
        *valid = false;
    return Level::Restricted;
}

QList<PodSecurityCheck::Violation> PodSecurityCheck::violations(const PodTemplate &pod)
{
    QList<Violation> list;
    checkPod(pod, &list);
    const QJsonObject podContext = pod.spec.value(u"securityContext").toObject();
    for (const PodContainer &container : ManifestWalk::containers(pod.spec))
        checkContainer(container, podContext, &list);
    return list;
}

PreflightCheck PodSecurityCheck::run(const QString &releaseNamespace,
                                     const QJsonObject &namespaceObject, bool namespaceExists,
                                     bool mayCreateNamespace, const QList<QJsonObject> &manifests)
{
    RunningCheck running(QStringLiteral("namespace"), tr("Namespace"));
    PreflightCheck &check = running.check();

    if (!namespaceExists && !mayCreateNamespace) {
        check.severity = PreflightCheck::Severity::Fail;
        check.message = tr("namespace %1 does not exist and you may not create it").arg(releaseNamespace);
        check.remediation = tr("Ask the cluster administrator to create namespace %1 (kubectl "
                               "create namespace %1) or to let you create namespaces, or install "
                               "into a namespace that exists.")
                                .arg(releaseNamespace);
        return running.finished();
    }

    // Only the pods in the release namespace are judged by its labels.
    QList<PodTemplate> pods;
    QList<QList<Violation>> found;
    for (const PodTemplate &pod : ManifestWalk::podTemplates(manifests)) {
        if (!pod.nameSpace.isEmpty() && pod.nameSpace != releaseNamespace)
            continue;
        pods << pod;
        found << violations(pod);
    }
    const int total = int(pods.size());

    if (!namespaceExists) {
        const Judgement baseline = judge(pods, found, Level::Baseline);
        check.message = tr("namespace %1 does not exist and will be created; it gets no Pod "
                           "Security labels, so the cluster's default level applies")
                            .arg(releaseNamespace);
        if (baseline.rejected == 0) {
            check.message += tr("; all %1 pods meet the baseline level").arg(total);
            return running.finished();
        }
        check.severity = PreflightCheck::Severity::Warn;
        check.message += tr("; %1 of %2 pods would be rejected if that default is baseline or "
                            "restricted")
                             .arg(baseline.rejected)
                             .arg(total);
        check.items = baseline.items;
        check.remediation = sentence(baseline.fixes);
        return running.finished();
    }

    const QJsonObject labels = namespaceObject.value(u"metadata")[u"labels"].toObject();
    bool enforceValid = true;
    const Level enforce = levelOf(labels, QStringLiteral("enforce"), &enforceValid);
    QString notes;
    if (!enforceValid)
        notes += tr(" (its enforce label “%1” names no level, so Kubernetes applies restricted)")
                     .arg(labels.value(labelPrefix + QStringLiteral("enforce")).toString());
    const QString version = labels.value(labelPrefix + QStringLiteral("enforce-version")).toString();
    if (!version.isEmpty() && version != u"latest")
        notes += tr(" (pinned to the standards of %1; judged by the current ones)").arg(version);

    const Judgement enforced = judge(pods, found, enforce);
    if (enforced.rejected > 0) {
        check.severity = PreflightCheck::Severity::Fail;
        check.message = tr("%1 of %2 pods would be rejected by the namespace's %3 Pod Security level")
                            .arg(enforced.rejected)
                            .arg(total)
                            .arg(levelName(enforce))
            + notes;
        check.items = enforced.items;
        const Level admits = judge(pods, found, Level::Baseline).rejected == 0 ? Level::Baseline
                                                                              : Level::Privileged;
        check.remediation = tr("%1 Or, if the cluster administrator agrees, lower the namespace's "
                               "level: kubectl label namespace %2 "
                               "pod-security.kubernetes.io/enforce=%3 --overwrite")
                                .arg(sentence(enforced.fixes), releaseNamespace, levelName(admits));
        return running.finished();
    }

    QStringList warnings;
    Level strictest = Level::Privileged;
    QStringList fixes;
    for (const QString &mode : { QStringLiteral("warn"), QStringLiteral("audit") }) {
        const Level level = levelOf(labels, mode);
        const Judgement judged = judge(pods, found, level);
        if (judged.rejected == 0)
            continue;
        warnings << tr("%1 of %2 pods violate its %3 level (%4 label)")
                        .arg(judged.rejected)
                        .arg(total)
                        .arg(levelName(level), labelPrefix + mode);
        if (level >= strictest) {
            strictest = level;
            check.items = judged.items;
            fixes = judged.fixes;
        }
    }
    if (!warnings.isEmpty()) {
        check.severity = PreflightCheck::Severity::Warn;
        check.message = tr("All %1 pods meet the namespace's enforced %2 level, but %3: they are "
                           "admitted with warnings or audit entries")
                            .arg(total)
                            .arg(levelName(enforce), warnings.join(tr(" and ")))
            + notes;
        check.remediation = sentence(fixes);
        return running.finished();
    }
    check.message = tr("All %1 pods meet the %2 Pod Security level of namespace %3")
                        .arg(total)
                        .arg(levelName(enforce), releaseNamespace)
        + notes;
    return running.finished();
}

} // namespace Slipway
