import os

import requests
from rq import get_current_job


def send(to, subject):
    job = get_current_job()
    requests.post(
        "https://api.mailgun.net/v3/example.org/messages",
        auth=("api", os.environ["MAILGUN_API_KEY"]),
        data={"to": to, "subject": subject, "text": job.id},
    )
