/**
 * The card's place on the page: one closed shadow root (created on first use, through WXT's
 * shadow-root UI helper) holding a Preact tree, positioned next to the mark with floating-ui and
 * kept there while the page scrolls. Page CSS cannot reach in; ours cannot leak out.
 */
import { h, render } from 'preact';
import { autoUpdate, computePosition, flip, offset, shift } from '@floating-ui/dom';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { CardModel } from '../core/resolve-card.ts';
import { BackstoryCard, type CardAction } from '../components/BackstoryCard.tsx';
import cardCss from '../components/card.css?inline';

/** What the layer reports back to the hover logic. */
export interface CardLayerEvents {
  onPointerOnCard: (on: boolean) => void;
  onAction: (action: CardAction) => void;
}

export class CardLayer {
  private ui: ShadowRootContentScriptUi<void> | null = null;
  private stopFollowing: (() => void) | null = null;

  constructor(private readonly ctx: ContentScriptContext, private readonly events: CardLayerEvents) {}

  /** The host element on the page, once created (to tell clicks on the card from clicks outside). */
  get host(): HTMLElement | null {
    return this.ui?.shadowHost ?? null;
  }

  private async ensureUi(): Promise<ShadowRootContentScriptUi<void>> {
    if (this.ui) return this.ui;
    this.ui = await createShadowRootUi(this.ctx, {
      name: 'backstory-card',
      mode: 'closed',
      position: 'inline',
      anchor: 'html',
      append: 'last',
      css: cardCss,
      isolateEvents: ['keydown', 'keyup', 'keypress'],
      onMount: () => undefined,
      onRemove: () => {
        this.stopFollowing?.();
      },
    });
    this.ui.mount();
    // A fixed, zero-size host: nothing on the page moves when the card appears.
    const style = this.ui.shadowHost.style;
    style.setProperty('position', 'fixed', 'important');
    style.setProperty('inset', '0 auto auto 0', 'important');
    style.setProperty('width', '0', 'important');
    style.setProperty('height', '0', 'important');
    style.setProperty('z-index', '2147483647', 'important');
    return this.ui;
  }

  /** Show `card` next to `anchor` (the mark's range). */
  async show(card: CardModel, anchor: Range): Promise<void> {
    const ui = await this.ensureUi();
    this.stopFollowing?.();
    render(
      h(
        'div',
        {
          class: 'bs-layer',
          onPointerEnter: () => this.events.onPointerOnCard(true),
          onPointerLeave: () => this.events.onPointerOnCard(false),
        },
        h(BackstoryCard, { card, onAction: this.events.onAction }),
      ),
      ui.uiContainer,
    );
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
        middleware: [offset(6), flip({ padding: 8 }), shift({ padding: 8 })],
      }).then(({ x, y }) => {
        floating.style.left = `${x}px`;
        floating.style.top = `${y}px`;
      });
    await place();
    this.stopFollowing = autoUpdate(reference, floating, () => void place(), { animationFrame: false });
  }

  /** Hide the card (the host stays for the next one). */
  hide(): void {
    this.stopFollowing?.();
    this.stopFollowing = null;
    if (this.ui) render(null, this.ui.uiContainer);
  }
}
