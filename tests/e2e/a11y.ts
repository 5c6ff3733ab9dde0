/**
 * Accessibility checks with axe-core in a real browser. Our card and panel live in a closed
 * shadow root that axe (running in the page) cannot enter, so their markup and styles are cloned
 * into an open shadow root on the page, audited there, and the clone removed.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
/** axe-core's browser build, injected into the page under test. */
export const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2.x A and AA rules, plus best practices. */
const RUN_OPTIONS = { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } };

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

const SUMMARISE = `(result) => result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => JSON.stringify(n.target)) }))`;

/** Audit the current document. */
export function auditDocument(): string {
  return `(async () => {
    if (!window.axe) { ${AXE_SOURCE}\n }
    const result = await window.axe.run(document, ${JSON.stringify(RUN_OPTIONS)});
    return (${SUMMARISE})(result);
  })()`;
}

/**
 * Audit markup taken from our closed shadow root: it is placed in an open shadow root on the
 * page (the same styles come with it), audited in place, then removed.
 */
export function auditShadowClone(html: string): string {
  return `(async () => {
    if (!window.axe) { ${AXE_SOURCE}\n }
    const host = document.createElement('div');
    host.id = 'backstory-a11y-clone';
    document.documentElement.appendChild(host);
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = ${JSON.stringify(html)};
    try {
      const result = await window.axe.run({ include: [['#backstory-a11y-clone']] }, ${JSON.stringify({
        ...RUN_OPTIONS,
        // The clone is a fragment of a page, not a page: page-level rules do not apply to it.
        rules: { region: { enabled: false }, 'landmark-one-main': { enabled: false }, 'page-has-heading-one': { enabled: false } },
      })});
      return (${SUMMARISE})(result);
    } finally {
      host.remove();
    }
  })()`;
}
