import type { ModelEvent } from '../data/model';
import type { CanvasPlan } from './canvas-plan';

const count = new Intl.NumberFormat('en-GB');

/**
 * The canvas's accessible name: what it shows, in words, since its marks are not elements. The list is the full text
 * alternative; this says how much is in view and how to get to the marks.
 */
export function describeCanvas(total: number, plan: CanvasPlan, selected: ModelEvent | null): string {
  const events = `${count.format(total)} ${total === 1 ? 'event' : 'events'}`;
  let text = `Timeline: ${events}, ${count.format(plan.inView)} in view; `;
  if (plan.mode === 'density') text += 'density shown; zoom in to see marks';
  else {
    text += 'drawn as marks';
    if (plan.hidden) text += `; ${count.format(plan.hidden)} longer events passing through are not drawn`;
  }
  if (selected) text += `. Selected: ${selected.record.title}, ${selected.dateLabel}`;
  return `${text}. Arrow keys step through the events in time.`;
}
