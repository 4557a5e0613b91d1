import type { Dataset } from '../data/schema';
import { FORMAT_LABELS, type ImportFormat } from './import-types';
import { slugify } from './slug';

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** The dataset's meta for an opened file: named after the file (or the title the file gives), version 1.0.0. */
export function createImportMeta(fileName: string, format: ImportFormat, title?: string): Dataset['meta'] {
  return {
    id: slugify(fileName.replace(/\.[^.]*$/, '')) || 'imported',
    title: clip(title?.trim() || fileName, 200),
    description: clip(`Imported from ${fileName} (${FORMAT_LABELS[format]})`, 2000),
    version: '1.0.0',
  };
}
