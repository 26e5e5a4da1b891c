const fs = require('node:fs');
const express = require('express');
const YAML = require('yaml');
const client = require('prom-client');
const { probe } = require('./checks');

const targetsFile = process.env.TARGETS_FILE || 'config/targets.yaml';
const interval = Number(process.env.PROBE_INTERVAL_MS || 15000);
const { targets } = YAML.parse(fs.readFileSync(targetsFile, 'utf8'));

const up = new client.Gauge({ name: 'target_up', help: 'Target answered', labelNames: ['target'] });

setInterval(async () => {
  for (const target of targets) {
    up.set({ target: target.name }, (await probe(target)) ? 1 : 0);
  }
}, interval);

const app = express();
app.get('/metrics', async (req, res) => res.type('text/plain').send(await client.register.metrics()));
app.get('/healthz', (req, res) => res.send('ok'));
app.listen(process.env.PORT || 9100);
