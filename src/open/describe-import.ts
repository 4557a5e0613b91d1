import { FORMAT_LABELS, type ImportFormat, type ImportProgress, type ImportResult } from '../import/import-types';

/** How many problems the dialog lists; the rest are counted. */
export const PROBLEMS_SHOWN = 100;

const PHASES: Record<ImportProgress['phase'], string> = {
  reading: 'Reading',
  parsing: 'Parsing',
  validating: 'Checking',
};

const plural = (count: number, noun: string) => `${count.toLocaleString('en')} ${noun}${count === 1 ? '' : 's'}`;

/** What the progress bar says: "Reading big.csv… 40%". */
export function describeProgress(name: string, progress: ImportProgress | null): string {
  const phase = PHASES[progress?.phase ?? 'reading'];
  return `${phase} ${name}… ${Math.round((progress?.fraction ?? 0) * 100)}%`;
}

/** What one item of the file is called, the way its author thinks of it. */
export function itemNoun(format: ImportFormat | null): string {
  return format === 'csv' ? 'row' : format === 'geojson' ? 'feature' : 'event';
}

/** "812 of 830 rows are valid." */
export function describeCounts(result: ImportResult): string {
  const noun = itemNoun(result.format);
  const verb = result.valid === 1 ? 'is' : 'are';
  return `${result.valid.toLocaleString('en')} of ${plural(result.total, noun)} ${verb} valid.`;
}

export function describeFormat(format: ImportFormat | null): string | null {
  return format ? `Read as ${FORMAT_LABELS[format]}.` : null;
}

/** The button that opens what passed: "Open the 812 valid events". */
export function describeAccept(result: ImportResult): string {
  return result.valid === 1 ? 'Open the 1 valid event' : `Open the ${result.valid.toLocaleString('en')} valid events`;
}

/** The polite notice once a file is open: "Opened big.csv: 830 events", and what was left out. */
export function describeOpened(name: string, result: ImportResult): string {
  const opened = `Opened ${name}: ${plural(result.valid, 'event')}`;
  const left = result.total - result.valid;
  return left > 0 ? `${opened} (${plural(left, itemNoun(result.format))} left out).` : `${opened}.`;
}
