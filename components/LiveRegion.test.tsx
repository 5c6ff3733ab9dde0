// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { FIRST_DELAY_MS, LiveRegion, NEXT_DELAY_MS, type Announcement } from './LiveRegion.tsx';

describe('LiveRegion', () => {
  let container: HTMLElement;
  const region = () => container.querySelector<HTMLElement>('.bs-live')!;
  const say = (announcement: Announcement | null) => act(() => render(<LiveRegion announcement={announcement} />, container));

  beforeEach(() => {
    vi.useFakeTimers();
    container = document.createElement('div');
    document.body.append(container);
  });

  afterEach(() => {
    vi.useRealTimers();
    document.body.innerHTML = '';
  });

  test('a polite status region, present before it speaks', () => {
    say(null);
    expect(region().getAttribute('role')).toBe('status');
    expect(region().getAttribute('aria-live')).toBe('polite');
    expect(region().textContent).toBe('');
  });

  test('the first words wait until screen readers know the region; later ones follow quickly', () => {
    say({ text: 'Backstory marked 42 names on this page' });
    expect(region().textContent).toBe('');
    act(() => void vi.advanceTimersByTime(FIRST_DELAY_MS));
    expect(region().textContent).toBe('Backstory marked 42 names on this page');
    say({ text: 'Context panel opened' });
    expect(region().textContent).toBe('');
    act(() => void vi.advanceTimersByTime(NEXT_DELAY_MS));
    expect(region().textContent).toBe('Context panel opened');
  });

  test('the same words said twice are emptied in between, so they are spoken twice', () => {
    say({ text: 'Context panel opened' });
    act(() => void vi.advanceTimersByTime(FIRST_DELAY_MS));
    say({ text: 'Context panel opened' });
    expect(region().textContent).toBe('');
    act(() => void vi.advanceTimersByTime(NEXT_DELAY_MS));
    expect(region().textContent).toBe('Context panel opened');
  });

  test('a quick second announcement replaces the first before it is spoken', () => {
    say({ text: 'Card for Vladimir Putin opened' });
    say({ text: 'Card for Rex Tillerson opened' });
    act(() => void vi.advanceTimersByTime(FIRST_DELAY_MS));
    expect(region().textContent).toBe('Card for Rex Tillerson opened');
  });
});
