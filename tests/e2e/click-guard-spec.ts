/**
 * The card's buttons that write data ("Hide on this page / site", "Don't mark …") count a real
 * click only when the reader could see what they clicked: the page fading the card nearly
 * transparent (through <html>: our host's own styles are out of its reach), or laying a decoy
 * over the card that lets clicks through (after our host, or in the top layer), makes the click
 * do nothing. With the page's tricks undone, the same click hides the mark.
 */
import { expect, test } from 'vitest';
import { CARD_HOST, waitFor, type BrowserDriver } from './drivers.ts';
import { centreOfMark, LIST_HIGHLIGHTS } from './page-probes.ts';
import { openSeedPage } from './seed-session.ts';

/** Page-side tricks, run in the page's own world as its scripts would. */
const TRICKS = {
  fadeRoot: `document.documentElement.style.setProperty('opacity', '0.05')`,
  filterRoot: `document.documentElement.style.setProperty('filter', 'opacity(0.1)')`,
  decoyOnTop: `(() => {
    const decoy = document.createElement('div');
    decoy.id = 'decoy';
    decoy.textContent = 'Click for a prize';
    decoy.style.cssText = 'position:fixed;inset:0;z-index:2147483647;pointer-events:none;background:rgba(255,255,255,0.02);font:40px sans-serif';
    document.documentElement.append(decoy);
  })()`,
  decoyInTopLayer: `(() => {
    const decoy = document.createElement('div');
    decoy.id = 'decoy';
    decoy.popover = 'manual';
    decoy.style.cssText = 'position:fixed;inset:0;width:auto;height:auto;margin:0;border:0;pointer-events:none;background:transparent';
    document.body.append(decoy);
    decoy.showPopover();
  })()`,
  undo: `(() => {
    document.documentElement.style.removeProperty('opacity');
    document.documentElement.style.removeProperty('filter');
    document.getElementById('decoy')?.remove();
  })()`,
};

export function describeClickGuard(makeDriver: () => Promise<BrowserDriver>): void {
  const session = openSeedPage(makeDriver);
  // Painted marks of `text`, not counting the open card's own (the "active" highlight).
  const marksOf = async (text: string) =>
    (await session().evaluate<{ name: string; text: string }[]>(LIST_HIGHLIGHTS)).filter((m) => m.text === text && m.name !== 'backstory-active').length;

  const openCard = async (text: string, title: string) => {
    const driver = session();
    const centre = await driver.evaluate<{ x: number; y: number } | null>(centreOfMark(text));
    if (!centre) throw new Error(`no mark "${text}"`);
    await driver.moveMouse(5, 5);
    await driver.moveMouse(centre.x, centre.y);
    // Shown, not only rendered: a card is laid out hidden while the hover delay runs.
    await waitFor(`the card for ${title}`, () => driver.readCard(), (card) => card?.headings[0] === title && card.text.includes(title), 5_000);
  };

  test('the page cannot fade our host itself: the shadow root\'s :host rule wins over its styles', async () => {
    const driver = session();
    await openCard('Oliver Stone', 'Oliver Stone');
    const opacity = await driver.evaluate<string>(`(() => {
      const host = document.querySelector('${CARD_HOST}');
      host.style.setProperty('opacity', '0.05', 'important');
      const seen = getComputedStyle(host).opacity;
      host.style.removeProperty('opacity');
      return seen;
    })()`);
    expect(opacity).toBe('1');
  });

  for (const trick of ['fadeRoot', 'filterRoot', 'decoyOnTop', 'decoyInTopLayer'] as const) {
    test(`clicks on "Hide on this page" and "Don't mark this person" do nothing while the page plays ${trick}`, async () => {
      const driver = session();
      expect(await marksOf('Oliver Stone')).toBe(2);
      await openCard('Oliver Stone', 'Oliver Stone');
      await driver.evaluate(TRICKS[trick]);
      try {
        expect(await driver.clickInUi('.bs-wrong button')).toBe(true);
        expect(await driver.clickInUi('.bs-mute button:first-child')).toBe(true);
        // Give an accepted click ample time to take effect (it hides the mark within a frame or two).
        await new Promise((resolve) => setTimeout(resolve, 1_500));
        expect(await marksOf('Oliver Stone')).toBe(2);
      } finally {
        await driver.evaluate(TRICKS.undo);
      }
    });
  }

  test('with nothing over the card, the same click hides the mark', async () => {
    const driver = session();
    await openCard('Oliver Stone', 'Oliver Stone');
    expect(await driver.clickInUi('.bs-wrong button')).toBe(true);
    await waitFor('the mark to go', () => marksOf('Oliver Stone'), (n) => n === 0, 5_000);
    expect(driver.extensionErrors()).toEqual([]);
  });
}
