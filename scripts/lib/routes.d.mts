import type { BrowserContext } from 'playwright-core';
export declare const FIXTURE_DIR: string;
export declare function routeFixtures(
  context: BrowserContext,
  pages: Record<string, string | (() => string)>,
): Promise<{ requests: string[] }>;
