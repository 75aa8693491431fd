import { Catalogue } from '../schemas/catalogue.ts';
import { A1 } from './cchc-2025/a1-direction.ts';
import { A2 } from './cchc-2025/a2-institutions.ts';
import { A3 } from './cchc-2025/a3-procedures.ts';
import { A4 } from './cchc-2025/a4-organisation.ts';
import { A5 } from './cchc-2025/a5-civil-service.ts';
import { A6 } from './cchc-2025/a6-public-finance.ts';
import { A7 } from './cchc-2025/a7-digital-government.ts';
import { CCHC_2025_ID } from './cchc-2025-id.ts';
import { deepFreeze } from './deep-freeze.ts';

/*
 * The 2025 catalogue: every measurable target and every task of "Kế hoạch CCHC năm 2025 của Sở KH&CN
 * Lai Châu" (shared/seed/000_…txt), one criterion each, ids as in the domain notes (cchc-domain.md §5).
 *
 * Counting, reconciled against the seed text:
 * - 24 targets (T). §5 lists 23; the 24th is A5.T3: the first bullet of plan §II.5 holds two
 *   obligations in two sentences (staff structure per job positions; lawful recruitment and
 *   management), and §5 folded the second into A5.T1. Per area: 3, 2, 10, 2, 3, 2, 2.
 * - 31 tasks (K). Plan §III ("Nhiệm vụ và giải pháp") yields 29, the count the issue gives: §5's 28
 *   from §III plus A6.K5, the second bullet of §III.6 (public-asset rules) that §5 left out.
 *   §5 adds two duties from §IV ("Tổ chức thực hiện") that an inspector checks at a unit: A3.K7
 *   (resolving procedures on the provincial system, §IV.1) and A7.K5 (co-scoring the index,
 *   §IV.3). Keeping them, with their §5 ids, gives 29 + 2 = 31. Per area: 4, 4, 7, 2, 4, 5, 5.
 * §5's `yes_no_each` (A1.K3, A6.K2, A6.K3: "each of these plans or rules") became `percent`, done over
 * due, target 100%; its `count_compare` (A4.K2, staff allocated ≤ the province's number) became
 * `count` with comparator '<=' and a target the province sets at adoption (null until then).
 * The plan's appendix (deadlines, per-division assignments) is not in the seed.
 */

export { CCHC_2025_ID };

/** The 2025 criteria catalogue, version 1, frozen. Change it with `reviseCatalogue`, never in place. */
export const CCHC_2025: Catalogue = deepFreeze(
  Catalogue.parse({
    id: CCHC_2025_ID,
    year: 2025,
    version: 1,
    title: 'Bộ tiêu chí kiểm tra công tác cải cách hành chính năm 2025',
    source: {
      document: 'Kế hoạch CCHC năm 2025 của Sở KH&CN Lai Châu',
      symbol: '…/KH-SKHCN',
      issuer: 'Sở Khoa học và Công nghệ tỉnh Lai Châu',
    },
    areas: [A1, A2, A3, A4, A5, A6, A7],
  }),
);
