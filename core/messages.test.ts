import { describe, expect, test } from 'vitest';
import { parseRequest, parseTabCommand, MAX_MATCH_TEXT_CHARS } from './messages.ts';

describe('parseRequest', () => {
  test('accepts each well-formed request', () => {
    expect(parseRequest({ type: 'match', text: 'Putin' })).toEqual({ request: { type: 'match', text: 'Putin' } });
    expect(parseRequest({ type: 'card', id: 'vladimir-putin', articleDate: '2017-07-09' })).toHaveProperty('request');
    expect(parseRequest({ type: 'card', id: 'vladimir-putin', articleDate: null })).toHaveProperty('request');
    expect(parseRequest({ type: 'outlet', hostname: 'WWW.theduran.com' })).toEqual({ request: { type: 'outlet', hostname: 'www.theduran.com' } });
    expect(parseRequest({ type: 'badge', count: 58 })).toEqual({ request: { type: 'badge', count: 58 } });
    expect(parseRequest({ type: 'packs' })).toEqual({ request: { type: 'packs' } });
  });

  test.each([
    [null, 'a request must be an object'],
    [[], 'a request must be an object'],
    ['match', 'a request must be an object'],
    [{}, 'unknown request type undefined'],
    [{ type: 'setSettings', value: 1 }, 'unknown request type "setSettings"'],
    [{ type: 'match', text: 42 }, 'match.text must be a string'],
    [{ type: 'match', text: 'x', extra: 1 }, 'match takes only { type, text }'],
    [{ type: 'card', id: '', articleDate: null }, 'card.id must be an entry id'],
    [{ type: 'card', id: 'x', articleDate: '9 July 2017' }, 'card.articleDate must be YYYY-MM-DD or null'],
    [{ type: 'outlet', hostname: 7 }, 'outlet.hostname must be a hostname'],
    [{ type: 'badge', count: -1 }, 'badge.count must be a whole number'],
    [{ type: 'badge', count: 1.5 }, 'badge.count must be a whole number'],
    [{ type: 'packs', all: true }, 'packs takes only { type }'],
    [{ type: 'report-wrong-match', entityId: 'x', surface: 'X', scope: 'everywhere' }, 'report-wrong-match.scope must be page or site'],
    [{ type: 'report-wrong-match', entityId: '../x', surface: 'X', scope: 'page' }, 'report-wrong-match.entityId must be an entry id'],
  ])('refuses %j', (value, error) => {
    expect(parseRequest(value)).toEqual({ error });
  });

  test('refuses oversized text before matching it', () => {
    expect(parseRequest({ type: 'match', text: 'x'.repeat(MAX_MATCH_TEXT_CHARS + 1) })).toEqual({
      error: `match.text is over ${MAX_MATCH_TEXT_CHARS} characters`,
    });
  });
});

describe('parseTabCommand', () => {
  test('accepts the known commands only', () => {
    expect(parseTabCommand({ type: 'toggle-panel' })).toEqual({ type: 'toggle-panel' });
    expect(parseTabCommand({ type: 'next-mention' })).toEqual({ type: 'next-mention' });
    for (const value of [null, 'toggle-panel', { type: 'toggle-panel', extra: 1 }, { type: 'reset' }, { type: 7 }]) {
      expect(parseTabCommand(value)).toBeNull();
    }
  });
});
