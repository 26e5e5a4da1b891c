import { Card } from '@acme/ui';

const API = process.env.NEXT_PUBLIC_API_URL ?? 'http://localhost:4000';

export default async function Page() {
  const res = await fetch(`${API}/projects`, { cache: 'no-store' });
  const projects: { id: string; name: string }[] = await res.json();
  return projects.map((p) => <Card key={p.id} title={p.name} />);
}
