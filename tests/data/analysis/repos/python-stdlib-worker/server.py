# A web process on the standard library: http.server, routed by comparing self.path.
import http.server
import os

import queue_client


class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        if self.path == "/healthz":
            self.send_response(200)
        elif self.path == "/":
            self.send_response(200 if queue_client.ping() else 503)
        else:
            self.send_response(404)
        self.end_headers()


port = int(os.environ.get("PORT", "8080"))
http.server.HTTPServer(("", port), Handler).serve_forever()
