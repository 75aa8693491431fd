import type { ComponentChildren } from 'preact';

/** One column of a printed table: its heading, width on A4 (none: the rest of the line) and cell. */
export interface DocColumn<R> {
  heading: string;
  width?: string;
  /** `num` centres figures and codes; `nowrap` keeps them on one line. */
  class?: string;
  cell: (row: R, index: number) => ComponentChildren;
}

export interface DocTableProps<R> {
  columns: readonly DocColumn<R>[];
  rows: readonly R[];
  rowKey: (row: R, index: number) => string;
  testId?: string;
  area?: string;
}

/** A table of the official documents: fixed column widths, a heading row repeated on each page. */
export function DocTable<R>({ columns, rows, rowKey, testId, area }: DocTableProps<R>) {
  return (
    <table class="doc-table" data-testid={testId} data-area={area}>
      <colgroup>
        {columns.map((c) => (
          <col key={c.heading} style={c.width ? { width: c.width } : undefined} />
        ))}
      </colgroup>
      <thead>
        <tr>
          {columns.map((c) => (
            <th key={c.heading}>{c.heading}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, i) => (
          <tr key={rowKey(row, i)}>
            {columns.map((c) => (
              <td key={c.heading} class={c.class}>
                {c.cell(row, i)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
