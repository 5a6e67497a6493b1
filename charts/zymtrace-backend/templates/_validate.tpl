{{/* What the schema cannot say: settings required by the chosen modes. Stops the render with the
     key to set. */}}
{{- define "zt.validate" -}}
{{- $v := .Values -}}
{{- if eq $v.clickhouse.mode "use_existing" -}}
{{- if not (regexMatch "^https?://[^/]+:[0-9]+/?$" (toString $v.clickhouse.use_existing.host)) -}}
{{- fail (printf "clickhouse.use_existing.host must be the HTTP interface's URL with protocol and port (http://host:8123, https://host:8443), not %q" (toString $v.clickhouse.use_existing.host)) -}}
{{- end -}}
{{- end -}}
{{- if has $v.postgres.mode (list "use_existing" "aws_aurora") -}}
{{- if not (regexMatch "^[^:/ ]+:[0-9]+$" (toString $v.postgres.use_existing.host)) -}}
{{- fail (printf "postgres.use_existing.host must be host:port in mode %s, not %q" $v.postgres.mode (toString $v.postgres.use_existing.host)) -}}
{{- end -}}
{{- if not $v.postgres.use_existing.user -}}
{{- fail (printf "postgres.use_existing.user is required in mode %s" $v.postgres.mode) -}}
{{- end -}}
{{- end -}}
{{- if eq $v.postgres.mode "gcp_cloudsql" -}}
{{- if not (regexMatch "^[^:]+:[^:]+:[^:]+$" (toString $v.postgres.gcp_cloudsql.instance)) -}}
{{- fail (printf "postgres.gcp_cloudsql.instance must be PROJECT:REGION:INSTANCE, not %q" (toString $v.postgres.gcp_cloudsql.instance)) -}}
{{- end -}}
{{- if not $v.postgres.gcp_cloudsql.user -}}
{{- fail "postgres.gcp_cloudsql.user (the IAM database user) is required in mode gcp_cloudsql" -}}
{{- end -}}
{{- end -}}
{{- if eq $v.storage.mode "use_existing" -}}
{{- $t := toString $v.storage.use_existing.type -}}
{{- if and (eq $t "minio") (not (regexMatch "^https?://" (toString $v.storage.use_existing.minio.endpoint))) -}}
{{- fail "storage.use_existing.minio.endpoint must be an http:// or https:// URL" -}}
{{- end -}}
{{- if and (eq $t "s3") (not $v.storage.use_existing.s3.region) -}}
{{- fail "storage.use_existing.s3.region is required with type s3" -}}
{{- end -}}
{{- if and (eq $t "gcs") (not (and $v.storage.use_existing.gcs.accessKey $v.storage.use_existing.gcs.secretKey)) -}}
{{- fail "storage.use_existing.gcs.accessKey and secretKey (an HMAC key) are required with type gcs" -}}
{{- end -}}
{{- end -}}
{{- if and (eq $v.auth.type "basic") (not (and $v.auth.basic.username $v.auth.basic.password)) -}}
{{- fail "auth.basic.username and auth.basic.password are required with auth.type basic" -}}
{{- end -}}
{{- if and (eq $v.auth.type "oidc") (not (and $v.auth.oidc.provider.clientId $v.auth.oidc.provider.clientSecret $v.auth.oidc.provider.issuerUri)) -}}
{{- fail "auth.oidc.provider.clientId, clientSecret and issuerUri are required with auth.type oidc" -}}
{{- end -}}
{{- if and (eq $v.auth.type "local") (not (and $v.auth.validation.keys.privateKey $v.auth.validation.keys.publicKey)) -}}
{{- fail "auth.validation.keys.privateKey and publicKey (PEM) are required with auth.type local" -}}
{{- end -}}
{{- if and $v.auth.serviceToken.enabled (not (has $v.auth.type (list "local" "oidc"))) -}}
{{- fail "auth.serviceToken.enabled works only with auth.type local or oidc" -}}
{{- end -}}
{{- if and $v.services.gateway.mtls.enabled (not (and $v.services.gateway.mtls.cert $v.services.gateway.mtls.key $v.services.gateway.mtls.ca)) -}}
{{- fail "services.gateway.mtls.cert, key and ca (PEM) are required when mTLS is enabled" -}}
{{- end -}}
{{- end }}
