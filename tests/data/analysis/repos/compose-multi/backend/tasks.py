import os

from celery import Celery

app = Celery("tasks", broker=os.environ.get("REDIS_URL", "redis://localhost:6379/0"))


@app.task
def cleanup():
    return "done"
