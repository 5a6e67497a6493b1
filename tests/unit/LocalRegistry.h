#pragma once

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>

// A real registry (Debian's docker-registry: the CNCF distribution registry) on a free
// 127.0.0.1 port, its storage in a temporary folder, as an ordinary child process. Optionally
// with htpasswd basic authentication, or with bearer tokens from a token service the test runs.
class LocalRegistry
{
public:
    struct Token
    {
        QString realm; // the token service's URL
        QString issuer;
        QString certificate; // PEM file of the certificate that signs the tokens
    };

    ~LocalRegistry() { stop(); }

    // Serve https with this certificate and key (PEM files), from the next start().
    void setTls(const QString &certificate, const QString &key)
    {
        m_tls = QStringLiteral("  tls:\n    certificate: %1\n    key: %2\n").arg(certificate, key);
    }

    // Empty on success, else what went wrong (with the apt command when the binary is missing).
    QString start(const QString &user = QString(), const QString &password = QString(),
                  const Token &token = Token())
    {
        const QString binary = findBinary();
        if (binary.isEmpty())
            return QStringLiteral("docker-registry is not installed: apt-get install -y docker-registry apache2-utils");
        m_port = freePort();
        QString auth;
        if (!user.isEmpty()) {
            const QString htpasswd = QStandardPaths::findExecutable(QStringLiteral("htpasswd"));
            if (htpasswd.isEmpty())
                return QStringLiteral("htpasswd is not installed: apt-get install -y apache2-utils");
            QProcess make;
            make.start(htpasswd, {QStringLiteral("-Bbn"), user, password});
            make.waitForFinished();
            const QString file = m_dir.filePath(QStringLiteral("htpasswd"));
            QFile out(file);
            if (make.exitCode() != 0 || !out.open(QIODevice::WriteOnly))
                return QStringLiteral("htpasswd failed");
            out.write(make.readAllStandardOutput());
            auth = QStringLiteral("auth:\n  htpasswd:\n    realm: slipway-test\n    path: %1\n").arg(file);
        } else if (!token.realm.isEmpty()) {
            auth = QStringLiteral("auth:\n  token:\n    realm: %1\n    service: slipway-test\n"
                                  "    issuer: %2\n    rootcertbundle: %3\n")
                       .arg(token.realm, token.issuer, token.certificate);
        }
        const QString config = m_dir.filePath(QStringLiteral("config.yml"));
        QFile out(config);
        if (!out.open(QIODevice::WriteOnly))
            return QStringLiteral("cannot write the registry's config");
        out.write(QStringLiteral("version: 0.1\nlog:\n  level: error\n  accesslog:\n    disabled: true\n"
                                 "storage:\n  filesystem:\n    rootdirectory: %1\n  delete:\n    enabled: true\n"
                                 "http:\n  addr: 127.0.0.1:%2\n%3%4")
                      .arg(storage(), QString::number(m_port), m_tls, auth).toUtf8());
        out.close();
        // Its log goes to a file: it logs every 404, and a pull asks HEAD for blobs it lacks.
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.setStandardOutputFile(m_dir.filePath(QStringLiteral("registry.log")));
        m_process.start(binary, {QStringLiteral("serve"), config});
        if (!m_process.waitForStarted())
            return QStringLiteral("cannot start %1: %2").arg(binary, m_process.errorString());
        const QDeadlineTimer deadline(15000);
        while (!deadline.hasExpired()) {
            QTcpSocket probe;
            probe.connectToHost(QHostAddress::LocalHost, m_port);
            if (probe.waitForConnected(200))
                return QString();
            if (m_process.waitForFinished(50))
                return QStringLiteral("docker-registry exited at start: %1").arg(log());
        }
        return QStringLiteral("docker-registry did not listen on port %1").arg(m_port);
    }

    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
        m_process.waitForFinished();
    }

    QString log() const
    {
        QFile in(m_dir.filePath(QStringLiteral("registry.log")));
        return in.open(QIODevice::ReadOnly) ? QString::fromUtf8(in.readAll().right(2000)) : QString();
    }

    QString host() const { return QStringLiteral("127.0.0.1:%1").arg(m_port); }
    QString storage() const { return m_dir.filePath(QStringLiteral("storage")); }
    // Where the registry keeps a blob's bytes (distribution's filesystem driver layout).
    QString blobData(const QString &digest) const
    {
        const QString hex = digest.mid(7);
        return storage() + QStringLiteral("/docker/registry/v2/blobs/sha256/%1/%2/data").arg(hex.left(2), hex);
    }

    static quint16 freePort()
    {
        QTcpServer server;
        server.listen(QHostAddress::LocalHost, 0);
        return server.serverPort();
    }

private:
    static QString findBinary()
    {
        const QString inPath = QStandardPaths::findExecutable(QStringLiteral("docker-registry"));
        return inPath.isEmpty() && QFile::exists(QStringLiteral("/usr/bin/docker-registry"))
            ? QStringLiteral("/usr/bin/docker-registry")
            : inPath;
    }

    QTemporaryDir m_dir;
    QString m_tls; // the http section's tls lines, when set
    QProcess m_process;
    quint16 m_port = 0;
};
