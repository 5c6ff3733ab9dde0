/**
 * The reading experience on the seed page, as a reader meets it: a pinned card stays open when
 * the pointer leaves, the page scrolls or the reader clicks elsewhere, and follows its mark; a
 * folded section stays folded on the next card and after a reload; the live region tells
 * screen-reader users what was marked, which card opened, the panel, and what was hidden.
 */
import { expect, test } from 'vitest';
import { openSeedPage } from './seed-session.ts';
import { waitFor, type BrowserDriver } from './drivers.ts';
import type { ShadowSnapshot } from './harness/read-closed-shadow.ts';
import { centreOfMark, LIST_HIGHLIGHTS, PAGE_UNCHANGED, rectOfMark } from './page-probes.ts';

/** What the live region says (the snapshot's text also holds it, among everything else). */
function liveText(ui: ShadowSnapshot | null): string | null {
  const match = ui && /<div class="bs-live"[^>]*>([^<]*)<\/div>/.exec(ui.html);
  return match ? match[1]! : null;
}

/** aria-expanded of the disclosure button titled `title` in the open card, or null. */
function expanded(ui: ShadowSnapshot | null, title: string): string | null {
  for (const match of ui?.html.matchAll(/<button[^>]*class="bs-disclosure"[^>]*>.*?<\/button>/g) ?? []) {
    if (match[0].replace(/<[^>]+>/g, '') === title) return /aria-expanded="(\w+)"/.exec(match[0])![1]!;
  }
  return null;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function describeReading(makeDriver: () => Promise<BrowserDriver>): void {
  const seed = openSeedPage(makeDriver);

  const hover = async (text: string, nth = 0) => {
    const centre = await seed().evaluate<{ x: number; y: number } | null>(centreOfMark(text, nth));
    if (!centre) throw new Error(`no mark "${text}"`);
    await seed().moveMouse(centre.x, centre.y);
  };
  const card = (title: string) => waitFor(`the card for ${title}`, () => seed().readCard(), (ui) => ui?.headings[0] === title, 5_000).then((ui) => ui!);
  // Only a shown card counts: one rendered ahead of its hover delay is hidden.
  const noCard = () => waitFor('no card', () => seed().readCard(), (ui) => !ui || ui.headings.length === 0, 5_000);
  const live = (what: string, accept: (text: string) => boolean) =>
    waitFor(`the live region to say ${what}`, async () => liveText(await seed().readCard()), (text) => text !== null && accept(text), 5_000).then((t) => t!);

  test('once the page is marked, the live region says how many names were marked', async () => {
    const said = await live('the count', (text) => /^Backstory marked \d+ names on this page$/.test(text));
    expect(Number(/\d+/.exec(said)![0])).toBeGreaterThanOrEqual(30);
    // Visually hidden, not display: none, so screen readers reach it.
    expect(await seed().boxInUi('.bs-live')).toMatchObject({ width: 1, height: 1 });
  });

  test('a pinned card stays open when the pointer leaves and other marks are hovered', async () => {
    await hover('Secretary of State Tillerson');
    const ui = await card('Rex Tillerson');
    expect(ui.buttons).toContain('Pin card');
    expect(await seed().clickInUi('.bs-pin')).toBe(true);
    await waitFor('the pin pressed', () => seed().readCard(), (s) => Boolean(s?.html.includes('aria-pressed="true"')), 5_000);
    await seed().moveMouse(3, 3);
    await pause(1_000); // well past the close grace (300 ms)
    expect((await seed().readCard())?.headings[0]).toBe('Rex Tillerson');
    await hover('Maria Zakharova');
    await pause(1_000); // past the hover delay: no other card opens while one is pinned
    expect((await seed().readCard())?.headings[0]).toBe('Rex Tillerson');
  });

  test('the pinned card follows its mark when the page scrolls, and a click elsewhere leaves it open', async () => {
    // Bring the mark back to the middle of the screen, then scroll the page under the card.
    await seed().evaluate(centreOfMark('Secretary of State Tillerson'));
    for (const dy of [-120, 160]) {
      await seed().evaluate(`window.scrollBy(0, ${dy})`);
      const mark = (await seed().evaluate<{ top: number; bottom: number } | null>(rectOfMark('Secretary of State Tillerson')))!;
      // Placed below the mark, or above it where there is no room (floating-ui's flip), 6 px away.
      await waitFor(
        'the card next to its mark',
        () => seed().boxInUi('.bs-card'),
        (box) => box !== null && (Math.abs(box.y - (mark.bottom + 6)) <= 2 || Math.abs(box.y + box.height - (mark.top - 6)) <= 2),
        5_000,
      );
    }
    const elsewhere = (await seed().evaluate<{ x: number; y: number } | null>(centreOfMark('Maria Zakharova')))!;
    await seed().click(elsewhere.x, elsewhere.y);
    await pause(1_000);
    expect((await seed().readCard())?.headings[0]).toBe('Rex Tillerson');
  });

  test('Escape closes the pinned card; the next card opens unpinned and closes when the pointer leaves', async () => {
    await seed().press('Escape');
    await noCard();
    await hover('Secretary of State Tillerson');
    const ui = await card('Rex Tillerson');
    expect(ui.html).toContain('aria-pressed="false"');
    await seed().moveMouse(3, 3);
    await noCard();
  });

  test('unpinning lets the card close once the pointer leaves it', async () => {
    await hover('Secretary of State Tillerson');
    await card('Rex Tillerson');
    expect(await seed().clickInUi('.bs-pin')).toBe(true);
    await waitFor('pinned', () => seed().readCard(), (s) => Boolean(s?.html.includes('aria-pressed="true"')), 5_000);
    expect(await seed().clickInUi('.bs-pin')).toBe(true);
    await waitFor('unpinned', () => seed().readCard(), (s) => Boolean(s?.html.includes('aria-pressed="false"')), 5_000);
    await seed().moveMouse(3, 3);
    await noCard();
  });

  test('a folded section stays folded on the next card, and after a reload', async () => {
    await hover('Secretary of State Tillerson');
    let ui = await card('Rex Tillerson');
    expect(expanded(ui, 'Sources')).toBe('true');
    expect(ui.links.some((l) => l.href === 'https://en.wikipedia.org/wiki/Rex_Tillerson')).toBe(true);
    expect(await seed().clickInUi('#bs-sources-title')).toBe(true);
    ui = await waitFor('Sources folded', () => seed().readCard(), (s) => expanded(s, 'Sources') === 'false', 5_000).then((s) => s!);
    // Folded content is hidden from everyone: its link is no longer in the rendered text.
    expect(ui.text).not.toContain('Rex Tillerson — Wikipedia');
    await seed().press('Escape');
    await noCard();
    await hover('Maria Zakharova');
    expect(expanded(await card('Maria Zakharova'), 'Sources')).toBe('false');
    await seed().press('Escape');
    await noCard();

    await seed().reload();
    await waitFor('highlights after reload', () => seed().evaluate<unknown[]>(LIST_HIGHLIGHTS), (list) => list.length > 100, 15_000);
    await hover('Secretary of State Tillerson');
    ui = await card('Rex Tillerson');
    expect(expanded(ui, 'Sources')).toBe('false');
    expect(expanded(ui, 'Background')).toBe('true');
    // Opened again, it stays open.
    expect(await seed().clickInUi('#bs-sources-title')).toBe(true);
    await waitFor('Sources open', () => seed().readCard(), (s) => expanded(s, 'Sources') === 'true', 5_000);
    await seed().press('Escape');
    await noCard();
  });

  test('a long card stays within its bounded height and scrolls inside, its footer on screen', async () => {
    await hover('Maidan coup');
    await card("Euromaidan and Ukraine's 2014 change of power");
    await pause(300); // the card's fade-in (120 ms) moves it by 3 px
    const [box, body, footer] = await Promise.all(['.bs-card', '.bs-body', '.bs-footer'].map((sel) => seed().boxInUi(sel)));
    expect(box!.height).toBeLessThanOrEqual(480);
    expect(footer!.y + footer!.height).toBeLessThanOrEqual(box!.y + box!.height + 1);
    expect(footer!.y + footer!.height).toBeLessThanOrEqual(800);
    // Its sections are taller together than the card's body, so the body scrolls: the last one,
    // brought into view (boxInUi scrolls it there), sits inside the body, the card unmoved.
    const sections = [];
    for (let n = 1; ; n++) {
      const section = await seed().boxInUi(`.bs-body > :nth-child(${n})`);
      if (!section) break;
      sections.push(section);
    }
    expect(sections.reduce((sum, section) => sum + section.height, 0)).toBeGreaterThan(body!.height * 1.5);
    const last = sections.at(-1)!;
    expect(last.y).toBeGreaterThanOrEqual(body!.y - 1);
    expect(last.y + last.height).toBeLessThanOrEqual(body!.y + body!.height + 1);
    const after = (await seed().boxInUi('.bs-card'))!;
    expect(Math.abs(after.y - box!.y)).toBeLessThanOrEqual(1);
    expect(after.height).toBeCloseTo(box!.height, 0);
    await seed().press('Escape');
    await noCard();
  });

  test('the live region says what was hidden after a wrong match', async () => {
    await hover('Julie Smith');
    await card('Julianne Smith');
    expect(await seed().clickInUi('.bs-wrong button')).toBe(true);
    expect(await live('what was hidden', (t) => t.includes('hidden'))).toBe('“Julie Smith” hidden on this page');
  });

  test('the live region says what a mute stopped marking', async () => {
    await hover('Oliver Stone');
    await card('Oliver Stone');
    expect(await seed().clickInUi('.bs-mute button')).toBe(true);
    expect(await live('what was muted', (t) => t.startsWith('No more marks'))).toBe('No more marks for Oliver Stone');
  });

  test('the live region says which card the keyboard opened, and when the panel opens and closes', async () => {
    await seed().sendTabCommand({ type: 'next-mention' });
    const ui = await waitFor('a card', () => seed().readCard(), (s) => Boolean(s?.headings.length), 5_000);
    const title = ui!.headings[0]!;
    expect(await live('the card', (t) => t.startsWith('Card for'))).toBe(`Card for ${title} opened`);
    await seed().press('Escape');
    await noCard();
    await seed().sendTabCommand({ type: 'toggle-panel' });
    expect(await live('the panel opened', (t) => t.startsWith('Context panel'))).toBe('Context panel opened');
    await seed().sendTabCommand({ type: 'toggle-panel' });
    expect(await live('the panel closed', (t) => t.endsWith('closed'))).toBe('Context panel closed');
  });

  test("the toolbar button's menu holds \"Run on this site\", and Options where the browser has none", async () => {
    const options = await seed().openExtensionPage('options.html');
    // update() fails for an item that does not exist; there is no way to list a menu's items.
    const exists = (id: string) =>
      options.evaluate<boolean>(`(globalThis.browser ?? chrome).contextMenus.update(${JSON.stringify(id)}, {}).then(() => true, () => false)`);
    expect(await exists('run-on-this-site')).toBe(true);
    // Chromium's menu for the button has its own Options item; Firefox's has none.
    expect(await exists('options')).toBe(seed().name === 'firefox');
    await options.close();
  });

  test('the page is unchanged and the extension reported no errors', async () => {
    expect(await seed().evaluate(PAGE_UNCHANGED)).toEqual({ recorded: true, textSame: true, htmlSame: true });
    expect(seed().extensionErrors()).toEqual([]);
    expect(seed().externalRequests()).toEqual([]);
  });
}
