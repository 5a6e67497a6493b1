{{/* The environment a zymtrace service reads: the config ConfigMap (envFrom) plus the credentials
     it needs. Call with (dict "root" $ "service" "ingest" "settings" <zt.serviceSettings>). */}}
{{- define "zt.serviceEnv" -}}
{{- $root := .root -}}
{{- $v := $root.Values -}}
{{- $svc := .service -}}
{{- $n := dict "root" $root -}}
- name: LICENSE_KEY
  valueFrom: {secretKeyRef: {name: {{ include "zt.name" (merge (dict "name" "license") $n) }}, key: LICENSE_KEY}}
- name: SERVICE_NAME
  value: {{ $svc }}
{{- if has $svc (list "ingest" "web" "migrate") }}
- name: CLICKHOUSE_USER
  valueFrom: {secretKeyRef: {name: {{ include "zt.name" (merge (dict "name" "clickhouse") $n) }}, key: user}}
- name: CLICKHOUSE_PASSWORD
  valueFrom: {secretKeyRef: {name: {{ include "zt.name" (merge (dict "name" "clickhouse") $n) }}, key: password}}
{{- end }}
{{- if has $svc (list "identity" "symdb" "migrate") }}
- name: POSTGRES_USER
  valueFrom: {secretKeyRef: {name: {{ include "zt.name" (merge (dict "name" "postgres") $n) }}, key: user}}
- name: POSTGRES_PASSWORD
  valueFrom: {secretKeyRef: {name: {{ include "zt.name" (merge (dict "name" "postgres") $n) }}, key: password}}
{{- end }}
{{- if has $svc (list "symdb" "ingest" "migrate") }}
- name: STORAGE_ACCESS_KEY
  valueFrom: {secretKeyRef: {name: {{ include "zt.name" (merge (dict "name" "storage") $n) }}, key: accessKey}}
- name: STORAGE_SECRET_KEY
  valueFrom: {secretKeyRef: {name: {{ include "zt.name" (merge (dict "name" "storage") $n) }}, key: secretKey}}
{{- end }}
{{- if and (eq $svc "symdb") $v.globalSymbolization.enabled }}
- name: GLOBAL_SYMBOLIZATION_ACCESS_KEY
  valueFrom: {secretKeyRef: {name: {{ include "zt.name" (merge (dict "name" "global-symbolization") $n) }}, key: accessKey}}
- name: GLOBAL_SYMBOLIZATION_SECRET_KEY
  valueFrom: {secretKeyRef: {name: {{ include "zt.name" (merge (dict "name" "global-symbolization") $n) }}, key: secretKey}}
{{- end }}
{{- if has $svc (list "identity" "web" "gateway") }}
{{- $auth := include "zt.name" (merge (dict "name" "auth") $n) }}
{{- if eq $svc "identity" }}
- name: AUTH_ADMIN_PASSWORD
  valueFrom: {secretKeyRef: {name: {{ $auth }}, key: adminPassword}}
{{- end }}
{{- if eq $v.auth.type "basic" }}
- name: AUTH_BASIC_USERNAME
  valueFrom: {secretKeyRef: {name: {{ $auth }}, key: basicUsername}}
- name: AUTH_BASIC_PASSWORD
  valueFrom: {secretKeyRef: {name: {{ $auth }}, key: basicPassword}}
{{- end }}
{{- if eq $v.auth.type "oidc" }}
- name: AUTH_OIDC_CLIENT_SECRET
  valueFrom: {secretKeyRef: {name: {{ $auth }}, key: oidcClientSecret}}
{{- end }}
{{- if has $v.auth.type (list "local" "oidc") }}
- name: AUTH_PRIVATE_KEY
  valueFrom: {secretKeyRef: {name: {{ $auth }}, key: privateKey}}
- name: AUTH_PUBLIC_KEY
  valueFrom: {secretKeyRef: {name: {{ $auth }}, key: publicKey}}
{{- end }}
{{- end }}
{{- if and (eq $svc "web") $v.aiAssistant.enabled }}
{{- $ai := include "zt.name" (merge (dict "name" "ai-assistant") $n) }}
{{- range list "ANTHROPIC_API_KEY" "GEMINI_API_KEY" "OPENAI_API_KEY" "CUSTOM_LLM_API_KEY" }}
- name: {{ printf "AI_ASSISTANT_%s" . }}
  valueFrom: {secretKeyRef: {name: {{ $ai }}, key: {{ . }}}}
{{- end }}
{{- end }}
{{- if eq $svc "migrate" }}
- name: SKIP_PSQL_MIGRATE
  value: {{ $v.global.skipPostgresMigration | quote }}
- name: SKIP_CH_MIGRATE
  value: {{ $v.global.skipClickHouseMigration | quote }}
{{- end }}
{{- range $k, $val := .settings.env }}
- name: {{ $k }}
  value: {{ toString $val | quote }}
{{- end }}
{{- end }}

{{/* A pod spec of a zymtrace service. Call with (dict "root" $ "service" "…" "settings" … "ports"
     (list {name, port}) "args" (list …) "health" port-name-or-empty "restartPolicy" "…"). */}}
{{- define "zt.servicePod" -}}
{{- $root := .root -}}
{{- $s := index $root.Values.services .service -}}
serviceAccountName: {{ include "zt.name" (dict "root" $root "name" "backend") }}
automountServiceAccountToken: {{ $root.Values.rbac.create }}
{{- with .restartPolicy }}
restartPolicy: {{ . }}
{{- end }}
{{- include "zt.pullSecrets" $root }}
securityContext:
  {{- include "zt.podSecurityContext" dict | nindent 2 }}
{{- include "zt.placement" .settings }}
containers:
  - name: {{ .service }}
    image: {{ include "zt.appImage" . | quote }}
    imagePullPolicy: {{ $root.Values.global.imagePullPolicy }}
    args: {{ toJson .args }}
    envFrom:
      - configMapRef: {name: {{ include "zt.name" (dict "root" $root "name" "config") }}}
    env:
      {{- include "zt.serviceEnv" . | nindent 6 }}
    {{- with .ports }}
    ports:
      {{- range . }}
      - {name: {{ .name }}, containerPort: {{ .port }}}
      {{- end }}
    {{- end }}
    {{- if .health }}
    {{- if .settings.healthProbes.readiness }}
    readinessProbe:
      httpGet: {path: /health, port: {{ .health }}}
      periodSeconds: 10
    {{- end }}
    {{- if .settings.healthProbes.liveness }}
    livenessProbe:
      httpGet: {path: /health, port: {{ .health }}}
      initialDelaySeconds: 30
      periodSeconds: 20
    {{- end }}
    {{- end }}
    resources:
      {{- toYaml $s.resources | nindent 6 }}
    securityContext:
      {{- include "zt.containerSecurityContext" . | nindent 6 }}
    volumeMounts:
      - {name: tmp, mountPath: /tmp}
      {{- range .mounts }}
      - {{ toJson . }}
      {{- end }}
volumes:
  - {name: tmp, emptyDir: {}}
  {{- range .volumes }}
  - {{ toJson . }}
  {{- end }}
{{- end }}

{{/* A long-running zymtrace service: Deployment, Service and (when its hpa is enabled) HPA. */}}
{{- define "zt.service" -}}
{{- $root := .root -}}
{{- $s := index $root.Values.services .service -}}
{{- $settings := include "zt.serviceSettings" . | fromYaml -}}
{{- $args := merge (dict "settings" $settings) . -}}
{{- $meta := dict "root" $root "component" .service "name" .service -}}
apiVersion: apps/v1
kind: Deployment
metadata:
  {{- include "zt.metadata" $meta | nindent 2 }}
spec:
  {{- if not $settings.hpa.enabled }}
  replicas: {{ $s.replicas }}
  {{- end }}
  selector:
    matchLabels:
      {{- include "zt.selectorLabels" $meta | nindent 6 }}
  template:
    metadata:
      labels:
        {{- include "zt.labels" $meta | nindent 8 }}
      annotations:
        checksum/config: {{ include (print $root.Template.BasePath "/config.yaml") $root | sha256sum }}
        {{- /* Over the values the Secrets come from, not the rendered Secrets: a generated password
             renders differently each time it is not yet stored, and must not restart the pods. */}}
        checksum/secrets: {{ include "zt.secretsChecksum" $root }}
    spec:
      {{- include "zt.servicePod" $args | nindent 6 }}
---
apiVersion: v1
kind: Service
metadata:
  {{- include "zt.metadata" $meta | nindent 2 }}
spec:
  {{- if .serviceType }}
  type: {{ .serviceType }}
  {{- else }}
  clusterIP: None
  {{- end }}
  selector:
    {{- include "zt.selectorLabels" $meta | nindent 4 }}
  ports:
    {{- range .ports }}
    - name: {{ .name }}
      port: {{ .port }}
      targetPort: {{ .name }}
      {{- if .nodePort }}
      nodePort: {{ .nodePort }}
      {{- end }}
    {{- end }}
{{- if $settings.hpa.enabled }}
{{- $h := $settings.hpa }}
---
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  {{- include "zt.metadata" $meta | nindent 2 }}
spec:
  scaleTargetRef:
    apiVersion: apps/v1
    kind: Deployment
    name: {{ include "zt.name" $meta }}
  minReplicas: {{ $h.minReplicas }}
  maxReplicas: {{ $h.maxReplicas }}
  metrics:
    {{- with $h.targetCPUUtilizationPercentage }}
    - type: Resource
      resource: {name: cpu, target: {type: Utilization, averageUtilization: {{ . }}}}
    {{- end }}
    {{- with $h.targetMemoryUtilizationPercentage }}
    - type: Resource
      resource: {name: memory, target: {type: Utilization, averageUtilization: {{ . }}}}
    {{- end }}
  {{- with $h.behavior }}
  behavior:
    {{- toYaml . | nindent 4 }}
  {{- end }}
{{- end }}
{{- end }}
