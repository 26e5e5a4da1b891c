# SPDX-FileCopyrightText: 2026 Hydron contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Deploy fixture: a standard-library web app backed by Redis. GET / answers "hello <VERSION>",
# GET /health answers 200 when Redis answers PING (and the version is not "broken").
import http.server
import os
import socket

VERSION = open(os.path.join(os.path.dirname(__file__), "VERSION")).read().strip()
REDIS = os.environ.get("REDIS_HOST", "redis")


def redis_ok():
    try:
        with socket.create_connection((REDIS, 6379), timeout=2) as s:
            s.sendall(b"PING\r\n")
            return s.recv(16).startswith(b"+PONG")
    except OSError:
        return False


class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        if self.path == "/health":
            ok = VERSION != "broken" and redis_ok()
            body = b"ok\n" if ok else b"unhealthy\n"
            self.send_response(200 if ok else 500)
        else:
            ok = True
            body = ("hello %s token=%d\n" % (VERSION, len(os.environ.get("SECRET_TOKEN", "")))).encode()
            self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, fmt, *args):
        print("%s %s" % (self.address_string(), fmt % args), flush=True)


print("starting version", VERSION, flush=True)
http.server.ThreadingHTTPServer(("0.0.0.0", 8000), Handler).serve_forever()
