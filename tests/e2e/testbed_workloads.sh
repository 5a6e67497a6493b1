#!/usr/bin/env bash
# Simulated nodes and the pod lifecycle: Pending → Running → Ready, Jobs complete, GPUs schedule
# only where they exist, and every address stays on loopback.
. "$(dirname "$0")/lib.sh"
make_ns

cpu_nodes=$("${K[@]}" get nodes -l '!nvidia.com/gpu.present' -o jsonpath='{range .items[*]}{.status.allocatable.cpu}/{.status.allocatable.memory}{"\n"}{end}')
if [ "$(grep -c '^8/32Gi$' <<<"$cpu_nodes")" -ge 3 ]; then ok "at least three 8 CPU / 32 Gi nodes"; else bad "CPU nodes" "$cpu_nodes"; fi
check_eq "GPU node offers 4 nvidia.com/gpu" "4/4" \
  "$("${K[@]}" get node gpu-node-0 -o jsonpath='{.status.capacity.nvidia\.com/gpu}/{.status.allocatable.nvidia\.com/gpu}')"
check_eq "GPU node labels" "true NVIDIA-H100-80GB-HBM3" \
  "$("${K[@]}" get node gpu-node-0 -o jsonpath='{.metadata.labels.nvidia\.com/gpu\.present} {.metadata.labels.nvidia\.com/gpu\.product}')"
check_eq "GPU node taint" "nvidia.com/gpu=present:NoSchedule" \
  "$("${K[@]}" get node gpu-node-0 -o jsonpath='{range .spec.taints[*]}{.key}={.value}:{.effect}{end}')"
every_line "every node is Ready" '^True$' \
  "${K[@]}" get nodes -o jsonpath='{range .items[*]}{.status.conditions[?(@.type=="Ready")].status}{"\n"}{end}'
every_line "every node address is a loopback address" '^127\.' \
  "${K[@]}" get nodes -o jsonpath='{range .items[*]}{.status.addresses[?(@.type=="InternalIP")].address}{"\n"}{end}'

step "create the workloads" "${K[@]}" -n "$NS" apply -f - <<'YAML'
apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  replicas: 3
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec:
      containers: [{name: web, image: registry.invalid/web:1, resources: {requests: {cpu: 100m, memory: 64Mi}}}]
---
apiVersion: v1
kind: Pod
metadata:
  name: slow
  annotations: {kwok.test/start-delay: 3s, kwok.test/ready-delay: 3s}
spec:
  initContainers: [{name: init, image: registry.invalid/init:1}]
  containers: [{name: app, image: registry.invalid/app:1}]
---
apiVersion: batch/v1
kind: Job
metadata: {name: once}
spec:
  template:
    spec:
      restartPolicy: Never
      containers: [{name: job, image: registry.invalid/job:1}]
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: gpu}
spec:
  replicas: 2
  selector: {matchLabels: {app: gpu}}
  template:
    metadata: {labels: {app: gpu}}
    spec:
      nodeSelector: {nvidia.com/gpu.present: "true"}
      tolerations: [{key: nvidia.com/gpu, operator: Exists, effect: NoSchedule}]
      containers: [{name: cuda, image: registry.invalid/cuda:12, resources: {limits: {nvidia.com/gpu: "1"}}}]
---
apiVersion: v1
kind: Pod
metadata: {name: too-many-gpus}
spec:
  tolerations: [{key: nvidia.com/gpu, operator: Exists, effect: NoSchedule}]
  containers: [{name: cuda, image: registry.invalid/cuda:12, resources: {limits: {nvidia.com/gpu: "8"}}}]
YAML
# The Service exists before any of its pods is Ready: each pod turning Ready afterwards is what an
# endpoint controller would act on, so once the Deployment is Available (waited for below) any
# endpoint warning would have been raised.
step "expose the web Deployment as a Service" "${K[@]}" -n "$NS" expose deploy web --port 80

# The slow pod shows each step of its lifecycle as kubectl prints it.
check "slow pod is first Pending (Init:0/1 or Pending)" eventually 5 bash -c "[[ \$(kubectl -n $NS get pod slow --no-headers | awk '{print \$3}') =~ ^(Pending|Init:0/1)$ ]]"
check "slow pod then Running but not ready (0/1)" eventually 15 bash -c "kubectl -n $NS get pod slow --no-headers | grep -qE '^slow +0/1 +Running '"
check "slow pod then Ready (1/1 Running)" eventually 15 bash -c "kubectl -n $NS get pod slow --no-headers | grep -qE '^slow +1/1 +Running '"
check "Deployment with 3 replicas becomes Available" "${K[@]}" -n "$NS" wait --for=condition=Available deploy/web --timeout=60s
check "Job completes" "${K[@]}" -n "$NS" wait --for=condition=Complete job/once --timeout=60s
check_eq "Job pod STATUS is Completed" Completed "$("${K[@]}" -n "$NS" get pods -l job-name=once --no-headers | awk '{print $3}')"
check "GPU Deployment becomes Available" "${K[@]}" -n "$NS" wait --for=condition=Available deploy/gpu --timeout=60s
check_eq "GPU pods run on the GPU node" "gpu-node-0 gpu-node-0" \
  "$("${K[@]}" -n "$NS" get pods -l app=gpu -o jsonpath='{range .items[*]}{.spec.nodeName} {end}' | sed 's/ $//')"
check "a pod asking for 8 GPUs stays Unschedulable" "${K[@]}" -n "$NS" wait \
  --for=jsonpath='{.status.conditions[?(@.type=="PodScheduled")].reason}'=Unschedulable pod/too-many-gpus --timeout=60s
check "the scheduler says why" eventually 20 bash -c "kubectl -n $NS get events --field-selector involvedObject.name=too-many-gpus -o jsonpath='{.items[*].message}' | grep -q 'Insufficient nvidia.com/gpu'"
every_line "web pods avoid the tainted GPU node" '^cpu-node-' \
  "${K[@]}" -n "$NS" get pods -l app=web -o jsonpath='{range .items[*]}{.spec.nodeName}{"\n"}{end}'
every_line "pod and host IPs are loopback addresses" '^127\.' \
  "${K[@]}" -n "$NS" get pods -o jsonpath='{range .items[*]}{.status.podIP}{"\n"}{.status.hostIP}{"\n"}{end}'
# Only endpoint warnings count: the apiserver's ClusterIP repair loop may warn ClusterIPNotAllocated
# about a Service created while it runs, which is harmless and not what this checks.
no_line "a Service over loopback pod IPs raises no endpoint warnings" '[Ee]ndpoint' \
  "${K[@]}" -n "$NS" get events --field-selector type=Warning,involvedObject.kind=Service -o jsonpath='{range .items[*]}{.reason}{"\n"}{end}'
check "deleting the Deployment removes its pods" bash -c "kubectl -n $NS delete deploy web --wait=true --timeout=60s >/dev/null && kubectl -n $NS wait --for=delete pod -l app=web --timeout=60s"
finish
