#pragma once

namespace Slipway {

// slipway-cli's documented exit codes; scripts depend on them, so they never change meaning.
enum ExitCode : int
{
    ExitOk = 0,
    ExitFailure = 1, // unexpected failure, or no usable helm
    ExitUsage = 2, // usage error, or a command this version does not implement yet
    ExitClusterError = 3, // kubeconfig, cluster or authentication error
    ExitValidation = 4, // the product, answers or values are not valid; nothing was changed
    ExitRolledBack = 5, // helm failed and the release was rolled back to its previous revision
    ExitTimeout = 6, // helm's --timeout ran out and the release was not rolled back
    ExitHelmFailed = 7, // helm failed; the release is left as helm left it (see `status`)
    ExitPending = 8, // the release is stuck in a pending state: run `recover`
    ExitNotFound = 9, // the release does not exist (status, history, values, diff, uninstall, recover)
    ExitPreflight = 10, // preflight found failures (preflight; install / upgrade changed nothing)
    ExitConnectionFailed = 11, // test-connection: the database or object store cannot be used
    ExitRegistry = 12, // a registry failed or refused (bundle pull-image / push-images): unreachable,
                       // authentication, unknown image, a blob that does not match its digest
    ExitBundleInvalid = 13, // bundle verify / import / push-images FILE: the bundle is damaged, tampered with or crafted
                            // (a checksum, a path, a link, a file not in its manifest), or its
                            // signature is refused (none, an untrusted key, a bad one); nothing was
                            // extracted, pushed or installed
    // 128 + the signal's number when a signal stopped an operation: 130 for Ctrl-C (SIGINT),
    // 143 for SIGTERM, 129 for SIGHUP (SignalWatcher::exitCodeFor), as shells report it.
    ExitDifferent = 1, // diff --exit-code: there are differences (as git diff --exit-code)
};

} // namespace Slipway
