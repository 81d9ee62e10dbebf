// Tracks the enclosing section of a line in nested config (INI/TOML `[api]`, YAML `jwt:`,
// JSON `"Jwt": {`), so that a bare `key = …` inside it can be judged as `api.key`.

export interface SectionTracker {
  /** Feed every line in order; returns the name of the section the line sits in, if any. */
  next(text: string): string | undefined;
}

// The name takes its trailing spaces (trimmed after): a lazy name then `\s*` would try every
// split of a run of spaces, quadratic on a long line.
const INI_HEADER = /^\s*\[{1,2}[ \t]*([A-Za-z_][\w.\-" ]*)\]{1,2}\s*(?:[#;].*)?$/;
/**
 * HCL blocks: `variable "db_password" {` (named by the last label), `resource "aws_db_instance"
 * "main" {`, `locals {`. Read by hand: as a pattern, the repeated labels and the spaces between
 * them could be split many ways on a long line.
 */
function hclBlockName(text: string): string | undefined {
  const t = text.trim();
  if (!t.endsWith('{')) return undefined;
  const body = t.slice(0, -1).trimEnd();
  const head = /^[A-Za-z_][\w.-]*/.exec(body);
  if (!head) return undefined;
  if (head[0].length === body.length) return head[0];
  if (head[0].includes('.')) return undefined;
  let label: string | undefined;
  let i = head[0].length;
  while (i < body.length) {
    const start = i;
    while (i < body.length && /\s/.test(body[i]!)) i++;
    if (i === start || body[i] !== '"') return undefined;
    const close = body.indexOf('"', i + 1);
    if (close < 0) return undefined;
    label = body.slice(i + 1, close);
    i = close + 1;
  }
  return label ? label : undefined;
}
/** The line ends in `{`, `[`, `(`, `:` or `=`, or has a comment after which it might. */
function opens(text: string): boolean {
  // Every line comes through here: find the last character without copying the line.
  let end = text.length - 1;
  while (end >= 0 && (text.charCodeAt(end) === 32 || text.charCodeAt(end) === 9 || text.charCodeAt(end) === 13)) end--;
  const last = end >= 0 ? text.charCodeAt(end) : 32;
  if (last > 127 || (last < 32 && last !== 9 && last !== 13 && end >= 0)) {
    const t = text.trimEnd();
    return '{[(:='.includes(t[t.length - 1] ?? ' ') || t.includes('#');
  }
  return last === 123 || last === 91 || last === 40 || last === 58 || last === 61 || text.includes('#');
}

/**
 * Indentation (spaces and tabs) of a line whose first other character is printable ASCII, else
 * -1: the caller then takes the general path (blank lines, other white space).
 */
function plainIndent(text: string): number {
  let i = 0;
  while (i < text.length && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  const c = i < text.length ? text.charCodeAt(i) : 0;
  return c > 32 && c < 127 ? i : -1;
}
/** The first character of an OPENER line after its indentation: `-`, a quote, or a name's. */
function canStartOpener(c: number): boolean {
  return c === 45 || c === 34 || c === 39 || c === 36 || c === 95 || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
const OPENER = /^(\s*)(?:-\s+)?["']?([A-Za-z_$][\w.\-$]*)["']?\s*(?::|=>|=)\s*(?:(?:\{|\[|array\(|\(|\bdict\()\s*)?(?:#.*)?$/;

export function sectionTracker(): SectionTracker {
  let ini: string | undefined;
  const stack: { indent: number; name: string }[] = [];
  return {
    next(text: string): string | undefined {
      const plain = plainIndent(text);
      const h = plain === -1 || text.charCodeAt(plain) === 91 /* [ */ ? INI_HEADER.exec(text) : null;
      if (h) {
        ini = h[1]!.trimEnd().split('.').pop()!.replace(/"/g, '');
        stack.length = 0;
        return undefined;
      }
      if (plain === -1 && text.trim() === '') return stack.length ? stack[stack.length - 1]!.name : ini;
      const indent = plain !== -1 ? plain : text.length - text.trimStart().length;
      while (stack.length && stack[stack.length - 1]!.indent >= indent) stack.pop();
      const parent = stack.length ? stack[stack.length - 1]!.name : ini;
      // An opener ends in `{`, `[`, `(`, `:` or `=` (before an optional comment): test cheaply first.
      if (opens(text)) {
        // OPENER's name comes first on its line (after `- ` or a quote): a comment line cannot open a section that way.
        const name = (plain === -1 || canStartOpener(text.charCodeAt(plain)) ? OPENER.exec(text)?.[2] : undefined) ?? hclBlockName(text);
        if (name) stack.push({ indent, name });
      }
      return parent;
    },
  };
}
