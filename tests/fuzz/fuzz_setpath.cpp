// A values path as a descriptor or `--set path=value` spells it (the text before the first "="
// is the path, the rest its value). Parsing ends in a path or an Error whose column lies within
// the text; a path that parses, printed and parsed again, is the same path (and prints the same);
// and the value set at that path in a tree is found there, under one leaf, and gone once erased.

#include "FuzzTarget.h"

#include "product/ValueTree.h"

using namespace Slipway;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using SlipwayFuzz::require;
    const QString input = QString::fromUtf8(SlipwayFuzz::bytes(data, size));
    const qsizetype equals = input.indexOf(QLatin1Char('='));
    const QString text = equals < 0 ? input : input.left(equals);
    const QString value = equals < 0 ? QString() : input.mid(equals + 1);

    const Expected<ValuesPath> path = ValuesPath::parse(text);
    if (!path) {
        require(!path.error().message.isEmpty());
        require(path.error().column >= 1 && path.error().column <= text.size() + 1);
        return 0;
    }
    require(!path->isEmpty());
    const QString printed = path->toString();
    const Expected<ValuesPath> again = ValuesPath::parse(printed);
    require(again.hasValue());
    require(*again == *path);
    require(again->toString() == printed);

    // Each list position makes a list that long: keep the trees small.
    qsizetype positions = 0;
    for (const ValuesPath::Segment &segment : path->segments())
        positions += segment.isIndex() ? segment.index + 1 : 0;
    if (positions > 10000)
        return 0;
    ValueTree tree = ValueTree::map();
    tree.set(*path, ValueTree(value));
    const ValueTree *found = tree.at(*path);
    require(found && *found == ValueTree(value));
    // Lists are leaves to leafPaths(): the path goes through exactly one leaf.
    qsizetype leaves = 0;
    for (const ValuesPath &leaf : tree.leafPaths())
        leaves += path->startsWith(leaf) ? 1 : 0;
    require(leaves == 1);
    require(tree.erase(*path));
    require(tree.at(*path) == nullptr);
    return 0;
}
