/**
 * One page's Backstory session: read the article, ask the background for its mentions, paint
 * them, open cards on hover, and drive the context panel. The content script creates it and
 * forwards the toolbar's and shortcuts' commands to it.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { extractArticle, type ExtractedArticle } from '../core/extract-article.ts';
import { flattenText, type FlatText } from '../core/flatten-text.ts';
import type { EntitySummary, TabCommand } from '../core/messages.ts';
import type { Mention } from '../core/match-entities.ts';
import type { CardModel } from '../core/resolve-card.ts';
import type { PanelAction, PanelEntity } from '../components/ContextPanel.tsx';
import { sendRequest } from './messaging.ts';
import { clearHighlights, paintActive, paintMentions, type PaintedMention } from './paint-mentions.ts';
import { MentionHitTester } from './hit-test.ts';
import { HoverIntent } from './hover-intent.ts';
import { OverlayLayer } from './overlay-layer.tsx';
import { isRenderedHidden } from './is-rendered-hidden.ts';
import { markTiming } from './timing-marks.ts';
import { defaultSettings, isActiveOn, type Settings } from '../core/settings.ts';
import { firstMentionPerSection } from '../core/first-mentions.ts';
import { addCorrection, isCorrected, pageKey, type Correction } from '../core/corrections.ts';
import type { CardAction } from '../components/BackstoryCard.tsx';

const CLOSE_GRACE_MS = 300;
const HEADINGS = 'h1, h2, h3, h4, h5, h6';
const FLASH_MS = 1200;

export class ReaderSession {
  private article!: ExtractedArticle;
  private flat: FlatText = { text: '', segments: [] };
  /** Every mention the background found, before the reader's kind and mention filters. */
  private allMentions: Mention[] = [];
  private painted: PaintedMention[] = [];
  private entities: EntitySummary[] = [];
  private hitTester: MentionHitTester | null = null;
  private readonly cards = new Map<string, Promise<CardModel | null>>();
  private outletCard: Promise<CardModel | null> | null = null;
  private readonly layer: OverlayLayer;
  private readonly intent: HoverIntent<PaintedMention>;
  /** Where keyboard focus was before we moved it into our UI, to give it back. */
  private returnFocus: HTMLElement | null = null;

  /** The reader's settings and corrections, from storage (defaults until `start` has them). */
  private settings: Settings = defaultSettings();
  private corrections: Correction[] = [];
  private settingsChanged = false;
  private correctionsChanged = false;
  /** Set once the article is read and the stored settings are in. */
  private started = false;

  constructor(private readonly ctx: ContentScriptContext, private readonly doc: Document) {
    this.layer = new OverlayLayer(ctx, {
      onPointerOnCard: (on) => this.intent.pointerOnCard(on),
      onCardAction: (action) => void this.onCardAction(action),
      onEscape: () => (this.intent.current ? this.closeCard() : this.closePanel()),
    });
    const delay = () => this.settings.hoverDelayMs;
    this.intent = new HoverIntent<PaintedMention>({
      // Read at every hover so a changed setting applies at once.
      get openDelayMs() {
        return delay();
      },
      closeGraceMs: CLOSE_GRACE_MS,
      onIntentStart: (target) => void this.cardFor(target.mention.id),
      onOpen: (target) => {
        markTiming('card-intent');
        void this.showCard(target);
      },
      onClose: () => {
        paintActive(null);
        this.layer.hideCard();
      },
    });
  }

  /** Whether the reader's settings let Backstory read this site. */
  private get active(): boolean {
    return isActiveOn(this.settings, this.doc.location?.hostname ?? '');
  }

  /** Read the page and mark what is recognised; returns whether an article was found. */
  async start(stored: Promise<{ settings: Settings; corrections: Correction[] }>): Promise<boolean> {
    markTiming('start');
    this.article = extractArticle(this.doc, this.doc.location?.href ?? null, { isHidden: isRenderedHidden });
    // Changes that arrived while storage was being read win over what was read.
    const read = await stored;
    if (!this.settingsChanged) this.settings = read.settings;
    if (!this.correctionsChanged) this.corrections = read.corrections;
    this.started = true;
    this.layer.setTheme(this.settings.theme);
    if (this.article.isArticle && this.active) await this.scan(this.article.flat);
    this.listen();
    return this.article.isArticle;
  }

  /** The reader changed their settings (in the options page): follow them now. */
  async applySettings(settings: Settings): Promise<void> {
    this.settings = settings;
    this.settingsChanged = true;
    if (!this.started) return;
    this.layer.setTheme(settings.theme);
    if (!this.active) {
      this.intent.closeNow();
      this.painted = [];
      this.hitTester = null;
      clearHighlights();
      this.reportCount(0);
    } else if (this.allMentions.length > 0) {
      this.repaint();
    } else if (this.article.isArticle) {
      await this.scan(this.article.flat);
    }
    if (this.layer.panelOpen) await this.renderPanel();
  }

  /** Commands from the toolbar button and keyboard shortcuts. */
  handleCommand(command: TabCommand): void {
    if (!this.started) return;
    if (command.type === 'toggle-panel') void (this.layer.panelOpen ? this.closePanel() : this.openPanel());
    else if (command.type === 'next-mention') this.stepThroughMentions();
  }

  private async scan(flat: FlatText): Promise<void> {
    markTiming('match-sent');
    const answer = await sendRequest({ type: 'match', text: flat.text });
    markTiming('match-answered');
    if (!answer.ok || this.ctx.isInvalid) return;
    this.flat = flat;
    this.entities = answer.entities;
    this.allMentions = answer.mentions;
    this.repaint();
    this.ctx.onInvalidated(clearHighlights);
  }

  /** Paint the mentions the reader's settings keep. */
  private repaint(): void {
    this.intent.closeNow();
    clearHighlights();
    const url = this.doc.location?.href ?? '';
    let mentions = this.allMentions.filter(
      (m) => this.settings.kinds[m.kind] && !isCorrected(this.corrections, url, m.id, this.flat.text.slice(m.start, m.end)),
    );
    if (this.settings.mentions === 'first-per-section') mentions = firstMentionPerSection(mentions, this.sectionStarts());
    this.painted = paintMentions(this.doc, this.flat, mentions);
    this.hitTester = new MentionHitTester(this.flat, this.painted);
    markTiming('painted');
    this.reportCount(new Set(this.painted.map((p) => p.mention.id)).size);
  }

  /** Offsets where the article's sections begin: the start of each heading's text. */
  private sectionStarts(): number[] {
    const starts: number[] = [];
    let lastHeading: Element | null = null;
    for (const seg of this.flat.segments) {
      const heading = seg.node.parentElement?.closest(HEADINGS) ?? null;
      if (heading && heading !== lastHeading) starts.push(seg.start);
      lastHeading = heading;
    }
    return starts;
  }

  private reportCount(count: number): void {
    void sendRequest({ type: 'badge', count });
  }

  private cardFor(id: string): Promise<CardModel | null> {
    let card = this.cards.get(id);
    if (!card) {
      card = sendRequest({ type: 'card', id, articleDate: this.article.metadata.published }).then((r) => (r.ok ? r.card : null));
      this.cards.set(id, card);
    }
    return card;
  }

  private async showCard(target: PaintedMention): Promise<void> {
    const card = await this.cardFor(target.mention.id);
    if (!card || this.intent.current !== target || this.ctx.isInvalid) return;
    paintActive(target.range);
    const { alias, rule } = target.mention;
    await this.layer.showCard(card, target.range, { surface: target.range.toString(), alias, rule });
    markTiming('card-shown');
  }

  private async onCardAction(action: CardAction): Promise<void> {
    if (action.type === 'close') return this.closeCard();
    const target = this.intent.current;
    if (!target) return;
    const surface = target.range.toString();
    await sendRequest({ type: 'report-wrong-match', entityId: target.mention.id, surface, scope: action.scope });
    // Hide it at once; the stored correction keeps it hidden on the next visit.
    this.corrections = addCorrection(this.corrections, {
      scope: action.scope,
      where: action.scope === 'page' ? (pageKey(this.doc.location.href) ?? '') : this.doc.location.hostname,
      entityId: target.mention.id,
      surface,
      at: new Date().toISOString(),
    });
    this.closeCard();
    this.repaint();
  }

  /** The reader's wrong-match corrections changed (reported here or undone in the options). */
  applyCorrections(corrections: Correction[]): void {
    this.corrections = corrections;
    this.correctionsChanged = true;
    if (!this.started) return;
    if (this.allMentions.length > 0 && this.active) this.repaint();
  }

  private closeCard(): void {
    this.intent.closeNow();
    this.restoreFocus();
  }

  private listen(): void {
    // Pointer moves are coalesced to one hit test per frame. Whether the pointer is over our own
    // UI is decided at event time: composedPath() is empty once the event has been dispatched.
    let frame = 0;
    let last: { x: number; y: number; ours: boolean } | null = null;
    this.ctx.addEventListener(this.doc, 'pointermove', (event) => {
      last = { x: event.clientX, y: event.clientY, ours: this.isOurs(event) };
      if (frame || !this.hitTester) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        if (!last || !this.hitTester || last.ours) return;
        this.intent.pointerOver(this.hitTester.at(this.doc, last.x, last.y));
      });
    }, { passive: true });
    this.ctx.addEventListener(this.doc, 'keydown', (event) => {
      // Keys inside our UI are handled there (OverlayLayer's onEscape), not twice.
      if (event.key === 'Escape' && this.intent.current && !this.isOurs(event)) this.closeCard();
    }, { capture: true });
    this.ctx.addEventListener(this.doc, 'pointerdown', (event) => {
      if (this.intent.current && !this.isOurs(event)) this.intent.closeNow();
    }, { capture: true, passive: true });
  }

  private isOurs(event: Event): boolean {
    const host = this.layer.host;
    return host !== null && event.composedPath().includes(host);
  }

  // The context panel.

  private async openPanel(): Promise<void> {
    this.rememberFocus();
    await this.renderPanel();
    this.layer.focusPanel();
  }

  private async closePanel(): Promise<void> {
    await this.layer.setPanel(null);
    this.restoreFocus();
  }

  private async renderPanel(): Promise<void> {
    this.outletCard ??= this.findOutlet();
    const counts = new Map<string, number>();
    for (const p of this.painted) counts.set(p.mention.id, (counts.get(p.mention.id) ?? 0) + 1);
    const entities: PanelEntity[] = this.entities.filter((e) => counts.has(e.id)).map((e) => ({ ...e, mentions: counts.get(e.id)! }));
    await this.layer.setPanel({
      activeHere: this.active,
      isArticle: this.article.isArticle,
      metadata: this.article.metadata,
      outlet: await this.outletCard,
      entities,
      onAction: (action) => void this.onPanelAction(action),
    });
  }

  /** The publication: by the page's host, else by the canonical address it declares. */
  private async findOutlet(): Promise<CardModel | null> {
    const hosts = [this.doc.location?.hostname, hostOf(this.article.metadata.canonicalUrl)].filter((h): h is string => Boolean(h));
    for (const hostname of hosts) {
      const answer = await sendRequest({ type: 'outlet', hostname });
      if (answer.ok && answer.outlet) return this.cardFor(answer.outlet.id);
    }
    return null;
  }

  private async onPanelAction(action: PanelAction): Promise<void> {
    if (action.type === 'close') return this.closePanel();
    if (action.type === 'open-options') {
      void sendRequest({ type: 'open-options' });
      return;
    }
    if (action.type === 'scan-anyway') {
      const body = this.doc.body;
      if (body) await this.scan(flattenText([body], { isHidden: isRenderedHidden }));
      return this.renderPanel();
    }
    const mentions = this.painted.filter((p) => p.mention.id === action.id);
    if (mentions.length === 0) return;
    const current = this.intent.current;
    const at = current ? mentions.indexOf(current) : -1;
    const next = action.step === 0 || at < 0 ? 0 : (at + action.step + mentions.length) % mentions.length;
    await this.reveal(mentions[next]!);
  }

  /** Scroll a mention into view, flash it and open its card. */
  private async reveal(target: PaintedMention): Promise<void> {
    const reduceMotion = globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
    target.range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: reduceMotion ? 'auto' : 'smooth' });
    this.intent.openNow(target);
    setTimeout(() => {
      if (this.intent.current !== target) paintActive(null);
    }, FLASH_MS);
  }

  /** The keyboard route through the article: the next mention after the open one, with its card. */
  private stepThroughMentions(): void {
    if (this.painted.length === 0) return;
    const current = this.intent.current;
    const next = current ? (this.painted.indexOf(current) + 1) % this.painted.length : 0;
    this.rememberFocus();
    void this.reveal(this.painted[next]!).then(() => this.layer.focusCard());
  }

  private rememberFocus(): void {
    const active = this.doc.activeElement;
    if (active instanceof HTMLElement && active !== this.layer.host) this.returnFocus = active;
  }

  private restoreFocus(): void {
    this.returnFocus?.focus({ preventScroll: true });
    this.returnFocus = null;
  }
}

function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname;
  } catch {
    return null;
  }
}
