import { Document, ImageRun, Packer, Paragraph } from 'docx';
import type { BienBanModel, SignatureBlock } from '../print/bien-ban-model.ts';
import { BLANK } from '../print/format.ts';
import {
  body,
  centred,
  documentHeader,
  documentStyles,
  documentTitle,
  gridTable,
  heading,
  pageHeaders,
  recipients,
  run,
  sectionProperties,
  twoColumns,
} from './docx-parts.ts';

/** A signature image as plain data: PNG bytes and their size in pixels. */
export interface SignaturePng {
  data: Uint8Array;
  width: number;
  height: number;
}

const SIGN_HEIGHT_PX = 80;

function signature(block: SignatureBlock, images: ReadonlyMap<string, SignaturePng>): Paragraph[] {
  const png = block.sha256 === null ? undefined : images.get(block.sha256);
  const picture = png
    ? new Paragraph({
        alignment: 'center',
        children: [
          new ImageRun({
            type: 'png',
            data: png.data,
            transformation: {
              width: Math.round((png.width / png.height) * SIGN_HEIGHT_PX),
              height: SIGN_HEIGHT_PX,
            },
            altText: { name: 'Chữ ký', description: `Chữ ký của ${block.name}`, title: block.name },
          }),
        ],
      })
    : null;
  return [
    centred(block.caption, { bold: true }),
    centred('(Ký, ghi rõ họ tên)', { italics: true, size: 24 }),
    ...(picture ? [picture] : [new Paragraph({}), new Paragraph({}), new Paragraph({})]),
    centred(block.name, { bold: true }),
  ];
}

const AREA_COLUMNS = [
  { title: 'Mã', widthMm: 13, centred: true },
  { title: 'Tiêu chí', widthMm: 53 },
  { title: 'Chỉ tiêu', widthMm: 15, centred: true },
  { title: 'Số liệu', widthMm: 16, centred: true },
  { title: 'Tỷ lệ', widthMm: 15, centred: true },
  { title: 'Kết quả', widthMm: 17, centred: true },
  { title: 'Điểm', widthMm: 13, centred: true },
  { title: 'Minh chứng', widthMm: 18, centred: true },
] as const;

/** The biên bản as a Word document, with the sections and layout of the printed one. */
export function bienBanDocument(model: BienBanModel, images: ReadonlyMap<string, SignaturePng> = new Map()) {
  const list = (items: readonly string[], empty: string) =>
    items.length === 0 ? [body(empty)] : items.map((i) => body(`- ${i}`));
  return new Document({
    creator: 'CCHC Inspect',
    title: `${model.title} ${model.subject}`,
    styles: documentStyles,
    sections: [
      {
        properties: sectionProperties(),
        headers: pageHeaders(),
        children: [
          documentHeader(model.header),
          ...documentTitle(model.title, model.subject),
          ...model.bases.map((b) => body(b, { italics: true })),
          body(model.opening),
          heading('A. THÀNH PHẦN'),
          body('1. Đoàn kiểm tra:'),
          ...model.team.map((t) => body(t)),
          body(`2. ${model.unitHeading}`),
          ...model.representatives.map((r) => body(r)),
          heading('B. NỘI DUNG VÀ KẾT QUẢ KIỂM TRA'),
          ...model.areas.flatMap((area) => [
            heading(area.heading),
            body(area.summary),
            gridTable(
              AREA_COLUMNS,
              area.lines.map((l) => [
                l.criterionId,
                [l.text, ...l.remarks],
                l.target,
                l.figures,
                l.rate,
                l.status,
                l.points,
                String(l.evidence),
              ]),
            ),
          ]),
          body([run(model.overall, { bold: true })]),
          heading('C. NHẬN XÉT, ĐÁNH GIÁ'),
          body([run('1. Ưu điểm', { bold: true })]),
          ...list(model.strengths, 'Không có.'),
          body([run('2. Tồn tại, hạn chế', { bold: true })]),
          ...list(model.shortcomings, 'Không có.'),
          heading('D. KIẾN NGHỊ'),
          ...(model.recommendations.length === 0
            ? [body('Không có kiến nghị.')]
            : [
                gridTable(
                  [
                    { title: 'TT', widthMm: 10, centred: true },
                    { title: 'Nội dung kiến nghị', widthMm: 88 },
                    { title: 'Đơn vị, người thực hiện', widthMm: 38 },
                    { title: 'Thời hạn', widthMm: 24, centred: true },
                  ],
                  model.recommendations.map((r, i) => [String(i + 1), r.content, r.owner, r.deadline]),
                ),
              ]),
          heading('Đ. Ý KIẾN CỦA ĐƠN VỊ ĐƯỢC KIỂM TRA'),
          body(model.unitComments === '' ? BLANK.repeat(24) : model.unitComments),
          body(model.closing),
          twoColumns(signature(model.signatures.unit, images), signature(model.signatures.leader, images)),
          new Paragraph({}),
          ...recipients(model.recipients),
        ],
      },
    ],
  });
}

/** The .docx bytes, in Node (tests) or the browser. */
export function bienBanDocxBytes(model: BienBanModel, images?: ReadonlyMap<string, SignaturePng>) {
  return Packer.toArrayBuffer(bienBanDocument(model, images)).then((buffer) => new Uint8Array(buffer));
}
