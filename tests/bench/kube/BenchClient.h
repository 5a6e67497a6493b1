#pragma once

#include "kube/Kubeconfig.h"

#include <cstdio>
#include <optional>

// The current context of the kubeconfig the environment names (the testbed's, under ctest), for
// the kube benchmarks; prints why and gives nothing when it cannot be used.
inline std::optional<Slipway::ResolvedContext> benchContext()
{
    const Slipway::Expected<Slipway::Kubeconfig> kubeconfig
        = Slipway::Kubeconfig::load(Slipway::Kubeconfig::sourcesFromEnvironment());
    if (!kubeconfig) {
        std::fprintf(stderr, "%s\n", qPrintable(kubeconfig.error().toString()));
        return std::nullopt;
    }
    const Slipway::Expected<Slipway::ResolvedContext> context = kubeconfig->resolve();
    if (!context) {
        std::fprintf(stderr, "%s\n", qPrintable(context.error().toString()));
        return std::nullopt;
    }
    return context.value();
}
