/**
 * The options page's side of an import: refuse a file by its size before reading a byte of it,
 * then read it and hand the text to the worker, which checks it in full and stores it.
 */
import { checkPackFileSize } from '../core/pack-file.ts';
import type { Response } from '../core/messages.ts';
import type { ImportState } from '../components/PacksSection.tsx';
import { t, tCount } from '../components/i18n.ts';

/** What is used of a `File`. */
export type PackFile = Pick<File, 'name' | 'size' | 'text'>;

export async function importPackFile(file: PackFile, send: (text: string) => Promise<Response<'import-pack'>>): Promise<ImportState> {
  const refused = (problems: string[]): ImportState => ({ status: 'refused', fileName: file.name, problems, more: 0 });
  const tooBig = checkPackFileSize(file.size);
  if (tooBig) return refused([tooBig]);
  let text: string;
  try {
    text = await file.text();
  } catch (error) {
    return refused([t('packsUnreadableFile', (error as Error).message)]);
  }
  const answer = await send(text);
  if (!answer.ok) return refused([t('packsWorkerFailed', answer.error)]);
  const { result } = answer;
  if (!result.imported) return { status: 'refused', fileName: file.name, problems: result.problems, more: result.more };
  const { pack, replacedVersion } = result;
  const entries = tCount(pack.entries, 'packsEntriesOne', 'packsEntriesMany');
  const state = pack.enabled ? t('packsNowOn') : t('packsStillOff');
  const message =
    replacedVersion === null
      ? t('packsImported', pack.name, pack.version, entries, pack.publisher, state)
      : t('packsUpdated', replacedVersion, pack.name, pack.version, entries, pack.publisher, state);
  return { status: 'imported', message };
}
