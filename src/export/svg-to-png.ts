/** Canvases much larger than this fail in some browsers (Safari: 16.7 million pixels). */
const MAX_PIXELS = 16_000_000;

/**
 * Draws a standalone SVG onto a canvas `scale` times its size (2 for sharp slides) and encodes it as PNG. The SVG is
 * loaded as a data: image, which the page's CSP allows (img-src data:); an SVG image loaded that way does not taint
 * the canvas, as it can fetch nothing.
 */
export async function svgToPng(svg: string, width: number, height: number, scale = 2): Promise<Blob> {
  const fit = Math.min(scale, Math.sqrt(MAX_PIXELS / (width * height)));
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * fit);
  canvas.height = Math.round(height * fit);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('this browser cannot draw images');
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the image could not be encoded'))), 'image/png'),
  );
}
