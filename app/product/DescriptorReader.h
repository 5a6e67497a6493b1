#pragma once

#include "ValueTree.h"
#include "ValuesPath.h"
#include "core/Error.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>
#include <yaml-cpp/yaml.h>

namespace Slipway {

// The descriptor parsers' shared reading helpers. Every problem is recorded with its position and
// reading goes on, so one pass reports everything wrong with a file. Private to the library.
class DescriptorReader
{
    Q_DECLARE_TR_FUNCTIONS(Slipway::DescriptorReader)

public:
    explicit DescriptorReader(QString fileName)
        : m_fileName(std::move(fileName))
    { }

    void error(const YAML::Mark &mark, const QString &message, const QString &hint = QString());
    void error(const YAML::Node &node, const QString &message, const QString &hint = QString())
    {
        error(node.Mark(), message, hint);
    }
    const Diagnostics &diagnostics() const { return m_diagnostics; }

    // Reports keys of `map` that are not in `known`, suggesting the closest known one.
    void checkKeys(const YAML::Node &map, const QStringList &known, const QString &what);
    bool expectMap(const YAML::Node &node, const QString &what);
    bool expectList(const YAML::Node &node, const QString &what);

    // Missing keys give the default (or report, when required); wrong types are reported.
    QString string(const YAML::Node &map, const char *key, bool required = false);
    bool boolean(const YAML::Node &map, const char *key, bool fallback);
    std::optional<double> number(const YAML::Node &map, const char *key);
    std::optional<int> integer(const YAML::Node &map, const char *key);
    QStringList stringList(const YAML::Node &map, const char *key);
    // A values path; `key` names it in messages.
    ValuesPath path(const YAML::Node &map, const char *key);
    ValueTree values(const YAML::Node &node);
    // `text` must match `pattern`; reported at the key's value.
    void checkPattern(const YAML::Node &map, const char *key, const QString &text,
                      const QString &pattern, const QString &message, const QString &hint);

    // The column where a scalar's text starts (after an opening quote).
    static int textColumn(const YAML::Node &node);
    static QString closest(const QString &word, const QStringList &candidates);

private:
    QString m_fileName;
    Diagnostics m_diagnostics;
};

} // namespace Slipway
