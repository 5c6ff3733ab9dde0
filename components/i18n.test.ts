import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { t } from './i18n.ts';

const catalogue = JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')) as Record<string, { message: string; description?: string }>;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('the message catalogue', () => {
  test('t fills $1…$9 from the substitutions', () => {
    expect(t('welcomeHowNext', 'Alt+Shift+N')).toBe('Press Alt+Shift+N to move from one marked name to the next with the keyboard.');
  });

  test('every message has a description for translators', () => {
    const undescribed = Object.entries(catalogue).filter(([, m]) => !m.description?.trim()).map(([key]) => key);
    expect(undescribed).toEqual([]);
  });

  test('every message is used by the code or the manifest, so none is left behind', () => {
    const code = [...sources('components'), ...sources('entrypoints'), ...sources('utils'), 'wxt.config.ts'].map((p) => readFileSync(p, 'utf8')).join('\n');
    const unused = Object.keys(catalogue).filter((key) => !code.includes(`'${key}'`) && !code.includes(`__MSG_${key}__`));
    expect(unused).toEqual([]);
  });
});
