import { db } from '@/lib/db';

export default async function Dashboard() {
  const reports = await db.report.findMany();
  const analytics = process.env.NEXT_PUBLIC_ANALYTICS_ID;
  return (
    <main data-analytics={analytics}>
      {reports.map((r) => (
        <p key={r.id}>{r.title}</p>
      ))}
    </main>
  );
}
