/** Box 9b: "Nơi nhận:" in bold italic 12 pt, then one entry a line in 11 pt. */
export function Recipients({ entries }: { entries: readonly string[] }) {
  return (
    <div class="doc-recipients">
      <div class="doc-recipients-title">Nơi nhận:</div>
      {entries.map((entry) => (
        <div key={entry}>{entry}</div>
      ))}
    </div>
  );
}
