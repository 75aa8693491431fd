import Papa from 'papaparse';
import { MAX_NAME_CHARS } from '../../../domain/schemas/limits.ts';
import type { UnitKind, UnitRow } from '../../../domain/schemas/unit.ts';
import type { UnitImport, UnitInput } from './units.ts';

/*
 * Reading a register of units from a CSV file, as the office keeps it in a spreadsheet:
 * `Mã,Tên đơn vị,Loại,Thủ trưởng`. Excel writes "CSV UTF-8" with a byte-order mark and, in a
 * Vietnamese locale, semicolons; both are accepted. Headers are matched without accents or case, so
 * "Ten don vi" and "TÊN ĐƠN VỊ" work too. Nothing is written here: the office sees every row with its
 * errors first and commits only the good ones (units.ts, importUnits).
 */

/** One data row of the file as the preview shows it. */
export interface UnitCsvRow {
  /** Line in the file (the header is line 1). */
  line: number;
  code: string | null;
  name: string;
  kind: UnitKind | null;
  head: string | null;
  /** What committing would do: add, update the unit with the same code, nothing (already so), or skip. */
  action: 'create' | 'update' | 'unchanged' | 'error';
  unitId: string | null;
  errors: string[];
}

export interface UnitCsvPreview {
  /** Problems with the whole file (no name column, not UTF-8); no row is importable then. */
  fileErrors: string[];
  rows: UnitCsvRow[];
}

type Column = 'code' | 'name' | 'kind' | 'head';

const HEADERS: Record<string, Column> = {
  ma: 'code',
  'ma don vi': 'code',
  'ma so': 'code',
  code: 'code',
  ten: 'name',
  'ten don vi': 'name',
  'ten phong, don vi': 'name',
  'ten phong don vi': 'name',
  'don vi': 'name',
  name: 'name',
  loai: 'kind',
  'loai don vi': 'kind',
  kind: 'kind',
  'thu truong': 'head',
  'thu truong don vi': 'head',
  'nguoi dung dau': 'head',
  'truong don vi': 'head',
  'lanh dao': 'head',
  head: 'head',
};

/** Lower case, no accents, đ → d, single spaces: how headers and kinds are compared. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

const PHONG = new Set(['phong', 'p', 'phong chuyen mon', 'van phong']);
const DON_VI = new Set([
  'don vi',
  'don vi su nghiep',
  'dvsn',
  'dv',
  'donvi',
  'trung tam',
  'don vi su nghiep cong lap',
]);

/** The kind a cell names, or inferred from the unit's name when the cell is empty; null if unclear. */
export function parseKind(cell: string, name: string): UnitKind | null {
  const folded = fold(cell);
  if (folded === '') {
    const n = fold(name);
    if (n.startsWith('phong ') || n.startsWith('van phong') || n.startsWith('thanh tra')) return 'phong';
    if (n.startsWith('trung tam')) return 'donVi';
    return null;
  }
  if (PHONG.has(folded)) return 'phong';
  if (DON_VI.has(folded)) return 'donVi';
  return null;
}

function cellText(value: string | undefined): string {
  return (value ?? '').trim();
}

/**
 * Reads a CSV text into preview rows, each with its Vietnamese errors, compared with the register:
 * a code already in the register updates that unit, a new code or none adds one.
 */
export function parseUnitCsv(text: string, existing: readonly UnitRow[]): UnitCsvPreview {
  const clean = text.replace(/^\uFEFF/, '');
  if (clean.includes('\uFFFD')) {
    return {
      fileErrors: [
        'Tệp không phải UTF-8 (có ký tự không đọc được). Trong Excel hãy lưu lại bằng “CSV UTF-8 (phân cách bằng dấu phẩy)”.',
      ],
      rows: [],
    };
  }
  const parsed = Papa.parse<string[]>(clean, { skipEmptyLines: 'greedy' });
  const [header, ...data] = parsed.data;
  if (!header)
    return { fileErrors: ['Tệp trống: cần một dòng tiêu đề và ít nhất một dòng đơn vị.'], rows: [] };

  const columns = new Map<Column, number>();
  header.forEach((title, index) => {
    const column = HEADERS[fold(title)];
    if (column && !columns.has(column)) columns.set(column, index);
  });
  if (!columns.has('name')) {
    return {
      fileErrors: [
        `Không thấy cột “Tên đơn vị” trong dòng tiêu đề (${header.join(', ')}). Các cột: Mã, Tên đơn vị, Loại, Thủ trưởng.`,
      ],
      rows: [],
    };
  }
  if (data.length === 0) return { fileErrors: ['Tệp chỉ có dòng tiêu đề, chưa có đơn vị nào.'], rows: [] };

  const byCode = new Map<string, UnitRow>();
  for (const unit of existing) if (!unit.deleted && unit.code) byCode.set(unit.code.toLowerCase(), unit);
  const byName = new Map<string, UnitRow>();
  for (const unit of existing) if (!unit.deleted) byName.set(fold(unit.name), unit);
  const seenCodes = new Map<string, number>();
  const seenNames = new Map<string, number>();
  const lineOf = lineNumbers(clean);

  const rows = data.map((cells, index): UnitCsvRow => {
    const get = (column: Column) => {
      const at = columns.get(column);
      return at === undefined ? '' : cellText(cells[at]);
    };
    const line = lineOf[index + 1] ?? index + 2;
    const name = get('name');
    const code = get('code') || null;
    const head = get('head') || null;
    const kindCell = get('kind');
    const kind = name ? parseKind(kindCell, name) : null;
    const errors: string[] = [];
    if (!name) errors.push('Thiếu tên đơn vị.');
    else if (name.length > MAX_NAME_CHARS) errors.push(`Tên đơn vị dài quá ${MAX_NAME_CHARS} ký tự.`);
    if (name && kind === null) {
      errors.push(
        kindCell
          ? `Loại “${kindCell}” không hợp lệ: ghi “Phòng” hoặc “Đơn vị sự nghiệp”.`
          : 'Thiếu loại: ghi “Phòng” hoặc “Đơn vị sự nghiệp”.',
      );
    }
    if (head && head.length > MAX_NAME_CHARS) errors.push(`Tên thủ trưởng dài quá ${MAX_NAME_CHARS} ký tự.`);
    if (code) {
      const first = seenCodes.get(code.toLowerCase());
      if (first !== undefined) errors.push(`Mã ${code} trùng với dòng ${first}.`);
      else seenCodes.set(code.toLowerCase(), line);
    }
    if (name) {
      const first = seenNames.get(fold(name));
      if (first !== undefined) errors.push(`Tên đơn vị trùng với dòng ${first}.`);
      else seenNames.set(fold(name), line);
    }

    const match = code ? byCode.get(code.toLowerCase()) : undefined;
    if (!match && errors.length === 0) {
      const sameName = byName.get(fold(name));
      if (sameName) {
        errors.push(
          sameName.code
            ? `Đã có “${sameName.name}” với mã ${sameName.code}: ghi đúng mã để cập nhật.`
            : `Đã có “${sameName.name}” trong danh sách.`,
        );
      }
    }
    let action: UnitCsvRow['action'] = 'error';
    if (errors.length === 0) {
      if (!match) action = 'create';
      else if (match.name === name && match.kind === kind && match.head === head) action = 'unchanged';
      else action = 'update';
    }
    return { line, code, name, kind, head, action, unitId: match?.id ?? null, errors };
  });
  return { fileErrors: [], rows };
}

/** The rows of a preview that can be committed. */
export function importableRows(preview: UnitCsvPreview): UnitImport[] {
  const out: UnitImport[] = [];
  for (const row of preview.rows) {
    if (row.kind === null) continue;
    const input: UnitInput = { name: row.name, code: row.code, kind: row.kind, head: row.head };
    if (row.action === 'create') out.push({ action: 'create', input });
    else if (row.action === 'update' && row.unitId) out.push({ action: 'update', unitId: row.unitId, input });
  }
  return out;
}

/**
 * The file line where each record (header = record 0) starts, so errors name the line the office
 * sees in a text editor even when a quoted cell spans lines or blank lines are skipped.
 */
function lineNumbers(text: string): number[] {
  const starts: number[] = [];
  let line = 1;
  let inQuotes = false;
  let atRecordStart = true;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (atRecordStart && ch !== '\n' && ch !== '\r') {
      if (!isBlankLine(text, i)) starts.push(line);
      atRecordStart = false;
    }
    if (ch === '"') inQuotes = !inQuotes;
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      line++;
      if (!inQuotes) atRecordStart = true;
    }
  }
  return starts;
}

function isBlankLine(text: string, from: number): boolean {
  for (let i = from; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n' || ch === '\r') return true;
    if (ch !== ' ' && ch !== '\t' && ch !== ',' && ch !== ';') return false;
  }
  return true;
}
