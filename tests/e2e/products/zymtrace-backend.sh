#!/usr/bin/env bash
# The zymtrace backend chart: lint --strict and render with helm 4 and helm 3 (chart defaults and
# the product document's examples), every object labelled, every pod under the restricted Pod
# Security Standard, no ClusterRole; the schema and the chart refuse what the modes cannot use.
# Then slipway-cli installs one release per database mode combination that matters, each from an
# answers file into a namespace of its own (all at once): all in the cluster; all existing (S3);
# PostgreSQL on Aurora with IAM (and a name prefix); PostgreSQL on Cloud SQL through the proxy.
# The objects match the mode, the connection settings reach the services, every workload is
# Ready; then the all-in-cluster release is upgraded, rolled back and uninstalled.
. "$(dirname "$0")/../lib.sh"
CHARTS=${SLIPWAY_CHARTS:-$E2E_HERE/../../charts}
CHART="$CHARTS/zymtrace-backend"
CLI="${SLIPWAY_BIN_DIR:?}/slipway-cli"
export SLIPWAY_CHARTS=$CHARTS
capture WORK "make a work folder" mktemp -d
export XDG_DATA_HOME="$WORK/data" SLIPWAY_AUDIT_JOURNAL="$WORK/data/audit.jsonl"
OUT="$WORK/rendered"
step "make the folder for the rendered manifests" mkdir -p "$OUT"
trap 'rm -rf "$WORK"' EXIT

# --- lint and render, both helms
lint_and_render "$CHART" zymtrace "$OUT" defaults ingress external-databases cloudsql s3 gcs ai-assistant hpa
no_line "no ClusterRole or ClusterRoleBinding in any rendering" '^kind: Cluster(Role|RoleBinding)$' \
  cat "$OUT"/*.yaml
# kinds FILE — the kind/name of every object rendered into FILE, sorted, on one line
kinds() { python3 -c 'import sys,yaml; print(*sorted(d["kind"]+"/"+d["metadata"]["name"] for d in yaml.safe_load_all(open(sys.argv[1])) if d))' "$1"; }
# rendered FILE KIND NAME EXPR — EXPR of that object (`o`) in FILE
rendered() {
  python3 - "$@" <<'PY'
import sys, yaml
f, kind, name, expr = sys.argv[1:5]
o = next(d for d in yaml.safe_load_all(open(f)) if d and d["kind"] == kind and d["metadata"]["name"] == name)
print(eval(expr))
PY
}
check_eq "the ingress example: the gateway Ingress with the document's TLS" \
  "zymtrace.company.com zymtrace-tls zymtrace-gateway" \
  "$(rendered "$OUT/ingress-$v.yaml" Ingress zymtrace-gateway 'o["spec"]["rules"][0]["host"] + " " + o["spec"]["tls"][0]["secretName"] + " " + o["spec"]["rules"][0]["http"]["paths"][0]["backend"]["service"]["name"]')"
check_eq "the hpa example: an HPA per service, the gateway's own limits over the common ones" \
  "HorizontalPodAutoscaler/zymtrace-gateway:2-8 HorizontalPodAutoscaler/zymtrace-identity:1-10 HorizontalPodAutoscaler/zymtrace-ingest:1-10 HorizontalPodAutoscaler/zymtrace-symdb:1-10 HorizontalPodAutoscaler/zymtrace-ui:1-10 HorizontalPodAutoscaler/zymtrace-web:1-10" \
  "$(python3 -c 'import sys,yaml; print(*sorted(d["kind"]+"/"+d["metadata"]["name"]+":"+str(d["spec"]["minReplicas"])+"-"+str(d["spec"]["maxReplicas"]) for d in yaml.safe_load_all(open(sys.argv[1])) if d and d["kind"]=="HorizontalPodAutoscaler"))' "$OUT/hpa-$v.yaml")"
check_eq "…their Deployments leave the replicas to the HPA, and no NetworkPolicy (turned off)" "None []" \
  "$(python3 -c 'import sys,yaml; ds=[d for d in yaml.safe_load_all(open(sys.argv[1])) if d]; print(next(d for d in ds if d["kind"]=="Deployment")["spec"].get("replicas"), [d for d in ds if d["kind"]=="NetworkPolicy"])' "$OUT/hpa-$v.yaml")"
check_eq "the AI assistant example: the web service gets the provider keys from a Secret" \
  "ai-assistant anthropic claude-sonnet" \
  "$(rendered "$OUT/ai-assistant-$v.yaml" Deployment zymtrace-web '[e for e in o["spec"]["template"]["spec"]["containers"][0]["env"] if e["name"]=="AI_ASSISTANT_ANTHROPIC_API_KEY"][0]["valueFrom"]["secretKeyRef"]["name"].split("-",1)[1]') $(rendered "$OUT/ai-assistant-$v.yaml" ConfigMap zymtrace-config 'o["data"]["AI_ASSISTANT_DEFAULT_PROVIDER"] + " " + o["data"]["AI_ASSISTANT_DEFAULT_MODEL"]')"

# --- what the schema and the chart refuse
H=("$SLIPWAY_HELM" template zymtrace "$CHART")
check_fails "an unknown postgres.mode is refused by the schema" "postgres/mode" "${H[@]}" --set postgres.mode=mysql
check_fails "clickhouse use_existing without a host is refused" "clickhouse/use_existing" "${H[@]}" --set clickhouse.mode=use_existing
check_fails "a ClickHouse host without protocol and port is refused" "use_existing/host" \
  "${H[@]}" --set clickhouse.mode=use_existing --set clickhouse.use_existing.host=clickhouse.example.com
check_fails "aws_aurora without host and user is refused" "use_existing/(host|user)" "${H[@]}" --set postgres.mode=aws_aurora
check_fails "a Cloud SQL instance that is not PROJECT:REGION:INSTANCE is refused" "gcp_cloudsql/instance" \
  "${H[@]}" --set postgres.mode=gcp_cloudsql --set postgres.gcp_cloudsql.instance=zymtrace-pg --set postgres.gcp_cloudsql.user=u
check_fails "an unknown storage type is refused" "use_existing/type" \
  "${H[@]}" --set storage.mode=use_existing --set storage.use_existing.type=azure
check_fails "S3 without a region is refused" "s3.region is required" \
  "${H[@]}" --set storage.mode=use_existing --set storage.use_existing.type=s3
check_fails "basic auth without a password is refused" "auth.basic.username and auth.basic.password" \
  "${H[@]}" --set auth.type=basic --set auth.basic.username=admin
check_fails "an unknown auth type is refused" "auth/type" "${H[@]}" --set auth.type=ldap
check_fails "a short MinIO secret key is refused" "create/config/password" "${H[@]}" --set storage.create.config.password=short
check_fails "an unknown AI provider is refused" "defaultProvider" "${H[@]}" --set aiAssistant.defaultProvider=mistral

# --- answers files: the four combinations
LICENSE="zt-license-$$-$(date +%s)"
put "$WORK/create.yaml" "fields:" "  licenseKey: $LICENSE"
put "$WORK/existing.yaml" "fields:" "  licenseKey: $LICENSE" \
  "  clickhouse: use_existing" "  chHost: https://clickhouse.example.com:8443" "  chUser: zt-ch" "  chPassword: ch-password-$$" \
  "  postgres: use_existing" "  pgHost: postgres.example.com:5432" "  pgUser: zt-pg" "  pgPassword: pg-password-$$" "  pgSecure: true" \
  "  storage: use_existing" "  storageType: s3" "  s3Region: us-west-2" "  s3AccessKey: AKIAEXAMPLE" "  s3SecretKey: s3-secret-$$"
put "$WORK/aurora.yaml" "fields:" "  licenseKey: $LICENSE" "  namePrefix: zt" \
  "  postgres: aws_aurora" "  auroraHost: zymtrace.cluster-abc.us-east-1.rds.amazonaws.com:5432" \
  "  auroraUser: zt_iam" "  auroraRegion: us-east-1"
put "$WORK/cloudsql.yaml" "fields:" "  licenseKey: $LICENSE" \
  "  postgres: gcp_cloudsql" "  sqlInstance: my-project:us-central1:zymtrace-pg" "  sqlUser: zt-db@my-project.iam" \
  "  sqlServiceAccount: zymtrace-cloudsql-sa" "  sqlGcpServiceAccount: zt-db@my-project.iam.gserviceaccount.com"
put "$WORK/create-2.yaml" "size: large" "fields:" "  licenseKey: $LICENSE" "  dataRetentionDays: 7"

put "$WORK/bad.yaml" "fields:" "  licenseKey: $LICENSE" "  clickhouse: use_existing" \
  "  chHost: https://clickhouse.example.com" "  chUser: zt-ch" "  postgres: aws_aurora" "  auroraHost: db.example.com:5432" "  auroraUser: zt_iam"
# the descriptor's validations refuse before helm runs (exit 4), each at its field
BAD=$("$CLI" --helm "$SLIPWAY_HELM" --namespace "e2e-zymtrace-never-$$" install --product zymtrace-backend --answers "$WORK/bad.yaml" 2>&1); RC=$?
check_eq "answers without ClickHouse's port and Aurora's region are refused (exit 4)" 4 "$RC"
names_both() { grep -q "chHost: .*protocol and port" <<<"$BAD" && grep -q "auroraRegion: AWS region is required" <<<"$BAD"; }
check "…naming both fields" names_both

# --- install the four at once, one namespace each
COMBOS=(create existing aurora cloudsql)
declare -A NSOF
for c in "${COMBOS[@]}"; do NSOF[$c]="e2e-zymtrace-$c-$$"; done
cleanup_all() { for c in "${COMBOS[@]}"; do kubectl delete namespace "${NSOF[$c]}" --wait=false >/dev/null 2>&1; done; rm -rf "$WORK"; }
trap cleanup_all EXIT
for c in "${COMBOS[@]}"; do step "create namespace ${NSOF[$c]}" "${K[@]}" create namespace "${NSOF[$c]}"; done
for c in "${COMBOS[@]}"; do
  eventually 30 "${K[@]}" -n "${NSOF[$c]}" get serviceaccount default ||
    step "the default ServiceAccount of ${NSOF[$c]} exists" "${K[@]}" -n "${NSOF[$c]}" get serviceaccount default
done
cli() { local ns=$1; shift; "$CLI" --helm "$SLIPWAY_HELM" --namespace "$ns" "$@"; }
START=$SECONDS
declare -A PIDS
for c in "${COMBOS[@]}"; do
  cli "${NSOF[$c]}" install --product zymtrace-backend --answers "$WORK/$c.yaml" --timeout 240s >"$WORK/install-$c.out" 2>&1 &
  PIDS[$c]=$!
done
for c in "${COMBOS[@]}"; do
  wait "${PIDS[$c]}"; RC=$?
  check_eq "install $c through slipway-cli (helm --wait) exits 0" 0 "$RC"
  ((RC == 0)) || sed 's/^/      /' "$WORK/install-$c.out" | tail -n 8
done
echo "# the four installs took $((SECONDS - START)) s"

# kc COMBO ARGS… — kubectl in that combination's namespace
kc() { local ns=${NSOF[$1]}; shift; "${K[@]}" -n "$ns" "$@"; }
# workloads COMBO — kind/name of the release's Deployments and StatefulSets, sorted, on one line
workloads() { kc "$1" get deploy,statefulset -l app.kubernetes.io/instance=zymtrace -o name | sort | tr '\n' ' ' | sed 's/ $//'; }
# unready COMBO — the release's workloads whose ready replicas are not their replicas
unready() {
  kc "$1" get deploy,statefulset -l app.kubernetes.io/instance=zymtrace -o json |
    json '"\n".join(i["kind"] + "/" + i["metadata"]["name"] for i in d["items"] if i["status"].get("readyReplicas", 0) != i["spec"]["replicas"])'
}
cm() { kc "$1" get configmap "$2" -o jsonpath="{.data.$3}"; }
secret() { kc "$1" get secret "$2" -o jsonpath="{.data.$3}" | base64 -d; }
# envsource COMBO DEPLOY VAR — where a container's VAR comes from: "secret/key" or its value
envsource() {
  kc "$1" get deploy "$2" -o json | json "next(((e['valueFrom']['secretKeyRef']['name'] + '/' + e['valueFrom']['secretKeyRef']['key']) if 'valueFrom' in e else e['value'] for e in d['spec']['template']['spec']['containers'][0]['env'] if e['name'] == '$3'), 'none')"
}
envfrom() { kc "$1" get deploy "$2" -o jsonpath='{.spec.template.spec.containers[0].envFrom[0].configMapRef.name}'; }
pvcs() { kc "$1" get pvc -o name | sort | tr '\n' ' ' | sed 's/ $//'; }
APPS="deployment.apps/%s-gateway deployment.apps/%s-identity deployment.apps/%s-ingest deployment.apps/%s-symdb deployment.apps/%s-ui deployment.apps/%s-web"
apps() { printf "$APPS" "$1" "$1" "$1" "$1" "$1" "$1"; }

for c in "${COMBOS[@]}"; do
  none_left "$c: every Deployment and StatefulSet is Ready" unready "$c"
done
migrated() { [ "$(for c in "${COMBOS[@]}"; do p=zymtrace; [ "$c" = aurora ] && p=zt; kc "$c" get job "$p-migrate-1" -o jsonpath='{.status.succeeded}'; echo; done | tr '\n' ' ')" = "1 1 1 1 " ]; }
wait_for "the migrate Job of each install completed" 60 migrated

# (1) everything in the cluster
check_eq "create: the services and the three database StatefulSets" \
  "$(apps zymtrace) statefulset.apps/zymtrace-clickhouse statefulset.apps/zymtrace-minio statefulset.apps/zymtrace-postgres" \
  "$(workloads create)"
check_eq "create: a bound volume for each database" "Bound Bound Bound" \
  "$(kc create get pvc data-zymtrace-clickhouse-0 data-zymtrace-postgres-0 data-zymtrace-minio-0 -o jsonpath='{.items[*].status.phase}')"
check_eq "create: the services reach the in-cluster databases" \
  "http://zymtrace-clickhouse:8123 zymtrace-postgres:5432 password minio http://zymtrace-minio:9000" \
  "$(cm create zymtrace-config CLICKHOUSE_URL) $(cm create zymtrace-config POSTGRES_HOST) $(cm create zymtrace-config POSTGRES_AUTH) $(cm create zymtrace-config STORAGE_TYPE) $(cm create zymtrace-config STORAGE_ENDPOINT)"
capture PGPASS "read the generated PostgreSQL password" secret create zymtrace-postgres password
check "create: the PostgreSQL password was generated (32 characters)" test "${#PGPASS}" -eq 32
check_eq "create: PostgreSQL and identity read the same password Secret" "zymtrace-postgres/password zymtrace-postgres/password" \
  "$(kc create get statefulset zymtrace-postgres -o json | json "next(e['valueFrom']['secretKeyRef']['name'] + '/' + e['valueFrom']['secretKeyRef']['key'] for e in d['spec']['template']['spec']['containers'][0]['env'] if e['name'] == 'POSTGRES_PASSWORD')") $(envsource create zymtrace-identity POSTGRES_PASSWORD)"
check_eq "create: ingest reads ClickHouse's credentials, and the connection ConfigMap" "zymtrace-clickhouse/password zymtrace-config" \
  "$(envsource create zymtrace-ingest CLICKHOUSE_PASSWORD) $(envfrom create zymtrace-ingest)"
check_eq "create: NetworkPolicies admit PostgreSQL from migrate, identity, symdb and ClickHouse from ingest, web, migrate" \
  "clickhouse:ingest,web,migrate postgres:migrate,identity,symdb" \
  "$(kc create get networkpolicy -o json | json '" ".join(sorted(i["metadata"]["labels"]["app.kubernetes.io/component"] + ":" + ",".join(x for e in i["spec"]["ingress"][0]["from"][0]["podSelector"]["matchExpressions"] if e["key"].endswith("component") for x in e["values"]) for i in d["items"]))')"
check_eq "create: the license key is in its Secret" "$LICENSE" "$(secret create zymtrace-license LICENSE_KEY)"

# (2) everything outside
check_eq "existing: the services only, no database" "$(apps zymtrace)" "$(workloads existing)"
none_left "existing: no volume claim" pvcs existing
none_left "existing: no NetworkPolicy (no database to guard)" kc existing get networkpolicy -o name
check_eq "existing: ClickHouse, PostgreSQL and S3 settings reach the ConfigMap" \
  "https://clickhouse.example.com:8443 postgres.example.com:5432 password true s3 us-west-2" \
  "$(cm existing zymtrace-config CLICKHOUSE_URL) $(cm existing zymtrace-config POSTGRES_HOST) $(cm existing zymtrace-config POSTGRES_AUTH) $(cm existing zymtrace-config POSTGRES_SECURE) $(cm existing zymtrace-config STORAGE_TYPE) $(cm existing zymtrace-config STORAGE_REGION)"
check_eq "existing: the answered credentials are in the Secrets" "zt-ch ch-password-$$ zt-pg pg-password-$$ AKIAEXAMPLE s3-secret-$$" \
  "$(secret existing zymtrace-clickhouse user) $(secret existing zymtrace-clickhouse password) $(secret existing zymtrace-postgres user) $(secret existing zymtrace-postgres password) $(secret existing zymtrace-storage accessKey) $(secret existing zymtrace-storage secretKey)"
check_eq "existing: symdb reads the storage keys, web gets no PostgreSQL password" "zymtrace-storage/secretKey none" \
  "$(envsource existing zymtrace-symdb STORAGE_SECRET_KEY) $(envsource existing zymtrace-web POSTGRES_PASSWORD)"

# (3) PostgreSQL on Aurora with IAM, the others in the cluster, prefix zt
check_eq "aurora: no PostgreSQL in the cluster, ClickHouse and MinIO are" \
  "$(apps zt) statefulset.apps/zt-clickhouse statefulset.apps/zt-minio" "$(workloads aurora)"
check_eq "aurora: only ClickHouse's and MinIO's volumes" "persistentvolumeclaim/data-zt-clickhouse-0 persistentvolumeclaim/data-zt-minio-0" "$(pvcs aurora)"
check_eq "aurora: IAM authentication over TLS in us-east-1 reaches the ConfigMap" \
  "zymtrace.cluster-abc.us-east-1.rds.amazonaws.com:5432 aws_iam true us-east-1" \
  "$(cm aurora zt-config POSTGRES_HOST) $(cm aurora zt-config POSTGRES_AUTH) $(cm aurora zt-config POSTGRES_SECURE) $(cm aurora zt-config POSTGRES_AWS_REGION)"
check_eq "aurora: the IAM user and no password" "zt_iam:" "$(secret aurora zt-postgres user):$(secret aurora zt-postgres password)"
check_eq "aurora: identity reads them" "zt-postgres/user zt-config" "$(envsource aurora zt-identity POSTGRES_USER) $(envfrom aurora zt-identity)"

# (4) PostgreSQL on Cloud SQL through the proxy
check_eq "cloudsql: the Cloud SQL proxy Deployment, no PostgreSQL StatefulSet" \
  "deployment.apps/zymtrace-cloudsql-proxy $(apps zymtrace) statefulset.apps/zymtrace-clickhouse statefulset.apps/zymtrace-minio" "$(workloads cloudsql)"
check_eq "cloudsql: the proxy runs as the Workload Identity ServiceAccount for the instance" \
  "zymtrace-cloudsql-sa my-project:us-central1:zymtrace-pg" \
  "$(kc cloudsql get deploy zymtrace-cloudsql-proxy -o json | json 'd["spec"]["template"]["spec"]["serviceAccountName"] + " " + d["spec"]["template"]["spec"]["containers"][0]["args"][-1]')"
check_eq "cloudsql: the ServiceAccount is bound to the Google service account" "zt-db@my-project.iam.gserviceaccount.com" \
  "$(kc cloudsql get serviceaccount zymtrace-cloudsql-sa -o jsonpath='{.metadata.annotations.iam\.gke\.io/gcp-service-account}')"
check_eq "cloudsql: the services reach PostgreSQL through the proxy as the IAM user" \
  "zymtrace-cloudsql-proxy:5432 gcp_iam zt-db@my-project.iam" \
  "$(cm cloudsql zymtrace-config POSTGRES_HOST) $(cm cloudsql zymtrace-config POSTGRES_AUTH) $(secret cloudsql zymtrace-postgres user)"
check_eq "cloudsql: only the proxy's clients reach it" "migrate,identity,symdb" \
  "$(kc cloudsql get networkpolicy zymtrace-cloudsql-proxy -o json | json '",".join(x for e in d["spec"]["ingress"][0]["from"][0]["podSelector"]["matchExpressions"] if e["key"].endswith("component") for x in e["values"])')"
check_eq "cloudsql: no PostgreSQL volume" "persistentvolumeclaim/data-zymtrace-clickhouse-0 persistentvolumeclaim/data-zymtrace-minio-0" "$(pvcs cloudsql)"

# the three other namespaces go now; the cycle goes on in the first
for c in existing aurora cloudsql; do kubectl delete namespace "${NSOF[$c]}" --wait=false >/dev/null 2>&1; done

# --- upgrade → rollback → uninstall of the all-in-cluster release
status_of() { cli "${NSOF[create]}" status --product zymtrace-backend -o json 2>/dev/null | json 'str(d["revision"]) + " " + d["status"]'; }
no_line "values does not print the license key" "$LICENSE" cli "${NSOF[create]}" values --product zymtrace-backend
check "upgrade to the large size and 7 days of retention" \
  cli "${NSOF[create]}" upgrade --product zymtrace-backend --answers "$WORK/create-2.yaml" --timeout 180s
check_eq "revision 2 deployed" "2 deployed" "$(status_of)"
check_eq "web has 2 replicas, retention is 7 days" "2 7" \
  "$(kc create get deploy zymtrace-web -o jsonpath='{.spec.replicas}') $(cm create zymtrace-config DATA_RETENTION_DAYS)"
none_left "every workload Ready after the upgrade" unready create
check_eq "the upgrade ran its own migrate Job and removed the first" "job.batch/zymtrace-migrate-2" \
  "$(kc create get job -l app.kubernetes.io/instance=zymtrace -o name)"
check_eq "the generated PostgreSQL password is kept across the upgrade" "$PGPASS" "$(secret create zymtrace-postgres password)"
check "rollback to revision 1" cli "${NSOF[create]}" rollback --product zymtrace-backend --to 1 --timeout 180s
check_eq "revision 3 deployed" "3 deployed" "$(status_of)"
check_eq "web back to 1 replica, retention back to 30 days" "1 30" \
  "$(kc create get deploy zymtrace-web -o jsonpath='{.spec.replicas}') $(cm create zymtrace-config DATA_RETENTION_DAYS)"
none_left "every workload Ready after the rollback" unready create
check_eq "the generated PostgreSQL password is kept across the rollback" "$PGPASS" "$(secret create zymtrace-postgres password)"
check "uninstall" cli "${NSOF[create]}" uninstall --product zymtrace-backend --timeout 120s
left() {
  kc create get deploy,statefulset,svc,job,configmap,secret,pvc,networkpolicy,hpa,ingress,role,rolebinding,serviceaccount \
    -l app.kubernetes.io/instance=zymtrace -o name | sort | tr '\n' ' ' | sed 's/ $//'
}
only_volumes() {
  [ "$(left)" = "persistentvolumeclaim/data-zymtrace-clickhouse-0 persistentvolumeclaim/data-zymtrace-minio-0 persistentvolumeclaim/data-zymtrace-postgres-0" ]
}
check "nothing of the release is left but the databases' volumes (a StatefulSet keeps its claims)" eventually 60 only_volumes
none_left "no release records left" kc create get secret -l owner=helm -o name
echo "# $SECONDS s in all"
finish
