// Judges whether a string looks like a randomly generated key (stub; replaced by the
// randomness model).

export function looksRandom(value: string): boolean {
  if (value.length < 16) return false;
  const counts = new Map<string, number>();
  for (const ch of value) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let h = 0;
  for (const n of counts.values()) {
    const p = n / value.length;
    h -= p * Math.log2(p);
  }
  return h > 3.0;
}
