/** @jsxImportSource @/lib/ui */
import type { Urgency } from '@/lib/schemas/deadline';

// Urgency is shown by colour, icon and word together, so it never rests on colour alone.
const PATHS: Record<Urgency, string> = {
  // circle with a cross
  expired: 'M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1Zm2.8 8.9-.9.9L8 8.9l-1.9 1.9-.9-.9L7.1 8 5.2 6.1l.9-.9L8 7.1l1.9-1.9.9.9L8.9 8l1.9 1.9Z',
  // triangle with an exclamation mark
  urgent: 'M8 1.5 15 14H1L8 1.5Zm-.8 4.5v4h1.6V6H7.2Zm0 5v1.6h1.6V11H7.2Z',
  // clock
  soon: 'M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1Zm0 1.6a5.4 5.4 0 1 1 0 10.8A5.4 5.4 0 0 1 8 2.6Zm-.8 1.9v4.2l3.3 2 .8-1.3-2.5-1.5V4.5H7.2Z',
  // circle with a check mark
  ok: 'M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1Zm-1 10.1L3.9 8l1.1-1.1 2 2 4-4L12.1 6 7 11.1Z',
  // small dot
  none: 'M8 5.5a2.5 2.5 0 1 0 0 5 2.5 2.5 0 0 0 0-5Z',
};

const built = new Map<Urgency, Element>();

/** Icons are built once per urgency and cloned: a long order list shows hundreds of them. */
export function UrgencyIcon({ urgency }: { urgency: Urgency }) {
  let icon = built.get(urgency);
  if (!icon) {
    icon = (
      <svg class="icon" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
        <path d={PATHS[urgency]} fill="currentColor" />
      </svg>
    );
    built.set(urgency, icon);
  }
  return icon.cloneNode(true) as Element;
}
