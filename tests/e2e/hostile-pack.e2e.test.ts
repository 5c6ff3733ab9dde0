/**
 * Hostile pack text in real browsers. A pack whose every text field carries an XSS vector is
 * built into its own extension, loaded into Chromium and Firefox ESR, and every card is opened.
 * No script may run, no handler attach, nothing load, and links must stay http(s). The detector
 * is tested first: the same payloads put into a page directly must set it off.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseHTML } from 'linkedom';
import { stringify } from 'yaml';
import { launchChromium } from './harness/chromium.ts';
import { launchFirefox } from './harness/firefox.ts';
import { readShadowChromium, readShadowFirefox, type ShadowSnapshot } from './harness/read-closed-shadow.ts';
import { serveStatic, type LocalServer } from './harness/serve-static.ts';
import { CARD_HOST, waitFor } from './drivers.ts';
import { centreOfMark } from './page-probes.ts';
import { xssVectors } from '../fixtures/hostile/xss-vectors.ts';

const OUT = resolve('.output-hostile');
const SENTINEL = `window.xss = function () { window.__xssFired = (window.__xssFired || 0) + 1; };`;
const name = (i: number) => `Vector Alpha ${String(i).padStart(2, '0')}`;

let beacon: { origin: string; hits: string[]; close(): Promise<void> };
let pages: LocalServer;
let vectors: string[];
let work: string;

function startBeacon(): Promise<typeof beacon> {
  const hits: string[] = [];
  const server = http.createServer((req, res) => {
    hits.push(req.url ?? '');
    res.writeHead(204).end();
  });
  return new Promise((done) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      done({ origin: `http://127.0.0.1:${port}`, hits, close: () => new Promise((r) => server.close(() => r())) });
    }),
  );
}

/** One topic entry per vector, the vector in every text field a card shows. */
function writeHostilePack(dir: string) {
  vectors.forEach((v, i) => {
    const id = `hostile-${i}`;
    const entry = {
      id,
      kind: 'topic',
      name: `Hostile ${i} ${v}`.slice(0, 190),
      aliases: [{ text: name(i) }],
      summary: `Summary ${v}`,
      roles: [{ title: `Role ${v}`.slice(0, 190), from: '2014-01-01' }],
      facts: [{ date: '2020-01-01', text: `Fact ${v}`.slice(0, 390) }],
      perspectives: [
        { holder: `Holder ${v}`.slice(0, 190), view: `View ${v}`, sources: [{ title: `Title ${v}`.slice(0, 290), publisher: `Pub ${v}`.slice(0, 190), url: 'https://example.org/source' }] },
        { holder: 'A second holder', view: `Second ${v}`, sources: [{ title: 'Plain', publisher: 'Plain', url: 'https://example.org/plain' }] },
      ],
      established: `Established ${v}`,
      sources: [{ title: `Source ${v}`.slice(0, 290), publisher: 'Example', url: 'https://example.org/' }],
      reviewed: '2026-11-26',
      changelog: [{ date: '2026-11-26', change: `Change ${v}`.slice(0, 290) }],
    };
    mkdirSync(join(dir, 'topic'), { recursive: true });
    writeFileSync(join(dir, 'topic', `${id}.yaml`), stringify(entry));
  });
}

function articleHtml(): string {
  const paragraphs = vectors.map((_, i) => `<p>The report on ${name(i)} was discussed at length by officials, diplomats and analysts over several days of talks.</p>`);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Hostile</title><link rel="icon" href="data:,"></head>
<body><main><article><h1>Vectors</h1>${paragraphs.join('\n')}</article></main></body></html>`;
}

function controlHtml(): string {
  return `<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,"></head><body><div id="sink"></div>
<script>document.getElementById('sink').innerHTML = ${JSON.stringify(vectors.join('\n'))};</script></body></html>`;
}

/** What the card (inside our shadow root) holds that it must not. */
function dangers(snapshot: ShadowSnapshot): string[] {
  const { document } = parseHTML(`<!doctype html><html><body>${snapshot.html}</body></html>`);
  const card = document.querySelector('.bs-card');
  if (!card) return ['no card'];
  const found: string[] = [];
  for (const el of card.querySelectorAll('*')) {
    const tag = el.tagName.toLowerCase();
    if (['script', 'iframe', 'img', 'svg', 'math', 'object', 'embed', 'style', 'link', 'form', 'input', 'video', 'audio', 'template', 'meta', 'base'].includes(tag)) found.push(`<${tag}>`);
    for (const attr of el.attributes) {
      if (attr.name.startsWith('on')) found.push(`${tag}[${attr.name}]`);
      if (attr.name === 'style') found.push(`${tag}[style]`);
      if ((attr.name === 'href' || attr.name === 'src') && !/^https?:\/\//i.test(attr.value)) found.push(`${tag}[${attr.name}=${attr.value.slice(0, 30)}]`);
    }
  }
  return found;
}

beforeAll(async () => {
  beacon = await startBeacon();
  vectors = xssVectors(beacon.origin);
  work = mkdtempSync(join(tmpdir(), 'backstory-hostile-'));
  writeHostilePack(join(work, 'context'));
  mkdirSync(join(work, 'site'));
  writeFileSync(join(work, 'site', 'article.html'), articleHtml());
  writeFileSync(join(work, 'site', 'control.html'), controlHtml());
  pages = await serveStatic(join(work, 'site'));
  const env = { ...process.env, BACKSTORY_CONTEXT_DIR: join(work, 'context'), BACKSTORY_OUT_DIR: OUT };
  execFileSync('npx', ['tsx', 'scripts/build-pack.ts'], { env, stdio: 'pipe' });
  execFileSync('npx', ['wxt', 'build'], { env, stdio: 'pipe' });
  execFileSync('npx', ['wxt', 'build', '-b', 'firefox', '--mv3'], { env, stdio: 'pipe' });
}, 180_000);

afterAll(async () => {
  // Put the real bundled pack back for any later build.
  execFileSync('npx', ['tsx', 'scripts/build-pack.ts'], { stdio: 'pipe' });
  await pages?.close();
  await beacon?.close();
  rmSync(work, { recursive: true, force: true });
  rmSync(OUT, { recursive: true, force: true });
});

interface Tab {
  goto(url: string): Promise<unknown>;
  evaluate(expression: string): Promise<unknown>;
  mouse: { move(x: number, y: number): Promise<void> };
  keyboard: { press(key: 'Escape'): Promise<void> };
}

async function checkBrowser(open: () => Promise<Tab>, read: (tab: Tab) => Promise<ShadowSnapshot | null>) {
  // The detector fires on the same payloads put straight into a page.
  const control = await open();
  await control.goto(`${pages.origin}/control.html`);
  await waitFor('the detector to fire', async () => ({ fired: await control.evaluate('window.__xssFired || 0'), hits: beacon.hits.length }), (d) => (d.fired as number) > 0 && d.hits > 0, 10_000);
  beacon.hits.length = 0;

  const tab = await open();
  await tab.goto(`${pages.origin}/article.html`);
  for (let i = 0; i < vectors.length; i++) {
    const centre = (await waitFor(`mark ${i}`, () => tab.evaluate(centreOfMark(name(i))), (c) => c !== null, 10_000)) as { x: number; y: number };
    // Close the previous card first: it may cover the next mark.
    await tab.keyboard.press('Escape');
    await tab.mouse.move(3, 3);
    await tab.mouse.move(centre.x, centre.y);
    // Shown, not only rendered: a card is laid out hidden while the hover delay runs.
    const card = (await waitFor(`card ${i}`, () => read(tab), (s) => Boolean(s?.text.includes(`Hostile ${i} `)), 5_000))!;
    expect(dangers(card), `vector ${i}: ${vectors[i]}`).toEqual([]);
  }
  await new Promise((r) => setTimeout(r, 500));
  expect(await tab.evaluate('window.__xssFired || 0')).toBe(0);
  expect(beacon.hits).toEqual([]);
}

describe('a pack full of XSS vectors renders inert', () => {
  test('in Chromium', async () => {
    const h = await launchChromium(join(OUT, 'chrome-mv3'));
    try {
      await checkBrowser(
        async () => {
          const p = await h.newPage();
          await p.addInitScript(SENTINEL);
          return p as unknown as Tab;
        },
        (tab) => readShadowChromium(tab as never, CARD_HOST),
      );
      expect(h.pageErrors.filter((e) => e.source !== 'page')).toEqual([]);
    } finally {
      await h.close();
    }
  }, 240_000);

  test('in Firefox ESR', async () => {
    const h = await launchFirefox(join(OUT, 'firefox-mv3'));
    try {
      await checkBrowser(
        async () => {
          const p = await h.newPage();
          await p.evaluateOnNewDocument(SENTINEL);
          return p as unknown as Tab;
        },
        (tab) => readShadowFirefox(tab as never, CARD_HOST),
      );
    } finally {
      await h.close();
    }
  }, 240_000);
});
