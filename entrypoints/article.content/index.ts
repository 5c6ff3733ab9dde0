/**
 * The content script: read the article, ask the background for its mentions, paint them, and
 * open a card when the reader rests the pointer on one. It only wires core and utils together.
 */
import './highlights.css';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { extractArticle } from '../../core/extract-article.ts';
import type { CardModel } from '../../core/resolve-card.ts';
import { sendRequest } from '../../utils/messaging.ts';
import { canPaintHighlights, clearHighlights, paintActive, paintMentions, type PaintedMention } from '../../utils/paint-mentions.ts';
import { MentionHitTester } from '../../utils/hit-test.ts';
import { HoverIntent } from '../../utils/hover-intent.ts';
import { CardLayer } from '../../utils/card-layer.ts';
import { isRenderedHidden } from '../../utils/is-rendered-hidden.ts';

const OPEN_DELAY_MS = 300;
const CLOSE_GRACE_MS = 300;

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  cssInjectionMode: 'manifest',
  async main(ctx) {
    if (!canPaintHighlights() || !document.body) return;
    const article = extractArticle(document, location.href, { isHidden: isRenderedHidden });
    if (!article.isArticle) return;
    const answer = await sendRequest({ type: 'match', text: article.flat.text });
    if (!answer.ok || ctx.isInvalid || answer.mentions.length === 0) return;

    const painted = paintMentions(document, article.flat, answer.mentions);
    ctx.onInvalidated(clearHighlights);
    const hitTester = new MentionHitTester(article.flat, painted);
    const articleDate = article.metadata.published;
    const cards = new Map<string, Promise<CardModel | null>>();
    const cardFor = (id: string) => {
      let card = cards.get(id);
      if (!card) {
        card = sendRequest({ type: 'card', id, articleDate }).then((r) => (r.ok ? r.card : null));
        cards.set(id, card);
      }
      return card;
    };

    const layer: CardLayer = new CardLayer(ctx, {
      onPointerOnCard: (on) => intent.pointerOnCard(on),
      onAction: (action) => {
        if (action.type === 'close') intent.closeNow();
      },
    });
    const intent: HoverIntent<PaintedMention> = new HoverIntent<PaintedMention>({
      openDelayMs: OPEN_DELAY_MS,
      closeGraceMs: CLOSE_GRACE_MS,
      onIntentStart: (target) => void cardFor(target.mention.id),
      onOpen: async (target) => {
        const card = await cardFor(target.mention.id);
        if (!card || intent.current !== target || ctx.isInvalid) return;
        paintActive(target.range);
        await layer.show(card, target.range);
      },
      onClose: () => {
        paintActive(null);
        layer.hide();
      },
    });

    // Pointer moves are coalesced to one hit test per frame.
    let frame = 0;
    let last: PointerEvent | null = null;
    ctx.addEventListener(document, 'pointermove', (event) => {
      last = event;
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        if (!last || last.composedPath().includes(layer.host as EventTarget)) return;
        intent.pointerOver(hitTester.at(document, last.clientX, last.clientY));
      });
    }, { passive: true });
    ctx.addEventListener(document, 'keydown', (event) => {
      if (event.key === 'Escape' && intent.current) intent.closeNow();
    }, { capture: true });
    ctx.addEventListener(document, 'pointerdown', (event) => {
      if (intent.current && !event.composedPath().includes(layer.host as EventTarget)) intent.closeNow();
    }, { capture: true, passive: true });
  },
});
