/** Box 5a: the type name, the trích yếu under it, then a short rule. */
export function DocumentTitle({ title, subject }: { title: string; subject: string }) {
  return (
    <div class="doc-title">
      <div>{title}</div>
      <div class="doc-subject">{subject}</div>
      <div class="doc-rule-short" />
    </div>
  );
}
