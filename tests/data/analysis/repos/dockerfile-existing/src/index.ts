import Koa from 'koa';
import Router from '@koa/router';
import { S3Client, PutObjectCommand } from '@aws-sdk/client-s3';

const s3 = new S3Client({ region: process.env.AWS_REGION ?? 'eu-central-1' });
const bucket = process.env.PDF_BUCKET;
const app = new Koa();
const router = new Router();

router.get('/-/ready', (ctx) => {
  ctx.body = 'ready';
});
router.post('/render', async (ctx) => {
  await s3.send(new PutObjectCommand({ Bucket: bucket, Key: 'out.pdf', Body: 'pdf' }));
  ctx.status = 201;
});

app.use(router.routes());
app.listen(Number(process.env.PORT ?? 3000));
