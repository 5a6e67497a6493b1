#include "HelmErrorText.h"

#include <QStringList>

namespace Slipway {

HelmErrorText::HelmErrorText(const QString &stderrText)
    : m_text(stderrText)
{
    const QStringList lines = stderrText.split(QLatin1Char('\n'));
    QStringList error;
    bool inError = false;
    for (const QString &line : lines) {
        if (line.startsWith(QLatin1String("Error: "))) {
            inError = true;
            error << line.mid(7);
        } else if (inError && !line.trimmed().isEmpty()) {
            error << line; // schema errors continue on the following lines
        }
    }
    m_error = error.join(QLatin1Char('\n')).trimmed();
}

QString HelmErrorText::readable() const
{
    QString text = m_error.isEmpty() ? m_text.trimmed() : m_error;
    // The operation prefixes repeat what the caller already knows.
    for (const char *prefix : { "INSTALLATION FAILED: ", "UPGRADE FAILED: " }) {
        if (text.startsWith(QLatin1String(prefix)))
            text = text.mid(qsizetype(qstrlen(prefix)));
    }
    if (pendingOperation())
        text += QLatin1Char(' ')
            + tr("The release is locked by an earlier operation that did not finish; "
                 "use “recover” once no other helm is working on it.");
    return text;
}

bool HelmErrorText::rolledBack() const
{
    return m_text.contains(QLatin1String("has been rolled back due to"))
        || m_text.contains(QLatin1String("has been uninstalled due to"));
}

bool HelmErrorText::uninstalledOnFailure() const
{
    return m_text.contains(QLatin1String("has been uninstalled due to"));
}

bool HelmErrorText::timedOut() const
{
    return m_text.contains(QLatin1String("context deadline exceeded"))
        || m_text.contains(QLatin1String("timed out waiting for the condition"));
}

bool HelmErrorText::pendingOperation() const
{
    return m_text.contains(QLatin1String("another operation (install/upgrade/rollback) is in progress"));
}

bool HelmErrorText::noDeployedRelease() const
{
    return m_text.contains(QLatin1String("has no deployed releases"));
}

bool HelmErrorText::releaseNotFound() const
{
    return m_text.contains(QLatin1String("release: not found"));
}

} // namespace Slipway
