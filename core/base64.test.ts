import { expect, test } from 'vitest';
import { base64ToBytes, bytesToBase64 } from './base64.ts';

test('base64 round-trips every byte value, across chunk boundaries', () => {
  const bytes = Uint8Array.from({ length: 100_003 }, (_, k) => (k * 7919) & 0xff);
  const text = bytesToBase64(bytes);
  expect(text.slice(0, 8)).toBe(btoa(String.fromCharCode(...bytes.subarray(0, 6))));
  expect(base64ToBytes(text)).toEqual(bytes);
  expect(base64ToBytes(bytesToBase64(new Uint8Array()))).toEqual(new Uint8Array());
});
