#!/usr/bin/env python3
"""check_manifests.py FILE — rules every manifest of a bundled chart keeps; prints one line per
broken rule and exits 1 when there is any."""
import sys

import yaml

LABELS = ["app.kubernetes.io/name", "app.kubernetes.io/instance", "app.kubernetes.io/version",
          "app.kubernetes.io/component", "app.kubernetes.io/part-of", "app.kubernetes.io/managed-by"]
FORBIDDEN = {"MutatingWebhookConfiguration", "ValidatingWebhookConfiguration", "APIService",
             "ValidatingAdmissionPolicy", "CustomResourceDefinition"}


def pod_spec(obj):
    spec = obj.get("spec", {})
    kind = obj["kind"]
    if kind == "CronJob":
        return spec["jobTemplate"]["spec"]["template"]["spec"]
    if kind in {"Deployment", "StatefulSet", "DaemonSet", "Job", "ReplicaSet"}:
        return spec["template"]["spec"]
    if kind == "Pod":
        return spec
    return None


def restricted(name, pod):
    problems = []
    psc = pod.get("securityContext", {})
    if pod.get("hostNetwork") or pod.get("hostPID") or pod.get("hostIPC"):
        problems.append("uses a host namespace")
    if psc.get("seccompProfile", {}).get("type") != "RuntimeDefault":
        problems.append("pod seccompProfile is not RuntimeDefault")
    for c in pod.get("initContainers", []) + pod.get("containers", []):
        sc = c.get("securityContext", {})
        where = f"container {c['name']}"
        if not (sc.get("runAsNonRoot") or psc.get("runAsNonRoot")):
            problems.append(f"{where} may run as root")
        if sc.get("allowPrivilegeEscalation") is not False:
            problems.append(f"{where} allows privilege escalation")
        if sc.get("readOnlyRootFilesystem") is not True:
            problems.append(f"{where} has a writable root filesystem")
        if "ALL" not in sc.get("capabilities", {}).get("drop", []):
            problems.append(f"{where} keeps capabilities")
        if sc.get("privileged"):
            problems.append(f"{where} is privileged")
        if not c.get("resources", {}).get("limits"):
            problems.append(f"{where} has no resource limits")
    return [f"{name}: {p}" for p in problems]


def main():
    problems = []
    docs = [d for d in yaml.safe_load_all(open(sys.argv[1])) if d]
    if not docs:
        problems.append("nothing rendered")
    for obj in docs:
        name = f"{obj['kind']}/{obj['metadata']['name']}"
        if obj["kind"] in FORBIDDEN:
            problems.append(f"{name}: not allowed in a bundled chart")
        labels = obj["metadata"].get("labels", {})
        problems += [f"{name}: label {l} missing" for l in LABELS if l not in labels]
        pod = pod_spec(obj)
        if pod is not None:
            problems += restricted(name, pod)
    for p in problems:
        print(p)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
