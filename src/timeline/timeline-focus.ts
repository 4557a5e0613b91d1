/** Moves the keyboard between the band and the events, which are one tab stop together. */

/** Focuses the band's segment at `x` (the nearest one when none is there). */
export function focusBandAt(svg: SVGSVGElement | null, x: number): void {
  const segments = [...(svg?.querySelectorAll<SVGGElement>('[data-band-index]') ?? [])];
  const distance = (s: SVGGElement) => {
    const [x1, x2] = [Number(s.dataset.x1), Number(s.dataset.x2)];
    return x < x1 ? x1 - x : x >= x2 ? x - x2 : 0;
  };
  const nearest = segments.reduce<SVGGElement | null>(
    (best, s) => (!best || distance(s) < distance(best) ? s : best),
    null,
  );
  nearest?.focus();
}

/** Focuses the events' tab stop. */
export function focusMarks(svg: SVGSVGElement | null): void {
  svg?.querySelector<SVGGElement>('.timeline-marks [tabindex="0"]')?.focus();
}
