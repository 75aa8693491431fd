/** dd/mm/yyyy from an ISO date, the way Vietnamese forms write it. */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.slice(0, 10).split('-');
  return y && m && d ? `${d}/${m}/${y}` : iso;
}
