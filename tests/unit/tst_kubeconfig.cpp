#include "TestFiles.h"
#include "TestKubeconfigs.h"
#include "kube/Kubeconfig.h"
#include "kube/KubeconfigFile.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <optional>

using namespace Slipway;

class tst_Kubeconfig final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void kubeconfigList_mergesFilesFirstDefinitionWins();
    void kubeconfigList_firstNonEmptyCurrentContextWins();
    void kubeconfigList_skipsMissingFiles();
    void kubeconfigList_allMissing_isAnEmptyConfig();
    void explicitPath_isReadAloneAndMustExist();
    void noKubeconfigAtAll_isEmptyAndResolveExplainsIt();
    void homeConfig_isUsedWithoutKubeconfigVariable();
    void relativePaths_resolveAgainstTheFileThatHoldsThem();
    void credentialKind_data();
    void credentialKind();
    void base64Data_isDecodedToPem();
    void unparseableYaml_namesFileLineAndColumn_data();
    void unparseableYaml_namesFileLineAndColumn();
    void resolve_reportsWhatIsMissing_data();
    void resolve_reportsWhatIsMissing();
    void noKubeconfigInAPod_usesTheServiceAccount();
    void inCluster_podNamespaceWinsAndIpv6IsBracketed();
    void inCluster_needsHostPortAndToken_data();
    void inCluster_needsHostPortAndToken();
    void inCluster_isNotUsedWhenAKubeconfigExistsOrIsExplicit();

private:
    QString write(const QString &relativePath, const QByteArray &content)
    {
        return m_files->write(relativePath, content);
    }

    std::optional<TestFiles> m_files;
};

namespace {

// A complete single-context kubeconfig, so each test states only what it is about.
QByteArray kubeconfig(const QByteArray &context, const QByteArray &server,
                      const QByteArray &current = QByteArray())
{
    QByteArray yaml = "apiVersion: v1\nkind: Config\n";
    if (!current.isEmpty())
        yaml += "current-context: " + current + "\n";
    yaml += "clusters:\n- name: " + context + "-cluster\n  cluster:\n    server: " + server + "\n";
    yaml += "users:\n- name: " + context + "-user\n  user:\n    token: t-" + context + "\n";
    yaml += "contexts:\n- name: " + context + "\n  context:\n    cluster: " + context
        + "-cluster\n    user: " + context + "-user\n";
    return yaml;
}

Kubeconfig::Sources fromList(const QStringList &files, const QString &home = QString())
{
    return Kubeconfig::Sources { QString(), files.join(QDir::listSeparator()), home };
}

} // namespace

void tst_Kubeconfig::init()
{
    m_files.emplace();
}

void tst_Kubeconfig::kubeconfigList_mergesFilesFirstDefinitionWins()
{
    const QString a = write(QStringLiteral("a.yaml"), kubeconfig("dev", "https://127.0.0.1:6443"));
    // Redefines dev-cluster with another server: the whole entry from a.yaml must stay.
    QByteArray second = kubeconfig("dev", "https://127.0.0.2:6443");
    second += "- name: prod\n  context:\n    cluster: dev-cluster\n    user: dev-user\n    "
              "namespace: shop\n";
    const QString b = write(QStringLiteral("b.yaml"), second);

    const Expected<Kubeconfig> config = Kubeconfig::load(fromList({ a, b }));
    QVERIFY2(config, qPrintable(config.error().toString()));
    QCOMPARE(config->files(), QStringList({ a, b }));
    QCOMPARE(config->contexts().size(), 2);
    QCOMPARE(config->contexts().at(0).name, QStringLiteral("dev"));
    QCOMPARE(config->contexts().at(1).name, QStringLiteral("prod"));
    QCOMPARE(config->contexts().at(1).nameSpace, QStringLiteral("shop"));
    QCOMPARE(config->clusters().size(), 1);
    QCOMPARE(config->cluster(QStringLiteral("dev-cluster"))->server,
             QStringLiteral("https://127.0.0.1:6443"));
    QCOMPARE(config->cluster(QStringLiteral("dev-cluster"))->origin, a);
}

void tst_Kubeconfig::kubeconfigList_firstNonEmptyCurrentContextWins()
{
    const QString none = write(QStringLiteral("none.yaml"), kubeconfig("a", "https://127.0.0.1:1"));
    const QString second
        = write(QStringLiteral("second.yaml"), kubeconfig("b", "https://127.0.0.1:2", "b"));
    const QString third
        = write(QStringLiteral("third.yaml"), kubeconfig("c", "https://127.0.0.1:3", "c"));

    const Expected<Kubeconfig> config = Kubeconfig::load(fromList({ none, second, third }));
    QVERIFY(config);
    QCOMPARE(config->currentContext(), QStringLiteral("b"));
    QCOMPARE(config->resolve()->cluster.server, QStringLiteral("https://127.0.0.1:2"));
}

void tst_Kubeconfig::kubeconfigList_skipsMissingFiles()
{
    const QString present
        = write(QStringLiteral("present.yaml"), kubeconfig("dev", "https://127.0.0.1:6443", "dev"));
    const QString missing = m_files->path(QStringLiteral("missing.yaml"));

    const Expected<Kubeconfig> config
        = Kubeconfig::load(fromList({ missing, present, QString(), present }));
    QVERIFY2(config, qPrintable(config.error().toString()));
    QCOMPARE(config->files(), QStringList { present });
    QCOMPARE(config->currentContext(), QStringLiteral("dev"));
}

void tst_Kubeconfig::kubeconfigList_allMissing_isAnEmptyConfig()
{
    const Expected<Kubeconfig> config
        = Kubeconfig::load(fromList({ m_files->path(QStringLiteral("nope")) }));
    QVERIFY(config);
    QVERIFY(config->isEmpty());
}

void tst_Kubeconfig::explicitPath_isReadAloneAndMustExist()
{
    const QString chosen = write(QStringLiteral("chosen.yaml"),
                                 kubeconfig("chosen", "https://127.0.0.1:7", "chosen"));
    const QString other
        = write(QStringLiteral("other.yaml"), kubeconfig("other", "https://127.0.0.1:8", "other"));

    Kubeconfig::Sources sources = fromList({ other });
    sources.explicitPath = chosen;
    const Expected<Kubeconfig> config = Kubeconfig::load(sources);
    QVERIFY(config);
    QCOMPARE(config->files(), QStringList { chosen });
    QCOMPARE(config->contexts().size(), 1);

    sources.explicitPath = m_files->path(QStringLiteral("absent.yaml"));
    const Expected<Kubeconfig> absent = Kubeconfig::load(sources);
    QVERIFY(!absent);
    QCOMPARE(absent.error().file, sources.explicitPath);
}

void tst_Kubeconfig::noKubeconfigAtAll_isEmptyAndResolveExplainsIt()
{
    const Expected<Kubeconfig> config = Kubeconfig::load(fromList({}, m_files->path()));
    QVERIFY(config);
    QVERIFY(config->isEmpty());
    QVERIFY(config->files().isEmpty());
    const Expected<ResolvedContext> resolved = config->resolve();
    QVERIFY(!resolved);
    QVERIFY2(resolved.error().message.contains(QLatin1String("no kubeconfig")),
             qPrintable(resolved.error().message));
}

void tst_Kubeconfig::homeConfig_isUsedWithoutKubeconfigVariable()
{
    const QString home
        = write(QStringLiteral(".kube/config"), kubeconfig("home", "https://127.0.0.1:9", "home"));
    const Expected<Kubeconfig> config = Kubeconfig::load(fromList({}, m_files->path()));
    QVERIFY(config);
    QCOMPARE(config->files(), QStringList { home });
    QCOMPARE(config->currentContext(), QStringLiteral("home"));
}

void tst_Kubeconfig::relativePaths_resolveAgainstTheFileThatHoldsThem()
{
    const QString path = write(QStringLiteral("nested/dir/config"), R"(
clusters:
- name: c
  cluster:
    server: https://127.0.0.1:6443
    certificate-authority: pki/ca.crt
users:
- name: cert
  user:
    client-certificate: pki/client.crt
    client-key: /abs/client.key
- name: file
  user:
    tokenFile: ../token
- name: plugin
  user:
    exec:
      apiVersion: client.authentication.k8s.io/v1
      command: ./bin/plugin
- name: onpath
  user:
    exec:
      apiVersion: client.authentication.k8s.io/v1
      command: kubelogin
- name: resource
  user:
    client-certificate: :/icons/slipway.svg
    client-key: ://x/y.key
)");
    const QString base = QFileInfo(path).absolutePath();
    const Expected<Kubeconfig> config = Kubeconfig::merge({ path });
    QVERIFY2(config, qPrintable(config.error().toString()));
    QCOMPARE(config->cluster(QStringLiteral("c"))->certificateAuthorityFile,
             base + QStringLiteral("/pki/ca.crt"));
    QCOMPARE(config->user(QStringLiteral("cert"))->clientCertificateFile,
             base + QStringLiteral("/pki/client.crt"));
    QCOMPARE(config->user(QStringLiteral("cert"))->clientKeyFile,
             QStringLiteral("/abs/client.key"));
    QCOMPARE(config->user(QStringLiteral("file"))->tokenFile,
             m_files->path(QStringLiteral("nested/token")));
    QCOMPARE(config->user(QStringLiteral("plugin"))->exec->command,
             base + QStringLiteral("/bin/plugin"));
    QCOMPARE(config->user(QStringLiteral("onpath"))->exec->command, QStringLiteral("kubelogin"));
    // Qt calls ":/…" absolute (a resource compiled into Slipway); in a kubeconfig it is a file
    // next to the kubeconfig, never one of Slipway's own resources.
    QCOMPARE(config->user(QStringLiteral("resource"))->clientCertificateFile,
             base + QStringLiteral("/:/icons/slipway.svg"));
    QCOMPARE(config->user(QStringLiteral("resource"))->clientKeyFile,
             base + QStringLiteral("/:/x/y.key"));
}

void tst_Kubeconfig::credentialKind_data()
{
    QTest::addColumn<QByteArray>("user");
    QTest::addColumn<CredentialKind>("kind");

    QTest::newRow("client certificate files")
        << QByteArray("client-certificate: c.crt\n    client-key: c.key")
        << CredentialKind::ClientCertificate;
    QTest::newRow("client certificate data")
        << QByteArray("client-certificate-data: Y2VydA==\n    client-key-data: a2V5")
        << CredentialKind::ClientCertificate;
    QTest::newRow("token") << QByteArray("token: abc") << CredentialKind::Token;
    QTest::newRow("token file") << QByteArray("tokenFile: /run/token") << CredentialKind::TokenFile;
    QTest::newRow("basic") << QByteArray("username: admin\n    password: secret")
                           << CredentialKind::Basic;
    QTest::newRow("exec") << QByteArray(
        "exec:\n      apiVersion: client.authentication.k8s.io/v1\n      command: aws")
                          << CredentialKind::Exec;
    QTest::newRow("static token wins over exec")
        << QByteArray("token: abc\n    exec:\n      apiVersion: client.authentication.k8s.io/v1\n  "
                      "    command: aws")
        << CredentialKind::Token;
    QTest::newRow("auth-provider")
        << QByteArray("auth-provider:\n      name: gcp") << CredentialKind::AuthProvider;
    QTest::newRow("none") << QByteArray("{}") << CredentialKind::None;
}

void tst_Kubeconfig::credentialKind()
{
    QFETCH(QByteArray, user);
    QFETCH(CredentialKind, kind);
    const QByteArray yaml = "users:\n- name: u\n  user:\n    " + user + "\n";
    const Expected<KubeconfigFile> file = KubeconfigFile::parse(yaml, QStringLiteral("/tmp/k"));
    QVERIFY2(file, qPrintable(file.error().toString()));
    QCOMPARE(file->users.size(), 1);
    QCOMPARE(file->users.at(0).credentialKind(), kind);
}

void tst_Kubeconfig::base64Data_isDecodedToPem()
{
    const QByteArray pem = "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n";
    const QByteArray yaml = "clusters:\n- name: c\n  cluster:\n    server: https://127.0.0.1:1\n"
                            "    certificate-authority-data: "
        + pem.toBase64() + "\n";
    const Expected<KubeconfigFile> file = KubeconfigFile::parse(yaml, QStringLiteral("/tmp/k"));
    QVERIFY(file);
    QCOMPARE(file->clusters.at(0).certificateAuthorityData, pem);

    const Expected<KubeconfigFile> broken = KubeconfigFile::parse(
        "clusters:\n- name: c\n  cluster:\n    certificate-authority-data: '%%%'\n",
        QStringLiteral("/tmp/k"));
    QVERIFY(!broken);
    QCOMPARE(broken.error().line, 4);
}

void tst_Kubeconfig::unparseableYaml_namesFileLineAndColumn_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<int>("line");

    QTest::newRow("unclosed flow sequence")
        << QByteArray("apiVersion: v1\nclusters:\n- name: [c\n") << 4;
    QTest::newRow("bad indentation")
        << QByteArray("clusters:\n- name: c\n  cluster:\n    server: x\n   bad: y\n") << 5;
    QTest::newRow("clusters is not a list") << QByteArray("kind: Config\nclusters: 5\n") << 2;
    QTest::newRow("duplicate name in one file")
        << QByteArray("contexts:\n- name: a\n  context: {}\n- name: a\n  context: {}\n") << 4;
    QTest::newRow("top level is a list") << QByteArray("- a\n- b\n") << 1;
}

void tst_Kubeconfig::unparseableYaml_namesFileLineAndColumn()
{
    QFETCH(QByteArray, yaml);
    QFETCH(int, line);
    const QString path = write(QStringLiteral("broken.yaml"), yaml);

    const Expected<Kubeconfig> config = Kubeconfig::load(fromList({ path }));
    QVERIFY(!config);
    QCOMPARE(config.error().file, path);
    QCOMPARE(config.error().line, line);
    QVERIFY(config.error().column > 0);
    QVERIFY(config.error().toString().startsWith(path + QLatin1Char(':') + QString::number(line)
                                                 + QLatin1Char(':')));
}

void tst_Kubeconfig::resolve_reportsWhatIsMissing_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("expected");

    const QByteArray ok = kubeconfig("dev", "https://127.0.0.1:6443");
    QTest::newRow("no current context") << ok << QString() << QStringLiteral("no current context");
    QTest::newRow("unknown context")
        << ok << QStringLiteral("qa") << QStringLiteral("context “qa” does not exist");
    QTest::newRow("unknown cluster")
        << QByteArray("contexts:\n- name: x\n  context: {cluster: gone, user: u}\n")
        << QStringLiteral("x") << QStringLiteral("cluster “gone”");
    QTest::newRow("certificate without key")
        << QByteArray("clusters:\n- name: c\n  cluster: {server: 'https://127.0.0.1:1'}\n"
                      "users:\n- name: u\n  user: {client-certificate: a.crt}\n"
                      "contexts:\n- name: x\n  context: {cluster: c, user: u}\n")
        << QStringLiteral("x") << QStringLiteral("both a client certificate and its key");
}

void tst_Kubeconfig::resolve_reportsWhatIsMissing()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, context);
    QFETCH(QString, expected);
    const Expected<Kubeconfig> config
        = Kubeconfig::merge({ write(QStringLiteral("k.yaml"), yaml) });
    QVERIFY(config);
    const Expected<ResolvedContext> resolved = config->resolve(context);
    QVERIFY(!resolved);
    QVERIFY2(resolved.error().message.contains(expected), qPrintable(resolved.error().message));
}

namespace {

Kubeconfig::InCluster podEnvironment(const TestFiles &files)
{
    files.write(QStringLiteral("sa/token"), "service-account-token\n");
    files.write(QStringLiteral("sa/ca.crt"), "-----BEGIN CERTIFICATE-----\n");
    files.write(QStringLiteral("sa/namespace"), "team-a\n");
    return { QStringLiteral("10.96.0.1"), QStringLiteral("443"), files.path(QStringLiteral("sa")), QString() };
}

} // namespace

void tst_Kubeconfig::noKubeconfigInAPod_usesTheServiceAccount()
{
    const Expected<Kubeconfig> config
        = Kubeconfig::load({ QString(), QString(), m_files->path(QStringLiteral("home")), podEnvironment(*m_files) });
    QVERIFY(config);
    QVERIFY(config->isInCluster());
    const Expected<ResolvedContext> context = config->resolve();
    QVERIFY2(context, qPrintable(context.error().toString()));
    QCOMPARE(context->cluster.server, QStringLiteral("https://10.96.0.1:443"));
    QCOMPARE(context->cluster.certificateAuthorityFile, m_files->path(QStringLiteral("sa/ca.crt")));
    QCOMPARE(context->user.tokenFile, m_files->path(QStringLiteral("sa/token")));
    QVERIFY(context->user.token.isEmpty());
    QCOMPARE(context->context.nameSpace, QStringLiteral("team-a"));
}

void tst_Kubeconfig::inCluster_podNamespaceWinsAndIpv6IsBracketed()
{
    Kubeconfig::InCluster pod = podEnvironment(*m_files);
    pod.serviceHost = QStringLiteral("fd00::1");
    pod.podNamespace = QStringLiteral("from-env");
    const Expected<Kubeconfig> config
        = Kubeconfig::load({ QString(), QString(), m_files->path(QStringLiteral("home")), pod });
    QVERIFY(config && config->isInCluster());
    const Expected<ResolvedContext> context = config->resolve();
    QVERIFY(context);
    QCOMPARE(context->cluster.server, QStringLiteral("https://[fd00::1]:443"));
    QCOMPARE(context->context.nameSpace, QStringLiteral("from-env"));
}

void tst_Kubeconfig::inCluster_needsHostPortAndToken_data()
{
    QTest::addColumn<QString>("missing");
    QTest::newRow("no service host") << QStringLiteral("host");
    QTest::newRow("no service port") << QStringLiteral("port");
    QTest::newRow("no token file") << QStringLiteral("token");
    QTest::newRow("token is a folder") << QStringLiteral("token-dir");
}

void tst_Kubeconfig::inCluster_needsHostPortAndToken()
{
    QFETCH(QString, missing);
    Kubeconfig::InCluster pod = podEnvironment(*m_files);
    if (missing == QLatin1String("host"))
        pod.serviceHost.clear();
    if (missing == QLatin1String("port"))
        pod.servicePort.clear();
    if (missing.startsWith(QLatin1String("token")))
        QVERIFY(QFile::remove(m_files->path(QStringLiteral("sa/token"))));
    if (missing == QLatin1String("token-dir"))
        QVERIFY(QDir().mkpath(m_files->path(QStringLiteral("sa/token"))));
    const Expected<Kubeconfig> config
        = Kubeconfig::load({ QString(), QString(), m_files->path(QStringLiteral("home")), pod });
    QVERIFY(config);
    QVERIFY(!config->isInCluster());
    QVERIFY(config->isEmpty());
}

void tst_Kubeconfig::inCluster_isNotUsedWhenAKubeconfigExistsOrIsExplicit()
{
    const Kubeconfig::InCluster pod = podEnvironment(*m_files);
    const QString file = m_files->write(QStringLiteral("config"), kUnreachableKubeconfig);
    const Expected<Kubeconfig> fromEnv = Kubeconfig::load({ QString(), file, QString(), pod });
    QVERIFY(fromEnv && !fromEnv->isInCluster() && !fromEnv->isEmpty());
    const QString empty = m_files->write(QStringLiteral("empty"), "apiVersion: v1\nkind: Config\n");
    const Expected<Kubeconfig> explicitEmpty = Kubeconfig::load({ empty, QString(), QString(), pod });
    QVERIFY(explicitEmpty && !explicitEmpty->isInCluster());
}

QTEST_GUILESS_MAIN(tst_Kubeconfig)
#include "tst_kubeconfig.moc"
