#pragma once

#include <QLatin1String>

namespace Slipway::MediaTypes {

inline constexpr QLatin1String kOciManifest("application/vnd.oci.image.manifest.v1+json");
inline constexpr QLatin1String kOciIndex("application/vnd.oci.image.index.v1+json");
inline constexpr QLatin1String kDockerManifest("application/vnd.docker.distribution.manifest.v2+json");
inline constexpr QLatin1String kDockerList("application/vnd.docker.distribution.manifest.list.v2+json");

// What a pull accepts: both single-image manifests and both kinds of index.
inline constexpr const char *kAcceptHeader =
    "Accept: application/vnd.oci.image.index.v1+json, "
    "application/vnd.docker.distribution.manifest.list.v2+json, "
    "application/vnd.oci.image.manifest.v1+json, "
    "application/vnd.docker.distribution.manifest.v2+json";

inline bool isIndex(QStringView type)
{
    return type == kOciIndex || type == kDockerList;
}

inline bool isManifest(QStringView type)
{
    return type == kOciManifest || type == kDockerManifest;
}

// Annotations on index.json's entries: the tag (OCI's own) and the full name (as containerd
// writes it), so that a push knows where each image goes.
inline constexpr QLatin1String kRefNameAnnotation("org.opencontainers.image.ref.name");
inline constexpr QLatin1String kImageNameAnnotation("io.containerd.image.name");

} // namespace Slipway::MediaTypes
