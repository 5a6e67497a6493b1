<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Slipway::AnswerValidator</name>
    <message>
        <source>%1 is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the %2 request %3 is above its limit %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slipway::AnswersFile</name>
    <message>
        <source>Cannot read the answers file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answers file must be a map (environment, size, fields, overrides).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a field of this product&apos;s installer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown key “%1”: an answers file has environment, size, fields and overrides.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slipway::ApiCheck</name>
    <message>
        <source>%1 has no kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 %3) has no apiVersion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, item %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>APIs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster&apos;s APIs could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that `kubectl api-resources` works with the same credentials; the release&apos;s kinds were not checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: removed in Kubernetes %2 with no replacement; use Pod Security admission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: removed in Kubernetes %2; use %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not served by the cluster; served as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: its CRD is not installed (the cluster serves no %2 API)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the cluster serves %2 but not this kind (its CRD is missing or older than the chart)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not served by the cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The release renders no objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All %1 kinds of the release are served: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the release&apos;s %2 documents cannot be read as Kubernetes objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the release&apos;s %2 kinds are not served by the cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a version of the chart made for this cluster&apos;s Kubernetes, or move the manifests to the API versions named.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install the operator or CRDs that provide the missing kinds first, or turn the feature that needs them off in the values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every document the chart renders needs an apiVersion and a kind: correct the chart&apos;s templates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a version of the chart made for this cluster&apos;s Kubernetes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slipway::ApiError</name>
    <message>
        <source>Cannot reach the proxy %1 (proxy-url in the kubeconfig): %2. Check that the proxy is running, or remove proxy-url to connect to %3 directly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy %1 (proxy-url in the kubeconfig) would not open a connection to %2: %3. Check the proxy&apos;s rules and credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request to %1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot find the host %1. Check the server address in the kubeconfig and your network&apos;s DNS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection refused by %1: nothing is listening there. Check that the cluster is running and that the server address is right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to %1 (%2). Check the address and any firewall or VPN in between.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer in time. Check the address and any firewall or VPN in between.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of %1 is not valid for that name (%2). Use the address the certificate was issued for, or set tls-server-name in the kubeconfig.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of %1 is signed by an unknown authority (%2). Check certificate-authority-data in the kubeconfig.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client certificate or key cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate authority cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at cluster scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in namespace “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster did not accept the credentials (401 Unauthorized). The token or certificate may be wrong or expired; get a fresh kubeconfig or log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A resource quota forbids this: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may not %2 %3 %4 (403 Forbidden). Ask a cluster administrator for this permission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 do not exist %2 (404).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 “%2” does not exist %3 (404).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster rejected %1 as invalid: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster is busy and asked to retry later (429)%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster no longer has the requested version of %1 (410 Gone); the list must be read again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster had an internal problem (HTTP %1)%2. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster answered HTTP %1%2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slipway::AuditJournal</name>
    <message>
        <source>Cannot write the audit journal %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slipway::BlobWriter</name>
    <message>
        <source>cannot write blob %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blob %1 does not match its digest: received %2 bytes with digest %3, expected %4 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the registry&apos;s copy is corrupt or was changed; nothing of it was kept</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slipway::BundleCommands</name>
    <message>
        <source>usage: slipway-cli bundle keygen --out DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slipway-cli: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secret key: %1 (mode 0600, not encrypted: keep it private; sign with “bundle export --sign-key %1”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public key: %1 (give it to whoever imports your bundles: they copy it into %2 or pass --trusted-key; “minisign -V -p” reads it too)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: slipway-cli bundle export --product ID | --chart PATH [-f VALUES]… [--answers FILE] [--image REF]… [--sign-key FILE] [--out FILE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundle export takes values files (-f FILE), not --set: the bundle keeps its values as one file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sign-key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--platform must be OS/ARCH[/VARIANT], for example linux/arm64, not “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--image %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out of the bundle, as secrets (--include-secrets keeps them): %1. Give them at import with -f FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart has no installer.yaml, so Slipway cannot tell its secrets: the -f files are bundled as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resuming from %1: images already pulled there are not fetched again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image %1@%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MiB written, %2 image(s) (%3 MiB pulled, %4 MiB already staged), %5, in %6 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed with key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: slipway-cli bundle import FILE --registry HOST[:PORT] [--trusted-key FILE]… [--release NAME] [-n NAMESPACE] [-f VALUES]…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: slipway-cli bundle verify FILE [--trusted-key FILE]… [--allow-unsigned]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trusted key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>values: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extracted to %1. To install, run:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle holds no secrets: if the product needs some, give them with -f FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (chart %3, app %4), made %5 by Slipway %6%7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> with helm %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signature: good, by trusted key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signature: none accepted (--allow-unsigned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>files: %1, %2 MiB, every checksum matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image %1@%2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pushed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bundle contains secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: slipway-cli bundle push-images BUNDLE --registry HOST[:PORT] [--trusted-key FILE]… [--allow-unsigned]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundle push-images extracts and installs nothing: --extract-to and --no-install are for bundle import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slipway-cli: %1: cannot create a folder: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TARGET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle holds no images: nothing was pushed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 image(s) pushed to %3: %4 MiB sent, %5 MiB already there, in %6 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed by trusted key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no accepted signature (--allow-unsigned)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slipway::BundleExport</name>
    <message>
        <source>cannot create the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slipway::BundleImport</name>
    <message>
        <source>the bundle is not signed by a trusted key; its checksums are checked, but not who made it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bundle has no values/values.yaml</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slipway::BundleManifest</name>
    <message>
        <source>“%1” is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” must be %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bundle was written by a newer Slipway, or edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” must be a whole number of bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format version %1 is not one this Slipway reads (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import it with the Slipway version that wrote it, or a newer one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“created” must be a UTC time such as 2026-01-31T12:00:00Z, not “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1.path” is not a safe relative path: “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1.path” lists “%2” twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1.sha256” must be sha256: and 64 lowercase hex digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1.digest” must be sha256: and 64 lowercase hex digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1.platforms” must be a list of strings such as linux/amd64</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slipway::BundleOperation</name>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slipway::BundleReader</name>
    <message>
        <source>the bundle is damaged or was changed: get it again from its source, and do not use this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a zip archive (zip error %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the archive&apos;s directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the archive holds “%1” twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the archive holds “%1”, which would be written outside the folder it is extracted to (absolute path or “..”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the archive holds “%1”, a symbolic link; bundles hold no links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the archive&apos;s directory (zip error %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bundle has no %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1 (zip error %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no manifest.json: this is not a Slipway bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signature refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; or, having checked the bundle another way, pass --allow-unsigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bundle is not signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ask for a signed bundle (slipway-cli bundle export --sign-key), or, having checked it another way, pass --allow-unsigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manifest.json: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is in the archive but not in its manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is %2 bytes in the archive, but the manifest says %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is in the manifest but missing from the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose a folder that does not exist yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is missing from the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read “%1” (zip error %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be read: the archive is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is bigger than the %2 bytes its manifest declares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is the disk full?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be read: the archive is damaged (zip error %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is %2 bytes, but its manifest declares %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” does not match its checksum in the manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot rename %1 to its name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slipway::BundleWriter</name>
    <message>
        <source>cannot create the bundle (zip error %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check that the folder exists and can be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot add %1 to the bundle (zip error %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1 into the bundle: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is the disk full?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1 into the bundle (zip error %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot finish the bundle (zip error %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot rename %1 to its name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slipway::ChartFiles</name>
    <message>
        <source>the chart has more than %1 files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is larger than %2 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a chart file this large is not a template or values file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the chart is larger than %1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an entry has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is an absolute path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” climbs out of the chart with “..”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an entry name contains a NUL character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replace the link with the file it points to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the archive: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the archive is larger than %1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a gzip-compressed tar archive: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a packaged chart is what “helm package” writes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the archive was not made by helm package, or was tampered with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a chart archive holds plain files only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is outside the chart&apos;s folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a packaged chart has all its files in one top folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the archive is damaged at “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the archive is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slipway::ChartLoader</name>
    <message>
        <source>Chart.yaml must be a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start with “apiVersion: v2” and “name: …”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown chart apiVersion “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helm charts use v2 (or v1 for old charts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chart version “%1” is not a semantic version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write it as MAJOR.MINOR.PATCH, e.g. 1.0.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a dependency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check the indentation and quoting around this spot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the schema must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>values.schema.json is JSON: check commas and quotes here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no Chart.yaml: this is not a Helm chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose the chart&apos;s folder (the one holding Chart.yaml) or its .tgz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the icon “%1” is not a file of the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>put the icon in the chart folder and name it relative to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such chart folder or archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check the path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the chart has no installer.yaml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add one beside Chart.yaml (see charts/README.md)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slipway::Cli</name>
    <message>
        <source>List the products Slipway can install.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render a product&apos;s manifests without installing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install a product into a cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll a release back to an earlier revision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uninstall a release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a release&apos;s status and its workloads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a release&apos;s revision history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the values a release was installed with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what an install, upgrade or rollback would change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover a release stuck in a pending state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that a cluster is ready for a product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write an offline bundle for an air-gapped install.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import an offline bundle and install from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify an offline bundle&apos;s checksums and signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the kubeconfig contexts; the current one is marked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the connection to a cluster and show who you are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version of slipway-cli and of the helm it uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this kubeconfig file instead of KUBECONFIG or ~/.kube/config.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this kubeconfig context instead of the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: text or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this helm binary (else SLIPWAY_HELM, then PATH).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slipway installs, upgrades and rolls back Helm-packaged stacks, online or air-gapped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command to run (see below).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--output must be text or json, not “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no command given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage error, or a command not implemented yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kubeconfig, cluster or authentication error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>helm %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>helm: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run “slipway-cli --help” for the commands and options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: slipway-cli [options] &lt;command&gt; [arguments]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade an installed release (“diff” shows what would change).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where helm keeps release records: secret or configmap (else HELM_DRIVER, else secret, as helm).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The release&apos;s namespace (default: the product&apos;s, else the context&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The release name (default: the product&apos;s, else the chart name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A product Slipway ships (see “products”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A chart folder or .tgz, with or without installer.yaml.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product&apos;s answers (YAML: environment, size, fields, overrides).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A values file applied after the answers (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set one value, applied last (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long helm may wait for the workloads, e.g. 10m or 600 (seconds).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rollback: the revision to go back to (default: the last good one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>values: the revision to show (default: the latest).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uninstall: keep the release history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uninstall: also delete the release&apos;s persistent volume claims.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>values, diff: show secret values instead of &lt;secret 1a2b3c4d&gt; marks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recover: go ahead even though the pending operation is recent enough that another helm may still be running it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recover: mark the pending revision failed instead of rolling back or uninstalling; the cluster&apos;s objects stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>diff: exit 1 when there are differences, 0 when there are none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--helm-driver: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout must be a duration such as 10m or 90s, not “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be a revision number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected failure, or no usable helm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid product, answers or values; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>helm failed and the release was rolled back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timed out waiting for the workloads (not rolled back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>helm failed; the release is as helm left it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the release is stuck in a pending state: run “recover”; or “recover” refused because another helm may still be working on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the release does not exist (status, history, values, diff, uninstall, recover)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupted by Ctrl-C (SIGINT); 143 for SIGTERM, 129 for SIGHUP. The message says which state the release was left in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“diff --exit-code” exits 1 when there are differences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl-C (or SIGTERM) while helm installs or upgrades cancels the operation: helm marks the new revision failed and rolls the release back, slipway-cli waits for helm to stop (it is killed if it has not after 10 s), says which revision and state the release is at, writes the audit journal line (outcome “cancelled”) and exits 130 (143 for SIGTERM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rollback or uninstall is never stopped half-way, since that would leave the release stuck: the first Ctrl-C only says that it will finish, and waits; a second one stops helm anyway (then run “recover”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: slipway-cli %1 --product ID --answers FILE [--values FILE]… [--set PATH=VALUE]… [--timeout DURATION]
       slipway-cli %1 --chart PATH [--values FILE]… [--set PATH=VALUE]…

install installs a release that does not exist yet (exit 4 if it does); upgrade changes one that does (exit 2 if it does not: use install). helm runs with rollback on failure and waits for the workloads; on a terminal, one line shows the phase, the time and the pods. Without --answers, an upgrade keeps the values the release was deployed with and applies --values and --set over them.

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: slipway-cli values [--revision N] [--show-secrets] [-o json]

The user-supplied values of the latest revision (or of revision N), as “helm get values” prints them. The values of the installer&apos;s secret fields are shown as &lt;secret 1a2b3c4d&gt; (the start of their SHA-256, so equal secrets have equal marks) unless --show-secrets is given. Exit 9 if there is no such release, 2 if it has no revision N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: slipway-cli diff [FROM [TO]]
       slipway-cli diff --answers FILE | --values FILE | --set PATH=VALUE …

With revisions: the user values and the manifest of revision FROM against TO (default: the last two revisions; TO defaults to the latest).
With --answers, --values or --set and no revisions: the last deployed revision against what “upgrade” with the same options would deploy. helm renders it against the cluster (upgrade --dry-run=server, so lookups and API versions are the real ones); nothing is changed.

Secrets show as &lt;secret 1a2b3c4d&gt; unless --show-secrets is given. Exit 0 whether or not there are differences; with --exit-code, 1 when there are. Exit 9 if there is no such release, 8 if it is stuck pending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a chart&apos;s installer.yaml and report every problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: slipway-cli lint --chart PATH [-o json]

Checks a chart folder or .tgz the way install would load it — Chart.yaml, values.yaml, values.schema.json and above all installer.yaml (unknown keys, types, ids, paths, conditions, duplicate keys) — without a cluster or helm. Every problem is printed at once, one a line, as FILE:LINE:COLUMN: message (hint); with -o json, as a list of {file, line, column, message, hint} (line and column 0 when unknown). Exit 0 when there is no problem, 4 when there is one or more, 2 without --chart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>install, upgrade, preflight: go on although this preflight check fails (repeatable; the journal records it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>install, upgrade: run no preflight checks (the journal records it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--skip-preflight and --ignore-preflight exclude each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preflight found failures (preflight; install and upgrade then change nothing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--set must be PATH=VALUE (for example image.tag=1.2.3), not “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: slipway-cli rollback [--to REVISION]   (default: the last good revision)
       slipway-cli uninstall [--keep-history] [--delete-pvcs]

rollback of a release that does not exist is a usage error (exit 2); uninstall of one exits 9. Both refuse a release stuck in pending-* or uninstalling — also one another slipway-cli or helm is still working on — with exit 8: run “slipway-cli recover” once nothing works on it.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pull a container image into an OCI image layout folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundle pull-image, push-images: the OCI image layout folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundle pull-image: the platform taken from a multi-platform image (default linux/amd64).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundle pull-image, push-images: the registry user (else the docker config&apos;s entry).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundle pull-image, push-images: read the registry password from the first line of stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundle pull-image, push-images: a docker config.json with registry credentials (default: $DOCKER_CONFIG/config.json, else ~/.docker/config.json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundle pull-image, push-images: trust this CA file for the registry&apos;s certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundle pull-image, push-images: plain http, for a registry on this machine (loopback) only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“bundle” needs one of: export, import, verify, pull-image, push-images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--password-stdin needs --username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a registry failed or refused (bundle pull-image, push-images): unreachable, authentication, unknown image, a blob that does not match its digest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check an external database or object store (postgres, redis, clickhouse, s3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test-connection: the database or object store cannot be used (the message says why)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run “slipway-cli &lt;command&gt; --help” for the details of install, upgrade, rollback, uninstall, values, diff, recover, lint and test-connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: slipway-cli recover [--mark-failed] [--force] [--timeout DURATION]

A release is stuck when its latest revision is pending-install, pending-upgrade or pending-rollback (a helm was killed, crashed or lost the cluster half-way), or uninstalling. Helm cannot tell a stuck operation from one another helm is still running, so recover first looks at when the operation began: if that is less than the operation timeout (--timeout, else the product&apos;s helm.timeout, else 5m) plus 2 minutes ago, it refuses with exit 8 — another helm may still be running — and --force goes ahead anyway.

Before changing anything it saves every revision&apos;s record (Secret, or ConfigMap with helm&apos;s configmap driver) to a private (0600) file in &lt;data folder&gt;/slipway-cli/release-backups-with-secrets (0700): the records hold the release&apos;s values, secret answers included. Then, least invasive first:
  pending-upgrade, pending-rollback: roll back to the newest deployed (else superseded) revision, which re-applies it as a new revision.
  pending-install with no earlier good revision: uninstall, so that it can be installed again.
  uninstalling: run the uninstall again.
  --mark-failed (any pending state): only mark the pending revision failed, as Flux&apos;s unlock does, and leave the cluster&apos;s objects as they are; the next upgrade then starts from the last deployed revision. With helm 3 (client-side apply) that upgrade changes only what differs between the last deployed revision and the new one, so a change the interrupted run made that neither mentions stays in the cluster; the rollback does not leave it behind.
Deleting the pending revision&apos;s record by hand also unlocks a release, but keeps whatever the dead run applied without a record of it; Slipway does not do that.

Exit 0 when recovered or when there was nothing to recover, 8 when refused, 9 when there is no such release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a key pair to sign offline bundles with (minisign format).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundle export: the bundle to write (default &lt;product&gt;-&lt;version&gt;.slipway.zip); bundle keygen: the folder for slipway.key and slipway.pub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundle export: an image to bundle besides those the chart renders (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundle export: sign the bundle with this minisign secret key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundle export: bundle the helm binary too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundle export: keep the installer&apos;s secret fields in the bundled values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundle import: extract into this new folder (default: under ~/.cache/slipway/imports).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundle import: stop after pushing the images and writing the values; print the install command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push the images of an OCI image layout, or of a verified bundle, to a registry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundle push-images, import: the registry to push to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundle verify, import, push-images: trust this public key (repeatable), besides $XDG_CONFIG_HOME/slipway/trusted-keys/*.pub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundle verify, import, push-images: accept a bundle that is not signed by a trusted key (its checksums are still checked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundle verify, import, push-images: the bundle is damaged, tampered with or crafted, or its signature is refused; nothing was extracted, pushed or installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: slipway-cli bundle keygen --out DIR
       slipway-cli bundle export --product ID | --chart PATH [--answers FILE] [-f VALUES]… [--image REF]… [--platform OS/ARCH] [--sign-key FILE] [--include-helm] [--include-secrets] [--out FILE]
       slipway-cli bundle verify FILE [--trusted-key FILE]… [--allow-unsigned]
       slipway-cli bundle import FILE --registry HOST[:PORT] [--trusted-key FILE]… [--allow-unsigned] [--extract-to DIR] [--no-install] [--release NAME] [-n NAMESPACE] [-f VALUES]…
       slipway-cli bundle push-images FILE --registry HOST[:PORT] [--trusted-key FILE]… [--allow-unsigned] [-o json]
       slipway-cli bundle push-images --layout DIR --registry HOST[:PORT]
       slipway-cli bundle pull-image REFERENCE --layout DIR [--platform OS/ARCH]

An offline bundle (&lt;product&gt;-&lt;version&gt;.slipway.zip) holds the chart, its values (the installer&apos;s secret fields left out unless --include-secrets), every image the chart renders plus each --image as an OCI image layout, optionally helm, and manifest.json listing every file with its size and SHA-256, signed in minisign&apos;s format (manifest.json.minisig; “minisign -V” checks it too).

export pulls the images into &lt;bundle&gt;.staging first; an export that stops resumes from there. verify and import check the signature against the trusted keys ($XDG_CONFIG_HOME/slipway/trusted-keys/*.pub and each --trusted-key) before anything else, then every file&apos;s checksum; a bundle that is not signed by one of them is refused unless --allow-unsigned. import extracts into a private folder, pushes the images to --registry (the registry options of push-images apply), rewrites the image references of the values to it (global.imageRegistry when the chart has it, else each image&apos;s repository), and installs the bundled chart as “install --chart” does (--no-install: stop there and print that command). push-images FILE checks the bundle exactly as import does, then only pushes its images to --registry and prints, for each, the bundle&apos;s reference and where it went with its digest (-o json: a list of {source, target, digest}); nothing is installed, and only the image layout is extracted, into a private folder that is removed afterwards. The registry options (--username, --password-stdin, --docker-config, --registry-ca, --plain-http) are those of import.

Exit 0 when done, 13 when the bundle is refused (verify, import, push-images: nothing extracted, pushed or installed), 12 when a registry fails, 2 for a usage error, 1 when a file cannot be read or written; import&apos;s install exits as install does.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slipway::CliSession</name>
    <message>
        <source>KUBECONFIG names %1 files; pass the one to use with --kubeconfig.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give either --product or --chart, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no product “%1”. Run “slipway-cli products” for the ones this Slipway has, or give a chart with --chart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the product with --product ID or --chart PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart cannot be used:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the release with --release, or give --product / --chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart %1 has no installer.yaml: use --values instead of --answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>install of a product needs --answers FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no release “%1” in namespace %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no release “%1” in namespace %2 in the records of helm&apos;s “%3” storage driver, but there is in the %4 objects of its “%5” driver: run with --helm-driver %5 (or HELM_DRIVER=%5).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slipway::ClickHouseConnectionTest</name>
    <message>
        <source>%1 answered /ping with HTTP %2, not ClickHouse&apos;s “Ok.”. Check that the port is ClickHouse&apos;s HTTP interface (8123, or 8443 with TLS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClickHouse at %1 refused user “%2” with this password. Check the user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClickHouse at %1 has no database “%2”. Create it (CREATE DATABASE …) or correct the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClickHouse at %1 refused user “%2” (HTTP %3). Check the user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClickHouse at %1 answered HTTP %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slipway::ClusterCapacity</name>
    <message>
        <source>%1: %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: container %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 of %3 pods): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 pods cannot be placed on the %3 schedulable nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose a smaller size or lower the pods&apos; resource requests, add nodes or larger nodes, or free room on the nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label nodes to match the pods&apos; selectors and affinity, uncordon nodes, or add the tolerations their taints need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To make room: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every pod of the release asks for a GPU: the GPU check judges them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The release creates no pods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All %1 pods fit on %2 schedulable nodes: they ask %3 and %4; the nodes have %5 and %6 free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A DaemonSet that runs on no node does nothing: check its node selector, affinity and tolerations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the quantities that could not be read; they were taken as zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 free on %n node(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the cluster has no GPU node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cluster has %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pod asks for a GPU; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No GPU node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU node tainted and the pod does not tolerate it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No GPU node matches the pod&apos;s selectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More GPUs asked than the largest node has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too large for the GPU nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The GPUs are in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No room on the GPU nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A GPU DaemonSet runs on no node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 of %3 GPU pods cannot be placed; %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the GPU pods the tolerations and selectors the GPU nodes need (the chart&apos;s GPU settings), ask for no more GPUs than one node has, or add GPU nodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the DaemonSet&apos;s node selector and tolerations against the GPU nodes&apos; labels and taints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n GPU pod(s) asking %1 fit; %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (not counting the release&apos;s %n running pod(s), which the upgrade replaces)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Slipway::ClusterCommands</name>
    <message>
        <source>No contexts: no kubeconfig was found, or it defines none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CURRENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLUSTER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAMESPACE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1 — Kubernetes %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User:     %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups:   %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slipway::ClusterCredentials</name>
    <message>
        <source>cannot read the token file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the gcp auth-provider was removed from Kubernetes; install gke-gcloud-auth-plugin and use it as an exec plugin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the azure auth-provider was removed from Kubernetes; install kubelogin and use it as an exec plugin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auth-provider “%1” is not supported; configure an exec credential plugin instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection was closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slipway::ClusterHeader</name>
    <message>
        <source>No cluster configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slipway found no kubeconfig. Set KUBECONFIG to your kubeconfig file (or start Slipway with --kubeconfig FILE), or run ./run.sh --sandbox to start a local test cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server: %1 · cluster %2 · namespace %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1 — Kubernetes %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1 — Kubernetes %2 as %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the connection again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retr&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slipway::ClusterPage</name>
    <message>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the product is installed: the cluster, the namespace and the name of the release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kubeconfig context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Context:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Release name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot use this cluster: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1, Kubernetes %2, as %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an anonymous user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An existing namespace, or a new name: the install creates it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This identity may not list namespaces: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for a release of that name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the release&apos;s records: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new release “%1” will be installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The release “%1” is stuck in “%2” (revision %3): another operation began and did not finish. Recover it from the main window (Recover…) first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The release “%1” exists (revision %2, %3, chart %4): it will be upgraded, starting from the values it runs with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the answers of an unfinished install here (%1); secrets are asked again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers are kept as they are typed, without secret ones, until the install succeeds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Na&amp;mespace:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slipway::ClusterProbe</name>
    <message>
        <source>The cluster did not accept the credentials (401 Unauthorized). The token or certificate may be wrong or expired; get a fresh kubeconfig.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster refused access (403 Forbidden)%1. Ask an administrator for the permissions Slipway needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster answered with HTTP %1%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address “%1” must start with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusing to send credentials to %1 over plain http. Use the cluster&apos;s https address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered, but not like a Kubernetes API server. Check the server address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cluster cannot tell who you are (it predates SelfSubjectReview).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection check of %1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slipway::Composition</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source># Written by Slipway: only what differs from the chart&apos;s defaults.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source># Secret values are in a separate file.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source># Secret values are left out.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source># Written by Slipway: secret values. Keep this file private.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slipway::Condition</name>
    <message>
        <source>an operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the expression is nested too deeply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a field id, a value, “!” or “(”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the expression is longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slipway::ConditionLexer</name>
    <message>
        <source>a field id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the end of the expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an operator; use ==, !=, &amp;&amp;, || or !</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text starting here is not closed with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slipway::ConnectionCommand</name>
    <message>
        <source>test-connection: postgres, redis, clickhouse or s3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test-connection: the server&apos;s host name or address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test-connection: the port (default: the kind&apos;s usual one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test-connection: the user (s3: the access key ID).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test-connection: the database (redis: its index; clickhouse: optional).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test-connection: the S3 bucket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test-connection: the S3 region (default: us-east-1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test-connection: connect with TLS, verifying the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: slipway-cli test-connection --kind postgres|redis|clickhouse|s3 --host HOST [--port PORT] [--user USER] [--database NAME] [--bucket NAME] [--region REGION] [--tls] [--timeout 10s] [-o json]

Connects to an external database or object store the way the install wizard&apos;s “Test connection” does, from this computer: PostgreSQL (login, then SELECT version()), Redis (AUTH, PING, SELECT, INFO), ClickHouse&apos;s HTTP interface (/ping, then SELECT version() as the user) or an S3-compatible endpoint (a signed HEAD of the bucket, path-style). The password — for S3, the secret key — is read from the environment variable %1, never from an argument, and is never printed.

Exit 0 when the connection works; 11 when it does not, with one line saying what is wrong (with -o json: {ok, outcome, message, elapsedMs}; outcome is one of dns, refused, timeout, tls, authentication, missing-database, missing-bucket, other); 2 on a usage error; 130 on Ctrl-C.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kind must be one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test-connection needs --host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--port must be a number from 1 to 65535, not “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout must be a duration such as 5s, up to 1h, not “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run “slipway-cli test-connection --help” for its options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slipway-cli: connection test cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2: connection works (%3, %4 ms).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slipway-cli: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slipway::ConnectionTestRequest</name>
    <message>
        <source>An S3 connection is given by endpoint, bucket and keys, not by a URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a %1 URL (it starts with “%2:”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 URL has no host, or is not a valid URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the server&apos;s address first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slipway::ConnectionTestResult</name>
    <message>
        <source>The name “%1” does not resolve. Check it for typos; a name that only the cluster&apos;s DNS knows cannot be tested from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the connection: nothing listens on that port. Check the port and that the server is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s. Check the host and port and that no firewall drops the traffic, or allow more time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS connection to %1 failed (%2). Check that the server speaks TLS on this port and that this computer trusts its certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection test was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slipway::CurlCall</name>
    <message>
        <source>%1 did not answer in HTTP (%2). Check the port, and whether the server expects TLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be reached: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slipway::CurlEngine</name>
    <message>
        <source>The connection was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusing to send credentials to %1 over plain http. Use the cluster&apos;s https address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stream from %1 stayed silent for %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slipway::DescriptorParser</name>
    <message>
        <source>the descriptor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported apiVersion “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this Slipway reads “apiVersion: slipway/v1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind must be “Installer”, not “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“product” is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add “product: {id: …, title: …}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>product id “%1” is not a DNS label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use lower-case letters, digits and “-”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>release name “%1” is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helm allows lower-case letters, digits and “-”, at most 53</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>namespace “%1” is not a DNS label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use lower-case letters, digits and “-”, at most 63</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write it as helm does: 90s, 15m, 1h30m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an entry of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use letters, digits, “_” and “-”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is defined twice in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than one default in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mark exactly one entry “default: true”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“pages” is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add “pages:”, each with an id, a title and fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page “%1” is defined twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page “%1” has no fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field id “%1” is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field ids are unique across all pages and modes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a second yaml field without a path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only one field edits the raw overrides; give this one a path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“when” names “%1”, which is no field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name a field id, environment or size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>did you mean “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>installer.yaml must be a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start with “apiVersion: slipway/v1” and “kind: Installer”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check the indentation and quoting around this spot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add “fields:” with at least one field, or “info:” for a page that only informs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a check has no “when”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add the condition under which the answers are wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a check needs exactly one of “error” and “warning”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the message shown when its condition holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a check names no “fields”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the ids of the fields its message is shown at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a check names “%1”, which is no field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list field ids under “fields”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slipway::DescriptorReader</name>
    <message>
        <source>unknown key “%1” in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>known keys: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>did you mean “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write it as “key: value” lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write each entry on a line starting with “- ”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add “%1: …”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a whole number, 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each entry of %1 must be text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a values path: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write keys separated by dots, list positions as [0], and keys with dots as [&quot;a.b&quot;]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slipway::DiffPane</name>
    <message>
        <source>Diff layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unified diff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 have the same values and manifest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&amp;ayout:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slipway::Duration</name>
    <message>
        <source>“%1” is not a duration (examples: 90s, 15m, 1h30m, 500ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is too long a duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an empty text is not a duration (examples: 90s, 15m, 1h30m, 500ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” needs a unit after “%2” (h, m, s, ms, us or ns)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has an unknown unit “%2” (h, m, s, ms, us or ns)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slipway::EventsModel</name>
    <message>
        <source>LAST SEEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REASON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OBJECT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MESSAGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COUNT</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slipway::ExecPlugin</name>
    <message>
        <source>exec plugin: unsupported apiVersion “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exec plugin “%1” needs an interactive terminal, which Slipway cannot provide; log in with it in a terminal first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exec plugin “%1” could not be started: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exec plugin “%1” did not answer within %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exec plugin “%1” failed with exit code %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exec plugin “%1” answered with API version “%2”, but is configured for “%3”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exec plugin “%1” did not return a status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exec plugin “%1” returned only a certificate or only a key, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exec plugin “%1” returned neither a token nor a certificate and key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exec plugin “%1” was not found or cannot be run (%2); install it or put its folder on PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exec plugin “%1” was stopped: the connection was closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slipway::ExportBundleWizard</name>
    <message>
        <source>Export Offline Bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slipway::ExportDonePage</name>
    <message>
        <source>C&amp;opy Public Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle Written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product: %1 %2 (chart %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Images: %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The bundle contains secrets: keep it as private as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written in %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle is not signed: the installing site has to accept it knowingly, without proof of where it came from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carry the file to the air-gapped site: there, Install… and Open Bundle… on the Product page verify it, push its images and install it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed with key %1. Give the installing site this public key, to add to its Trusted Bundle Keys as a .pub file%2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slipway::ExportOptionsPage</name>
    <message>
        <source>Chart &amp;Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include &amp;helm, for a machine that has none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include &amp;secrets (passwords, keys, tokens)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Generate Key Pair…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain &amp;http for registries on this machine (127.x)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Offline Bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One file with the chart, its values and every container image it runs, for a cluster without internet access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a chart folder (with Chart.yaml) or a packaged chart (.tgz)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: the product&apos;s defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: applied after the answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A minisign secret key; empty: not signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: docker config.json (default ~/.docker/config.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform taken from multi-platform images: OS/ARCH[/VARIANT]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include helm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone who gets the bundle file can read these secrets. Without them, the installing site enters its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new minisign key pair in a folder you choose: slipway.key (keep it private) and slipway.pub (give it to the sites that import)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain http for local registries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Answers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Values:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image p&amp;latform:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Credentials:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helm charts (Chart.yaml *.tgz *.tar.gz);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YAML (*.yaml *.yml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minisign secret keys (*.key);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry Credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>docker config (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline bundles (*.slipway.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the New Key Pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse for the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be used as a chart:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle cannot be written to %1: choose a file in an existing folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slipway::ExportPreparation</name>
    <message>
        <source>%1: container “%2” names no image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>helm package %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rendered manifests: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the chart renders image “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slipway::ExportProgressPage</name>
    <message>
        <source>&amp;Stop Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The images are pulled into a staging folder first, then written into the bundle with the chart and its values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stops the export; no bundle file is left behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rendering the chart with helm to find its images…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>helm was not found: Slipway needs it to render the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>install helm 3.17 or newer, or set SLIPWAY_HELM to its path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out as secrets: %1. The installing site enters them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart has no installer.yaml, so Slipway cannot tell its secrets: the values file is bundled as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Pulling %n image(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pulling the images…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle is written (%1 s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was stopped. No bundle was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export failed. No bundle was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The images pulled so far stay in %1: exporting to the same file again resumes from them. Delete the folder to free the space.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slipway::FieldChecks</name>
    <message>
        <source>“%1” is not a quantity; write e.g. 500m or 2 for CPU, 512Mi or 4Gi for memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” means thousandths of a byte; did you mean %2Mi?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>toleration %1: operator must be Equal or Exists, not “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>toleration %1: with Exists there is no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>toleration %1: without a key the operator must be Exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>toleration %1: effect must be NoSchedule, PreferNoSchedule or NoExecute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>toleration %1: tolerationSeconds applies to NoExecute only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the GPU count cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an extended resource name such as nvidia.com/gpu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no node of the cluster offers %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 asked, but the largest node has %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the secret value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be yes or no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not one of the choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not host:port (e.g. db.example.com:5432)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a URL such as https://example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a PEM block (-----BEGIN …----- … -----END …-----)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a StorageClass name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cluster has no StorageClass “%1” (it has %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid key (prefix/name, 63 characters at most)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid value (63 letters, digits, “-”, “_”, “.” at most)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not one of the modes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>raw overrides must be a mapping of values keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not have the expected form (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be at least %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be at most %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must have at least %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must have at most %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must name a Secret and one of its keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Secret&apos;s name is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a Secret name (lower-case letters, digits, “-” and “.”, 253 at most)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key in the Secret is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a Secret key (letters, digits, “-”, “_” and “.”, 253 at most)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an image reference: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names no tag or digest (e.g. :1.2.3 or @sha256:…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a digest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this chart takes no %1 for this image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list of text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list of choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not one of the choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is chosen twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the namespace has no Secret “%1” yet; the pods will wait until it exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Secret “%1” has no key “%2” (it has %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must have at least %1 items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must have at most %1 items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose at least %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose at most %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Secret name (lower-case letters, digits, “-” and “.”, 253 at most)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Secret “%1” lacks %2 (it has %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slipway::FieldParser</name>
    <message>
        <source>“when” does not parse: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conditions use field ids, &apos;text&apos;, numbers, true / false, ==, !=, in [..], !, &amp;&amp;, || and parentheses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field id “%1” is not a plain name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field id “%1” is reserved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conditions use “environment” and “size” for the chosen presets; rename the field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field type “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>known types: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>did you mean “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 field cannot be secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only text answers are kept secret; use type “secret” for a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field “%1” has no “path”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add “path: …”, the values key this answer is written to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a gpu field writes through its “gpu” paths, not “path”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>move the path under “gpu:” as enabled, count, resourceName, nodeSelector or tolerations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>raw overrides cannot belong to a mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the yaml field a path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” belongs to %2 fields only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the choices under “options:”, as values or {value, title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“options”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an option has no “value”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown quantity kind “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use cpu, memory, storage or any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resourceProfiles field “%1” lists no “profiles”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add “profiles: [small, medium, large]”, the keys under its path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“gpu”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gpu field “%1” has no “gpu” paths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>map at least count: under “gpu:” to a values path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>databaseMode field “%1” has no “modes”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the modes, each with an id, a title and its own fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“modes”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>modes are nested too deeply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mode “%1” is defined twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a mode&apos;s “fields”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“validate”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“pattern” is not a valid regular expression: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>patterns use Perl syntax; in single quotes a backslash needs no escaping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“max” is smaller than “min”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“maxLength” is smaller than “minLength”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“allowed”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“allowed” is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list at least one value, or remove it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the default does not fit a %1 field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the default as the answer itself, e.g. 3 for int, true for bool, a mapping for keyValues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use letters, digits and “_”, starting with a letter or “_”, so conditions can name it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a secret field is always secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove “secret: false”, or use type “string” for text that may be shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an image field writes through its “image” paths or its “path”, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep “image:” for charts with registry, repository and tag keys of their own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 field “%2” has no “options”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“image”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“image” has no “repository” path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>map repository: to the values key of the image&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“generate”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a generated password has %1 to %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the generated password is longer than “maxLength”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the generated password is shorter than “minLength”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a Secret key (letters, digits, “-”, “_” and “.”)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slipway::FieldsPage</name>
    <message>
        <source>%1 *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still to fill in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to the server from this machine with what is entered below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slipway::GpuEditor</name>
    <message>
        <source>Use GPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this node&apos;s selector and tolerations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU node selector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU tolerations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPUs per pod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU resource name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster&apos;s GPU nodes are listed once it has been read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPUs per pod:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node selector:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tolerations:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cluster has no GPU node: no node offers an extended GPU resource such as nvidia.com/gpu. Pods asking for GPUs would stay Pending; turn GPUs off or add a GPU node first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 × %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>, tainted: needs %n toleration(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>GPU nodes of this cluster:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slipway::HelmErrorText</name>
    <message>
        <source>The release is locked by an earlier operation that did not finish; use “recover” once no other helm is working on it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slipway::HelmJob</name>
    <message>
        <source>helm could not be started (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled before helm was started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping helm…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running helm %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create a private folder for the values: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the values for helm: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: helm did not stop in time and was killed; the release may be left pending — check its status and recover it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: helm stopped and marked the operation failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>helm stopped unexpectedly (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>helm %1 finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>helm %1 failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slipway::HelmLocator</name>
    <message>
        <source>the helm given on the command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLIPWAY_HELM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an executable file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>helm was not found. Install helm 3.17 or newer (or helm 4), put it on PATH, or point SLIPWAY_HELM at it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>helm could not be started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“helm version” did not finish within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“helm version” failed with exit code %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slipway::HelmRepository</name>
    <message>
        <source>%1 is plain http to another machine: use its https address (a chart fetched in clear could be swapped on the way, digest and all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an http(s) address of a chart repository (an oci:// reference is a registry, not a repository).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be reached: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an OCI chart reference: write oci://registry/path/chart, optionally with :version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart repository&apos;s index cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1index.yaml is not YAML: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1index.yaml has no “entries”: it is not a Helm chart repository&apos;s index.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1index.yaml lists no chart that can be fetched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repository&apos;s index gives no digest for %1 %2, so it cannot be checked; Slipway does not install a chart it cannot check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 cannot be downloaded: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from %2 is not the chart the index describes: its digest is %3, the index says %4. Nothing was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slipway::HelmVersion</name>
    <message>
        <source>“%1” is not a helm version; expected something like v3.17.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>helm %1 is too old: Slipway needs helm 3.%2 or newer, or helm 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>helm %1 is not supported: Slipway works with helm 3.%2 or newer, and helm 4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slipway::HistoryModel</name>
    <message>
        <source>REVISION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UPDATED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CHART</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>APP VERSION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DESCRIPTION</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slipway::ImageCommands</name>
    <message>
        <source>usage: slipway-cli bundle pull-image REFERENCE --layout DIR [--platform OS/ARCH]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--platform must be OS/ARCH[/VARIANT], for example linux/arm64, not “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: slipway-cli bundle push-images --layout DIR --registry HOST[:PORT]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 / %3 MiB, %4 MiB/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slipway-cli: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MiB in %2 blobs transferred, %3 MiB in %4 already there, %5 mounted, in %6 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slipway::ImageParts</name>
    <message>
        <source>an image reference has no blanks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a sha256 digest has 64 hexadecimal digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a digest such as sha256:… (64 hexadecimal digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a registry (host or host:port)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a tag (letters, digits, “_”, “.”, “-”, 128 at most)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the repository is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a repository (lower-case letters, digits, “.”, “_”, “-”, parts separated by “/”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image name is longer than 255 characters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slipway::ImagePull</name>
    <message>
        <source>pulling %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manifest %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manifest %1 does not match its digest: the registry sent %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manifest %1 has media type &quot;%2&quot;, which is neither an image manifest nor an index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the index names platform %1 with digest &quot;%2&quot;, which is not sha256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the index&apos;s entry for %1 is not an image manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image has no platform %1; it offers %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose one of them with --platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the manifest names a blob &quot;%1&quot; without a sha256 digest and size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blob %1 does not match its digest: the registry sent more than its %2 bytes; nothing of it was kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write blob %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blob %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is built for %2 only, not %3: it is taken as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the index lists manifest %1 as %2, but the image&apos;s config says %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image was built or pushed inconsistently: ask its maker for a corrected one</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slipway::ImagePush</name>
    <message>
        <source>the layout&apos;s image &quot;%1&quot; has no usable name (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pushing %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manifest %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the registry stored manifest %1 as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the manifest names a blob &quot;%1&quot; without a sha256 digest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blob %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting the upload of blob %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uploading blob %1 at byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uploading blob %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slipway::ImageReference</name>
    <message>
        <source>the image reference is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image reference %1 contains white space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image reference %1: digest &quot;%2&quot; is not sha256: followed by 64 lowercase hex digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image reference %1: registry &quot;%2&quot; is not a host name with an optional port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image reference %1: tag &quot;%2&quot; must be 1 to 128 letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;, not starting with &apos;.&apos; or &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image reference %1 names no repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image reference %1: repository &quot;%2&quot; must be lowercase letters and digits in parts joined by &apos;/&apos;, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slipway::ImagesCheck</name>
    <message>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pull secret %1 does not exist; used by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pull secret %1 cannot be checked: you may not read secrets; used by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pull secret %1 cannot be checked (HTTP %2); used by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image %1 has no tag or digest: it uses :latest implicitly (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image %1 uses the tag latest (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 pull secrets are missing (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 pull secrets cannot be checked (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the cluster administrator whether those pull secrets exist in the release namespace, or for the right to read secrets there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 images use latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin the images to a version tag or a digest: latest changes under a running release, and nodes that pulled it earlier run another image than nodes that pull it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the release pulls %1 images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> with %1 pull secrets, all present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pull secret %1 does not exist yet; the release writes it when it runs (%2 may update it); used by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unless the release creates them itself when it runs, create the missing pull secrets in the release namespace before installing, for example: kubectl create secret docker-registry %1 --namespace &lt;namespace&gt; --docker-server=&lt;registry&gt; --docker-username=&lt;user&gt; --docker-password=&lt;password&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> with %1 pull secrets, all present or written by the release when it runs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slipway::InstallPage</name>
    <message>
        <source>Install</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 “%2” in namespace %3…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgraded: revision %1 is deployed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed: revision %1 is deployed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It did not work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pods that were not ready:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>install</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log of the pod that kept the release from becoming ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last lines the failing containers wrote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Lo&amp;gs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail&amp;ure Logs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slipway::InstallPlan</name>
    <message>
        <source>The chart %1 has no installer.yaml, so it takes --values, not --answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the values file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answers are not valid:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slipway::InstallWizard</name>
    <message>
        <source>Install</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the %1 now? helm marks the revision failed and rolls the release back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>install</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slipway::KeyValuesEditor</name>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slipway::KubeClient</name>
    <message>
        <source>TLS verification is turned off for cluster “%1” (insecure-skip-tls-verify): the server&apos;s identity is not checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 is not encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slipway::KubeReply</name>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slipway::KubeTable</name>
    <message>
        <source>the server answered with “%1” instead of a Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>something else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The object&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time since the object was created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slipway::Kubeconfig</name>
    <message>
        <source>the kubeconfig file does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no kubeconfig was found, so no cluster is configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the kubeconfig sets no current context; choose one of its contexts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>context “%1” does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cluster “%1” of context “%2” does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cluster “%1” has no server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cluster “%1” sets both certificate-authority and certificate-authority-data; keep one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cluster “%1” sets a certificate authority together with insecure-skip-tls-verify; keep one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user “%1” of context “%2” does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user “%1” sets client certificate data and files; keep one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user “%1” needs both a client certificate and its key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slipway::KubeconfigFile</name>
    <message>
        <source>“%1” must be a plain value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not valid base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each entry of “%1” must be a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an entry of “%1” has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate name “%1” in “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” must be a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a kubeconfig must be a mapping with clusters, users and contexts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the kubeconfig: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slipway::KubernetesVersionCheck</name>
    <message>
        <source>Kubernetes version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart names no Kubernetes version; the cluster runs %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart&apos;s kubeVersion cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct kubeVersion in the chart&apos;s Chart.yaml (for example “&gt;=1.21.0-0”); helm refuses to install a chart whose constraint it cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster reports the version “%1”, which is not a semantic version; the chart asks for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the cluster&apos;s version with `kubectl version` before installing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster runs %1, which the chart&apos;s kubeVersion %2 allows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart requires Kubernetes %1; the cluster runs %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 carries the pre-release suffix “-%2”, as managed clusters&apos; versions often do, and a constraint that names no pre-release excludes it: charts write their bounds with “-0” (“&gt;=1.21.0-0”) to let them in. Use a chart version that does, or override this check if the cluster&apos;s release is in fact supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install on a cluster whose version the chart supports, or use a version of the chart made for Kubernetes %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slipway::LineEditor</name>
    <message>
        <source>e.g. 500m or 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 512Mi or 20Gi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. app.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host:port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registry/repository:tag, or …@sha256:…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slipway::LogPane</name>
    <message>
        <source>Container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Container:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log of the previous instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log of the container&apos;s instance before its last restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last lines to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many of the last lines to read first; all when 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrap long lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter: next match · Shift+Enter: previous match · F3 / Shift+F3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the log to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a pod to follow its log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (init)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>streaming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reconnecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reconnect(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>previous instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not in the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>“%1” on %n line(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>“%1”: match %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log files (*.log *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrap</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slipway::MainWindow</name>
    <message>
        <source>Slipway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No releases yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slipway %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kubeconfig cannot be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No context selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products you install on this cluster will be listed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter releases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name or namespace (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Releases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cluster %1, user %2, namespace %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All namespaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not read yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open kubeconfig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be used, so Slipway stays with the kubeconfig it has.

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no contexts, so Slipway stays with the kubeconfig it has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the releases of every namespace, or of one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This identity may not list namespaces: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Con&amp;text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kubeconfig context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Namespace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namespace shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Kubeconfig…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Releases cannot be watched: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not allowed to list releases in all namespaces; showing namespace %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not allowed to list releases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This identity may not list helm&apos;s release records (%1 objects) in namespace %2. The API server said: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Install…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install a product or a Helm chart into the cluster (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U&amp;pgrade…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade the selected release: the wizard, prefilled with the values it runs with (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Offline Bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a product, its values and its container images into one signed file for an air-gapped cluster (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trusted Bundle Keys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The public keys whose signed offline bundles are installed without asking (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slipway::Minisign</name>
    <message>
        <source>signatures need OpenSSL 3&apos;s libcrypto (libcrypto.so.3), which cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>install it: apt-get install -y libssl3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a trusted comment is one line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libcrypto could not sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signature is not in minisign&apos;s format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signature&apos;s algorithm “%1” is not Ed25519</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed by key %1, which is not a trusted key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>if you trust who made the bundle, get their public key (.pub) another way and pass it with --trusted-key, or copy it into %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signature does not match: the signed file was changed after it was signed, or the signature is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>get the bundle again from its source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signature&apos;s trusted comment was changed after it was signed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slipway::MinisignPublicKey</name>
    <message>
        <source>not a minisign %1: it must start with “untrusted comment:”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a minisign %1: bad base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a minisign Ed25519 public key (%1 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slipway::MinisignSecretKey</name>
    <message>
        <source>libcrypto could not make an Ed25519 key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secret key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a minisign Ed25519 secret key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the secret key is protected by a password, which Slipway does not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>make a key with “slipway-cli bundle keygen”, or “minisign -G -W”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the secret key is damaged: its two halves do not match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already exists; Slipway does not overwrite a key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove it or choose another folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slipway::OciLayout</name>
    <message>
        <source>cannot create the OCI layout folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write oci-layout: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an OCI image layout: there is no oci-layout file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read index.json: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>index.json is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blob %1 is missing from the layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blob %1 is too big for a manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blob %1 in the layout does not match its digest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write blob: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write index.json: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slipway::OpenBundleDialog</name>
    <message>
        <source>Plain &amp;http (a registry on this machine, 127.x)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Offline Bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse for the bundle file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted &amp;Keys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse for the CA file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>product-1.0.0.slipway.zip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registry.internal:5000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry CA file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: PEM file, instead of the system&apos;s certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: else from ~/.docker/config.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain http</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify every file, push the images to the registry and continue the install with the bundle&apos;s chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bundle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Registry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The images go to the registry the cluster pulls from; the chart and its values then continue the install wizard, with the image references pointing there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline bundles (*.slipway.zip);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the signature…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the trusted keys cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 (chart %3, application %4), %n image(s), made %5</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Signed by trusted key %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying the bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying and extracting the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pushing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3, %4/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) pushed to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The import was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install &amp;anyway, knowing that anyone could have made or changed it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a trusted signature, nothing proves where the bundle, its images and its chart come from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not trusted — %1. Nothing proves who made this bundle or that it is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slipway::OperationDialog</name>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pods ready: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>helm %1 is not stopped half-way: that would leave the release stuck. Press Cancel again to stop it anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 succeeded: the release has no revisions left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 succeeded: revision %2 is %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait, or if you are sure nothing else is working on this release, recover again with “even if the operation may still be running”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The release is at revision %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pods that did not become ready:
  %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slipway::OperationRunner</name>
    <message>
        <source>Cancelling: helm is asked to stop. It marks the %1 failed and rolls the release back; waiting for it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still waiting for helm to stop (it is killed if it has not after 10 s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>helm %1 is not stopped half-way: that would leave the release stuck. Waiting for it to finish; press Ctrl-C again to stop it anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping helm %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slipway::PermissionsCheck</name>
    <message>
        <source>%1 (cluster-wide)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 permissions were asked about but %2 answers came back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the preflight checks again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All %1 permissions the install needs are granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 permissions are missing, on %3 resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (the API server reported an error while evaluating them: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Role in %1 granting the verbs listed on those resources, bound to you with a RoleBinding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a ClusterRole granting the verbs listed on the cluster-wide resources, bound to you with a ClusterRoleBinding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the cluster administrator for %1, or install as a user who has them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Kubernetes&apos; built-in admin ClusterRole, bound in the namespace with a RoleBinding, grants the usual namespaced kinds.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slipway::Placement</name>
    <message>
        <source>is cordoned (unschedulable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not match nodeSelector %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not match the required node affinity (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is tainted %1 and the pod does not tolerate it</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1; and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot run: the cluster has no nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asks %2; no node has %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the largest node has %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the largest node it may run on has %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the largest free node has %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs %2 on every node it runs on; %3 has %4 free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs %2 on every node it runs on; %3 has %4 in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no node matches nodeSelector %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no node matches the required node affinity (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is large enough but %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 but %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asks %2; %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs %2 on one node; %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs %2 on one node; no node has all of it free: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs %2 on one node; no node has all of it: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 runs on no node: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ephemeral storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 pod slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pod slots</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slipway::PodLogStream</name>
    <message>
        <source>The connection was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log stream of %1 ended while its container is still running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log stream was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slipway::PodSecurityCheck</name>
    <message>
        <source>windowsOptions.hostProcess is true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove securityContext.windowsOptions.hostProcess</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seLinuxOptions.type is “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set securityContext.seLinuxOptions.type to container_t or remove it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seLinuxOptions.%1 is set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove securityContext.seLinuxOptions.user and role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seccompProfile is Unconfined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set securityContext.seccompProfile.type: RuntimeDefault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seccompProfile is “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set securityContext.seccompProfile.type: RuntimeDefault on the pod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>runAsUser is 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set securityContext.runAsUser to a user other than 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>appArmorProfile is Unconfined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set securityContext.appArmorProfile.type: RuntimeDefault or remove it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove %1: true from the pod spec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sysctl %1 is not in the safe set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove the sysctls outside the safe set from securityContext.sysctls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>volume %1 is a hostPath volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replace hostPath volumes by persistentVolumeClaim or emptyDir volumes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>volume %1 is of type %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use only configMap, csi, downwardAPI, emptyDir, ephemeral, persistentVolumeClaim, projected and secret volumes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>runAsNonRoot is false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set securityContext.runAsNonRoot: true on the pod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AppArmor annotation is “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set the AppArmor annotation to runtime/default or remove it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>privileged is true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove securityContext.privileged: true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>procMount is “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove securityContext.procMount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hostPort %1 is set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove hostPort from the container ports and reach the pods through a Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>capability %1 is added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add no capability outside the baseline set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>capability %1 is added (only NET_BIND_SERVICE may be)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add no capability but NET_BIND_SERVICE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>capabilities.drop does not include ALL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set securityContext.capabilities.drop: [&quot;ALL&quot;] in every container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allowPrivilegeEscalation is not false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set securityContext.allowPrivilegeEscalation: false in every container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>runAsNonRoot is not true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seccompProfile is not RuntimeDefault or Localhost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 container %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>namespace %1 does not exist and you may not create it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the cluster administrator to create namespace %1 (kubectl create namespace %1) or to let you create namespaces, or install into a namespace that exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>namespace %1 does not exist and will be created; it gets no Pod Security labels, so the cluster&apos;s default level applies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; all %1 pods meet the baseline level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; %1 of %2 pods would be rejected if that default is baseline or restricted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (its enforce label “%1” names no level, so Kubernetes applies restricted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (pinned to the standards of %1; judged by the current ones)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 pods would be rejected by the namespace&apos;s %3 Pod Security level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Or, if the cluster administrator agrees, lower the namespace&apos;s level: kubectl label namespace %2 pod-security.kubernetes.io/enforce=%3 --overwrite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 pods violate its %3 level (%4 label)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All %1 pods meet the namespace&apos;s enforced %2 level, but %3: they are admitted with warnings or audit entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All %1 pods meet the %2 Pod Security level of namespace %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slipway::PodsModel</name>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>READY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RESTARTS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not ready for %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slipway::PostgresConnectionTest</name>
    <message>
        <source>PostgreSQL at %1 refused the password of user “%2”. Check the user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL at %1 does not let this user in: %2. Check the user name, and whether the server only accepts TLS connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL at %1 has no database “%2”. Create it (CREATE DATABASE …) or correct the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL at %1 refused the connection: %2 (SQLSTATE %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL at %1 asks for a password, and none was given. Enter the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL at %1 could not be reached: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL cannot be tested: libpq cannot be opened (%1). Install it (Debian and Ubuntu: the libpq5 package).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libpq is out of memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL at %1 accepted the login but did not answer SELECT version(): %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slipway::PreflightCommand</name>
    <message>
        <source>--ignore-preflight: there is no check “%1”; the checks are: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slipway-cli: preflight cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: preflight skipped (--skip-preflight); the journal records it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>preflight: all %n check(s) passed in %1 ms.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>preflight failed (%1): nothing was changed. Fix what the report names, or override a check you know to be wrong with --ignore-preflight=ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: the failed preflight check “%1” is overridden (--ignore-preflight); the journal records it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slipway::PreflightModel</name>
    <message>
        <source>Fix: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slipway::PreflightPage</name>
    <message>
        <source>Preflight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The install checked against the cluster before anything changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Install</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the install against the cluster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preflight could not reach the cluster: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The release&apos;s records cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go ahead anyway, overriding the failed checks: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for helm…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>helm is needed to check and install: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slipway::PreflightReport</name>
    <message>
        <source>%1  %2  %3: %4 (%5 ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n check(s): %1 passed, %2 with warnings, %3 failed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>PASS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WARN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Took %1 ms: %2 ms reading the cluster, and alongside it %3 ms rendering the chart.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slipway::PreflightRun</name>
    <message>
        <source>Not checked: %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the cluster administrator for read access to %1, or check it by hand before installing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no connection to the cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rendering the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>helm&apos;s output is not YAML: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking permissions and existing objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running the checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>namespace %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the release&apos;s records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the storage classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pods of all namespaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quota and limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the namespace&apos;s quotas and limit ranges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kubernetes version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cluster&apos;s version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rendering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart could not be rendered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the values (or the chart) that helm names above; no other check can run until the chart renders.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slipway::PreflightView</name>
    <message>
        <source>Preflight checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n check(s) failed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) passed, %1 with warnings</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n check(s) passed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1, in %2 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Preflight (%n failed)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Preflight (%n warning(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Preflight</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slipway::PresetPage</name>
    <message>
        <source>Environment and size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presets set several values at once; what the chosen ones set is shown below and can still be changed on the pages that follow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values the presets set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source># (sets nothing: the chart&apos;s own values)
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slipway::PrivateFile</name>
    <message>
        <source>cannot create its folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file already exists</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slipway::ProductCommands</name>
    <message>
        <source>ID            VERSION   APP VERSION  TITLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lint needs --chart PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no problems found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slipway::ProductPage</name>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A chart folder (with Chart.yaml) or a packaged chart (.tgz)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helm charts (Chart.yaml *.tgz *.tar.gz);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the products…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be used as a chart:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart %1 %2, application %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This chart has no installer.yaml: its values are edited as YAML.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This chart has no installer.yaml: its pages are generated from its values.schema.json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This chart has no installer.yaml, and no form could be made from its values.schema.json (%1): its values are edited as YAML.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Chart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Repository…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A chart from a Helm chart repository (an https address with an index.yaml), checked against the index&apos;s digest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Bun&amp;dle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what to install: a product that comes with Slipway, a Helm chart from a folder or a .tgz file, one from a chart repository, or an offline bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An offline bundle (.slipway.zip): verified, its images pushed to your registry, then installed from its chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From an offline bundle: its values start from the bundle&apos;s, with the image references pointing at the registry the images were pushed to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slipway::ProgressLine</name>
    <message>
        <source>%1/%2 pods ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slipway::Quantity</name>
    <message>
        <source>“%1” is not a quantity (examples: 500m, 2, 1.5Gi, 1e3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has an unknown unit suffix “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is too large a quantity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slipway::QuotaCheck</name>
    <message>
        <source>%1.%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: container %2: resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sets no %2 request, which the minimum %3 requires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 request %3 is below the minimum %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 limit %3 is below the minimum %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sets no %2 limit, which the maximum %3 requires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 limit %3 is above the maximum %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 request %3 is above the maximum %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 limit %3 is %4 times the request %5; at most %6 times is allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quota and limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 container %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, one pod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claim %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is limited, so every container must set it; %2 container %3 does not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs %2, %3 of %4 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The namespace has no ResourceQuota or LimitRange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ResourceQuota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ResourceQuotas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LimitRange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LimitRanges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The release fits the namespace&apos;s %1: it adds %2, requests %3 CPU and %4 memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the release cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quantities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The namespace&apos;s %1 would refuse the release: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a smaller size or fewer replicas, free quota by removing what the namespace no longer needs, or ask the cluster&apos;s administrator to raise the ResourceQuota.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set requests and limits for every container in the values, or ask for a LimitRange that gives them defaults.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the requests and limits in the values within the LimitRange&apos;s bounds, or ask the cluster&apos;s administrator to change the LimitRange.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the quantities named in the values.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slipway::RecoverCommand</name>
    <message>
        <source>--mark-failed unlocks a pending install, upgrade or rollback; release “%1” is stuck uninstalling, which only finishing the uninstall clears. Run “slipway-cli recover” without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait, or if you are sure nothing else is working on this release, run “slipway-cli recover --force”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revision %1, the last deployed one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the failed revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recover: revision %1 of %2 in %3 is marked failed (it was %4); the cluster&apos;s objects are as the interrupted run left them. “slipway-cli upgrade” continues from %5.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slipway::RecoverOperation</name>
    <message>
        <source>There is no such release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release “%1” is %2 at revision %3: nothing to recover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marking the revision failed unlocks a pending install, upgrade or rollback; release “%1” is stuck uninstalling, which only finishing the uninstall clears.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster connection is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading revision %1 again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision %1 of “%2” changed while it was being read (it is %3 now): some helm is working on the release. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled before anything was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision %1 has been %2 for %3; going ahead as --force says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for an unknown time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision %1 of “%2” in %3 has been %4 %5, less than the operation timeout (%6) plus %7 minutes, so another helm or Slipway may still be working on it — helm cannot tell. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save a backup of the release records, so nothing was changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marking revision %1 failed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision %1 of “%2” changed while it was being unlocked: some helm is working on the release. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision %1 is %2: rolling back to revision %3, the last good one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision %1 is stuck uninstalling: running the uninstall again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision %1 is %2 with no earlier good revision: uninstalling it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot make the folder private (0700)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slipway saves here every revision of a release as it was before `recover` changed it:
the release records (Kubernetes Secrets or ConfigMaps) exactly as helm stored them.

THESE FILES HOLD SECRETS. Each record carries the release&apos;s values, secret answers
included (base64 + gzip, not encrypted). Keep them private and delete them once the
release is healthy again.

To put a record back: take one object from the file&apos;s &quot;items&quot;, remove its
metadata.resourceVersion and uid, and `kubectl apply -f` it in the release&apos;s namespace.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the release records to %1. The file holds the release&apos;s values, secret answers included: keep it private, delete it once the release is healthy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slipway::RedisConnectionTest</name>
    <message>
        <source>Redis at %1 refused the user name or password. Check both (without a user name, the password is the server&apos;s requirepass).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redis at %1 requires a password, and none was given. Enter the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redis at %1 has no password set, but one was given. Leave the password empty, or set one on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redis at %1 has no database %2. Use an index below the server&apos;s “databases” setting (16 by default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redis at %1 answered: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slipway cannot test Redis over TLS yet. Check this connection with “redis-cli --tls -h %1 -p %2 PING” instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Redis database is a number (0, 1, …), not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not speak the Redis protocol. Check the port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redis</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slipway::RegistryCredentials</name>
    <message>
        <source>a token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the docker config: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the docker config is not a JSON object: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the docker config&apos;s auth entry for %1 is not base64 of &quot;user:password&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slipway::RegistryHttp</name>
    <message>
        <source>the answer is larger than %1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing what arrived failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slipway::RegistryOperation</name>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slipway::RegistrySession</name>
    <message>
        <source>plain http is refused for registry %1: it is allowed only for a registry on this machine (loopback)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use https, with a CA file if the registry&apos;s certificate is private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking the registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the registry refused the credentials of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the registry requires a user name and password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the registry asks for an authentication this client does not speak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the registry&apos;s token service %1 is not https</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token service %1 answered %2 for %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anonymous access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token service %1 is unreachable: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token service %1 answered without a token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: registry %2 is unreachable: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check the registry&apos;s address, that it runs, and its TLS certificate (CA file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: registry %2 answered %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authentication failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (authentication failed: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check the user name and password, or the docker config&apos;s entry for %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slipway::ReleaseActions</name>
    <message>
        <source>&amp;Rollback…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Uninstall…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;cover…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll the release back to the selected revision (History), else to the last good one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uninstall the release, keeping or deleting its volumes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring back a release stuck in a pending state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>helm is being looked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>helm is not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>helm is still being looked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release “%1” has no earlier good revision to roll back to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing: the two revisions have the same values and manifest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll back %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll release “%1” in %2 back from revision %3 (%4) to revision %5? helm writes revision %6 with revision %5&apos;s values and manifest. What changes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolling back %1 to revision %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept by the chart (helm.sh/resource-policy: keep), left in the cluster:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also &amp;delete the release&apos;s persistent volume claims (their data is lost)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uninstall %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uninstall release “%1” from %2? helm deletes these objects of revision %3:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uninstall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uninstalling %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also delete the release&apos;s persistent volume claims (they cannot be listed: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The release has no persistent volume claims.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Also &amp;delete its %n persistent volume claim(s): %1 (their data is lost; unchecked, they are kept)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Recover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>roll it back to revision %1, the last good one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run the uninstall again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uninstall it: there is no earlier good revision to go back to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only &amp;mark revision %1 failed instead (the cluster&apos;s objects stay as they are; the next upgrade proceeds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover &amp;even if the operation may still be running elsewhere (only when you are sure nothing else is working on this release)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision %1 of “%2” has been %3 for %4: the helm that started it never finished. Slipway will save every release record first, then %5. It refuses if the operation may still be running (younger than its timeout plus %6 minutes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups go to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovering %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &amp;Values and Upgrade…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the release&apos;s values as YAML, preview the change and upgrade it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slipway::ReleaseCommands</name>
    <message>
        <source>Cancelled. helm uninstalled what it had begun to install of %1: nothing is left of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled. Release %1 has no revisions left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled before helm changed anything. Release %1 is at revision %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled. Release %1 is at revision %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(helm rolled it back to revision %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>helm was stopped half-way, so the release is stuck: run “slipway-cli recover --force” to bring it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 in %3 is at revision %4 (%5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no revisions left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release “%1” is stuck in %2 (revision %3). Run “slipway-cli recover” first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release “%1” in namespace %2 was uninstalled (revision %3 is kept in its history), so there is nothing to upgrade. Use “slipway-cli install” with the same options to install it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no release “%1” in namespace %2, so there is nothing to upgrade. Use “slipway-cli install” with the same options to install it (or check --release and --namespace).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>helm %1 failed, and the release cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release “%1” is already installed in %2: helm&apos;s “%3” storage driver keeps %4 revision(s) of it as %5 objects, and installing it with the “%6” driver would make a second release of the same name beside it. Run with --helm-driver %3 (or HELM_DRIVER=%3) to work on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release “%1” is already installed in %2 (revision %3); use “upgrade”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no release “%1” in namespace %2, so there is nothing to roll back. Use “slipway-cli install” to install it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release “%1” has no revision to roll back to%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The release is uninstalled, but its volumes could not be deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n persistent volume claim(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Slipway::ReleaseObjects</name>
    <message>
        <source>%1: %2 is not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: volumeClaimTemplate %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slipway::ReleaseOperation</name>
    <message>
        <source>Reading the release history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the release back…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled before helm was started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the workloads…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>helm %1 failed and the release was rolled back to its previous revision. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pods that did not become ready: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>helm stored revision %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cluster connection is gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting the release&apos;s volumes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>helm %1 failed and, as this was the release&apos;s first install, helm uninstalled it again: nothing is left of it. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running, not ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last lines of %1/%2 before its restart %3:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last lines of %1/%2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not readable: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(it wrote nothing)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slipway::ReleasePolicy</name>
    <message>
        <source>A release needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A release name has at most 53 characters; this one has %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a release name: use lower-case letters, digits, “-” and “.”, starting and ending with a letter or digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the namespace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a namespace name: at most 63 lower-case letters, digits and “-”, starting and ending with a letter or digit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slipway::ReleaseQueries</name>
    <message>
        <source>NAME:          %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAMESPACE:     %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REVISION:      %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATUS:        %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CHART:         %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>APP VERSION:   %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LAST DEPLOYED: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DESCRIPTION:   %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slipway-cli: revision %1 has been %2 since %3 and no helm of this run is working on it. If no other helm is either, run “slipway-cli recover”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REVISION  UPDATED                         STATUS            CHART             APP VERSION  DESCRIPTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release “%1” has no revision %2; “slipway-cli history” lists the ones it has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>diff compares either two revisions or the deployed revision with --answers / --values / --set, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>diff takes at most two revisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release “%1” has no revision %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release “%1” is stuck in %2 (revision %3), so no upgrade can be previewed. Run “slipway-cli recover” first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slipway::ReleaseRecord</name>
    <message>
        <source>The release record is not valid base64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The release record is not valid gzip data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 holds no readable helm release record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The release record is not a JSON object: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The release record has no name or revision.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slipway::ReleaseStateCheck</name>
    <message>
        <source>no %1: Helm label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no %1 annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>release %1 is stuck in %2 at revision %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If no other helm is working on it, recover the release: slipway-cli recover --release %1 --namespace %2, or the window&apos;s Recover… button.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a new install of release %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an upgrade of revision %1, not an install</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an upgrade of revision %1, not an install; revision %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at why revision %1 failed (slipway-cli history --release %2) before upgrading over it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>release %1 was uninstalled at revision %2 with its history kept; it will be reinstalled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revision %1 of release %2 has the status “%3”, which helm does not use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at the release&apos;s history (slipway-cli history --release %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists and is not owned by this release (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2 exists and is not owned by this release (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 objects of the release already exist and are not owned by it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete those objects, or let release %1 adopt them:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 objects exist and belong to the release</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slipway::ReleaseStorage</name>
    <message>
        <source>helm&apos;s “%1” storage driver keeps release records outside the cluster&apos;s Secrets and ConfigMaps, where Slipway cannot read or repair them. Use HELM_DRIVER=secret (helm&apos;s default) or HELM_DRIVER=configmap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a helm storage driver: use secret (helm&apos;s default) or configmap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HELM_DRIVER=%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slipway::ReleaseUnlock</name>
    <message>
        <source>The %1 holds no readable helm release record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The release record is not a JSON object: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision %1 is %2, not pending: there is nothing to unlock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The release record could not be compressed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slipway::ReleaseView</name>
    <message>
        <source>Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pod details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare from revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare to revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show secrets in the diff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Diff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The release history cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;&lt;b&gt;Status:&lt;/b&gt; %2 · &lt;b&gt;Revision:&lt;/b&gt; %3&lt;br&gt;&lt;b&gt;Chart:&lt;/b&gt; %4 · &lt;b&gt;App version:&lt;/b&gt; %5&lt;br&gt;&lt;b&gt;Last deployed:&lt;/b&gt; %6&lt;br&gt;&lt;b&gt;Description:&lt;/b&gt; %7&lt;/p&gt;&lt;p&gt;&lt;b&gt;Pods:&lt;/b&gt; %8 ready, %9 failing&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source># Values of revision %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision %1 is the first: nothing to compare it with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick two different revisions to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%2  %3  %4%5  restarts %6%7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>init </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, last ended: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events of the pod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal &amp;secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slipway::ReleasesModel</name>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAMESPACE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CHART</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>APP VERSION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REVISION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UPDATED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>helm&apos;s operation never finished: the release is stuck in %1 and helm refuses to change it until it is recovered.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slipway::RepositoryDialog</name>
    <message>
        <source>&amp;List Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a Chart Repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repository URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts of the repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address of a Helm chart repository (the folder that holds its index.yaml), or a chart in an OCI registry: oci://registry/path/chart[:version].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repository:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1/index.yaml…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(deprecated) %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n chart version(s) in %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>An OCI chart is pulled by helm, and none was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pulling %1 (helm pull)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>helm pull left no chart for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>helm could not pull %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pulled %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading %1 %2 and checking its digest…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 checked against the index&apos;s digest.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slipway::ResourceProfilesEditor</name>
    <message>
        <source>CPU request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile “%1” asks %2 CPU; the largest node has %3 allocatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile “%1” asks %2 of memory; the largest node has %3 allocatable.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slipway::ReviewPage</name>
    <message>
        <source>Values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;Values…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;Answers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes from the Chart&apos;s Defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>values.yaml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade “%1” in namespace %2 of %3 from revision %4 (chart %5) to chart %6-%7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install %1 (chart %2-%3) as “%4” into namespace %5 of %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These must be fixed first (Back leads to them):</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>
# %n secret value(s) go to helm in a file of their own, never shown here.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The values file given on the Values page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing: the chart&apos;s defaults are installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade Diff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the cluster what the upgrade would change (helm upgrade --dry-run=server)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dry run failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upgrade changes no value and no object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YAML files (*.yaml *.yml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include the secret answers (access keys, passwords)? The file is readable by you only. Without them, add them to the file before `slipway-cli install --answers` can use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the secret values to a file of their own, readable by you only (%1)? No leaves them out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for helm…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dry run without helm: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings and images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings and Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the problems listed below first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No images listed without helm: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rendering the chart to list its images (helm template)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>helm template failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pods are replaced, no field Kubernetes refuses to change is touched, and nothing is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The release runs no containers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The release pulls %n image(s):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Warnings (%1) and Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n change(s) of this upgrade fail or delete data: see Warnings.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Slipway::RolloutStatus</name>
    <message>
        <source>The rollout did not progress within its deadline: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pods cannot be created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 new replicas have been updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n old replica(s) pending termination</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 updated replicas are available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 replicas are ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Deployment is not reported Available yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the controller to observe the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 pods have been created</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Waiting for %n pod(s) to be ready</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 pods are ready; pods are updated only when deleted (OnDelete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 pods have been updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolling update to revision %1 in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 pods are ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the controller to schedule pods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 pods are scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 new pods have been updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 updated pods are available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Job failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Job is suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Job has not started yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 completions, %3 running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended: no new Jobs are started</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Scheduled “%1”; %n Job(s) running</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Being deleted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slipway::S3ConnectionTest</name>
    <message>
        <source>%1 has no bucket “%2”. Create it, or correct the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not know the access key ID “%2”. Check the access key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the secret key of access key “%2”. Check the secret key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 says the bucket “%2” is not in region “%3”. Set the bucket&apos;s region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 accepted the key “%2” but denies it access to the bucket “%3”. Grant it the bucket (s3:ListBucket at least), or use another key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP %2%3. Check the endpoint and the bucket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key pair works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bucket “%1” is there</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slipway::SchemaForm</name>
    <message>
        <source>the chart has no values.schema.json to build a form from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>values.schema.json is not a JSON object: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>values.schema.json names no properties, so there is nothing to ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YAML merged over everything above, for values the form does not ask.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slipway::SchemaValidator</name>
    <message>
        <source>values.schema.json is not a JSON object: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>values.schema.json cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slipway::SecretEditor</name>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the text while this is pressed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the text with a new random password of %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slipway::SecretRefEditor</name>
    <message>
        <source>key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Secret of the namespace with the keys %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slipway::SemverRange</name>
    <message>
        <source>“%1” is not a version constraint: “%2” is not understood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a version constraint: “%2” is no operator (use =, !=, &gt;, &lt;, &gt;=, &lt;=, ~ or ^)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a version constraint: “%2” is not a version</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slipway::StorageCheck</name>
    <message>
        <source>PersistentVolume %1: spec.capacity.storage: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>without a class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of class %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bound to Available PersistentVolumes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WaitForFirstConsumer: bound when the pod is scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Immediate: bound as soon as the claim is created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; no provisioner: bound to Available PersistentVolumes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claim %1 has no Available PersistentVolume %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>largest Available: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none is Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The release asks for no persistent storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cluster has none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cluster has: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claim %1 asks for StorageClass %2, which does not exist (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claim %1 names no StorageClass and the cluster has no default StorageClass (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 StorageClasses are marked default (%2); Kubernetes gives claims without a class the newest, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no class (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>class %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 %3, %4 (%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>class %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2, %3 in total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The release&apos;s storage cannot be judged: %1 sizes cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the release&apos;s %2 claims cannot be bound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the storage class in the values to one the cluster has, or create the StorageClass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name a storage class in the values, or mark one as the default (annotation storageclass.kubernetes.io/is-default-class: &quot;true&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create Available PersistentVolumes of the class, as large as the claims and with their access modes, or use a class with a provisioner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the sizes named in the values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: PersistentVolume %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave one StorageClass marked default, or name the class in the values so that the claims do not depend on which default wins.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slipway::StorageClassEditor</name>
    <message>
        <source>the cluster&apos;s default class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slipway::StringListEditor</name>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slipway::TableEditor</name>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a row to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected rows of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slipway::TcpConnection</name>
    <message>
        <source>%1 cannot be reached (%2). Check the host and the network between this computer and it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed the connection. Check that the port is the server&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed the connection without answering. Check that the port is the server&apos;s and whether it expects TLS.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slipway::TolerationsEditor</name>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator: Equal or Exists. Effect: NoSchedule, PreferNoSchedule, NoExecute, or empty for all. Seconds: only with NoExecute.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slipway::TrustedKeysDialog</name>
    <message>
        <source>&amp;Add Key File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted Bundle Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An offline bundle is installed without asking when its signature is made by one of these minisign public keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted public key files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also trusted: every .pub file put into %1 (none now), as slipway-cli reads them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Also trusted: the %n .pub file(s) in %1, as slipway-cli reads them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — key %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Trusted Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minisign public keys (*.pub);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slipway::UpgradeDialog</name>
    <message>
        <source>Upgrade %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade release “%1” in %2 from revision %3 (%4, app %5). Edit its values: they are checked against the chart as you type, and helm previews what the upgrade changes. Secrets are shown masked; a mask left as it is keeps the deployed secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart to upgrade with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A chart folder or .tgz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hart:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long helm waits for the release to become ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wait up to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Values (YAML):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values of the upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the upgrade changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts (Chart.yaml *.tgz *.tar.gz)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slipway has no product named “%1”: give the chart folder or .tgz to upgrade with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No chart yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the chart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This chart cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (app %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — not the chart “%1” the release was installed with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The values are checked once the chart is read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview waits for valid values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The values are valid for this chart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade from the Slipway window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>helm is previewing the upgrade (a server-side dry run)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>What the upgrade changes (%n values hunk(s), %1 manifest hunk(s)):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The upgrade changes nothing: values and manifest stay as revision %1 has them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preflight checks the upgrade against the cluster once the values are valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preflight waits for valid values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the upgrade against the cluster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preflight…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preflight could not reach the cluster: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preflight failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n preflight check(s) failed for this upgrade:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Upgrade anyway, overriding %1? The journal records the override.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Override and Upgrade</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slipway::UpgradeImpact</name>
    <message>
        <source>the chart no longer has this claim: helm deletes it, and its data with it unless its volume&apos;s reclaim policy is Retain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the chart no longer has it: helm deletes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spec.selector changes, which Kubernetes refuses: the upgrade fails. Keep the selector, or uninstall and install again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spec.%1 changes, which Kubernetes refuses for a StatefulSet: the upgrade fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its pod template changes; with the OnDelete strategy the pods keep running the old one until they are deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its pod template changes: its pods are replaced one at a time, highest ordinal first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its pod template changes: its pods are replaced (a rolling update).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Job&apos;s pod template cannot change: the upgrade fails unless the Job is deleted first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spec.%1 of a claim cannot change: the upgrade fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the claim would shrink from %1 to %2, which Kubernetes refuses: the upgrade fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spec.clusterIP changes from %1 to %2, which Kubernetes refuses: the upgrade fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deletes data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replaces pods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deletes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slipway::UpgradePreview</name>
    <message>
        <source>The upgrade has not been previewed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview is still running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>helm could not render the upgrade: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>helm&apos;s dry run gave no release: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slipway::ValuesComposer</name>
    <message>
        <source>environment preset “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>size preset “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>raw overrides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>raw override</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slipway::ValuesEdit</name>
    <message>
        <source>The values must be a mapping of keys (“key: value”), not a single value or a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds a masked secret that is not one of this release&apos;s: type the secret itself.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slipway::ValuesPage</name>
    <message>
        <source>Values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This chart has no installer.yaml: edit its values.yaml. What is here is exactly what helm gets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values (YAML)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slipway::ValuesPath</name>
    <message>
        <source>a “\” must be followed by the character it escapes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected “%1” in a key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a key is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the quoted key is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“[” must hold a list position or a quoted key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list position is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“]” expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the path is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a key is missing before “.”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a key is missing after “.”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“.” expected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slipway::WorkloadsModel</name>
    <message>
        <source>KIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>READY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REASON</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n active</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Slipway::YamlReader</name>
    <message>
        <source>the document is too large (aliases expand too far)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document is nested too deeply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a key must be a plain value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>values must be a mapping of keys to values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start the file with a key, such as “replicaCount: 1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check the indentation and quoting around this spot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate key “%1” at line %2; first at line %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep one of them: YAML keys are unique in a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the control character U+%1 is not allowed in YAML text; write it as an escape in a double-quoted string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the byte 0x%1 is not UTF-8 text; save the file as UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Slipway installs, upgrades and rolls back Helm-packaged stacks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this kubeconfig file instead of KUBECONFIG or ~/.kube/config.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this kubeconfig context instead of the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the milliseconds from process start to the first painted window, then quit (also SLIPWAY_QUIT_AFTER_FIRST_PAINT=1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a PNG of the main window once the cluster check has an answer, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the install wizard at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --install: start on this product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the wizard on this release to upgrade it, prefilled with the values it runs with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The namespace of --install or --upgrade.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
