// Serves saved AliExpress pages at their real URLs, offline, so the manifest's match patterns fire.
// Everything else is answered locally (blank image) or refused, and every request is recorded:
// tests assert the extension itself never touches the network.
import fs from 'node:fs';
import path from 'node:path';

export const FIXTURE_DIR = path.resolve('tests/fixtures/pages');

// A 1×1 transparent PNG for product images and icons.
const BLANK_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);
const IMAGE_HOSTS = /(^|\.)(aliexpress-media\.com|alicdn\.com)$/;

/**
 * @param {import('playwright-core').BrowserContext} context
 * @param {Record<string, string | (() => string)>} pages  URL (without hash) → fixture file name or HTML producer
 * @returns {Promise<{ requests: string[] }>} every request seen, in order
 */
export async function routeFixtures(context, pages) {
  const requests = [];
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    // The extension's own pages (popup.html and its scripts) are no network request: let them load.
    if (url.startsWith('chrome-extension://')) return route.continue();
    requests.push(url);
    const key = url.split('#')[0];
    const page = pages[key];
    if (page !== undefined) {
      const body = typeof page === 'function' ? page() : fs.readFileSync(path.join(FIXTURE_DIR, page), 'utf8');
      return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
    }
    const host = safeHost(url);
    if (host && IMAGE_HOSTS.test(host)) return route.fulfill({ status: 200, contentType: 'image/png', body: BLANK_PNG });
    return route.abort('blockedbyclient');
  });
  return { requests };
}

function safeHost(url) {
  try {
    return new URL(url).hostname;
  } catch {
    return undefined;
  }
}
