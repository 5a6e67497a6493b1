#pragma once

#include "SecretMask.h"
#include "core/Error.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace Slipway {

struct Chart;
struct Descriptor;
struct ReleaseRecord;

// The user values of a deployed release as an administrator edits them before an upgrade: the
// text to start from (YAML, every secret masked) and the check of what was typed — the YAML
// itself, masks put back to the secrets they stand for, and the chart's values.schema.json over
// the chart's defaults with the edited values on top, as helm will check them. Each problem
// names its line where one can be found, so an editor can point at it as the text is typed.
class ValuesEdit
{
    Q_DECLARE_TR_FUNCTIONS(Slipway::ValuesEdit)

public:
    struct Checked
    {
        QJsonObject values; // with the secrets restored: what helm gets
        QByteArray yaml; // `values` as the values file for helm
        Diagnostics problems; // empty when the values may be given to helm
        bool ok() const { return problems.isEmpty(); }
    };

    // `product` may be null: the secrets are then those of the installer.yaml stored with the
    // release's chart.
    ValuesEdit(const ReleaseRecord &deployed, const Descriptor *product);

    QString text() const { return m_text; }
    // `chart` (may be null) is the chart the upgrade will install: its schema and defaults.
    Checked check(const QString &edited, const Chart *chart) const;

    // The 1-based line of `text` (YAML, block style) where the value at the dotted `path` is
    // written, else the nearest parent's line; 0 when not even the first key is found.
    static int lineOf(const QString &text, const QString &path);

private:
    SecretMask m_secrets;
    QString m_text;
};

} // namespace Slipway
