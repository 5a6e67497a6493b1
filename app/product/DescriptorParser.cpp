#include "DescriptorParser.h"

#include "DescriptorReader.h"
#include "FieldParser.h"
#include "YamlReader.h"
#include "core/Duration.h"

#include <QSet>

#include <algorithm>

namespace Slipway {

namespace {

const QString IdPattern = QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_-]*$");
const QString Dns1123Label = QStringLiteral("^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$");

class Parser
{
public:
    explicit Parser(const QString &fileName)
        : m_reader(fileName)
    { }

    Descriptor run(const YAML::Node &root)
    {
        Descriptor d;
        m_reader.checkKeys(root, { QStringLiteral("apiVersion"), QStringLiteral("kind"),
            QStringLiteral("product"), QStringLiteral("release"), QStringLiteral("helm"),
            QStringLiteral("environments"), QStringLiteral("sizes"), QStringLiteral("pages"),
            QStringLiteral("checks") },
            DescriptorParser::tr("the descriptor"));
        const QString apiVersion = m_reader.string(root, "apiVersion", true);
        if (!apiVersion.isEmpty() && apiVersion != QLatin1String("slipway/v1"))
            m_reader.error(root["apiVersion"], DescriptorParser::tr("unsupported apiVersion “%1”").arg(apiVersion),
                           DescriptorParser::tr("this Slipway reads “apiVersion: slipway/v1”"));
        const QString kind = m_reader.string(root, "kind", true);
        if (!kind.isEmpty() && kind != QLatin1String("Installer"))
            m_reader.error(root["kind"], DescriptorParser::tr("kind must be “Installer”, not “%1”").arg(kind));
        product(root, d);
        release(root, d);
        helm(root, d);
        d.environments = presets(root, "environments");
        d.sizes = presets(root, "sizes");
        pages(root, d);
        checks(root, d);
        checkReferences(d);
        return d;
    }

    const Diagnostics &diagnostics() const { return m_reader.diagnostics(); }

private:
    void product(const YAML::Node &root, Descriptor &d)
    {
        const YAML::Node p = root["product"];
        if (!p) {
            m_reader.error(root, DescriptorParser::tr("“product” is missing"),
                           DescriptorParser::tr("add “product: {id: …, title: …}”"));
            return;
        }
        if (!m_reader.expectMap(p, QStringLiteral("“product”")))
            return;
        m_reader.checkKeys(p, { QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("description"),
                                QStringLiteral("icon"), QStringLiteral("documentation") },
                           QStringLiteral("“product”"));
        d.productId = m_reader.string(p, "id", true);
        m_reader.checkPattern(p, "id", d.productId, Dns1123Label,
                              DescriptorParser::tr("product id “%1” is not a DNS label").arg(d.productId),
                              DescriptorParser::tr("use lower-case letters, digits and “-”"));
        d.title = m_reader.string(p, "title", true);
        d.description = m_reader.string(p, "description");
        d.icon = m_reader.string(p, "icon");
        d.documentation = m_reader.string(p, "documentation");
    }

    void release(const YAML::Node &root, Descriptor &d)
    {
        const YAML::Node r = root["release"];
        if (!r || !m_reader.expectMap(r, QStringLiteral("“release”")))
            return;
        m_reader.checkKeys(r, { QStringLiteral("name"), QStringLiteral("namespace"),
                                QStringLiteral("createNamespace") }, QStringLiteral("“release”"));
        d.releaseName = m_reader.string(r, "name");
        m_reader.checkPattern(r, "name", d.releaseName,
                              QStringLiteral("^[a-z0-9]([-a-z0-9]{0,51}[a-z0-9])?$"),
                              DescriptorParser::tr("release name “%1” is not valid").arg(d.releaseName),
                              DescriptorParser::tr("Helm allows lower-case letters, digits and “-”, at most 53"));
        d.releaseNamespace = m_reader.string(r, "namespace");
        m_reader.checkPattern(r, "namespace", d.releaseNamespace, Dns1123Label,
                              DescriptorParser::tr("namespace “%1” is not a DNS label").arg(d.releaseNamespace),
                              DescriptorParser::tr("use lower-case letters, digits and “-”, at most 63"));
        d.createNamespace = m_reader.boolean(r, "createNamespace", true);
    }

    void helm(const YAML::Node &root, Descriptor &d)
    {
        const YAML::Node h = root["helm"];
        if (!h || !m_reader.expectMap(h, QStringLiteral("“helm”")))
            return;
        m_reader.checkKeys(h, { QStringLiteral("timeout"), QStringLiteral("wait"),
                                QStringLiteral("waitForJobs"), QStringLiteral("rollbackOnFailure") },
                           QStringLiteral("“helm”"));
        d.helmTimeout = m_reader.string(h, "timeout");
        // Read as helm reads --timeout, so whatever helm would take is taken here too.
        if (!d.helmTimeout.isEmpty()) {
            const Expected<qint64> timeout = Duration::parseMs(d.helmTimeout);
            if (!timeout || *timeout < 0)
                m_reader.error(h["timeout"],
                               DescriptorParser::tr("“%1” is not a duration").arg(d.helmTimeout),
                               DescriptorParser::tr("write it as helm does: 90s, 15m, 1h30m"));
        }
        d.helmWait = m_reader.boolean(h, "wait", true);
        d.helmWaitForJobs = m_reader.boolean(h, "waitForJobs", false);
        d.rollbackOnFailure = m_reader.boolean(h, "rollbackOnFailure", false);
    }

    QList<Preset> presets(const YAML::Node &root, const char *key)
    {
        QList<Preset> out;
        const YAML::Node list = root[key];
        const QString what = QStringLiteral("“%1”").arg(QLatin1String(key));
        if (!list || !m_reader.expectList(list, what))
            return out;
        QSet<QString> ids;
        int defaults = 0;
        for (const YAML::Node &node : list) {
            if (!m_reader.expectMap(node, DescriptorParser::tr("an entry of %1").arg(what)))
                continue;
            m_reader.checkKeys(node, { QStringLiteral("id"), QStringLiteral("title"),
                                       QStringLiteral("description"), QStringLiteral("default"),
                                       QStringLiteral("values") },
                               DescriptorParser::tr("an entry of %1").arg(what));
            Preset preset;
            preset.id = m_reader.string(node, "id", true);
            m_reader.checkPattern(node, "id", preset.id, IdPattern,
                                  DescriptorParser::tr("“%1” is not a valid id").arg(preset.id),
                                  DescriptorParser::tr("use letters, digits, “_” and “-”"));
            if (!preset.id.isEmpty() && ids.contains(preset.id))
                m_reader.error(node["id"], DescriptorParser::tr("“%1” is defined twice in %2").arg(preset.id, what));
            ids.insert(preset.id);
            preset.title = m_reader.string(node, "title", true);
            preset.description = m_reader.string(node, "description");
            preset.isDefault = m_reader.boolean(node, "default", false);
            if (preset.isDefault && ++defaults == 2)
                m_reader.error(node["default"], DescriptorParser::tr("more than one default in %1").arg(what),
                               DescriptorParser::tr("mark exactly one entry “default: true”"));
            preset.values = m_reader.values(node["values"]);
            out.append(preset);
        }
        return out;
    }

    void pages(const YAML::Node &root, Descriptor &d)
    {
        const YAML::Node list = root["pages"];
        if (!list) {
            m_reader.error(root, DescriptorParser::tr("“pages” is missing"),
                           DescriptorParser::tr("add “pages:”, each with an id, a title and fields"));
            return;
        }
        if (!m_reader.expectList(list, QStringLiteral("“pages”")))
            return;
        FieldParser fields(m_reader, d.fields);
        for (const YAML::Node &node : list) {
            if (!m_reader.expectMap(node, DescriptorParser::tr("a page")))
                continue;
            m_reader.checkKeys(node, { QStringLiteral("id"), QStringLiteral("title"),
                                       QStringLiteral("description"), QStringLiteral("when"),
                                       QStringLiteral("fields"), QStringLiteral("info") },
                               DescriptorParser::tr("a page"));
            DescriptorPage page;
            page.id = m_reader.string(node, "id", true);
            if (!page.id.isEmpty() && d.page(page.id))
                m_reader.error(node["id"], DescriptorParser::tr("page “%1” is defined twice").arg(page.id));
            page.title = m_reader.string(node, "title", true);
            page.description = m_reader.string(node, "description");
            page.when = FieldParser::condition(m_reader, node, &page.whenLine, &page.whenColumn);
            page.info = m_reader.string(node, "info");
            const YAML::Node pageFields = node["fields"];
            if ((!pageFields || pageFields.size() == 0) && page.info.isEmpty())
                m_reader.error(node, DescriptorParser::tr("page “%1” has no fields").arg(page.id),
                               DescriptorParser::tr("add “fields:” with at least one field, or “info:” "
                                                    "for a page that only informs"));
            else if (pageFields && m_reader.expectList(pageFields, QStringLiteral("“fields”")))
                for (const YAML::Node &field : pageFields)
                    page.fields += fields.parse(field, page.id);
            d.pages.append(page);
        }
    }

    void checks(const YAML::Node &root, Descriptor &d)
    {
        const YAML::Node list = root["checks"];
        if (!list || !m_reader.expectList(list, QStringLiteral("“checks”")))
            return;
        for (const YAML::Node &node : list) {
            if (!m_reader.expectMap(node, DescriptorParser::tr("a check")))
                continue;
            m_reader.checkKeys(node, { QStringLiteral("when"), QStringLiteral("error"),
                                       QStringLiteral("warning"), QStringLiteral("fields") },
                               DescriptorParser::tr("a check"));
            DescriptorCheck check;
            check.line = node.Mark().line + 1;
            check.column = node.Mark().column + 1;
            if (!node["when"])
                m_reader.error(node, DescriptorParser::tr("a check has no “when”"),
                               DescriptorParser::tr("add the condition under which the answers are wrong"));
            check.when = FieldParser::condition(m_reader, node, &check.whenLine, &check.whenColumn);
            const QString error = m_reader.string(node, "error");
            const QString warning = m_reader.string(node, "warning");
            if (error.isEmpty() == warning.isEmpty())
                m_reader.error(node, DescriptorParser::tr("a check needs exactly one of “error” and “warning”"),
                               DescriptorParser::tr("the message shown when its condition holds"));
            check.warning = !warning.isEmpty();
            check.message = check.warning ? warning : error;
            check.fields = m_reader.stringList(node, "fields");
            if (check.fields.isEmpty())
                m_reader.error(node, DescriptorParser::tr("a check names no “fields”"),
                               DescriptorParser::tr("list the ids of the fields its message is shown at"));
            d.checks.append(check);
        }
    }

    // Field ids must be unique; conditions may only name fields and the two preset choices.
    void checkReferences(const Descriptor &d)
    {
        QSet<QString> seen;
        QStringList names = { QStringLiteral("environment"), QStringLiteral("size") };
        int rawOverrides = 0;
        for (const Field &field : d.fields) {
            if (!field.id.isEmpty() && seen.contains(field.id))
                error(field.line, field.column, DescriptorParser::tr("field id “%1” is used twice").arg(field.id),
                      DescriptorParser::tr("field ids are unique across all pages and modes"));
            seen.insert(field.id);
            names.append(field.id);
            if (field.isRawOverrides() && ++rawOverrides == 2)
                error(field.line, field.column, DescriptorParser::tr("a second yaml field without a path"),
                      DescriptorParser::tr("only one field edits the raw overrides; give this one a path"));
        }
        for (const Field &field : d.fields)
            checkCondition(field.when, field.whenLine, field.whenColumn, names);
        for (const DescriptorPage &page : d.pages)
            checkCondition(page.when, page.whenLine, page.whenColumn, names);
        for (const DescriptorCheck &check : d.checks) {
            checkCondition(check.when, check.whenLine, check.whenColumn, names);
            for (const QString &id : check.fields) {
                if (!d.field(id))
                    error(check.line, check.column,
                          DescriptorParser::tr("a check names “%1”, which is no field").arg(id),
                          DescriptorParser::tr("list field ids under “fields”"));
            }
        }
    }

    void checkCondition(const Condition &when, int line, int column, const QStringList &names)
    {
        for (const Condition::Reference &ref : when.references()) {
            if (names.contains(ref.name))
                continue;
            const QString guess = DescriptorReader::closest(ref.name, names);
            error(line, column + ref.column - 1,
                  DescriptorParser::tr("“when” names “%1”, which is no field").arg(ref.name),
                  guess.isEmpty() ? DescriptorParser::tr("name a field id, environment or size")
                                  : DescriptorParser::tr("did you mean “%1”?").arg(guess));
        }
    }

    void error(int line, int column, const QString &message, const QString &hint)
    {
        YAML::Mark mark;
        mark.line = line - 1;
        mark.column = column - 1;
        m_reader.error(mark, message, hint);
    }

    DescriptorReader m_reader;
};

} // namespace

Descriptor DescriptorParser::parse(const QByteArray &yaml, const QString &fileName, Diagnostics *errors)
{
    Descriptor descriptor;
    descriptor.fileName = fileName;
    Diagnostics found;
    try {
        const YAML::Node root = YAML::Load(yaml.toStdString());
        found += YamlReader::duplicateKeys(root, fileName);
        if (!root || !root.IsMap()) {
            found.append(
                Error::at(fileName, 1, 1, tr("installer.yaml must be a mapping"),
                          tr("start with “apiVersion: slipway/v1” and “kind: Installer”")));
        } else {
            Parser parser(fileName);
            descriptor = parser.run(root);
            descriptor.fileName = fileName;
            found += parser.diagnostics();
        }
    } catch (const YAML::Exception &e) {
        found.append(
            Error::at(fileName, e.mark.line + 1, e.mark.column + 1, QString::fromStdString(e.msg),
                      tr("check the indentation and quoting around this spot")));
    }
    // In file order, the way an editor walks through them.
    std::stable_sort(found.begin(), found.end(), [](const Diagnostic &a, const Diagnostic &b) {
        return std::pair(a.line, a.column) < std::pair(b.line, b.column);
    });
    if (errors)
        *errors += found;
    return descriptor;
}

} // namespace Slipway
