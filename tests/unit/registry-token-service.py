#!/usr/bin/env python3
"""A token service for docker-registry's `auth: token`, for the registry client's tests.

Usage: registry-token-service.py KEY.pem CERT.pem ISSUER USER PASSWORD LOG

Listens on a free 127.0.0.1 port and prints it. GET /token?service=…&scope=… with HTTP basic
credentials USER:PASSWORD answers {"token": <RS256 JWT>} granting every action asked for; without
them, or with others, 401. The JWT carries the signing certificate (x5c), which the registry
checks against its rootcertbundle. Every request is one line in LOG: "<user|-> <scope …>".
"""
import base64, http.server, json, subprocess, sys, time, urllib.parse, uuid

KEY, CERT, ISSUER, USER, PASSWORD, LOG = sys.argv[1:7]


def b64(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def certificate_der():
    pem = open(CERT).read()
    body = pem.split("-----BEGIN CERTIFICATE-----")[1].split("-----END CERTIFICATE-----")[0]
    return "".join(body.split())  # x5c is standard base64 DER, not base64url


def sign(payload):
    signature = subprocess.run(["openssl", "dgst", "-sha256", "-sign", KEY], input=payload,
                               capture_output=True, check=True).stdout
    return b64(signature)


def token(service, scopes, subject):
    access = []
    for scope in scopes:
        kind, _, rest = scope.partition(":")
        name, _, actions = rest.rpartition(":")
        if kind and name:
            access.append({"type": kind, "name": name, "actions": actions.split(",")})
    now = int(time.time())
    header = {"typ": "JWT", "alg": "RS256", "x5c": [certificate_der()]}
    claims = {"iss": ISSUER, "sub": subject, "aud": service, "exp": now + 300, "nbf": now - 10,
              "iat": now, "jti": str(uuid.uuid4()), "access": access}
    signing_input = (b64(json.dumps(header).encode()) + "." + b64(json.dumps(claims).encode())).encode()
    return signing_input.decode() + "." + sign(signing_input)


class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        url = urllib.parse.urlparse(self.path)
        query = urllib.parse.parse_qs(url.query)
        scopes = query.get("scope", [])
        user = None
        auth = self.headers.get("Authorization", "")
        if auth.startswith("Basic "):
            user, _, password = base64.b64decode(auth[6:]).decode().partition(":")
            if (user, password) != (USER, PASSWORD):
                user = "!" + user
        with open(LOG, "a") as log:
            log.write("%s %s\n" % (user or "-", " ".join(scopes)))
        if user != USER:
            self.send_response(401)
            self.send_header("Content-Type", "application/json")
            self.end_headers()
            self.wfile.write(b'{"errors":[{"code":"UNAUTHORIZED","message":"bad credentials"}]}')
            return
        body = json.dumps({"token": token(query.get("service", [""])[0], scopes, user)}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
print(server.server_address[1], flush=True)
server.serve_forever()
