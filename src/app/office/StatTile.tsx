/** One big number with its label, as the dashboard's coverage row shows it. */
export function StatTile({ label, value, testId }: { label: string; value: number; testId: string }) {
  return (
    <li class="stat" data-testid={`coverage-${testId}`}>
      <span class="stat-number">{value}</span>
      <span class="stat-label">{label}</span>
    </li>
  );
}
