#!/usr/bin/env bash
# nodes.sh — print the testbed's simulated nodes: CPU_NODES CPU nodes (8 CPU / 32 Gi) and one GPU node
# (4 × nvidia.com/gpu, labelled as NVIDIA GPU Feature Discovery would, tainted like the GPU operator).
# kwok keeps nodes labelled kwok.test/managed=true Ready. Node status may be set on create.
set -euo pipefail
CPU_NODES=${CPU_NODES:-3}
node() {  # node NAME CPU MEMORY EXTRA-LABELS EXTRA-SPEC EXTRA-RESOURCES
  cat <<YAML
---
apiVersion: v1
kind: Node
metadata:
  name: $1
  annotations: {node.alpha.kubernetes.io/ttl: "0"}
  labels:
    kwok.test/managed: "true"
    kubernetes.io/hostname: $1
    kubernetes.io/os: linux
    kubernetes.io/arch: amd64
    node-role.kubernetes.io/worker: ""
    topology.kubernetes.io/zone: testbed-a$4
spec: {$5}
status:
  capacity:    {cpu: "$2", memory: $3, pods: "110", ephemeral-storage: 500Gi$6}
  allocatable: {cpu: "$2", memory: $3, pods: "110", ephemeral-storage: 500Gi$6}
  nodeInfo: {architecture: amd64, operatingSystem: linux, kubeletVersion: v1.36.3, osImage: "Slipway testbed (KWOK)"}
YAML
}
for i in $(seq 0 $((CPU_NODES - 1))); do node "cpu-node-$i" 8 32Gi "" "" ""; done
node gpu-node-0 32 256Gi $'\n    nvidia.com/gpu.present: "true"\n    nvidia.com/gpu.product: NVIDIA-H100-80GB-HBM3\n    nvidia.com/gpu.count: "4"' \
  'taints: [{key: nvidia.com/gpu, value: present, effect: NoSchedule}]' ', nvidia.com/gpu: "4"'
