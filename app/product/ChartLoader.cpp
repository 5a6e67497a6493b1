#include "ChartLoader.h"

#include "DescriptorParser.h"
#include "DescriptorReader.h"
#include "YamlReader.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>

namespace Slipway {

namespace {

void readChartYaml(const QByteArray &yaml, const QString &file, Chart &chart, Diagnostics *errors)
{
    try {
        const YAML::Node root = YAML::Load(yaml.toStdString());
        *errors += YamlReader::duplicateKeys(root, file);
        DescriptorReader reader(file);
        if (!root || !root.IsMap()) {
            errors->append(Error::at(file, 1, 1, ChartLoader::tr("Chart.yaml must be a mapping"),
                                     ChartLoader::tr("start with “apiVersion: v2” and “name: …”")));
            return;
        }
        chart.apiVersion = reader.string(root, "apiVersion", true);
        if (!chart.apiVersion.isEmpty() && chart.apiVersion != QLatin1String("v1")
            && chart.apiVersion != QLatin1String("v2"))
            reader.error(root["apiVersion"], ChartLoader::tr("unknown chart apiVersion “%1”").arg(chart.apiVersion),
                         ChartLoader::tr("Helm charts use v2 (or v1 for old charts)"));
        chart.name = reader.string(root, "name", true);
        chart.version = reader.string(root, "version", true);
        reader.checkPattern(root, "version", chart.version,
                            QStringLiteral("^v?[0-9]+(\\.[0-9]+){0,2}(-[0-9A-Za-z.-]+)?(\\+[0-9A-Za-z.-]+)?$"),
                            ChartLoader::tr("chart version “%1” is not a semantic version").arg(chart.version),
                            ChartLoader::tr("write it as MAJOR.MINOR.PATCH, e.g. 1.0.1"));
        chart.appVersion = reader.string(root, "appVersion");
        chart.kubeVersion = reader.string(root, "kubeVersion");
        chart.description = reader.string(root, "description");
        const YAML::Node deps = root["dependencies"];
        if (deps && !deps.IsNull() && reader.expectList(deps, QStringLiteral("“dependencies”"))) {
            for (const YAML::Node &dep : deps) {
                if (!reader.expectMap(dep, ChartLoader::tr("a dependency")))
                    continue;
                chart.dependencies.append({ reader.string(dep, "name", true), reader.string(dep, "version"),
                                            reader.string(dep, "repository"), reader.string(dep, "condition"),
                                            reader.string(dep, "alias") });
            }
        }
        *errors += reader.diagnostics();
    } catch (const YAML::Exception &e) {
        errors->append(
            Error::at(file, e.mark.line + 1, e.mark.column + 1, QString::fromStdString(e.msg),
                      ChartLoader::tr("check the indentation and quoting around this spot")));
    }
}

// QJsonParseError gives an offset; people look for lines.
void checkSchema(const QByteArray &json, const QString &file, Diagnostics *errors)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error == QJsonParseError::NoError && doc.isObject())
        return;
    const QByteArray before = json.left(error.offset);
    const int line = int(before.count('\n')) + 1;
    const int column = int(error.offset - (before.lastIndexOf('\n') + 1)) + 1;
    errors->append(Error::at(file, line, column,
                             error.error == QJsonParseError::NoError
                                 ? ChartLoader::tr("the schema must be a JSON object")
                                 : error.errorString(),
                             ChartLoader::tr("values.schema.json is JSON: check commas and quotes here")));
}

} // namespace

Chart ChartLoader::fromFiles(const QHash<QString, QByteArray> &files, const QString &source,
                             Diagnostics *errors)
{
    Chart chart;
    chart.source = source;
    auto where = [&](const QString &name) -> QString { return source + QLatin1Char('/') + name; };
    if (!files.contains(QStringLiteral("Chart.yaml"))) {
        errors->append(
            Error::at(source, 0, 0, tr("no Chart.yaml: this is not a Helm chart"),
                      tr("choose the chart's folder (the one holding Chart.yaml) or its .tgz")));
        return chart;
    }
    readChartYaml(files.value(QStringLiteral("Chart.yaml")), where(QStringLiteral("Chart.yaml")), chart, errors);

    chart.valuesYaml = files.value(QStringLiteral("values.yaml"));
    chart.defaults = YamlReader::parse(chart.valuesYaml, where(QStringLiteral("values.yaml")), errors);
    if (!chart.defaults.isMap())
        chart.defaults = ValueTree::map();

    chart.schemaJson = files.value(QStringLiteral("values.schema.json"));
    if (!chart.schemaJson.isEmpty())
        checkSchema(chart.schemaJson, where(QStringLiteral("values.schema.json")), errors);

    chart.readme = files.value(QStringLiteral("README.md"));
    if (files.contains(QStringLiteral("installer.yaml"))) {
        chart.descriptor = DescriptorParser::parse(files.value(QStringLiteral("installer.yaml")),
                                                   where(QStringLiteral("installer.yaml")), errors);
        chart.iconFile = chart.descriptor->icon;
    }
    if (!chart.iconFile.isEmpty()) {
        const QString icon = QFileInfo(chart.iconFile).filePath();
        if (!ChartFiles::unsafePathReason(icon).isEmpty() || !files.contains(icon))
            errors->append(
                Error::at(where(QStringLiteral("installer.yaml")), 0, 0,
                          tr("the icon “%1” is not a file of the chart").arg(chart.iconFile),
                          tr("put the icon in the chart folder and name it relative to it")));
        chart.icon = files.value(icon);
    }
    return chart;
}

Diagnostics ChartLoader::lint(const QString &path)
{
    Diagnostics errors;
    const Chart chart = load(path, &errors);
    if (errors.isEmpty() && !chart.descriptor)
        errors.append(Error::at(path + QStringLiteral("/installer.yaml"), 0, 0,
                                tr("the chart has no installer.yaml"),
                                tr("add one beside Chart.yaml (see charts/README.md)")));
    return errors;
}

Chart ChartLoader::load(const QString &path, Diagnostics *errors, const ChartFiles::Limits &limits)
{
    const QFileInfo info(path);
    Diagnostics found;
    QHash<QString, QByteArray> files;
    if (info.isDir())
        files = ChartFiles::readFolder(path, &found, limits);
    else if (info.isFile())
        files = ChartFiles::readArchive(path, &found, limits);
    else
        found.append(
            Error::at(path, 0, 0, tr("no such chart folder or archive"), tr("check the path")));
    Chart chart;
    if (found.isEmpty())
        chart = fromFiles(files, path, &found);
    if (errors)
        *errors += found;
    return chart;
}

} // namespace Slipway
