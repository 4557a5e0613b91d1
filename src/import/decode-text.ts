/**
 * Text from a file's bytes in the encodings spreadsheets save CSV in: UTF-8 (with or without a byte order mark),
 * UTF-16 with a byte order mark (Excel's "Unicode text"), and, when the bytes are not valid UTF-8, Windows-1252
 * (Excel's "CSV" on Windows), so that "Phnom Penh – Café" does not arrive as "Caf\ufffd".
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
