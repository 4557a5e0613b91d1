import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { createServer } from 'vite';
import type { Model } from '../src/data/model';
import { fingerprint } from '../src/data/fingerprint';
import { withoutBom } from '../src/data/load-result';
import type { RenderOptions } from '../src/app/render-page';
import { serializePrerenderedPage, PAGE_BLOCK_ID, type PrerenderedPage } from '../src/app/prerendered-page';
import { escapeHtml } from './share-pages';

export type RenderPage = (model: Model, options: RenderOptions) => string;

/**
 * The app's own renderer (src/app/render-page.tsx), loaded through a Vite server in SSR mode so that it is compiled
 * as the app is (JSX, CSS imports, `import.meta.env`). Close it when done.
 */
export async function loadRenderer(root: string): Promise<{ renderPage: RenderPage; close: () => Promise<void> }> {
  const server = await createServer({
    root,
    configFile: join(root, 'vite.config.ts'),
    configLoader: 'runner',
    logLevel: 'error',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false, watch: null },
  });
  const module = (await server.ssrLoadModule('/src/app/render-page.tsx')) as typeof import('../src/app/render-page');
  return { renderPage: module.renderPage, close: () => server.close() };
}

/**
 * The data files a prerendered page is hydrated from, each with its fingerprint: the dataset and the band and tours
 * files it names. Null when a file's checked form is not the file itself (text the checks trim, keys they drop): the
 * page would then need the checks to match its HTML, so it is rendered afresh in the browser instead.
 */
export function pageFiles(
  dataDir: string,
  dataset: string,
  checked: Record<string, unknown>,
): PrerenderedPage['files'] | null {
  const files: PrerenderedPage['files'] = [];
  for (const [path, value] of Object.entries(checked)) {
    const buffer = readFileSync(join(dataDir, path));
    const text = buffer.toString('utf8');
    if (!isDeepStrictEqual(JSON.parse(withoutBom(text)), value)) return null;
    files.push({ path, bytes: buffer.byteLength, fingerprint: fingerprint(text) });
  }
  return files.some((f) => f.path === dataset) ? files : null;
}

export interface PageParts {
  title: string;
  /** More tags for the head (a share page's link preview tags); a description among them replaces the app's. */
  head: string[];
  /** The prerendered app, the content of `<div id="root">`. */
  rootHtml: string;
  /** What the page says about itself; null leaves it to render afresh in the browser. */
  page: PrerenderedPage | null;
}

/**
 * The built `index.html` with a prerendered view in it. A page in another folder (`appPath` other than `./`, e.g.
 * `../../` for e/<id>/) gets the template's own addresses made relative to it. Every replacement is a function, so
 * that no `$` in the data is read as a pattern.
 */
export function composePage(template: string, parts: PageParts, appPath: string): string {
  let html = template;
  if (appPath !== './') html = html.replace(/(\s(?:href|src)=")\.\//g, (_, attr: string) => attr + appPath);
  if (parts.head.some((tag) => tag.startsWith('<meta name="description"'))) {
    html = html.replace(/\s*<meta\s+name="description"[^>]*>/, () => '');
  }
  html = html.replace(/<title>[^<]*<\/title>/, () => `<title>${escapeHtml(parts.title)}</title>`);
  html = html.replace('</head>', () => `${parts.head.map((tag) => `    ${tag}\n`).join('')}  </head>`);
  const block = parts.page
    ? `\n    <script type="application/json" id="${PAGE_BLOCK_ID}">${serializePrerenderedPage(parts.page)}</script>`
    : '';
  const root = /<div id="root">[\s\S]*?<\/main>\s*<\/div>/;
  if (!root.test(html)) throw new Error('index.html has no <div id="root"><main>…</main></div> to prerender into');
  return html.replace(root, () => `<div id="root">${parts.rootHtml}</div>${block}`);
}
