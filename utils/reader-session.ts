/**
 * One page's Backstory session: read the article, ask the background for its mentions, paint
 * them, open cards on hover, drive the context panel, and read again what the page adds or
 * where it navigates. The content script creates it and forwards commands and settings to it.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ExtractedArticle } from '../core/extract-article.ts';
import { extractArticleInSlices } from './extract-in-slices.ts';
import { flattenText, isExcludedElement, type FlatText } from '../core/flatten-text.ts';
import type { EntitySummary, TabCommand } from '../core/messages.ts';
import type { CardModel } from '../core/resolve-card.ts';
import { defaultSettings, isActiveOn, type Settings } from '../core/settings.ts';
import { addCorrection, isCorrected, pageKey, type Correction } from '../core/corrections.ts';
import { isPaused, markState } from '../core/reader-controls.ts';
import type { MutedEntry } from '../core/mutes.ts';
import type { CardAction } from '../components/BackstoryCard.tsx';
import type { PanelAction, PanelEntity } from '../components/ContextPanel.tsx';
import { sendRequest } from './messaging.ts';
import { paintActive, type PaintedMention } from './paint-mentions.ts';
import { MarkedText, type PaintFilter } from './marked-text.ts';
import { HoverIntent } from './hover-intent.ts';
import { OverlayLayer } from './overlay-layer.tsx';
import { isRenderedHidden } from './is-rendered-hidden.ts';
import { markTiming } from './timing-marks.ts';
import { RescanScheduler, type RescanWork } from './rescan-scheduler.ts';
import { readSectionState, watchSectionState, writeSectionState } from './card-sections-store.ts';
import { defaultSectionState, type SectionState } from '../core/card-sections.ts';
import { shouldAnnounceCount } from '../core/announcements.ts';
import { cardOpenedMessage, hiddenMessage, markedNamesMessage, mutedEntityMessage, mutedKindMessage, panelMessage } from '../components/live-messages.ts';

const CLOSE_GRACE_MS = 300;
const FLASH_MS = 1200;

export class ReaderSession {
  private article!: ExtractedArticle;
  private readonly marks = new MarkedText();
  private entities = new Map<string, EntitySummary>();
  private readonly cards = new Map<string, Promise<CardModel | null>>();
  private outletCard: Promise<CardModel | null> | null = null;
  private readonly layer: OverlayLayer;
  private readonly intent: HoverIntent<PaintedMention>;
  private readonly rescans: RescanScheduler;
  /** Where keyboard focus was before we moved it into our UI, to give it back. */
  private returnFocus: HTMLElement | null = null;
  /** The reader's settings and corrections, from storage (defaults until `start` has them). */
  private settings: Settings = defaultSettings();
  private corrections: Correction[] = [];
  /** Ids of the entries the reader muted. */
  private muted = new Set<string>();
  private settingsChanged = false;
  private correctionsChanged = false;
  private mutesChanged = false;
  /** Wakes the session when "pause for today" ends, if the page is still open at midnight. */
  private pauseTimer: number | null = null;
  /** Set once the article is read and the stored settings are in. */
  private started = false;
  private pendingCommand: TabCommand | null = null;
  /** Which card sections the reader keeps open (a remembered preference, shared by every tab). */
  private sections: SectionState = defaultSectionState();
  private sectionsChanged = false;
  /** The count of marked names last announced on this page (null: none yet). */
  private announcedCount: number | null = null;

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
      onIntentStart: (target) => void this.prepareCard(target),
      onIntentCancel: (target) => this.layer.discardPreparedCard(target.range),
      onOpen: (target) => {
        markTiming('card-intent');
        void this.showCard(target);
      },
      onClose: () => {
        paintActive(null);
        this.layer.hideCard();
      },
    });
    this.rescans = new RescanScheduler((work) => void this.rescan(work));
    ctx.onInvalidated(() => {
      this.rescans.dispose();
      this.marks.clear();
    });
    void readSectionState().then((stored) => {
      if (!this.sectionsChanged) this.setSections(stored);
    });
    ctx.onInvalidated(watchSectionState((state) => this.setSections(state)));
  }

  /** Whether the reader's settings let Backstory read this site now (on, site allowed, not paused). */
  private get active(): boolean {
    return isActiveOn(this.settings, this.doc.location?.hostname ?? '') && !this.paused;
  }

  private get paused(): boolean {
    return isPaused(this.settings, Date.now());
  }

  private get filter(): PaintFilter {
    const url = this.doc.location?.href ?? '';
    return {
      recognised: (m, surface) => !isCorrected(this.corrections, url, m.id, surface),
      paint: (m) => markState(m, this.settings, this.muted) === 'marked',
      firstPerSection: this.settings.mentions === 'first-per-section',
    };
  }

  /** Read the page and mark what is recognised; returns whether an article was found. */
  async start(stored: Promise<{ settings: Settings; corrections: Correction[]; mutes: MutedEntry[] }>): Promise<boolean> {
    markTiming('start');
    this.article = await extractArticleInSlices(this.doc, this.doc.location?.href ?? null, { isHidden: isRenderedHidden });
    markTiming('detected');
    // Changes that arrived while storage was being read win over what was read.
    const read = await stored;
    if (!this.settingsChanged) this.settings = read.settings;
    if (!this.correctionsChanged) this.corrections = read.corrections;
    if (!this.mutesChanged) this.muted = new Set(read.mutes.map((m) => m.id));
    this.started = true;
    this.layer.setTheme(this.settings.theme);
    this.wakeAfterPause();
    if (this.article.isArticle && this.active) await this.scan(this.article.flat);
    // Every page reports, marked or not: the toolbar's "Run on this site" needs to know the site.
    else this.reportCount();
    this.listen();
    this.watchPage();
    if (this.pendingCommand) this.handleCommand(this.pendingCommand);
    this.pendingCommand = null;
    // The first reading is done, whether or not there was anything to mark.
    markTiming('ready');
    return this.article.isArticle;
  }

  /** The reader changed their settings (in the options page): follow them now. */
  async applySettings(settings: Settings): Promise<void> {
    this.settings = settings;
    this.settingsChanged = true;
    if (!this.started) return;
    this.layer.setTheme(settings.theme);
    this.wakeAfterPause();
    await this.followActive();
  }

  /** Clear everything when Backstory may not read here now; read (or repaint) when it may. */
  private async followActive(): Promise<void> {
    if (!this.active) {
      this.intent.closeNow();
      this.marks.clear();
      this.entities.clear();
      this.reportCount();
    } else if (!this.marks.isEmpty) {
      this.repaint();
    } else if (this.article.isArticle) {
      await this.scan(this.article.flat);
    }
    if (this.layer.panelOpen) await this.renderPanel();
  }

  /** The reader's wrong-match corrections changed (reported here or undone in the options). */
  applyCorrections(corrections: Correction[]): void {
    this.corrections = corrections;
    this.correctionsChanged = true;
    if (!this.started) return;
    if (!this.marks.isEmpty && this.active) this.repaint();
    if (this.layer.panelOpen) void this.renderPanel();
  }

  /** The reader muted or unmuted entries (from a card, or undone in the options). */
  applyMutes(mutes: MutedEntry[]): void {
    this.muted = new Set(mutes.map((m) => m.id));
    this.mutesChanged = true;
    if (!this.started) return;
    if (!this.marks.isEmpty && this.active) this.repaint();
    if (this.layer.panelOpen) void this.renderPanel();
  }

  /** While paused, set a timer for the end of the pause, so an open page comes back at midnight. */
  private wakeAfterPause(): void {
    if (this.pauseTimer !== null) clearTimeout(this.pauseTimer);
    this.pauseTimer = null;
    const until = this.settings.pausedUntil;
    if (until === null || !this.paused) return;
    // setTimeout holds at most 2^31-1 ms; a longer wait just wakes early and sets the timer again.
    const wait = Math.min(until - Date.now() + 100, 2 ** 31 - 1);
    this.pauseTimer = this.later(wait, () => {
      this.pauseTimer = null;
      this.wakeAfterPause();
      void this.followActive();
    });
  }

  /** Commands from the toolbar button and keyboard shortcuts. */
  handleCommand(command: TabCommand): void {
    // The toolbar button pressed while the page is still being read: answer it once it is.
    if (!this.started) {
      this.pendingCommand = command;
      return;
    }
    if (command.type === 'toggle-panel') void (this.layer.panelOpen ? this.closePanel() : this.openPanel());
    else if (command.type === 'next-mention') this.stepThroughMentions();
    // What is marked may differ now: read everything again, as after a client-side navigation.
    else if (command.type === 'packs-changed') this.rescans.navigated();
  }

  /** Match `flat` and add its mentions to the page's marks. */
  private async scan(flat: FlatText): Promise<void> {
    if (flat.text.trim() === '') return;
    markTiming('match-sent');
    const answer = await sendRequest({ type: 'match', text: flat.text });
    markTiming('match-answered');
    if (!answer.ok || this.ctx.isInvalid) return;
    for (const entity of answer.entities) this.entities.set(entity.id, entity);
    this.keepingOpenCard(() => this.marks.add(this.doc, flat, answer.mentions, this.filter));
    markTiming('painted');
    this.reportCount();
    // In a task of its own: the first count formatted in the reader's number format sets up ICU's
    // formatter (16–25 ms on cnn), and the live region is mounted on first use; in the same task
    // as the painting, that made one long task of 70–90 ms on cnn.
    this.later(0, () => this.announceCount());
  }

  /** Paint the mentions the reader's settings keep. */
  private repaint(): void {
    this.keepingOpenCard(() => this.marks.repaint(this.doc, this.filter));
    this.reportCount();
  }

  /**
   * Repaint with `paint`; the open card (pinned or not) stays open on its mention's new range
   * (painted or, opened from the panel, not), and closes only when the mention is gone (reported
   * as a wrong match, its text removed).
   */
  private keepingOpenCard(paint: () => void): void {
    const open = this.intent.current;
    paint();
    // A card about to open was for a mark as it was: let the pointer's next move find it again.
    if (!open) return this.intent.closeNow();
    const same = this.marks.recognised.find(
      (p) =>
        p.mention.id === open.mention.id &&
        p.range.compareBoundaryPoints(Range.START_TO_START, open.range) === 0 &&
        p.range.compareBoundaryPoints(Range.END_TO_END, open.range) === 0,
    );
    if (!same) return this.intent.closeNow();
    this.intent.retarget(same);
    paintActive(same.range);
  }

  /** How many distinct entities are marked (the badge's number). */
  private get markedCount(): number {
    return new Set(this.marks.painted.map((p) => p.mention.id)).size;
  }

  private reportCount(): void {
    void sendRequest({ type: 'badge', count: this.markedCount });
  }

  /** Marks are invisible to screen readers: say how many there are, once, and again only if that changes much. */
  private announceCount(): void {
    const count = this.markedCount;
    if (!shouldAnnounceCount(this.announcedCount, count)) return;
    this.announcedCount = count;
    const message = markedNamesMessage(count);
    // Mounting the live region is a task of its own too: after formatting, it made one of 50–75 ms.
    this.later(0, () => void this.layer.announce(message));
  }

  /**
   * Run `work` in a task of its own after `ms`, unless the script has been invalidated by then.
   * Not `ctx.setTimeout`: it adds a listener to the context's signal that stays until the page
   * goes, one per call, and a page that navigates in place announces again after every navigation.
   */
  private later(ms: number, work: () => void): number {
    return window.setTimeout(() => {
      if (!this.ctx.isInvalid) work();
    }, ms);
  }

  // Pages that change: client-side navigation and text added after load.

  private watchPage(): void {
    this.ctx.addEventListener(window, 'wxt:locationchange', () => this.rescans.navigated());
    const watchBody = (body: HTMLElement) => observer.observe(body, { childList: true, subtree: true, characterData: true });
    let body = this.doc.body;
    const observer = new MutationObserver((records) => {
      // A page that replaces its whole <body> has navigated, as far as its reader can tell.
      if (this.doc.body !== body && this.doc.body) {
        body = this.doc.body;
        watchBody(body);
        this.rescans.navigated();
        return;
      }
      const added: Node[] = [];
      for (const record of records) {
        if (record.target === this.doc.documentElement) continue;
        if (record.type === 'characterData') added.push(record.target);
        else for (const node of record.addedNodes) added.push(node);
      }
      if (added.length > 0) this.rescans.nodesAdded(added);
    });
    watchBody(body);
    observer.observe(this.doc.documentElement, { childList: true });
    this.ctx.onInvalidated(() => observer.disconnect());
  }

  private async rescan(work: RescanWork): Promise<void> {
    if (this.ctx.isInvalid) return;
    if (!this.active) {
      if (work.kind === 'full') this.reportCount();
      return;
    }
    if (work.kind === 'full') {
      this.intent.closeNow();
      this.announcedCount = null;
      this.marks.clear();
      this.entities.clear();
      this.cards.clear();
      this.outletCard = null;
      this.article = await extractArticleInSlices(this.doc, this.doc.location?.href ?? null, { isHidden: isRenderedHidden });
      if (this.article.isArticle) await this.scan(this.article.flat);
      else this.reportCount();
    } else {
      // Only text added inside the article, not hidden or furniture, and not read before.
      const roots = this.article.roots;
      const fresh = work.nodes.filter(
        (node) =>
          node.isConnected &&
          roots.some((root) => root.contains(node)) &&
          !this.insideExcluded(node) &&
          !this.marks.covers(this.doc, node),
      );
      // Elements only: frameworks add text inside elements; a bare text node edited in place
      // (a live counter) was read before and is skipped above.
      const elements = fresh.filter((node): node is Element => node.nodeType === Node.ELEMENT_NODE);
      const tops = elements.filter((el) => !elements.some((other) => other !== el && other.contains(el)));
      if (tops.length > 0) await this.scan(flattenText(tops, { isHidden: isRenderedHidden }));
    }
    if (this.layer.panelOpen) await this.renderPanel();
  }

  private insideExcluded(node: Node): boolean {
    for (let el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement; el && !this.article.roots.includes(el); el = el.parentElement) {
      if (isExcludedElement(el, { isHidden: isRenderedHidden })) return true;
    }
    return false;
  }

  // Cards.

  private cardFor(id: string): Promise<CardModel | null> {
    let card = this.cards.get(id);
    if (!card) {
      card = sendRequest({ type: 'card', id, articleDate: this.article.metadata.published }).then((r) => (r.ok ? r.card : null));
      this.cards.set(id, card);
    }
    return card;
  }

  /** While the hover delay runs: fetch the card and render it hidden, ready to show. */
  private async prepareCard(target: PaintedMention): Promise<void> {
    const card = await this.cardFor(target.mention.id);
    // The pointer may have moved on, or the card opened already, while the card was fetched.
    if (!card || this.intent.pendingTarget !== target || this.ctx.isInvalid) return;
    const { alias, rule } = target.mention;
    await this.layer.prepareCard(card, target.range, { surface: target.range.toString(), alias, rule });
  }

  private async showCard(target: PaintedMention): Promise<void> {
    const card = await this.cardFor(target.mention.id);
    if (!card || this.intent.current !== target || this.ctx.isInvalid) return;
    paintActive(target.range);
    const { alias, rule } = target.mention;
    await this.layer.showCard(card, target.range, { surface: target.range.toString(), alias, rule });
    markTiming('card-shown');
    requestAnimationFrame(() => markTiming('card-frame'));
  }

  private setSections(sections: SectionState): void {
    this.sections = sections;
    this.layer.setSections(sections);
  }

  private async onCardAction(action: CardAction): Promise<void> {
    if (action.type === 'close') return this.closeCard();
    if (action.type === 'pin') {
      this.intent.pin(action.pinned);
      this.layer.setPinned(this.intent.pinned);
      return;
    }
    if (action.type === 'section') {
      this.sectionsChanged = true;
      this.setSections({ ...this.sections, [action.id]: action.open });
      // Remembered for every card after, here and in other tabs: only the reader's own clicks count.
      if (action.trusted) await writeSectionState(this.sections);
      return;
    }
    const target = this.intent.current;
    if (!target) return;
    if (action.type === 'mute') return this.mute(target, action.scope);
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
    void this.layer.announce(hiddenMessage(surface, action.scope));
  }

  /** Stop marking the card's entry or its kind: stored by the background, applied here at once. */
  private async mute(target: PaintedMention, scope: 'entity' | 'kind'): Promise<void> {
    const { id, kind } = target.mention;
    let said: string | null = null;
    if (scope === 'entity') {
      const answer = await sendRequest({ type: 'mute-entity', id });
      if (answer.ok) this.muted = new Set([...this.muted, id]);
      if (answer.ok) said = mutedEntityMessage(this.entities.get(id)?.name ?? target.range.toString());
    } else {
      const answer = await sendRequest({ type: 'mute-kind', kind });
      if (answer.ok) this.settings = { ...this.settings, kinds: { ...this.settings.kinds, [kind]: false } };
      if (answer.ok) said = mutedKindMessage(kind);
    }
    this.closeCard();
    this.repaint();
    if (said) void this.layer.announce(said);
    if (this.layer.panelOpen) await this.renderPanel();
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
      if (frame || this.marks.isEmpty) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        if (!last || last.ours) return;
        this.intent.pointerOver(this.marks.at(this.doc, last.x, last.y));
      });
    }, { passive: true });
    this.ctx.addEventListener(this.doc, 'keydown', (event) => {
      // Keys inside our UI are handled there (OverlayLayer's onEscape), not twice.
      if (event.key === 'Escape' && this.intent.current && !this.isOurs(event)) this.closeCard();
    }, { capture: true });
    this.ctx.addEventListener(this.doc, 'pointerdown', (event) => {
      if (this.intent.current && !this.intent.pinned && !this.isOurs(event)) this.intent.closeNow();
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
    void this.layer.announce(panelMessage(true));
  }

  private async closePanel(): Promise<void> {
    await this.layer.setPanel(null);
    this.restoreFocus();
    void this.layer.announce(panelMessage(false));
  }

  private async renderPanel(): Promise<void> {
    this.outletCard ??= this.findOutlet();
    // Everything recognised is listed, marked or not: muted entries say so, and in panel-only
    // mode the panel is the only place they show.
    const counts = new Map<string, number>();
    for (const p of this.marks.recognised) counts.set(p.mention.id, (counts.get(p.mention.id) ?? 0) + 1);
    const entities: PanelEntity[] = [...this.entities.values()]
      .filter((e) => counts.has(e.id))
      .map((e) => {
        const state = markState(e, this.settings, this.muted);
        return { ...e, mentions: counts.get(e.id)!, muted: state === 'muted' || state === 'kind-off' };
      });
    await this.layer.setPanel({
      activeHere: this.active,
      paused: this.paused,
      panelOnly: this.settings.panelOnly,
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
    const mentions = this.marks.recognised.filter((p) => p.mention.id === action.id);
    if (mentions.length === 0) return;
    const current = this.intent.current;
    const at = current ? mentions.indexOf(current) : -1;
    const next = action.step === 0 || at < 0 ? 0 : (at + action.step + mentions.length) % mentions.length;
    await this.reveal(mentions[next]!);
    await this.announceCard(action.id);
  }

  /** A card opened from the panel or the keyboard, away from the pointer: say which. */
  private async announceCard(id: string): Promise<void> {
    const card = await this.cardFor(id);
    if (card) void this.layer.announce(cardOpenedMessage(card.name));
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
    const painted = this.marks.painted;
    if (painted.length === 0) return;
    const current = this.intent.current;
    const next = current ? (painted.indexOf(current) + 1) % painted.length : 0;
    this.rememberFocus();
    const target = painted[next]!;
    void this.reveal(target).then(() => {
      this.layer.focusCard();
      return this.announceCard(target.mention.id);
    });
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
