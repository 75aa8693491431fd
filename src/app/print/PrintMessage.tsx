import './print.css';

/** What the print route shows while loading, or when there is nothing to print. */
export function PrintMessage({ text, backHref }: { text: string; backHref?: string }) {
  return (
    <main class="doc-preview">
      <div class="doc-toolbar" role="status">
        {backHref && (
          <a class="btn" href={backHref}>
            Quay lại
          </a>
        )}
        <span>{text}</span>
      </div>
    </main>
  );
}
