// Shared plumbing for the developer scripts (demo, bench): run from the repository root, and turn
// the errors a newcomer meets into one line that says what to do.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// browser.mjs and routes.mjs resolve .output/ and tests/fixtures/ against the working directory
// when they load, so this module must be imported before them: `node main/scripts/demo.mjs` from
// anywhere then behaves like `npm start`.
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
process.chdir(REPO_ROOT);

/** An error whose message is already the whole explanation: printed without a stack. */
export class UserError extends Error {}

/**
 * Runs a script's main function; known failures print one clear line and exit 1.
 * @param {string} label  prefix for messages, e.g. "demo"
 * @param {() => Promise<number | void>} main  resolves to the exit code
 */
export function runMain(label, main) {
  // Starts after the calling module has finished loading, so main() may use constants declared
  // further down that file.
  Promise.resolve()
    .then(main)
    .then(
      (code) => {
        process.exitCode = code ?? 0;
      },
      (error) => {
        const explained = explain(error);
        if (explained) console.error(`\n${label}: ${explained}`);
        else console.error(`\n${label}: unexpected failure\n`, error);
        process.exitCode = 1;
      },
    );
}

/** @returns {string | undefined} a one-line explanation, or undefined for a real bug (print the stack). */
function explain(error) {
  const message = String(error?.message ?? error);
  const firstLine = message.split('\n')[0];
  if (error instanceof UserError) return message;
  // Thrown by scripts/lib/browser.mjs with the fix already in the text.
  if (/^No Chromium found|^CHROMIUM_PATH points to|^No built extension/.test(message)) return firstLine;
  if (/waiting for event "serviceworker"/.test(message)) {
    return 'the extension loaded but its service worker never started: rebuild it with "npx wxt build" and look for errors in the build output.';
  }
  if (/launchPersistentContext/.test(firstLine)) {
    const binary = message.match(/<launching> (\S+)/)?.[1] ?? 'the browser';
    const reason = firstLine.replace(/^.*launchPersistentContext:\s*/, '');
    return `Chromium (${binary}) could not start: ${reason}. Install it (Debian: apt-get install chromium) or set CHROMIUM_PATH to a working Chromium/Chrome binary.`;
  }
  return undefined;
}

/**
 * Closes a browser from launchBrowser() and removes its temporary profile. After Chromium exits
 * (notably when the user closed the window) its helper processes may write to the profile for a
 * moment longer, so removing it can fail with ENOTEMPTY: retry briefly rather than leave it behind.
 * @param {{ close: () => Promise<void> }} browser
 */
export async function closeBrowser(browser, attempts = 5) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await browser.close();
    } catch (error) {
      if (attempt >= attempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
    }
  }
}

/** A command-line count: a whole number above 0, or a UserError naming the flag. */
export function positiveInteger(text, flag) {
  const number = Number(text);
  if (!Number.isInteger(number) || number < 1) throw new UserError(`${flag} takes whole numbers above 0, not "${text}".`);
  return number;
}
