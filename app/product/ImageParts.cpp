#include "ImageParts.h"

#include <QRegularExpression>

namespace Slipway {

namespace {

// The grammar of github.com/distribution/reference.
const QRegularExpression &registryPattern()
{
    static const QRegularExpression re(QRegularExpression::anchoredPattern(QStringLiteral(
        "(localhost|[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*"
        "|\\[[0-9A-Fa-f:]+\\])(:[0-9]{1,5})?")));
    return re;
}

const QRegularExpression &componentPattern()
{
    static const QRegularExpression re(QRegularExpression::anchoredPattern(
        QStringLiteral("[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*")));
    return re;
}

const QRegularExpression &tagPattern()
{
    static const QRegularExpression re(QRegularExpression::anchoredPattern(QStringLiteral("[\\w][\\w.-]{0,127}")));
    return re;
}

const QRegularExpression &digestPattern()
{
    static const QRegularExpression re(QRegularExpression::anchoredPattern(QStringLiteral(
        "[A-Za-z][A-Za-z0-9]*([-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}")));
    return re;
}

} // namespace

std::optional<ImageParts> ImageParts::parse(const QString &reference, QString *problem)
{
    auto fail = [problem](const QString &why) -> std::optional<ImageParts> {
        if (problem)
            *problem = why;
        return std::nullopt;
    };
    ImageParts out;
    QString rest = reference;
    if (rest.isEmpty() || rest.trimmed() != rest || rest.contains(QLatin1Char(' ')))
        return fail(tr("an image reference has no blanks"));
    const qsizetype at = rest.indexOf(QLatin1Char('@'));
    if (at >= 0) {
        out.digest = rest.mid(at + 1);
        rest.truncate(at);
        if (out.digest.startsWith(QLatin1String("sha256:")) && out.digest.size() != 7 + 64)
            return fail(tr("a sha256 digest has 64 hexadecimal digits"));
        if (!digestPattern().match(out.digest).hasMatch())
            return fail(tr("“%1” is not a digest such as sha256:… (64 hexadecimal digits)").arg(out.digest));
    }
    const qsizetype slash = rest.indexOf(QLatin1Char('/'));
    if (slash > 0) {
        const QString first = rest.left(slash);
        if (first.contains(QLatin1Char('.')) || first.contains(QLatin1Char(':')) || first == QLatin1String("localhost")
            || first.startsWith(QLatin1Char('['))) {
            out.registry = first;
            rest = rest.mid(slash + 1);
            if (!registryPattern().match(out.registry).hasMatch())
                return fail(tr("“%1” is not a registry (host or host:port)").arg(out.registry));
        }
    }
    const qsizetype colon = rest.lastIndexOf(QLatin1Char(':'));
    if (colon >= 0) {
        out.tag = rest.mid(colon + 1);
        rest.truncate(colon);
        if (!tagPattern().match(out.tag).hasMatch())
            return fail(tr("“%1” is not a tag (letters, digits, “_”, “.”, “-”, 128 at most)").arg(out.tag));
    }
    out.repository = rest;
    if (out.repository.isEmpty())
        return fail(tr("the repository is missing"));
    const QStringList components = out.repository.split(QLatin1Char('/'));
    for (const QString &component : components) {
        if (!componentPattern().match(component).hasMatch())
            return fail(tr("“%1” is not a repository (lower-case letters, digits, “.”, “_”, “-”, parts separated by “/”)")
                            .arg(out.repository));
    }
    if (out.registry.size() + 1 + out.repository.size() > 255)
        return fail(tr("the image name is longer than 255 characters"));
    return out;
}

QString ImageParts::toString() const
{
    QString out = registry.isEmpty() ? repository : registry + QLatin1Char('/') + repository;
    if (!tag.isEmpty())
        out += QLatin1Char(':') + tag;
    if (!digest.isEmpty())
        out += QLatin1Char('@') + digest;
    return out;
}

} // namespace Slipway
