import type { ReactNode } from 'react';

export type Column<Row> = {
  header: string;
  /** Named for screen readers only, e.g. a column of buttons. */
  isHeaderHidden?: boolean;
  cell: (row: Row) => ReactNode;
};

/** A list as a table, one row per item; the first column's cell is the row's header for screen readers. */
export function DataTable<Row extends { id: string }>({
  label,
  columns,
  rows,
  rowClassName,
}: {
  label: string;
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  rowClassName?: (row: Row) => string | undefined;
}) {
  return (
    <table className="data-table" aria-label={label}>
      <thead>
        <tr>
          {columns.map(({ header, isHeaderHidden }) => (
            <th key={header} scope="col">
              {isHeaderHidden ? <span className="visually-hidden">{header}</span> : header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id} className={rowClassName?.(row)}>
            {columns.map(({ header, cell }, index) =>
              index === 0 ? (
                <th key={header} scope="row">
                  {cell(row)}
                </th>
              ) : (
                <td key={header}>{cell(row)}</td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
