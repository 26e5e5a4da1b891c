import os

import psycopg2
from flask import Flask, jsonify

app = Flask(__name__)


def connect():
    return psycopg2.connect(os.environ["DATABASE_URL"])


@app.get("/api/health")
def health():
    return jsonify(ok=True)


@app.get("/api/tasks")
def tasks():
    with connect() as conn, conn.cursor() as cur:
        cur.execute("select title from tasks")
        return jsonify([{"title": row[0]} for row in cur.fetchall()])
