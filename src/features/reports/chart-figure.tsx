import { useId, useState, type ReactNode } from 'react';
import { Button, cx } from '../../ui';

export interface ChartTable {
  caption: string;
  columns: readonly string[];
  /** The first cell of each row heads it. */
  rows: readonly (readonly (string | number)[])[];
}

export interface ChartFigureProps {
  /** The figcaption, and the figure's name. */
  title: string;
  /** A legend or anything else shown above the chart. */
  header?: ReactNode;
  /** A line under the chart: what the numbers mean. */
  note?: ReactNode;
  /** The same numbers as the chart; always there for screen readers, on screen on request. */
  table: ChartTable;
  className?: string;
  children: ReactNode;
}

/** A chart as a named figure, with a "Show as table" switch and the numbers as a table. */
export function ChartFigure({ title, header, note, table, className, children }: ChartFigureProps) {
  const [showTable, setShowTable] = useState(false);
  const titleId = useId();
  const tableId = useId();
  return (
    <figure className={cx('report-card', 'chart', className)} aria-labelledby={titleId}>
      <figcaption id={titleId} className="report-card__title">
        {title}
      </figcaption>
      <Button
        size="sm"
        variant="ghost"
        className="chart__toggle"
        aria-expanded={showTable}
        aria-controls={tableId}
        onClick={() => setShowTable((shown) => !shown)}
      >
        {showTable ? 'Hide table' : 'Show as table'}
      </Button>
      <div className="chart__body">
        {header}
        {children}
        {note ? <p className="chart__note">{note}</p> : null}
        <div id={tableId} className={showTable ? 'chart__table-wrap' : 'visually-hidden'}>
          <table className="chart__table">
            <caption className="visually-hidden">{table.caption}</caption>
            <thead>
              <tr>
                {table.columns.map((column, i) => (
                  <th key={column} scope="col" className={i > 0 ? 'chart__num' : undefined}>
                    {column}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map(([head, ...cells]) => (
                <tr key={String(head)}>
                  <th scope="row">{head}</th>
                  {cells.map((cell, i) => (
                    <td key={table.columns[i + 1] ?? i} className="chart__num">
                      {cell}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
    </figure>
  );
}
