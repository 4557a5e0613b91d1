import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HtmlTagDescriptor, Plugin } from 'vite';
import { parseBandFile, parseDataset } from '../src/data/parse';
import type { LoadResult } from '../src/data/load-result';
import { createModel, type Model } from '../src/data/model';
import { formatProblem } from '../src/data/problems';
import { dataFiles, validateDataDir } from './validate-data';
import { buildBasemap } from './basemap';
import { renderPreviewPng, renderPreviewSvg } from './preview-image';
import { normaliseSiteUrl, PREVIEW_FILE, renderSharePage, sharePagePath } from './share-pages';

export interface WaymarkDataOptions {
  /** The site's absolute address, for the share pages' canonical and preview links. Default: WAYMARK_SITE_URL. */
  siteUrl?: string;
}

/**
 * Serves and ships the dataset beside the app (`data/…`) and the basemap made from Natural Earth at build time
 * (`basemap/…`). The build fails, with every problem listed, when the data is invalid. A build also writes a share
 * page per event, `e/<id>/index.html`, with its link preview image, `e/<id>/preview.png` (beside `public/e/go.js` and
 * `public/e/share.css`).
 */
export function waymarkData(dataDir: string, options: WaymarkDataOptions = {}): Plugin {
  let basemap: { coarse: string; fine: string } | null = null;
  const getBasemap = () => (basemap ??= buildBasemap());
  const siteUrlSetting = options.siteUrl ?? process.env.WAYMARK_SITE_URL;

  function validateOrThrow() {
    const failed = validateDataDir(dataDir).filter((r) => !r.ok);
    if (failed.length) {
      throw new Error(
        `Invalid data in ${dataDir}:\n${failed.map((r) => `${r.file}:\n  ${r.lines.join('\n  ')}`).join('\n')}`,
      );
    }
  }

  return {
    name: 'waymark-data',
    onLog(_level, log) {
      // Drawing the preview images is the build's known slowest step (about 2 s for 50 events); a timing warning on
      // every build would only teach people to ignore warnings. Another plugin's slowness is still reported.
      const slowest = /^\s*- plugin (\S+) (\w+)/m.exec(log.message);
      if (log.code === 'PLUGIN_TIMINGS' && slowest?.[1] === 'waymark-data' && slowest[2] === 'generateBundle') {
        return false;
      }
    },
    buildStart() {
      validateOrThrow();
      normaliseSiteUrl(siteUrlSetting);
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = (req.url ?? '').split('?')[0].replace(server.config.base, '/');
        const dataMatch = /^\/data\/([\w.-]+\.json)$/.exec(path);
        const basemapMatch = /^\/basemap\/basemap-(coarse|fine)\.json$/.exec(path);
        if (dataMatch) {
          try {
            res.setHeader('Content-Type', 'application/json');
            res.end(readFileSync(join(dataDir, dataMatch[1])));
          } catch {
            res.statusCode = 404;
            res.end();
          }
        } else if (basemapMatch) {
          res.setHeader('Content-Type', 'application/json');
          res.end(getBasemap()[basemapMatch[1] as 'coarse' | 'fine']);
        } else {
          next();
        }
      });
    },
    transformIndexHtml(_html, context) {
      // Start fetching the dataset, and the lazily loaded map code, while the entry script is still parsing.
      const tags: HtmlTagDescriptor[] = dataFiles(dataDir).map((file) => ({
        tag: 'link',
        attrs: { rel: 'preload', href: `./data/${file}`, as: 'fetch', crossorigin: '' },
        injectTo: 'head',
      }));
      tags.push({
        tag: 'link',
        attrs: { rel: 'preload', href: './basemap/basemap-coarse.json', as: 'fetch', crossorigin: '' },
        injectTo: 'head',
      });
      for (const chunk of Object.values(context.bundle ?? {})) {
        if (chunk.type === 'chunk' && chunk.isDynamicEntry && chunk.name === 'map-view') {
          tags.push({ tag: 'link', attrs: { rel: 'modulepreload', href: `./${chunk.fileName}` }, injectTo: 'head' });
          // The chunk's stylesheet too: Vite waits for it before the lazy map can render.
          for (const css of chunk.viteMetadata?.importedCss ?? []) {
            tags.push({
              tag: 'link',
              attrs: { rel: 'preload', as: 'style', href: `./${css}`, crossorigin: '' },
              injectTo: 'head',
            });
          }
        }
      }
      return tags;
    },
    generateBundle() {
      for (const file of dataFiles(dataDir)) {
        this.emitFile({ type: 'asset', fileName: `data/${file}`, source: readFileSync(join(dataDir, file)) });
      }
      const { coarse, fine } = getBasemap();
      this.emitFile({ type: 'asset', fileName: 'basemap/basemap-coarse.json', source: coarse });
      this.emitFile({ type: 'asset', fileName: 'basemap/basemap-fine.json', source: fine });

      const model = readModel(dataDir);
      const siteUrl = normaliseSiteUrl(siteUrlSetting);
      // One image at a time, synchronously: rendering in parallel would only fight the bundler for two cores.
      for (const event of model.events) {
        const dir = sharePagePath(event.id);
        const page = renderSharePage(event, model, { siteUrl, appPath: '../../' });
        const png = renderPreviewPng(renderPreviewSvg(event, model, fine));
        this.emitFile({ type: 'asset', fileName: `${dir}index.html`, source: page });
        this.emitFile({ type: 'asset', fileName: dir + PREVIEW_FILE, source: png });
      }
    },
  };
}

function mustLoad<T>(result: LoadResult<T>): T {
  if (!result.ok) throw new Error([result.title, ...result.problems.map(formatProblem)].join('\n'));
  return result.value;
}

/** The model the app builds from the same files (already validated in buildStart). */
function readModel(dataDir: string): Model {
  const dataset = mustLoad(parseDataset(readFileSync(join(dataDir, 'events.json'), 'utf8'), 'events.json'));
  const bandFile = dataset.meta.band?.file;
  const band = bandFile ? mustLoad(parseBandFile(readFileSync(join(dataDir, bandFile), 'utf8'), bandFile)) : undefined;
  return createModel(dataset, band);
}
