#!/usr/bin/env bash
# The Enterprise Agent Platform chart: lint --strict and render with helm 4 and helm 3 (chart
# defaults and the product document's dev and prod values), every object labelled and every pod
# restricted; the rendered objects follow the document (variables, HPA, PDB, NetworkPolicies, GPU
# placement, external secrets, database modes) and the schema refuses what it forbids. Then
# slipway-cli installs the Production preset from an answers file (vLLM on 2 GPUs, the variables
# from an existing Secret) into a namespace of its own: every workload becomes Ready, vLLM lands on
# the GPU node and nothing else does; an upgrade to 3 GPUs and 8 tasks per worker, a rollback,
# GPU requests refused (above the descriptor's limit) or unschedulable (above the node's 4), and
# the uninstall.
. "$(dirname "$0")/../lib.sh"
CHART="${SLIPWAY_CHARTS:-$E2E_HERE/../../charts}/enterprise-agent-platform"
CLI="${SLIPWAY_BIN_DIR:?}/slipway-cli"
REL=enterprise-agents
capture OUT "make a work folder" mktemp -d
trap 'rm -rf "$OUT"' EXIT
export XDG_DATA_HOME="$OUT/data" SLIPWAY_AUDIT_JOURNAL="$OUT/data/audit.jsonl"
render() { local helm=$1 file=$2; shift 2; "$helm" template "$REL" "$CHART" "$@" >"$file"; }

# --- lint and render
lint_and_render "$CHART" "$REL" "$OUT" defaults dev prod
check "helm 4 renders external PostgreSQL and Redis" render "$SLIPWAY_HELM" "$OUT/external.yaml" \
  --set postgresql.enabled=false,postgresql.mode=external,redis.enabled=false,redis.mode=external \
  --set secrets.databaseUrl=postgresql+asyncpg://app:pw@pg.example.com:5432/ea,secrets.redisUrl=redis://:pw@redis.example.com:6379/0
# q FILE EXPR — EXPR over the rendered objects of FILE: `o` maps "Kind/name" to the object, `pods`
# maps "Kind/name" to the pod spec of each workload
q() {
  python3 -c "
import sys, yaml, base64
o = {d['kind'] + '/' + d['metadata']['name']: d for d in yaml.safe_load_all(open(sys.argv[1])) if d}
pods = {k: d['spec']['template']['spec'] for k, d in o.items() if d['kind'] in ('Deployment', 'StatefulSet')}
print($2)" "$OUT/$1"
}
P="prod-$v.yaml" D="dev-$v.yaml" F="defaults-$v.yaml"
VLLM="pods['Deployment/$REL-vllm']['containers'][0]['resources']"
check_eq "prod: vLLM asks for 2 nvidia.com/gpu (requests and limits)" "2 2" \
  "$(q "$P" "$VLLM['requests']['nvidia.com/gpu'], $VLLM['limits']['nvidia.com/gpu']")"
check_eq "prod: vLLM selects the GPU nodes and tolerates their taint" \
  "{'nvidia.com/gpu.present': 'true'} [[('effect', 'NoSchedule'), ('key', 'nvidia.com/gpu'), ('operator', 'Exists')]]" \
  "$(q "$P" "pods['Deployment/$REL-vllm']['nodeSelector'], [sorted(t.items()) for t in pods['Deployment/$REL-vllm']['tolerations']]")"
check_eq "prod: no other pod tolerates the GPU taint or asks for a GPU" "[]" \
  "$(q "$P" "[k for k, p in pods.items() if k != 'Deployment/$REL-vllm' and ('nvidia.com/gpu' in str(p.get('tolerations')) or 'nvidia.com/gpu' in str(p['containers']))]")"
check_eq "prod: the API's HPA scales 2–10 on CPU 70 % and memory 80 %" "2 10 cpu:70 memory:80" \
  "$(q "$P" "o['HorizontalPodAutoscaler/$REL-api']['spec']['minReplicas'], o['HorizontalPodAutoscaler/$REL-api']['spec']['maxReplicas'], *(m['resource']['name'] + ':' + str(m['resource']['target']['averageUtilization']) for m in o['HorizontalPodAutoscaler/$REL-api']['spec']['metrics'])")"
check_eq "prod: a PDB keeps 1 API pod" 1 "$(q "$P" "o['PodDisruptionBudget/$REL-api']['spec']['minAvailable']")"
check_eq "prod: NetworkPolicies for the API, the worker and the frontend; nothing enters the worker" \
  "['$REL-api', '$REL-frontend', '$REL-worker'] []" \
  "$(q "$P" "sorted(d['metadata']['name'] for d in o.values() if d['kind'] == 'NetworkPolicy'), o['NetworkPolicy/$REL-worker']['spec']['ingress']")"
check_eq "prod: the API lets in the frontend and the ingress controller's namespace" \
  "frontend ingress-nginx" \
  "$(q "$P" "o['NetworkPolicy/$REL-api']['spec']['ingress'][0]['from'][0]['podSelector']['matchLabels']['app.kubernetes.io/component'], o['NetworkPolicy/$REL-api']['spec']['ingress'][0]['from'][1]['namespaceSelector']['matchLabels']['kubernetes.io/metadata.name']")"
check_eq "prod: the API reaches PostgreSQL, Redis and LiteLLM pods" "postgresql redis litellm" \
  "$(q "$P" "*(e['to'][0]['podSelector']['matchLabels']['app.kubernetes.io/component'] for e in o['NetworkPolicy/$REL-api']['spec']['egress'] if 'to' in e)")"
check_eq "prod: no chart Secret; the pods read enterprise-agent-platform-secrets" "False {'enterprise-agent-platform-secrets'}" \
  "$(q "$P" "'Secret/$REL-secrets' in o, {e['valueFrom']['secretKeyRef']['name'] for e in pods['Deployment/$REL-api']['containers'][0]['env']}")"
check_eq "prod: the Ingress serves agents.company.com with TLS" "agents.company.com enterprise-agents-tls" \
  "$(q "$P" "o['Ingress/$REL-ingress']['spec']['rules'][0]['host'], o['Ingress/$REL-ingress']['spec']['tls'][0]['secretName']")"
none_left "the ConfigMap holds every documented variable" \
  q "$F" "' '.join(k for k in 'ENVIRONMENT DEBUG DB_ECHO_SQL LITELLM_BASE_URL LITELLM_DEFAULT_MODEL LITELLM_EMBEDDING_MODEL MODEL_ROUTING_ENABLED MODEL_LIGHT MODEL_STANDARD MODEL_HEAVY TOKEN_BUDGET_DAILY TOKEN_BUDGET_MONTHLY OIDC_ISSUER_URL OIDC_CLIENT_ID OIDC_AUDIENCE RATE_LIMIT_PER_MINUTE CHUNK_SIZE_TOKENS CHUNK_OVERLAP_TOKENS VECTOR_TOP_K EMBEDDING_DIMENSIONS BACKGROUND_WORKER_CONCURRENCY ENABLE_TELEMETRY OTLP_ENDPOINT'.split() if k not in o['ConfigMap/$REL-config']['data'])"
check_eq "defaults: the Secret holds the five variables, DATABASE_URL to the in-chart PostgreSQL" \
  "['database-url', 'dev-jwt-secret', 'litellm-api-key', 'redis-url', 'secret-key'] $REL-postgresql:5432/enterprise_agents" \
  "$(q "$F" "sorted(o['Secret/$REL-secrets']['data']), base64.b64decode(o['Secret/$REL-secrets']['data']['database-url']).decode().split('@')[1]")"
check_eq "defaults: the documented resources and replicas (API 2 via HPA, worker 2 × 4 tasks)" \
  "256Mi 250m 512Mi 500m 2 4 20Gi 5Gi" \
  "$(q "$F" "pods['Deployment/$REL-api']['containers'][0]['resources']['requests']['memory'], pods['Deployment/$REL-api']['containers'][0]['resources']['requests']['cpu'], pods['Deployment/$REL-worker']['containers'][0]['resources']['limits']['memory'], pods['Deployment/$REL-worker']['containers'][0]['resources']['limits']['cpu'], o['Deployment/$REL-worker']['spec']['replicas'], o['ConfigMap/$REL-config']['data']['BACKGROUND_WORKER_CONCURRENCY'], o['PersistentVolumeClaim/$REL-postgresql']['spec']['resources']['requests']['storage'], o['PersistentVolumeClaim/$REL-redis']['spec']['resources']['requests']['storage']")"
check_eq "defaults: PostgreSQL runs pgvector and creates the extension" "pgvector/pgvector:pg16 True" \
  "$(q "$F" "pods['StatefulSet/$REL-postgresql']['containers'][0]['image'], 'CREATE EXTENSION IF NOT EXISTS vector' in o['ConfigMap/$REL-postgresql']['data']['01-pgvector.sql']")"
check_eq "dev: debug on, Ollama instead of vLLM, no Ingress, HPA or NetworkPolicy" "true True False []" \
  "$(q "$D" "o['ConfigMap/$REL-config']['data']['DEBUG'], 'Deployment/$REL-ollama' in o, 'Deployment/$REL-vllm' in o, [k for k in o if k.split('/')[0] in ('Ingress', 'HorizontalPodAutoscaler', 'NetworkPolicy')]")"
check_eq "external: no PostgreSQL or Redis objects; the given URLs are in the Secret" \
  "[] postgresql+asyncpg://app:pw@pg.example.com:5432/ea redis://:pw@redis.example.com:6379/0" \
  "$(q external.yaml "[k for k in o if k.endswith(('-postgresql', '-redis'))], base64.b64decode(o['Secret/$REL-secrets']['data']['database-url']).decode(), base64.b64decode(o['Secret/$REL-secrets']['data']['redis-url']).decode()")"
no_line "no ClusterRole, webhook or aggregated API in any rendering" \
  '^kind: (ClusterRole|ClusterRoleBinding|MutatingWebhookConfiguration|ValidatingWebhookConfiguration|APIService)$' \
  renderings
H=("$SLIPWAY_HELM" template "$REL" "$CHART")
check_fails "prod refuses the development secrets" "secrets/secretKey" "${H[@]}" --set config.environment=prod
check_fails "prod refuses debug" "config/debug" "${H[@]}" -f "$CHART/ci/prod-values.yaml" --set config.debug=true
check_fails "an unknown environment is refused" "config/environment" "${H[@]}" --set config.environment=staging
check_fails "an external PostgreSQL needs DATABASE_URL" "secrets/databaseUrl" "${H[@]}" \
  --set postgresql.enabled=false,postgresql.mode=external
check_fails "mode and enabled must agree" "postgresql/enabled" "${H[@]}" --set postgresql.mode=external
check_fails "vLLM needs at least one GPU" "vllm/gpuCount" "${H[@]}" --set vllm.enabled=true,vllm.gpuCount=0
check_fails "an external Secret needs a name" "externalSecretName" "${H[@]}" \
  --set secrets.useExternalSecret=true,secrets.externalSecretName=

# --- the cycle through slipway-cli
make_ns
trap 'rm -rf "$OUT"; cleanup_ns' EXIT
cli() { "$CLI" --helm "$SLIPWAY_HELM" --namespace "$NS" "$@"; }
answers() { put "$OUT/$1" "environment: prod" "fields:" "  gpu: {enabled: true, count: $2}" "  workerConcurrency: $3"; }
answers a1.yaml 2 4
answers a2.yaml 3 8
answers a-five.yaml 5 4
answers a-nine.yaml 9 4
step "create the platform's Secret (as the document's production install does)" \
  "${K[@]}" -n "$NS" create secret generic enterprise-agent-platform-secrets \
  --from-literal=secret-key=e2e-secret-key --from-literal=dev-jwt-secret=e2e-jwt-secret \
  --from-literal=litellm-api-key=sk-e2e --from-literal=database-url="postgresql+asyncpg://app:pw@$REL-postgresql:5432/enterprise_agents" \
  --from-literal=redis-url="redis://:pw@$REL-redis:6379/0"
records() { "${K[@]}" -n "$NS" get secret -l owner=helm -o name; }
check_fails "slipway-cli refuses 9 GPUs (the descriptor allows 8)" "gpu: vLLM on GPUs: must be at most 8" \
  cli install --product enterprise-agent-platform --answers "$OUT/a-nine.yaml"
none_left "…before helm ran: no release record" records

START=$SECONDS
check "install the Production preset from answers (--wait)" \
  cli install --product enterprise-agent-platform --answers "$OUT/a1.yaml" --timeout 240s
echo "#     (took $((SECONDS - START)) s)"
# not_ready — the workloads of the release that are not Ready; all_ready — none is (for wait_for:
# the HPA may add an API replica just after helm's wait)
not_ready() {
  "${K[@]}" -n "$NS" get deploy,sts -l app.kubernetes.io/instance=$REL -o json |
    json '" ".join(i["kind"] + "/" + i["metadata"]["name"] for i in d["items"] if i["status"].get("readyReplicas", 0) < i["spec"]["replicas"]) if d["items"] else "none"'
}
all_ready() { local left; left=$(not_ready) && [ -z "$left" ] || { echo "not ready: $left" >&2; return 1; }; }
wait_for "every workload is Ready" 30 all_ready
check_eq "the workloads" \
  "$REL-api $REL-frontend $REL-litellm $REL-postgresql $REL-redis $REL-vllm $REL-worker" \
  "$("${K[@]}" -n "$NS" get deploy,sts -l app.kubernetes.io/instance=$REL -o json | json '" ".join(sorted(i["metadata"]["name"] for i in d["items"]))')"
check_eq "PostgreSQL's and Redis's volumes are bound" "Bound Bound" \
  "$("${K[@]}" -n "$NS" get pvc $REL-postgresql $REL-redis -o jsonpath='{.items[*].status.phase}')"
capture NODES "read each pod's node" nodes
check "the vLLM pod runs on gpu-node-0" grep -q "vllm=gpu-node-0" <<<"$NODES"
# others_on_gpu_node — the pods on gpu-node-0 but vLLM's; fails when the pods cannot be read
others_on_gpu_node() { local n; n=$(pod_nodes) || return 1; grep gpu-node-0 <<<"$n" | grep -v '^vllm='; true; }
none_left "no other pod runs on gpu-node-0" others_on_gpu_node
no_line "…and every other pod is scheduled" '=-$' pod_nodes
gpus() {
  "${K[@]}" -n "$NS" get deploy $REL-vllm -o jsonpath='{.spec.template.spec.containers[0].resources.requests.nvidia\.com/gpu} {.spec.template.spec.containers[0].resources.limits.nvidia\.com/gpu}'
}
check_eq "vLLM holds 2 GPUs (requests and limits)" "2 2" "$(gpus)"
concurrency() { "${K[@]}" -n "$NS" get configmap $REL-config -o jsonpath='{.data.BACKGROUND_WORKER_CONCURRENCY}'; }
check_eq "the worker runs 4 tasks" 4 "$(concurrency)"
check_eq "the pods read the existing Secret" enterprise-agent-platform-secrets \
  "$("${K[@]}" -n "$NS" get deploy $REL-api -o jsonpath='{.spec.template.spec.containers[0].env[0].valueFrom.secretKeyRef.name}')"
none_left "…and the chart made none" "${K[@]}" -n "$NS" get secret $REL-secrets --ignore-not-found -o name
check_eq "HPA, PDB, three NetworkPolicies and the Ingress exist" "1 1 3 1" \
  "$(for k in hpa pdb networkpolicy ingress; do "${K[@]}" -n "$NS" get "$k" -l app.kubernetes.io/instance=$REL -o name | wc -l; done | tr '\n' ' ' | sed 's/ $//')"

check "upgrade: 3 GPUs, 8 tasks per worker" \
  cli upgrade --product enterprise-agent-platform --answers "$OUT/a2.yaml" --timeout 240s
check_eq "vLLM holds 3 GPUs" "3 3" "$(gpus)"
check_eq "the worker runs 8 tasks" 8 "$(concurrency)"
wait_for "every workload is Ready after the upgrade" 30 all_ready
check "the new vLLM pod runs on gpu-node-0" grep -q "vllm=gpu-node-0" <<<"$(nodes)"

check "rollback to revision 1" cli rollback --product enterprise-agent-platform --to 1 --timeout 240s
check_eq "vLLM holds 2 GPUs again" "2 2" "$(gpus)"
check_eq "the worker runs 4 tasks again" 4 "$(concurrency)"
wait_for "every workload is Ready after the rollback" 30 all_ready
status() { cli status --product enterprise-agent-platform -o json | json 'str(d["revision"]) + " " + d["status"]'; }
check_eq "revision 3 deployed" "3 deployed" "$(status)"

# 5 GPUs pass the descriptor (at most 8) but no node has them: preflight says so before helm runs,
# and nothing changes.
OUT5=$(cli upgrade --product enterprise-agent-platform --answers "$OUT/a-five.yaml" --timeout 30s 2>&1); RC=$?
check_eq "5 GPUs (gpu-node-0 has 4): preflight refuses the upgrade (exit 10)" 10 "$RC"
check "…its GPU check says the largest node has 4" grep -q "asks 5 nvidia.com/gpu; the largest node has 4" <<<"$OUT5"
check_eq "…and nothing changed: revision 3 deployed" "3 deployed" "$(status)"
# With the GPU check overridden, helm waits, fails and rolls back.
OUT5=$(cli upgrade --product enterprise-agent-platform --answers "$OUT/a-five.yaml" --ignore-preflight=gpu --timeout 30s 2>&1); RC=$?
check_eq "…overridden (--ignore-preflight=gpu): the upgrade fails and is rolled back (exit 5)" 5 "$RC"
check "…naming the vLLM pod that cannot be scheduled" grep -qE "$REL-vllm-[a-z0-9]+-[a-z0-9]+" <<<"$OUT5"
check_eq "revision 5 (the rollback of 4) deployed, with 2 GPUs" "5 deployed 2 2" "$(status) $(gpus)"

check "uninstall" cli uninstall --product enterprise-agent-platform --timeout 120s
none_left "nothing of the release is left" "${K[@]}" -n "$NS" get \
  deploy,sts,svc,configmap,secret,pvc,serviceaccount,hpa,pdb,networkpolicy,ingress -l app.kubernetes.io/instance=$REL -o name
none_left "no release records left" records
check "the platform's own Secret stays" "${K[@]}" -n "$NS" get secret enterprise-agent-platform-secrets
finish
