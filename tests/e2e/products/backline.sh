#!/usr/bin/env bash
# The Backline chart: lint --strict and render with helm 4 and helm 3 (chart defaults and the
# product document's minimal and advanced examples), every object labelled and every pod under the
# restricted Pod Security Standard; then the minimal example installs with helm 4 --wait into a
# namespace of its own, every workload becomes Ready, and uninstall leaves nothing behind.
. "$(dirname "$0")/../lib.sh"
CHART="${SLIPWAY_CHARTS:-$E2E_HERE/../../charts}/backline"
capture OUT "make a folder for the rendered manifests" mktemp -d
trap 'rm -rf "$OUT"' EXIT

lint_and_render "$CHART" backline "$OUT" minimal advanced
check_eq "every object of the advanced example goes to namespaceOverride" backline-prod \
  "$(python3 -c 'import sys,yaml; print(*{d["metadata"]["namespace"] for d in yaml.safe_load_all(open(sys.argv[1])) if d})' "$OUT/advanced-$v.yaml")"
check_fails "an unknown environment is refused by the schema" "environment" \
  "$SLIPWAY_HELM" template backline "$CHART" --set environment=dev
check_fails "a short MinIO password is refused by the schema" "rootPassword" \
  "$SLIPWAY_HELM" template backline "$CHART" --set minio.rootPassword=short

make_ns
trap 'rm -rf "$OUT"; cleanup_ns' EXIT # make_ns set its own trap
H4=("$SLIPWAY_HELM" -n "$NS")
check "helm 4 install --wait of the minimal example" "${H4[@]}" install backline "$CHART" \
  -f "$CHART/ci/minimal-values.yaml" --set namespaceOverride="$NS" --wait --timeout 180s
for deploy in worker minio; do
  check_eq "deployment $deploy is ready" 1 \
    "$("${K[@]}" -n "$NS" get deploy "$deploy" -o jsonpath='{.status.readyReplicas}')"
done
check_eq "MinIO's volume is bound" Bound "$("${K[@]}" -n "$NS" get pvc minio -o jsonpath='{.status.phase}')"
check_eq "the accesskey Secret holds ACCESS_KEY" your-secret-key \
  "$("${K[@]}" -n "$NS" get secret accesskey -o jsonpath='{.data.ACCESS_KEY}' | base64 -d)"
check_eq "the janitor CronJob exists" "* * * * *" \
  "$("${K[@]}" -n "$NS" get cronjob janitor -o jsonpath='{.spec.schedule}')"
check "the janitor may refresh session-jwt" "${K[@]}" auth can-i patch secret/session-jwt \
  -n "$NS" --as "system:serviceaccount:$NS:janitor"
check_fails "the janitor may not read other Secrets" '^no$' "${K[@]}" auth can-i get secret/minio \
  -n "$NS" --as "system:serviceaccount:$NS:janitor"
check "the worker may launch Jobs" "${K[@]}" auth can-i create jobs.batch \
  -n "$NS" --as "system:serviceaccount:$NS:worker"
none_left "the bucket Job succeeded and was removed" \
  "${K[@]}" -n "$NS" get job minio-buckets --ignore-not-found -o name
check_eq "release deployed" deployed \
  "$("${H4[@]}" status backline -o json | python3 -c 'import json,sys; print(json.load(sys.stdin)["info"]["status"])')"
check "helm 4 uninstall --wait" "${H4[@]}" uninstall backline --wait --timeout 120s
check_eq "nothing of the release is left but MinIO's kept volume" "persistentvolumeclaim/minio" \
  "$("${K[@]}" -n "$NS" get deploy,svc,job,cronjob,configmap,secret,pvc,role,rolebinding,serviceaccount \
     -l app.kubernetes.io/instance=backline -o name)"
finish
