/**
 * `backstory extract | annotate | pack check`: the core, from the command line. The output
 * formats are contracts other tools read (see README "Command line"): keep their keys stable.
 */
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { articleBodyText, extractArticle } from '../core/extract-article.ts';
import { paragraphsOf } from '../core/flatten-text.ts';
import { compileMatchIndex, matchEntities } from '../core/match-entities.ts';
import { resolveCard } from '../core/resolve-card.ts';
import { isoDay } from '../core/partial-date.ts';
import type { ArticleMetadata } from '../core/article-metadata.ts';
import type { ContextEntry, ContextPack } from '../core/types.ts';
import { formatProblem, validatePack } from '../core/validate-pack.ts';
import { FILE_PROBLEM, parsePackJson } from '../core/pack-file.ts';
import type { Problem } from '../core/validate-entry.ts';
import { buildBundledPack } from './bundled-pack.ts';
import { packStatistics } from './pack-statistics.ts';

const USAGE = `usage:
  backstory extract [--jsonl] FILE...      the article in each HTML file, as JSON
  backstory annotate [--json] FILE         the entities recognised in a .txt or .html file
  backstory pack check [--json] [PATH]     validate entry sources (a folder) or a compiled pack (.json)`;

class UsageError extends Error {}

/** An article as the CLI reports it. */
interface ArticleRecord extends Omit<ArticleMetadata, 'canonicalUrl'> {
  file: string;
  canonicalUrl: string | null;
  isArticle: boolean;
  /** What the extension reads and marks: the headline, then the body (captions included). */
  text: string;
  /** The running text alone (no headline, no captions): what extraction is scored on. */
  body: string;
}

function readArticle(file: string): ArticleRecord {
  const source = readFileSync(file, 'utf8');
  if (!/\.html?$/i.test(file)) {
    // Plain text: the title on the first line, then one paragraph per line.
    const lines = source.replace(/\r\n?/g, '\n').split('\n');
    return {
      file,
      title: lines[0]?.trim() || null,
      byline: null,
      siteName: null,
      canonicalUrl: null,
      lang: null,
      published: null,
      isArticle: true,
      text: lines.map((l) => l.trim()).filter(Boolean).join('\n\n'),
      body: lines.slice(1).map((l) => l.trim()).filter(Boolean).join('\n\n'),
    };
  }
  const { document } = parseHTML(source);
  const article = extractArticle(document as unknown as Document);
  return {
    file,
    ...article.metadata,
    isArticle: article.isArticle,
    text: paragraphsOf(article.flat),
    body: articleBodyText(article).split('\n').join('\n\n'),
  };
}

function extract(args: string[]): number {
  const jsonl = args.includes('--jsonl');
  const files = args.filter((a) => a !== '--jsonl');
  if (files.length === 0) throw new UsageError('extract needs at least one HTML file');
  const records = files.map(readArticle);
  if (jsonl) for (const r of records) console.log(JSON.stringify(r));
  else console.log(JSON.stringify(records.length === 1 ? records[0] : records, null, 2));
  return 0;
}

function loadBundled(): ContextPack {
  const { pack, problems } = buildBundledPack();
  if (!pack) {
    for (const p of problems) console.error(formatProblem(p));
    throw new Error('the bundled pack has errors; run `backstory pack check`');
  }
  return pack;
}

function annotate(args: string[]): number {
  const json = args.includes('--json');
  const files = args.filter((a) => a !== '--json');
  if (files.length !== 1) throw new UsageError('annotate takes exactly one file');
  const article = readArticle(files[0]!);
  const pack = loadBundled();
  const byId = new Map<string, ContextEntry>(pack.entries.map((e) => [e.id, e]));
  const mentions = matchEntities(compileMatchIndex(pack.entries), article.text);
  const today = isoDay(new Date());
  const entities = [...new Set(mentions.map((m) => m.id))].map((id) => {
    const card = resolveCard(byId.get(id)!, { articleDate: article.published, today, nameOf: (r) => byId.get(r)?.name });
    return {
      id,
      name: card.name,
      kind: card.kind,
      summary: card.summary,
      mentions: mentions.filter((m) => m.id === id).length,
      rolesAtTheTime: card.rolesAtTheTime,
      rolesNow: card.rolesNow,
      since: card.since,
      perspectives: card.perspectives,
      established: card.established ?? null,
      sources: card.sources,
    };
  });
  const { text, ...metadata } = article;
  const result = {
    article: { ...metadata, length: text.length },
    mentions: mentions.map((m) => ({ start: m.start, end: m.end, text: text.slice(m.start, m.end), entity: m.id, rule: m.rule })),
    entities,
  };
  if (json) console.log(JSON.stringify(result, null, 2));
  else {
    for (const e of entities) console.log(`${e.kind.padEnd(12)} ${e.name} (${e.mentions}×)${e.perspectives.length ? `  [${e.perspectives.length} perspectives]` : ''}`);
    console.log(`${mentions.length} mentions of ${entities.length} entities`);
  }
  return 0;
}

function packCheck(args: string[]): number {
  const json = args.includes('--json');
  const paths = args.filter((a) => a !== '--json');
  if (paths.length > 1) throw new UsageError('pack check takes at most one path');
  const path = paths[0];
  const today = isoDay(new Date());
  let entries: ContextEntry[];
  let problems: Problem[];
  if (path && /\.json$/i.test(path)) {
    // The same reading as an import in the extension: nesting and prototype keys checked first.
    const parsed = parsePackJson(readFileSync(path, 'utf8'));
    if ('problems' in parsed) {
      problems = parsed.problems.map((p) => (p.entry === FILE_PROBLEM ? { ...p, entry: '(pack)', message: p.message.replace(/^The file/, path) } : p));
      entries = [];
    } else ({ entries, problems } = validatePack(parsed.value, today));
  } else {
    const built = buildBundledPack(path, today);
    problems = built.problems;
    entries = built.pack?.entries ?? [];
    if (!built.pack) {
      // Still count what could be read so the statistics say how far the pack got.
      entries = [];
    }
  }
  const stats = packStatistics(entries!, problems!);
  if (json) console.log(JSON.stringify({ ...stats, problems: problems!.map(formatProblem) }));
  else {
    for (const p of problems!) console.log(formatProblem(p));
    console.log(`${stats.entries} entries, ${stats.errors} errors, ${stats.warnings} warnings`);
  }
  return stats.errors > 0 ? 1 : 0;
}

/** Run the CLI; returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  try {
    const [command, ...rest] = argv;
    if (command === 'extract') return extract(rest);
    if (command === 'annotate') return annotate(rest);
    if (command === 'pack' && rest[0] === 'check') return packCheck(rest.slice(1));
    throw new UsageError(command ? `unknown command "${argv.join(' ')}"` : 'no command given');
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`backstory: ${error.message}\n${USAGE}`);
      return 2;
    }
    console.error(`backstory: ${(error as Error).message}`);
    return 1;
  }
}
