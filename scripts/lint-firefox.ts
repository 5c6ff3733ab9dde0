/**
 * `web-ext lint` (Mozilla's addons-linter, what addons.mozilla.org runs on upload) over the
 * Firefox build, with warnings as failures.
 *
 *   npm run lint:firefox            (after `npm run build` or `npm run build:firefox`)
 *
 * addons-linter cannot be told to skip a rule (it turns inline ESLint comments off), and two of
 * its warnings are about code of libraries we bundle, not ours: the linter flags every assignment
 * of a non-literal to `innerHTML`, and both Preact (how it applies `dangerouslySetInnerHTML`) and
 * DOMPurify (how it parses markup, into an inert document that never renders) contain one. Both
 * are reviewed below, each recognised by the exact code the linter points at, not by file or rule
 * alone: an `innerHTML` assignment anywhere else, any other warning, notice or error, and a
 * reviewed finding that no longer occurs (so the list cannot go stale) all fail the run.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const SOURCE_DIR = '.output/firefox-mv3';

interface LintMessage {
  code: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
}

interface LintReport {
  summary: { errors: number; notices: number; warnings: number };
  errors: LintMessage[];
  notices: LintMessage[];
  warnings: LintMessage[];
}

interface ReviewedFinding {
  code: string;
  /** The code from the reported column on (the linter points at the member expression) starts like this. */
  at: RegExp;
  why: string;
}

const REVIEWED: ReviewedFinding[] = [
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    // Preact's diff, minified: `e.innerHTML=u.__html` (the linter points at `.innerHTML`).
    at: /^\.innerHTML=\w+\.__html\b/,
    why:
      "Preact applies `dangerouslySetInnerHTML` here. Our only use is components/Markup.tsx, whose HTML always comes from utils/sanitize.ts (DOMPurify, inline tags and http(s) links only); the copy the extension's own pages share (options, welcome) never receives any.",
  },
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    // DOMPurify's _initDocument fallback, minified: `t.documentElement.innerHTML=tt?ee:i`.
    at: /^\.documentElement\.innerHTML=/,
    why: 'DOMPurify parses the markup it is about to clean into a document created for the purpose (never rendered, scripts inert) when DOMParser is unavailable.',
  },
];

/** The code at a 1-based line and 0-based column of a file in the build. */
function codeAt(file: string, line: number, column: number): string {
  const text = readFileSync(join(SOURCE_DIR, file), 'utf8').split('\n')[line - 1] ?? '';
  return text.slice(column, column + 120);
}

function lint(): LintReport {
  const run = spawnSync('npx', ['--no-install', 'web-ext', 'lint', '--source-dir', SOURCE_DIR, '--output', 'json', '--warnings-as-errors', '--no-config-discovery'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  try {
    return JSON.parse(run.stdout) as LintReport;
  } catch {
    throw new Error(`web-ext lint gave no JSON report (exit ${run.status}):\n${run.stdout}\n${run.stderr}`);
  }
}

const report = lint();
const findings = [
  ...report.errors.map((m) => ({ ...m, level: 'error' })),
  ...report.warnings.map((m) => ({ ...m, level: 'warning' })),
  ...report.notices.map((m) => ({ ...m, level: 'notice' })),
];
const used = new Set<ReviewedFinding>();
const failures: string[] = [];
for (const finding of findings) {
  const where = finding.file ? `${finding.file}${finding.line ? `:${finding.line}:${finding.column ?? 0}` : ''}` : '(manifest)';
  const code = finding.file && finding.line ? codeAt(finding.file, finding.line, finding.column ?? 0) : '';
  const reviewed = finding.level === 'warning' ? REVIEWED.find((r) => r.code === finding.code && r.at.test(code)) : undefined;
  if (reviewed) {
    used.add(reviewed);
    console.log(`reviewed  ${finding.code} ${where}: ${reviewed.why}`);
  } else {
    failures.push(`${finding.level} ${finding.code} ${where}: ${finding.message}${code ? `\n    at: ${code}` : ''}`);
  }
}
for (const r of REVIEWED) if (!used.has(r)) failures.push(`stale review: no ${r.code} matches ${r.at}; remove it from scripts/lint-firefox.ts`);

const reviewedCount = findings.length - failures.filter((f) => !f.startsWith('stale')).length;
console.log(`web-ext lint ${SOURCE_DIR}: ${report.summary.errors} errors, ${report.summary.warnings} warnings (${reviewedCount} of them reviewed library code), ${report.summary.notices} notices`);
if (failures.length > 0) {
  console.error(failures.join('\n'));
  process.exit(1);
}
