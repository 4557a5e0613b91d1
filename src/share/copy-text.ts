/**
 * Copies text with the Clipboard API; where that is refused (an insecure origin, a denied permission), selects the
 * text in `fallback` and tries the old copy command. Returns whether it was copied; if not, the text stays selected.
 */
export async function copyText(
  text: string,
  fallback: HTMLInputElement | HTMLTextAreaElement | null,
): Promise<boolean> {
  try {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Fall back below.
  }
  if (!fallback) return false;
  fallback.focus();
  fallback.select();
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  }
}
