#!/usr/bin/env bash
# slipway-cli bundle import installing on the testbed: the smoke chart and a test image exported
# from one loopback docker-registry with helm bundled (--include-helm), imported into another
# with --release / -n: the images pushed, the release deployed through install's pipeline
# (preflight, journal) with its Deployment's image rewritten to the target registry, and the
# bundled helm used.
. "$(dirname "$0")/../lib.sh"
. "$E2E_HERE/registry_lib.sh"
CLI="${SLIPWAY_BIN_DIR:?}/slipway-cli"
reg_need docker-registry || exit 1
capture WORK "make a work folder" mktemp -d
REG_TMP=$WORK
export XDG_DATA_HOME="$WORK/data" SLIPWAY_AUDIT_JOURNAL="$WORK/data/audit.jsonl" XDG_CONFIG_HOME="$WORK/config" \
  XDG_CACHE_HOME="$WORK/cache"
make_ns
trap 'reg_stop; rm -rf "$WORK"; cleanup_ns' EXIT
reg_start source || abort "start docker-registry" "docker-registry did not start"
reg_start target || abort "start docker-registry" "docker-registry did not start"
src=127.0.0.1:$REG_PORT_source; dst=127.0.0.1:$REG_PORT_target
capture DIGEST "make a test image" reg_layout "$WORK/seed" "$src/team/app:1" 1 1
step "push the test image to the source registry" "$CLI" bundle push-images --layout "$WORK/seed" --registry "$src" --plain-http
put "$WORK/values.yaml" 'image:' "  repository: $src/team/app" '  tag: "1"' 'message: from-a-bundle'
step "make a key pair" "$CLI" bundle keygen --out "$WORK/keys"
mkdir -p "$XDG_CONFIG_HOME/slipway/trusted-keys" && cp "$WORK/keys/slipway.pub" "$XDG_CONFIG_HOME/slipway/trusted-keys/"

check "export the smoke chart with its image and helm" "$CLI" --helm "$SLIPWAY_HELM" bundle export \
  --chart "$E2E_HERE/charts/smoke" -f "$WORK/values.yaml" --plain-http --include-helm \
  --sign-key "$WORK/keys/slipway.key" --out "$WORK/smoke.slipway.zip"
check "the bundle holds helm" sh -c "unzip -Z1 '$WORK/smoke.slipway.zip' | grep -qx bin/helm"
# PATH without helm: the install must run the bundled one.
OUT=$(env PATH=/usr/bin:/bin SLIPWAY_HELM= "$CLI" bundle import "$WORK/smoke.slipway.zip" --registry "$dst" --plain-http \
  --release offline -n "$NS" --extract-to "$WORK/ex" --timeout 120s 2>&1); RC=$?
check_eq "import installs the release (exit 0)" 0 "$RC"
[ "$RC" = 0 ] || echo "$OUT" | tail -n 8 | sed 's/^/      /'
check_eq "the release is deployed" deployed \
  "$("$CLI" --helm "$SLIPWAY_HELM" status --release offline -n "$NS" -o json | json 'd["status"]')"
check_eq "its Deployment pulls the image from the target registry" "$dst/team/app:1" \
  "$("${K[@]}" -n "$NS" get deployment offline -o jsonpath='{.spec.template.spec.containers[0].image}')"
check_eq "the bundle's values came along" from-a-bundle \
  "$("${K[@]}" -n "$NS" get configmap offline -o jsonpath='{.data.message}')"
check "the image is in the target registry" curl -sf -o /dev/null \
  -H 'Accept: application/vnd.oci.image.manifest.v1+json' "http://$dst/v2/team/app/manifests/$DIGEST"
check "the install has its audit journal line" grep -q '"release":"offline"' "$SLIPWAY_AUDIT_JOURNAL"
check "uninstall" "$CLI" --helm "$SLIPWAY_HELM" uninstall --release offline -n "$NS" --timeout 90s
echo "$PASS passed, $FAIL failed"
[ "$FAIL" = 0 ]
