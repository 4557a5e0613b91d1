import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { HtmlTagDescriptor, Plugin, Rollup } from 'vite';
import { parseBandFile, parseDataset, parseTourFile } from '../src/data/parse';
import type { LoadResult } from '../src/data/load-result';
import { createModel, type Model } from '../src/data/model';
import { formatProblem } from '../src/data/problems';
import { dataFiles, validateDataDir } from './validate-data';
import { buildBasemap } from './basemap';
import { renderPreviewPng, renderPreviewSvg } from './preview-image';
import { normaliseSiteUrl, PREVIEW_FILE, shareHeadTags, sharePagePath, shareTitle } from './share-pages';
import { composePage, loadRenderer, pageFiles } from './prerender';
import { describePoster, renderMapPoster } from './map-poster';
import type { BandFile, Dataset } from '../src/data/schema';
import type { TourFile } from '../src/data/tour-schema';

export interface WaymarkDataOptions {
  /** The site's absolute address, for the share pages' canonical and preview links. Default: WAYMARK_SITE_URL. */
  siteUrl?: string;
}

/**
 * Serves and ships the dataset beside the app (`data/…`) and the basemap made from Natural Earth at build time
 * (`basemap/…`). The build fails, with every problem listed, when the data is invalid. A build prerenders the app's
 * first view into index.html (see prerender.ts), and writes a share page per event, `e/<id>/index.html`: the app
 * prerendered with that event open, with link preview tags and its preview image, `e/<id>/preview.png`. Each page
 * has a map poster beside it, `map-poster.svg`, shown until Leaflet has drawn.
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
    transformIndexHtml() {
      // Start fetching the dataset while the entry script is still parsing. The map's code and basemap are not
      // preloaded: they would share the first view's bandwidth, and the map shows its poster until they come.
      const tags: HtmlTagDescriptor[] = dataFiles(dataDir).map((file) => ({
        tag: 'link',
        attrs: { rel: 'preload', href: `./data/${file}`, as: 'fetch', crossorigin: '' },
        injectTo: 'head',
      }));
      return tags;
    },
    generateBundle: {
      // After Vite has written index.html into the bundle: the pages are prerendered into it.
      order: 'post',
      async handler(_options, bundle) {
        for (const file of dataFiles(dataDir)) {
          this.emitFile({ type: 'asset', fileName: `data/${file}`, source: readFileSync(join(dataDir, file)) });
        }
        const { coarse, fine } = getBasemap();
        this.emitFile({ type: 'asset', fileName: 'basemap/basemap-coarse.json', source: coarse });
        this.emitFile({ type: 'asset', fileName: 'basemap/basemap-fine.json', source: fine });

        const index = bundle['index.html'] as Rollup.OutputAsset | undefined;
        if (!index) throw new Error('waymark-data: index.html is not in the bundle to prerender into');
        const template = String(index.source);
        const { model, checked } = readModel(dataDir);
        const files = pageFiles(dataDir, 'events.json', checked);
        if (!files) {
          this.warn(
            'The data files are not as the checks read them (text with spaces around it, unknown keys): ' +
              'the pages are prerendered, but the browser renders them afresh.',
          );
        }
        const siteUrl = normaliseSiteUrl(siteUrlSetting);
        const renderer = await loadRenderer(resolve(dataDir, '..'));
        try {
          const poster = { src: POSTER_FILE, alt: describePoster(model.events) };
          this.emitFile({ type: 'asset', fileName: POSTER_FILE, source: renderMapPoster(model, model.events, coarse) });
          const rootHtml = renderer.renderPage(model, { selectedId: null, poster, baseUrl: './' });
          const page = files && { files, dataset: 'events.json', selectedId: null, appPath: './', poster };
          index.source = composePage(
            template,
            { title: `${model.meta.title} · Waymark`, head: [], rootHtml, page },
            './',
          );

          // One image at a time, synchronously: rendering in parallel would only fight the bundler for two cores.
          for (const event of model.events) {
            const dir = sharePagePath(event.id);
            const eventPoster = { src: POSTER_FILE, alt: describePoster([event]) };
            const html = composePage(
              template,
              {
                title: shareTitle(event, model),
                head: shareHeadTags(event, { siteUrl }),
                rootHtml: renderer.renderPage(model, { selectedId: event.id, poster: eventPoster, baseUrl: './' }),
                page: files && {
                  files,
                  dataset: 'events.json',
                  selectedId: event.id,
                  appPath: '../../',
                  poster: eventPoster,
                },
              },
              '../../',
            );
            this.emitFile({ type: 'asset', fileName: `${dir}index.html`, source: html });
            this.emitFile({
              type: 'asset',
              fileName: dir + POSTER_FILE,
              source: renderMapPoster(model, [event], coarse),
            });
            const png = renderPreviewPng(renderPreviewSvg(event, model, fine));
            this.emitFile({ type: 'asset', fileName: dir + PREVIEW_FILE, source: png });
          }
        } finally {
          await renderer.close();
        }
      },
    },
  };
}

function mustLoad<T>(result: LoadResult<T>): T {
  if (!result.ok) throw new Error([result.title, ...result.problems.map(formatProblem)].join('\n'));
  return result.value;
}

/** The map poster beside each prerendered page. */
const POSTER_FILE = 'map-poster.svg';

/**
 * The model the app builds from the same files (already validated in buildStart), and each file as the checks read
 * it, by its name in the data folder.
 */
function readModel(dataDir: string): { model: Model; checked: Record<string, unknown> } {
  const read = (file: string) => readFileSync(join(dataDir, file), 'utf8');
  const dataset: Dataset = mustLoad(parseDataset(read('events.json'), 'events.json'));
  const checked: Record<string, unknown> = { 'events.json': dataset };
  const bandFile = dataset.meta.band?.file;
  let band: BandFile | undefined;
  if (bandFile) checked[bandFile] = band = mustLoad(parseBandFile(read(bandFile), bandFile));
  const toursFile = dataset.meta.tours;
  let tours: TourFile | undefined;
  if (toursFile) checked[toursFile] = tours = mustLoad(parseTourFile(read(toursFile), toursFile, dataset));
  return { model: createModel(dataset, band, tours), checked };
}
