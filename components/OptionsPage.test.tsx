// @vitest-environment jsdom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { render } from 'preact';
import { OptionsPage, type OptionsPageProps } from './OptionsPage.tsx';
import { defaultSettings, type Settings } from '../core/settings.ts';
import type { MutedEntry } from '../core/mutes.ts';

// 26 November 2026, 15:30 local time; "today" ends at local midnight.
const NOW = new Date(2026, 10, 26, 15, 30).getTime();
const MIDNIGHT = new Date(2026, 10, 27).getTime();
const putin: MutedEntry = { id: 'vladimir-putin', name: 'Vladimir Putin', kind: 'person', at: '2026-11-26T10:00:00.000Z' };
const maidan: MutedEntry = { id: 'euromaidan', name: "Euromaidan and Ukraine's 2014 change of power", kind: 'topic', at: '2026-11-26T10:05:00.000Z' };

function mount(overrides: Partial<OptionsPageProps> = {}) {
  const props: OptionsPageProps = {
    settings: defaultSettings(),
    notice: null,
    status: null,
    packs: { packs: [], notices: [], importState: { status: 'idle' }, onImportFile: vi.fn(), onSetEnabled: vi.fn(), onRemove: vi.fn(), onExport: vi.fn() },
    corrections: [],
    onChange: vi.fn(),
    onReset: vi.fn(),
    onUndoCorrection: vi.fn(),
    onExportCorrections: vi.fn(),
    mutes: [],
    mutesNotice: null,
    onUnmute: vi.fn(),
    now: () => NOW,
    access: { access: { kind: 'all' }, refused: false, onAllowAll: vi.fn(), onOnlyChosen: vi.fn(), onRemoveSite: vi.fn() },
    ...overrides,
  };
  const container = document.createElement('div');
  document.body.append(container);
  render(<OptionsPage {...props} />, container);
  const button = (name: string) => [...container.querySelectorAll('button')].find((b) => (b.getAttribute('aria-label') ?? b.textContent) === name);
  const changed = () => (props.onChange as ReturnType<typeof vi.fn>).mock.calls.at(-1)?.[0] as Settings | undefined;
  return { container, props, button, changed };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('pause for today', () => {
  test('pausing sets the pause to end at the next local midnight', () => {
    const { button, changed, container } = mount();
    expect(container.textContent).toContain('Marks nothing until midnight, then comes back by itself.');
    button('Pause for today')!.click();
    expect(changed()).toEqual({ ...defaultSettings(), pausedUntil: MIDNIGHT });
  });

  test('while paused: the status, and "Resume now" clears the pause', () => {
    const { button, changed, container } = mount({ settings: { ...defaultSettings(), pausedUntil: MIDNIGHT } });
    expect(container.textContent).toContain('Paused for the rest of today: nothing is marked until midnight.');
    expect(button('Pause for today')).toBeUndefined();
    button('Resume now')!.click();
    expect(changed()).toEqual({ ...defaultSettings(), pausedUntil: null });
  });

  test('a pause that ended (yesterday\'s) shows as not paused', () => {
    const { button, container } = mount({ settings: { ...defaultSettings(), pausedUntil: new Date(2026, 10, 26).getTime() } });
    expect(button('Pause for today')).toBeDefined();
    expect(container.textContent).not.toContain('Paused for the rest of today');
  });
});

describe('panel-only mode', () => {
  test('the choice is a pair of radios; choosing panel only saves it, and back', () => {
    const { container, changed } = mount();
    const radios = [...container.querySelectorAll<HTMLInputElement>('input[name="panel-only"]')];
    expect(radios.map((r) => r.closest('label')!.textContent)).toEqual([
      'Mark names in the text, and list them in the context panel',
      'Panel only: mark nothing in the text; the context panel still lists everything recognised',
    ]);
    expect(radios.map((r) => r.checked)).toEqual([true, false]);
    radios[1]!.click();
    expect(changed()).toEqual({ ...defaultSettings(), panelOnly: true });
  });

  test('panel only shows as chosen, and can be turned back', () => {
    const { container, changed } = mount({ settings: { ...defaultSettings(), panelOnly: true } });
    const radios = [...container.querySelectorAll<HTMLInputElement>('input[name="panel-only"]')];
    expect(radios.map((r) => r.checked)).toEqual([false, true]);
    radios[0]!.click();
    expect(changed()).toEqual({ ...defaultSettings(), panelOnly: false });
  });
});

describe('the Muted list', () => {
  test('says how to mute when nothing is', () => {
    const { container } = mount();
    const section = container.querySelector('section[aria-labelledby="muted-title"]')!;
    expect(section.querySelector('h2')?.textContent).toBe('Muted');
    expect(section.textContent).toContain('Nothing muted.');
    expect(section.querySelector('table')).toBeNull();
  });

  test('lists muted entries and kinds turned off, each with an undo', () => {
    const settings = { ...defaultSettings(), kinds: { ...defaultSettings().kinds, place: false } };
    const { container, button, props, changed } = mount({ settings, mutes: [putin, maidan] });
    const rows = [...container.querySelectorAll('section[aria-labelledby="muted-title"] tbody tr')].map((tr) =>
      [...tr.querySelectorAll('td')].slice(0, 2).map((td) => td.textContent),
    );
    expect(rows).toEqual([
      ['Vladimir Putin', 'Person'],
      ["Euromaidan and Ukraine's 2014 change of power", 'Contested topic'],
      ['All places', 'Every place'],
    ]);
    button('Mark Vladimir Putin again')!.click();
    expect(props.onUnmute).toHaveBeenCalledWith('vladimir-putin');
    button('Mark places again')!.click();
    expect(changed()).toEqual(defaultSettings());
  });

  test('a notice when stored mutes could not all be read', () => {
    const { container } = mount({ mutesNotice: '1 muted name could not be read and was left out.' });
    expect(container.querySelector('section[aria-labelledby="muted-title"] [role="alert"]')?.textContent).toBe('1 muted name could not be read and was left out.');
  });
});
