// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Deploy fixture: a Node HTTP API on PORT that records each visit in Postgres (DATABASE_URL).
// GET / answers "nodeapi ok visits=N"; GET /health answers 200 when Postgres answers.
'use strict';

const http = require('node:http');
const { query } = require('./pg');

const port = Number(process.env.PORT || 3000);
// The default is for a local run (`createdb nodeapi`); deployed, DATABASE_URL names the plan's Postgres.
const databaseUrl = process.env.DATABASE_URL || 'postgres://postgres@localhost:5432/nodeapi';

async function visit() {
  const rows = await query(databaseUrl,
    'CREATE TABLE IF NOT EXISTS visits (id serial PRIMARY KEY, at timestamptz NOT NULL DEFAULT now());' +
    'INSERT INTO visits DEFAULT VALUES;' +
    'SELECT count(*) FROM visits');
  return Number(rows[0][0]);
}

function reply(res, status, text) {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': Buffer.byteLength(text) });
  res.end(text);
}

const server = http.createServer(async (req, res) => {
  try {
    if (req.url === '/health') {
      const rows = await query(databaseUrl, 'SELECT 1');
      reply(res, rows[0][0] === '1' ? 200 : 500, 'ok\n');
    } else if (req.url === '/' && req.method === 'GET') {
      reply(res, 200, `nodeapi ok visits=${await visit()}\n`);
    } else {
      reply(res, 404, 'not found\n');
    }
  } catch (e) {
    console.error(`${req.method} ${req.url}: ${e.message}`);
    reply(res, 500, `error: ${e.message}\n`);
  }
});

server.listen(port, '0.0.0.0', () => console.log(`nodeapi listening on ${port}`));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
