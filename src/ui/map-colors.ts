/** The offline map's colours, shared by the app's basemap, the exported and printed maps, and link previews. */
export const MAP_COLORS = {
  ocean: '#cfdde3',
  land: '#ebe6da',
  border: '#8f8775',
} as const;
