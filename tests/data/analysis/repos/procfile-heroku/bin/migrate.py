import os

import psycopg

with psycopg.connect(os.environ["DATABASE_URL"]) as conn:
    conn.execute("create table if not exists links (code text primary key, target text, clicks int default 0)")
