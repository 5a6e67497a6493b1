#pragma once

#include <QList>
#include <QString>

namespace Slipway {

// A problem in a file the user or a chart author can fix: where it is (1-based line and column,
// 0 when unknown), what is wrong and what to do about it — the way compilers report.
struct Diagnostic
{
    QString file;
    int line = 0;
    int column = 0;
    QString message;
    QString hint;

    // "installer.yaml:12:7: message (hint)"
    QString toString() const;
    bool operator==(const Diagnostic &) const = default;
};

using Diagnostics = QList<Diagnostic>;

} // namespace Slipway
