/**
 * Packs the reader manages, in the real browser with the built extension: a pack file imported
 * through the options page's file picker is listed, marks a page that names its entries, stops
 * marking when switched off, is exported as the file it came from, and is removed after
 * confirming; a bad file is refused with its problems and changes nothing. The same checks run
 * in Chromium and Firefox ESR.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { serveStatic, type LocalServer } from './harness/serve-static.ts';
import { waitFor, type BrowserDriver } from './drivers.ts';
import type { ExtensionPage } from './extension-page.ts';
import { centreOfMark, LIST_HIGHLIGHTS } from './page-probes.ts';
import { auditDocument, type AxeViolation } from './a11y.ts';

const GOOD = path.resolve('tests/fixtures/packs/computing-history.json');
const BAD = path.resolve('tests/fixtures/packs/bad-pack.json');
const PACK = 'Computing history (test fixture)';

interface Mark {
  name: string;
  text: string;
}

export function describePacks(makeDriver: () => Promise<BrowserDriver>): void {
  let server: LocalServer;
  let driver: BrowserDriver;
  let options: ExtensionPage;
  const marks = () => driver.evaluate<Mark[]>(LIST_HIGHLIGHTS);
  const marked = (list: Mark[]) => new Set(list.map((m) => m.text));
  const optionsText = () => options.text();

  beforeAll(async () => {
    server = await serveStatic('tests/fixtures/pages');
    driver = await makeDriver();
    options = await driver.openExtensionPage('options.html');
    await waitFor('the options page', optionsText, (text) => text.includes('Import a pack'), 10_000);
  });

  afterAll(async () => {
    await driver?.close();
    await server?.close();
  });

  test('before any import, only the bundled pack marks the page', async () => {
    await driver.open(`${server.origin}/packs/engine.html`);
    const list = await waitFor('the bundled marks', marks, (l) => marked(l).has('Russia'), 15_000);
    expect(marked(list).has('Ada Lovelace')).toBe(false);
  });

  test('a pack file chosen with the file picker is imported and listed with its details', async () => {
    await options.bringToFront();
    await options.uploadFiles('input[type=file]', [GOOD]);
    const text = await waitFor('the import to finish', optionsText, (t) => t.includes(`Imported “${PACK}” version 2026.11.01`), 15_000);
    expect(text).toContain('3 entries, by Backstory test fixtures. It is on.');
    expect(text).toMatch(/by Backstory test fixtures · version 2026\.11\.01 · 3 entries · imported \d{4}-\d{2}-\d{2}/);
    expect(text).toMatch(/What changed \(2 updates\)/);
  });

  test('the open page marks its entries at once, and their cards open', async () => {
    const list = await waitFor('the imported pack’s marks', marks, (l) => marked(l).has('Ada Lovelace') && marked(l).has('Charles Babbage'), 15_000);
    expect([...marked(list)]).toEqual(expect.arrayContaining(['Analytical Engine', 'Lovelace', 'Babbage', 'Russia', 'United States']));
    await driver.bringToFront();
    const centre = await driver.evaluate<{ x: number; y: number } | null>(centreOfMark('Ada Lovelace'));
    await driver.moveMouse(centre!.x, centre!.y);
    const card = await waitFor('the card', () => driver.readCard(), (c) => c?.headings[0] === 'Ada Lovelace', 5_000);
    expect(card!.text).toContain('English mathematician (1815–1852)');
    await driver.press('Escape');
  });

  test('switched off, the pack marks nothing; switched on again, it does', async () => {
    await options.bringToFront();
    await options.setChecked('checkbox', `Use ${PACK}`, false);
    const off = await waitFor('its marks to go', marks, (l) => !marked(l).has('Ada Lovelace') && marked(l).has('Russia'), 10_000);
    expect(marked(off).has('Charles Babbage')).toBe(false);
    await driver.reload();
    const afterReload = await waitFor('the page read again', marks, (l) => marked(l).has('Russia'), 15_000);
    expect(marked(afterReload).has('Ada Lovelace')).toBe(false);
    await options.setChecked('checkbox', `Use ${PACK}`, true);
    await waitFor('its marks to return', marks, (l) => marked(l).has('Ada Lovelace'), 10_000);
  });

  test('a bad file is refused with every problem named, and nothing changes', async () => {
    const before = await optionsText();
    await options.uploadFiles('input[type=file]', [BAD]);
    const text = await waitFor('the refusal', optionsText, (t) => t.includes('was not imported'), 15_000);
    expect(text).toContain('“bad-pack.json” was not imported. Nothing was changed. The 3 problems:');
    expect(text).toContain('Entry "ada-lovelace", field roles[0].to: "1852-02-30" is not a date');
    expect(text).toContain('Entry "charles-babbage", field reviewed: "2026-13-40" is not a date');
    expect(text).toContain('Entry "ada-lovelace", field id: 2 entries share this id');
    // The list of packs reads as it did, and the page keeps its marks.
    const list = (t: string) => t.slice(t.indexOf('Packs'), t.indexOf('Import a pack'));
    expect(list(text)).toBe(list(before));
    expect(marked(await marks()).has('Ada Lovelace')).toBe(true);
    // Two packs listed and the refusal shown: still no accessibility violations.
    expect(await options.evaluate<AxeViolation[]>(auditDocument())).toEqual([]);
  });

  test('export saves the pack as a file that reads as the one imported', async () => {
    const saved = await options.clickAndDownload('button', `Export ${PACK}`);
    expect(saved.fileName).toBe('computing-history-fixture-2026.11.01.json');
    expect(JSON.parse(saved.text)).toEqual(JSON.parse(readFileSync(GOOD, 'utf8')));
  });

  test('the bundled pack can be switched off but not removed; an imported one is removed after confirming', async () => {
    const text = await optionsText();
    expect(text).not.toContain('Remove Backstory world affairs');
    await options.click('button', `Remove ${PACK}`);
    await waitFor('the confirmation', optionsText, (t) => t.includes(`Remove “${PACK}” and its 3 entries?`), 5_000);
    expect(await options.evaluate<AxeViolation[]>(auditDocument())).toEqual([]);
    await options.click('button', 'Remove');
    await waitFor('the pack to leave the list', optionsText, (t) => !t.includes(`version 2026.11.01`), 10_000);
    await waitFor('its marks to go', marks, (l) => !marked(l).has('Ada Lovelace') && marked(l).has('Russia'), 10_000);
  });

  test('the extension reported no errors; nothing left the machine', () => {
    expect(driver.extensionErrors()).toEqual([]);
    expect(driver.externalRequests()).toEqual([]);
  });
}
