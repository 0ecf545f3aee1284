import { browser } from 'wxt/browser';
import { responseSchema, type ErrorCode, type ErrorResponse, type RequestOf, type RequestType, type Response } from './protocol';

/**
 * Sends one request to the background and returns its answer, validated with the protocol's
 * schemas like any other input. Never throws, never rejects: an unreachable background, a
 * missing or malformed answer come back as typed errors, and so does the "Extension context
 * invalidated" a content script gets once the extension was updated under its page.
 */
export async function sendRequest<T extends RequestType>(request: RequestOf<T> & { type: T }): Promise<Response<T>> {
  let answer: unknown;
  try {
    // After an update the old content script's runtime loses its id before calls start failing.
    if (!browser.runtime?.id) throw new Error('Extension context invalidated.');
    answer = await browser.runtime.sendMessage(request);
  } catch (error) {
    return isContextInvalidated(error)
      ? failure('context-invalidated', 'The extension was updated or reloaded; reload this page to use it again.')
      : failure('internal', 'The extension background could not be reached.');
  }
  if (answer === undefined || answer === null) return failure('internal', 'The extension background did not answer.');
  const parsed = responseSchema(request.type).safeParse(answer);
  if (!parsed.success) return failure('internal', 'The extension background sent an answer this page cannot read.');
  return parsed.data as Response<T>;
}

function failure(code: ErrorCode, message: string): ErrorResponse {
  return { ok: false, error: { code, message } };
}

function isContextInvalidated(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /extension context invalidated/i.test(message);
}
