import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseBandFile, parseDataset, parseTourFile } from '../src/data/parse';
import type { Dataset } from '../src/data/schema';
import { formatProblem } from '../src/data/problems';
import { contrastRatio, GRAPHIC_CONTRAST } from '../src/ui/contrast';
import { MAP_COLORS } from '../src/ui/map-colors';

export interface FileReport {
  file: string;
  ok: boolean;
  lines: string[];
}

/** Validates `events.json` in `dir` and the band file it names; every problem is listed, in plain words. */
export function validateDataDir(dir: string): FileReport[] {
  const reports: FileReport[] = [];
  const eventsPath = join(dir, 'events.json');
  if (!existsSync(eventsPath)) return [{ file: 'events.json', ok: false, lines: [`${eventsPath} does not exist`] }];
  const dataset = parseDataset(readFileSync(eventsPath, 'utf8'), 'events.json');
  if (!dataset.ok) {
    reports.push({ file: 'events.json', ok: false, lines: [dataset.title, ...dataset.problems.map(formatProblem)] });
    return reports;
  }
  reports.push({
    file: 'events.json',
    ok: true,
    lines: [
      `${dataset.value.events.length} events, ${dataset.value.sources.length} sources`,
      ...lowContrastCategories(dataset.value),
    ],
  });
  const toursFile = dataset.value.meta.tours;
  if (toursFile) reports.push(validateTours(dir, toursFile, dataset.value));
  const ref = dataset.value.meta.band;
  if (!ref) return reports;
  const bandPath = join(dir, ref.file);
  if (!existsSync(bandPath)) {
    reports.push({ file: ref.file, ok: false, lines: [`events.json names ${ref.file}, which does not exist`] });
    return reports;
  }
  const band = parseBandFile(readFileSync(bandPath, 'utf8'), ref.file);
  if (!band.ok) {
    reports.push({ file: ref.file, ok: false, lines: [band.title, ...band.problems.map(formatProblem)] });
  } else if (!band.value.series.some((s) => s.id === ref.series)) {
    reports.push({ file: ref.file, ok: false, lines: [`has no series "${ref.series}", which events.json asks for`] });
  } else {
    const sourceIds = new Set(dataset.value.sources.map((s) => s.id));
    const unknown = band.value.series.flatMap((s) =>
      s.entries.flatMap((e) =>
        (e.statedIn ?? [])
          .filter((id) => !sourceIds.has(id))
          .map((id) => `${s.label}, ${e.label}: statedIn "${id}" is not one of the sources of events.json`),
      ),
    );
    reports.push({
      file: ref.file,
      ok: unknown.length === 0,
      lines: unknown.length ? unknown : [`${band.value.series.length} series`],
    });
  }
  return reports;
}

/** Warnings (not errors: markers keep a dark outline) for category colours that are faint on the map's land. */
export function lowContrastCategories(dataset: Dataset): string[] {
  return dataset.categories.flatMap((category) => {
    const ratio = contrastRatio(category.color, MAP_COLORS.land);
    if (ratio >= GRAPHIC_CONTRAST) return [];
    return [
      `warning: category "${category.id}" has colour ${category.color}, ${ratio.toFixed(1)}:1 against the map's land; markers need ${GRAPHIC_CONTRAST}:1`,
    ];
  });
}

function validateTours(dir: string, file: string, dataset: Dataset): FileReport {
  const path = join(dir, file);
  if (!existsSync(path)) return { file, ok: false, lines: [`events.json names ${file}, which does not exist`] };
  const tours = parseTourFile(readFileSync(path, 'utf8'), file, dataset);
  if (!tours.ok) return { file, ok: false, lines: [tours.title, ...tours.problems.map(formatProblem)] };
  return { file, ok: true, lines: [`${tours.value.tours.length} tours`] };
}

/** The data files a build copies beside the app. */
export function dataFiles(dir: string): string[] {
  const dataset = parseDataset(readFileSync(join(dir, 'events.json'), 'utf8'));
  if (!dataset.ok) return ['events.json'];
  return ['events.json', dataset.value.meta.band?.file, dataset.value.meta.tours].filter((f): f is string => !!f);
}
