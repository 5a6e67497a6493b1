#include "FieldChecks.h"

#include "FieldCodec.h"
#include "ImageParts.h"
#include "YamlReader.h"

#include <QRegularExpression>
#include <QUrl>

#include <cmath>

namespace Slipway {

bool FieldChecks::isHostname(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(
        "\\A(?=.{1,253}\\z)[A-Za-z0-9]([-A-Za-z0-9]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([-A-Za-z0-9]{0,61}[A-Za-z0-9])?)*\\.?\\z"));
    return re.match(text).hasMatch();
}

bool FieldChecks::isIpAddress(const QString &text)
{
    static const QRegularExpression v4(QStringLiteral(
        "\\A((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\z"));
    static const QRegularExpression v6(QStringLiteral("\\A[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*\\z"));
    return v4.match(text).hasMatch() || (v6.match(text).hasMatch() && text.count(QLatin1Char(':')) >= 2);
}

bool FieldChecks::isLabelValue(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("\\A(([A-Za-z0-9][-A-Za-z0-9_.]{0,61})?[A-Za-z0-9])?\\z"));
    return re.match(text).hasMatch();
}

bool FieldChecks::isDns1123Subdomain(const QString &text)
{
    static const QRegularExpression re(QRegularExpression::anchoredPattern(QStringLiteral(
        "(?=.{1,253}\\z)[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*")));
    return re.match(text).hasMatch();
}

bool FieldChecks::isSecretKey(const QString &text)
{
    // As Kubernetes validates a Secret's data keys (IsConfigMapKey).
    static const QRegularExpression re(QRegularExpression::anchoredPattern(QStringLiteral("[-._a-zA-Z0-9]{1,253}")));
    return re.match(text).hasMatch() && text != QLatin1String(".") && text != QLatin1String("..");
}

bool FieldChecks::isLabelKey(const QString &text)
{
    const qsizetype slash = text.indexOf(QLatin1Char('/'));
    const QString name = slash < 0 ? text : text.mid(slash + 1);
    if (slash >= 0 && (!isHostname(text.left(slash)) || text.left(slash).endsWith(QLatin1Char('.'))))
        return false;
    return !name.isEmpty() && isLabelValue(name);
}

std::optional<Quantity> FieldChecks::readQuantity(const QString &text)
{
    QStringView number = QStringView(text).trimmed();
    if (number.startsWith(QLatin1Char('+')) || number.startsWith(QLatin1Char('-')))
        number = number.sliced(1);
    if (number.startsWith(QLatin1Char('.')))
        number = number.sliced(1);
    if (number.isEmpty() || !number.front().isDigit())
        return std::nullopt;
    Expected<Quantity> q = Quantity::parse(QStringView(text).trimmed());
    return q ? std::optional<Quantity>(std::move(q).value()) : std::nullopt;
}

QStringList FieldChecks::quantityProblems(QuantityKind kind, const QString &text)
{
    const std::optional<Quantity> q = readQuantity(text);
    if (!q)
        return { tr("“%1” is not a quantity; write e.g. 500m or 2 for CPU, 512Mi or 4Gi for memory").arg(text) };
    if (q->milliValue() < 0)
        return { tr("“%1” is negative").arg(text) };
    if ((kind == QuantityKind::Memory || kind == QuantityKind::Storage) && q->hasMilliSuffix())
        return { tr("“%1” means thousandths of a byte; did you mean %2Mi?").arg(text, text.chopped(1)) };
    return {};
}

QStringList FieldChecks::tolerationProblems(const QVariant &answer)
{
    QStringList out;
    static const QStringList operators = { QString(), QStringLiteral("Equal"), QStringLiteral("Exists") };
    static const QStringList effects = { QString(), QStringLiteral("NoSchedule"),
                                         QStringLiteral("PreferNoSchedule"), QStringLiteral("NoExecute") };
    int index = 0;
    const QVariantList items = answer.toList();
    for (const QVariant &item : items) {
        ++index;
        const QVariantMap t = item.toMap();
        const QString op = t.value(QStringLiteral("operator")).toString();
        const QString effect = t.value(QStringLiteral("effect")).toString();
        if (!operators.contains(op))
            out << tr("toleration %1: operator must be Equal or Exists, not “%2”").arg(index).arg(op);
        if (op == QLatin1String("Exists") && !t.value(QStringLiteral("value")).toString().isEmpty())
            out << tr("toleration %1: with Exists there is no value").arg(index);
        if (t.value(QStringLiteral("key")).toString().isEmpty() && op != QLatin1String("Exists"))
            out << tr("toleration %1: without a key the operator must be Exists").arg(index);
        if (!effects.contains(effect))
            out << tr("toleration %1: effect must be NoSchedule, PreferNoSchedule or NoExecute").arg(index);
        if (t.contains(QStringLiteral("tolerationSeconds")) && effect != QLatin1String("NoExecute"))
            out << tr("toleration %1: tolerationSeconds applies to NoExecute only").arg(index);
    }
    return out;
}

QStringList FieldChecks::gpuProblems(const QVariantMap &gpu, const ClusterFacts *facts)
{
    QStringList out;
    const qint64 count = gpu.value(QStringLiteral("count")).toLongLong();
    const QString resource = gpu.value(QStringLiteral("resourceName"), QStringLiteral("nvidia.com/gpu")).toString();
    if (count < 0)
        out << tr("the GPU count cannot be negative");
    if (!isLabelKey(resource) || !resource.contains(QLatin1Char('/')))
        return out << tr("“%1” is not an extended resource name such as nvidia.com/gpu").arg(resource);
    const bool enabled = gpu.value(QStringLiteral("enabled"), true).toBool();
    if (enabled && facts && count > 0) {
        const qint64 largest = facts->largestNodeCapacity.value(resource, 0);
        if (largest == 0)
            out << tr("no node of the cluster offers %1").arg(resource);
        else if (count > largest)
            out << tr("%1 × %2 asked, but the largest node has %3").arg(count).arg(resource).arg(largest);
    }
    return out;
}

QStringList FieldChecks::typeProblems(const Field &field, const QVariant &answer, const ClusterFacts *facts)
{
    const QString text = answer.toString();
    // A secret answer is never repeated back: messages end up on screen and in reports.
    const QString shown = field.secret ? tr("the secret value") : QStringLiteral("“%1”").arg(text);
    bool ok = true;
    switch (field.type) {
    case FieldType::Int:
        answer.toString().toLongLong(&ok);
        return ok ? QStringList() : QStringList { tr("%1 is not a whole number").arg(shown) };
    case FieldType::Number: {
        const double number = answer.toString().toDouble(&ok);
        // .nan and .inf are YAML numbers, but no value a chart can use.
        return ok && std::isfinite(number) ? QStringList()
                                           : QStringList { tr("%1 is not a number").arg(shown) };
    }
    case FieldType::Bool:
        return answer.typeId() == QMetaType::Bool ? QStringList() : QStringList { tr("must be yes or no") };
    case FieldType::Enum:
        for (const EnumOption &option : field.options) {
            if (option.value.toString() == text)
                return {};
        }
        return { tr("%1 is not one of the choices").arg(shown) };
    case FieldType::Quantity:
        return quantityProblems(field.quantity, text);
    case FieldType::SecretName:
        return isDns1123Subdomain(text)
            ? QStringList()
            : QStringList { tr("%1 is not a Secret name (lower-case letters, digits, “-” and “.”, 253 at most)").arg(shown) };
    case FieldType::Hostname:
        return isHostname(text) || isIpAddress(text) ? QStringList()
                                                                 : QStringList { tr("%1 is not a host name").arg(shown) };
    case FieldType::HostPort: {
        static const QRegularExpression re(QStringLiteral("\\A(\\[[0-9A-Fa-f:.]+\\]|[^:\\[\\]\\s]+):([0-9]{1,5})\\z"));
        const auto m = re.match(text);
        const int port = m.captured(2).toInt();
        QString host = m.captured(1);
        host.remove(QLatin1Char('[')).remove(QLatin1Char(']'));
        if (!m.hasMatch() || port < 1 || port > 65535 || (!isHostname(host) && !isIpAddress(host)))
            return { tr("%1 is not host:port (e.g. db.example.com:5432)").arg(shown) };
        return {};
    }
    case FieldType::Url: {
        const QUrl url(text, QUrl::StrictMode);
        return url.isValid() && !url.scheme().isEmpty() && !url.host().isEmpty()
            ? QStringList()
            : QStringList { tr("%1 is not a URL such as https://example.com").arg(shown) };
    }
    case FieldType::Email: {
        static const QRegularExpression re(QStringLiteral("\\A[^@\\s]+@[^@\\s]+\\.[^@\\s]+\\z"));
        return re.match(text).hasMatch() ? QStringList() : QStringList { tr("%1 is not an e-mail address").arg(shown) };
    }
    case FieldType::Pem: {
        static const QRegularExpression re(QStringLiteral(
            "-----BEGIN ([A-Z0-9 ]+)-----\\s+[A-Za-z0-9+/=\\s:,-]+?-----END \\1-----"));
        return re.match(text).hasMatch() ? QStringList()
                                         : QStringList { tr("not a PEM block (-----BEGIN …----- … -----END …-----)") };
    }
    case FieldType::StorageClass:
        if (!isHostname(text))
            return { tr("%1 is not a StorageClass name").arg(shown) };
        if (facts && !facts->storageClasses.isEmpty() && !facts->storageClasses.contains(text))
            return { tr("the cluster has no StorageClass “%1” (it has %2)")
                         .arg(text, facts->storageClasses.join(QLatin1String(", "))) };
        return {};
    case FieldType::KeyValues: {
        QStringList out;
        const QVariantMap map = answer.toMap();
        for (auto it = map.cbegin(); it != map.cend(); ++it) {
            if (!isLabelKey(it.key()))
                out << tr("%1 is not a valid key (prefix/name, 63 characters at most)").arg(it.key());
            if (!isLabelValue(it.value().toString()))
                out << tr("%1 is not a valid value (63 letters, digits, “-”, “_”, “.” at most)")
                           .arg(it.value().toString());
        }
        return out;
    }
    case FieldType::Tolerations:
        return tolerationProblems(answer);
    case FieldType::ResourceProfiles: {
        QStringList out;
        const QVariantMap profiles = answer.toMap();
        for (auto p = profiles.cbegin(); p != profiles.cend(); ++p) {
            const QVariantMap parts = p.value().toMap();
            for (auto part = parts.cbegin(); part != parts.cend(); ++part) {
                const QVariantMap resources = part.value().toMap();
                for (auto r = resources.cbegin(); r != resources.cend(); ++r) {
                    const QuantityKind kind = r.key() == QLatin1String("cpu") ? QuantityKind::Cpu : QuantityKind::Memory;
                    for (const QString &problem : quantityProblems(kind, r.value().toString()))
                        out << QStringLiteral("%1 %2 %3: %4").arg(p.key(), part.key(), r.key(), problem);
                }
            }
        }
        return out;
    }
    case FieldType::DatabaseMode:
        for (const DatabaseModeOption &mode : field.modes) {
            if (mode.id == text)
                return {};
        }
        return { tr("%1 is not one of the modes").arg(shown) };
    case FieldType::Gpu:
        return gpuProblems(answer.toMap(), facts);
    case FieldType::SecretRef: {
        if (answer.typeId() != QMetaType::QVariantMap)
            return { tr("must name a Secret and one of its keys") };
        const QVariantMap ref = answer.toMap();
        const QString name = ref.value(QStringLiteral("name")).toString();
        const QString key = ref.value(QStringLiteral("key")).toString();
        QStringList out;
        if (name.isEmpty())
            out << tr("the Secret's name is missing");
        else if (!isDns1123Subdomain(name))
            out << tr("“%1” is not a Secret name (lower-case letters, digits, “-” and “.”, 253 at most)").arg(name);
        if (key.isEmpty())
            out << tr("the key in the Secret is missing");
        else if (!isSecretKey(key))
            out << tr("“%1” is not a Secret key (letters, digits, “-”, “_” and “.”, 253 at most)").arg(key);
        return out;
    }
    case FieldType::Image: {
        QString problem;
        const std::optional<ImageParts> parts = ImageParts::parse(text, &problem);
        if (!parts)
            return { tr("%1 is not an image reference: %2").arg(shown, problem) };
        if (parts->tag.isEmpty() && parts->digest.isEmpty())
            return { tr("%1 names no tag or digest (e.g. :1.2.3 or @sha256:…)").arg(shown) };
        if (!field.image.isEmpty()) {
            const std::pair<QString, ValuesPath> taken[] = {
                { parts->registry, field.image.registry }, { parts->tag, field.image.tag },
                { parts->digest, field.image.digest } };
            const QString names[] = { tr("a registry"), tr("a tag"), tr("a digest") };
            for (int i = 0; i < 3; ++i) {
                if (!taken[i].first.isEmpty() && taken[i].second.isEmpty())
                    return { tr("this chart takes no %1 for this image").arg(names[i]) };
            }
        }
        return {};
    }
    case FieldType::StringList: {
        if (answer.typeId() != QMetaType::QVariantList && answer.typeId() != QMetaType::QStringList)
            return { tr("must be a list of text") };
        return {};
    }
    case FieldType::MultiSelect: {
        if (answer.typeId() != QMetaType::QVariantList && answer.typeId() != QMetaType::QStringList)
            return { tr("must be a list of choices") };
        QStringList options;
        for (const EnumOption &option : field.options)
            options << option.value.toString();
        QStringList out;
        QStringList seen;
        const QVariantList items = answer.toList();
        for (const QVariant &item : items) {
            const QString value = item.toString();
            if (!options.contains(value))
                out << tr("“%1” is not one of the choices").arg(value);
            else if (seen.contains(value))
                out << tr("“%1” is chosen twice").arg(value);
            seen << value;
        }
        return out;
    }
    case FieldType::Yaml: {
        Diagnostics problems;
        const ValueTree tree = YamlReader::parseAny(text.toUtf8(), field.label, &problems);
        if (!problems.isEmpty())
            return { problems.first().toString() };
        if (field.isRawOverrides() && !tree.isMap() && !tree.isNull())
            return { tr("raw overrides must be a mapping of values keys") };
        return {};
    }
    default:
        return {};
    }
}

QStringList FieldChecks::typeWarnings(const Field &field, const QVariant &answer, const ClusterFacts *facts)
{
    // A Secret may well be created after Slipway looked (by hand, or by an operator such as
    // External Secrets), so a missing one is a warning; the pods wait for it until it exists.
    if (!facts || facts->secrets.isEmpty())
        return {};
    if (field.type == FieldType::SecretName) {
        const QString name = answer.toString();
        if (name.isEmpty())
            return {};
        if (!facts->secrets.contains(name))
            return { tr("the namespace has no Secret “%1” yet; the pods will wait until it exists").arg(name) };
        QStringList missing;
        const QStringList keys = facts->secrets.value(name);
        for (const QString &key : field.secretKeys) {
            if (!keys.contains(key))
                missing << key;
        }
        if (missing.isEmpty())
            return {};
        return { tr("the Secret “%1” lacks %2 (it has %3)")
                     .arg(name, missing.join(QLatin1String(", ")),
                          keys.isEmpty() ? tr("none") : keys.join(QLatin1String(", "))) };
    }
    if (field.type != FieldType::SecretRef)
        return {};
    const QVariantMap ref = answer.toMap();
    const QString name = ref.value(QStringLiteral("name")).toString();
    const QString key = ref.value(QStringLiteral("key")).toString();
    if (!facts->secrets.contains(name))
        return { tr("the namespace has no Secret “%1” yet; the pods will wait until it exists").arg(name) };
    const QStringList keys = facts->secrets.value(name);
    if (!keys.contains(key))
        return { tr("the Secret “%1” has no key “%2” (it has %3)")
                     .arg(name, key, keys.isEmpty() ? tr("none") : keys.join(QLatin1String(", "))) };
    return {};
}

QStringList FieldChecks::ruleProblems(const Field &field, const QVariant &answer)
{
    QStringList out;
    const FieldValidation &v = field.validation;
    if (field.type == FieldType::StringList) {
        // pattern, minLength / maxLength and allowed hold for each item; min / max count them.
        Field item = field;
        item.type = FieldType::String;
        item.validation.min.reset();
        item.validation.max.reset();
        const QVariantList items = answer.toList();
        for (qsizetype i = 0; i < items.size(); ++i) {
            for (const QString &problem : ruleProblems(item, items.at(i)))
                out << tr("item %1: %2").arg(i + 1).arg(problem);
        }
        if (v.min && items.size() < *v.min)
            out << tr("must have at least %1 items").arg(*v.min);
        if (v.max && items.size() > *v.max)
            out << tr("must have at most %1 items").arg(*v.max);
        return out;
    }
    if (field.type == FieldType::MultiSelect) {
        const qsizetype count = answer.toList().size();
        if (v.min && count < *v.min)
            out << tr("choose at least %1").arg(*v.min);
        if (v.max && count > *v.max)
            out << tr("choose at most %1").arg(*v.max);
        return out;
    }
    const QString text = answer.toString();
    if (!v.pattern.isEmpty()) {
        const QRegularExpression re(v.pattern);
        if (re.isValid() && !re.match(text).hasMatch())
            out << (v.message.isEmpty() ? tr("does not have the expected form (%1)").arg(v.pattern) : v.message);
    }
    bool isNumber = false;
    const double number = field.type == FieldType::Gpu
        ? answer.toMap().value(QStringLiteral("count")).toDouble(&isNumber)
        : text.toDouble(&isNumber);
    const bool numeric = field.type == FieldType::Int || field.type == FieldType::Number || field.type == FieldType::Gpu;
    if (numeric && isNumber && v.min && number < *v.min)
        out << tr("must be at least %1").arg(*v.min);
    if (numeric && isNumber && v.max && number > *v.max)
        out << tr("must be at most %1").arg(*v.max);
    if (v.minLength && text.size() < *v.minLength)
        out << (v.message.isEmpty() ? tr("must have at least %1 characters").arg(*v.minLength) : v.message);
    if (v.maxLength && text.size() > *v.maxLength)
        out << tr("must have at most %1 characters").arg(*v.maxLength);
    if (!v.allowed.isEmpty() && !v.allowed.contains(FieldCodec::nodeFromAnswer(field, answer))) {
        QStringList names;
        for (const ValueTree &allowed : v.allowed)
            names << allowed.toString();
        out << tr("must be one of %1").arg(names.join(QLatin1String(", ")));
    }
    return out;
}

} // namespace Slipway
