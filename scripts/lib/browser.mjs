// Launches the system Chromium with the built extension loaded, in a fresh profile.
// Shared by the end-to-end tests, `npm start` (demo) and `npm run bench`.
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

/** The browser binary: $CHROMIUM_PATH, else the first system Chromium / Chrome found. */
export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!fs.existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH points to ${fromEnv}, which does not exist.`);
    return fromEnv;
  }
  const found = CANDIDATES.find((candidate) => fs.existsSync(candidate));
  if (!found) {
    throw new Error(
      'No Chromium found. Install it (Debian: apt-get install chromium) or set CHROMIUM_PATH to a Chromium/Chrome binary.',
    );
  }
  return found;
}

// Flags that keep a headless run quiet and offline (no background calls to Google services).
const QUIET_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const EXTENSION_DIR = path.resolve('.output/chrome-mv3');

/**
 * @param {{ extension?: boolean, headless?: boolean, viewport?: {width:number,height:number} }} [options]
 * @returns {Promise<{ context: import('playwright-core').BrowserContext, extensionId?: string, close: () => Promise<void> }>}
 */
export async function launchBrowser({ extension = true, headless = true, viewport = { width: 1280, height: 900 } } = {}) {
  if (extension && !fs.existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension in ${EXTENSION_DIR}: run "npm run build" first.`);
  }
  const executablePath = findChromium(); // before making a profile, so a failure leaves nothing behind
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'aca-profile-'));
  const removeProfile = () => fs.rmSync(userDataDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
  const args = [...QUIET_FLAGS];
  if (extension) args.push(`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`);
  let context;
  let extensionId;
  try {
    context = await chromium.launchPersistentContext(userDataDir, { executablePath, headless, args, viewport });
    if (extension) {
      const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15000 }));
      extensionId = new URL(worker.url()).host;
    }
  } catch (error) {
    await context?.close().catch(() => {});
    removeProfile();
    throw error;
  }
  // Chromium may still be writing to its profile for a moment after closing.
  const close = async () => {
    await context.close();
    removeProfile();
  };
  return { context, extensionId, close };
}
