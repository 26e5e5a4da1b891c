# A worker process: takes jobs from the queue forever.
import time

import queue_client

while True:
    queue_client.ping()
    time.sleep(5)
