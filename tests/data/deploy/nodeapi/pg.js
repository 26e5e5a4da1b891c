// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A minimal PostgreSQL client for the deploy fixture (no npm packages are reachable in the
// tests): protocol 3.0 startup, SCRAM-SHA-256, MD5 or cleartext authentication, and the simple
// query protocol. One connection per query: enough for a fixture, not for production.
'use strict';

const crypto = require('node:crypto');
const net = require('node:net');

function parseUrl(text) {
  const u = new URL(text);
  return {
    host: u.hostname,
    port: Number(u.port || 5432),
    user: decodeURIComponent(u.username),
    password: decodeURIComponent(u.password),
    database: decodeURIComponent(u.pathname.replace(/^\//, '')) || decodeURIComponent(u.username),
  };
}

function message(type, body) {
  const head = Buffer.alloc(type ? 5 : 4);
  let at = 0;
  if (type) {
    head.write(type, 0, 'latin1');
    at = 1;
  }
  head.writeInt32BE(body.length + 4, at);
  return Buffer.concat([head, body]);
}

const cstring = (s) => Buffer.from(s + '\0', 'utf8');
const hmac = (key, text) => crypto.createHmac('sha256', key).update(text).digest();
const sha256 = (data) => crypto.createHash('sha256').update(data).digest();
const md5 = (data) => crypto.createHash('md5').update(data).digest('hex');

function xor(a, b) {
  const out = Buffer.alloc(a.length);
  for (let i = 0; i < a.length; ++i) out[i] = a[i] ^ b[i];
  return out;
}

// Reads whole backend messages ({type, body}) from a socket as they arrive.
class Reader {
  constructor(socket) {
    this.buffer = Buffer.alloc(0);
    this.waiting = [];
    this.queue = [];
    this.error = null;
    socket.on('data', (chunk) => {
      this.buffer = Buffer.concat([this.buffer, chunk]);
      while (this.buffer.length >= 5) {
        const length = this.buffer.readInt32BE(1);
        if (this.buffer.length < length + 1) break;
        const m = { type: String.fromCharCode(this.buffer[0]), body: this.buffer.subarray(5, length + 1) };
        this.buffer = this.buffer.subarray(length + 1);
        this.push(m);
      }
    });
    const fail = (e) => {
      this.error = e || new Error('connection closed');
      for (const w of this.waiting.splice(0)) w.reject(this.error);
    };
    socket.on('error', fail);
    socket.on('close', () => fail(null));
  }
  push(m) {
    const w = this.waiting.shift();
    if (w) w.resolve(m);
    else this.queue.push(m);
  }
  next() {
    if (this.queue.length) return Promise.resolve(this.queue.shift());
    if (this.error) return Promise.reject(this.error);
    return new Promise((resolve, reject) => this.waiting.push({ resolve, reject }));
  }
}

function errorText(body) {
  const fields = {};
  let at = 0;
  while (at < body.length && body[at] !== 0) {
    const code = String.fromCharCode(body[at]);
    const end = body.indexOf(0, at + 1);
    fields[code] = body.toString('utf8', at + 1, end);
    at = end + 1;
  }
  return `${fields.S || 'ERROR'} ${fields.C || ''}: ${fields.M || 'unknown error'}`;
}

async function authenticate(socket, reader, cfg) {
  let scram = null;
  for (;;) {
    const m = await reader.next();
    if (m.type === 'E') throw new Error(errorText(m.body));
    if (m.type !== 'R') throw new Error(`unexpected message ${m.type} during authentication`);
    const code = m.body.readInt32BE(0);
    if (code === 0) return;
    if (code === 3) {
      socket.write(message('p', cstring(cfg.password)));
    } else if (code === 5) {
      const salt = m.body.subarray(4, 8);
      const inner = md5(cfg.password + cfg.user);
      const outer = md5(Buffer.concat([Buffer.from(inner), salt]));
      socket.write(message('p', cstring('md5' + outer)));
    } else if (code === 10) {
      const mechanisms = m.body.toString('utf8', 4).split('\0');
      if (!mechanisms.includes('SCRAM-SHA-256')) throw new Error(`no supported SASL mechanism in ${mechanisms}`);
      const nonce = crypto.randomBytes(18).toString('base64');
      scram = { nonce, firstBare: `n=,r=${nonce}` };
      const first = Buffer.from('n,,' + scram.firstBare);
      const len = Buffer.alloc(4);
      len.writeInt32BE(first.length);
      socket.write(message('p', Buffer.concat([cstring('SCRAM-SHA-256'), len, first])));
    } else if (code === 11) {
      const serverFirst = m.body.toString('utf8', 4);
      const attrs = Object.fromEntries(serverFirst.split(',').map((kv) => [kv[0], kv.slice(2)]));
      if (!attrs.r || !attrs.r.startsWith(scram.nonce)) throw new Error('SCRAM: the server nonce is wrong');
      const salted = crypto.pbkdf2Sync(cfg.password, Buffer.from(attrs.s, 'base64'), Number(attrs.i), 32, 'sha256');
      const clientKey = hmac(salted, 'Client Key');
      const finalBare = `c=biws,r=${attrs.r}`;
      scram.auth = `${scram.firstBare},${serverFirst},${finalBare}`;
      scram.serverKey = hmac(salted, 'Server Key');
      const proof = xor(clientKey, hmac(sha256(clientKey), scram.auth)).toString('base64');
      socket.write(message('p', Buffer.from(`${finalBare},p=${proof}`)));
    } else if (code === 12) {
      const v = m.body.toString('utf8', 4).split(',').find((kv) => kv.startsWith('v='));
      const expected = hmac(scram.serverKey, scram.auth).toString('base64');
      if (!v || v.slice(2) !== expected) throw new Error('SCRAM: the server signature is wrong');
    } else {
      throw new Error(`unsupported authentication method ${code}`);
    }
  }
}

// Runs one statement (or several separated by ';') and gives the rows of the last result as
// arrays of strings (null for SQL NULL).
async function query(url, sql) {
  const cfg = parseUrl(url);
  const socket = net.connect({ host: cfg.host, port: cfg.port });
  socket.setTimeout(5000, () => socket.destroy(new Error('postgres did not answer within 5 s')));
  const reader = new Reader(socket);
  try {
    await new Promise((resolve, reject) => {
      socket.once('connect', resolve);
      socket.once('error', reject);
    });
    const version = Buffer.alloc(4);
    version.writeInt32BE(196608);
    const params = Buffer.concat([cstring('user'), cstring(cfg.user), cstring('database'), cstring(cfg.database),
                                  cstring('client_encoding'), cstring('UTF8'), Buffer.from([0])]);
    socket.write(message(null, Buffer.concat([version, params])));
    await authenticate(socket, reader, cfg);
    for (;;) {
      const m = await reader.next();
      if (m.type === 'E') throw new Error(errorText(m.body));
      if (m.type === 'Z') break;
    }
    socket.write(message('Q', cstring(sql)));
    let rows = [];
    let failure = null;
    for (;;) {
      const m = await reader.next();
      if (m.type === 'T') {
        rows = [];
      } else if (m.type === 'D') {
        const count = m.body.readInt16BE(0);
        const row = [];
        let at = 2;
        for (let i = 0; i < count; ++i) {
          const len = m.body.readInt32BE(at);
          at += 4;
          row.push(len < 0 ? null : m.body.toString('utf8', at, at + len));
          if (len > 0) at += len;
        }
        rows.push(row);
      } else if (m.type === 'E') {
        failure = new Error(errorText(m.body));
      } else if (m.type === 'Z') {
        break;
      }
    }
    socket.write(message('X', Buffer.alloc(0)));
    if (failure) throw failure;
    return rows;
  } finally {
    socket.end();
  }
}

module.exports = { query, parseUrl };
