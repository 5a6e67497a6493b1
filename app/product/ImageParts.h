#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Slipway {

// An `image` field's answer, `[registry/]repository[:tag][@digest]`, cut the way a chart's
// image values are (registry, repository, tag, digest). Nothing is defaulted: a reference
// without a registry has an empty one (the chart or the runtime decides, e.g. docker.io). The
// first component is the registry when it holds a "." or a ":" or is "localhost", as docker reads it.
struct ImageParts
{
    Q_DECLARE_TR_FUNCTIONS(Slipway::ImageParts)

public:
    QString registry; // host[:port]
    QString repository; // path components, lower case
    QString tag;
    QString digest; // algorithm:hex

    // The parts of `reference`; nullopt with `problem` naming the part that is wrong.
    static std::optional<ImageParts> parse(const QString &reference, QString *problem = nullptr);
    QString toString() const;
    bool operator==(const ImageParts &) const = default;
};

} // namespace Slipway
