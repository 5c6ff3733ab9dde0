/**
 * Precision report: run the matcher over the article text of every page in the development
 * corpus and list every highlight (surface → entity) with its count and one example in context,
 * for a person to review. False highlights found here become regression tests in
 * tests/unit/false-highlights.test.ts.
 *
 *   npx tsx scripts/precision-report.ts [--json] [CORPUS_DIR]
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { extractArticle } from '../core/extract-article.ts';
import { compileMatchIndex, matchEntities } from '../core/match-entities.ts';
import { buildBundledPack } from '../cli/bundled-pack.ts';

const args = process.argv.slice(2);
const json = args.includes('--json');
const corpus = args.find((a) => !a.startsWith('--')) ?? '../shared/corpus/readability';

const { pack, problems } = buildBundledPack();
if (!pack) {
  console.error(`the bundled pack has ${problems.length} problems; run \`npx backstory pack check\``);
  process.exit(1);
}
const index = compileMatchIndex(pack.entries);

interface Row {
  surface: string;
  entity: string;
  rule: string;
  count: number;
  pages: Set<string>;
  example: string;
}
const rows = new Map<string, Row>();
let pages = 0;
let mentions = 0;
for (const slug of readdirSync(corpus).sort()) {
  const file = join(corpus, slug, 'source.html');
  if (!existsSync(file)) continue;
  const { document } = parseHTML(readFileSync(file, 'utf8'));
  const article = extractArticle(document as unknown as Document);
  if (!article.isArticle) continue;
  pages++;
  const text = article.flat.text;
  for (const m of matchEntities(index, text)) {
    mentions++;
    const surface = text.slice(m.start, m.end);
    const key = `${surface}\u0000${m.id}`;
    const row = rows.get(key) ?? { surface, entity: m.id, rule: m.rule, count: 0, pages: new Set(), example: '' };
    row.count++;
    row.pages.add(slug);
    if (!row.example) row.example = `${slug}: …${text.slice(Math.max(0, m.start - 50), m.end + 50).replace(/\s+/g, ' ')}…`;
    rows.set(key, row);
  }
}

const sorted = [...rows.values()].sort((a, b) => a.entity.localeCompare(b.entity) || b.count - a.count);
if (json) {
  console.log(JSON.stringify({ pages, mentions, highlights: sorted.map((r) => ({ ...r, pages: [...r.pages] })) }));
} else {
  console.log(`${mentions} highlights on ${pages} article pages, ${sorted.length} distinct (surface → entity):\n`);
  for (const r of sorted) console.log(`${r.entity.padEnd(34)} ${JSON.stringify(r.surface).padEnd(32)} ${String(r.count).padStart(4)}×  ${r.rule.padEnd(16)} ${r.example}`);
}
