#include "ConnectionTest.h"

#include "ClickHouseConnectionTest.h"
#include "ConnectionAttempt.h"
#include "Logging.h"
#include "PostgresConnectionTest.h"
#include "RedisConnectionTest.h"
#include "S3ConnectionTest.h"

#include <QThread>

#include <atomic>

namespace Slipway {

namespace {

// Beyond the request's own timeout, which every backend keeps: what the guard timer allows a
// resolver that hangs (getaddrinfo cannot be interrupted) before the test is reported as timed out.
constexpr int kGuardGraceMs = 1000;

QString scrubbed(QString text, const QString &secret)
{
    if (!secret.isEmpty())
        text.replace(secret, QStringLiteral("•••"));
    return text;
}

} // namespace

struct ConnectionTest::Shared
{
    std::atomic_bool cancelled = false;
    ConnectionTestResult result; // written by the worker before its thread finishes
};

ConnectionTest::ConnectionTest(QObject *parent)
    : QObject(parent)
{
    m_guard.setSingleShot(true);
    connect(&m_guard, &QTimer::timeout, this, [this] {
        if (m_shared)
            m_shared->cancelled = true;
        finish(ConnectionTestResult::timedOut(m_request.address(), m_request.timeoutMs));
    });
}

ConnectionTest::~ConnectionTest()
{
    // The worker holds its own reference to the shared state and deletes its thread when done.
    if (m_shared)
        m_shared->cancelled = true;
}

ConnectionTestResult ConnectionTest::runBlocking(const ConnectionTestRequest &request,
                                                 const std::atomic_bool *cancelled)
{
    const ConnectionAttempt attempt(request.timeoutMs, cancelled);
    switch (request.kind) {
    case ConnectionTestRequest::Kind::Postgres:
        return PostgresConnectionTest::run(request, attempt);
    case ConnectionTestRequest::Kind::Redis:
        return RedisConnectionTest::run(request, attempt);
    case ConnectionTestRequest::Kind::ClickHouse:
        return ClickHouseConnectionTest::run(request, attempt);
    case ConnectionTestRequest::Kind::S3:
        return S3ConnectionTest::run(request, attempt);
    }
    return ConnectionTestResult::failure(ConnectionTestResult::Outcome::Other, QString());
}

void ConnectionTest::start(ConnectionTestRequest request)
{
    if (m_running)
        cancel();
    m_request = std::move(request);
    if (m_request.timeoutMs <= 0)
        m_request.timeoutMs = 10000;
    m_running = true;
    m_clock.start();
    QMetaObject::invokeMethod(this, &ConnectionTest::launch, Qt::QueuedConnection);
}

void ConnectionTest::launch()
{
    if (!m_running || m_thread)
        return; // cancelled before it began
    qCDebug(lcInstall) << "connection test:" << ConnectionTestRequest::kindName(m_request.kind)
                       << m_request.address() << "user" << m_request.user << "tls" << m_request.tls;
    auto shared = std::make_shared<Shared>();
    m_shared = shared;
    const ConnectionTestRequest request = m_request;
    QThread *thread = QThread::create([shared, request] {
        shared->result = runBlocking(request, &shared->cancelled);
    });
    thread->setObjectName(QStringLiteral("connection test"));
    m_thread = thread;
    connect(thread, &QThread::finished, this, [this, thread, shared] {
        if (m_thread == thread)
            finish(shared->result);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    m_guard.start(m_request.timeoutMs + kGuardGraceMs);
    thread->start();
}

void ConnectionTest::cancel()
{
    if (!m_running)
        return;
    if (m_shared)
        m_shared->cancelled = true;
    finish(ConnectionTestResult::cancelled());
}

void ConnectionTest::finish(ConnectionTestResult result)
{
    if (!m_running)
        return;
    m_running = false;
    m_guard.stop();
    m_thread = nullptr; // a worker still running ends on its own and deletes its thread
    m_shared.reset();
    result.elapsedMs = m_clock.elapsed();
    result.message = scrubbed(result.message, m_request.password);
    result.detail = scrubbed(result.detail, m_request.password);
    qCDebug(lcInstall) << "connection test:" << ConnectionTestResult::outcomeName(result.outcome)
                       << "in" << result.elapsedMs << "ms";
    Q_EMIT finished(result);
}

} // namespace Slipway
