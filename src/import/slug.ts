/** A URL-safe id from any text: `"Obama visits Bangkok!"` gives `obama-visits-bangkok`; '' when no letter or digit is left. */
export function slugify(text: string, maxLength = 60): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= maxLength) return slug;
  // Cut at a word boundary where there is one, so the id still reads as words.
  const cut = slug.slice(0, maxLength + 1);
  const hyphen = cut.lastIndexOf('-');
  return (hyphen > 0 ? cut.slice(0, hyphen) : slug.slice(0, maxLength)).replace(/-+$/, '');
}

/** Hands out ids that are not yet taken: `summit`, then `summit-2`, `summit-3`. */
export function createIdAllocator(taken: Iterable<string> = []) {
  const used = new Set(taken);
  return function allocate(base: string): string {
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return id;
  };
}
