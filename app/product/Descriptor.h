#pragma once

#include "Field.h"

#include <QList>
#include <QString>

namespace Slipway {

// A values overlay the administrator picks as a whole: an environment or a size.
struct Preset
{
    QString id;
    QString title;
    QString description;
    bool isDefault = false;
    ValueTree values;
};

struct DescriptorPage
{
    QString id;
    QString title;
    QString description;
    Condition when;
    int whenLine = 0; // where the text of `when` starts
    int whenColumn = 0;
    QStringList fields; // ids of the page's own fields, in order (mode fields are listed too)
    QString info; // text shown on the page (Markdown); a page may hold only this
};

// A rule across fields (`checks:`): when its condition holds, the answers are wrong (or, for a
// warning, doubtful), and the message is shown at each field it names.
struct DescriptorCheck
{
    Condition when;
    QString message;
    bool warning = false; // `warning:` instead of `error:`
    QStringList fields; // the field ids the message belongs to
    int line = 0;
    int column = 0;
    int whenLine = 0;
    int whenColumn = 0;
};

// installer.yaml, parsed and checked (format: charts/README.md).
struct Descriptor
{
    QString fileName;

    QString productId;
    QString title;
    QString description;
    QString icon; // a file in the chart
    QString documentation; // a file in the chart or a URL

    QString releaseName;
    QString releaseNamespace;
    bool createNamespace = true;

    QString helmTimeout; // a Go duration, "15m"
    bool helmWait = true;
    bool helmWaitForJobs = false;
    bool rollbackOnFailure = false;

    QList<Preset> environments;
    QList<Preset> sizes;
    QList<DescriptorPage> pages;
    QList<Field> fields; // every field, mode fields included, in document order
    QList<DescriptorCheck> checks;

    const Field *field(const QString &id) const;
    const DescriptorPage *page(const QString &id) const;
    // The field that writes `path`: the one writing exactly there, else the deepest one writing
    // above it, else the first one writing below it; nullptr when none does.
    const Field *fieldForPath(const ValuesPath &path) const;
    const Preset *environment(const QString &id) const; // empty id: the default one
    const Preset *size(const QString &id) const;
};

} // namespace Slipway
