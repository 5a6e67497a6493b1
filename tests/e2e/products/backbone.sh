#!/usr/bin/env bash
# The Backbone chart: lint --strict and render with helm 4 and helm 3 (chart defaults and the ci/
# examples), every object labelled, every pod restricted, the probes and /data volume following
# the values, the schema's refusals; then slipway-cli installs it from an answers file (SQLite on a
# volume) into a namespace of its own, the broker becomes Ready, an upgrade turns the API on (HTTP
# probes, the generated admin token kept), a rollback turns it off again and the uninstall leaves
# nothing but what was asked to stay.
. "$(dirname "$0")/../lib.sh"
CHART="${SLIPWAY_CHARTS:-$E2E_HERE/../../charts}/backbone"
CLI="${SLIPWAY_BIN_DIR:?}/slipway-cli"
capture OUT "make a work folder" mktemp -d
trap 'rm -rf "$OUT"' EXIT
export XDG_DATA_HOME="$OUT/data" SLIPWAY_AUDIT_JOURNAL="$OUT/data/audit.jsonl"

# render HELM FILE [ARGS…] — helm template of the chart into FILE
render() { local helm=$1 file=$2; shift 2; "$helm" template backbone "$CHART" "$@" >"$file"; }

# --- lint and render
lint_and_render "$CHART" backbone "$OUT" defaults production postgres
# q FILE EXPR — EXPR over the rendered objects of FILE: `o` maps "Kind/name" to the object
q() { python3 -c "import sys,yaml; o={d['kind']+'/'+d['metadata']['name']: d for d in yaml.safe_load_all(open(sys.argv[1])) if d}; print($2)" "$OUT/$1"; }
C="o['Deployment/backbone']['spec']['template']['spec']['containers'][0]"
check_eq "defaults: probes are TCP checks on the HTTP port (API and TCP listener off)" "http http" \
  "$(q "defaults-$v.yaml" "$C['livenessProbe']['tcpSocket']['port'], $C['readinessProbe']['tcpSocket']['port']")"
check_eq "production: probes are GET /health on the HTTP port (API on)" "/health http /health" \
  "$(q "production-$v.yaml" "$C['livenessProbe']['httpGet']['path'], $C['livenessProbe']['httpGet']['port'], $C['readinessProbe']['httpGet']['path']")"
check_eq "defaults: /data is an emptyDir and there is no PVC" "True []" \
  "$(q "defaults-$v.yaml" "'emptyDir' in o['Deployment/backbone']['spec']['template']['spec']['volumes'][0], [k for k in o if k.startswith('PersistentVolumeClaim')]")"
check_eq "production: /data is the 5Gi PVC" "backbone-data 5Gi" \
  "$(q "production-$v.yaml" "o['Deployment/backbone']['spec']['template']['spec']['volumes'][0]['persistentVolumeClaim']['claimName'], o['PersistentVolumeClaim/backbone-data']['spec']['resources']['requests']['storage']")"
check_eq "defaults: the documented environment (ports, K8S on, listeners off, SQLite)" \
  "8883 1883 true false false false sqlite /data/backbone.db false false" \
  "$(q "defaults-$v.yaml" "*(o['ConfigMap/backbone']['data'][k] for k in ('HTTP_PORT','TCP_PORT','K8S_ENABLED','WS_ENABLED','API_ENABLED','TCP_ENABLED','STORAGE_TYPE','SQLITE_PATH','OIDC_ENABLED','REDIS_ENABLED'))")"
check_eq "production: OIDC and Redis settings reach the ConfigMap" "groups mqtt-admins redis.cache.svc 6379 0" \
  "$(q "production-$v.yaml" "*(o['ConfigMap/backbone']['data'][k] for k in ('OIDC_GROUP_FIELD','OIDC_ADMIN_GROUP','REDIS_HOST','REDIS_PORT','REDIS_DB'))")"
check_eq "postgres: DATABASE_URL comes from the Secret, no SQLITE_PATH" "DATABASE_URL False" \
  "$(q "postgres-$v.yaml" "[e['name'] for e in $C['env'] if 'secretKeyRef' in e.get('valueFrom',{}) and e['valueFrom']['secretKeyRef']['key']=='DATABASE_URL'][0], 'SQLITE_PATH' in o['ConfigMap/backbone']['data']")"
check_eq "the pod runs as UID 1000 with fsGroup 1000, under its own ServiceAccount" "1000 1000 backbone" \
  "$(q "defaults-$v.yaml" "o['Deployment/backbone']['spec']['template']['spec']['securityContext']['runAsUser'], o['Deployment/backbone']['spec']['template']['spec']['securityContext']['fsGroup'], o['ServiceAccount/backbone']['metadata']['name']")"
check_eq "a generated admin token is 32 characters" 32 \
  "$(q "defaults-$v.yaml" "len(__import__('base64').b64decode(o['Secret/backbone']['data']['ADMIN_TOKEN']))")"
no_line "no ClusterRole, webhook or aggregated API in any rendering" \
  '^kind: (ClusterRole|ClusterRoleBinding|MutatingWebhookConfiguration|ValidatingWebhookConfiguration|APIService)$' \
  renderings
check_fails "the schema refuses an unknown storage type" "storage/type" \
  "$SLIPWAY_HELM" template backbone "$CHART" --set storage.type=mysql
check_fails "the schema refuses PostgreSQL without a URL" "postgres/url" \
  "$SLIPWAY_HELM" template backbone "$CHART" --set storage.type=postgres
check_fails "the schema refuses OIDC without a discovery URL" "oidc/discovery" \
  "$SLIPWAY_HELM" template backbone "$CHART" --set oidc.enabled=true --set oidc.clientId=x
check_fails "the schema refuses a second replica" "replicaCount" \
  "$SLIPWAY_HELM" template backbone "$CHART" --set replicaCount=2
check_fails "the schema refuses running as root" "runAsNonRoot" \
  "$SLIPWAY_HELM" template backbone "$CHART" --set securityContext.runAsNonRoot=false
check_fails "the schema refuses a port out of range" "httpPort" \
  "$SLIPWAY_HELM" template backbone "$CHART" --set config.httpPort=70000

# --- the cycle through slipway-cli
make_ns
trap 'rm -rf "$OUT"; cleanup_ns' EXIT
cli() { "$CLI" --helm "$SLIPWAY_HELM" --namespace "$NS" "$@"; }
put "$OUT/a1.yaml" "fields:" "  storage: sqlite" "  persistence: true" "  volumeSize: 2Gi" "  tcp: true" \
  "  redis: true" "  redisHost: redis.cache.svc"
put "$OUT/a2.yaml" "fields:" "  storage: sqlite" "  persistence: true" "  volumeSize: 2Gi" "  tcp: true" \
  "  redis: true" "  redisHost: redis.cache.svc" "  api: true"
put "$OUT/a-nourl.yaml" "fields:" "  storage: postgres"
put "$OUT/a-badport.yaml" "fields:" "  tcp: true" "  tcpPort: 0"
records() { "${K[@]}" -n "$NS" get secret -l owner=helm -o name; }
check_fails "slipway-cli refuses PostgreSQL without its URL" "postgresUrl: Connection URL is required" \
  cli install --product backbone --answers "$OUT/a-nourl.yaml"
check_fails "slipway-cli refuses port 0" "tcpPort: MQTT TCP port: must be at least 1" \
  cli install --product backbone --answers "$OUT/a-badport.yaml"
none_left "…before helm ran: no release record" records
check "install from answers (--wait)" cli install --product backbone --answers "$OUT/a1.yaml" --timeout 180s
ready() { "${K[@]}" -n "$NS" get deploy backbone -o jsonpath='{.status.readyReplicas}'; }
check_eq "the broker is Ready" 1 "$(ready)"
check_eq "/data's volume is bound, 2Gi" "Bound 2Gi" \
  "$("${K[@]}" -n "$NS" get pvc backbone-data -o jsonpath='{.status.phase} {.spec.resources.requests.storage}')"
probe() { "${K[@]}" -n "$NS" get deploy backbone -o jsonpath='{.spec.template.spec.containers[0].readinessProbe}' | json '" ".join(k + ":" + str(v["port"]) for k, v in d.items() if isinstance(v, dict))'; }
check_eq "readiness is a TCP check on the MQTT port (TCP listener on, API off)" "tcpSocket:mqtt" "$(probe)"
check_eq "Redis settings reach the ConfigMap" "true redis.cache.svc" \
  "$("${K[@]}" -n "$NS" get configmap backbone -o jsonpath='{.data.REDIS_ENABLED} {.data.REDIS_HOST}')"
token() { "${K[@]}" -n "$NS" get secret backbone -o jsonpath='{.data.ADMIN_TOKEN}' | base64 -d; }
TOKEN=$(token)
check_eq "an admin token was generated (32 characters)" 32 "${#TOKEN}"
check "the ServiceAccount exists" "${K[@]}" -n "$NS" get serviceaccount backbone

check "upgrade: the API on" cli upgrade --product backbone --answers "$OUT/a2.yaml" --timeout 180s
check_eq "readiness is GET /health on the HTTP port" "httpGet:http" "$(probe)"
check_eq "API_ENABLED is true" true "$("${K[@]}" -n "$NS" get configmap backbone -o jsonpath='{.data.API_ENABLED}')"
check_eq "the generated admin token is kept" "$TOKEN" "$(token)"
check_eq "the broker is Ready after the upgrade" 1 "$(ready)"
check "rollback to revision 1" cli rollback --product backbone --to 1 --timeout 180s
check_eq "readiness is a TCP check again" "tcpSocket:mqtt" "$(probe)"
check_eq "the admin token survives the rollback" "$TOKEN" "$(token)"
check_eq "revision 3 deployed" "3 deployed" \
  "$(cli status --product backbone -o json | json 'str(d["revision"]) + " " + d["status"]')"
check "uninstall" cli uninstall --product backbone --timeout 120s
none_left "nothing of the release is left" "${K[@]}" -n "$NS" \
  get deploy,svc,configmap,secret,pvc,serviceaccount,ingress -l app.kubernetes.io/instance=backbone -o name
none_left "no release records left" records
finish
