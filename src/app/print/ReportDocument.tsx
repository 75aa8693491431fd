import { type DocColumn, DocTable } from './DocTable.tsx';
import { DocumentHeader } from './DocumentHeader.tsx';
import { DocumentTitle } from './DocumentTitle.tsx';
import { Recipients } from './Recipients.tsx';
import type { ReportModel } from './report-model.ts';

/** An area's percent in its narrow column: no % sign (the heading says so) and no ',0'. */
function areaCell(percent: string): string {
  return percent.replace('%', '').replace(/,0$/, '');
}

type UnitLine = ReportModel['units'][number];

function unitColumns(model: ReportModel): DocColumn<UnitLine>[] {
  return [
    { heading: 'TT', width: '8mm', class: 'num', cell: (u) => u.index },
    {
      heading: 'Phòng, đơn vị',
      cell: (u) => (
        <>
          {u.unitName}
          {u.date === '' && <span class="remark">{u.status}</span>}
        </>
      ),
    },
    { heading: 'Ngày kiểm tra', width: '22mm', class: 'num', cell: (u) => u.date },
    ...model.areaColumns.map(
      (a, i): DocColumn<UnitLine> => ({
        heading: a.label,
        width: '10.5mm',
        class: 'num',
        cell: (u) => areaCell(u.areas[i] ?? ''),
      }),
    ),
    { heading: 'Tổng', width: '14mm', class: 'num', cell: (u) => u.percent },
  ];
}

const FAILING_COLUMNS: readonly DocColumn<ReportModel['failing'][number]>[] = [
  { heading: 'Mã', width: '14mm', class: 'num', cell: (f) => f.criterionId },
  { heading: 'Tiêu chí', cell: (f) => f.text },
  { heading: 'Số đơn vị không đạt', width: '26mm', class: 'num', cell: (f) => `${f.notMet}/${f.judged}` },
];

const RECOMMENDATION_COLUMNS: readonly DocColumn<ReportModel['recommendations'][number]>[] = [
  { heading: 'TT', width: '8mm', class: 'num', cell: (_, i) => i + 1 },
  { heading: 'Phòng, đơn vị', width: '32mm', cell: (r) => r.unitName },
  { heading: 'Nội dung kiến nghị', cell: (r) => r.content },
  { heading: 'Người thực hiện', width: '26mm', cell: (r) => r.owner },
  { heading: 'Thời hạn', width: '22mm', class: 'num', cell: (r) => r.deadline },
  { heading: 'Tình trạng', width: '20mm', cell: (r) => r.status },
];

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
      <DocTable
        columns={unitColumns(model)}
        rows={model.units}
        rowKey={(u) => String(u.index)}
        testId="unit-scores"
      />

      <h2>{model.sections.failing}</h2>
      {model.failing.length === 0 ? (
        <p>Không có tiêu chí nào không đạt.</p>
      ) : (
        <DocTable columns={FAILING_COLUMNS} rows={model.failing} rowKey={(f) => f.criterionId} />
      )}

      <h2>{model.sections.recommendations}</h2>
      <p>{model.recommendationSummary}</p>
      {model.recommendations.length > 0 && (
        <DocTable
          columns={RECOMMENDATION_COLUMNS}
          rows={model.recommendations}
          rowKey={(r, i) => `${i}:${r.content}`}
        />
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
