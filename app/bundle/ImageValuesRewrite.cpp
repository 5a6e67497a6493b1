#include "ImageValuesRewrite.h"

namespace Slipway {

namespace {

struct Walk
{
    const QList<ImageReference> &images;
    const QString &target;
    ValueTree &rewritten; // the merged values, changed in place
    QStringList *changes;

    // The bundle's image that `text` names (registry and repository alike), if any.
    const ImageReference *match(const QString &text) const
    {
        const auto parsed = ImageReference::parse(text);
        if (!parsed)
            return nullptr;
        for (const ImageReference &image : images) {
            if (image.registry() == parsed->registry() && image.repository() == parsed->repository())
                return &image;
        }
        return nullptr;
    }

    void set(const ValuesPath &path, const QString &before, const QString &after)
    {
        if (before == after)
            return;
        rewritten.set(path, ValueTree(after));
        if (changes)
            changes->append(QStringLiteral("%1: %2 → %3").arg(path.toString(), before, after));
    }

    void visit(const ValueTree &node, const ValuesPath &path)
    {
        if (node.isList()) {
            for (size_t i = 0; i < node.items().size(); ++i)
                visit(node.items()[i], path.child(qsizetype(i)));
            return;
        }
        if (!node.isMap())
            return;
        const ValueTree *repository = node.value(QStringLiteral("repository"));
        if (repository && repository->type() == ValueTree::Type::String && !repository->toString().isEmpty()) {
            const ValueTree *registry = node.value(QStringLiteral("registry"));
            const bool hasRegistry = registry && registry->type() == ValueTree::Type::String
                && !registry->toString().isEmpty();
            const QString name = hasRegistry ? registry->toString() + QLatin1Char('/') + repository->toString()
                                             : repository->toString();
            // A repository is named without its tag; ":latest" keeps the parser from reading
            // a port-less "host/repo" part as a tag.
            if (const ImageReference *image = match(name + QStringLiteral(":latest"))) {
                if (hasRegistry) {
                    set(path.child(QStringLiteral("registry")), registry->toString(), target);
                    set(path.child(QStringLiteral("repository")), repository->toString(), image->repository());
                } else {
                    set(path.child(QStringLiteral("repository")), repository->toString(),
                        target + QLatin1Char('/') + image->repository());
                }
            }
        }
        for (const ValueTree::Entry &entry : node.entries()) {
            if (entry.key == QLatin1String("image") && entry.value.type() == ValueTree::Type::String) {
                const QString text = entry.value.toString();
                if (match(text)) {
                    const auto parsed = ImageReference::parse(text);
                    set(path.child(entry.key), text, parsed->withRegistry(target).toString());
                }
                continue;
            }
            visit(entry.value, path.child(entry.key));
        }
    }
};

} // namespace

ValueTree ImageValuesRewrite::overlay(const ValueTree &defaults, const ValueTree &values,
                                      const QList<ImageReference> &images, const QString &targetRegistry,
                                      QStringList *changes)
{
    const ValuesPath global({ { QStringLiteral("global") }, { QStringLiteral("imageRegistry") } });
    ValueTree merged = defaults.isMap() ? defaults : ValueTree::map();
    merged.merge(values);
    // The changes are made on a copy of the merged values, since helm replaces lists whole:
    // diff() then gives the overlay with every changed list complete.
    ValueTree rewritten = merged;
    Walk walk { images, targetRegistry, rewritten, changes };
    if (defaults.at(global)) {
        const ValueTree *current = merged.at(global);
        walk.set(global, current ? current->toString() : QString(), targetRegistry);
    } else {
        walk.visit(merged, ValuesPath());
    }
    return rewritten.diff(merged);
}

} // namespace Slipway
