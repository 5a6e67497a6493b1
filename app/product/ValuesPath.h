#pragma once

#include "core/Expected.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Slipway {

// Where a value lives in a chart's values: `worker.resources.limits.cpu`, `worker.env[0].name`,
// `podAnnotations["example.com/team"]` (a key with dots, in quotes), or `a\.b` (an escaped dot).
class ValuesPath
{
    Q_DECLARE_TR_FUNCTIONS(Slipway::ValuesPath)

public:
    struct Segment
    {
        QString key;
        qsizetype index = -1; // >= 0 for a list position; then key is empty
        bool isIndex() const { return index >= 0; }
        bool operator==(const Segment &) const = default;
    };

    ValuesPath() = default;
    explicit ValuesPath(QList<Segment> segments);

    // A syntax error comes back with the 1-based `column` where the text goes wrong.
    static Expected<ValuesPath> parse(const QString &text);
    static ValuesPath key(const QString &key) { return ValuesPath({ Segment { key } }); }

    bool isEmpty() const { return m_segments.isEmpty(); }
    const QList<Segment> &segments() const { return m_segments; }
    ValuesPath child(const QString &key) const;
    ValuesPath child(qsizetype index) const;
    ValuesPath joined(const ValuesPath &rest) const;
    bool startsWith(const ValuesPath &prefix) const;

    // The canonical spelling; parse(toString()) gives the same path back.
    QString toString() const;
    bool operator==(const ValuesPath &) const = default;

private:
    QList<Segment> m_segments;
};

} // namespace Slipway
