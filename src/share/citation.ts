import { MONTHS } from '../data/dates';
/** What a citation names: the dataset, and the event if the link is to one. */
export interface CitationSubject {
  datasetTitle: string;
  version: string;
  authors: string[];
  eventTitle?: string;
  url: string;
  accessed: Date;
}

function names(authors: string[]): string {
  if (authors.length <= 1) return authors[0] ?? 'Waymark contributors';
  return `${authors.slice(0, -1).join(', ')}, & ${authors[authors.length - 1]}`;
}

const ensurePeriod = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`);

/** APA 7, as for a data set, with the event as a part of it. */
export function citeApa(subject: CitationSubject): string {
  const { accessed } = subject;
  const retrieved = `${MONTHS[accessed.getUTCMonth()]} ${accessed.getUTCDate()}, ${accessed.getUTCFullYear()}`;
  const part = subject.eventTitle ? `${subject.eventTitle} [Event]. In ` : '';
  return `${ensurePeriod(names(subject.authors))} (n.d.). ${part}${subject.datasetTitle} (Version ${subject.version}) [Data set]. Waymark. Retrieved ${retrieved}, from ${subject.url}`;
}

/** Chicago, notes and bibliography style, bibliography entry for web content. */
export function citeChicago(subject: CitationSubject): string {
  const { accessed } = subject;
  const date = `${MONTHS[accessed.getUTCMonth()]} ${accessed.getUTCDate()}, ${accessed.getUTCFullYear()}`;
  const authors = subject.authors.length ? subject.authors.join(', ') : 'Waymark contributors';
  const part = subject.eventTitle ? `“${ensurePeriod(subject.eventTitle)}” In ` : '';
  return `${ensurePeriod(authors)} ${part}${subject.datasetTitle}, version ${subject.version}. Waymark. Accessed ${date}. ${subject.url}.`;
}
