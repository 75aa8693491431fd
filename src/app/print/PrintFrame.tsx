import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import './print.css';
import { PrintPageStyle } from './PrintPageStyle.tsx';
import { useFontsReady } from './use-fonts-ready.ts';

export interface PrintFrameProps {
  /** Where "Quay lại" goes. */
  backHref: string;
  /** Ký hiệu after the number, e.g. 'BB-SKHCN'. */
  symbol: string;
  number: string;
  onNumber: (value: string) => void;
  /** Build and download the CSV / DOCX; they load their libraries on first use. */
  onCsv: () => Promise<void>;
  onDocx?: () => Promise<void>;
  children: ComponentChildren;
}

/**
 * The print preview: a toolbar (hidden on paper) over the document laid out on an A4 sheet. "In" waits
 * for the print fonts, then opens the browser's print dialog.
 */
export function PrintFrame(props: PrintFrameProps) {
  const fontsReady = useFontsReady();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');
  const { onDocx } = props;

  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    setMessage('');
    try {
      await action();
    } catch (error) {
      console.error('export failed', error);
      setMessage('Không tạo được tệp. Vui lòng thử lại.');
    } finally {
      setBusy(false);
    }
  };

  return (
    <main class="doc-preview">
      <PrintPageStyle />
      <div class="doc-toolbar" role="toolbar" aria-label="Bản in">
        <a class="btn" href={props.backHref}>
          Quay lại
        </a>
        <label>
          Số
          <input
            inputMode="numeric"
            value={props.number}
            placeholder="……"
            onInput={(e) => props.onNumber(e.currentTarget.value)}
          />
          <span>/{props.symbol}</span>
        </label>
        <span class="spacer" />
        <span class="doc-status" role="status">
          {message}
        </span>
        <button type="button" class="btn" disabled={busy} onClick={() => run(props.onCsv)}>
          Tải CSV
        </button>
        {onDocx && (
          <button type="button" class="btn" disabled={busy} onClick={() => run(onDocx)}>
            Tải DOCX
          </button>
        )}
        <button type="button" class="btn btn-primary" disabled={!fontsReady} onClick={() => window.print()}>
          In
        </button>
      </div>
      <article class="doc-sheet doc" data-ready={fontsReady ? 'true' : 'false'}>
        {props.children}
      </article>
    </main>
  );
}
