import { launchChromium } from '/tmp/me/tests/e2e/harness/chromium.ts';
import { serveStatic } from '/tmp/me/tests/e2e/harness/serve-static.ts';
const PROBE = `
  window.__bs = { dcl: null, marks: {} };
  document.addEventListener('DOMContentLoaded', () => { window.__bs.dcl = performance.now(); }, { once: true });
  new PerformanceObserver((list) => { for (const e of list.getEntries()) if (e.name.startsWith('backstory:')) (window.__bs.marks[e.name] ??= []).push(e.startTime); }).observe({ type: 'mark', buffered: true });
`;
const page = process.argv[2] ?? 'seed/source.html';
const root = process.argv[3] ?? '/tmp/me/tests/fixtures/pages';
const server = await serveStatic(root);
const builds = { end: await launchChromium('/tmp/build-end'), start: await launchChromium('/tmp/build-start') };
const out: Record<string, number[][]> = { end: [], start: [] };
for (let i = 0; i < 8; i++) for (const [name, h] of Object.entries(builds)) {
  const p = await h.newPage();
  await p.addInitScript(PROBE);
  await p.goto(`${server.origin}/${page}`);
  await new Promise((r) => setTimeout(r, 1200));
  const b = (await p.evaluate('window.__bs')) as { dcl: number; marks: Record<string, number[]> };
  const m = (k: string) => Math.round((b.marks['backstory:' + k]?.[0] ?? NaN) - b.dcl);
  out[name]!.push([m('start'), m('match-sent'), m('match-answered'), m('painted')]);
  await p.close();
}
const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
for (const [name, rows] of Object.entries(out)) console.log(name, ['start', 'sent', 'answered', 'painted'].map((k, j) => `${k}=${med(rows.map((r) => r[j]!))}`).join(' '), JSON.stringify(rows.map((r) => r[3])));
for (const h of Object.values(builds)) await h.close();
await server.close();
