{{/* The namespace every object goes to: namespaceOverride, else the release namespace. */}}
{{- define "backline.namespace" -}}
{{- default .Release.Namespace .Values.namespaceOverride -}}
{{- end }}

{{/* The SaaS base URL of the chosen environment; anything else stops the render. */}}
{{- define "backline.baseUrl" -}}
{{- $urls := dict "staging" "https://api.staging.backline.ai" "production" "https://api.backline.ai" -}}
{{- $url := get $urls (toString .Values.environment) -}}
{{- if not $url -}}
{{- fail (printf "environment must be staging or production, not %q" (toString .Values.environment)) -}}
{{- end -}}
{{- $url -}}
{{- end }}

{{/* Labels that select a component's pods: call with (dict "root" $ "component" "worker"). */}}
{{- define "backline.selectorLabels" -}}
app.kubernetes.io/name: {{ .root.Chart.Name }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
app.kubernetes.io/component: {{ .component }}
{{- end }}

{{/* The recommended labels every object carries: call with (dict "root" $ "component" "…"). */}}
{{- define "backline.labels" -}}
{{ include "backline.selectorLabels" . }}
app.kubernetes.io/version: {{ .root.Chart.AppVersion | quote }}
app.kubernetes.io/part-of: backline
app.kubernetes.io/managed-by: {{ .root.Release.Service }}
helm.sh/chart: {{ printf "%s-%s" .root.Chart.Name .root.Chart.Version | replace "+" "_" }}
{{- end }}

{{/* metadata: name, namespace and labels; call with (dict "root" $ "component" "…" "name" "…"). */}}
{{- define "backline.metadata" -}}
name: {{ .name }}
namespace: {{ include "backline.namespace" .root }}
labels:
  {{- include "backline.labels" . | nindent 2 }}
{{- end }}

{{/* registry/name:tag, the registry left out when empty. */}}
{{- define "backline.image" -}}
{{- if .registry -}}
{{- printf "%s/%s:%s" .registry .name (toString .tag) -}}
{{- else -}}
{{- printf "%s:%s" .name (toString .tag) -}}
{{- end -}}
{{- end }}

{{/* The restricted Pod Security Standard, at pod level. */}}
{{- define "backline.podSecurityContext" -}}
runAsNonRoot: true
runAsUser: 65532
runAsGroup: 65532
fsGroup: 65532
seccompProfile:
  type: RuntimeDefault
{{- end }}

{{/* The restricted Pod Security Standard, at container level. */}}
{{- define "backline.containerSecurityContext" -}}
allowPrivilegeEscalation: false
readOnlyRootFilesystem: true
runAsNonRoot: true
capabilities:
  drop: [ALL]
seccompProfile:
  type: RuntimeDefault
{{- end }}

{{/* A Job of the worker's ConfigMap: call with (dict "root" $ "component" "coder" "args" (list …)). */}}
{{- define "backline.jobTemplate" -}}
{{- $root := .root -}}
# The worker picks a profile and copies its resources into the job's container.
resourceProfiles:
  {{- toYaml $root.Values.resourceProfiles | nindent 2 }}
job:
  apiVersion: batch/v1
  kind: Job
  metadata:
    generateName: {{ .component }}-
    namespace: {{ include "backline.namespace" $root }}
    labels:
      {{- include "backline.labels" . | nindent 6 }}
  spec:
    backoffLimit: 0
    ttlSecondsAfterFinished: 3600
    template:
      metadata:
        labels:
          {{- include "backline.labels" . | nindent 10 }}
      spec:
        serviceAccountName: coder
        automountServiceAccountToken: false
        restartPolicy: Never
        imagePullSecrets:
          - name: dockerconfig
        securityContext:
          {{- include "backline.podSecurityContext" $root | nindent 10 }}
        containers:
          - name: {{ .component }}
            image: {{ include "backline.image" $root.Values.worker.image | quote }}
            imagePullPolicy: {{ $root.Values.worker.image.pullPolicy }}
            args: {{ toJson .args }}
            env:
              - name: HOME
                value: /workspace
            resources: {}
            securityContext:
              {{- include "backline.containerSecurityContext" $root | nindent 14 }}
            volumeMounts:
              - {name: workspace, mountPath: /workspace}
              - {name: tmp, mountPath: /tmp}
        volumes:
          - {name: workspace, emptyDir: {}}
          - {name: tmp, emptyDir: {}}
{{- end }}
