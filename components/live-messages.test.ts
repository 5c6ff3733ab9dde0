import { describe, expect, test } from 'vitest';
import { cardOpenedMessage, hiddenMessage, markedNamesMessage, mutedEntityMessage, mutedKindMessage, panelMessage } from './live-messages.ts';

describe('live region messages', () => {
  test('the count message, singular and plural', () => {
    expect(markedNamesMessage(1)).toBe('Backstory marked 1 name on this page');
    expect(markedNamesMessage(42)).toBe('Backstory marked 42 names on this page');
    expect(markedNamesMessage(1200)).toBe('Backstory marked 1,200 names on this page');
  });

  test('what a wrong-match report, a mute, the panel and a card say', () => {
    expect(hiddenMessage('Putin', 'page')).toBe('“Putin” hidden on this page');
    expect(hiddenMessage('Putin', 'site')).toBe('“Putin” hidden on this site');
    expect(mutedEntityMessage('Vladimir Putin')).toBe('No more marks for Vladimir Putin');
    expect(mutedKindMessage('topic')).toBe('No more marks for contested topics');
    expect(panelMessage(true)).toBe('Context panel opened');
    expect(panelMessage(false)).toBe('Context panel closed');
    expect(cardOpenedMessage('Rex Tillerson')).toBe('Card for Rex Tillerson opened');
  });
});
