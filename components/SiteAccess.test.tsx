// @vitest-environment jsdom
import { afterEach, expect, test, vi } from 'vitest';
import { render } from 'preact';
import { SiteAccess, type SiteAccessProps } from './SiteAccess.tsx';

function mount(overrides: Partial<SiteAccessProps> = {}) {
  const props: SiteAccessProps = { access: { kind: 'none' }, refused: false, onAllowAll: vi.fn(), onOnlyChosen: vi.fn(), onRemoveSite: vi.fn(), ...overrides };
  const root = document.createElement('div');
  document.body.append(root);
  render(<SiteAccess {...props} />, root);
  const button = (name: string) => [...root.querySelectorAll('button')].find((b) => b.textContent === name);
  const status = () => root.querySelector('[role=status]')!.textContent;
  return { root, props, button, status };
}

afterEach(() => {
  document.body.innerHTML = '';
});

test('with no site granted it says a click on the button reads a page, and offers both choices', () => {
  const { button, status, props } = mount();
  expect(status()).toBe('Backstory reads no site by itself: click its toolbar button on an article to read that page.');
  expect(button('Read articles on every site')!.getAttribute('aria-pressed')).toBe('false');
  expect(button('Only on sites I choose')!.getAttribute('aria-pressed')).toBe('true');
  button('Read articles on every site')!.click();
  expect(props.onAllowAll).toHaveBeenCalledTimes(1);
});

test('every site granted: the first choice is pressed, and the other takes it back', () => {
  const { button, status, props } = mount({ access: { kind: 'all' } });
  expect(status()).toBe('Backstory reads articles on every site.');
  expect(button('Read articles on every site')!.getAttribute('aria-pressed')).toBe('true');
  button('Only on sites I choose')!.click();
  expect(props.onOnlyChosen).toHaveBeenCalledTimes(1);
});

test('sites granted one by one are listed, each with its own way to stop', () => {
  const { root, button, props } = mount({ access: { kind: 'sites', sites: ['example.com', 'theduran.com'] } });
  const list = root.querySelector('ul[aria-label="Sites Backstory reads"]')!;
  expect([...list.querySelectorAll('li > span')].map((s) => s.textContent)).toEqual(['example.com', 'theduran.com']);
  button('Stop reading theduran.com')!.click();
  expect(props.onRemoveSite).toHaveBeenCalledWith('theduran.com');
});

test('a refused prompt is said aloud; while the grants are read nothing is claimed', () => {
  expect(mount({ refused: true }).root.querySelector('[role=alert]')!.textContent).toBe('Your browser did not grant access, so nothing changed.');
  const loading = mount({ access: null });
  expect(loading.status()).toBe('');
  expect(loading.root.querySelector('ul')).toBeNull();
});
