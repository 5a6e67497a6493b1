#pragma once

namespace Slipway {

// slipway-cli's documented exit codes; scripts depend on them, so they never change meaning.
enum ExitCode : int
{
    ExitOk = 0,
    ExitFailure = 1, // unexpected failure
    ExitUsage = 2, // usage error, or a command this version does not implement yet
    ExitClusterError = 3, // kubeconfig, cluster or authentication error
};

} // namespace Slipway
