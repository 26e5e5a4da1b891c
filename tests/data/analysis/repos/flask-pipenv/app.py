import os

import redis
from flask import Flask, render_template

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["SECRET_KEY"]

cache = redis.from_url(os.getenv("REDIS_URL", "redis://localhost:6379/0"))


@app.route("/status")
def status():
    return {"ok": True}


@app.route("/")
def index():
    visits = cache.incr("visits")
    return render_template("index.html", visits=visits)
