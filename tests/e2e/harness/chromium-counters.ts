/**
 * How much listening state a tab holds, read over CDP after a full garbage collection, so a test
 * can tell a content script that keeps adding listeners or observers from one that does not.
 * The content script runs in an isolated world that page JavaScript (and so a page-world probe)
 * cannot see; CDP sees every world.
 */
import type { BrowserContext, CDPSession, Page } from 'playwright-core';

export interface ListenerCounts {
  /** Every JS event listener in the tab's renderer (all worlds), from Memory.getDOMCounters. */
  jsEventListeners: number;
  /** Listeners on `window` and on `document`, of any world (DOMDebugger.getEventListeners). */
  onWindow: number;
  onDocument: number;
  /** Live MutationObserver objects in the extension's content-script world. */
  contentScriptMutationObservers: number;
}

interface ExecutionContext {
  id: number;
  origin: string;
  auxData?: { frameId?: string; type?: string };
}

async function objectId(cdp: CDPSession, expression: string, contextId?: number): Promise<string> {
  const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', { expression, ...(contextId ? { contextId } : {}) });
  if (exceptionDetails || !result.objectId) throw new Error(`cannot evaluate ${expression}: ${exceptionDetails?.text ?? 'no object'}`);
  return result.objectId;
}

export async function countListeners(context: BrowserContext, page: Page, extensionOrigin: string): Promise<ListenerCounts> {
  const cdp = await context.newCDPSession(page);
  try {
    const contexts: ExecutionContext[] = [];
    cdp.on('Runtime.executionContextCreated', (e: { context: ExecutionContext }) => contexts.push(e.context));
    const { frameTree } = await cdp.send('Page.getFrameTree');
    await cdp.send('Runtime.enable');
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    const { jsEventListeners } = await cdp.send('Memory.getDOMCounters');
    const listenersOn = async (expression: string) => {
      const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: await objectId(cdp, expression) });
      return listeners.length;
    };
    const world = contexts.find((c) => c.auxData?.frameId === frameTree.frame.id && c.auxData?.type === 'isolated' && c.origin === extensionOrigin);
    if (!world) throw new Error(`no content-script world of ${extensionOrigin} in ${page.url()}`);
    const prototype = await objectId(cdp, 'MutationObserver.prototype', world.id);
    const { objects } = await cdp.send('Runtime.queryObjects', { prototypeObjectId: prototype });
    const { result } = await cdp.send('Runtime.callFunctionOn', { objectId: objects.objectId!, functionDeclaration: 'function () { return this.length; }', returnByValue: true });
    return {
      jsEventListeners,
      onWindow: await listenersOn('window'),
      onDocument: await listenersOn('document'),
      contentScriptMutationObservers: result.value as number,
    };
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}
