export function Card({ title }: { title: string }) {
  return <div className="card">{title}</div>;
}
