import type { AreaSection, BienBanModel, SignatureBlock } from './bien-ban-model.ts';
import { DocumentHeader } from './DocumentHeader.tsx';
import { DocumentTitle } from './DocumentTitle.tsx';
import { BLANK } from './format.ts';
import { Recipients } from './Recipients.tsx';
import { SignatureImage } from './SignatureImage.tsx';

function AreaTable({ area }: { area: AreaSection }) {
  return (
    <table class="doc-table" data-area={area.areaId}>
      <colgroup>
        <col style={{ width: '13mm' }} />
        <col />
        <col style={{ width: '17mm' }} />
        <col style={{ width: '14mm' }} />
        <col style={{ width: '15mm' }} />
        <col style={{ width: '17mm' }} />
        <col style={{ width: '11mm' }} />
        <col style={{ width: '13mm' }} />
      </colgroup>
      <thead>
        <tr>
          <th>Mã</th>
          <th>Tiêu chí</th>
          <th>Chỉ tiêu</th>
          <th>Số liệu</th>
          <th>Tỷ lệ</th>
          <th>Kết quả</th>
          <th>Điểm</th>
          <th>Minh chứng</th>
        </tr>
      </thead>
      <tbody>
        {area.lines.map((line) => (
          <tr key={line.criterionId}>
            <td class="num nowrap">{line.criterionId}</td>
            <td>
              {line.text}
              {line.remarks.map((r) => (
                <span key={r} class="remark">
                  {r}
                </span>
              ))}
            </td>
            <td class="num">{line.target}</td>
            <td class="num">{line.figures}</td>
            <td class="num nowrap">{line.rate}</td>
            <td class="num">{line.status}</td>
            <td class="num">{line.points}</td>
            <td class="num">{line.evidence}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

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
          <AreaTable area={area} />
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
        <table class="doc-table">
          <colgroup>
            <col style={{ width: '10mm' }} />
            <col />
            <col style={{ width: '38mm' }} />
            <col style={{ width: '24mm' }} />
          </colgroup>
          <thead>
            <tr>
              <th>TT</th>
              <th>Nội dung kiến nghị</th>
              <th>Đơn vị, người thực hiện</th>
              <th>Thời hạn</th>
            </tr>
          </thead>
          <tbody>
            {model.recommendations.map((r, i) => (
              <tr key={`${i}:${r.content}`}>
                <td class="num">{i + 1}</td>
                <td>{r.content}</td>
                <td>{r.owner}</td>
                <td class="num">{r.deadline}</td>
              </tr>
            ))}
          </tbody>
        </table>
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
