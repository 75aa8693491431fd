import { DocumentHeader } from './DocumentHeader.tsx';
import { DocumentTitle } from './DocumentTitle.tsx';
import { Recipients } from './Recipients.tsx';
import type { ReportModel } from './report-model.ts';

/** An area's percent in its narrow column: no % sign (the heading says so) and no ',0'. */
function areaCell(percent: string): string {
  return percent.replace('%', '').replace(/,0$/, '');
}

function UnitScores({ model }: { model: ReportModel }) {
  return (
    <table class="doc-table" data-testid="unit-scores">
      <colgroup>
        <col style={{ width: '8mm' }} />
        <col />
        <col style={{ width: '22mm' }} />
        {model.areaColumns.map((a) => (
          <col key={a.label} style={{ width: '10.5mm' }} />
        ))}
        <col style={{ width: '14mm' }} />
      </colgroup>
      <thead>
        <tr>
          <th>TT</th>
          <th>Phòng, đơn vị</th>
          <th>Ngày kiểm tra</th>
          {model.areaColumns.map((a) => (
            <th key={a.label}>{a.label}</th>
          ))}
          <th>Tổng</th>
        </tr>
      </thead>
      <tbody>
        {model.units.map((u) => (
          <tr key={u.index}>
            <td class="num">{u.index}</td>
            <td>
              {u.unitName}
              {u.date === '' && <span class="remark">{u.status}</span>}
            </td>
            <td class="num">{u.date}</td>
            {u.areas.map((a, i) => (
              <td key={model.areaColumns[i]?.label ?? i} class="num">
                {areaCell(a)}
              </td>
            ))}
            <td class="num">{u.percent}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The báo cáo tổng hợp of a plan, laid out for A4 (see report-model.ts). */
export function ReportDocument({ model }: { model: ReportModel }) {
  return (
    <>
      <DocumentHeader header={model.header} />
      <DocumentTitle title={model.title} subject={model.subject} />
      <p>{model.intro}</p>

      <h2>{model.sections.coverage}</h2>
      {model.coverageLines.map((line) => (
        <p key={line}>- {line}</p>
      ))}

      <h2>{model.sections.scores}</h2>
      <p>
        Tỷ lệ điểm đạt (%) theo từng lĩnh vực:{' '}
        {model.areaColumns.map(
          (a, i) => `${a.label}. ${a.name}${i < model.areaColumns.length - 1 ? '; ' : '.'}`,
        )}
      </p>
      <UnitScores model={model} />

      <h2>{model.sections.failing}</h2>
      {model.failing.length === 0 ? (
        <p>Không có tiêu chí nào không đạt.</p>
      ) : (
        <table class="doc-table">
          <colgroup>
            <col style={{ width: '14mm' }} />
            <col />
            <col style={{ width: '26mm' }} />
          </colgroup>
          <thead>
            <tr>
              <th>Mã</th>
              <th>Tiêu chí</th>
              <th>Số đơn vị không đạt</th>
            </tr>
          </thead>
          <tbody>
            {model.failing.map((f) => (
              <tr key={f.criterionId}>
                <td class="num">{f.criterionId}</td>
                <td>{f.text}</td>
                <td class="num">
                  {f.notMet}/{f.judged}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <h2>{model.sections.recommendations}</h2>
      <p>{model.recommendationSummary}</p>
      {model.recommendations.length > 0 && (
        <table class="doc-table">
          <colgroup>
            <col style={{ width: '8mm' }} />
            <col style={{ width: '32mm' }} />
            <col />
            <col style={{ width: '26mm' }} />
            <col style={{ width: '22mm' }} />
            <col style={{ width: '20mm' }} />
          </colgroup>
          <thead>
            <tr>
              <th>TT</th>
              <th>Phòng, đơn vị</th>
              <th>Nội dung kiến nghị</th>
              <th>Người thực hiện</th>
              <th>Thời hạn</th>
              <th>Tình trạng</th>
            </tr>
          </thead>
          <tbody>
            {model.recommendations.map((r, i) => (
              <tr key={`${i}:${r.content}`}>
                <td class="num">{i + 1}</td>
                <td>{r.unitName}</td>
                <td>{r.content}</td>
                <td>{r.owner}</td>
                <td class="num">{r.deadline}</td>
                <td>{r.status}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p>{model.closing}</p>

      <div class="doc-closing-row">
        <Recipients entries={model.recipients} />
        <div class="doc-signer" data-testid="report-signer">
          <div>{model.signer.authority}</div>
          <div>{model.signer.title}</div>
          <div class="doc-sign-space" />
          <div>{model.signer.name}</div>
        </div>
      </div>
    </>
  );
}
