{{/* An in-chart database: its StatefulSet and headless Service. Call with (dict "root" $
     "component" "postgres" "cfg" .Values.postgres "uid" 999 "mountPath" "…" "ports" (list {name, port})
     "args" (list …) "env" (list …) "probe" {…} "tmpMounts" (list paths)). The volume follows
     <cfg>.create.storage.type: persistent (a claim per replica), empty_dir or existing_pvc. */}}
{{- define "zt.database" -}}
{{- $root := .root -}}
{{- $meta := dict "root" $root "component" .component "name" .component -}}
{{- $c := .cfg.create -}}
{{- $s := $c.storage -}}
{{- $svc := include "zt.name" $meta -}}
apiVersion: v1
kind: Service
metadata:
  {{- include "zt.metadata" $meta | nindent 2 }}
spec:
  clusterIP: None
  selector:
    {{- include "zt.selectorLabels" $meta | nindent 4 }}
  ports:
    {{- range .ports }}
    - {name: {{ .name }}, port: {{ .port }}, targetPort: {{ .name }}}
    {{- end }}
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  {{- include "zt.metadata" $meta | nindent 2 }}
spec:
  serviceName: {{ $svc }}
  replicas: {{ $c.replicas }}
  selector:
    matchLabels:
      {{- include "zt.selectorLabels" $meta | nindent 6 }}
  template:
    metadata:
      labels:
        {{- include "zt.labels" $meta | nindent 8 }}
      annotations:
        checksum/secret: {{ toJson $c.config | sha256sum }}
    spec:
      automountServiceAccountToken: false
      {{- include "zt.pullSecrets" $root | nindent 6 }}
      securityContext:
        {{- include "zt.podSecurityContext" (dict "uid" .uid) | nindent 8 }}
      {{- include "zt.placement" .cfg | nindent 6 }}
      containers:
        - name: {{ .component }}
          image: {{ include "zt.infraImage" (dict "root" $root "image" $c.image) | quote }}
          imagePullPolicy: {{ $root.Values.global.imagePullPolicy }}
          {{- with .args }}
          args: {{ toJson . }}
          {{- end }}
          env:
            {{- toYaml .env | nindent 12 }}
          ports:
            {{- range .ports }}
            - {name: {{ .name }}, containerPort: {{ .port }}}
            {{- end }}
          readinessProbe:
            {{- toYaml .probe | nindent 12 }}
            periodSeconds: 5
            timeoutSeconds: 3
          livenessProbe:
            {{- toYaml .probe | nindent 12 }}
            initialDelaySeconds: 60
            periodSeconds: 10
            timeoutSeconds: 3
            failureThreshold: 5
          resources:
            {{- toYaml $c.resources | nindent 12 }}
          securityContext:
            {{- include "zt.containerSecurityContext" . | nindent 12 }}
          volumeMounts:
            - name: data
              mountPath: {{ .mountPath }}
              {{- if and (eq $s.type "existing_pvc") $s.existing_pvc.subPath }}
              subPath: {{ $s.existing_pvc.subPath }}
              {{- end }}
            {{- range $i, $p := .tmpMounts }}
            - {name: {{ printf "tmp-%d" $i }}, mountPath: {{ $p }}}
            {{- end }}
      volumes:
        {{- range $i, $p := .tmpMounts }}
        - {name: {{ printf "tmp-%d" $i }}, emptyDir: {}}
        {{- end }}
        {{- if eq $s.type "empty_dir" }}
        - {name: data, emptyDir: {}}
        {{- else if eq $s.type "existing_pvc" }}
        - name: data
          persistentVolumeClaim:
            claimName: {{ required (printf "%s.create.storage.existing_pvc.pvcName is required with storage type existing_pvc" .valuesKey) $s.existing_pvc.pvcName }}
        {{- end }}
  {{- if eq $s.type "persistent" }}
  volumeClaimTemplates:
    - metadata:
        name: data
        labels:
          {{- include "zt.labels" $meta | nindent 10 }}
      spec:
        accessModes: [ReadWriteOnce]
        {{- with $s.className }}
        storageClassName: {{ . | quote }}
        {{- end }}
        resources:
          requests:
            storage: {{ $s.size | quote }}
  {{- end }}
{{- end }}
