/**
 * The seed article as a reader meets it, checked in a real browser with the built extension:
 * names in the article are marked and names elsewhere are not; hovering opens the right card;
 * the page's text and markup do not change; nothing leaves the machine.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { serveStatic, type LocalServer } from './harness/serve-static.ts';
import { waitFor, type BrowserDriver } from './drivers.ts';
import type { ShadowSnapshot } from './harness/read-closed-shadow.ts';
import { centreOfMark, LIST_HIGHLIGHTS, PAGE_UNCHANGED } from './page-probes.ts';

interface Mark {
  name: string;
  text: string;
  inArticleBody: boolean;
  region: string;
}

export function describeSeedPage(makeDriver: () => Promise<BrowserDriver>): void {
  let server: LocalServer;
  let driver: BrowserDriver;
  let marks: Mark[];

  const hoverMark = async (text: string, nth = 0) => {
    const centre = await driver.evaluate<{ x: number; y: number } | null>(centreOfMark(text, nth));
    if (!centre) throw new Error(`no mark "${text}" #${nth}`);
    await driver.moveMouse(centre.x, centre.y);
    return centre;
  };
  const cardTitled = async (title: string): Promise<ShadowSnapshot> => {
    const card = await waitFor(`the card for ${title}`, () => driver.readCard(), (c) => c?.headings[0] === title, 5_000);
    return card!;
  };
  const noCard = () => waitFor('the card to close', () => driver.readCard(), (card) => card === null || card.headings.length === 0, 3_000);

  beforeAll(async () => {
    server = await serveStatic('tests/fixtures/pages');
    driver = await makeDriver();
    await driver.open(`${server.origin}/seed/source.html`);
    marks = await waitFor('highlights to be painted', () => driver.evaluate<Mark[]>(LIST_HIGHLIGHTS), (list) => list.length > 100, 15_000);
  });

  afterAll(async () => {
    await driver?.close();
    await server?.close();
  });

  test('marks the names in the article', () => {
    const texts = new Set(marks.map((m) => m.text));
    for (const name of ['Putin', 'Secretary of State Tillerson', 'Tillerson', 'Maria Zakharova', 'Al-Tanf', 'Deir Ezzor', 'Minsk Agreement', 'Maidan coup', 'Maidan regime', 'Chancellor Merkel', 'Kurt Volker', 'Julie Smith', 'Oliver Stone', 'Russiagate', 'NSA', 'The Duran', 'Free Syrian Army', 'Obama administration']) {
      expect(texts, name).toContain(name);
    }
    expect(new Set(marks.map((m) => m.name))).toEqual(
      new Set(['backstory-person', 'backstory-organisation', 'backstory-place', 'backstory-event', 'backstory-topic', 'backstory-work', 'backstory-outlet']),
    );
  });

  test('marks nothing outside the article body: ticker, sidebar, comments and footer stay clean', () => {
    const outside = marks.filter((m) => !m.inArticleBody).map((m) => `${m.text} in "${m.region}"`);
    // The headline belongs to the article; everything else outside the body must be unmarked.
    const headlineOnly = outside.filter((m) => !/Trump-Putin meeting|Syria|Ukraine/.test(m));
    expect(headlineOnly).toEqual([]);
  });

  test('hovering "Putin" opens his card', async () => {
    await hoverMark('Putin');
    const card = await cardTitled('Vladimir Putin');
    expect(card.text).toContain('President of Russia');
    expect(card.text).toMatch(/At the time \(9 July 2017\)/);
    expect(card.headings).toContain('Background');
    for (const link of card.links) {
      expect(link.href).toMatch(/^https:\/\//);
      expect(link.target).toBe('_blank');
      expect(link.rel).toBe('noopener noreferrer');
    }
  });

  test('Escape closes the card', async () => {
    await driver.press('Escape');
    await noCard();
  });

  test('a contested topic shows its opposing views, attributed and sourced', async () => {
    await driver.moveMouse(5, 5);
    await hoverMark('Maidan coup');
    const card = await cardTitled("Euromaidan and Ukraine's 2014 change of power");
    expect(card.headings).toContain('Opposing views');
    expect(card.text).toContain('The Russian government');
    // The wording itself is one side's: the card says so first.
    expect(card.headings[1]).toBe('Loaded term');
    expect(card.text).toContain('“Maidan coup” is the wording of the Russian government');
    expect(card.text).toContain('“Revolution of Dignity”');
    expect(card.text).toContain('What investigations established');
    expect(card.links.length).toBeGreaterThanOrEqual(3);
  });

  test('the card speaks of the article\'s time and of now: Tillerson left office in 2018', async () => {
    await driver.press('Escape');
    await noCard();
    await hoverMark('Secretary of State Tillerson');
    const card = await cardTitled('Rex Tillerson');
    // Then and now, said plainly: the post he held on the article's date, and that he left it since.
    expect(card.text).toMatch(/At the time \(9 July 2017\) and now\s*United States Secretary of State at the time; left office 31 March 2018\n/);
    expect(card.headings).toContain('Since this article');
    expect(card.text).toMatch(/March 2018 .*dismiss/);
    // "Why this?": the title that pins the surname, a name recognised on its own.
    expect(card.headings).toContain('Why this?');
    expect(card.text).toContain('Marked because “Secretary of State Tillerson” matches the alias “Secretary of State Tillerson”');
  });

  test('moving the pointer away closes the card after the grace period', async () => {
    await driver.moveMouse(3, 3);
    await noCard();
  });

  test("the page's text and markup are exactly what they were", async () => {
    const result = await driver.evaluate<{ recorded: boolean; textSame?: boolean; htmlSame?: boolean }>(PAGE_UNCHANGED);
    expect(result).toEqual({ recorded: true, textSame: true, htmlSame: true });
  });

  test('"Wrong match" hides the mark on this page, and it stays hidden after a reload', async () => {
    const count = async () => (await driver.evaluate<Mark[]>(LIST_HIGHLIGHTS)).filter((m) => m.text === 'Oliver Stone').length;
    expect(await count()).toBe(2);
    await hoverMark('Oliver Stone');
    await cardTitled('Oliver Stone');
    expect(await driver.clickInUi('.bs-wrong button')).toBe(true);
    await waitFor('the mark to go', count, (n) => n === 0, 5_000);
    await driver.open(`${server.origin}/seed/source.html`);
    await waitFor('highlights after reload', () => driver.evaluate<Mark[]>(LIST_HIGHLIGHTS), (list) => list.length > 100, 15_000);
    expect(await count()).toBe(0);
  });

  test('the extension reported no errors and made no network request', () => {
    expect(driver.extensionErrors()).toEqual([]);
    expect(driver.externalRequests()).toEqual([]);
  });
}

