const names = typeof Intl.DisplayNames === 'function' ? new Intl.DisplayNames(['en'], { type: 'region' }) : null;

/** The English name of an ISO 3166-1 alpha-2 code, e.g. "KH" gives "Cambodia"; the code itself if unknown. */
export function countryName(code: string): string {
  try {
    return names?.of(code) ?? code;
  } catch {
    return code;
  }
}
