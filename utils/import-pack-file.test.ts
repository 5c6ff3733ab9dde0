import { describe, expect, test, vi } from 'vitest';
import { importPackFile, type PackFile } from './import-pack-file.ts';
import type { PackInfo } from '../core/messages.ts';

const info: PackInfo = { id: 'p', name: 'Computing history', publisher: 'Example Society', version: '3', entries: 1200, enabled: true, bundled: false, importedAt: '2026-11-26T00:00:00Z', changelog: [] };

describe('importPackFile', () => {
  test('a 50 MB file is refused by its size: it is never read and never sent', async () => {
    const file: PackFile = { name: 'huge.json', size: 50 * 1024 * 1024, text: vi.fn(() => Promise.reject(new Error('must not be read'))) };
    const send = vi.fn();
    expect(await importPackFile(file, send)).toEqual({ status: 'refused', fileName: 'huge.json', problems: ['The file is 50 MB; a pack file may be at most 8 MB.'], more: 0 });
    expect(file.text).not.toHaveBeenCalled();
    expect(send).not.toHaveBeenCalled();
  });

  test('a file within the limit is read and its text handed to the worker', async () => {
    const send = vi.fn(async () => ({ ok: true as const, result: { imported: true as const, pack: info, replacedVersion: null } }));
    const state = await importPackFile({ name: 'p.json', size: 12, text: async () => '{"format":1}' }, send);
    expect(send).toHaveBeenCalledExactlyOnceWith('{"format":1}');
    expect(state).toEqual({ status: 'imported', message: 'Imported “Computing history” version 3, 1,200 entries, by Example Society. It is on.' });
  });

  test('an update says which version it replaced, and keeps a switched-off pack off', async () => {
    const send = async () => ({ ok: true as const, result: { imported: true as const, pack: { ...info, enabled: false }, replacedVersion: '2' } });
    expect(await importPackFile({ name: 'p.json', size: 12, text: async () => '{}' }, send)).toEqual({
      status: 'imported',
      message: 'Updated from version 2: “Computing history” version 3, 1,200 entries, by Example Society. It is off, as before.',
    });
  });

  test("the worker's refusal and its errors are shown as problems", async () => {
    const refused = async () => ({ ok: true as const, result: { imported: false as const, problems: ['Entry "a", field id: …'], more: 2 } });
    expect(await importPackFile({ name: 'bad.json', size: 5, text: async () => 'x' }, refused)).toEqual({ status: 'refused', fileName: 'bad.json', problems: ['Entry "a", field id: …'], more: 2 });
    const failed = async () => ({ ok: false as const, error: 'no answer from the background worker' });
    expect(await importPackFile({ name: 'p.json', size: 5, text: async () => 'x' }, failed)).toMatchObject({ problems: ['Backstory could not import it: no answer from the background worker'] });
  });
});
