// Tracks the enclosing section of a line in nested config (INI/TOML `[api]`, YAML `jwt:`,
// JSON `"Jwt": {`), so that a bare `key = …` inside it can be judged as `api.key`.

export interface SectionTracker {
  /** Feed every line in order; returns the name of the section the line sits in, if any. */
  next(text: string): string | undefined;
}

const INI_HEADER = /^\s*\[{1,2}\s*([A-Za-z_][\w.\-" ]*?)\s*\]{1,2}\s*(?:[#;].*)?$/;
// HCL blocks: `variable "db_password" {`, `resource "aws_db_instance" "main" {`.
const HCL_BLOCK = /^(\s*)[A-Za-z_][\w-]*(?:\s+"[^"]*")*\s+"([^"]+)"\s*\{\s*$|^(\s*)()([A-Za-z_][\w.-]*)\s*\{\s*$/;
/** The line ends in `{`, `[`, `(`, `:` or `=`, or has a comment after which it might. */
function opens(text: string): boolean {
  const t = text.trimEnd();
  return '{[(:='.includes(t[t.length - 1] ?? ' ') || t.includes('#');
}
const OPENER = /^(\s*)(?:-\s+)?["']?([A-Za-z_$][\w.\-$]*)["']?\s*(?::|=>|=)\s*(?:\{|\[|array\(|\(|\bdict\()?\s*(?:#.*)?$/;

export function sectionTracker(): SectionTracker {
  let ini: string | undefined;
  const stack: { indent: number; name: string }[] = [];
  return {
    next(text: string): string | undefined {
      const h = INI_HEADER.exec(text);
      if (h) {
        ini = h[1]!.split('.').pop()!.replace(/"/g, '');
        stack.length = 0;
        return undefined;
      }
      if (text.trim() === '') return stack.length ? stack[stack.length - 1]!.name : ini;
      const indent = text.length - text.trimStart().length;
      while (stack.length && stack[stack.length - 1]!.indent >= indent) stack.pop();
      const parent = stack.length ? stack[stack.length - 1]!.name : ini;
      // An opener ends in `{`, `[`, `(`, `:` or `=` (before an optional comment): test cheaply first.
      const o = opens(text) ? (OPENER.exec(text) ?? HCL_BLOCK.exec(text)) : null;
      if (o) stack.push({ indent, name: (o[2] || o[5])! });
      return parent;
    },
  };
}
