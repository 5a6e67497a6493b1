#include "ReleasePolicy.h"

#include "core/Duration.h"
#include "helm/ReleaseRecord.h"
#include "product/Chart.h"
#include "product/Descriptor.h"

#include <QRegularExpression>

#include <algorithm>
#include <limits>

namespace Slipway {

QString ReleasePolicy::nameSpace(const QString &given, const Descriptor *descriptor,
                                 const QString &contextNamespace)
{
    if (!given.isEmpty())
        return given;
    if (descriptor && !descriptor->releaseNamespace.isEmpty())
        return descriptor->releaseNamespace;
    if (!contextNamespace.isEmpty())
        return contextNamespace;
    return QStringLiteral("default");
}

QString ReleasePolicy::releaseName(const QString &given, const Chart *chart)
{
    if (!given.isEmpty())
        return given;
    if (!chart)
        return {};
    if (chart->descriptor && !chart->descriptor->releaseName.isEmpty())
        return chart->descriptor->releaseName;
    return chart->name;
}

int ReleasePolicy::timeoutSeconds(int givenSeconds, const Descriptor *descriptor)
{
    if (givenSeconds > 0)
        return givenSeconds;
    if (descriptor) {
        // An unreadable helm.timeout was already reported when the descriptor was read.
        const Expected<qint64> ms = Duration::parseMs(descriptor->helmTimeout);
        if (ms && *ms >= 1000)
            return int(std::min<qint64>(*ms / 1000, std::numeric_limits<int>::max()));
    }
    return kDefaultTimeoutSeconds;
}

bool ReleasePolicy::isStuck(const ReleaseRecord &record)
{
    return isStuckStatus(record.status);
}

bool ReleasePolicy::isStuckStatus(const QString &status)
{
    return status.startsWith(QLatin1String("pending-")) || status == QLatin1String("uninstalling");
}

const ReleaseRecord *ReleasePolicy::lastGood(const QList<ReleaseRecord> &records, int below)
{
    for (const char *good : { "deployed", "superseded" }) {
        for (auto it = records.crbegin(); it != records.crend(); ++it) {
            if (it->revision < below && it->status == QLatin1String(good))
                return &*it;
        }
    }
    return nullptr;
}

int ReleasePolicy::rollbackTarget(const ReleaseRecord &record)
{
    if (record.rollbackRevision > 0)
        return record.rollbackRevision;
    static const QRegularExpression rollbackTo(QStringLiteral("^Rollback to (\\d+)$"));
    const QRegularExpressionMatch match = rollbackTo.match(record.description);
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}

bool ReleasePolicy::mayStillRun(qint64 ageMs, int timeoutSeconds)
{
    return ageMs < 0 || ageMs < (qint64(timeoutSeconds) + kRecoverMarginSeconds) * 1000;
}

QString ReleasePolicy::releaseNameProblem(const QString &name)
{
    // helm's own rule (pkg/chartutil ValidateReleaseName): a DNS-1123 subdomain, 53 at most
    // because the name goes into labels together with a suffix.
    static const QRegularExpression pattern(QRegularExpression::anchoredPattern(
        QStringLiteral("[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*")));
    if (name.isEmpty())
        return tr("A release needs a name.");
    if (name.size() > 53)
        return tr("A release name has at most 53 characters; this one has %1.").arg(name.size());
    if (!pattern.match(name).hasMatch())
        return tr("“%1” is not a release name: use lower-case letters, digits, “-” and “.”, "
                  "starting and ending with a letter or digit.")
            .arg(name);
    return {};
}

QString ReleasePolicy::namespaceProblem(const QString &name)
{
    static const QRegularExpression pattern(QRegularExpression::anchoredPattern(
        QStringLiteral("[a-z0-9]([-a-z0-9]*[a-z0-9])?")));
    if (name.isEmpty())
        return tr("Name the namespace.");
    if (name.size() > 63 || !pattern.match(name).hasMatch())
        return tr("“%1” is not a namespace name: at most 63 lower-case letters, digits and “-”, "
                  "starting and ending with a letter or digit.")
            .arg(name);
    return {};
}

} // namespace Slipway
