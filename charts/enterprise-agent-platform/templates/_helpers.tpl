{{/* The prefix of every object's name: fullnameOverride, else the release name. */}}
{{- define "eap.fullname" -}}
{{- default .Release.Name .Values.fullnameOverride | trunc 40 | trimSuffix "-" -}}
{{- end }}

{{/* Labels that select a component's pods: call with (dict "root" $ "component" "api"). */}}
{{- define "eap.selectorLabels" -}}
app.kubernetes.io/name: {{ default .root.Chart.Name .root.Values.nameOverride }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
app.kubernetes.io/component: {{ .component }}
{{- end }}

{{/* The recommended labels every object carries: call with (dict "root" $ "component" "…"). */}}
{{- define "eap.labels" -}}
{{ include "eap.selectorLabels" . }}
app.kubernetes.io/version: {{ .root.Chart.AppVersion | quote }}
app.kubernetes.io/part-of: enterprise-agent-platform
app.kubernetes.io/managed-by: {{ .root.Release.Service }}
helm.sh/chart: {{ printf "%s-%s" .root.Chart.Name .root.Chart.Version | replace "+" "_" }}
{{- end }}

{{/* metadata of a component's object: call with (dict "root" $ "component" "api"), named <fullname>-<component>. */}}
{{- define "eap.metadata" -}}
name: {{ include "eap.fullname" .root }}-{{ .component }}
namespace: {{ .root.Release.Namespace }}
labels:
  {{- include "eap.labels" . | nindent 2 }}
{{- end }}

{{/* repository:tag of an image block, the tag defaulting to the chart's appVersion. */}}
{{- define "eap.image" -}}
{{- $tag := toString (default .root.Chart.AppVersion .image.tag) -}}
{{- if .image.registry -}}
{{- printf "%s/%s:%s" .image.registry .image.repository $tag -}}
{{- else -}}
{{- printf "%s:%s" .image.repository $tag -}}
{{- end -}}
{{- end }}

{{/* The restricted Pod Security Standard, at pod level; call with (dict "root" $ "user" 1000). */}}
{{- define "eap.podSecurityContext" -}}
runAsNonRoot: true
runAsUser: {{ .user }}
runAsGroup: {{ .user }}
fsGroup: {{ .user }}
seccompProfile:
  type: RuntimeDefault
{{- end }}

{{/* The restricted Pod Security Standard, at container level. */}}
{{- define "eap.containerSecurityContext" -}}
allowPrivilegeEscalation: false
readOnlyRootFilesystem: true
runAsNonRoot: true
capabilities:
  drop: [ALL]
seccompProfile:
  type: RuntimeDefault
{{- end }}

{{/* The Secret the pods read: the external one, else the chart's. */}}
{{- define "eap.secretName" -}}
{{- if .Values.secrets.useExternalSecret -}}
{{- .Values.secrets.externalSecretName -}}
{{- else -}}
{{- include "eap.fullname" . }}-secrets
{{- end -}}
{{- end }}

{{/* A generated password: the value given, else the one the Secret already holds, else a new
random one. Call with (dict "root" $ "secret" NAME "key" KEY "value" VALUE); the result is plain. */}}
{{- define "eap.password" -}}
{{- if .value -}}
{{- .value -}}
{{- else -}}
{{- $old := lookup "v1" "Secret" .root.Release.Namespace .secret -}}
{{- if and $old $old.data (hasKey $old.data .key) -}}
{{- index $old.data .key | b64dec -}}
{{- else -}}
{{- randAlphaNum 32 -}}
{{- end -}}
{{- end -}}
{{- end }}

{{/* The in-chart PostgreSQL's and Redis's passwords. */}}
{{- define "eap.postgresqlPassword" -}}
{{- include "eap.password" (dict "root" . "secret" (printf "%s-postgresql" (include "eap.fullname" .)) "key" "password" "value" .Values.postgresql.auth.password) -}}
{{- end }}
{{- define "eap.redisPassword" -}}
{{- include "eap.password" (dict "root" . "secret" (printf "%s-redis" (include "eap.fullname" .)) "key" "password" "value" .Values.redis.auth.password) -}}
{{- end }}

{{/* DATABASE_URL and REDIS_URL: the given ones, else the in-chart services'. */}}
{{- define "eap.databaseUrl" -}}
{{- if .Values.secrets.databaseUrl -}}
{{- .Values.secrets.databaseUrl -}}
{{- else if .Values.postgresql.enabled -}}
{{- $a := .Values.postgresql.auth -}}
{{- printf "postgresql+asyncpg://%s:%s@%s-postgresql:5432/%s" $a.username (include "eap.postgresqlPassword" .) (include "eap.fullname" .) $a.database -}}
{{- else -}}
{{- fail "secrets.databaseUrl is required when postgresql.enabled is false (or use secrets.useExternalSecret)" -}}
{{- end -}}
{{- end }}
{{- define "eap.redisUrl" -}}
{{- if .Values.secrets.redisUrl -}}
{{- .Values.secrets.redisUrl -}}
{{- else if .Values.redis.enabled -}}
{{- printf "redis://:%s@%s-redis:6379/0" (include "eap.redisPassword" .) (include "eap.fullname" .) -}}
{{- else -}}
{{- fail "secrets.redisUrl is required when redis.enabled is false (or use secrets.useExternalSecret)" -}}
{{- end -}}
{{- end }}

{{/* The env of the API and worker: the ConfigMap and the four secret variables. */}}
{{- define "eap.appEnv" -}}
envFrom:
  - configMapRef: {name: {{ include "eap.fullname" . }}-config}
env:
  {{- range $var, $key := dict "SECRET_KEY" "secret-key" "DEV_JWT_SECRET" "dev-jwt-secret" "LITELLM_API_KEY" "litellm-api-key" "DATABASE_URL" "database-url" "REDIS_URL" "redis-url" }}
  - name: {{ $var }}
    valueFrom:
      secretKeyRef: {name: {{ include "eap.secretName" $ }}, key: {{ $key }}}
  {{- end }}
{{- end }}

{{/* Spreads a component's pods over nodes (preferred anti-affinity), unless affinity is given. */}}
{{- define "eap.affinity" -}}
{{- if .affinity -}}
{{ toYaml .affinity }}
{{- else -}}
podAntiAffinity:
  preferredDuringSchedulingIgnoredDuringExecution:
    - weight: 100
      podAffinityTerm:
        topologyKey: kubernetes.io/hostname
        labelSelector:
          matchLabels:
            {{- include "eap.selectorLabels" . | nindent 12 }}
{{- end -}}
{{- end }}

{{/* Pod scheduling of a component: call with (dict "root" $ "component" "api" "values" .Values.api). */}}
{{- define "eap.scheduling" -}}
{{- with (default .root.Values.nodeSelector .values.nodeSelector) }}
nodeSelector:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- with (default .root.Values.tolerations .values.tolerations) }}
tolerations:
  {{- toYaml . | nindent 2 }}
{{- end }}
affinity:
  {{- include "eap.affinity" (dict "root" .root "component" .component "affinity" .values.affinity) | nindent 2 }}
{{- end }}

{{- define "eap.serviceAccountName" -}}
{{- if .Values.serviceAccount.create -}}
{{- default (printf "%s-enterprise-agent-platform" (include "eap.fullname" .)) .Values.serviceAccount.name -}}
{{- else -}}
{{- default "default" .Values.serviceAccount.name -}}
{{- end -}}
{{- end }}

{{/* The pod-level settings every pod of the platform shares. */}}
{{- define "eap.podCommon" -}}
serviceAccountName: {{ include "eap.serviceAccountName" . }}
automountServiceAccountToken: false
{{- with .Values.image.pullSecrets }}
imagePullSecrets:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- end }}
