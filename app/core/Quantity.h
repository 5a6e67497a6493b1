#pragma once

#include "Expected.h"

#include <QCoreApplication>
#include <QString>

#include <compare>

namespace Slipway {

// A Kubernetes resource quantity ("500m", "1Gi", "1e3"), exact like apimachinery's
// resource.Quantity: parsed values are rounded up to nano precision, arithmetic is exact, and
// toString() gives the canonical text the API server would write back.
//
// The value is held as a 128-bit integer times a power of ten, which covers every quantity a
// cluster reports (up to about 10^29); anything larger is refused at parse time, but for binary
// quantities, which saturate at 2^63-1 as apimachinery's do.
class Quantity
{
    Q_DECLARE_TR_FUNCTIONS(Slipway::Quantity)

public:
    enum class Format
    {
        DecimalSI, // 12M, 500m
        BinarySI, // 12Mi
        DecimalExponent, // 12e6
    };

    Quantity() = default;
    static Quantity fromInteger(qint64 value, Format format = Format::DecimalSI);
    static Quantity fromMilli(qint64 milliValue, Format format = Format::DecimalSI);
    static Expected<Quantity> parse(QStringView text);

    Format format() const { return m_format; }
    // The suffix the parsed text was written with, for advice such as "512m of memory means
    // millibytes"; false for quantities made from numbers or by arithmetic.
    bool hasBinarySuffix() const { return m_written == Written::Binary; }
    bool hasMilliSuffix() const { return m_written == Written::Milli; }
    bool isZero() const { return m_value == 0; }
    int sign() const { return m_value < 0 ? -1 : (m_value > 0 ? 1 : 0); }

    // Rounded up, as Quantity.Value() / MilliValue() do; saturate at the qint64 range.
    qint64 value() const;
    qint64 milliValue() const;
    double toDouble() const;

    Quantity operator+(const Quantity &other) const;
    Quantity operator-(const Quantity &other) const;
    Quantity &operator+=(const Quantity &other) { return *this = *this + other; }
    Quantity &operator-=(const Quantity &other) { return *this = *this - other; }
    Quantity operator-() const;

    // Compares values only: "1Ki" == "1024".
    std::strong_ordering operator<=>(const Quantity &other) const;
    bool operator==(const Quantity &other) const { return (*this <=> other) == 0; }

    QString toString() const;

private:
    __extension__ typedef __int128 Int; // -Wpedantic: a GCC/Clang extension, on purpose
    enum class Written : quint8
    {
        Other,
        Binary,
        Milli,
    };

    static Quantity make(Int value, int scale, Format format);
    qint64 scaledCeiling(int scale) const;

    Int m_value = 0; // the quantity is m_value × 10^m_scale
    int m_scale = 0;
    Format m_format = Format::DecimalSI;
    Written m_written = Written::Other;
    QString m_text; // the input, kept when it was already canonical (as apimachinery does)
};

} // namespace Slipway
