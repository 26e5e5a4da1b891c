import os

import psycopg


def count_click(code):
    with psycopg.connect(os.environ["DATABASE_URL"]) as conn:
        conn.execute("update links set clicks = clicks + 1 where code = %s", (code,))
