#include "KubeconfigFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <string>
#include <yaml-cpp/yaml.h>

namespace Slipway {

namespace {

// Thrown inside this file only, turned into an Error at the API boundary.
struct ParseFailure
{
    YAML::Mark mark;
    QString message;
};

QString fromStd(const std::string &s)
{
    return QString::fromStdString(s);
}

[[noreturn]] void fail(const YAML::Node &node, const QString &message)
{
    throw ParseFailure { node.Mark(), message };
}

// kubectl's decoder is lenient: a missing or null field is just empty.
QString scalar(const YAML::Node &map, const char *key)
{
    const YAML::Node node = map[key];
    if (!node || node.IsNull())
        return {};
    if (!node.IsScalar())
        fail(node, KubeconfigFile::tr("“%1” must be a plain value").arg(QLatin1String(key)));
    return fromStd(node.Scalar());
}

bool boolean(const YAML::Node &map, const char *key)
{
    const QString text = scalar(map, key);
    if (text.isEmpty() || text == QLatin1String("false"))
        return false;
    if (text == QLatin1String("true"))
        return true;
    fail(map[key], KubeconfigFile::tr("“%1” must be true or false").arg(QLatin1String(key)));
}

QByteArray base64(const YAML::Node &map, const char *key)
{
    QByteArray raw = scalar(map, key).toLatin1();
    raw.replace('\n', QByteArray()).replace('\r', QByteArray()).replace(' ', QByteArray());
    auto decoded = QByteArray::fromBase64Encoding(raw, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        fail(map[key], KubeconfigFile::tr("“%1” is not valid base64").arg(QLatin1String(key)));
    return decoded.decoded;
}

QStringList stringList(const YAML::Node &map, const char *key)
{
    QStringList out;
    const YAML::Node node = map[key];
    if (!node || node.IsNull())
        return out;
    if (!node.IsSequence())
        fail(node, KubeconfigFile::tr("“%1” must be a list").arg(QLatin1String(key)));
    for (const YAML::Node &item : node)
        out.append(item.IsScalar() ? fromStd(item.Scalar()) : QString());
    return out;
}

// Relative paths in a kubeconfig are relative to the file, not to the working directory. Only a
// path starting with "/" is absolute: Qt also calls ":/x" absolute (a resource compiled into
// Slipway), and a kubeconfig must not reach those, so ":/x" is a file next to the kubeconfig.
QString resolvePath(const QString &path, const QDir &base)
{
    if (path.isEmpty() || path.startsWith(QLatin1Char('/')))
        return path;
    return QDir::cleanPath(base.absolutePath() + QLatin1Char('/') + path);
}

ExecConfig parseExec(const YAML::Node &node, const QDir &base)
{
    ExecConfig exec;
    exec.apiVersion = scalar(node, "apiVersion");
    exec.command = scalar(node, "command");
    // A bare command name is looked up on PATH; only one with a separator is file-relative.
    if (exec.command.contains(QLatin1Char('/')))
        exec.command = resolvePath(exec.command, base);
    exec.args = stringList(node, "args");
    exec.installHint = scalar(node, "installHint");
    exec.interactiveMode = scalar(node, "interactiveMode");
    exec.provideClusterInfo = boolean(node, "provideClusterInfo");
    const YAML::Node env = node["env"];
    if (env && env.IsSequence()) {
        for (const YAML::Node &item : env)
            exec.env.append({ scalar(item, "name"), scalar(item, "value") });
    }
    return exec;
}

// Walks a `clusters:` / `users:` / `contexts:` list; names must be unique within one file.
template<typename Fn>
void forEachNamed(const YAML::Node &root, const char *listKey, const char *bodyKey, Fn &&fn)
{
    const YAML::Node list = root[listKey];
    if (!list || list.IsNull())
        return;
    if (!list.IsSequence())
        fail(list, KubeconfigFile::tr("“%1” must be a list").arg(QLatin1String(listKey)));
    QSet<QString> seen;
    for (const YAML::Node &item : list) {
        if (!item.IsMap())
            fail(item,
                 KubeconfigFile::tr("each entry of “%1” must be a mapping")
                     .arg(QLatin1String(listKey)));
        const QString name = scalar(item, "name");
        if (name.isEmpty())
            fail(item,
                 KubeconfigFile::tr("an entry of “%1” has no name").arg(QLatin1String(listKey)));
        if (seen.contains(name))
            fail(item,
                 KubeconfigFile::tr("duplicate name “%1” in “%2”")
                     .arg(name, QLatin1String(listKey)));
        seen.insert(name);
        YAML::Node body = item[bodyKey];
        if (body && !body.IsNull() && !body.IsMap())
            fail(body, KubeconfigFile::tr("“%1” must be a mapping").arg(QLatin1String(bodyKey)));
        fn(name, body ? body : YAML::Node(YAML::NodeType::Map));
    }
}

void parseRoot(const YAML::Node &root, KubeconfigFile &file)
{
    const QDir base = QFileInfo(file.fileName).absoluteDir();
    file.currentContext = scalar(root, "current-context");

    forEachNamed(root, "clusters", "cluster", [&](const QString &name, const YAML::Node &body) {
        KubeCluster c;
        c.name = name;
        c.server = scalar(body, "server");
        c.certificateAuthorityFile = resolvePath(scalar(body, "certificate-authority"), base);
        c.certificateAuthorityData = base64(body, "certificate-authority-data");
        c.tlsServerName = scalar(body, "tls-server-name");
        c.proxyUrl = scalar(body, "proxy-url");
        c.insecureSkipTlsVerify = boolean(body, "insecure-skip-tls-verify");
        c.disableCompression = boolean(body, "disable-compression");
        c.origin = file.fileName;
        file.clusters.append(c);
    });
    forEachNamed(root, "users", "user", [&](const QString &name, const YAML::Node &body) {
        KubeUser u;
        u.name = name;
        u.clientCertificateData = base64(body, "client-certificate-data");
        u.clientKeyData = base64(body, "client-key-data");
        u.clientCertificateFile = resolvePath(scalar(body, "client-certificate"), base);
        u.clientKeyFile = resolvePath(scalar(body, "client-key"), base);
        u.token = scalar(body, "token");
        u.tokenFile = resolvePath(scalar(body, "tokenFile"), base);
        u.username = scalar(body, "username");
        u.password = scalar(body, "password");
        if (const YAML::Node exec = body["exec"]; exec && exec.IsMap())
            u.exec = parseExec(exec, base);
        if (const YAML::Node provider = body["auth-provider"]; provider && provider.IsMap())
            u.authProvider = scalar(provider, "name");
        u.origin = file.fileName;
        file.users.append(u);
    });
    forEachNamed(root, "contexts", "context", [&](const QString &name, const YAML::Node &body) {
        file.contexts.append(
            { name, scalar(body, "cluster"), scalar(body, "user"), scalar(body, "namespace") });
    });
}

} // namespace

Expected<KubeconfigFile> KubeconfigFile::parse(const QByteArray &yaml, const QString &fileName)
{
    KubeconfigFile file;
    file.fileName = fileName;
    // yaml-cpp reports problems by throwing; none of that may leave this function.
    try {
        const YAML::Node root = YAML::Load(yaml.toStdString());
        if (!root || root.IsNull())
            return file; // an empty kubeconfig is a valid, empty one
        if (!root.IsMap())
            fail(root, tr("a kubeconfig must be a mapping with clusters, users and contexts"));
        parseRoot(root, file);
    } catch (const ParseFailure &failure) {
        return Error::at(fileName, failure.mark.line + 1, failure.mark.column + 1, failure.message);
    } catch (const YAML::Exception &e) {
        return Error::at(fileName, e.mark.line + 1, e.mark.column + 1, fromStd(e.msg));
    }
    return file;
}

Expected<KubeconfigFile> KubeconfigFile::read(const QString &fileName)
{
    QFile f(fileName);
    if (!f.open(QIODevice::ReadOnly))
        return Error { tr("cannot read the kubeconfig: %1").arg(f.errorString()), fileName };
    return parse(f.readAll(), fileName);
}

} // namespace Slipway
