/**
 * Saves `blob` as a file: an object URL on a temporary `<a download>`, clicked and removed. A download is a
 * navigation, which the page's CSP allows for blob: addresses. The URL is revoked a while later, not at once: some
 * browsers read it only after the click has returned.
 */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

export function downloadText(text: string, fileName: string, type: string): void {
  downloadBlob(new Blob([text], { type }), fileName);
}
