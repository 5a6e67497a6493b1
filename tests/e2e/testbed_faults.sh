#!/usr/bin/env bash
# Pods labelled for failure show the STATUS kubectl prints for the real thing, and a rollout of
# such pods never succeeds.
. "$(dirname "$0")/lib.sh"
make_ns

step "create the failing pods" "${K[@]}" -n "$NS" apply -f - <<'YAML'
apiVersion: v1
kind: Pod
metadata: {name: crashy, labels: {kwok.test/fault: CrashLoopBackOff}}
spec: {containers: [{name: main, image: registry.invalid/app:1}]}
---
apiVersion: v1
kind: Pod
metadata: {name: no-image, labels: {kwok.test/fault: ImagePullBackOff}}
spec: {containers: [{name: main, image: registry.invalid/missing:1}]}
---
apiVersion: v1
kind: Pod
metadata: {name: not-ready, labels: {kwok.test/fault: NotReady}}
spec: {containers: [{name: main, image: registry.invalid/app:1}]}
---
# created with not-ready: once it is Ready, not-ready has had as long to become ready, and 3 s more
apiVersion: v1
kind: Pod
metadata: {name: healthy, annotations: {kwok.test/ready-delay: 3s}}
spec: {containers: [{name: main, image: registry.invalid/app:1}]}
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: broken}
spec:
  replicas: 1
  progressDeadlineSeconds: 600
  selector: {matchLabels: {app: broken}}
  template:
    metadata: {labels: {app: broken, kwok.test/fault: CrashLoopBackOff}}
    spec: {containers: [{name: main, image: registry.invalid/app:2}]}
YAML

check "crashy shows STATUS CrashLoopBackOff" eventually 30 pod_status_is crashy CrashLoopBackOff
check_eq "crashy READY is 0/1" 0/1 "$(pod_column crashy 2)"
check_eq "crashy RESTARTS is 5" 5 "$(pod_column crashy 4)"
check_eq "crashy last exit code is 1" 1 \
  "$("${K[@]}" -n "$NS" get pod crashy -o jsonpath='{.status.containerStatuses[0].lastState.terminated.exitCode}')"
check "no-image shows STATUS ImagePullBackOff" eventually 30 pod_status_is no-image ImagePullBackOff
check_eq "no-image stays Pending" Pending "$("${K[@]}" -n "$NS" get pod no-image -o jsonpath='{.status.phase}')"
check "not-ready is Running" eventually 30 pod_status_is not-ready Running
wait_for "a healthy pod created alongside is Ready (1/1)" 30 pod_column_is healthy 2 1/1
check_eq "not-ready never becomes ready" 0/1 "$(pod_column not-ready 2)"
check_eq "crashy is still in CrashLoopBackOff later" CrashLoopBackOff "$(pod_column crashy 3)"
check_fails "a Deployment of crashing pods never completes its rollout" 'timed out|exceeded' \
  "${K[@]}" -n "$NS" rollout status deploy/broken --timeout=8s
check "a BackOff warning event is recorded" eventually 20 bash -c \
  "kubectl -n $NS get events --field-selector reason=BackOff -o name | grep -q ."
finish
