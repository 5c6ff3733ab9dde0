/**
 * Hostile messages against the real background worker: 10,000 random and malformed payloads
 * sent from the content script's own world are each refused without a crash, the worker still
 * answers afterwards, and the page's own postMessage traffic changes nothing.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium, type ChromiumHarness } from './harness/chromium.ts';
import { readShadowChromium } from './harness/read-closed-shadow.ts';
import { serveStatic, type LocalServer } from './harness/serve-static.ts';
import { CARD_HOST, CHROME_BUILD, waitFor } from './drivers.ts';
import { centreOfMark, LIST_HIGHLIGHTS } from './page-probes.ts';

/** Runs in the content script's world: random payloads, counted by how the worker answered. */
const FUZZ = `(async () => {
  let seed = 42;
  const rand = () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32;
  const types = ['warm-up', 'match', 'card', 'outlet', 'badge', 'packs', 'report-wrong-match', 'import-pack', 'set-pack-enabled', 'remove-pack', 'export-pack', 'toggle-panel', '__proto__', '', 7];
  const values = [null, 0, -1, 1e309, 'x', 'vladimir-putin', '2017-07-09', [], {}, true, 'a'.repeat(3000)];
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const payload = () => {
    if (rand() < 0.1) return pick(values);
    const out = {};
    for (const key of ['type', 'text', 'id', 'articleDate', 'hostname', 'count', 'scope', 'enabled', 'extra']) if (rand() < 0.5) out[key] = pick(values);
    if (rand() < 0.8) out.type = pick(types);
    return out;
  };
  const counts = { ok: 0, refused: 0, noAnswer: 0, threw: 0 };
  const batch = 500;
  for (let i = 0; i < 10000; i += batch) {
    await Promise.all(Array.from({ length: batch }, async () => {
      try {
        const answer = await chrome.runtime.sendMessage(payload());
        if (!answer) counts.noAnswer++;
        else if (answer.ok) counts.ok++;
        else counts.refused++;
      } catch (e) {
        counts.threw++;
      }
    }));
  }
  return counts;
})()`;

describe('messages in Chromium', () => {
  let server: LocalServer;
  let harness: ChromiumHarness;
  let page: Page;

  beforeAll(async () => {
    server = await serveStatic('tests/fixtures/pages');
    harness = await launchChromium(CHROME_BUILD);
    page = await harness.newPage();
    await page.goto(`${server.origin}/seed/source.html`);
    await waitFor('highlights', () => page.evaluate(LIST_HIGHLIGHTS) as Promise<unknown[]>, (l) => l.length > 100, 15_000);
  });

  afterAll(async () => {
    await harness?.close();
    await server?.close();
  });

  test('10,000 random payloads are each answered (mostly refused), none crashes the worker', async () => {
    const counts = await harness.evaluateInContentScript<{ ok: number; refused: number; noAnswer: number; threw: number }>(page, FUZZ);
    expect(counts.ok + counts.refused + counts.noAnswer + counts.threw).toBe(10_000);
    expect(counts.threw).toBe(0);
    expect(counts.noAnswer).toBe(0);
    expect(counts.refused).toBeGreaterThan(9000);
    expect(harness.pageErrors.filter((e) => e.source === 'background')).toEqual([]);
  }, 120_000);

  test('a content script cannot change packs or take one away: each request is refused and storage is untouched', async () => {
    const storage = () => harness.serviceWorker.evaluate('chrome.storage.local.get(null)');
    const before = await storage();
    const pack = JSON.stringify({ format: 1, id: 'planted', name: 'Planted', publisher: 'A page', version: '1', changelog: [], entries: [] });
    const answers = await harness.evaluateInContentScript<unknown[]>(
      page,
      `Promise.all([
        { type: 'import-pack', text: ${JSON.stringify(pack)} },
        { type: 'set-pack-enabled', id: 'backstory-world-affairs', enabled: false },
        { type: 'remove-pack', id: 'backstory-world-affairs' },
        { type: 'export-pack', id: 'backstory-world-affairs' },
      ].map((m) => chrome.runtime.sendMessage(m)))`,
    );
    expect(answers).toEqual(
      ['import-pack', 'set-pack-enabled', 'remove-pack', 'export-pack'].map((type) => ({ ok: false, error: `${type} is only for Backstory's own pages` })),
    );
    // Reading the list stays open to content scripts.
    expect(await harness.evaluateInContentScript(page, `chrome.runtime.sendMessage({ type: 'packs' }).then((a) => a.packs.map((p) => p.id + ' ' + p.enabled))`)).toEqual([
      'backstory-world-affairs true',
    ]);
    expect(await storage()).toEqual(before);
  });

  test('the worker still answers: hovering a name still opens its card', async () => {
    const c = (await page.evaluate(centreOfMark('Putin'))) as { x: number; y: number };
    await page.mouse.move(c.x, c.y);
    await waitFor('the card', () => readShadowChromium(page, CARD_HOST), (s) => s?.headings[0] === 'Vladimir Putin', 5_000);
    await page.keyboard.press('Escape');
  });

  test("the page's own postMessage traffic has no effect", async () => {
    await page.evaluate(`for (let i = 0; i < 1000; i++) {
      window.postMessage({ type: 'toggle-panel' }, '*');
      window.postMessage({ type: 'report-wrong-match', entityId: 'vladimir-putin', surface: 'Putin', scope: 'site' }, '*');
      window.postMessage(JSON.stringify({ type: 'next-mention' }), '*');
      window.postMessage({ type: 'mute-entity', id: 'vladimir-putin' }, '*');
      window.postMessage({ type: 'mute-kind', kind: 'person' }, '*');
    }`);
    await new Promise((r) => setTimeout(r, 1000));
    const ui = await readShadowChromium(page, CARD_HOST);
    expect(ui?.headings ?? []).not.toContain('Backstory');
    const marks = (await page.evaluate(LIST_HIGHLIGHTS)) as { text: string }[];
    expect(marks.filter((m) => m.text === 'Putin').length).toBeGreaterThan(10);
  });
});
