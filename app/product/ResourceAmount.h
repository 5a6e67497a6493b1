#pragma once

#include <QString>

#include <optional>

namespace Slipway {

// A Kubernetes resource quantity as an answer holds it ("500m", "1.5", "2Gi", "1e3"), compared exactly enough for
// requests ≤ limits and capacity checks: the value is kept in milli-units.
class ResourceAmount
{
public:
    static std::optional<ResourceAmount> parse(const QString &text);

    // Milli-units: 500m → 500, 1 → 1000, 1Ki → 1024000. Saturates instead of overflowing.
    qint64 milli() const { return m_milli; }
    bool hasBinarySuffix() const { return m_binary; }
    bool hasMilliSuffix() const { return m_milliSuffix; }

    auto operator<=>(const ResourceAmount &other) const { return m_milli <=> other.m_milli; }
    bool operator==(const ResourceAmount &other) const { return m_milli == other.m_milli; }

private:
    qint64 m_milli = 0;
    bool m_binary = false;
    bool m_milliSuffix = false;
};

} // namespace Slipway
