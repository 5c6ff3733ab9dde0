import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

// The CLI's output formats are contracts that checks outside the repo read: run the real command.
const BIN = 'bin/backstory.mjs';
const run = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });
const json = (...args: string[]) => JSON.parse(execFileSync(process.execPath, [BIN, ...args], { encoding: 'utf8' }));

describe('backstory extract', () => {
  test('prints the article and its metadata with the contract keys', () => {
    const article = json('extract', 'tests/fixtures/pages/seed/source.html');
    expect(article).toMatchObject({
      file: 'tests/fixtures/pages/seed/source.html',
      title: 'Summing up the Trump-Putin meeting: good bonding; limited progress on Syria, Ukraine and cyber security',
      byline: 'Alexander Mercouris',
      siteName: 'The Duran',
      published: '2017-07-09',
      lang: 'en',
    });
    expect(article.text).toContain('The single most important fact about the Trump-Putin meeting');
    expect(article.text).toMatch(/\n\n/);
  });

  test('--jsonl prints one object per line', () => {
    const out = run('extract', '--jsonl', 'tests/fixtures/pages/seed/source.html', 'tests/fixtures/pages/seed/source.html');
    const lines = out.stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(JSON.parse(lines[1]!).siteName).toBe('The Duran');
  });

  test('usage errors exit 2 with a message', () => {
    const out = run('extract');
    expect(out.status).toBe(2);
    expect(out.stderr).toContain('extract needs at least one HTML file');
  });
});

describe('backstory annotate', () => {
  test('lists mentions with offsets into the article text, and entities with perspectives', () => {
    const result = json('annotate', '--json', '../shared/fixtures/seed-article.txt');
    expect(Object.keys(result)).toEqual(['article', 'mentions', 'entities']);
    const putin = result.entities.find((e: { id: string }) => e.id === 'vladimir-putin');
    expect(putin).toMatchObject({ name: 'Vladimir Putin', kind: 'person' });
    expect(typeof putin.summary).toBe('string');
    const maidan = result.entities.find((e: { id: string }) => e.id === 'euromaidan');
    expect(maidan.perspectives.length).toBeGreaterThanOrEqual(2);
    for (const m of result.mentions) {
      expect(Object.keys(m)).toEqual(expect.arrayContaining(['start', 'end', 'text', 'entity']));
      expect(m.end).toBeGreaterThan(m.start);
    }
  });
});

describe('backstory pack check', () => {
  test('--json prints the statistics keys for the bundled sources', () => {
    const stats = json('pack', 'check', '--json');
    for (const key of ['entries', 'byKind', 'contested', 'withPerspectives', 'perspectives', 'sources', 'aliases', 'errors', 'warnings']) {
      expect(stats, key).toHaveProperty(key);
    }
    expect(stats.errors).toBe(0);
    expect(stats.entries).toBeGreaterThan(60);
  });

  test('a malformed pack fails with a precise message per problem', () => {
    const dir = mkdtempSync(join(tmpdir(), 'backstory-pack-'));
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify({ format: 1, id: 'bad', name: 'Bad', publisher: 'Bad', version: '1', changelog: [], entries: [{ id: 'x', kind: 'person', name: 'X', aliases: [], summary: 'S', sources: [], reviewed: '2026-13-01' }] }));
    const out = run('pack', 'check', file);
    expect(out.status).toBe(1);
    expect(out.stdout).toContain('error x aliases: needs at least one alias');
    expect(out.stdout).toContain('error x sources: needs at least one source');
    expect(out.stdout).toContain('error x reviewed: "2026-13-01" is not a date');
    expect(out.stdout).toContain('error x changelog: needs at least one item');
  });

  test('a file that is not JSON is refused, not crashed on', () => {
    const dir = mkdtempSync(join(tmpdir(), 'backstory-pack-'));
    const file = join(dir, 'broken.json');
    writeFileSync(file, '{ "format": 1, ');
    const out = run('pack', 'check', file);
    expect(out.status).toBe(1);
    expect(out.stdout).toMatch(/broken\.json is not valid JSON/);
  });
});
