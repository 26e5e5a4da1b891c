const { Client } = require('pg');
const Redis = require('ioredis');
const mysql = require('mysql2/promise');
const { MongoClient } = require('mongodb');

async function probe(target) {
  try {
    switch (target.type) {
      case 'postgres': {
        const pg = new Client({ connectionString: target.url });
        await pg.connect();
        await pg.query('select 1');
        await pg.end();
        return true;
      }
      case 'redis': {
        const redis = new Redis(target.url, { lazyConnect: true });
        await redis.connect();
        await redis.ping();
        redis.disconnect();
        return true;
      }
      case 'mysql': {
        const conn = await mysql.createConnection(target.url);
        await conn.ping();
        await conn.end();
        return true;
      }
      case 'mongodb': {
        const mongo = new MongoClient(target.url);
        await mongo.connect();
        await mongo.db('admin').command({ ping: 1 });
        await mongo.close();
        return true;
      }
      default:
        return false;
    }
  } catch {
    return false;
  }
}

module.exports = { probe };
