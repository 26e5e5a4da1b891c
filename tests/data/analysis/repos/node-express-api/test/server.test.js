const test = require('node:test');
process.env.DATABASE_URL = process.env.TEST_DATABASE_URL;

test('health', async () => {});
