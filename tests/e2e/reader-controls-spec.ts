/**
 * Transparency and reader control on the seed page, as a reader uses them: the card says when its
 * entry was last reviewed and what changed; "Don't mark …" on a card mutes a person or a whole
 * kind at once and for good; the options page pauses Backstory for the day, switches to
 * panel-only mode, and undoes every mute. The same checks run in Chromium and Firefox ESR.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, expect, test } from 'vitest';
import { parse } from 'yaml';
import { openSeedPage } from './seed-session.ts';
import { waitFor, type BrowserDriver } from './drivers.ts';
import type { ExtensionPage } from './extension-page.ts';
import type { ShadowSnapshot } from './harness/read-closed-shadow.ts';
import { centreOfMark, LIST_HIGHLIGHTS, PAGE_UNCHANGED } from './page-probes.ts';
import { formatPartialDate } from '../../core/partial-date.ts';
import type { ContextEntry } from '../../core/types.ts';

interface Mark {
  name: string;
  text: string;
}

const TILLERSON = /Tillerson/;

export function describeReaderControls(makeDriver: () => Promise<BrowserDriver>): void {
  const seed = openSeedPage(makeDriver);
  let options: ExtensionPage;
  const marks = () => seed().evaluate<Mark[]>(LIST_HIGHLIGHTS);
  const ui = () => seed().readCard();

  const hoverMark = async (text: string) => {
    await seed().moveMouse(3, 3);
    const centre = await seed().evaluate<{ x: number; y: number } | null>(centreOfMark(text));
    if (!centre) throw new Error(`no mark "${text}"`);
    await seed().moveMouse(centre.x, centre.y);
  };
  const cardTitled = async (title: string): Promise<ShadowSnapshot> =>
    (await waitFor(`the card for ${title}`, ui, (s) => s?.headings[0] === title, 8_000))!;
  const panel = async (expect: (s: ShadowSnapshot) => boolean, what: string): Promise<ShadowSnapshot> => {
    await seed().sendTabCommand({ type: 'toggle-panel' });
    return (await waitFor(what, ui, (s) => Boolean(s?.headings.includes('Backstory')) && expect(s!), 8_000))!;
  };
  const closePanel = async () => {
    await seed().sendTabCommand({ type: 'toggle-panel' });
    await waitFor('the panel to close', ui, (s) => !s?.headings.includes('Backstory'), 5_000);
  };

  beforeAll(async () => {
    options = await seed().openExtensionPage('options.html');
    await waitFor('the options page', () => options.text(), (text) => text.includes('Where Backstory marks'), 10_000);
  });

  test('the card says when its entry was last reviewed, and one click away what changed', async () => {
    const putin = parse(readFileSync('assets/context/person/vladimir-putin.yaml', 'utf8')) as ContextEntry;
    const latest = putin.changelog[0]!;
    await hoverMark('Putin');
    let card = await cardTitled('Vladimir Putin');
    const count = putin.changelog.length;
    expect(card.text).toContain(`Last reviewed ${formatPartialDate(putin.reviewed.slice(0, 7))} · ${count} ${count === 1 ? 'change' : 'changes'}`);
    // Collapsed: the card stays short until the reader asks.
    expect(card.text).not.toContain(latest.change);
    expect(await seed().clickInUi('.bs-changelog summary')).toBe(true);
    card = (await waitFor('the changes', ui, (s) => Boolean(s?.text.includes(`${formatPartialDate(latest.date)} ${latest.change}`)), 5_000))!;
    expect(card.headings).toContain('Sources');
    expect(card.links.some((l) => l.href === putin.sources[0]!.url)).toBe(true);
    await seed().press('Escape');
  });

  test('"Don\'t mark this person" removes every mark of that person at once, and after a reload', async () => {
    const before = await marks();
    expect(before.filter((m) => TILLERSON.test(m.text)).length).toBeGreaterThan(2);
    await hoverMark('Secretary of State Tillerson');
    const card = await cardTitled('Rex Tillerson');
    expect(card.buttons).toContain("Don't mark this person");
    expect(card.buttons).toContain("Don't mark people");
    expect(await seed().clickInUi('.bs-mute button:first-child')).toBe(true);
    const after = await waitFor('his marks to go', marks, (list) => !list.some((m) => TILLERSON.test(m.text)), 5_000);
    expect(after.some((m) => m.text === 'Putin')).toBe(true);
    await seed().reload();
    const reloaded = await waitFor('marks after the reload', marks, (list) => list.length > 50, 15_000);
    expect(reloaded.filter((m) => TILLERSON.test(m.text))).toEqual([]);
  });

  test('the panel still lists the muted person, labelled "muted"', async () => {
    const shown = await panel((s) => s.html.includes('data-entity="rex-tillerson"'), 'the panel with Rex Tillerson');
    const item = /data-entity="rex-tillerson"[^>]*>(.*?)<\/button>/s.exec(shown.html)?.[1] ?? '';
    expect(item).toContain('Rex Tillerson');
    expect(item).toContain('>muted<');
    expect(/data-entity="vladimir-putin"[^>]*>(.*?)<\/button>/s.exec(shown.html)?.[1]).not.toContain('>muted<');
    await closePanel();
  });

  test('"Don\'t mark places" removes every place and nothing else', async () => {
    await hoverMark('Deir Ezzor');
    const card = await cardTitled('Deir ez-Zor');
    expect(card.buttons).toContain("Don't mark places");
    expect(await seed().clickInUi('.bs-mute button:last-child')).toBe(true);
    const after = await waitFor('places to go', marks, (list) => list.length > 0 && !list.some((m) => m.name === 'backstory-place'), 5_000);
    expect(after.some((m) => m.name === 'backstory-person')).toBe(true);
  });

  test('the options list both mutes, and "Mark again" brings their marks back', async () => {
    const text = await waitFor('the Muted list', () => options.text(), (t) => t.includes('Rex Tillerson') && t.includes('All places'), 5_000);
    expect(text).toContain('Muted');
    await options.click('button', 'Mark Rex Tillerson again');
    await waitFor('his marks back', marks, (list) => list.some((m) => TILLERSON.test(m.text)), 5_000);
    await options.click('button', 'Mark places again');
    await waitFor('places back', marks, (list) => list.some((m) => m.name === 'backstory-place'), 5_000);
    await waitFor('an empty Muted list', () => options.text(), (t) => t.includes('Nothing muted.'), 5_000);
  });

  test('"Pause for today" clears the marks at once and after a reload; "Resume now" brings them back', async () => {
    await options.click('button', 'Pause for today');
    await waitFor('marks to go', marks, (list) => list.length === 0, 5_000);
    expect(await options.text()).toContain('Paused for the rest of today');
    await seed().reload();
    await panel((s) => s.text.includes('Backstory is paused for the rest of today'), 'the panel saying it is paused');
    expect(await marks()).toEqual([]);
    await closePanel();
    await options.click('button', 'Resume now');
    await waitFor('marks to return', marks, (list) => list.length > 100, 15_000);
  });

  test('panel only: nothing is marked, the panel lists everything, and choosing a name opens its card', async () => {
    await options.setChecked('radio', /^Panel only/, true);
    await waitFor('marks to go', marks, (list) => list.length === 0, 5_000);
    const shown = await panel((s) => s.text.includes('Panel only: nothing is marked in the text.'), 'the panel in panel-only mode');
    expect(shown.headings.find((h) => h.startsWith('Recognised here'))).toMatch(/Recognised here \(\d{2,}\)/);
    expect(await seed().clickInUi('.bs-entity[data-entity="rex-tillerson"]')).toBe(true);
    // The panel stays open beside the card: its heading comes first.
    await waitFor('the Tillerson card', ui, (s) => Boolean(s?.headings.includes('Rex Tillerson')), 8_000);
    // Only the mention the panel brought into view is lit, while its card is open.
    const lit = await marks();
    expect(lit.map((m) => m.name)).toEqual(['backstory-active']);
    expect(lit[0]!.text).toMatch(TILLERSON);
    await seed().press('Escape');
    await closePanel();
    await options.setChecked('radio', /^Mark names in the text/, true);
    await waitFor('marks to return', marks, (list) => list.length > 100, 5_000);
  });

  test('the page is unchanged; no errors, no network', async () => {
    expect(await seed().evaluate(PAGE_UNCHANGED)).toEqual({ recorded: true, textSame: true, htmlSame: true });
    expect(seed().extensionErrors()).toEqual([]);
    expect(seed().externalRequests()).toEqual([]);
  });
}
