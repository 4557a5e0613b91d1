import { sourceSchema, type Source } from '../data/schema';
import { createIdAllocator, slugify } from './slug';

/**
 * The source cited by events whose row names none. Every Waymark event needs a source, and the only thing known to
 * state such an event is the file itself: citing the file is true, while leaving the field to a made-up publisher or
 * address would present a guess as a fact.
 */
export const FILE_SOURCE_ID = 'imported-file';

function parseUrl(text: string): URL | undefined {
  if (!/^https?:\/\/\S+$/i.test(text)) return undefined;
  try {
    return new URL(text);
  } catch {
    return undefined;
  }
}

/** Collects a file's sources: one per distinct URL or citation, and the file itself for rows that cite nothing. */
export function createSources(fileName: string) {
  const byText = new Map<string, Source>();
  const allocate = createIdAllocator([FILE_SOURCE_ID]);
  const fileSource: Source = { id: FILE_SOURCE_ID, title: fileName, publisher: 'Imported file' };

  function sourceFor(text: string): Source | string {
    let source = byText.get(text);
    if (source) return source;
    const url = parseUrl(text);
    const candidate: Source = url
      ? { id: '', title: text, publisher: url.hostname, url: text }
      : { id: '', title: text, publisher: `Cited in ${fileName}` };
    const checked = sourceSchema.safeParse({ ...candidate, id: 'x' });
    if (!checked.success) {
      const issue = checked.error.issues[0];
      return `the source "${text.length > 40 ? `${text.slice(0, 40)}…` : text}": ${issue.path.join('.')} ${issue.message}`;
    }
    source = { ...candidate, id: allocate(slugify(url ? `${url.hostname}${url.pathname}` : text, 50) || 'source') };
    byText.set(text, source);
    return source;
  }

  return {
    fileSource,
    /**
     * The source ids for a cell that holds URLs or citations separated by `;`: the file's own source when it is
     * empty, or a sentence saying why one of them cannot be a source.
     */
    idsFor(cell: string | undefined): string[] | string {
      const parts = (cell ?? '')
        .split(';')
        .map((part) => part.trim())
        .filter(Boolean);
      if (!parts.length) {
        byText.set('', fileSource);
        return [FILE_SOURCE_ID];
      }
      const ids: string[] = [];
      for (const part of parts) {
        const source = sourceFor(part);
        if (typeof source === 'string') return source;
        if (!ids.includes(source.id)) ids.push(source.id);
      }
      return ids;
    },
    list: (): Source[] => [...byText.values()],
  };
}
