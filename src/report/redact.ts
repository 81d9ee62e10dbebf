// Redaction, done once for every reporter: CI logs are public, so a secret is never printed
// in full unless the user asks (--no-redact).

export function redact(secret: string): string {
  const chars = [...secret];
  if (chars.length <= 6) return (chars[0] ?? '') + '…';
  if (chars.length <= 12) return chars.slice(0, 2).join('') + '…';
  return chars.slice(0, 4).join('') + '…' + chars.slice(-3).join('');
}

/** Makes a value printable on one line (bytes keys hold control characters). */
export function printable(secret: string): string {
  return secret.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

/**
 * Text from the repository (file names, authors) as a terminal shows it: control characters,
 * line and paragraph separators and bidirectional overrides escaped, so a file name cannot start
 * a line of its own (a forged `::warning …` workflow command), move the cursor or reorder what is shown.
 */
export function displayText(s: string): string {
  return printable(s).replace(/[\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
