// Plain-text tables for terminal reports (demo and bench): fixed-width columns, no dependencies.

/**
 * @param {string[]} headers
 * @param {unknown[][]} rows  cells are printed with String(); null/undefined print as "—"
 * @param {{ right?: number[] }} [options]  indexes of columns to right-align (numbers)
 * @returns {string}
 */
export function formatTable(headers, rows, { right = [] } = {}) {
  const cells = [headers, ...rows].map((row) => row.map((cell) => (cell === null || cell === undefined ? '—' : String(cell))));
  const widths = headers.map((_, col) => Math.max(...cells.map((row) => (row[col] ?? '').length)));
  const line = (row) =>
    row
      .map((cell, col) => (right.includes(col) ? cell.padStart(widths[col]) : cell.padEnd(widths[col])))
      .join('  ')
      .trimEnd();
  const rule = widths.map((width) => '─'.repeat(width)).join('  ');
  return [line(cells[0]), rule, ...cells.slice(1).map(line)].join('\n');
}

/** One decimal, for medians in a table; anything else is passed through. */
export const roundTenth = (value) => (typeof value === 'number' ? Math.round(value * 10) / 10 : value);
export const roundAllTenths = (stats) => Object.fromEntries(Object.entries(stats).map(([k, v]) => [k, roundTenth(v)]));
/** A table row "measure, median, min, max, budget, verdict" for stats of milliseconds. */
export const budgetRow = (label, stats, budget) => [
  label,
  stats.median,
  stats.min,
  stats.max,
  budget ? `≤ ${budget}` : '',
  budget ? (stats.median <= budget ? 'pass' : 'FAIL') : '',
];
