#pragma once

#include <QString>

#include <utility>

namespace Slipway {

// A failure the user can act on. Where it comes from a file, the location lets the message point
// at the exact spot ("~/.kube/config:12:3: …"), the way compilers do.
struct Error
{
    Error() = default;
    explicit Error(QString text, QString where = QString(), int atLine = 0, int atColumn = 0)
        : message(std::move(text))
        , file(std::move(where))
        , line(atLine)
        , column(atColumn)
    { }

    QString message;
    QString file;
    int line = 0; // 1-based; 0 when unknown
    int column = 0; // 1-based; 0 when unknown

    static Error at(const QString &file, int line, int column, const QString &message);
    QString toString() const;
};

} // namespace Slipway
