# SPDX-FileCopyrightText: 2026 Hydron contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Deploy fixture, worker process: takes jobs from Redis (BRPOP jobs), "processes" the text
# (upper-cased, with the worker's host name) and stores the result under result:<id>.
import socket
import time

from resp import Redis, RedisError


def main():
    print("pyworker worker started", flush=True)
    while True:
        try:
            with Redis(timeout=15) as r:
                while True:
                    item = r.call("BRPOP", "jobs", "5", timeout=15)
                    if item is None:
                        continue
                    job, _, text = item[1].decode().partition(" ")
                    result = "done %s by %s" % (text.upper(), socket.gethostname())
                    r.call("SET", "result:" + job, result)
                    print("job", job, "processed", flush=True)
        except (OSError, RedisError) as e:
            print("redis:", e, "- retrying", flush=True)
            time.sleep(1)


if __name__ == "__main__":
    main()
