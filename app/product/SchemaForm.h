#pragma once

#include "Chart.h"
#include "core/Error.h"

#include <QByteArray>
#include <QCoreApplication>

namespace Slipway {

// The installer descriptor of a chart that has a values.schema.json but no installer.yaml: a form
// generated from the schema, so such a chart is installed through typed, validated fields (the
// wizard's pages, AnswerValidator, ValuesComposer) instead of raw YAML. It is written as
// installer.yaml text and read by DescriptorParser, so it obeys exactly the rules of a written
// one, and a chart author can start an installer.yaml from it.
//
// From the schema (draft 4 / 6 / 7; `properties`, `type`, `enum`, `title`, `description`,
// `required`, `minimum` / `maximum`, `minLength` / `maxLength`, `pattern`, `format`, `writeOnly`):
// - each top-level object with `properties` is a page (its nested objects' fields included, up to
//   four levels); the top-level scalars are the first page, "General";
// - string → `string` (`format` uri / email / hostname → `url` / `email` / `hostname`; a
//   `writeOnly` or `format: password` string, or one whose key names a password, secret, token or
//   key, → `secret`), with an `enum` → `enum`; integer → `int`, number → `number`, boolean → `bool`;
// - an object of string values without `properties` → `keyValues`; anything else (arrays, `$ref`,
//   `oneOf`, objects without properties) → `yaml` at its path;
// - labels from `title` (else the key, its words split), help from `description`, `required`
//   from the parent's list, bounds and patterns as `validate`;
// - fields in the values.yaml's key order (the schema's JSON object has none), then the rest;
// - a last page "Other values" with the raw overrides (a `yaml` field without a path), so any
//   value the form does not cover can still be set.
class SchemaForm
{
    Q_DECLARE_TR_FUNCTIONS(Slipway::SchemaForm)

public:
    // installer.yaml text for `chart`; an error when the chart has no schema, the schema is not
    // a JSON object or has no properties.
    static Expected<QByteArray> installerYaml(const Chart &chart);
    // Sets chart.descriptor (and generatedDescriptor) from installerYaml() when the chart has a
    // schema and no descriptor; returns whether it did. A generated descriptor that does not
    // parse leaves the chart as it was and adds the parser's errors to `errors`.
    static bool describe(Chart &chart, Diagnostics *errors);
};

} // namespace Slipway
