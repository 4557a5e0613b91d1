import Papa from 'papaparse';
import type { Problem } from '../data/problems';
import { createWhere, eventField, IMPORTED_CONFIDENCE, summaryOr, type Candidate, type Reading } from './candidate';
import { createCategories } from './categories';
import { buildPlace } from './build-place';
import { composeDate, parseNumberCell } from './csv-cells';
import { COLUMN_ALIASES, findColumns, type ColumnField, type Columns } from './csv-columns';
import type { ReportProgress } from './progress';
import { slugify } from './slug';
import { createSources } from './sources';
import { inferDayOrder, parseSpreadsheetDate, type DayOrder } from './spreadsheet-dates';

interface Row {
  cells: string[];
  /** The row number a spreadsheet shows: the header is row 1. */
  number: number;
  error?: string;
}

const QUOTE_ERRORS: Record<string, string> = {
  MissingQuotes: 'a quoted cell is never closed (a " is missing), so the rest of the file was read into it',
  InvalidQuotes: 'a " stands inside a cell that is not quoted as a whole; write "" for a quote mark in a quoted cell',
};

/**
 * The cell separator: a tab in `.tsv`, else Papa Parse's guess from the first rows (`,`, `;`, tab, `|`). It guesses
 * with empty lines skipped, which the full parse keeps: a trailing newline would otherwise count as a row of one
 * cell and tip the guess toward a separator that happens to sit in some cells, like the decimal comma in `11,56`.
 */
function guessDelimiter(text: string, fileName: string): string {
  if (/\.tsv$/i.test(fileName)) return '\t';
  return Papa.parse<string[]>(text.slice(0, 65_536), { preview: 10, skipEmptyLines: 'greedy' }).meta.delimiter;
}

/**
 * Rows with the numbers a spreadsheet shows them under. Papa Parse reads without its header option and keeps empty
 * rows here (they are skipped later), because both would shift its row counts away from the spreadsheet's.
 */
function parseRows(text: string, fileName: string, report: ReportProgress): Row[] {
  const rows: Row[] = [];
  Papa.parse<string[]>(text, {
    delimiter: guessDelimiter(text, fileName),
    skipEmptyLines: false,
    step(result) {
      const quote = result.errors.find((e) => e.type === 'Quotes');
      rows.push({ cells: result.data, number: rows.length + 1, error: quote && QUOTE_ERRORS[quote.code] });
      report('parsing', result.meta.cursor / text.length);
    },
  });
  report('parsing', 1);
  return rows;
}

const isBlank = (row: Row) => row.cells.every((cell) => !cell.trim());

function raggedMessage(row: Row, width: number): string | undefined {
  // Cells past the header that are empty are only trailing separators, as some spreadsheets save them.
  const extra = row.cells.slice(width);
  if (row.cells.length === width || (extra.length && extra.every((cell) => !cell.trim()))) return undefined;
  return `has ${row.cells.length} cell${row.cells.length === 1 ? '' : 's'}, the header has ${width}`;
}

function createRowReader(columns: Columns, order: DayOrder, fileName: string) {
  const categories = createCategories();
  const sources = createSources(fileName);
  const { index, header } = columns;
  const columnName = (path: readonly PropertyKey[]) => {
    const field = eventField(path);
    const column = field === 'sources' ? columns.sources[0] : index[field as ColumnField];
    return `column ${column === undefined ? (COLUMN_ALIASES[field as ColumnField]?.[0] ?? field) : header[column].trim()}`;
  };

  function read(row: Row): Candidate {
    const where = createWhere(`row ${row.number}`, columnName);
    const whole = row.error ?? raggedMessage(row, header.length);
    if (whole) return { event: {}, where, problems: [{ where: where([]), message: whole }] };
    const cell = (field: ColumnField) => (index[field] === undefined ? '' : (row.cells[index[field]] ?? '').trim());
    const problems: Problem[] = [];
    const fail = (field: string, message: string) => problems.push({ where: where([field]), message });
    const date = (field: 'start' | 'end', text: string) => {
      if (!text) return undefined;
      const parsed = parseSpreadsheetDate(text, order);
      if ('error' in parsed) return void fail(field, parsed.error);
      return parsed.date;
    };
    const number = (field: 'lat' | 'lon') => {
      const parsed = parseNumberCell(cell(field));
      if (typeof parsed === 'object') return void fail(field, parsed.error);
      return parsed;
    };
    const cited = sources.idsFor(columns.sources.map((i) => row.cells[i] ?? '').join(';'));
    if (typeof cited === 'string') fail('sources', cited);
    const title = cell('title');
    const place = buildPlace(cell('place'), cell('country'), number('lat'), number('lon'));
    const event = {
      id: slugify(cell('id')) || undefined,
      title,
      start: date('start', composeDate(cell('start'), cell('startMonth'), cell('startDay'))),
      end: date('end', composeDate(cell('end'), cell('endMonth'), cell('endDay'))),
      category: categories.idFor(cell('category')),
      places: place ? [place] : [],
      summary: summaryOr(cell('summary'), title),
      sources: typeof cited === 'string' ? [] : cited,
      confidence: cell('confidence').toLowerCase() || IMPORTED_CONFIDENCE,
    };
    return { event, where, problems };
  }
  return { read, categories: categories.list, sources: sources.list };
}

/** Reads a spreadsheet's CSV (or TSV): one event per row, the header naming the columns. */
export function readCsv(text: string, fileName: string, report: ReportProgress): Reading {
  const [headerRow, ...rows] = parseRows(text, fileName, report);
  const dataRows = rows.filter((row) => !isBlank(row));
  const columns = findColumns(headerRow?.cells ?? []);
  const empty = { candidates: [], categories: [], sources: [], problems: [] };
  if (columns.index.title === undefined) {
    const fatal = `${fileName} has no title column: name one column title, headline or name.`;
    return { ...empty, fatal, total: dataRows.length };
  }
  if (!dataRows.length) return { ...empty, fatal: `${fileName} has a header row but no rows of events.`, total: 0 };
  const dateCells = (i?: number) => (i === undefined ? [] : dataRows.map((row) => row.cells[i] ?? ''));
  const order = inferDayOrder([...dateCells(columns.index.start), ...dateCells(columns.index.end)]);
  const reader = createRowReader(columns, order, fileName);
  const candidates = dataRows.map(reader.read);
  return { candidates, categories: reader.categories(), sources: reader.sources(), problems: [] };
}
