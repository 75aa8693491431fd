import type { AuditOp } from './data/api.ts';
import { type RowNames, rowName } from './data/row-names.ts';
import { fieldLabel, tableLabel, valueText } from './labels.ts';

/** Fields whose value is the id of another row, shown by that row's name. */
const REFERENCES = new Set(['planId', 'unitId', 'mergedInto', 'inspectionId']);

function fieldsOf(op: AuditOp): Array<[string, unknown]> {
  if (op.fields) return Object.entries(op.fields);
  if (op.field !== undefined) return [[op.field, op.value]];
  return [];
}

/**
 * One row write of the audit log in a sentence: `Đơn vị “Văn phòng Sở”: thêm mới` for a new row (every
 * field written, `deleted: false` among them), `…: đã xóa` for a tombstone, else each field and its value.
 */
export function describeOp(op: AuditOp, names: RowNames | undefined): string {
  const name = rowName(names, op.id);
  const subject = `${tableLabel(op.table)}${name ? ` “${name}”` : ''}`;
  const fields = fieldsOf(op);
  const deleted = fields.find(([field]) => field === 'deleted')?.[1];
  if (deleted === false && fields.length > 2) return `${subject}: thêm mới`;
  if (deleted === true && fields.length === 1) return `${subject}: đã xóa`;
  const parts = fields.map(([field, value]) => {
    const ref = REFERENCES.has(field) && typeof value === 'string' ? rowName(names, value) : null;
    return `${fieldLabel(field)} = ${ref ?? valueText(value, field)}`;
  });
  return `${subject}: ${parts.join('; ')}`;
}
