import type { BrowserContext } from 'playwright-core';
export declare const EXTENSION_DIR: string;
export declare function findChromium(): string;
export declare function launchBrowser(options?: {
  extension?: boolean;
  headless?: boolean;
  viewport?: { width: number; height: number };
}): Promise<{ context: BrowserContext; extensionId?: string; close: () => Promise<void> }>;
