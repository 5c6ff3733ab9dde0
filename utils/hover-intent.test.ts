import { beforeEach, describe, expect, test, vi } from 'vitest';
import { HoverIntent } from './hover-intent.ts';

describe('HoverIntent', () => {
  let events: string[];
  let intent: HoverIntent<string>;

  beforeEach(() => {
    vi.useFakeTimers();
    events = [];
    intent = new HoverIntent<string>({
      openDelayMs: 300,
      closeGraceMs: 200,
      onIntentStart: (t) => events.push(`start ${t}`),
      onIntentCancel: (t) => events.push(`cancel ${t}`),
      onOpen: (t) => events.push(`open ${t}`),
      onClose: () => events.push('close'),
    });
  });

  test('opens only after the pointer rests for the delay', () => {
    intent.pointerOver('putin');
    vi.advanceTimersByTime(299);
    expect(events).toEqual(['start putin']);
    vi.advanceTimersByTime(1);
    expect(events).toEqual(['start putin', 'open putin']);
    expect(intent.current).toBe('putin');
  });

  test('moving from an open card\'s mark to another within the grace period: the first closes, the other opens', () => {
    intent.pointerOver('putin');
    vi.advanceTimersByTime(300);
    intent.pointerOver(null);
    vi.advanceTimersByTime(100);
    intent.pointerOver('merkel');
    vi.advanceTimersByTime(300);
    expect(events).toEqual(['start putin', 'open putin', 'start merkel', 'close', 'open merkel']);
    expect(intent.current).toBe('merkel');
  });

  test('passing over a mark does not open it, and its prepared card is let go', () => {
    intent.pointerOver('putin');
    vi.advanceTimersByTime(100);
    expect(intent.pendingTarget).toBe('putin');
    intent.pointerOver(null);
    vi.advanceTimersByTime(1000);
    expect(events).toEqual(['start putin', 'cancel putin']);
    expect(intent.pendingTarget).toBe(null);
  });

  test('moving from one mark to another cancels the first intent before starting the next', () => {
    intent.pointerOver('putin');
    vi.advanceTimersByTime(100);
    intent.pointerOver('trump');
    vi.advanceTimersByTime(300);
    expect(events).toEqual(['start putin', 'cancel putin', 'start trump', 'open trump']);
    expect(intent.pendingTarget).toBe(null);
  });

  test('leaving closes after the grace period, unless the pointer reaches the card', () => {
    intent.pointerOver('putin');
    vi.advanceTimersByTime(300);
    intent.pointerOver(null);
    vi.advanceTimersByTime(150);
    intent.pointerOnCard(true);
    vi.advanceTimersByTime(1000);
    expect(intent.current).toBe('putin');
    intent.pointerOnCard(false);
    vi.advanceTimersByTime(200);
    expect(events.at(-1)).toBe('close');
    expect(intent.current).toBeNull();
  });

  test('moving to another mark switches cards after the delay', () => {
    intent.pointerOver('putin');
    vi.advanceTimersByTime(300);
    intent.pointerOver('trump');
    vi.advanceTimersByTime(300);
    expect(events).toEqual(['start putin', 'open putin', 'start trump', 'open trump']);
  });

  test('closeNow closes at once and cancels a pending open', () => {
    intent.pointerOver('putin');
    vi.advanceTimersByTime(300);
    intent.closeNow();
    expect(events.at(-1)).toBe('close');
    intent.pointerOver('trump');
    intent.closeNow();
    vi.advanceTimersByTime(1000);
    expect(events).toEqual(['start putin', 'open putin', 'close', 'start trump', 'cancel trump']);
  });

  test('openNow opens at once and hovering elsewhere then closes it after the grace', () => {
    intent.openNow('putin');
    expect(events).toEqual(['open putin']);
    intent.pointerOver(null);
    vi.advanceTimersByTime(200);
    expect(events).toEqual(['open putin', 'close']);
  });

  describe('pinned', () => {
    beforeEach(() => {
      intent.pointerOver('putin');
      vi.advanceTimersByTime(300);
      intent.pointerOnCard(true);
      intent.pin(true);
      events.length = 0;
    });

    test('stays open when the pointer leaves the card and the mark', () => {
      intent.pointerOnCard(false);
      intent.pointerOver(null);
      vi.advanceTimersByTime(5000);
      expect(events).toEqual([]);
      expect(intent.current).toBe('putin');
      expect(intent.pinned).toBe(true);
    });

    test('other marks open no card while it is pinned', () => {
      intent.pointerOnCard(false);
      intent.pointerOver('trump');
      vi.advanceTimersByTime(5000);
      expect(events).toEqual([]);
      expect(intent.current).toBe('putin');
    });

    test('unpinned, it closes once the pointer leaves, as a hovered card does', () => {
      intent.pin(false);
      expect(intent.pinned).toBe(false);
      vi.advanceTimersByTime(1000);
      expect(intent.current).toBe('putin');
      intent.pointerOnCard(false);
      vi.advanceTimersByTime(200);
      expect(events).toEqual(['close']);
    });

    test('closeNow (Escape, the close button) closes it and forgets the pin', () => {
      intent.closeNow();
      expect(events).toEqual(['close']);
      expect(intent.pinned).toBe(false);
      intent.pointerOver('trump');
      vi.advanceTimersByTime(300);
      expect(events).toEqual(['close', 'start trump', 'open trump']);
    });

    test('a card chosen from the panel or the keyboard replaces it, unpinned', () => {
      intent.openNow('trump');
      expect(events).toEqual(['open trump']);
      expect(intent.pinned).toBe(false);
    });

    test('retarget keeps it open and pinned on the repainted mark', () => {
      intent.retarget('putin again');
      expect(intent.current).toBe('putin again');
      expect(intent.pinned).toBe(true);
      expect(events).toEqual([]);
    });
  });

  test('nothing to pin when no card is open', () => {
    intent.pin(true);
    expect(intent.pinned).toBe(false);
  });
});
