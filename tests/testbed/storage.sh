#!/usr/bin/env bash
# storage.sh — print the testbed's StorageClasses and pre-created PersistentVolumes.
# There is no provisioner: PVCs bind to these PVs through the real PV controller (binding mode
# Immediate, so no pod has to be scheduled first). `standard` is the default class; `fast` is a second
# class for tests that pick one. PVs are Retain; the testbed's pv-recycler makes Released ones
# Available again so repeated installs never run out.
set -euo pipefail
STANDARD_PVS=${STANDARD_PVS:-48}; FAST_PVS=${FAST_PVS:-12}; PV_SIZE=${PV_SIZE:-500Gi}
cat <<'YAML'
apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata:
  name: standard
  annotations: {storageclass.kubernetes.io/is-default-class: "true"}
provisioner: kubernetes.io/no-provisioner
reclaimPolicy: Retain
volumeBindingMode: Immediate
allowVolumeExpansion: true
---
apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata: {name: fast}
provisioner: kubernetes.io/no-provisioner
reclaimPolicy: Retain
volumeBindingMode: Immediate
YAML
pv() {  # pv CLASS INDEX
  cat <<YAML
---
apiVersion: v1
kind: PersistentVolume
metadata:
  name: testbed-$1-$(printf '%02d' "$2")
  labels: {slipway.testbed/pool: "$1"}
spec:
  storageClassName: $1
  capacity: {storage: $PV_SIZE}
  accessModes: [ReadWriteOnce, ReadOnlyMany, ReadWriteMany]
  persistentVolumeReclaimPolicy: Retain
  volumeMode: Filesystem
  hostPath: {path: /nonexistent/slipway-testbed/$1-$2}
YAML
}
for i in $(seq 0 $((STANDARD_PVS - 1))); do pv standard "$i"; done
for i in $(seq 0 $((FAST_PVS - 1))); do pv fast "$i"; done
