import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HtmlTagDescriptor, Plugin } from 'vite';
import { dataFiles, validateDataDir } from './validate-data';
import { buildBasemap } from './basemap';

/**
 * Serves and ships the dataset beside the app (`data/…`) and the basemap made from Natural Earth at build time
 * (`basemap/…`). The build fails, with every problem listed, when the data is invalid.
 */
export function waymarkData(dataDir: string): Plugin {
  let basemap: { coarse: string; fine: string } | null = null;
  const getBasemap = () => (basemap ??= buildBasemap());

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
    buildStart() {
      validateOrThrow();
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
    },
  };
}
