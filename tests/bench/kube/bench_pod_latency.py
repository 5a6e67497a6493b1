#!/usr/bin/env python3
"""bench_pod_latency.py BENCH_POD_LATENCY NAMESPACE [ROUNDS]

Latency from a pod status change to Slipway seeing it, against `kubectl get pods -w` seeing the
same change in the same run. One pod runs on a KWOK node; each round patches its status (a
condition whose message changes) straight over HTTPS and notes the time, then waits until both
watchers print the new resourceVersion. Both watchers see every change, so they are timed on the
very same events. Prints medians and the ratio (app/README.md §9: target <= 1.0x); never fails on time.
"""
import base64
import http.client
import json
import os
import ssl
import statistics
import subprocess
import sys
import tempfile
import threading
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from bench import report  # noqa: E402

POD = "latency-probe"


def kubectl(*args, stdin=None):
    return subprocess.run(["kubectl", *args], input=stdin, capture_output=True, text=True, check=True).stdout


def admin_connection(tmp):
    """An HTTPS connection to the current context's server with its client certificate."""
    cfg = json.loads(kubectl("config", "view", "--raw", "--minify", "-o", "json"))
    cluster, user = cfg["clusters"][0]["cluster"], cfg["users"][0]["user"]
    files = {}
    for key, name in (("certificate-authority-data", "ca"), ("client-certificate-data", "crt"),
                      ("client-key-data", "key")):
        src = cluster if name == "ca" else user
        path = os.path.join(tmp, name)
        if key in src:
            with open(path, "wb") as f:
                f.write(base64.b64decode(src[key]))
        else:
            path = src[key.replace("-data", "")]
        files[name] = path
    ctx = ssl.create_default_context(cafile=files["ca"])
    ctx.load_cert_chain(files["crt"], files["key"])
    host, port = cluster["server"].removeprefix("https://").rsplit(":", 1)
    return http.client.HTTPSConnection(host, int(port), context=ctx, timeout=20)


class Watcher:
    """Reads a watcher's lines on a thread; remembers when each resourceVersion was first seen."""

    def __init__(self, name, cmd):
        self.name, self.seen, self.lines = name, {}, []
        self.cond = threading.Condition()
        self.proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, bufsize=1)
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        for line in self.proc.stdout:
            now = time.perf_counter()
            words = line.split()
            with self.cond:
                self.lines.append(line)
                if len(words) == 2 and words[0] == POD:
                    self.seen.setdefault(words[1], now)
                self.cond.notify_all()

    def wait_for(self, predicate, timeout):
        with self.cond:
            return self.cond.wait_for(lambda: predicate(self), timeout)

    def stop(self):
        self.proc.kill()
        self.proc.wait()


def main(argv):
    if len(argv) < 3:
        sys.exit(__doc__)
    binary, ns = argv[1], argv[2]
    rounds = int(argv[3]) if len(argv) > 3 else 30
    subprocess.run(["kubectl", "create", "namespace", ns], capture_output=True)
    watchers = []
    try:
        pod = {"apiVersion": "v1", "kind": "Pod", "metadata": {"name": POD},
               "spec": {"nodeName": "cpu-node-0",
                        "containers": [{"name": "probe", "image": "registry.invalid/bench/probe:1"}]}}
        for _ in range(60):
            if subprocess.run(["kubectl", "-n", ns, "get", "serviceaccount", "default"],
                              capture_output=True).returncode == 0:
                break
            time.sleep(0.5)
        kubectl("-n", ns, "apply", "-f", "-", stdin=json.dumps(pod))
        kubectl("-n", ns, "wait", "--for=condition=Ready", f"pod/{POD}", "--timeout=60s")

        watchers = [
            Watcher("slipway", [binary, ns]),
            Watcher("kubectl", ["kubectl", "-n", ns, "get", "pods", "-w",
                                "-o", "jsonpath={.metadata.name} {.metadata.resourceVersion}{\"\\n\"}"]),
        ]
        for w in watchers:
            if not w.wait_for(lambda w: w.seen, 30):
                sys.exit(f"bench: {w.name} did not list the pod: {''.join(w.lines)[-400:]}")

        with tempfile.TemporaryDirectory() as tmp:
            conn = admin_connection(tmp)
            path = f"/api/v1/namespaces/{ns}/pods/{POD}/status"
            lat = {w.name: [] for w in watchers}
            for n in range(rounds):
                body = json.dumps({"status": {"conditions": [
                    {"type": "slipway.dev/BenchTick", "status": "True", "message": f"round {n}"}]}})
                start = time.perf_counter()
                conn.request("PATCH", path, body, {"Content-Type": "application/strategic-merge-patch+json"})
                resp = conn.getresponse()
                answer = resp.read()
                if resp.status != 200:
                    sys.exit(f"bench: PATCH {path} answered {resp.status}: {answer[:300]!r}")
                version = json.loads(answer)["metadata"]["resourceVersion"]
                for w in watchers:
                    if not w.wait_for(lambda w: version in w.seen, 10):
                        sys.exit(f"bench: {w.name} never saw resourceVersion {version}")
                    lat[w.name].append((w.seen[version] - start) * 1000.0)
                time.sleep(0.3)  # a change after a quiet spell, as a person watching a pod sees one
        s, k = statistics.median(lat["slipway"]), statistics.median(lat["kubectl"])
        report(f"pod-status-latency: slipway median {s:.1f} ms (p90 {sorted(lat['slipway'])[int(rounds * 0.9) - 1]:.1f})")
        report(f"pod-status-latency: anchor  median {k:.1f} ms (p90 {sorted(lat['kubectl'])[int(rounds * 0.9) - 1]:.1f})"
               "  [kubectl get pods -w]")
        paired = statistics.median(a - b for a, b in zip(lat["slipway"], lat["kubectl"]))
        report(f"pod-status-latency: ratio slipway/anchor = {s / k:.2f}x (median of {rounds} changes; "
               f"per change slipway - kubectl median {paired:+.1f} ms)")
    finally:
        for w in watchers:
            w.stop()
        subprocess.run(["kubectl", "delete", "namespace", ns, "--wait=false"], capture_output=True)


if __name__ == "__main__":
    main(sys.argv)
