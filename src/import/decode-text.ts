/** Windows-1252's characters for bytes 0x80 to 0x9F, where it differs from Latin-1 (five bytes are unassigned). */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/**
 * Windows-1252 text. Browsers decode it fully; Node 20's TextDecoder treats it as Latin-1, so the bytes 0x80-0x9F
 * (curly quotes, dashes, €) are mapped here, which changes nothing where the decoder got them right.
 */
function decodeWindows1252(bytes: Uint8Array): string {
  return new TextDecoder('windows-1252')
    .decode(bytes)
    .replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]);
}

/**
 * Text from a file's bytes in the encodings spreadsheets save CSV in: UTF-8 (with or without a byte order mark),
 * UTF-16 with a byte order mark (Excel's "Unicode text"), and, when the bytes are not valid UTF-8, Windows-1252
 * (Excel's "CSV" on Windows), so that "Café" does not arrive as "Caf\ufffd".
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return decodeWindows1252(bytes);
  }
}
