#pragma once

#include "Descriptor.h"
#include "Issue.h"
#include "ValueTree.h"

#include <QCoreApplication>

namespace Slipway {

// Composed values against the chart's values.schema.json (JSON Schema drafts 4, 6 and 7, as
// `$schema` says; draft 7 when it says nothing), as Helm checks them — but before helm runs,
// and with each error given to the field whose path it names.
class SchemaValidator
{
    Q_DECLARE_TR_FUNCTIONS(Slipway::SchemaValidator)

public:
    // `descriptor` may be null: the issues then name no field. Remote `$ref`s are not fetched.
    static Issues validate(const ValueTree &values, const QByteArray &schemaJson,
                           const Descriptor *descriptor = nullptr);
};

} // namespace Slipway
