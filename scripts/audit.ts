/**
 * `npm run audit`: builds the app, serves it, runs Lighthouse on it in Chromium (the mobile and desktop presets) and
 * prints the four category scores against the targets, with the audits that keep a category under its target.
 * A measurement, not a gate: it exits 0 either way. `-- --no-build` reuses the last build; `-- --preset=desktop` (or
 * `mobile`) runs one preset; `-- --runs=5` runs each preset five times and reports the median run (by performance),
 * as Lighthouse advises: one run on a busy machine can be 20 points off.
 */
import { execSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launch } from 'chrome-launcher';
import lighthouse, { desktopConfig, type Config, type Result } from 'lighthouse';
import { preview } from 'vite';
import { chromiumArgs, chromiumPath } from './chromium';

const TARGETS = [
  { id: 'performance', label: 'Performance', target: 95 },
  { id: 'accessibility', label: 'Accessibility', target: 100 },
  { id: 'best-practices', label: 'Best practices', target: 100 },
  { id: 'seo', label: 'SEO', target: 95 },
] as const;

const PRESETS: Record<'mobile' | 'desktop', Config | undefined> = { mobile: undefined, desktop: desktopConfig };

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const presetArg = args.find((a) => a.startsWith('--preset='))?.split('=')[1];
const presets = (Object.keys(PRESETS) as (keyof typeof PRESETS)[]).filter((p) => !presetArg || p === presetArg);
if (!presets.length) throw new Error(`Unknown preset "${presetArg}": use mobile or desktop.`);
const runs = Math.max(1, Number(args.find((a) => a.startsWith('--runs='))?.split('=')[1]) || 1);

if (!args.includes('--no-build')) execSync('npm run build', { cwd: root, stdio: 'ignore' });

const server = await preview({
  root,
  configLoader: 'runner',
  preview: { port: 0, host: '127.0.0.1', strictPort: false },
});
const address = server.httpServer.address();
const port = typeof address === 'object' && address ? address.port : 4173;
const url = `http://127.0.0.1:${port}/`;
const outDir = resolve(root, server.config.build.outDir);

const chrome = await launch({
  chromePath: chromiumPath(),
  chromeFlags: ['--headless=new', ...chromiumArgs],
});

function score(lhr: Result, id: string): number {
  return Math.round((lhr.categories[id]?.score ?? 0) * 100);
}

const results: Partial<Record<keyof typeof PRESETS, Result>> = {};
try {
  for (const preset of presets) {
    const done: { lhr: Result; report: string }[] = [];
    for (let i = 0; i < runs; i++) {
      const run = await lighthouse(
        url,
        { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: TARGETS.map((t) => t.id) },
        PRESETS[preset],
      );
      if (!run) throw new Error(`Lighthouse returned nothing for the ${preset} preset.`);
      if (run.lhr.runtimeError) throw new Error(`Lighthouse (${preset}): ${run.lhr.runtimeError.message}`);
      done.push({ lhr: run.lhr, report: typeof run.report === 'string' ? run.report : run.report.join('\n') });
    }
    done.sort((a, b) => score(a.lhr, 'performance') - score(b.lhr, 'performance'));
    const median = done[Math.floor(done.length / 2)];
    results[preset] = median.lhr;
    if (runs > 1) console.log(`${preset} performance, ${runs} runs: ${done.map((d) => score(d.lhr, 'performance'))}`);
    writeFileSync(join(tmpdir(), `waymark-lighthouse-${preset}.json`), median.report);
  }
} finally {
  chrome.kill();
  await server.close();
}

const rows = TARGETS.map(({ id, label, target }) => [
  label,
  ...presets.map((p) => {
    const value = score(results[p]!, id);
    return `${value} ${value >= target ? 'meets' : 'misses'}`;
  }),
  id === 'performance' || id === 'seo' ? `≥ ${target}` : `${target}`,
]);
const header = ['category', ...presets, 'target'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join('  ');

console.log(
  `\nWaymark audit: Lighthouse ${results[presets[0]]!.lighthouseVersion}, ${url}, ${new Date().toISOString()}`,
);
// Lighthouse's own measure of this machine's speed: a low figure (a busy machine) lowers the performance score.
const benchmark = presets.map((p) => `${p} ${Math.round(results[p]!.environment.benchmarkIndex)}`).join(', ');
console.log(`${runs === 1 ? 'one run' : `median of ${runs} runs`} per preset; machine benchmark index: ${benchmark}\n`);
console.log(line(header));
for (const row of rows) console.log(line(row));

for (const preset of presets) {
  const lhr = results[preset]!;
  for (const { id, label, target } of TARGETS) {
    if (score(lhr, id) >= target) continue;
    console.log(`\n${label} (${preset}) is under its target. What Lighthouse flags:`);
    for (const ref of lhr.categories[id].auditRefs) {
      const audit = lhr.audits[ref.id];
      const counted = audit.scoreDisplayMode === 'binary' || audit.scoreDisplayMode === 'numeric';
      if (!counted || audit.score === null || audit.score >= (id === 'performance' ? 0.9 : 1)) continue;
      const value = audit.displayValue ? ` (${audit.displayValue})` : '';
      console.log(`  - ${audit.id}: ${audit.title}${value}`);
      for (const target of flaggedElements(audit.details).slice(0, 5)) console.log(`      ${target}`);
    }
  }
}
console.log(`\nFull reports: ${presets.map((p) => join(tmpdir(), `waymark-lighthouse-${p}.json`)).join(', ')}`);

/** The elements, code or URLs an audit points at, as far as its details name them (an insight nests tables). */
function flaggedElements(details: unknown): string[] {
  const items = (details as { items?: unknown } | undefined)?.items;
  if (!Array.isArray(items)) return [];
  const found = items.flatMap((item: unknown): string[] => {
    const { node, url, source, type } = item as {
      node?: { selector?: string; snippet?: string };
      url?: unknown;
      source?: { url?: string; line?: number; column?: number };
      type?: string;
    };
    if (type === 'table') return flaggedElements(item);
    if (node?.selector) return [`${node.selector}  ${node.snippet ?? ''}`.trim()];
    if (source?.url) return [sourceLocation(source.url, source.line ?? 0, source.column ?? 0)];
    return typeof url === 'string' ? [url] : [];
  });
  return [...new Set(found)];
}

/** A place in a built file, traced back through its source map to the file in src/ (Lighthouse counts lines from 0). */
function sourceLocation(fileUrl: string, line: number, column: number): string {
  const built = `${new URL(fileUrl).pathname}:${line + 1}:${column}`;
  const mapFile = join(outDir, `${new URL(fileUrl).pathname}.map`);
  if (!existsSync(mapFile)) return built;
  const entry = new SourceMap(JSON.parse(readFileSync(mapFile, 'utf8'))).findEntry(line, column);
  if (!('originalSource' in entry)) return built;
  const original = entry.originalSource.replace(/^(\.\.\/)+/, '');
  return `${original}:${entry.originalLine + 1} (${built})`;
}
