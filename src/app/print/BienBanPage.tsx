import { getDb } from '../db.ts';
import { fileSlug } from '../export/csv.ts';
import { saveBienBanCsv, saveBienBanDocx } from '../export/save-files.ts';
import { useLiveQuery } from '../live-query.ts';
import { BienBanDocument } from './BienBanDocument.tsx';
import { loadBienBanData } from './bien-ban-data.ts';
import { BIEN_BAN_SYMBOL, buildBienBan } from './bien-ban-model.ts';
import { PrintFrame } from './PrintFrame.tsx';
import { PrintMessage } from './PrintMessage.tsx';
import { useDocNumber } from './use-doc-number.ts';

/** Route /inspections/:id/print: the biên bản of one inspection, from this device's data only. */
export function BienBanPage({ id }: { id: string }) {
  const db = getDb();
  const data = useLiveQuery(() => loadBienBanData(db, id), [id]);
  const [number, setNumber] = useDocNumber();
  if (data === undefined) return <PrintMessage text="Đang chuẩn bị bản in…" />;
  if (data === null) return <PrintMessage text="Không tìm thấy cuộc kiểm tra trên máy này." backHref="/" />;
  const model = buildBienBan({ ...data.input, number });
  const { inspection } = data.input;
  const baseName = `bien-ban-${fileSlug(inspection.unitName)}-${inspection.date}`;
  return (
    <PrintFrame
      backHref={`/inspections/${id}`}
      symbol={BIEN_BAN_SYMBOL}
      number={number}
      onNumber={setNumber}
      onCsv={() => saveBienBanCsv(model, baseName)}
      onDocx={() => saveBienBanDocx(model, data.images, baseName)}
    >
      <BienBanDocument model={model} images={data.images} />
    </PrintFrame>
  );
}
