#include "ImageReference.h"

#include <QRegularExpression>

namespace Slipway {

namespace {

const QString kDockerHub = QStringLiteral("docker.io");

// The first part is a registry when it looks like a host: it has a dot or a port, or is
// localhost — docker's rule, so that "team/app" stays a Docker Hub repository.
bool looksLikeHost(const QString &part)
{
    return part.contains(QLatin1Char('.')) || part.contains(QLatin1Char(':'))
        || part == QLatin1String("localhost");
}

bool isValidHost(const QString &host)
{
    static const QRegularExpression pattern(QStringLiteral(
        "^(\\[[0-9a-fA-F:]+\\]|[a-zA-Z0-9]([a-zA-Z0-9-]*[a-zA-Z0-9])?(\\.[a-zA-Z0-9]([a-zA-Z0-9-]*[a-zA-Z0-9])?)*)"
        "(:[0-9]{1,5})?$"));
    return pattern.match(host).hasMatch();
}

bool isValidTag(const QString &tag)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$"));
    return pattern.match(tag).hasMatch();
}

} // namespace

bool ImageReference::isDigest(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^sha256:[a-f0-9]{64}$"));
    return pattern.match(text).hasMatch();
}

bool ImageReference::isValidRepository(const QString &repository)
{
    // The distribution spec's path components: lowercase alphanumerics joined by ., _, __ or -.
    static const QRegularExpression pattern(QStringLiteral(
        "^[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*(/[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*)*$"));
    return repository.size() <= 255 && pattern.match(repository).hasMatch();
}

Expected<ImageReference> ImageReference::parse(const QString &text)
{
    const QString quoted = QLatin1Char('"') + text + QLatin1Char('"');
    if (text.trimmed().isEmpty())
        return Error(tr("the image reference is empty"));
    if (text != text.trimmed() || text.contains(QLatin1Char(' ')))
        return Error(tr("image reference %1 contains white space").arg(quoted));

    ImageReference ref;
    QString rest = text;
    const qsizetype at = rest.indexOf(QLatin1Char('@'));
    if (at >= 0) {
        ref.m_digest = rest.mid(at + 1);
        rest.truncate(at);
        if (!isDigest(ref.m_digest))
            return Error(tr("image reference %1: digest \"%2\" is not sha256: followed by 64 "
                            "lowercase hex digits").arg(quoted, ref.m_digest));
    }
    const qsizetype slash = rest.indexOf(QLatin1Char('/'));
    if (slash > 0 && looksLikeHost(rest.left(slash))) {
        ref.m_registry = rest.left(slash);
        rest = rest.mid(slash + 1);
        if (!isValidHost(ref.m_registry))
            return Error(tr("image reference %1: registry \"%2\" is not a host name with an "
                            "optional port").arg(quoted, ref.m_registry));
    } else {
        ref.m_registry = kDockerHub;
    }
    // A colon after the last slash starts the tag (one before it would be a port).
    const qsizetype colon = rest.lastIndexOf(QLatin1Char(':'));
    if (colon > rest.lastIndexOf(QLatin1Char('/'))) {
        ref.m_tag = rest.mid(colon + 1);
        rest.truncate(colon);
        if (!isValidTag(ref.m_tag))
            return Error(tr("image reference %1: tag \"%2\" must be 1 to 128 letters, digits, "
                            "'_', '.' or '-', not starting with '.' or '-'").arg(quoted, ref.m_tag));
    } else if (ref.m_digest.isEmpty()) {
        ref.m_tag = QStringLiteral("latest");
    }
    if (rest.isEmpty())
        return Error(tr("image reference %1 names no repository").arg(quoted));
    if (!isValidRepository(rest))
        return Error(tr("image reference %1: repository \"%2\" must be lowercase letters and "
                        "digits in parts joined by '/', '.', '_' or '-'").arg(quoted, rest));
    if (ref.m_registry == kDockerHub && !rest.contains(QLatin1Char('/')))
        rest.prepend(QLatin1String("library/"));
    ref.m_repository = rest;
    return ref;
}

QString ImageReference::apiHost() const
{
    return m_registry == kDockerHub ? QStringLiteral("registry-1.docker.io") : m_registry;
}

QString ImageReference::toString() const
{
    QString text = m_registry + QLatin1Char('/') + m_repository;
    if (!m_tag.isEmpty())
        text += QLatin1Char(':') + m_tag;
    if (!m_digest.isEmpty())
        text += QLatin1Char('@') + m_digest;
    return text;
}

ImageReference ImageReference::withRegistry(const QString &registry) const
{
    ImageReference copy = *this;
    copy.m_registry = registry;
    return copy;
}

} // namespace Slipway
