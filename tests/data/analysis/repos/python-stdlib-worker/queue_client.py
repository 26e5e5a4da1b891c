import os
import socket

REDIS_URL = os.environ["REDIS_URL"]


def ping():
    host = REDIS_URL.split("//")[1].split(":")[0]
    with socket.create_connection((host, 6379), timeout=2) as s:
        s.sendall(b"PING\r\n")
        return s.recv(7) == b"+PONG\r\n"
