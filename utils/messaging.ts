/**
 * Typed requests from extension pages and content scripts to the background worker
 * (core/messages.ts holds the protocol).
 */
import { browser } from 'wxt/browser';
import type { Request, Response } from '../core/messages.ts';

/** Send a request and get its typed answer; transport failures become error answers too. */
export async function sendRequest<R extends Request>(request: R): Promise<Response<R['type']>> {
  try {
    const answer = (await browser.runtime.sendMessage(request)) as Response<R['type']> | undefined;
    return answer ?? { ok: false, error: 'no answer from the background worker' };
  } catch (error) {
    return { ok: false, error: `the background worker could not be reached: ${(error as Error).message}` };
  }
}
