import { describe, expect, it } from 'vitest';
import { type BienBanInput, buildBienBan } from '../../../../src/app/print/bien-ban-model.ts';
import { CCHC_2025 } from '../../../../src/domain/criteria/cchc-2025.ts';
import { scoreInspection } from '../../../../src/domain/scoring.ts';
import {
  answerFor,
  CRITERIA,
  evidenceRows,
  findingRows,
  INSPECTION_ID,
  inspectionRow,
  LEADER,
  RECOMMENDATION_TEXT,
  recommendationRows,
  resultRows,
  signatureRows,
  UNIT_NAME,
  UNIT_SIGNER,
} from './fixtures.ts';

function input(overrides: Partial<BienBanInput> = {}): BienBanInput {
  return {
    inspection: inspectionRow() as BienBanInput['inspection'],
    catalogue: CCHC_2025,
    results: resultRows(INSPECTION_ID),
    findings: findingRows().filter((f) => !f.deleted),
    recommendations: recommendationRows() as BienBanInput['recommendations'],
    evidence: evidenceRows(),
    signatures: signatureRows({ leader: 'l'.repeat(64), unit: 'u'.repeat(64) }) as BienBanInput['signatures'],
    ...overrides,
  };
}

const line = (model: ReturnType<typeof buildBienBan>, id: string) => {
  const found = model.areas.flatMap((a) => a.lines).find((l) => l.criterionId === id);
  if (!found) throw new Error(`no line ${id}`);
  return found;
};

/** The first criterion of a measure type whose fixture answer has the given shape. */
function firstWhere(pred: (c: (typeof CRITERIA)[number], n: number) => boolean): string {
  const index = CRITERIA.findIndex(pred);
  if (index < 0) throw new Error('no criterion matches');
  return CRITERIA[index]?.id ?? '';
}

describe('buildBienBan', () => {
  it('heads the document as Nghị định 30 sets it out', () => {
    const model = buildBienBan(input({ number: '5' }));
    expect(model.header).toEqual({
      parent: 'UBND TỈNH LAI CHÂU',
      agency: 'SỞ KHOA HỌC VÀ CÔNG NGHỆ',
      number: 'Số: 05/BB-SKHCN',
      placeDate: 'Lai Châu, ngày 05 tháng 01 năm 2026',
    });
    expect(model.title).toBe('BIÊN BẢN');
    expect(model.subject).toBe(`Kiểm tra công tác cải cách hành chính năm 2025 tại ${UNIT_NAME}`);
    expect(buildBienBan(input()).header.number).toBe('Số: ……/BB-SKHCN');
  });

  it('lists the team leader first, then members, then the secretary, with titles and roles', () => {
    expect(buildBienBan(input()).team).toEqual([
      `- ${LEADER}, Chánh Văn phòng Sở - Trưởng đoàn;`,
      '- Lò Văn Thắng, Chuyên viên Văn phòng Sở - Thành viên;',
      '- Phạm Thu Hương, Chuyên viên Văn phòng Sở - Thư ký;',
    ]);
  });

  it('has all seven areas as I.–VII. headings, each with every criterion in catalogue order', () => {
    const model = buildBienBan(input());
    expect(model.areas.map((a) => a.heading)).toEqual([
      'I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH',
      'II. CẢI CÁCH THỂ CHẾ',
      'III. CẢI CÁCH THỦ TỤC HÀNH CHÍNH',
      'IV. CẢI CÁCH TỔ CHỨC BỘ MÁY',
      'V. CẢI CÁCH CHẾ ĐỘ CÔNG VỤ',
      'VI. CẢI CÁCH TÀI CHÍNH CÔNG',
      'VII. XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ',
    ]);
    expect(model.areas.flatMap((a) => a.lines.map((l) => l.criterionId))).toEqual(CRITERIA.map((c) => c.id));
  });

  it('shows figures, rate, result, points and evidence count per criterion', () => {
    const model = buildBienBan(input());
    const met = line(model, 'A3.T1');
    expect(met).toMatchObject({
      target: 'Tối thiểu 90%',
      figures: '50/50',
      rate: '100,0%',
      status: 'Đạt',
      evidence: 2,
      numerator: 50,
      denominator: 50,
    });
    expect(met.points).toBe(`${met.max}/${met.max}`.replace('.', ','));

    const failingId = firstWhere((c, n) => c.measure.type === 'percent' && (n % 11 === 3 || n % 11 === 7));
    const failing = line(model, failingId);
    expect(failing).toMatchObject({ figures: '41/50', rate: '82,0%', status: 'Không đạt', earned: 0 });
    expect(failing.points.startsWith('0/')).toBe(true);

    const skipped = line(
      model,
      firstWhere((_, n) => n % 11 === 10),
    );
    expect(skipped).toMatchObject({ figures: '', rate: '', status: 'Chưa chấm', points: '—', earned: null });
    const notApplicable = line(
      model,
      firstWhere((_, n) => n % 11 === 9),
    );
    expect(notApplicable).toMatchObject({ figures: '—', status: 'Không áp dụng', points: '—' });

    const textId = firstWhere((c, n) => c.measure.type === 'text' && answerFor(c, n) !== null && n % 11 < 9);
    const text = line(model, textId);
    expect(text.status).toBe('Ghi nhận');
    expect(text.remarks[0]).toContain(`nội dung ${textId}`);
    expect(line(model, 'A1.T1').evidence).toBe(1);
    expect(line(model, CRITERIA[4]?.id ?? '').remarks).toContain(
      'Ghi chú: Số liệu chốt ngày 31/12/2025 trên Hệ thống thông tin giải quyết TTHC tỉnh.',
    );
  });

  it('states the overall score as the scoring rules compute it', () => {
    const model = buildBienBan(input());
    const answers = new Map(resultRows(INSPECTION_ID).map((r) => [r.criterionId, r]));
    const { overall } = scoreInspection(CCHC_2025, answers);
    const points = String(overall.points).replace('.', ',');
    const max = String(overall.judgedMax).replace('.', ',');
    expect(model.overall).toContain(`đạt ${points}/${max} điểm (`);
    expect(model.overall).toContain(`${overall.counts.met} tiêu chí đạt, ${overall.counts.notMet} không đạt`);
  });

  it('orders findings by their order field and keeps strengths and shortcomings apart', () => {
    const model = buildBienBan(input());
    expect(model.strengths).toEqual([
      'Lãnh đạo phòng quan tâm chỉ đạo công tác cải cách hành chính.',
      'Hồ sơ thủ tục hành chính được số hóa đầy đủ, lưu trữ khoa học.',
    ]);
    expect(model.shortcomings).toEqual([
      'Một số hồ sơ chưa cập nhật kịp thời trên Hệ thống thông tin giải quyết TTHC.',
    ]);
  });

  it('gives each recommendation its owner and a dd/mm/yyyy deadline', () => {
    expect(buildBienBan(input()).recommendations).toEqual([
      { content: RECOMMENDATION_TEXT, owner: 'Trưởng phòng Quản lý chuyên ngành', deadline: '31/03/2026' },
      {
        content: 'Bổ sung quy chế phối hợp trong giải quyết thủ tục hành chính.',
        owner: 'Văn phòng Sở',
        deadline: 'Không ấn định',
      },
    ]);
  });

  it('closes at the Viet Nam time the inspection was completed, or leaves blanks', () => {
    expect(buildBienBan(input()).closing).toMatch(
      /^Biên bản kết thúc hồi 16 giờ 30 phút, ngày 05 tháng 01 năm 2026, được đọc lại/,
    );
    const open = input({ inspection: { ...input().inspection, completedAt: null } });
    expect(buildBienBan(open).closing).toMatch(/^Biên bản kết thúc hồi …… giờ …… phút cùng ngày, /);
  });

  it('signs with the signature rows, or names the leader and first representative when unsigned', () => {
    const signed = buildBienBan(input()).signatures;
    expect(signed.unit).toEqual({
      caption: 'ĐẠI DIỆN ĐƠN VỊ ĐƯỢC KIỂM TRA',
      name: UNIT_SIGNER,
      sha256: 'u'.repeat(64),
    });
    expect(signed.leader).toEqual({ caption: 'TRƯỞNG ĐOÀN KIỂM TRA', name: LEADER, sha256: 'l'.repeat(64) });
    const unsigned = buildBienBan(input({ signatures: [] })).signatures;
    expect(unsigned.unit).toMatchObject({ name: UNIT_SIGNER, sha256: null });
    expect(unsigned.leader).toMatchObject({ name: LEADER, sha256: null });
  });

  it('sends the biên bản to the unit, the director and the team, and files a copy', () => {
    expect(buildBienBan(input()).recipients).toEqual([
      `- ${UNIT_NAME};`,
      '- Giám đốc Sở (b/c);',
      '- Thành viên Đoàn kiểm tra;',
      '- Lưu: VT, VP.',
    ]);
  });
});
