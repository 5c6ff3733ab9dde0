// @vitest-environment jsdom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { PacksSection, type PacksSectionProps } from './PacksSection.tsx';
import type { PackInfo } from '../core/messages.ts';

const bundled: PackInfo = {
  id: 'backstory-world-affairs',
  name: 'Backstory world affairs',
  publisher: 'Backstory',
  version: '2026.11.26',
  entries: 1106,
  enabled: true,
  bundled: true,
  importedAt: null,
  changelog: [
    { date: '2026-11-26', changes: ['Vladimir Putin: roles to 2026', 'NATO: new members'] },
    { date: '2026-10-01', changes: ['Kyiv: added'] },
  ],
};
const imported: PackInfo = {
  id: 'computing-history',
  name: 'Computing history',
  publisher: 'Example Society',
  version: '3',
  entries: 1,
  enabled: false,
  bundled: false,
  importedAt: '2026-11-20T08:00:00.000Z',
  changelog: [],
};

let root: HTMLElement;
afterEach(() => {
  render(null, root);
  root.remove();
});

function show(props: Partial<PacksSectionProps> = {}) {
  const handlers = { onImportFile: vi.fn(), onSetEnabled: vi.fn(), onRemove: vi.fn(), onExport: vi.fn() };
  root = document.createElement('div');
  document.body.append(root);
  act(() => render(<PacksSection packs={[bundled, imported]} notices={[]} importState={{ status: 'idle' }} {...handlers} {...props} />, root));
  return handlers;
}
const byLabel = (label: string) => root.querySelector<HTMLElement>(`[aria-label="${label}"]`);
const buttonNamed = (text: string) => [...root.querySelectorAll('button')].find((b) => b.textContent === text);

describe('PacksSection', () => {
  test('lists every pack with its name, publisher, version, entry count and whether it came with Backstory', () => {
    show();
    const items = [...root.querySelectorAll('li.pack')];
    expect(items.map((li) => li.querySelector('h3')!.textContent)).toEqual(['Backstory world affairs', 'Computing history']);
    expect(items[0]!.textContent).toContain('by Backstory · version 2026.11.26 · 1,106 entries · comes with Backstory');
    expect(items[1]!.textContent).toContain('by Example Society · version 3 · 1 entry · imported 2026-11-20');
    expect(items[1]!.getAttribute('aria-labelledby')).toBe('pack-computing-history');
  });

  test('each pack has a switch named for it that reports the change', () => {
    const { onSetEnabled } = show();
    const bundledSwitch = byLabel('Use Backstory world affairs') as HTMLInputElement;
    const importedSwitch = byLabel('Use Computing history') as HTMLInputElement;
    expect([bundledSwitch.getAttribute('role'), bundledSwitch.checked, importedSwitch.checked]).toEqual(['switch', true, false]);
    act(() => bundledSwitch.click());
    expect(onSetEnabled).toHaveBeenCalledWith('backstory-world-affairs', false);
    act(() => importedSwitch.click());
    expect(onSetEnabled).toHaveBeenCalledWith('computing-history', true);
  });

  test('the changelog is collapsed, newest day first, and says when there is none', () => {
    show();
    const details = root.querySelector('li.pack details') as HTMLDetailsElement;
    expect(details.open).toBe(false);
    expect(details.querySelector('summary')!.textContent).toBe('What changed (2 updates)');
    expect([...details.querySelectorAll('dt')].map((dt) => dt.textContent)).toEqual(['26 November 2026', '1 October 2026']);
    expect([...details.querySelectorAll('dd')].map((dd) => dd.textContent)).toEqual(['Vladimir Putin: roles to 2026', 'NATO: new members', 'Kyiv: added']);
    expect(root.querySelectorAll('li.pack')[1]!.textContent).toContain('No changelog yet.');
  });

  test('only imported packs can be removed, and only after confirming', () => {
    const { onRemove } = show();
    expect(byLabel('Remove Backstory world affairs')).toBeNull();
    act(() => byLabel('Remove Computing history')!.click());
    const confirm = byLabel('Confirm removing Computing history')!;
    expect(confirm.getAttribute('role')).toBe('group');
    expect(confirm.textContent).toContain('Remove “Computing history” and its 1 entry?');
    act(() => buttonNamed('Keep')!.click());
    expect(onRemove).not.toHaveBeenCalled();
    expect(byLabel('Confirm removing Computing history')).toBeNull();
    act(() => byLabel('Remove Computing history')!.click());
    act(() => buttonNamed('Remove')!.click());
    expect(onRemove).toHaveBeenCalledExactlyOnceWith('computing-history');
  });

  test('every pack, the bundled one too, can be exported', () => {
    const { onExport } = show();
    act(() => byLabel('Export Backstory world affairs')!.click());
    act(() => byLabel('Export Computing history')!.click());
    expect(onExport.mock.calls).toEqual([['backstory-world-affairs'], ['computing-history']]);
  });

  test('the file picker states the limit, hands over the chosen file and clears itself', () => {
    const { onImportFile } = show();
    const input = root.querySelector('input[type=file]') as HTMLInputElement;
    expect(input.labels![0]!.textContent).toContain('Choose a pack file (JSON, up to 8 MB)');
    expect(input.accept).toBe('.json,application/json');
    const file = new File(['{}'], 'pack.json', { type: 'application/json' });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    act(() => void input.dispatchEvent(new Event('change', { bubbles: true })));
    expect(onImportFile).toHaveBeenCalledExactlyOnceWith(file);
    expect(input.value).toBe('');
  });

  test('a file dropped on the section is imported; dragging over it is shown and allowed', () => {
    const { onImportFile } = show();
    const section = root.querySelector('section')!;
    const file = new File(['{}'], 'dropped.json');
    const drag = (type: string) => {
      const event = new Event(type, { bubbles: true, cancelable: true });
      Object.defineProperty(event, 'dataTransfer', { value: { types: ['Files'], files: [file] } });
      act(() => void section.querySelector('h2')!.dispatchEvent(event));
      return event;
    };
    expect(drag('dragover').defaultPrevented).toBe(true);
    expect(section.classList.contains('dropping')).toBe(true);
    expect(drag('drop').defaultPrevented).toBe(true);
    expect(section.classList.contains('dropping')).toBe(false);
    expect(onImportFile).toHaveBeenCalledExactlyOnceWith(file);
  });

  test('dragging text (not a file) over the section is left to the browser', () => {
    show();
    const event = new Event('dragover', { bubbles: true, cancelable: true });
    Object.defineProperty(event, 'dataTransfer', { value: { types: ['text/plain'], files: [] } });
    act(() => void root.querySelector('section')!.dispatchEvent(event));
    expect(event.defaultPrevented).toBe(false);
  });

  test('a refused import lists every problem, says nothing changed, and how many more there are', () => {
    show({ importState: { status: 'refused', fileName: 'bad.json', problems: ['Entry "a", field reviewed: "2026-13-01" is not a date', 'Entry "b", field id: 2 entries share this id'], more: 3 } });
    const alert = root.querySelector('[role=alert]')!;
    expect(alert.textContent).toContain('“bad.json” was not imported. Nothing was changed. The 5 problems:');
    expect([...alert.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['Entry "a", field reviewed: "2026-13-01" is not a date', 'Entry "b", field id: 2 entries share this id']);
    expect(alert.textContent).toContain('…and 3 more problems.');
  });

  test('progress and success are announced politely; storage notices as alerts', () => {
    show({ importState: { status: 'working', fileName: 'p.json' }, notices: ['The pack "x" could not be read from storage (…), so it is left out.'] });
    expect(root.querySelector('[role=status]')!.textContent).toBe('Checking “p.json”…');
    expect(root.querySelector('.notice[role=alert]')!.textContent).toContain('could not be read from storage');
    act(() => render(<PacksSection packs={[bundled]} notices={[]} importState={{ status: 'imported', message: 'Imported “X”.' }} onImportFile={vi.fn()} onSetEnabled={vi.fn()} onRemove={vi.fn()} onExport={vi.fn()} />, root));
    expect(root.querySelector('[role=status]')!.textContent).toBe('Imported “X”.');
  });
});
