import type { DocHeader } from './bien-ban-model.ts';

/** Boxes 1–4 of Nghị định 30/2020: agency, quốc hiệu and tiêu ngữ, số and ký hiệu, place and date. */
export function DocumentHeader({ header }: { header: DocHeader }) {
  return (
    <header class="doc-header">
      <div>
        <div class="doc-parent">{header.parent}</div>
        <div class="doc-agency">{header.agency}</div>
        <div class="doc-rule-short" />
      </div>
      <div>
        <div class="doc-nation">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</div>
        <div class="doc-motto">
          <span>Độc lập - Tự do - Hạnh phúc</span>
        </div>
      </div>
      <div class="doc-number">{header.number}</div>
      <div class="doc-place-date">{header.placeDate}</div>
    </header>
  );
}
