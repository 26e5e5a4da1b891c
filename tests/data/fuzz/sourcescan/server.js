'use strict';

const express = require('express');
const pino = require('pino');
const db = require('./db');
const cache = require('./cache');
const payments = require('./payments');

const log = pino({ level: process.env.LOG_LEVEL || 'info' });
const app = express();
app.use(express.json());

app.get('/healthz', async (req, res) => {
  await db.query('select 1');
  res.json({ ok: true });
});

app.get('/orders/:id', async (req, res) => {
  const cached = await cache.get(`order:${req.params.id}`);
  if (cached) return res.json(JSON.parse(cached));
  const { rows } = await db.query('select * from orders where id = $1', [req.params.id]);
  res.json(rows[0] ?? null);
});

app.post('/orders/:id/pay', async (req, res) => {
  const intent = await payments.charge(req.body.amount);
  res.status(201).json(intent);
});

const port = Number(process.env.PORT) || 3000;
app.listen(port, () => log.info({ port }, 'orders-api listening'));
