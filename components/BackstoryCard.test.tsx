// @vitest-environment jsdom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { render } from 'preact';
import { useState } from 'preact/hooks';
import { act } from 'preact/test-utils';
import { BackstoryCard } from './BackstoryCard.tsx';
import type { CardModel } from '../core/resolve-card.ts';
import { defaultSectionState, type SectionState } from '../core/card-sections.ts';

const card: CardModel = {
  id: 'euromaidan',
  kind: 'topic',
  name: 'Euromaidan',
  summary: 'Protests in <em>Kyiv</em> from November 2013.<script>window.hacked = 1</script><img src=x onerror="window.hacked = 2">',
  articleDate: '2017-07-09',
  articleDated: true,
  today: '2026-11-26',
  rolesAtTheTime: [],
  rolesNow: [],
  since: [{ date: '2022-02-24', text: 'Russia invaded Ukraine.' }],
  perspectives: [
    {
      holder: 'The Russian government',
      view: 'A coup. <a href="javascript:alert(1)">click</a> <a href="https://example.org/a">read</a>',
      sources: [{ title: 'Euromaidan', publisher: 'Wikipedia', url: 'https://en.wikipedia.org/wiki/Euromaidan' }],
    },
    {
      holder: "Ukraine's post-2014 governments",
      view: 'A popular uprising.',
      sources: [{ title: 'Revolution of Dignity', publisher: 'Wikipedia', url: 'https://en.wikipedia.org/wiki/Revolution_of_Dignity' }],
    },
  ],
  established: 'The vote did not follow the impeachment procedure.',
  sources: [
    { title: 'Euromaidan', publisher: 'Wikipedia', url: 'https://en.wikipedia.org/wiki/Euromaidan' },
    { title: 'Bad', publisher: 'Nowhere', url: 'javascript:alert(1)' },
  ],
  related: [],
  reviewed: '2026-11-24',
  changes: [
    { date: '2026-11-24', change: 'Added the <b>2019</b> election.' },
    { date: '2026-06-02', change: 'Sources checked.' },
    { date: '2026-03-01', change: 'Tightened the alias “Maidan”.' },
  ],
  olderChanges: 1,
  framings: {
    'Maidan coup': {
      usedBy: 'The Russian government and media that follow its line',
      neutral: "Euromaidan, Ukraine's 2014 change of government",
      others: [{ term: 'Revolution of Dignity', usedBy: "Ukraine's governments since 2014" }],
    },
  },
};

function mount(model: CardModel = card, onAction = vi.fn()) {
  const container = document.createElement('div');
  document.body.append(container);
  render(<BackstoryCard card={model} onAction={onAction} />, container);
  return { container, onAction };
}

afterEach(() => {
  document.body.innerHTML = '';
  delete (window as unknown as Record<string, unknown>).hacked;
});

describe('BackstoryCard', () => {
  test('shows the name, kind, background and what changed since', () => {
    const { container } = mount();
    expect(container.querySelector('h2')?.textContent).toBe('Euromaidan');
    expect(container.querySelector('.bs-kind')?.textContent).toBe('Contested topic');
    expect(container.textContent).toContain('Since this article');
    expect(container.textContent).toContain('24 February 2022 Russia invaded Ukraine.');
  });

  test('shows each opposing view with its holder and sources, and what is established', () => {
    const { container } = mount();
    const holders = [...container.querySelectorAll('.bs-holder')].map((el) => el.textContent);
    expect(holders).toEqual(['The Russian government', "Ukraine's post-2014 governments"]);
    expect(container.querySelector('.bs-established')?.textContent).toContain('impeachment procedure');
  });

  test('database markup is sanitised: allowed emphasis stays, scripts and handlers go', () => {
    const { container } = mount();
    expect(container.querySelector('#bs-card-summary em')?.textContent).toBe('Kyiv');
    expect(container.querySelector('script, img, [onerror]')).toBeNull();
    expect((window as unknown as Record<string, unknown>).hacked).toBeUndefined();
  });

  test('links are http(s) only and open in a new tab without opener or referrer', () => {
    const { container } = mount();
    const links = [...container.querySelectorAll('a[href]')];
    expect(links.length).toBe(4);
    for (const a of links) {
      expect(a.getAttribute('href') ?? '').toMatch(/^https:\/\//);
      expect(a.getAttribute('target')).toBe('_blank');
      expect(a.getAttribute('rel')).toBe('noopener noreferrer');
    }
    // The javascript: link in the view lost its href (inert text); the javascript: source is plain text.
    expect([...container.querySelectorAll('a:not([href])')].map((a) => a.textContent)).toEqual(['click']);
    expect(container.textContent).toContain('click');
    expect(container.textContent).toContain('Bad');
  });

  test('roles at the time and now for a person who left office, said plainly', () => {
    const { container } = mount({
      ...card,
      kind: 'person',
      name: 'Rex Tillerson',
      perspectives: [],
      established: undefined,
      rolesAtTheTime: [{ title: 'United States Secretary of State', from: '2017-02-01', to: '2018-03-31' }],
      rolesNow: [],
    });
    expect(container.querySelector('.bs-then-caption')?.textContent).toBe('At the time (9 July 2017) and now');
    expect([...container.querySelectorAll('.bs-roles li')].map((li) => li.textContent)).toEqual([
      'United States Secretary of State at the time; left office 31 March 2018',
    ]);
    expect(container.querySelector('.bs-roles')?.getAttribute('aria-labelledby')).toBe('bs-roles-caption');
    expect(container.textContent).not.toContain('Opposing views');
  });

  test('the close button reports a close action', () => {
    const { container, onAction } = mount();
    container.querySelector<HTMLButtonElement>('.bs-close')!.click();
    expect(onAction).toHaveBeenCalledWith({ type: 'close' });
  });

  test('"Why this?" names the words, the alias, the rule and the pack', () => {
    const container = document.createElement('div');
    document.body.append(container);
    render(
      <BackstoryCard
        card={{ ...card, pack: { name: 'Backstory world affairs', version: '0.1.0' } }}
        reason={{ surface: 'Tillerson', alias: 'Tillerson', rule: 'after-full-name' }}
        onAction={vi.fn()}
      />,
      container,
    );
    const why = container.querySelector('.bs-why')?.textContent ?? '';
    expect(why).toContain('Marked because “Tillerson” matches the alias “Tillerson”');
    expect(why).toContain('the full name appears earlier in this article');
    expect(why).toContain('Backstory world affairs, version 0.1.0');
  });

  test('no "Why this?" when the card was not opened from a mark', () => {
    const { container } = mount();
    expect(container.querySelector('.bs-why')).toBeNull();
  });

  test('a loaded term says who uses it, the neutral term, and who uses which others', () => {
    const container = document.createElement('div');
    document.body.append(container);
    render(<BackstoryCard card={card} reason={{ surface: 'Maidan coup', alias: 'Maidan coup', rule: 'always' }} onAction={vi.fn()} />, container);
    const loaded = container.querySelector('.bs-loaded')?.textContent ?? '';
    expect(loaded).toContain('“Maidan coup” is the wording of the Russian government and media that follow its line.');
    expect(loaded).toContain("Neutral term: Euromaidan, Ukraine's 2014 change of government");
    expect(loaded).toContain("“Revolution of Dignity”: Ukraine's governments since 2014");
    // It comes first, before the background.
    expect(container.querySelector('.bs-body > section')?.classList.contains('bs-loaded')).toBe(true);
  });

  test('provenance: sources, the month of the last review, and the latest changes one click away', () => {
    const { container } = mount();
    const provenance = container.querySelector('.bs-provenance')!;
    expect(provenance.querySelector('h3')?.textContent).toBe('Sources');
    expect(provenance.querySelectorAll('.bs-sources li')).toHaveLength(2);
    const details = provenance.querySelector('details')!;
    expect(details.open).toBe(false);
    expect(details.querySelector('summary')?.textContent).toBe('Last reviewed November 2026 · 4 changes');
    const items = [...details.querySelectorAll('.bs-changes li')].map((li) => li.textContent);
    expect(items).toEqual(['24 November 2026 Added the <b>2019</b> election.', '2 June 2026 Sources checked.', '1 March 2026 Tightened the alias “Maidan”.']);
    // Changelog text is text: markup in it is shown, not rendered.
    expect(details.querySelector('b')).toBeNull();
    expect(details.querySelector('.bs-changes time')?.getAttribute('datetime')).toBe('2026-11-24');
    expect(details.textContent).toContain('And 1 earlier change.');
    // The footer no longer repeats the review date.
    expect(container.querySelector('.bs-footer')?.textContent).not.toContain('reviewed');
  });

  test('one change: singular, and no "earlier" line', () => {
    const { container } = mount({ ...card, changes: [{ date: '2026-11-26', change: 'Entry written.' }], olderChanges: 0 });
    expect(container.querySelector('.bs-changelog summary')?.textContent).toBe('Last reviewed November 2026 · 1 change');
    expect(container.querySelector('.bs-changelog')?.textContent).not.toContain('earlier');
  });

  test('mute buttons fit the kind: a topic is "this topic", its kind "contested topics"', () => {
    const { container } = mount();
    const group = container.querySelector('.bs-mute')!;
    expect(group.getAttribute('role')).toBe('group');
    expect(group.getAttribute('aria-label')).toBe('Stop marking (undo in the options)');
    expect([...group.querySelectorAll('button')].map((b) => b.textContent)).toEqual(["Don't mark this topic", "Don't mark contested topics"]);
    const person = mount({ ...card, kind: 'person', name: 'Oliver Stone' }).container.querySelector('.bs-mute')!;
    expect([...person.querySelectorAll('button')].map((b) => b.textContent)).toEqual(["Don't mark this person", "Don't mark people"]);
    const place = mount({ ...card, kind: 'place', name: 'Deir Ezzor' }).container.querySelector('.bs-mute')!;
    expect(place.querySelectorAll('button')[1]!.textContent).toBe("Don't mark places");
  });

  test('a scripted click on a mute or wrong-match button does nothing: only the reader can mute', () => {
    const onAction = vi.fn();
    const container = document.createElement('div');
    document.body.append(container);
    render(<BackstoryCard card={card} reason={{ surface: 'Euromaidan', alias: 'Euromaidan', rule: 'always' }} onAction={onAction} />, container);
    const buttons = [...container.querySelectorAll<HTMLButtonElement>('.bs-mute button, .bs-wrong button')];
    expect(buttons).toHaveLength(4);
    for (const button of buttons) button.click();
    for (const button of buttons) button.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(onAction).not.toHaveBeenCalled();
  });

  test('no loaded-term section for a plain name', () => {
    const container = document.createElement('div');
    document.body.append(container);
    render(<BackstoryCard card={card} reason={{ surface: 'Euromaidan', alias: 'Euromaidan', rule: 'always' }} onAction={vi.fn()} />, container);
    expect(container.querySelector('.bs-loaded')).toBeNull();
  });

  describe('pin', () => {
    test('no pin button on a card not opened on the page', () => {
      const { container } = mount();
      expect(container.querySelector('.bs-pin')).toBeNull();
    });

    test('the pin button is a toggle that says whether the card is pinned', () => {
      const onAction = vi.fn();
      const container = document.createElement('div');
      document.body.append(container);
      render(<BackstoryCard card={card} pinned={false} onAction={onAction} />, container);
      const pin = container.querySelector<HTMLButtonElement>('.bs-pin')!;
      expect(pin.getAttribute('aria-label')).toBe('Pin card');
      expect(pin.getAttribute('aria-pressed')).toBe('false');
      pin.click();
      expect(onAction).toHaveBeenCalledWith({ type: 'pin', pinned: true });
      render(<BackstoryCard card={card} pinned={true} onAction={onAction} />, container);
      expect(pin.getAttribute('aria-pressed')).toBe('true');
      expect(container.querySelector('.bs-card')?.classList.contains('bs-pinned')).toBe(true);
      pin.click();
      expect(onAction).toHaveBeenLastCalledWith({ type: 'pin', pinned: false });
    });
  });

  describe('foldable sections', () => {
    const titles = (container: HTMLElement) => [...container.querySelectorAll('.bs-disclosure')].map((b) => b.textContent);

    test('each long section is a disclosure: a button in its heading controlling a named region', () => {
      const container = document.createElement('div');
      document.body.append(container);
      render(<BackstoryCard card={card} reason={{ surface: 'Euromaidan', alias: 'Euromaidan', rule: 'always' }} onAction={vi.fn()} />, container);
      expect(titles(container)).toEqual(['Background', 'Since this article', 'Opposing views', 'Sources', 'Why this?']);
      for (const button of container.querySelectorAll<HTMLButtonElement>('.bs-disclosure')) {
        expect(button.parentElement?.tagName).toBe('H3');
        expect(button.getAttribute('aria-expanded')).toBe('true');
        const region = container.querySelector(`#${button.getAttribute('aria-controls')}`)!;
        expect(region.getAttribute('role')).toBe('region');
        expect(region.getAttribute('aria-labelledby')).toBe(button.id);
        expect(region.hasAttribute('hidden')).toBe(false);
      }
    });

    test('folded sections keep their title and hide their content', () => {
      const container = document.createElement('div');
      document.body.append(container);
      const sections = { ...defaultSectionState(), sources: false, views: false };
      render(<BackstoryCard card={card} sections={sections} onAction={vi.fn()} />, container);
      const sourcesButton = [...container.querySelectorAll('.bs-disclosure')].find((b) => b.textContent === 'Sources')!;
      expect(sourcesButton.getAttribute('aria-expanded')).toBe('false');
      expect(container.querySelector('#bs-sources-body')?.hasAttribute('hidden')).toBe(true);
      expect(container.querySelector('#bs-views-body')?.hasAttribute('hidden')).toBe(true);
      expect(container.querySelector('#bs-background-body')?.hasAttribute('hidden')).toBe(false);
    });

    test('toggling reports the section and its new state; an untrusted click says so', () => {
      const { container, onAction } = mount();
      const sources = [...container.querySelectorAll<HTMLButtonElement>('.bs-disclosure')].find((b) => b.textContent === 'Sources')!;
      sources.click();
      // A script's click is not the reader's: the layer shows it but does not remember it.
      expect(onAction).toHaveBeenCalledWith({ type: 'section', id: 'sources', open: false, trusted: false });
    });

    test('the choice applies to the next card: state lives outside the card', () => {
      function Host() {
        const [sections, setSections] = useState<SectionState>(defaultSectionState());
        const [model, setModel] = useState(card);
        return (
          <>
            <button type="button" id="next" onClick={() => setModel({ ...card, id: 'other', name: 'Other' })} />
            <BackstoryCard card={model} sections={sections} onAction={(a) => a.type === 'section' && setSections({ ...sections, [a.id]: a.open })} />
          </>
        );
      }
      const container = document.createElement('div');
      document.body.append(container);
      act(() => render(<Host />, container));
      act(() => [...container.querySelectorAll<HTMLButtonElement>('.bs-disclosure')].find((b) => b.textContent === 'Background')!.click());
      expect(container.querySelector('#bs-background-body')?.hasAttribute('hidden')).toBe(true);
      act(() => container.querySelector<HTMLButtonElement>('#next')!.click());
      expect(container.querySelector('h2')?.textContent).toBe('Other');
      expect(container.querySelector('#bs-background-body')?.hasAttribute('hidden')).toBe(true);
    });

    test('a publication card folds its profile; "What investigations established" folds on its own', () => {
      const container = document.createElement('div');
      document.body.append(container);
      const outletCard: CardModel = {
        ...card,
        kind: 'outlet',
        perspectives: [],
        outlet: { domains: ['theduran.com'], owner: 'Alexander Mercouris' },
      };
      render(<BackstoryCard card={outletCard} onAction={vi.fn()} />, container);
      expect(titles(container)).toEqual(['Background', 'Since this article', 'Publication profile', 'What investigations established', 'Sources']);
    });
  });
});
