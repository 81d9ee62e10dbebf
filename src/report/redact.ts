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
