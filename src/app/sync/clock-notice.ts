import { CLOCK_TRUSTED_WITHIN_MS } from '../../domain/hlc.ts';
import type { Lang } from '../settings.ts';

function amount(ms: number, lang: Lang): string {
  const minutes = Math.round(ms / 60_000);
  if (minutes < 90) return lang === 'vi' ? `${minutes} phút` : `${minutes} minutes`;
  const hours = Math.round(ms / 3_600_000);
  if (hours < 48) return lang === 'vi' ? `${hours} giờ` : `${hours} hours`;
  const days = Math.round(ms / 86_400_000);
  return lang === 'vi' ? `${days} ngày` : `${days} days`;
}

/**
 * What to tell the inspector when the last sync found the tablet's date off the server's (`offsetMs` =
 * server − tablet): edits are stamped with the server's time meanwhile (hlc.ts serverCorrected), but the
 * date on screen and in new records comes from the tablet, so it should be put right. Null when it is right.
 */
export function clockNotice(offsetMs: number | null | undefined, lang: Lang): string | null {
  if (offsetMs === null || offsetMs === undefined || Math.abs(offsetMs) <= CLOCK_TRUSTED_WITHIN_MS)
    return null;
  const off = amount(Math.abs(offsetMs), lang);
  if (lang === 'en') {
    return (
      `This device's date is about ${off} ${offsetMs < 0 ? 'ahead of' : 'behind'} the server's. ` +
      "Changes are still stamped with the server's time; set the date right (turn on automatic date and time)."
    );
  }
  return (
    `Ngày giờ trên máy đang ${offsetMs < 0 ? 'nhanh' : 'chậm'} hơn máy chủ khoảng ${off}. ` +
    'Các thay đổi vẫn được ghi theo giờ máy chủ; hãy chỉnh lại ngày giờ trên máy (bật tự động đặt ngày giờ).'
  );
}
