#pragma once

#include "Field.h"

#include <QCoreApplication>

namespace YAML {
class Node;
}

namespace Slipway {

class DescriptorReader;

// Reads one field of installer.yaml (and, for a databaseMode, the fields of its modes) into
// `out`, reporting every problem to the reader. Private to the library.
class FieldParser
{
    Q_DECLARE_TR_FUNCTIONS(Slipway::FieldParser)

public:
    FieldParser(DescriptorReader &reader, QList<Field> &out)
        : m_reader(reader)
        , m_out(out)
    { }

    // Appends the field (and its mode fields after it); returns the ids appended.
    QStringList parse(const YAML::Node &node, const QString &page, const QString &parentField = {},
                      const QString &parentMode = {});

    // Reports a `when` that does not parse, at its own column; returns the parsed condition and
    // where its text starts.
    static Condition condition(DescriptorReader &reader, const YAML::Node &map, int *line, int *column);

private:
    void typeSpecific(const YAML::Node &node, Field &field, QStringList &appended);
    void validation(const YAML::Node &node, Field &field);
    void defaultValue(const YAML::Node &node, Field &field);
    void generate(const YAML::Node &node, Field &field);
    void modes(const YAML::Node &node, Field &field, QStringList &appended);

    DescriptorReader &m_reader;
    QList<Field> &m_out;
    int m_depth = 0;
};

} // namespace Slipway
