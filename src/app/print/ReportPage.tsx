import { useLocation } from 'preact-iso';
import { todayIso } from '../../domain/dates.ts';
import { getDb } from '../db.ts';
import { fileSlug } from '../export/csv.ts';
import { saveReportCsv } from '../export/save-files.ts';
import { useLiveQuery } from '../live-query.ts';
import { PrintFrame } from './PrintFrame.tsx';
import { PrintMessage } from './PrintMessage.tsx';
import { ReportDocument } from './ReportDocument.tsx';
import { loadReportData } from './report-data.ts';
import { buildReport, REPORT_SYMBOL } from './report-model.ts';
import { useDocNumber } from './use-doc-number.ts';

/** Route /plans/:id/report: the báo cáo tổng hợp of a plan, dated today unless `?ngay=yyyy-mm-dd`. */
export function ReportPage({ id }: { id: string }) {
  const db = getDb();
  const { query } = useLocation();
  const data = useLiveQuery(() => loadReportData(db, id), [id]);
  const [number, setNumber] = useDocNumber();
  if (data === undefined) return <PrintMessage text="Đang chuẩn bị bản in…" />;
  if (data === null)
    return <PrintMessage text="Không tìm thấy kế hoạch kiểm tra trên máy này." backHref="/" />;
  const date = query.ngay && /^\d{4}-\d{2}-\d{2}$/.test(query.ngay) ? query.ngay : todayIso(new Date());
  const model = buildReport({ ...data, date, number });
  return (
    <PrintFrame
      backHref="/"
      symbol={REPORT_SYMBOL}
      number={number}
      onNumber={setNumber}
      onCsv={() => saveReportCsv(model, `bao-cao-kiem-tra-cchc-${data.plan.year}-${fileSlug(date)}`)}
    >
      <ReportDocument model={model} />
    </PrintFrame>
  );
}
