{{/* The prefix of every object's name: fullnameOverride, else the release name. */}}
{{- define "se.fullname" -}}
{{- default .Release.Name .Values.fullnameOverride | trunc 36 | trimSuffix "-" -}}
{{- end }}

{{/* Labels that select a component's pods: call with (dict "root" $ "component" "api"). */}}
{{- define "se.selectorLabels" -}}
app.kubernetes.io/name: {{ default .root.Chart.Name .root.Values.nameOverride }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
app.kubernetes.io/component: {{ .component }}
{{- end }}

{{/* The recommended labels every object carries: call with (dict "root" $ "component" "…"). */}}
{{- define "se.labels" -}}
{{ include "se.selectorLabels" . }}
app.kubernetes.io/version: {{ .root.Chart.AppVersion | quote }}
app.kubernetes.io/part-of: semantic-explorer
app.kubernetes.io/managed-by: {{ .root.Release.Service }}
helm.sh/chart: {{ printf "%s-%s" .root.Chart.Name .root.Chart.Version | replace "+" "_" }}
{{- end }}

{{/* metadata of a component's object, named <fullname>-<component>: call with (dict "root" $ "component" "api"). */}}
{{- define "se.metadata" -}}
name: {{ include "se.fullname" .root }}-{{ .component }}
namespace: {{ .root.Release.Namespace }}
labels:
  {{- include "se.labels" . | nindent 2 }}
{{- end }}

{{/* registry/repository:tag of an image block; the registry is the image's, else global.imageRegistry. */}}
{{- define "se.image" -}}
{{- $tag := toString (default .root.Chart.AppVersion .image.tag) -}}
{{- $registry := default .root.Values.global.imageRegistry .image.registry -}}
{{- if $registry -}}
{{- printf "%s/%s:%s" $registry .image.repository $tag -}}
{{- else -}}
{{- printf "%s:%s" .image.repository $tag -}}
{{- end -}}
{{- end }}

{{/* The restricted Pod Security Standard at pod level: call with (dict "root" $ "user" UID), UID empty for the chart's. */}}
{{- define "se.podSecurityContext" -}}
{{- $p := .root.Values.podSecurityContext -}}
{{- $user := default $p.runAsUser .user -}}
runAsNonRoot: true
runAsUser: {{ $user }}
runAsGroup: {{ default $p.runAsGroup .user }}
fsGroup: {{ default $p.fsGroup .user }}
fsGroupChangePolicy: OnRootMismatch
seccompProfile:
  type: RuntimeDefault
{{- end }}

{{/* The restricted Pod Security Standard at container level. */}}
{{- define "se.containerSecurityContext" -}}
allowPrivilegeEscalation: false
readOnlyRootFilesystem: true
runAsNonRoot: true
capabilities:
  drop: [ALL]
seccompProfile:
  type: RuntimeDefault
{{- end }}

{{/* Pod settings every pod shares: call with (dict "root" $ "component" "api"). */}}
{{- define "se.podCommon" -}}
serviceAccountName: {{ include "se.serviceAccountName" . }}
automountServiceAccountToken: false
{{- with .root.Values.global.imagePullSecrets }}
imagePullSecrets:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- end }}

{{- define "se.serviceAccountName" -}}
{{- if eq .component "dex" -}}
{{- if .root.Values.dex.serviceAccount.create -}}
{{- default (printf "%s-dex" (include "se.fullname" .root)) .root.Values.dex.serviceAccount.name -}}
{{- else -}}
{{- default "default" .root.Values.dex.serviceAccount.name -}}
{{- end -}}
{{- else if .root.Values.serviceAccount.create -}}
{{- include "se.fullname" .root -}}
{{- else -}}
default
{{- end -}}
{{- end }}

{{/* nodeSelector, tolerations and affinity of a component: call with a values block holding them. */}}
{{- define "se.scheduling" -}}
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

{{/* The storageClassName line of a PVC: the component's class, else global.storageClass. */}}
{{- define "se.storageClass" -}}
{{- with (default .root.Values.global.storageClass .class) }}
storageClassName: {{ . | quote }}
{{- end }}
{{- end }}

{{/* A generated credential: the value given, else the one the chart's Secret already holds, else
a new random one. Call with (dict "root" $ "key" KEY "value" VALUE); the result is plain text. */}}
{{- define "se.credential" -}}
{{- if .value -}}
{{- .value -}}
{{- else -}}
{{- $old := lookup "v1" "Secret" .root.Release.Namespace (printf "%s-credentials" (include "se.fullname" .root)) -}}
{{- if and $old $old.data (hasKey $old.data .key) -}}
{{- index $old.data .key | b64dec -}}
{{- else -}}
{{- randAlphaNum 32 -}}
{{- end -}}
{{- end -}}
{{- end }}

{{/* An init container waiting for HOST:PORT: call with (dict "root" $ "name" "postgresql" "host" H "port" P). */}}
{{- define "se.waitFor" -}}
- name: wait-for-{{ .name }}
  image: {{ include "se.image" (dict "root" .root "image" .root.Values.waitImage) | quote }}
  imagePullPolicy: {{ .root.Values.waitImage.pullPolicy }}
  command: ["sh", "-c", "until nc -z -w 2 {{ .host }} {{ .port }}; do echo waiting for {{ .name }} at {{ .host }}:{{ .port }}; sleep 2; done"]
  resources:
    requests: {cpu: 10m, memory: 16Mi}
    limits: {cpu: 100m, memory: 32Mi}
  securityContext:
    {{- include "se.containerSecurityContext" . | nindent 4 }}
{{- end }}

{{/* Service host names. */}}
{{- define "se.host" -}}{{ include "se.fullname" .root }}-{{ .component }}{{- end }}

{{- define "se.oidcIssuer" -}}
{{- default (printf "http://%s-dex:5556/dex" (include "se.fullname" .)) .Values.dex.issuer -}}
{{- end }}

{{/* The resources of a GPU service: its requests / limits with gpu.count of gpu.resourceName when gpu.enabled. */}}
{{- define "se.gpuResources" -}}
{{- $gpus := dict -}}
{{- if .gpu.enabled }}{{ $_ := set $gpus .gpu.resourceName (int .gpu.count) }}{{ end -}}
requests:
  {{- toYaml (merge (dict) $gpus (default dict .resources.requests)) | nindent 2 }}
limits:
  {{- toYaml (merge (dict) $gpus (default dict .resources.limits)) | nindent 2 }}
{{- end }}

{{/* The variables of the API and the workers: call with (dict "root" $ "embedding" BOOL "llm" BOOL). */}}
{{- define "se.appEnv" -}}
{{- $r := .root -}}
{{- $f := include "se.fullname" $r -}}
{{- $cred := printf "%s-credentials" $f -}}
- name: DATABASE_PASSWORD
  valueFrom: {secretKeyRef: {name: {{ $cred }}, key: postgresql-password}}
- name: DATABASE_URL
  value: "postgres://{{ $r.Values.postgresql.auth.username }}:$(DATABASE_PASSWORD)@{{ $f }}-postgresql:5432/{{ $r.Values.postgresql.auth.database }}"
- {name: NATS_URL, value: "nats://{{ $f }}-nats:4222"}
- {name: QDRANT_URL, value: "http://{{ $f }}-qdrant:6334"}
- name: AWS_ACCESS_KEY_ID
  valueFrom: {secretKeyRef: {name: {{ $cred }}, key: minio-root-user}}
- name: AWS_SECRET_ACCESS_KEY
  valueFrom: {secretKeyRef: {name: {{ $cred }}, key: minio-root-password}}
- {name: AWS_REGION, value: {{ $r.Values.minio.region | quote }}}
- {name: AWS_ENDPOINT_URL, value: "http://{{ $f }}-minio:9000"}
- {name: S3_BUCKET_NAME, value: {{ (first $r.Values.minio.buckets).name | quote }}}
- name: ENCRYPTION_MASTER_KEY
  valueFrom: {secretKeyRef: {name: {{ $cred }}, key: encryption-master-key}}
{{- if $r.Values.dex.enabled }}
- {name: OIDC_ISSUER_URL, value: {{ include "se.oidcIssuer" $r | quote }}}
- {name: OIDC_CLIENT_ID, value: {{ $r.Values.dex.client.id | quote }}}
- name: OIDC_CLIENT_SECRET
  valueFrom: {secretKeyRef: {name: {{ $cred }}, key: oidc-client-secret}}
{{- end }}
{{- if and .embedding $r.Values.embeddingInferenceApi.enabled }}
- {name: EMBEDDING_INFERENCE_API_URL, value: "http://{{ $f }}-embedding-inference-api:{{ $r.Values.embeddingInferenceApi.port }}"}
- {name: EMBEDDING_INFERENCE_API_TIMEOUT_SECS, value: {{ $r.Values.embeddingInferenceApi.timeoutSecs | quote }}}
{{- end }}
{{- if and .llm $r.Values.llmInferenceApi.enabled }}
- {name: LLM_INFERENCE_API_URL, value: "http://{{ $f }}-llm-inference-api:{{ $r.Values.llmInferenceApi.port }}"}
- {name: LLM_INFERENCE_API_TIMEOUT_SECS, value: {{ $r.Values.llmInferenceApi.timeoutSecs | quote }}}
{{- end }}
{{- if $r.Values.otelCollector.enabled }}
- {name: OTEL_EXPORTER_OTLP_ENDPOINT, value: "http://{{ $f }}-otel-collector:4317"}
- {name: OTEL_SERVICE_NAME, value: {{ .service | quote }}}
{{- end }}
{{- end }}
