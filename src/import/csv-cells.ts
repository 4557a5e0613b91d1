/**
 * A number as a spreadsheet writes it: `11.56`, `-0.5`, `1e3`, or with a decimal comma (`11,56`) as spreadsheets
 * in much of Europe save it (those files separate cells with `;`, so the comma is not a cell break).
 */
export function parseNumberCell(cell: string): number | undefined | { error: string } {
  const text = cell.trim();
  if (!text) return undefined;
  if (/^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i.test(text)) return Number(text);
  if (/^[+-]?\d+,\d+$/.test(text)) return Number(text.replace(',', '.'));
  return { error: `${text} is not a number` };
}

/** Joins a year cell with the month and day cells of a spreadsheet that keeps them apart (TimelineJS's template). */
export function composeDate(year: string, month: string, day: string): string {
  if (!/^\d{1,4}$/.test(year) || !month) return year;
  return [year.padStart(4, '0'), month, day].filter(Boolean).join('-');
}
