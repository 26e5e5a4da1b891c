import os

import psycopg
import sentry_sdk
from flask import Flask, redirect
from redis import Redis
from rq import Queue

if os.getenv("SENTRY_DSN"):
    sentry_sdk.init(os.getenv("SENTRY_DSN"))

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]
queue = Queue(connection=Redis.from_url(os.environ["REDIS_URL"]))


def db():
    return psycopg.connect(os.environ["DATABASE_URL"])


@app.get("/health")
def health():
    return "ok"


@app.get("/<code>")
def follow(code):
    queue.enqueue("stats.count_click", code)
    with db() as conn:
        row = conn.execute("select target from links where code = %s", (code,)).fetchone()
    return redirect(row[0] if row else f"https://{os.environ['SHORT_DOMAIN']}/")
