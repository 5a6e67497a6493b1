{{- define "probe.labels" -}}
app.kubernetes.io/name: probe
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- end -}}
