// Deterministic fake secrets for rule samples and tests: token-shaped, never real. A seeded
// generator means no realistic credential is ever written out as a literal in this repository.

export const ALPHABETS = {
  hex: '0123456789abcdef',
  HEX: '0123456789ABCDEF',
  base62: '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz',
  base64: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/',
  base64url: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_',
  upperAlnum: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789',
  lowerAlnum: 'abcdefghijklmnopqrstuvwxyz0123456789',
} as const;

/** A small seeded PRNG (mulberry32): the same seed gives the same string on every run. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function seedOf(s: string | number): number {
  if (typeof s === 'number') return s;
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** `length` characters drawn from `alphabet` (a key of ALPHABETS or a literal alphabet). */
export function synth(alphabet: keyof typeof ALPHABETS | string, length: number, seed: string | number = 1): string {
  const chars = alphabet in ALPHABETS ? ALPHABETS[alphabet as keyof typeof ALPHABETS] : alphabet;
  const next = prng(seedOf(seed));
  let out = '';
  for (let i = 0; i < length; i++) out += chars[Math.floor(next() * chars.length)];
  return out;
}
