/** Plain-text tables for the benchmark output: a header row, aligned columns, numbers to the right. */

export type Cell = string | number | null;

function format(cell: Cell): string {
  if (cell === null) return '–';
  if (typeof cell === 'string') return cell;
  if (!Number.isFinite(cell)) return String(cell);
  if (Number.isInteger(cell)) return cell.toLocaleString('en-US');
  const abs = Math.abs(cell);
  const digits = abs >= 100 ? 0 : abs >= 10 ? 1 : abs >= 1 ? 2 : 3;
  return cell.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

export function renderTable(title: string, header: string[], rows: Cell[][]): string {
  const cells = [header, ...rows.map((r) => r.map(format))];
  const widths = header.map((_, c) => Math.max(...cells.map((r) => (r[c] ?? '').length)));
  const numeric = header.map((_, c) => rows.every((r) => typeof r[c] !== 'string'));
  const line = (r: string[]) => r.map((v, c) => (numeric[c] ? (v ?? '').padStart(widths[c]!) : (v ?? '').padEnd(widths[c]!))).join('  ');
  return [title, line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

/** Bytes as KB (1,024) with one decimal. */
export const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;
/** Milliseconds to two decimals. */
export const ms = (value: number) => Math.round(value * 100) / 100;
