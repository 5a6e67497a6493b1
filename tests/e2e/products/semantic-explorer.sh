#!/usr/bin/env bash
# The Semantic Explorer chart: lint --strict and render with helm 4 and helm 3 (chart defaults and
# the GPU and minimal examples of ci/), every object labelled and every pod restricted and
# non-root; the rendered objects follow the product document (StatefulSets with their init
# containers, GPU requests and placement of the inference services, Qdrant's GPU image, the
# bucket Job, Dex on sqlite3, the collector and its variables, no cluster-wide RBAC) and the schema
# refuses what it forbids. Then slipway-cli installs from an answers file (both inference services
# on gpu-node-0, observability on) into a namespace of its own: every workload becomes Ready, the
# inference pods land on the GPU node and nothing else does; an upgrade switches observability off
# (the collector goes) and gives the LLM 2 GPUs, keeping the generated credentials; a rollback
# brings the collector back; 5 GPUs (more than the node has) are refused by preflight, and once
# overridden fail and are rolled back; the
# uninstall leaves nothing.
. "$(dirname "$0")/../lib.sh"
CHART="${SLIPWAY_CHARTS:-$E2E_HERE/../../charts}/semantic-explorer"
CLI="${SLIPWAY_BIN_DIR:?}/slipway-cli"
REL=semantic-explorer
capture OUT "make a work folder" mktemp -d
trap 'rm -rf "$OUT"' EXIT
export XDG_DATA_HOME="$OUT/data" SLIPWAY_AUDIT_JOURNAL="$OUT/data/audit.jsonl"
render() { local helm=$1 file=$2; shift 2; "$helm" template "$REL" "$CHART" "$@" >"$file"; }

# --- lint and render
lint_and_render "$CHART" "$REL" "$OUT" defaults gpu minimal
# q FILE EXPR — EXPR over the rendered objects of FILE: `o` maps "Kind/name" to the object, `pods`
# maps "Kind/name" to the pod spec of each workload, `gpu(p)` says whether a pod spec asks for a GPU
# or tolerates the GPU taint
q() {
  python3 -c "
import sys, yaml
o = {d['kind'] + '/' + d['metadata']['name']: d for d in yaml.safe_load_all(open(sys.argv[1])) if d}
pods = {k: d['spec']['template']['spec'] for k, d in o.items() if d['kind'] in ('Deployment', 'StatefulSet', 'Job')}
gpu = lambda p: 'nvidia.com/gpu' in str(p.get('tolerations')) + str([c['resources'] for c in p['containers']])
env = lambda k: [e['name'] for e in pods[k]['containers'][0]['env']]
print($2)" "$OUT/$1"
}
D="defaults-$v.yaml" G="gpu-$v.yaml" M="minimal-$v.yaml"
check_eq "the API, the three workers and both inference services are StatefulSets" \
  "api embedding-inference-api llm-inference-api worker-collections worker-datasets worker-visualizations-py" \
  "$(q "$D" "' '.join(sorted(k.split('/')[1][len('$REL-'):] for k in o if k.startswith('StatefulSet/') and k.split('/')[1][len('$REL-'):] not in ('minio', 'nats', 'postgresql', 'qdrant')))")"
check_eq "init containers wait for what each service uses" \
  "api:postgresql,nats,qdrant,embedding-api,llm-api worker-collections:nats,minio worker-datasets:nats,qdrant,embedding-api worker-visualizations-py:nats,qdrant,minio" \
  "$(q "$D" "' '.join(c + ':' + ','.join(i['name'][len('wait-for-'):] for i in pods['StatefulSet/$REL-' + c]['initContainers']) for c in ('api', 'worker-collections', 'worker-datasets', 'worker-visualizations-py'))")"
for svc in embedding-inference-api llm-inference-api; do
  R="pods['StatefulSet/$REL-$svc']"
  check_eq "$svc: nvidia.com/gpu 1 (requests and limits), the GPU node selector and toleration" \
    "1 1 {'nvidia.com/gpu': 'true'} [[('effect', 'NoSchedule'), ('key', 'nvidia.com/gpu'), ('operator', 'Exists')]]" \
    "$(q "$D" "$R['containers'][0]['resources']['requests']['nvidia.com/gpu'], $R['containers'][0]['resources']['limits']['nvidia.com/gpu'], $R['nodeSelector'], [sorted(t.items()) for t in $R['tolerations']]")"
done
check_eq "no other pod asks for a GPU or tolerates the GPU taint" "[]" \
  "$(q "$D" "[k for k, p in pods.items() if gpu(p) and 'inference' not in k]")"
check_eq "the model PVCs: 50Gi embedding, 100Gi LLM; PostgreSQL 100Gi" "50Gi 100Gi 100Gi" \
  "$(q "$D" "*(o['PersistentVolumeClaim/$REL-' + c]['spec']['resources']['requests']['storage'] for c in ('embedding-inference-api', 'llm-inference-api', 'postgresql'))")"
none_left "the API's variables, inference URLs and timeouts included" \
  q "$D" "' '.join(k for k in 'DATABASE_URL NATS_URL QDRANT_URL AWS_ACCESS_KEY_ID AWS_SECRET_ACCESS_KEY S3_BUCKET_NAME OIDC_ISSUER_URL OIDC_CLIENT_ID OIDC_CLIENT_SECRET OTEL_EXPORTER_OTLP_ENDPOINT ENCRYPTION_MASTER_KEY EMBEDDING_INFERENCE_API_URL EMBEDDING_INFERENCE_API_TIMEOUT_SECS LLM_INFERENCE_API_URL LLM_INFERENCE_API_TIMEOUT_SECS'.split() if k not in env('StatefulSet/$REL-api'))"
check_eq "worker-datasets knows the embedding API; worker-visualizations-py has ENCRYPTION_MASTER_KEY" "True True" \
  "$(q "$D" "'EMBEDDING_INFERENCE_API_URL' in env('StatefulSet/$REL-worker-datasets'), 'ENCRYPTION_MASTER_KEY' in env('StatefulSet/$REL-worker-visualizations-py')")"
check_eq "NATS is 3 nodes, MinIO 4 (distributed), Qdrant on the CPU image" "3 4 qdrant/qdrant:v1.12.4" \
  "$(q "$D" "o['StatefulSet/$REL-nats']['spec']['replicas'], o['StatefulSet/$REL-minio']['spec']['replicas'], pods['StatefulSet/$REL-qdrant']['containers'][0]['image']")"
check_eq "the bucket Job creates semantic-explorer-files and quickwit" "True True" \
  "$(q "$D" "*('mc mb --ignore-existing local/' + b in pods['Job/$REL-minio-init']['containers'][0]['command'][2] for b in ('semantic-explorer-files', 'quickwit'))")"
check_eq "Dex keeps its state in sqlite3 on an emptyDir" "True {}" \
  "$(q "$D" "'type: sqlite3' in o['ConfigMap/$REL-dex']['data']['config.yaml'], [v['emptyDir'] for v in pods['Deployment/$REL-dex']['volumes'] if v['name'] == 'data'][0]")"
check_eq "gpu example: Qdrant on gpu-nvidia-latest with a GPU on the GPU nodes; the TensorRT cache PVC" \
  "qdrant/qdrant:gpu-nvidia-latest 1 {'nvidia.com/gpu': 'true'} 10Gi" \
  "$(q "$G" "pods['StatefulSet/$REL-qdrant']['containers'][0]['image'], pods['StatefulSet/$REL-qdrant']['containers'][0]['resources']['limits']['nvidia.com/gpu'], pods['StatefulSet/$REL-qdrant']['nodeSelector'], o['PersistentVolumeClaim/$REL-embedding-inference-api-tensorrt-cache']['spec']['resources']['requests']['storage']")"
check_eq "minimal: no collector, Dex or inference objects, no OTEL_ or inference variable, no GPU" "[] [] []" \
  "$(q "$M" "[k for k in o if any(c in k for c in ('otel', 'dex', 'inference'))], [e for e in env('StatefulSet/$REL-api') if e.startswith(('OTEL_', 'OIDC_', 'EMBEDDING_', 'LLM_'))], [k for k, p in pods.items() if gpu(p)]")"
no_line "no RBAC beyond the namespace, no webhook or aggregated API, no root in any rendering" \
  '^kind: (ClusterRole|ClusterRoleBinding|MutatingWebhookConfiguration|ValidatingWebhookConfiguration|APIService)$|runAsUser: 0$|runAsNonRoot: false' \
  renderings
H=("$SLIPWAY_HELM" template "$REL" "$CHART")
check_fails "an inference service needs at least one GPU" "embeddingInferenceApi/gpu/count" "${H[@]}" --set embeddingInferenceApi.gpu.count=0
check_fails "NATS needs a node" "nats/replicaCount" "${H[@]}" --set nats.replicaCount=0
check_fails "a bucket name is refused when S3 would refuse it" "minio/buckets/0/name" "${H[@]}" --set 'minio.buckets[0].name=Bad_Bucket'
check_fails "the GitHub connector needs its secret" "dex/github/clientSecret" "${H[@]}" --set dex.github.clientId=abc
check_fails "an unknown key is refused" "additional properties 'gpus' not allowed" "${H[@]}" --set llmInferenceApi.gpus=2

# --- the cycle through slipway-cli
make_ns
trap 'rm -rf "$OUT"; cleanup_ns' EXIT
cli() { "$CLI" --helm "$SLIPWAY_HELM" --namespace "$NS" "$@"; }
# answers FILE EMBEDDING-GPUS LLM-GPUS OBSERVABILITY — both services on the testbed's GPU node
answers() {
  local place='nodeSelector: {nvidia.com/gpu.present: "true"}, tolerations: [{key: nvidia.com/gpu, operator: Exists, effect: NoSchedule}]'
  put "$OUT/$1" "fields:" "  embeddingGpu: {enabled: true, count: $2, $place}" "  llmGpu: {enabled: true, count: $3, $place}" \
    "  observability: $4" "  postgresSize: 5Gi" "  qdrantSize: 5Gi" "  minioSize: 2Gi" "  natsSize: 1Gi" \
    "  embeddingModels: 5Gi" "  llmModels: 10Gi"
}
answers a1.yaml 1 1 true
answers a2.yaml 1 2 false
answers a-nine.yaml 1 9 true
answers a-five.yaml 1 5 true
records() { "${K[@]}" -n "$NS" get secret -l owner=helm -o name; }
check_fails "slipway-cli refuses 9 GPUs for the LLM (the descriptor allows 8)" "LLM inference on GPUs: must be at most 8" \
  cli install --product semantic-explorer --answers "$OUT/a-nine.yaml"
none_left "…before helm ran: no release record" records
put "$OUT/a-github.yaml" "fields:" "  githubClientId: github-client-id"
check_fails "the GitHub connector's secret is asked with its ID" "githubClientSecret: .* is required" \
  cli install --product semantic-explorer --answers "$OUT/a-github.yaml"

START=$SECONDS
check "install from answers (--wait)" \
  cli install --product semantic-explorer --answers "$OUT/a1.yaml" --timeout 180s
echo "#     (took $((SECONDS - START)) s)"
not_ready() {
  "${K[@]}" -n "$NS" get deploy,sts -l app.kubernetes.io/instance=$REL -o json |
    json '" ".join(i["kind"] + "/" + i["metadata"]["name"] for i in d["items"] if i["status"].get("readyReplicas", 0) < i["spec"]["replicas"]) if d["items"] else "none"'
}
all_ready() { local left; left=$(not_ready) && [ -z "$left" ] || { echo "not ready: $left" >&2; return 1; }; }
workloads() {
  "${K[@]}" -n "$NS" get deploy,sts -l app.kubernetes.io/instance=$REL -o json |
    json '" ".join(sorted(i["metadata"]["name"][len("'$REL'-"):] for i in d["items"]))'
}
ALL="api dex embedding-inference-api llm-inference-api minio nats otel-collector postgresql qdrant worker-collections worker-datasets worker-visualizations-py"
wait_for "every workload is Ready" 30 all_ready
check_eq "the workloads" "$ALL" "$(workloads)"
check_eq "the bucket Job ran" "1" "$("${K[@]}" -n "$NS" get job $REL-minio-init -o name | wc -l)"
on_gpu_node() {
  local n; n=$(nodes) || return
  grep -q "embedding-inference-api=gpu-node-0" <<<"$n" && grep -q "llm-inference-api=gpu-node-0" <<<"$n"
}
not_on_gpu_node() { local n; n=$(pod_nodes) || return 1; grep gpu-node-0 <<<"$n" | grep -v -- '-inference-api='; true; }
check "both inference pods run on gpu-node-0" on_gpu_node
none_left "no other pod runs on gpu-node-0" not_on_gpu_node
no_line "…and every other pod is scheduled" '=-$' pod_nodes
check_eq "the volumes are bound (PostgreSQL, Qdrant, both model PVCs, 3 NATS, 4 MinIO)" "11 Bound" \
  "$("${K[@]}" -n "$NS" get pvc -l app.kubernetes.io/instance=$REL -o jsonpath='{range .items[*]}{.status.phase}{"\n"}{end}' | sort | uniq -c | awk '{print $1, $2}')"
gpus() {
  "${K[@]}" -n "$NS" get sts $REL-llm-inference-api -o jsonpath='{.spec.template.spec.containers[0].resources.requests.nvidia\.com/gpu} {.spec.template.spec.containers[0].resources.limits.nvidia\.com/gpu}'
}
# otel — "<collector objects> <OTEL_ variables of the API>"; prints nothing when kubectl fails, so
# "0 0" is read, not assumed
otel() {
  local objects names
  objects=$("${K[@]}" -n "$NS" get deploy,svc,configmap -l app.kubernetes.io/component=otel-collector -o name) || return 1
  names=$("${K[@]}" -n "$NS" get sts $REL-api -o jsonpath='{.spec.template.spec.containers[0].env[*].name}') || return 1
  echo "$(grep -c . <<<"$objects") $(tr ' ' '\n' <<<"$names" | grep -c '^OTEL_')"
}
key() { "${K[@]}" -n "$NS" get secret $REL-credentials -o jsonpath="{.data.$1}"; }
check_eq "the LLM holds 1 GPU" "1 1" "$(gpus)"
check_eq "observability on: the collector (Deployment, Service, ConfigMap) and the API's 2 OTEL_ variables" "3 2" "$(otel)"
capture PG "read the generated PostgreSQL password" key postgresql-password
capture EK "read the generated encryption key" key encryption-master-key
check "the generated passwords are 32 characters" test "$(base64 -d <<<"$PG" | wc -c)" = 32 -a "$(base64 -d <<<"$EK" | wc -c)" = 32

check "upgrade: observability off, 2 GPUs for the LLM" \
  cli upgrade --product semantic-explorer --answers "$OUT/a2.yaml" --timeout 180s
check_eq "the collector is gone, and the API's OTEL_ variables" "0 0" "$(otel)"
check_eq "the LLM holds 2 GPUs" "2 2" "$(gpus)"
check_eq "the generated credentials are kept" "$PG $EK" "$(key postgresql-password) $(key encryption-master-key)"
wait_for "every workload is Ready after the upgrade" 30 all_ready
check "the inference pods run on gpu-node-0" on_gpu_node

check "rollback to revision 1" cli rollback --product semantic-explorer --to 1 --timeout 180s
check_eq "the collector is back" "3 2" "$(otel)"
check_eq "the LLM holds 1 GPU again" "1 1" "$(gpus)"
wait_for "every workload is Ready after the rollback" 30 all_ready
check_eq "…all of them" "$ALL" "$(workloads)"
none_left "no other pod runs on gpu-node-0" not_on_gpu_node
status() { cli status --product semantic-explorer -o json | json 'str(d["revision"]) + " " + d["status"]'; }
check_eq "revision 3 deployed" "3 deployed" "$(status)"
check_eq "the credentials survived the rollback" "$PG" "$(key postgresql-password)"

# 5 GPUs pass the descriptor (at most 8) but no node has them: preflight says so before helm runs,
# and nothing changes.
OUT5=$(cli upgrade --product semantic-explorer --answers "$OUT/a-five.yaml" --timeout 30s 2>&1); RC=$?
check_eq "5 GPUs for the LLM (gpu-node-0 has 4): preflight refuses the upgrade (exit 10)" 10 "$RC"
check "…its GPU check says the largest node has 4" grep -q "asks 5 nvidia.com/gpu; the largest node has 4" <<<"$OUT5"
check_eq "…and nothing changed: revision 3 deployed" "3 deployed" "$(status)"
# With the GPU check overridden, helm waits, fails and rolls back.
OUT5=$(cli upgrade --product semantic-explorer --answers "$OUT/a-five.yaml" --ignore-preflight=gpu --timeout 30s 2>&1); RC=$?
check_eq "…overridden (--ignore-preflight=gpu): the upgrade fails and is rolled back (exit 5)" 5 "$RC"
check "…naming the LLM pod that cannot be scheduled" grep -q "$REL-llm-inference-api-0" <<<"$OUT5"
check_eq "revision 5 (the rollback of 4) deployed, with 1 GPU" "5 deployed 1 1" "$(status) $(gpus)"
wait_for "every workload is Ready again" 60 all_ready

check "uninstall" cli uninstall --product semantic-explorer --timeout 120s
# The StatefulSets' volume claims go after them (whenDeleted: Delete), deleted by the StatefulSet
# controller once helm has deleted the StatefulSet: waited for, not expected at once.
leftovers() {
  local out
  out=$("${K[@]}" -n "$NS" get deploy,sts,job,svc,configmap,secret,pvc,serviceaccount,ingress \
    -l app.kubernetes.io/instance=$REL -o name) || return 1 # kubectl failing is no "nothing left"
  [ -z "$out" ] || { echo "left: $out" >&2; return 1; }
}
wait_for "nothing of the release is left" 60 leftovers
none_left "no release records left" records
echo "#     (the cycle took $((SECONDS - START)) s)"
finish
