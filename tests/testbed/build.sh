#!/usr/bin/env bash
# build.sh OUT — build the testbed binaries from Go modules (Go module proxy only, no prebuilt downloads).
#
# Each component is built into a scratch folder and moved into OUT only when it is complete, and a
# stamp file per component records success. A build killed half-way therefore leaves either the old
# state or nothing that looks finished; the next run rebuilds exactly what is missing.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=versions.env
. "$HERE/versions.env"
OUT=${1:?usage: build.sh OUT}
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)
WORK=$(mktemp -d "${TMPDIR:-/tmp}/slipway-testbed-build.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

# The machines reach the module proxy but not the checksum database.
export CGO_ENABLED=0 GOTOOLCHAIN=local GOSUMDB=off GOFLAGS=-mod=mod GOPROXY=${GOPROXY:-https://proxy.golang.org}
export GONOSUMCHECK=1 GONOSUMDB='*'
log() { printf '[testbed build %(%H:%M:%S)T] %s\n' -1 "$*" >&2; }
done_stamp() { [ -f "$OUT/.done-$1" ]; }
publish() {  # publish COMPONENT FILES... (from $WORK/out) — atomic per file, then the stamp
  local comp=$1; shift
  for f in "$@"; do
    cp -a "$WORK/out/$f" "$OUT/.$f.tmp" && mv -f "$OUT/.$f.tmp" "$OUT/$f"
  done
  : >"$OUT/.done-$comp"
  rm -rf "$WORK/out"
}
wrapper() {  # wrapper NAME — an empty module in which dependencies are fetched and built
  rm -rf "$WORK/$1"; mkdir -p "$WORK/$1" "$WORK/out"; cd "$WORK/$1"
  printf 'module testbed.local/%s\n\ngo 1.26.0\n' "$1" >go.mod
}

build_k8s() {
  done_stamp k8s && return 0
  log "kubernetes v$K8S_VERSION: kube-apiserver, kube-controller-manager, kube-scheduler, kubectl"
  wrapper k8s
  go mod download "k8s.io/kubernetes@v$K8S_VERSION"
  local kmod mods staging minor commit date ldflags p
  kmod="$(go env GOMODCACHE)/cache/download/k8s.io/kubernetes/@v/v$K8S_VERSION.mod"
  # k/k requires its staging modules at v0.0.0 and replaces them with ./staging paths, which do not
  # resolve from outside; staging modules are tagged v0.Y.Z for Kubernetes v1.Y.Z.
  staging="v0.${K8S_VERSION#1.}"
  mods=$(sed -n 's#^[[:space:]]*\(k8s\.io/[A-Za-z0-9._-]*\) => \./staging/src/.*#\1#p' "$kmod")
  [ -n "$mods" ] || { log "no staging replace lines found in $kmod"; return 1; }
  for m in $mods; do go mod edit -replace="$m=$m@$staging"; done
  local pkgs=(k8s.io/kubernetes/cmd/kube-apiserver k8s.io/kubernetes/cmd/kube-controller-manager
              k8s.io/kubernetes/cmd/kube-scheduler k8s.io/kubernetes/cmd/kubectl)
  go get "${pkgs[@]/%/@v$K8S_VERSION}"
  minor=${K8S_VERSION#*.}; minor=${minor%%.*}
  commit=$(go mod download -json "k8s.io/kubernetes@v$K8S_VERSION" | sed -n 's/.*"Hash": "\([0-9a-f]\{40\}\)".*/\1/p' | head -n1)
  date=$(date -u -d "@${SOURCE_DATE_EPOCH:-0}" +%Y-%m-%dT%H:%M:%SZ)
  ldflags="-s -w"
  # gitVersion must be semver: the servers parse it with MustParse at start.
  for p in k8s.io/component-base/version k8s.io/client-go/pkg/version; do
    ldflags+=" -X $p.gitVersion=v$K8S_VERSION -X $p.gitMajor=1 -X $p.gitMinor=$minor"
    ldflags+=" -X $p.gitCommit=${commit:-unknown} -X $p.gitTreeState=clean -X $p.buildDate=$date"
  done
  go build -trimpath -ldflags="$ldflags" -o "$WORK/out/" "${pkgs[@]}"
  publish k8s kube-apiserver kube-controller-manager kube-scheduler kubectl
}

build_etcd() {
  done_stamp etcd && return 0
  log "etcd v$ETCD_VERSION"
  wrapper etcd
  # etcd's own go.mod files carry replace directives, so `go install` refuses them; a wrapper works.
  go get "go.etcd.io/etcd/server/v3@v$ETCD_VERSION" "go.etcd.io/etcd/etcdctl/v3@v$ETCD_VERSION"
  local ld="-s -w -X go.etcd.io/etcd/api/v3/version.GitSHA=v$ETCD_VERSION"
  go build -trimpath -ldflags="$ld" -o "$WORK/out/etcd" go.etcd.io/etcd/server/v3
  go build -trimpath -ldflags="$ld" -o "$WORK/out/etcdctl" go.etcd.io/etcd/etcdctl/v3
  publish etcd etcd etcdctl
}

build_kwok() {
  done_stamp kwok && return 0
  log "kwok v$KWOK_VERSION"
  wrapper kwok
  go get "sigs.k8s.io/kwok@v$KWOK_VERSION"
  go build -trimpath -ldflags="-s -w -X sigs.k8s.io/kwok/pkg/consts.Version=v$KWOK_VERSION" \
    -o "$WORK/out/kwok" sigs.k8s.io/kwok/cmd/kwok
  local src
  src=$(go mod download -json "sigs.k8s.io/kwok@v$KWOK_VERSION" | sed -n 's/.*"Dir": "\(.*\)",*$/\1/p')
  mkdir -p "$WORK/out/kwok-stages"
  for f in node/fast/node-initialize.yaml node/heartbeat-with-lease/node-heartbeat-with-lease.yaml \
           pod/fast/pod-ready.yaml pod/fast/pod-complete.yaml pod/fast/pod-delete.yaml; do
    install -m 0644 "$src/kustomize/stage/$f" "$WORK/out/kwok-stages/$(echo "$f" | tr / _)"
  done
  publish kwok kwok kwok-stages
}

build_helm() {  # build_helm MAJOR VERSION NAME
  local major=$1 version=$2 name=$3
  done_stamp "$name" && return 0
  log "helm v$version ($name)"
  wrapper "$name"
  local mod="helm.sh/helm/v$major"
  go get "$mod/cmd/helm@v$version"
  local ld="-s -w -X $mod/internal/version.version=v$version -X $mod/internal/version.metadata="
  ld+=" -X $mod/internal/version.gitTreeState=clean"
  if [ "$major" = 3 ]; then
    # Helm 3 bakes the default .Capabilities.KubeVersion in at link time (its Makefile does the same).
    local cg maj min
    cg=$(go list -m -f '{{.Version}}' k8s.io/client-go); cg=${cg#v}
    maj=$(( ${cg%%.*} + 1 )); min=${cg#*.}; min=${min%%.*}
    for p in "$mod/pkg/lint/rules" "$mod/pkg/chartutil"; do ld+=" -X $p.k8sVersionMajor=$maj -X $p.k8sVersionMinor=$min"; done
  fi
  go build -trimpath -ldflags="$ld" -o "$WORK/out/$name" "$mod/cmd/helm"
  publish "$name" "$name"
}

start=$SECONDS
build_etcd
build_kwok
build_helm 4 "$HELM4_VERSION" helm
build_helm 3 "$HELM3_VERSION" helm3
build_k8s
log "built in $((SECONDS - start)) s into $OUT"
