// @vitest-environment jsdom
import { expect, test, vi } from 'vitest';
import { render } from 'preact';
import { WelcomePage } from './WelcomePage.tsx';

test('the welcome page asks where to read, names the shortcuts, promises nothing leaves the computer, and opens the options', () => {
  const root = document.createElement('div');
  const onOpenOptions = vi.fn();
  const onAllowAll = vi.fn();
  const access = { access: { kind: 'none' as const }, refused: false, onAllowAll, onOnlyChosen: vi.fn(), onRemoveSite: vi.fn() };
  render(<WelcomePage onOpenOptions={onOpenOptions} access={access} />, root);
  expect(root.textContent).toContain('Alt+Shift+B');
  expect(root.textContent).toContain('makes no network requests');
  const button = (name: string) => [...root.querySelectorAll('button')].find((b) => b.textContent === name)!;
  button('Read articles on every site').click();
  expect(onAllowAll).toHaveBeenCalledTimes(1);
  button('Choose where and what Backstory marks').click();
  expect(onOpenOptions).toHaveBeenCalledTimes(1);
});
