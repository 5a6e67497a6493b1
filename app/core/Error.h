#pragma once

#include <QList>
#include <QString>

#include <utility>

namespace Slipway {

// A failure the user can act on. Where it comes from a file, the location lets the message point
// at the exact spot ("~/.kube/config:12:3: …", "installer.yaml:12:7: …"), the way compilers do,
// and the hint says what to do about it.
struct Error
{
    Error() = default;
    explicit Error(QString text, QString where = QString(), int atLine = 0, int atColumn = 0,
                   QString fix = QString())
        : message(std::move(text))
        , file(std::move(where))
        , line(atLine)
        , column(atColumn)
        , hint(std::move(fix))
    { }

    QString message;
    QString file;
    int line = 0; // 1-based; 0 when unknown
    int column = 0; // 1-based; 0 when unknown
    QString hint; // what to do about it; empty when the message says it all

    static Error at(const QString &file, int line, int column, const QString &message,
                    const QString &hint = QString());
    // "installer.yaml:12:7: message (hint)"; the location and the hint only where known.
    QString toString() const;
    bool operator==(const Error &) const = default;
};

// A problem in a file the user or a chart author can fix is the same thing as an Error; the
// product library speaks of diagnostics, the way compilers do.
using Diagnostic = Error;
using Diagnostics = QList<Error>;

} // namespace Slipway
