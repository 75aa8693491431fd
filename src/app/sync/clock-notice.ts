import { CLOCK_TRUSTED_WITHIN_MS } from '../../domain/hlc.ts';

function amount(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  if (minutes < 90) return `${minutes} phút`;
  const hours = Math.round(ms / 3_600_000);
  return hours < 48 ? `${hours} giờ` : `${Math.round(ms / 86_400_000)} ngày`;
}

/**
 * What to tell the inspector when the last sync found the tablet's date off the server's (`offsetMs` =
 * server − tablet): edits are stamped with the server's time meanwhile (hlc.ts serverCorrected), but the
 * date on screen and in new records comes from the tablet, so it should be put right. Null when it is right.
 */
export function clockNotice(offsetMs: number | null | undefined): string | null {
  if (offsetMs === null || offsetMs === undefined || Math.abs(offsetMs) <= CLOCK_TRUSTED_WITHIN_MS)
    return null;
  const way = offsetMs < 0 ? 'nhanh' : 'chậm';
  return (
    `Ngày giờ trên máy đang ${way} hơn máy chủ khoảng ${amount(Math.abs(offsetMs))}. ` +
    'Các thay đổi vẫn được ghi theo giờ máy chủ; hãy chỉnh lại ngày giờ trên máy (bật tự động đặt ngày giờ).'
  );
}
