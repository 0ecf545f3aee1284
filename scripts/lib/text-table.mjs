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
