#!/usr/bin/env python3
"""secret_scan.py SECRET PATH... — print every file under PATHs that holds SECRET in any form a
helm release carries it: plain text, JSON-escaped, base64 (nested: a release Secret's data is
base64 of helm's base64), gzip inside base64 (helm's release payload), or the JSON of a decoded
release. One line per hit: "<file>: <how it was encoded>". Exit 0 when it found nothing, 1 when
it found the secret, 2 when a path cannot be read. A plain grep misses the encoded forms, so a
leak of a release record (a backup, a debug dump, a raw API reply) would pass unseen."""
import base64
import binascii
import gzip
import json
import os
import re
import sys
import zlib

B64 = re.compile(rb"[A-Za-z0-9+/_-]{24,}={0,2}")


def decoded(blob):
    """Every decoding of one base64 token that is worth looking into (bytes, how)."""
    for name, fn in (("base64", base64.b64decode), ("base64url", base64.urlsafe_b64decode)):
        padded = blob + b"=" * (-len(blob) % 4)
        try:
            data = fn(padded)
        except (binascii.Error, ValueError):
            continue
        yield data, name
        return


def forms(data, how, depth):
    """data and every layer under it: gzip / zlib streams and base64 tokens, up to `depth`."""
    yield data, how
    if depth == 0:
        return
    if data[:2] == b"\x1f\x8b":
        try:
            yield from forms(gzip.decompress(data), how + " > gzip", depth - 1)
        except (OSError, EOFError, zlib.error):
            pass
    for token in B64.findall(data):
        for inner, name in decoded(token):
            yield from forms(inner, f"{how} > {name}", depth - 1)


def holds(data, secret):
    escaped = json.dumps(secret.decode("utf-8", "replace"))[1:-1].encode()
    return secret in data or escaped in data


def scan(path, secret):
    with open(path, "rb") as f:
        content = f.read()
    for data, how in forms(content, "file", 4):
        if holds(data, secret):
            return how
    return None


def main():
    if len(sys.argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    secret = sys.argv[1].encode()
    found = False
    for root in sys.argv[2:]:
        if not os.path.exists(root):
            print(f"secret_scan.py: {root}: no such file or folder", file=sys.stderr)
            return 2
        paths = [root] if os.path.isfile(root) else [
            os.path.join(d, n) for d, _, names in os.walk(root) for n in names]
        for path in sorted(paths):
            if os.path.islink(path) or not os.path.isfile(path):
                continue
            try:
                how = scan(path, secret)
            except OSError as e:
                print(f"secret_scan.py: {path}: {e.strerror}", file=sys.stderr)
                return 2
            if how:
                print(f"{path}: {how}")
                found = True
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
