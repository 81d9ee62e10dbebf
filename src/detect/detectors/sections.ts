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
/**
 * The line ends in `{`, `[`, `(`, `:` or `=`, or has a comment after which it might: for the rare
 * lines that start or end outside printable ASCII (next() reads the others by character code).
 */
function opens(text: string): boolean {
  const t = text.trimEnd();
  return '{[(:='.includes(t[t.length - 1] ?? ' ') || t.includes('#');
}

/** plainIndent's answer for a line of nothing but spaces and tabs (or no characters). */
const BLANK = -2;
/**
 * Indentation (spaces and tabs) of a line whose first other character is printable ASCII; BLANK
 * for a line of spaces and tabs alone; else -1: the caller then takes the general path (other
 * white space, a line starting outside ASCII).
 */
function plainIndent(text: string): number {
  const len = text.length;
  let i = 0;
  // Past the end reads as 0 (charCodeAt's NaN would make `c` a double).
  let c = len > 0 ? text.charCodeAt(0) : 0;
  while (c === 32 || c === 9) c = ++i < len ? text.charCodeAt(i) : 0;
  return c > 32 && c < 127 ? i : i === len ? BLANK : -1;
}
/** The first character of an OPENER line after its indentation: `-`, a quote, or a name's. */
function canStartOpener(c: number): boolean {
  return c === 45 || c === 34 || c === 39 || c === 36 || c === 95 || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
const OPENER = /^(\s*)(?:-\s+)?["']?([A-Za-z_$][\w.\-$]*)["']?\s*(?::|=>|=)\s*(?:(?:\{|\[|array\(|\(|\bdict\()\s*)?(?:#.*)?$/;

export function sectionTracker(): SectionTracker {
  let ini: string | undefined;
  const stack: { indent: number; name: string }[] = [];
  /** An opener line opens a section at `indent`: OPENER's name (when `named`), else an HCL block's (when `block`). */
  const push = (text: string, indent: number, named: boolean, block: boolean): void => {
    const name = (named ? OPENER.exec(text)?.[2] : undefined) ?? (block ? hclBlockName(text) : undefined);
    if (name) stack.push({ indent, name });
  };
  return {
    next(text: string): string | undefined {
      // Every line comes through here (blank lines are a fifth of code): cheap tests first.
      const plain = plainIndent(text);
      if (plain === BLANK) return stack.length ? stack[stack.length - 1]!.name : ini;
      const h = plain === -1 || text.charCodeAt(plain) === 91 /* [ */ ? INI_HEADER.exec(text) : null;
      if (h) {
        ini = h[1]!.trimEnd().split('.').pop()!.replace(/"/g, '');
        stack.length = 0;
        return undefined;
      }
      if (plain === -1) {
        // Other white space, or a first character outside ASCII: the patterns decide.
        if (text.trim() === '') return stack.length ? stack[stack.length - 1]!.name : ini;
        const indent = text.length - text.trimStart().length;
        while (stack.length && stack[stack.length - 1]!.indent >= indent) stack.pop();
        const parent = stack.length ? stack[stack.length - 1]!.name : ini;
        if (opens(text)) push(text, indent, true, true);
        return parent;
      }
      while (stack.length && stack[stack.length - 1]!.indent >= plain) stack.pop();
      const parent = stack.length ? stack[stack.length - 1]!.name : ini;
      // OPENER's name comes first on its line (after `- ` or a quote): a comment line cannot open a section that way.
      const named = canStartOpener(text.charCodeAt(plain));
      // The last character, found without copying the line (plainIndent saw a printable one).
      let end = text.length - 1;
      let last = text.charCodeAt(end);
      while (last === 32 || last === 9 || last === 13) last = text.charCodeAt(--end);
      if (last > 127 || last < 32) {
        if (opens(text)) push(text, plain, named, true);
      } else if (last === 123 || last === 91 || last === 40 || last === 58 || last === 61) {
        // An HCL block's line ends in `{`.
        push(text, plain, named, last === 123);
      } else if (named && text.includes('#')) {
        // `name: # comment`: OPENER alone (no HCL block ends in anything but `{`).
        push(text, plain, true, false);
      }
      return parent;
    },
  };
}
