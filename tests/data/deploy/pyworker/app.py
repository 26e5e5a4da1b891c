# SPDX-FileCopyrightText: 2026 Hydron contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Deploy fixture, web process: POST /jobs with a text body queues a job in Redis (LPUSH) and
# answers its id; GET /jobs/<id> answers the worker's result, or 404 while it is pending;
# GET / answers "pyworker web ok"; GET /health answers 200 when Redis answers PING.
import http.server
import os
import uuid

from resp import Redis

PORT = int(os.environ.get("PORT", "8000"))


class Handler(http.server.BaseHTTPRequestHandler):
    def reply(self, status, text):
        body = text.encode()
        self.send_response(status)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        try:
            if self.path == "/health":
                with Redis(timeout=3) as r:
                    ok = r.call("PING") == "PONG"
                self.reply(200 if ok else 500, "ok\n" if ok else "redis does not answer\n")
            elif self.path.startswith("/jobs/"):
                with Redis() as r:
                    result = r.call("GET", "result:" + self.path[len("/jobs/"):])
                if result is None:
                    self.reply(404, "pending\n")
                else:
                    self.reply(200, result.decode() + "\n")
            elif self.path == "/":
                self.reply(200, "pyworker web ok\n")
            else:
                self.reply(404, "not found\n")
        except Exception as e:  # the fixture reports, the test reads
            self.reply(500, "error: %s\n" % e)

    def do_POST(self):
        if self.path != "/jobs":
            self.reply(404, "not found\n")
            return
        text = self.rfile.read(int(self.headers.get("Content-Length") or 0)).decode()
        job = uuid.uuid4().hex
        with Redis() as r:
            r.call("LPUSH", "jobs", job + " " + text)
        self.reply(202, job + "\n")

    def log_message(self, fmt, *args):
        print("%s %s" % (self.address_string(), fmt % args), flush=True)


print("pyworker web on port", PORT, flush=True)
http.server.ThreadingHTTPServer(("0.0.0.0", PORT), Handler).serve_forever()
