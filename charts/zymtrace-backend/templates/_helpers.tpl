{{/* <namePrefix>-<name>; the bare name when the prefix is empty. Call with (dict "root" $ "name" "…"). */}}
{{- define "zt.name" -}}
{{- $p := toString (.root.Values.global.namePrefix | default "") -}}
{{- if $p }}{{ printf "%s-%s" $p .name | trunc 63 | trimSuffix "-" }}{{ else }}{{ .name }}{{ end -}}
{{- end }}

{{/* Labels that select a component's pods: call with (dict "root" $ "component" "…"). */}}
{{- define "zt.selectorLabels" -}}
app.kubernetes.io/name: {{ .root.Chart.Name }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
app.kubernetes.io/component: {{ .component }}
{{- end }}

{{/* The recommended labels every object carries. */}}
{{- define "zt.labels" -}}
{{ include "zt.selectorLabels" . }}
app.kubernetes.io/version: {{ .root.Chart.AppVersion | quote }}
app.kubernetes.io/part-of: zymtrace
app.kubernetes.io/managed-by: {{ .root.Release.Service }}
helm.sh/chart: {{ printf "%s-%s" .root.Chart.Name .root.Chart.Version | replace "+" "_" }}
{{- end }}

{{/* metadata: name, namespace, labels; call with (dict "root" $ "component" "…" "name" "…"). */}}
{{- define "zt.metadata" -}}
name: {{ include "zt.name" . }}
namespace: {{ .root.Release.Namespace }}
labels:
  {{- include "zt.labels" . | nindent 2 }}
{{- end }}

{{/* registry/repository:tag, the registry left out when empty: (dict "registry" … "repository" … "tag" …). */}}
{{- define "zt.image" -}}
{{- if .registry -}}
{{- printf "%s/%s:%s" .registry .repository (toString .tag) -}}
{{- else -}}
{{- printf "%s:%s" .repository (toString .tag) -}}
{{- end -}}
{{- end }}

{{/* The image of a database or proxy: (dict "root" $ "image" .Values.x.create.image). A repository
     that already names a registry (a dot or colon before its first slash) is used as is. */}}
{{- define "zt.infraImage" -}}
{{- $repo := toString .image.repository -}}
{{- $first := first (splitList "/" $repo) -}}
{{- $registry := ternary "" (toString .root.Values.global.imageRegistry) (and (contains "/" $repo) (or (contains "." $first) (contains ":" $first))) -}}
{{- include "zt.image" (dict "registry" $registry "repository" $repo "tag" .image.tag) -}}
{{- end }}

{{/* A zymtrace service's image: its tag, else services.common.imageTag, else the appVersion. */}}
{{- define "zt.appImage" -}}
{{- $svc := index .root.Values.services .service -}}
{{- $tag := $svc.image.tag | default .root.Values.services.common.imageTag | default .root.Chart.AppVersion -}}
{{- include "zt.image" (dict "registry" .root.Values.global.appImageRegistry "repository" $svc.image.repository "tag" $tag) -}}
{{- end }}

{{/* The restricted Pod Security Standard, at pod level: (dict "uid" 65532). */}}
{{- define "zt.podSecurityContext" -}}
runAsNonRoot: true
runAsUser: {{ .uid | default 65532 }}
runAsGroup: {{ .uid | default 65532 }}
fsGroup: {{ .uid | default 65532 }}
seccompProfile:
  type: RuntimeDefault
{{- end }}

{{/* The restricted Pod Security Standard, at container level. */}}
{{- define "zt.containerSecurityContext" -}}
allowPrivilegeEscalation: false
readOnlyRootFilesystem: true
runAsNonRoot: true
capabilities:
  drop: [ALL]
seccompProfile:
  type: RuntimeDefault
{{- end }}

{{/* imagePullSecrets of every pod when global.registry.requirePullSecret is set. */}}
{{- define "zt.pullSecrets" -}}
{{- if .Values.global.registry.requirePullSecret }}
imagePullSecrets:
  - name: {{ include "zt.name" (dict "root" . "name" "registry") }}
{{- end }}
{{- end }}

{{/* A password: the value when set, else the one the release's Secret already holds, else a new
     random one. Call with (dict "root" $ "secret" "<full name>" "key" "…" "value" …). */}}
{{- define "zt.password" -}}
{{- if .value -}}
{{- toString .value -}}
{{- else -}}
{{- $existing := lookup "v1" "Secret" .root.Release.Namespace .secret -}}
{{- if and $existing (hasKey ($existing.data | default dict) .key) -}}
{{- index $existing.data .key | b64dec -}}
{{- else -}}
{{- randAlphaNum 32 -}}
{{- end -}}
{{- end -}}
{{- end }}

{{/* A service's settings with services.common's as defaults, as YAML: nodeSelector, tolerations
     and affinity replace the common ones when set, env and hpa are merged key by key. */}}
{{- define "zt.serviceSettings" -}}
{{- $c := .root.Values.services.common -}}
{{- $s := index .root.Values.services .service -}}
{{- $hpa := merge (deepCopy ($s.hpa | default dict)) (deepCopy $c.hpa) -}}
{{- $env := merge (deepCopy ($s.env | default dict)) (deepCopy ($c.env | default dict)) -}}
{{- $probes := merge (deepCopy ($s.healthProbes | default dict)) (deepCopy .root.Values.services.healthProbes) -}}
nodeSelector: {{ toJson ($s.nodeSelector | default $c.nodeSelector | default dict) }}
tolerations: {{ toJson ($s.tolerations | default $c.tolerations | default list) }}
affinity: {{ toJson ($s.affinity | default $c.affinity | default dict) }}
env: {{ toJson $env }}
hpa: {{ toJson $hpa }}
healthProbes: {{ toJson $probes }}
{{- end }}

{{/* nodeSelector / tolerations / affinity of a pod from a settings map. */}}
{{- define "zt.placement" -}}
{{- with .nodeSelector }}
nodeSelector:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- with .tolerations }}
tolerations:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- with .affinity }}
affinity:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- end }}

{{/* Where PostgreSQL is reached (host:port) in the chosen mode. */}}
{{- define "zt.postgresHost" -}}
{{- $pg := .Values.postgres -}}
{{- if eq $pg.mode "create" -}}
{{- printf "%s:%v" (include "zt.name" (dict "root" . "name" "postgres")) $pg.create.service.port -}}
{{- else if eq $pg.mode "gcp_cloudsql" -}}
{{- printf "%s:%v" (include "zt.name" (dict "root" . "name" "cloudsql-proxy")) $pg.gcp_cloudsql.proxy.port -}}
{{- else -}}
{{- $pg.use_existing.host -}}
{{- end -}}
{{- end }}

{{/* Where ClickHouse's HTTP interface is reached in the chosen mode. */}}
{{- define "zt.clickhouseUrl" -}}
{{- $ch := .Values.clickhouse -}}
{{- if eq $ch.mode "create" -}}
{{- printf "http://%s:%v" (include "zt.name" (dict "root" . "name" "clickhouse")) $ch.create.service.http.port -}}
{{- else -}}
{{- $ch.use_existing.host -}}
{{- end -}}
{{- end }}

{{/* A checksum of the values the Secrets are rendered from (generated passwords excluded). */}}
{{- define "zt.secretsChecksum" -}}
{{- $v := .Values -}}
{{- toJson (list $v.global.licenseKey $v.clickhouse $v.postgres $v.storage $v.auth $v.aiAssistant $v.globalSymbolization $v.global.registry $v.services.gateway.mtls) | sha256sum -}}
{{- end }}
