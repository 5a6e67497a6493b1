#!/usr/bin/env bash
# Storage: a default class, a second class, a pool of 500 Gi PVs that PVCs bind to through the
# real PV controller, and PVs that come back after their claim is deleted.
. "$(dirname "$0")/lib.sh"
make_ns

check_eq "standard is the only default StorageClass" standard \
  "$("${K[@]}" get storageclass -o jsonpath='{range .items[?(@.metadata.annotations.storageclass\.kubernetes\.io/is-default-class=="true")]}{.metadata.name}{"\n"}{end}')"
check "a second, non-default class 'fast' exists" "${K[@]}" get storageclass fast
big=$("${K[@]}" get pv -l slipway.testbed/pool=standard -o jsonpath='{range .items[*]}{.spec.capacity.storage}{"\n"}{end}' | grep -c '^500Gi$')
if [ "$big" -ge 40 ]; then ok "at least 40 PVs of 500 Gi in the default class ($big)"; else bad "PV pool" "$big"; fi

"${K[@]}" -n "$NS" apply -f - >/dev/null <<'YAML'
apiVersion: v1
kind: PersistentVolumeClaim
metadata: {name: data}
spec: {accessModes: [ReadWriteOnce], resources: {requests: {storage: 10Gi}}}
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata: {name: fast-data}
spec: {storageClassName: fast, accessModes: [ReadWriteMany], resources: {requests: {storage: 100Gi}}}
---
apiVersion: apps/v1
kind: StatefulSet
metadata: {name: db}
spec:
  serviceName: db
  replicas: 2
  selector: {matchLabels: {app: db}}
  template:
    metadata: {labels: {app: db}}
    spec: {containers: [{name: db, image: registry.invalid/db:1}]}
  volumeClaimTemplates:
  - metadata: {name: pgdata}
    spec: {accessModes: [ReadWriteOnce], resources: {requests: {storage: 20Gi}}}
YAML
check "a PVC without a class binds" "${K[@]}" -n "$NS" wait --for=jsonpath='{.status.phase}'=Bound pvc/data --timeout=60s
check_eq "it got the default class" standard "$("${K[@]}" -n "$NS" get pvc data -o jsonpath='{.spec.storageClassName}')"
check "a PVC of class fast binds" "${K[@]}" -n "$NS" wait --for=jsonpath='{.status.phase}'=Bound pvc/fast-data --timeout=60s
check_eq "to a PV of that class" fast "$("${K[@]}" get pv "$("${K[@]}" -n "$NS" get pvc fast-data -o jsonpath='{.spec.volumeName}')" -o jsonpath='{.spec.storageClassName}')"
check "a StatefulSet with volumeClaimTemplates becomes ready" "${K[@]}" -n "$NS" rollout status statefulset/db --timeout=90s
check "its claims are Bound" "${K[@]}" -n "$NS" wait --for=jsonpath='{.status.phase}'=Bound pvc/pgdata-db-0 pvc/pgdata-db-1 --timeout=30s

pv=$("${K[@]}" -n "$NS" get pvc data -o jsonpath='{.spec.volumeName}')
"${K[@]}" -n "$NS" delete pvc data --wait=true --timeout=60s >/dev/null
check "a PV whose claim is deleted becomes Available again" \
  "${K[@]}" wait --for=jsonpath='{.status.phase}'=Available "pv/$pv" --timeout=60s
finish
