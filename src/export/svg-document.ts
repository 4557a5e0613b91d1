export const SVG_NS = 'http://www.w3.org/2000/svg';

/** An SVG element with attributes; built as DOM nodes so that any text in it stays text. */
export function svgElement<K extends keyof SVGElementTagNameMap>(
  name: K,
  attributes: Record<string, string | number | undefined> = {},
  text?: string,
): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG_NS, name);
  for (const [key, value] of Object.entries(attributes)) {
    if (value !== undefined) element.setAttribute(key, String(value));
  }
  if (text !== undefined) element.textContent = text;
  return element;
}

/** A standalone SVG file from a root `<svg>`: the XML declaration, then the element (the serializer adds xmlns). */
export function serializeSvg(root: SVGSVGElement): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(root)}\n`;
}

/** About how wide a line of text is in a sans-serif font, for laying out captions without measuring. */
export function approximateTextWidth(text: string, fontSize: number): number {
  return text.length * fontSize * 0.56;
}
