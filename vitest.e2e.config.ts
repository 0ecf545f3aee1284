import { defineConfig } from 'vitest/config';

// End-to-end: the built extension (.output/chrome-mv3) in real Chromium, on saved AliExpress pages
// routed to their real URLs. One browser at a time: the machine has two cores.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
