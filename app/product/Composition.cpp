#include "Composition.h"

#include "YamlWriter.h"
#include "core/PrivateFile.h"

#include <QSaveFile>

namespace Slipway {

namespace {

// Erases `path` and the maps it leaves empty on the way up, which were there only for it.
void eraseAndPrune(ValueTree &tree, ValuesPath path)
{
    tree.erase(path);
    while (path.segments().size() > 1) {
        QList<ValuesPath::Segment> parent = path.segments();
        parent.removeLast();
        path = ValuesPath(parent);
        const ValueTree *node = tree.at(path);
        if (!node || !node->isMap() || node->size() > 0)
            break;
        tree.erase(path);
    }
}

Expected<void> writeFile(const QString &fileName, const QByteArray &content, bool secret)
{
    if (secret) {
        const Expected<void> written = PrivateFile::write(fileName, content);
        if (!written)
            return Error(Composition::tr("cannot write %1: %2")
                             .arg(fileName, written.error().message));
        return {};
    }
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size()
        || !file.commit())
        return Error(Composition::tr("cannot write %1: %2").arg(fileName, file.errorString()));
    return {};
}

} // namespace

ValueTree Composition::publicValues() const
{
    ValueTree tree = values;
    for (const ValuesPath &path : secretPaths)
        eraseAndPrune(tree, path);
    return tree;
}

ValueTree Composition::secretValues() const
{
    ValueTree tree = ValueTree::map();
    for (const ValuesPath &path : secretPaths) {
        if (const ValueTree *value = values.at(path))
            tree.set(path, *value);
    }
    return tree;
}

QString Composition::originOf(const ValuesPath &path) const
{
    for (const auto &[where, what] : origins) {
        if (where == path)
            return what;
    }
    return {};
}

QByteArray Composition::valuesYaml(SecretHandling handling) const
{
    const ValueTree tree = handling == SecretHandling::Inline ? values : publicValues();
    QByteArray header = tr("# Written by Slipway: only what differs from the chart's defaults.\n").toUtf8();
    if (!secretValues().entries().empty()) {
        if (handling == SecretHandling::SeparateFile)
            header += tr("# Secret values are in a separate file.\n").toUtf8();
        else if (handling == SecretHandling::Omit)
            header += tr("# Secret values are left out.\n").toUtf8();
    }
    return header + YamlWriter::write(tree, [this](const ValuesPath &path) { return originOf(path); });
}

QByteArray Composition::secretsYaml() const
{
    const ValueTree tree = secretValues();
    if (tree.size() == 0)
        return {};
    return tr("# Written by Slipway: secret values. Keep this file private.\n").toUtf8()
        + YamlWriter::write(tree, [this](const ValuesPath &path) { return originOf(path); });
}

Expected<void> Composition::write(const QString &valuesFile, const QString &secretsFile,
                                  SecretHandling handling) const
{
    if (handling == SecretHandling::SeparateFile && secretValues().size() > 0) {
        if (const Expected<void> written = writeFile(secretsFile, secretsYaml(), true); !written)
            return written;
    }
    return writeFile(valuesFile, valuesYaml(handling), false);
}

} // namespace Slipway
