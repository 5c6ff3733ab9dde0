/**
 * The compiled match index as bytes, so a large pack's index can be built once (at build time)
 * and loaded without rebuilding: a small header, the strings as one JSON document, then the typed
 * arrays, each 4-byte aligned. Loading makes views onto the bytes for all but two arrays and
 * rebuilds the tables for the first two units. Little-endian, as every platform the extension
 * runs on.
 *
 * Layout: "BSMI", format (u32), JSON length (u32), JSON (UTF-8), padding, then per node the
 * distance to its first child and its number of children (i32 × nodes each: mostly 1 and 1, as
 * names are chains, so the file compresses well), unitOf (u16 × nodes), firstRecord (i32 × nodes),
 * then nextRecord, recordEntry (i32 × records) and recordRule (u8 × records).
 */
import type { EntryKind } from './types.ts';
import { contextKinds, rootTables, type MatchIndex } from './match-index.ts';
import { base64ToBytes, bytesToBase64 } from './base64.ts';

const MAGIC = 0x494d5342; // "BSMI", read little-endian
export const MATCH_INDEX_FILE_FORMAT = 3;

/** What the JSON part holds. */
interface Strings {
  nodeCount: number;
  recordCount: number;
  maxWords: number;
  ids: string[];
  kinds: EntryKind[];
  recordText: string[];
  recordWords: (string | null)[];
  recordContext: (number[] | null)[];
  contexts: string[];
}

const align4 = (n: number) => (n + 3) & ~3;

function arraysOf(index: MatchIndex): ArrayBufferView[] {
  const { nodeCount, firstChild, childEnd } = index;
  const toFirstChild = new Int32Array(nodeCount);
  const children = new Int32Array(nodeCount);
  for (let node = 0; node < nodeCount; node++) {
    children[node] = childEnd[node]! - firstChild[node]!;
    toFirstChild[node] = children[node] === 0 ? 0 : firstChild[node]! - node;
  }
  return [toFirstChild, children, index.unitOf, index.firstRecord, index.nextRecord, index.recordEntry, index.recordRule];
}

/** The index as bytes (`loadMatchIndex` reads them back). */
export function saveMatchIndex(index: MatchIndex): Uint8Array {
  const strings: Strings = {
    nodeCount: index.nodeCount,
    recordCount: index.recordEntry.length,
    maxWords: index.maxWords,
    ids: index.ids,
    kinds: index.kinds,
    recordText: index.recordText,
    recordWords: index.recordWords,
    recordContext: index.recordContext,
    contexts: index.contexts,
  };
  const json = new TextEncoder().encode(JSON.stringify(strings));
  const arrays = arraysOf(index);
  let size = align4(12 + json.length);
  for (const a of arrays) size += align4(a.byteLength);
  const bytes = new Uint8Array(size);
  const head = new DataView(bytes.buffer);
  head.setUint32(0, MAGIC, true);
  head.setUint32(4, MATCH_INDEX_FILE_FORMAT, true);
  head.setUint32(8, json.length, true);
  bytes.set(json, 12);
  let at = align4(12 + json.length);
  for (const a of arrays) {
    bytes.set(new Uint8Array(a.buffer, a.byteOffset, a.byteLength), at);
    at += align4(a.byteLength);
  }
  return bytes;
}

/** Read an index saved by `saveMatchIndex`; the arrays are views onto `bytes`. */
export function loadMatchIndex(bytes: Uint8Array): MatchIndex {
  // Views need 4-byte alignment in the underlying buffer.
  const data = bytes.byteOffset % 4 === 0 ? bytes : bytes.slice();
  const head = new DataView(data.buffer, data.byteOffset, data.byteLength);
  if (data.byteLength < 12 || head.getUint32(0, true) !== MAGIC) throw new Error('not a Backstory match index');
  const format = head.getUint32(4, true);
  if (format !== MATCH_INDEX_FILE_FORMAT) throw new Error(`match index format ${format}; this build reads ${MATCH_INDEX_FILE_FORMAT}`);
  const jsonLength = head.getUint32(8, true);
  const strings = JSON.parse(new TextDecoder().decode(data.subarray(12, 12 + jsonLength))) as Strings;
  let at = data.byteOffset + align4(12 + jsonLength);
  const take = <T>(make: (buffer: ArrayBufferLike, offset: number, length: number) => T, length: number, unit: number): T => {
    if (at + length * unit > data.byteOffset + data.byteLength) throw new Error('match index file is truncated');
    const view = make(data.buffer, at, length);
    at += align4(length * unit);
    return view;
  };
  const i32 = (length: number) => take((b, o, l) => new Int32Array(b, o, l), length, 4);
  const { nodeCount, recordCount } = strings;
  const toFirstChild = i32(nodeCount);
  const children = i32(nodeCount);
  const trie = { firstChild: new Int32Array(nodeCount), childEnd: new Int32Array(nodeCount), unitOf: take((b, o, l) => new Uint16Array(b, o, l), nodeCount, 2) };
  for (let node = 0; node < nodeCount; node++) {
    trie.firstChild[node] = node + toFirstChild[node]!;
    trie.childEnd[node] = trie.firstChild[node]! + children[node]!;
  }
  return {
    nodeCount,
    ...trie,
    ...rootTables(trie),
    firstRecord: i32(nodeCount),
    nextRecord: i32(recordCount),
    recordEntry: i32(recordCount),
    recordRule: take((b, o, l) => new Uint8Array(b, o, l), recordCount, 1),
    recordText: strings.recordText,
    recordWords: strings.recordWords,
    recordContext: strings.recordContext,
    contexts: strings.contexts,
    contextIsWord: contextKinds(strings.contexts),
    ids: strings.ids,
    kinds: strings.kinds,
    maxWords: strings.maxWords,
  };
}

/** The compiled index as `npm run pack:build` writes it for the worker to import: JSON, base64. */
export interface CompiledIndexFile {
  format: number;
  base64: string;
}

export function encodeCompiledIndex(index: MatchIndex): CompiledIndexFile {
  return { format: MATCH_INDEX_FILE_FORMAT, base64: bytesToBase64(saveMatchIndex(index)) };
}

/** The index in `file`, or undefined when it cannot be read (the caller then compiles the pack). */
export function decodeCompiledIndex(file: CompiledIndexFile | undefined): MatchIndex | undefined {
  try {
    return file ? loadMatchIndex(base64ToBytes(file.base64)) : undefined;
  } catch {
    return undefined;
  }
}
