{{/* The chart's name, nameOverride applied. */}}
{{- define "backbone.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" -}}
{{- end }}

{{/* The release's full name: fullnameOverride, else the release name (with the chart's name when
it does not already hold it). */}}
{{- define "backbone.fullname" -}}
{{- if .Values.fullnameOverride -}}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- $name := default .Chart.Name .Values.nameOverride -}}
{{- if contains $name .Release.Name -}}
{{- .Release.Name | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}
{{- end }}

{{- define "backbone.selectorLabels" -}}
app.kubernetes.io/name: {{ include "backbone.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/component: broker
{{- end }}

{{/* The recommended labels every object carries. */}}
{{- define "backbone.labels" -}}
{{ include "backbone.selectorLabels" . }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/part-of: backbone
app.kubernetes.io/managed-by: {{ .Release.Service }}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" }}
{{- end }}

{{- define "backbone.serviceAccountName" -}}
{{- if .Values.serviceAccount.create -}}
{{- default (include "backbone.fullname" .) .Values.serviceAccount.name -}}
{{- else -}}
{{- default "default" .Values.serviceAccount.name -}}
{{- end -}}
{{- end }}

{{/* A generated credential: the value given, else the one the release's Secret already holds,
else a new random one. Call with (dict "root" $ "key" "ADMIN_TOKEN" "value" .Values.config.adminToken). */}}
{{- define "backbone.credential" -}}
{{- if .value -}}
{{- .value | toString | b64enc -}}
{{- else -}}
{{- $old := lookup "v1" "Secret" .root.Release.Namespace (include "backbone.fullname" .root) -}}
{{- if and $old $old.data (hasKey $old.data .key) -}}
{{- index $old.data .key -}}
{{- else -}}
{{- randAlphaNum 32 | b64enc -}}
{{- end -}}
{{- end -}}
{{- end }}

{{/* The port the probes check when the API is off: MQTT TCP when that listener is on, else HTTP. */}}
{{- define "backbone.tcpProbePort" -}}
{{- if .Values.tcp.enabled }}mqtt{{ else }}http{{ end -}}
{{- end }}
