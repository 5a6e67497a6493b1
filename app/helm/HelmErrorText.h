#pragma once

#include <QCoreApplication>

namespace Slipway {

// Turns helm's stderr into one readable paragraph, and recognises the failures callers react
// to. Helm exits 1 for every error (helm-engine.md §2.1), so the text is all there is.
class HelmErrorText
{
    Q_DECLARE_TR_FUNCTIONS(Slipway::HelmErrorText)

public:
    explicit HelmErrorText(const QString &stderrText);

    QString readable() const;
    bool rolledBack() const; // "… has been rolled back / uninstalled due to atomic|rollback-on-failure"
    // A first install helm removed again on failure ("… has been uninstalled due to …"): nothing
    // is left of the release, and there was no revision to roll back to.
    bool uninstalledOnFailure() const;
    bool timedOut() const;
    bool pendingOperation() const; // "another operation … is in progress"
    bool releaseNotFound() const;
    // A plain `helm upgrade` of a release with no revision to upgrade from (none at all, or
    // uninstalled with its history kept).
    bool noDeployedRelease() const;

private:
    QString m_text;
    QString m_error; // the "Error: " line(s), prefix removed
};

} // namespace Slipway
