/**
 * A short fingerprint of a file's text (its byte order mark ignored): its length and two 32-bit FNV-1a hashes of its
 * UTF-16 code units, one forwards and one backwards. A prerendered page names the fingerprints of the data it was
 * rendered from, so that the page hydrates only over the very same data; anything else is rendered afresh. Not a
 * defence against anyone: a check that the files beside the page are the ones the build saw.
 */
export function fingerprint(text: string): string {
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let forwards = 0x811c9dc5;
  let backwards = 0x811c9dc5;
  for (let i = start, j = text.length - 1; i < text.length; i++, j--) {
    forwards = Math.imul(forwards ^ text.charCodeAt(i), 0x01000193);
    backwards = Math.imul(backwards ^ text.charCodeAt(j), 0x01000193);
  }
  const hex = (hash: number) => (hash >>> 0).toString(16).padStart(8, '0');
  return `${text.length - start}-${hex(forwards)}${hex(backwards)}`;
}
