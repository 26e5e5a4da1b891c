import { db } from '@/lib/db';

export async function GET() {
  await db.$queryRaw`select 1`;
  return Response.json({ status: 'ok' });
}
