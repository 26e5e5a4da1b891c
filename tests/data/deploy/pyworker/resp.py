# SPDX-FileCopyrightText: 2026 Hydron contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# A tiny Redis client for the deploy fixture (PyPI is not reachable in the tests): RESP2 over a
# socket, one command at a time.
import os
import socket
from urllib.parse import unquote, urlparse


def _address():
    """(host, port, password, db) from REDIS_URL, else REDIS_HOST/REDIS_PORT."""
    url = os.environ.get("REDIS_URL")
    if url:
        u = urlparse(url)
        return (u.hostname or "redis", u.port or 6379, unquote(u.password) if u.password else None,
                int((u.path or "/0").lstrip("/") or 0))
    return (os.environ.get("REDIS_HOST", "redis"), int(os.environ.get("REDIS_PORT", "6379")),
            os.environ.get("REDIS_PASSWORD") or None, 0)


class RedisError(Exception):
    pass


class Redis:
    def __init__(self, timeout=10.0):
        host, port, password, db = _address()
        self.sock = socket.create_connection((host, port), timeout=timeout)
        self.file = self.sock.makefile("rb")
        if password:
            self.call("AUTH", password)
        if db:
            self.call("SELECT", str(db))

    def close(self):
        self.file.close()
        self.sock.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def call(self, *args, timeout=None):
        if timeout is not None:
            self.sock.settimeout(timeout)
        out = [b"*%d\r\n" % len(args)]
        for a in args:
            data = a if isinstance(a, bytes) else str(a).encode()
            out.append(b"$%d\r\n%s\r\n" % (len(data), data))
        self.sock.sendall(b"".join(out))
        return self._read()

    def _read(self):
        line = self.file.readline()
        if not line.endswith(b"\r\n"):
            raise RedisError("connection closed")
        kind, rest = line[:1], line[1:-2]
        if kind == b"+":
            return rest.decode()
        if kind == b"-":
            raise RedisError(rest.decode())
        if kind == b":":
            return int(rest)
        if kind == b"$":
            n = int(rest)
            if n < 0:
                return None
            data = self.file.read(n + 2)
            return data[:-2]
        if kind == b"*":
            n = int(rest)
            return None if n < 0 else [self._read() for _ in range(n)]
        raise RedisError("unexpected reply %r" % line)
