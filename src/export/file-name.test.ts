import { describe, expect, it } from 'vitest';
import { exportFileName } from './file-name';

describe('exportFileName', () => {
  const day = new Date(2024, 2, 5, 23, 30);
  it.each([
    ['csv', 'mini-2024-03-05.csv'],
    ['geojson', 'mini-2024-03-05.geojson'],
    ['waymark', 'mini-2024-03-05.json'],
    ['timelinejs', 'mini-timelinejs-2024-03-05.json'],
    ['timeline-svg', 'mini-timeline-2024-03-05.svg'],
    ['timeline-png', 'mini-timeline-2024-03-05.png'],
    ['map-svg', 'mini-map-2024-03-05.svg'],
    ['map-png', 'mini-map-2024-03-05.png'],
  ] as const)('names a %s file %s, by the local day', (kind, name) => {
    expect(exportFileName('mini', kind, day)).toBe(name);
  });
});
