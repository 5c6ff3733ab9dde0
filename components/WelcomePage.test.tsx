// @vitest-environment jsdom
import { expect, test, vi } from 'vitest';
import { render } from 'preact';
import { WelcomePage } from './WelcomePage.tsx';

test('the welcome page names the shortcuts, promises nothing leaves the computer, and opens the options', () => {
  const root = document.createElement('div');
  const onOpenOptions = vi.fn();
  render(<WelcomePage onOpenOptions={onOpenOptions} />, root);
  expect(root.textContent).toContain('Alt+Shift+B');
  expect(root.textContent).toContain('makes no network requests');
  root.querySelector('button')!.click();
  expect(onOpenOptions).toHaveBeenCalledTimes(1);
});
