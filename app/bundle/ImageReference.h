#pragma once

#include "core/Expected.h"

#include <QCoreApplication>
#include <QString>

namespace Slipway {

// A container image reference as docker and the OCI distribution API read it:
// [registry[:port]/]repository[:tag][@sha256:<64 hex>]. Without a registry it is Docker Hub
// ("docker.io"), where a one-part repository lives under "library/"; without tag and digest
// the tag is "latest".
class ImageReference
{
    Q_DECLARE_TR_FUNCTIONS(Slipway::ImageReference)

public:
    static Expected<ImageReference> parse(const QString &text);

    QString registry() const { return m_registry; }
    QString repository() const { return m_repository; }
    QString tag() const { return m_tag; } // empty when only a digest was given
    QString digest() const { return m_digest; } // "sha256:…" or empty
    // What the manifests endpoint takes: the digest when there is one, else the tag.
    QString manifestReference() const { return m_digest.isEmpty() ? m_tag : m_digest; }
    // The host libcurl connects to: Docker Hub's API lives at registry-1.docker.io.
    QString apiHost() const;
    // registry/repository[:tag][@digest], with every default spelled out.
    QString toString() const;
    ImageReference withRegistry(const QString &registry) const;

    static bool isDigest(const QString &text);
    static bool isValidRepository(const QString &repository);

private:
    QString m_registry;
    QString m_repository;
    QString m_tag;
    QString m_digest;
};

} // namespace Slipway
