/**
 * Base64 for binary data carried in JSON (the compiled match index the build bundles). Uses the
 * platform's `Uint8Array.fromBase64` where there is one, else `atob`.
 */

type WithBase64 = { fromBase64?: (text: string) => Uint8Array };

export function base64ToBytes(text: string): Uint8Array {
  const native = (Uint8Array as unknown as WithBase64).fromBase64;
  if (native) return native(text);
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

const CHUNK = 0x8000;

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let at = 0; at < bytes.length; at += CHUNK) binary += String.fromCharCode(...bytes.subarray(at, at + CHUNK));
  return btoa(binary);
}
