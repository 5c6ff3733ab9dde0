/**
 * Backstory's UI on the page: one closed shadow root (created on first use through WXT's
 * shadow-root UI helper) holding a Preact tree with the card and the context panel. The card is
 * placed next to its mark with floating-ui and follows it while the page scrolls. Page CSS cannot
 * reach in; ours cannot leak out; the host is fixed and zero-sized so nothing on the page moves.
 * The root also holds a polite live region through which the session speaks to screen readers.
 */
import { render } from 'preact';
import { autoUpdate, computePosition, flip, offset, shift, size } from '@floating-ui/dom';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { CardModel } from '../core/resolve-card.ts';
import { defaultSectionState, type SectionState } from '../core/card-sections.ts';
import { BackstoryCard, type CardAction } from '../components/BackstoryCard.tsx';
import type { MarkReason } from '../components/WhyThis.tsx';
import { ContextPanel, type ContextPanelProps } from '../components/ContextPanel.tsx';
import { LiveRegion, type Announcement } from '../components/LiveRegion.tsx';
import overlayCss from '../components/card.css?inline';
import { clickBlockedBy, clickPoint } from './is-covered.ts';

/** What the layer reports back to the reader session. */
export interface OverlayEvents {
  onPointerOnCard: (on: boolean) => void;
  onCardAction: (action: CardAction) => void;
  /** Escape pressed inside our UI (keys do not reach the page from the shadow root). */
  onEscape: () => void;
}

export class OverlayLayer {
  private ui: ShadowRootContentScriptUi<void> | null = null;
  private stopFollowing: (() => void) | null = null;
  /**
   * The card in the layer; `shown: false` while it waits, rendered but hidden, for its hover
   * delay; `pinned` while the reader keeps it open.
   */
  private card: { model: CardModel; anchor: Range; reason: MarkReason; shown: boolean; pinned: boolean } | null = null;
  private panel: ContextPanelProps | null = null;
  private sections: SectionState = defaultSectionState();
  /** What the live region says now. */
  private announcement: Announcement | null = null;

  constructor(private readonly ctx: ContentScriptContext, private readonly events: OverlayEvents) {}

  /** The host element on the page, once created (to tell clicks on our UI from clicks outside). */
  get host(): HTMLElement | null {
    return this.ui?.shadowHost ?? null;
  }

  get panelOpen(): boolean {
    return this.panel !== null;
  }

  /**
   * Render and place the card for `anchor` while the hover delay runs, hidden, so that showing
   * it when the delay ends is one attribute change and the card is painted in the next frame.
   * Never replaces a card that is shown.
   */
  async prepareCard(model: CardModel, anchor: Range, reason: MarkReason): Promise<void> {
    if (this.card?.shown) return;
    this.card = { model, anchor, reason, shown: false, pinned: false };
    await this.renderAll();
  }

  /** Drop a prepared card whose mark the pointer left before the delay ended. */
  discardPreparedCard(anchor: Range): void {
    if (this.card && !this.card.shown && this.card.anchor === anchor) this.hideCard();
  }

  /** Show `card` next to `anchor` (the mark's range), saying why the mark was made. */
  async showCard(model: CardModel, anchor: Range, reason: MarkReason): Promise<void> {
    const layer = this.ui?.uiContainer.querySelector<HTMLElement>('.bs-layer');
    if (this.card && !this.card.shown && this.card.model === model && this.card.anchor === anchor && layer) {
      this.card.shown = true;
      layer.removeAttribute('data-prepared');
      return;
    }
    this.card = { model, anchor, reason, shown: true, pinned: false };
    await this.renderAll();
  }

  hideCard(): void {
    if (!this.card) return;
    this.card = null;
    void this.renderAll();
  }

  /** Show the open card as pinned or not. */
  setPinned(pinned: boolean): void {
    if (!this.card || this.card.pinned === pinned) return;
    this.card = { ...this.card, pinned };
    void this.renderAll();
  }

  /** Which card sections are open, for the open card and every card after. */
  setSections(sections: SectionState): void {
    this.sections = sections;
    if (this.card) void this.renderAll();
  }

  /** Say `text` to screen readers through the live region (created for it the first time). */
  async announce(text: string): Promise<void> {
    this.announcement = { text };
    await this.ensureUi();
    await this.renderAll();
  }

  /** Show the panel with these props (or update it), or hide it with null. */
  async setPanel(props: ContextPanelProps | null): Promise<void> {
    this.panel = props;
    await this.renderAll();
  }

  private theme: 'system' | 'light' | 'dark' = 'system';

  /** Light, dark, or follow the system (the stylesheet reads the host's data-theme). */
  setTheme(theme: 'system' | 'light' | 'dark'): void {
    this.theme = theme;
    if (theme === 'system') this.ui?.shadowHost.removeAttribute('data-theme');
    else this.ui?.shadowHost.setAttribute('data-theme', theme);
  }

  /** Move keyboard focus into the panel (its first button). */
  focusPanel(): void {
    this.ui?.uiContainer.querySelector<HTMLElement>('.bs-panel button, .bs-panel input')?.focus();
  }

  /** Move keyboard focus into the card. */
  focusCard(): void {
    this.ui?.uiContainer.querySelector<HTMLElement>('.bs-card .bs-close')?.focus();
  }

  /** Whether our UI was on top and visible where `event` clicked it (see utils/is-covered.ts). */
  private seenWhereClicked(event: MouseEvent): boolean {
    const host = this.host;
    if (!host) return false;
    const { x, y } = clickPoint(event);
    return clickBlockedBy(host, x, y) === null;
  }

  /** The UI being created: calls that come while it is (an announcement and a card) share it. */
  private creating: Promise<ShadowRootContentScriptUi<void>> | null = null;

  private async ensureUi(): Promise<ShadowRootContentScriptUi<void>> {
    if (this.ui) {
      // The page removed our host (it may own <html>'s children): put it back, UI and all.
      if (!this.ui.shadowHost.isConnected) this.ui.mount();
      return this.ui;
    }
    // Created once: two callers each creating it would leave a second host, with its listeners,
    // in the page for good.
    this.creating ??= this.createUi();
    return this.creating;
  }

  private async createUi(): Promise<ShadowRootContentScriptUi<void>> {
    const ui = await createShadowRootUi(this.ctx, {
      name: 'backstory-card',
      mode: 'closed',
      position: 'inline',
      anchor: 'html',
      append: 'last',
      css: overlayCss,
      isolateEvents: ['keydown', 'keyup', 'keypress'],
      onMount: () => undefined,
      onRemove: () => this.stopFollowing?.(),
    });
    ui.mount();
    const style = ui.shadowHost.style;
    style.setProperty('position', 'fixed', 'important');
    style.setProperty('inset', '0 auto auto 0', 'important');
    style.setProperty('width', '0', 'important');
    style.setProperty('height', '0', 'important');
    style.setProperty('z-index', '2147483647', 'important');
    this.ui = ui;
    this.setTheme(this.theme);
    return ui;
  }

  private async renderAll(): Promise<void> {
    if (!this.card && !this.panel && !this.ui) return;
    const ui = await this.ensureUi();
    this.stopFollowing?.();
    this.stopFollowing = null;
    const card = this.card;
    render(
      <div onKeyDown={(e) => e.key === 'Escape' && this.events.onEscape()}>
        <LiveRegion announcement={this.announcement} />
        {this.panel && <ContextPanel {...this.panel} />}
        {card && (
          <div class="bs-layer" onPointerEnter={() => this.events.onPointerOnCard(true)} onPointerLeave={() => this.events.onPointerOnCard(false)}>
            <BackstoryCard
              card={card.model}
              reason={card.reason}
              pinned={card.pinned}
              sections={this.sections}
              onAction={this.events.onCardAction}
              clickCounts={(e) => this.seenWhereClicked(e)}
            />
          </div>
        )}
      </div>,
      ui.uiContainer,
    );
    // Set here, not as a prop: showing a prepared card flips it without a render (see showCard).
    ui.uiContainer.querySelector('.bs-layer')?.toggleAttribute('data-prepared', card ? !card.shown : false);
    if (this.card) await this.follow(ui, this.card.anchor);
  }

  private async follow(ui: ShadowRootContentScriptUi<void>, anchor: Range): Promise<void> {
    const floating = ui.uiContainer.querySelector<HTMLElement>('.bs-card');
    if (!floating) return;
    const reference = {
      getBoundingClientRect: () => anchor.getBoundingClientRect(),
      getClientRects: () => anchor.getClientRects(),
      contextElement: anchor.startContainer.parentElement ?? undefined,
    };
    const place = () =>
      computePosition(reference, floating, {
        strategy: 'fixed',
        placement: 'bottom-start',
        middleware: [
          offset(6),
          flip({ padding: 8 }),
          shift({ padding: 8 }),
          // Never taller than the room on its side of the mark: the footer's controls stay on screen.
          size({
            padding: 8,
            apply: ({ availableHeight }) => {
              floating.style.maxHeight = `${Math.max(160, Math.min(480, Math.floor(availableHeight)))}px`;
            },
          }),
        ],
      }).then(({ x, y }) => {
        floating.style.left = `${x}px`;
        floating.style.top = `${y}px`;
      });
    await place();
    this.stopFollowing = autoUpdate(reference, floating, () => void place(), { animationFrame: false });
  }
}
