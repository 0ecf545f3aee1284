/** @jsxImportSource @/lib/ui */
import type { RiskLevel } from '@/lib/schemas/risk';

// The level is shown by icon, word and colour together, never by colour alone.
const PATHS: Record<RiskLevel, string> = {
  // shield with a check mark
  low: 'M8 1 2.5 3v4.2c0 3.4 2.3 6.4 5.5 7.8 3.2-1.4 5.5-4.4 5.5-7.8V3L8 1Zm-1 9.6L4.6 8.2l1-1L7 8.6l3.4-3.4 1 1L7 10.6Z',
  // circle with an exclamation mark
  medium: 'M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1Zm-.8 3.5h1.6v4.6H7.2V4.5Zm0 5.9h1.6V12H7.2v-1.6Z',
  // triangle with an exclamation mark
  high: 'M8 1.5 15 14H1L8 1.5Zm-.8 4.5v4h1.6V6H7.2Zm0 5v1.6h1.6V11H7.2Z',
  // circle with a question mark
  unknown: 'M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1Zm-.8 10h1.6v1.6H7.2V11Zm.9-7.2c1.6 0 2.8 1 2.8 2.4 0 1.1-.7 1.6-1.3 2-.5.3-.7.5-.7 1v.3H7.3v-.4c0-1 .5-1.5 1.1-1.9.5-.3.8-.5.8-1 0-.5-.4-.9-1.1-.9-.7 0-1.2.4-1.3 1.1l-1.6-.3c.2-1.4 1.3-2.3 2.9-2.3Z',
};

export function RiskIcon({ level }: { level: RiskLevel }) {
  return (
    <svg class="icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      <path d={PATHS[level]} fill="currentColor" />
    </svg>
  );
}
