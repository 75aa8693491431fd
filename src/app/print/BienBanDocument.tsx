import type { AreaSection, BienBanModel, SignatureBlock } from './bien-ban-model.ts';
import { type DocColumn, DocTable } from './DocTable.tsx';
import { DocumentHeader } from './DocumentHeader.tsx';
import { DocumentTitle } from './DocumentTitle.tsx';
import { BLANK } from './format.ts';
import { Recipients } from './Recipients.tsx';
import { SignatureImage } from './SignatureImage.tsx';

const AREA_COLUMNS: readonly DocColumn<AreaSection['lines'][number]>[] = [
  { heading: 'Mã', width: '13mm', class: 'num nowrap', cell: (line) => line.criterionId },
  {
    heading: 'Tiêu chí',
    cell: (line) => (
      <>
        {line.text}
        {line.remarks.map((r) => (
          <span key={r} class="remark">
            {r}
          </span>
        ))}
      </>
    ),
  },
  { heading: 'Chỉ tiêu', width: '17mm', class: 'num', cell: (line) => line.target },
  { heading: 'Số liệu', width: '14mm', class: 'num', cell: (line) => line.figures },
  { heading: 'Tỷ lệ', width: '15mm', class: 'num nowrap', cell: (line) => line.rate },
  { heading: 'Kết quả', width: '17mm', class: 'num', cell: (line) => line.status },
  { heading: 'Điểm', width: '11mm', class: 'num', cell: (line) => line.points },
  { heading: 'Minh chứng', width: '13mm', class: 'num', cell: (line) => line.evidence },
];

const RECOMMENDATION_COLUMNS: readonly DocColumn<BienBanModel['recommendations'][number]>[] = [
  { heading: 'TT', width: '10mm', class: 'num', cell: (_, i) => i + 1 },
  { heading: 'Nội dung kiến nghị', cell: (r) => r.content },
  { heading: 'Đơn vị, người thực hiện', width: '38mm', cell: (r) => r.owner },
  { heading: 'Thời hạn', width: '24mm', class: 'num', cell: (r) => r.deadline },
];

function Signature({ block, image }: { block: SignatureBlock; image: Blob | undefined }) {
  return (
    <>
      <div class="doc-sign-caption">{block.caption}</div>
      <div class="doc-sign-hint">(Ký, ghi rõ họ tên)</div>
      <div class="doc-sign-space">
        <SignatureImage blob={image} alt={`Chữ ký của ${block.name}`} />
      </div>
      <div class="doc-sign-name">{block.name}</div>
    </>
  );
}

function Items({ items, empty }: { items: readonly string[]; empty: string }) {
  return (
    <div class="doc-list">
      {items.length === 0 ? <p>{empty}</p> : items.map((item) => <p key={item}>- {item}</p>)}
    </div>
  );
}

/** The biên bản kiểm tra CCHC, laid out for A4 (see bien-ban-model.ts for what each part holds). */
export function BienBanDocument({ model, images }: { model: BienBanModel; images: Map<string, Blob> }) {
  const image = (sha: string | null) => (sha === null ? undefined : images.get(sha));
  return (
    <>
      <DocumentHeader header={model.header} />
      <DocumentTitle title={model.title} subject={model.subject} />
      {model.bases.map((basis) => (
        <p key={basis}>
          <em>{basis}</em>
        </p>
      ))}
      <p>{model.opening}</p>

      <h2>A. THÀNH PHẦN</h2>
      <p>1. Đoàn kiểm tra:</p>
      <div class="doc-list">
        {model.team.map((line) => (
          <p key={line}>{line}</p>
        ))}
      </div>
      <p>2. {model.unitHeading}</p>
      <div class="doc-list">
        {model.representatives.map((line) => (
          <p key={line}>{line}</p>
        ))}
      </div>

      <h2>B. NỘI DUNG VÀ KẾT QUẢ KIỂM TRA</h2>
      {model.areas.map((area) => (
        <section key={area.areaId}>
          <h3>{area.heading}</h3>
          <p>{area.summary}</p>
          <DocTable
            columns={AREA_COLUMNS}
            rows={area.lines}
            rowKey={(line) => line.criterionId}
            area={area.areaId}
          />
        </section>
      ))}
      <p>
        <strong>{model.overall}</strong>
      </p>

      <h2>C. NHẬN XÉT, ĐÁNH GIÁ</h2>
      <p>
        <strong>1. Ưu điểm</strong>
      </p>
      <Items items={model.strengths} empty="Không có." />
      <p>
        <strong>2. Tồn tại, hạn chế</strong>
      </p>
      <Items items={model.shortcomings} empty="Không có." />

      <h2>D. KIẾN NGHỊ</h2>
      {model.recommendations.length === 0 ? (
        <p>Không có kiến nghị.</p>
      ) : (
        <DocTable
          columns={RECOMMENDATION_COLUMNS}
          rows={model.recommendations}
          rowKey={(r, i) => `${i}:${r.content}`}
        />
      )}

      <h2>Đ. Ý KIẾN CỦA ĐƠN VỊ ĐƯỢC KIỂM TRA</h2>
      {/* Left as dotted lines to write on by hand when nothing was typed. */}
      <p>{model.unitComments === '' ? BLANK.repeat(24) : model.unitComments}</p>
      <p>{model.closing}</p>

      <div class="doc-signatures">
        <Signature block={model.signatures.unit} image={image(model.signatures.unit.sha256)} />
        <Signature block={model.signatures.leader} image={image(model.signatures.leader.sha256)} />
      </div>
      <div class="doc-recipients-block">
        <Recipients entries={model.recipients} />
      </div>
    </>
  );
}
