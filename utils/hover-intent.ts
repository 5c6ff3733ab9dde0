/**
 * Hover intent for cards: a card opens only after the pointer rests on a mark for `openDelayMs`,
 * survives the trip from the mark to the card (`closeGraceMs`), stays open while the pointer is
 * on the card, and closes at once on Escape or a click elsewhere. A pinned card stays open
 * whatever the pointer does, and while it is pinned no other mark opens a card: one card at a
 * time, the one the reader chose to keep, until they unpin or close it (Escape, the close button,
 * or a card chosen from the panel or the keyboard, which opens unpinned in its place). Timers are
 * injected so the state machine is tested without a browser.
 */

/** Timer functions, injectable for tests. */
export interface Timers {
  set: (fn: () => void, ms: number) => unknown;
  clear: (handle: unknown) => void;
}

export interface HoverIntentOptions<T> {
  openDelayMs: number;
  closeGraceMs: number;
  /** The pointer has just come to rest on a target (start fetching what the card needs). */
  onIntentStart?: (target: T) => void;
  /** The pointer left `target` before its card opened. */
  onIntentCancel?: (target: T) => void;
  onOpen: (target: T) => void;
  onClose: () => void;
  timers?: Timers;
}

const defaultTimers: Timers = {
  set: (fn, ms) => setTimeout(fn, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** The hover-intent state machine; `T` is whatever identifies a hover target. */
export class HoverIntent<T> {
  private pending: { target: T; timer: unknown } | null = null;
  private open: T | null = null;
  private closeTimer: unknown = null;
  private onCard = false;
  private isPinned = false;
  private readonly timers: Timers;

  constructor(private readonly options: HoverIntentOptions<T>) {
    this.timers = options.timers ?? defaultTimers;
  }

  /** The currently open target, if any. */
  get current(): T | null {
    return this.open;
  }

  /** The target whose hover delay is running, if any. */
  get pendingTarget(): T | null {
    return this.pending?.target ?? null;
  }

  /** Whether the open card is pinned. */
  get pinned(): boolean {
    return this.isPinned;
  }

  /** The pointer is now over `target` (a mark) or over nothing marked (null). */
  pointerOver(target: T | null): void {
    if (this.isPinned) return;
    if (target !== null && target === this.open) return this.cancelClose();
    if (target !== null && target === this.pending?.target) return;
    this.cancelPending();
    if (target === null) {
      if (this.open !== null && !this.onCard) this.scheduleClose();
      return;
    }
    this.options.onIntentStart?.(target);
    const timer = this.timers.set(() => {
      this.pending = null;
      this.cancelClose();
      this.open = target;
      this.options.onOpen(target);
    }, this.options.openDelayMs);
    this.pending = { target, timer };
  }

  /** The pointer entered or left the open card. */
  pointerOnCard(on: boolean): void {
    this.onCard = on;
    if (this.isPinned) return;
    if (on) this.cancelClose();
    else if (this.open !== null) this.scheduleClose();
  }

  /** Pin the open card (it stays open until closed or unpinned), or unpin it. */
  pin(on: boolean): void {
    if (this.open === null || on === this.isPinned) return;
    this.isPinned = on;
    // Unpinned, it waits for the pointer to leave (the card or the mark) as a hovered card does.
    this.cancelPending();
    this.cancelClose();
  }

  /**
   * The open target was replaced by an equal one (the marks were repainted): keep the card open
   * on the new one, pinned or not, without closing and reopening it.
   */
  retarget(target: T): void {
    // A pending target belongs to the marks as they were: the pointer's next move finds it again.
    this.cancelPending();
    if (this.open !== null) this.open = target;
  }

  /** Open `target` at once (chosen from the panel or by keyboard, not by hovering). */
  openNow(target: T): void {
    this.cancelPending();
    this.cancelClose();
    this.onCard = false;
    this.isPinned = false;
    this.open = target;
    this.options.onOpen(target);
  }

  /** Close now (Escape, click outside, the close button). */
  closeNow(): void {
    this.cancelPending();
    this.cancelClose();
    this.closeOpen();
  }

  private closeOpen(): void {
    this.onCard = false;
    this.isPinned = false;
    if (this.open === null) return;
    this.open = null;
    this.options.onClose();
  }

  private scheduleClose(): void {
    if (this.closeTimer !== null) return;
    // The grace ends: close the card, but not the intent on a mark the pointer has moved on to.
    this.closeTimer = this.timers.set(() => {
      this.closeTimer = null;
      this.closeOpen();
    }, this.options.closeGraceMs);
  }

  private cancelClose(): void {
    if (this.closeTimer === null) return;
    this.timers.clear(this.closeTimer);
    this.closeTimer = null;
  }

  private cancelPending(): void {
    if (!this.pending) return;
    const { target, timer } = this.pending;
    this.timers.clear(timer);
    this.pending = null;
    this.options.onIntentCancel?.(target);
  }
}
