// @vitest-environment jsdom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { render } from 'preact';
import { ContextPanel, type ContextPanelProps, type PanelEntity } from './ContextPanel.tsx';

const putin: PanelEntity = { id: 'vladimir-putin', name: 'Vladimir Putin', kind: 'person', contested: false, mentions: 12, muted: false };
const stone: PanelEntity = { id: 'oliver-stone', name: 'Oliver Stone', kind: 'person', contested: false, mentions: 2, muted: true };

function mount(overrides: Partial<ContextPanelProps> = {}) {
  const props: ContextPanelProps = {
    activeHere: true,
    paused: false,
    panelOnly: false,
    isArticle: true,
    metadata: { title: 'A title', byline: null, siteName: null, published: '2017-07-09', canonicalUrl: null, lang: 'en' },
    outlet: null,
    entities: [putin, stone],
    onAction: vi.fn(),
    ...overrides,
  };
  const container = document.createElement('div');
  document.body.append(container);
  render(<ContextPanel {...props} />, container);
  return { container, props };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('ContextPanel and the reader controls', () => {
  test('a muted entry is still listed, labelled "muted", and can still be chosen', () => {
    const { container, props } = mount();
    const items = [...container.querySelectorAll('.bs-entities li')];
    expect(items.map((li) => li.querySelector('.bs-entity-name')?.textContent)).toEqual(['Vladimir Putin', 'Oliver Stone']);
    expect(items.map((li) => li.querySelector('.bs-tag')?.textContent ?? null)).toEqual([null, 'muted']);
    expect(items[1]!.classList.contains('bs-entity-muted')).toBe(true);
    container.querySelector<HTMLButtonElement>('.bs-entity[data-entity="oliver-stone"]')!.click();
    expect(props.onAction).toHaveBeenCalledWith({ type: 'show', id: 'oliver-stone', step: 0 });
  });

  test('panel-only mode says nothing is marked in the text and lists everything', () => {
    const { container } = mount({ panelOnly: true });
    expect(container.textContent).toContain('Panel only: nothing is marked in the text.');
    expect(container.querySelectorAll('.bs-entities li')).toHaveLength(2);
  });

  test('paused: says so and when it comes back, instead of "off on this site"', () => {
    const { container } = mount({ activeHere: false, paused: true });
    expect(container.textContent).toContain('Backstory is paused for the rest of today');
    expect(container.textContent).not.toContain('off on this site');
    expect(container.querySelector('.bs-entities')).toBeNull();
  });

  test('off on this site, not paused: the usual notice', () => {
    const { container } = mount({ activeHere: false, paused: false });
    expect(container.textContent).toContain('Backstory is off on this site');
  });
});
