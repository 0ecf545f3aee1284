import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// The domain does date math in the process's zone (the user's zone in the extension), so its
// tests run once per zone: far ahead of UTC, behind it, a half-hour offset, and UTC itself.
const DOMAIN_TIME_ZONES = ['Pacific/Auckland', 'America/Los_Angeles', 'Asia/Kolkata', 'UTC'];

export default defineConfig({
  test: {
    projects: [
      // Unit tests: pure logic, parsers on saved pages (happy-dom), storage on fake-indexeddb.
      {
        plugins: [WxtVitest()],
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
          exclude: ['tests/e2e/**', 'node_modules/**', 'tests/domain/**'],
          environment: 'happy-dom',
          setupFiles: ['tests/setup.ts'],
        },
      },
      ...DOMAIN_TIME_ZONES.map((zone) => ({
        test: {
          name: zone,
          include: ['tests/domain/**/*.test.ts'],
          environment: 'node' as const,
          env: { TZ: zone },
        },
      })),
    ],
  },
});
