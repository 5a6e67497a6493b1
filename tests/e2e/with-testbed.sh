#!/usr/bin/env bash
# with-testbed.sh CMD… — run CMD with the running testbed's environment (KUBECONFIG, helm, PATH).
. "$(dirname "$0")/lib.sh"
exec "$@"
