<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
        <source>Upgrade an installed release, showing the diff first.</source>
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
        <source>“bundle” needs one of: export, import, verify</source>
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
        <source>slipway-cli: &apos;%1&apos; is not implemented yet in this version</source>
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
        <source>unexpected failure</source>
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
</context>
<context>
    <name>Slipway::ClusterProbe</name>
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
        <source>The connection to %1 is not encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS verification is turned off for cluster “%1” (insecure-skip-tls-verify): the server&apos;s identity is not checked.</source>
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
</context>
</TS>
