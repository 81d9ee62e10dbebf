// Finds "name gets a literal value" on a line in any common syntax: code assignments, object
// keys, keyword arguments, environment-lookup fallbacks, dotenv/YAML/INI/TOML lines, Dockerfile
// ENV/ARG, compose lists and `${X:-default}`. Language-agnostic on purpose: the shapes are few.

import type { FileContext } from '../../types.js';
import { fileKind } from '../filters/file-context.js';
import { findLiterals, type Literal } from './literals.js';

export type AssignmentHow = 'assignment' | 'fallback' | 'call' | 'unquoted' | 'default-expansion' | 'signing-call';

export interface Assignment {
  readonly name: string;
  /** The decoded value (what is judged). */
  readonly value: string;
  /** The value as written in the file (what is reported). */
  readonly raw: string;
  /** Span of the value's body on the line (0-based, end exclusive). */
  readonly start: number;
  readonly end: number;
  readonly bytes: boolean;
  readonly binary: boolean;
  readonly how: AssignmentHow;
}

const NAME = String.raw`(?:([A-Za-z_$@][\w$.\-]*)|\[\s*['"]([^'"\]]+)['"]\s*\]|['"]([^'"]+)['"]|:([A-Za-z_]\w*))`;
// `x = `, `x: `, `x := `, `x => `, `x ||= `, `x ??= `, `x -> ` but never `==`, `!=`, `<=`, `>=`.
const ASSIGN_TAIL = new RegExp(NAME + String.raw`\s*(?:=>|:=|\|\|=|\?\?=|\+=|:|(?<![=!<>])=)\s*$`);
/**
 * ASSIGN_TAIL searched from a given index (lastIndex): the same leftmost match when no match can
 * start before it (assignTailStart).
 */
const ASSIGN_TAIL_FROM = new RegExp(ASSIGN_TAIL.source, 'g');
// `const secret: string = `, `val key: String = `: the name sits before a type annotation.
const TYPED_TAIL = /([A-Za-z_$][\w$]*)\??\s*:(?:\s*[\w$.<>[\]|&?](?:[\w$.<>[\]|&? ]*[\w$.<>[\]|&?])?|[^\S ]* )\s*=\s*$/;
const GO_TYPED_TAIL = /\b(?:var|const)\s+([A-Za-z_]\w*)\s+(?:\[\])?[\w.]+\s*=\s*$/;
const TYPE_WORDS = new Set(['string', 'str', 'String', 'bytes', 'byte', 'Buffer', 'any', 'const', 'final', 'char', 'object', 'Object', 'var', 'let', 'val']);
// `func('NAME', ` — an environment getter with a default, setdefault, config.set …
const CALL_PAIR_TAIL = /([\w$.:]*)\s*\((?:\s*['"][^'"]*['"]\s*,)?\s*['"]([^'"]{2,80})['"]\s*,\s*$/;
const FALLBACK_OP_TAIL = /(?:\|\||\?\?|\bor\b|\?:|\)\s*\{\s*(?:\|[^|]*\|\s*)?|\.unwrap_or(?:_else)?\(\s*(?:\|[^|]*\|\s*)?|\.(?:getOrElse|orElse|or_else|getOrDefault)\(\s*(?:\(\)\s*->\s*|\{\s*)?)\s*$/;
const SIGNING_CALL_TAIL = { test: (s: string): boolean => (/,\s*$/.test(s) && /\b(?:jwt|jsonwebtoken|JWT|Jwts?)\s*\.\s*(?:sign|verify|encode|decode)\s*\((?:[^()]|\([^()]*\))*$/.test(s)) || /\bcreateHmac\s*\(\s*['"][\w-]+['"]\s*,\s*$|\bcookieParser\s*\(\s*$|\bcookie_?[sS]ecret\s*\(\s*$|\bhmac\.new\s*\(\s*$|\bHMAC\s*\(\s*$/.test(s) };
const ENV_GETTERS = /(?:environ(?:\.get|\.setdefault)?|getenv|env|ENV(?:\.fetch)?|fetch|get|getProperty|GetEnvironmentVariable|setdefault|SetDefault|set|config|Config|getEnv|envOr|envOrDefault|getenvOrDefault|getOrDefault|getOrElse|env_or|lookupEnv|define|putenv|setenv|Setenv)$/i;

/** What may follow a literal that is the whole value (not part of a concatenation). */
const LITERAL_END = /^\s*(?:$|\/?>|[\w:-]+\s*=|[,;)\]}]|#|\/\/|\/\*|--|\?\?|\|\||\bor\b|\bif\b|\.(?:encode|decode|strip|trim|getBytes|as_bytes|to_string|toString|into|freeze|b)\b|\.to_s\b|as\b)/;

function nameFromMatch(m: RegExpExecArray): string {
  return m[1] ?? m[2] ?? m[3] ?? m[4] ?? '';
}

/** `\s` of a regular expression. */
function isSpaceCode(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || (c > 127 && (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff));
}
/** `\w` of a regular expression. */
function isWordCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}
/** Where the run of `\s` characters that ends at `end` starts. */
function spaceStart(s: string, end: number): number {
  while (end > 0 && isSpaceCode(s.charCodeAt(end - 1))) end--;
  return end;
}
/** The run of `\w` characters that ends at `end`. */
function wordBefore(s: string, end: number): string {
  let k = end;
  while (k > 0 && isWordCode(s.charCodeAt(k - 1))) k--;
  return s.slice(k, end);
}

/**
 * The last name-like reference in an expression: `process.env.X`, `os.environ.get('X')`,
 * `ENV['X']`: a quoted `[\w.-]+` or an identifier, then only white space and closing brackets
 * (what `/(?:['"]([\w.-]+)['"]\s*[)\]]*|([A-Za-z_$][\w$]*)\s*[)\]]*)\s*$/` finds, read from
 * the end instead of tried at every position).
 */
function lastReference(expr: string): string | null {
  let x = spaceStart(expr, expr.length);
  while (x > 0 && (expr.charCodeAt(x - 1) === 41 || expr.charCodeAt(x - 1) === 93)) x--; // ) ]
  x = spaceStart(expr, x);
  if (x === 0) return null;
  const c = expr.charCodeAt(x - 1);
  if (c === 34 || c === 39) {
    // A quoted name: the quote before it may be either kind.
    let k = x - 1;
    while (k > 0 && (isWordCode(expr.charCodeAt(k - 1)) || expr.charCodeAt(k - 1) === 46 || expr.charCodeAt(k - 1) === 45)) k--;
    if (k === x - 1 || k === 0) return null;
    const q = expr.charCodeAt(k - 1);
    return q === 34 || q === 39 ? expr.slice(k, x - 1) : null;
  }
  // An identifier: the leftmost start in the run of [\w$] that ends here whose character can begin one.
  let k = x;
  while (k > 0 && (isWordCode(expr.charCodeAt(k - 1)) || expr.charCodeAt(k - 1) === 36)) k--;
  while (k < x && expr.charCodeAt(k) >= 48 && expr.charCodeAt(k) <= 57) k++;
  return k < x ? expr.slice(k, x) : null;
}

/** Conversions that wrap a literal without changing what it is: `[]byte("…")`, `Buffer.from('…')`. */
const WRAPPER_TAIL = /(?:\[\]byte|bytes|bytearray|Buffer\.from|str|String|new\s+String|SecretStr|Secret|SecretString|TextEncoder\(\)\.encode|utf8\.encode|Encoding\.UTF8\.GetBytes|base64\.b64decode|bytes\.fromhex|Base64\.decode64)\s*\(\s*$/;

/** A literal's value and span; a quoted string inside the string (Gradle `buildConfigField("String", "X", "\"…\"")`) is unwrapped. */
function literalValue(lit: Literal): { value: string; raw: string; start: number; end: number } {
  const inner = /^"(.*)"$/.exec(lit.value);
  if (!inner) return { value: lit.value, raw: lit.raw, start: lit.bodyStart, end: lit.bodyEnd };
  const offset = Math.max(0, lit.raw.indexOf(inner[1]!));
  return { value: inner[1]!, raw: inner[1]!, start: lit.bodyStart + offset, end: lit.bodyStart + offset + inner[1]!.length };
}

const VALUE_OF_TAIL = /["']?([A-Za-z_][\w.-]*)["']?\s*:\s*\{\s*["']?value["']?\s*:\s*$/;
const DEFAULT_KWARG_TAIL = /\(\s*['"]([\w.-]+)['"]\s*,\s*(?:default|fallback|defaultValue|default_value)\s*=\s*$/;
const ARRAY_TAIL = new RegExp(NAME + String.raw`\s*(?::|=|=>)\s*\[\s*(?:['"][^'"]*['"]\s*,\s*)*$`);

/** `{ "key": "apiKey", "value": "…" }`, `<add key="X" value="…"/>`: the name is the key's value. */
const KEY_VALUE_PAIR_TAIL = /["']?(?:key|name)["']?\s*[:=]\s*["']([A-Za-z_][\w.\-]*)["']\s*(?:,\s*)?["']?value["']?\s*[:=]\s*$/i;

/** No bracket opened in the expression is still open at its end. */
function isTopLevel(expr: string): boolean {
  let depth = 0;
  for (const c of expr) {
    if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') depth--;
  }
  return depth <= 0;
}

/** Names and operators sit right before a literal: a window this long holds them. */
const LEFT_WINDOW = 160;

/** Where the last character before the literal that is not a space or tab is (-1: none). */
function lastSignificantAt(left: string): number {
  let i = left.length - 1;
  while (i >= 0 && (left.charCodeAt(i) === 32 || left.charCodeAt(i) === 9)) i--;
  return i;
}

// Each tail pattern below is tried only when a cheap look at the end of `left` says it can
// match there (a character or word it must end with, a character it must contain): the patterns
// are anchored at the end only, so a failing one is tried at every position of the window.

/** The word of KEY_VALUE_PAIR_TAIL before the operator at `at`: `value`, any case, maybe quoted. */
function valueWordBefore(left: string, at: number): boolean {
  let j = spaceStart(left, at);
  if (j > 0 && (left.charCodeAt(j - 1) === 34 || left.charCodeAt(j - 1) === 39)) j--;
  return j >= 5 && left.slice(j - 5, j).toLowerCase() === 'value';
}
const DEFAULT_KWARGS = new Set(['default', 'fallback', 'defaultValue', 'default_value']);
/** The last words of WRAPPER_TAIL's conversions (a conversion ends with one, right before `(`). */
const WRAPPER_ENDS = ['byte', 'bytes', 'bytearray', 'from', 'str', 'String', 'SecretStr', 'Secret', 'encode', 'GetBytes', 'b64decode', 'fromhex', 'decode64'];
/** FALLBACK_OP_TAIL's methods that open with `(`. */
const FALLBACK_CALLS = new Set(['unwrap_or', 'unwrap_or_else', 'getOrElse', 'orElse', 'or_else', 'getOrDefault']);
/** SIGNING_CALL_TAIL's calls that take the secret first. */
const SIGNING_FIRST = new Set(['cookieParser', 'cookieSecret', 'cookiesecret', 'cookie_secret', 'cookie_Secret', 'new', 'HMAC']);

/** A character an ASSIGN_TAIL match without quotes can hold: `\w $ . - @` (names), `:` (symbols), the operators' `= > | ? + :`, `\s`. */
function isAssignCode(c: number): boolean {
  return isWordCode(c) || c === 36 || c === 46 || c === 45 || c === 64 || c === 58 || c === 61 || c === 62 || c === 124 || c === 63 || c === 43 || isSpaceCode(c);
}

/**
 * An index no ASSIGN_TAIL match in `left` can start before (the pattern is anchored at the end
 * only, so a search from 0 tries every position of the 160-character window). A match holds
 * either no quote, and then only isAssignCode characters, so it lies in the run of them that ends
 * `left`; or a quoted name, two quotes and no more: it starts at the second-to-last quote, or at
 * a `[` right before it (white space between).
 */
function assignTailStart(left: string): number {
  let from = left.length;
  while (from > 0 && isAssignCode(left.charCodeAt(from - 1))) from--;
  let quotes = 0;
  // Every quote is before `from` (the run holds none).
  for (let j = from - 1; j >= 0; j--) {
    const c = left.charCodeAt(j);
    if (c !== 34 && c !== 39) continue;
    if (++quotes < 2) continue;
    const k = spaceStart(left, j);
    return k > 0 && left.charCodeAt(k - 1) === 91 ? k - 1 : j; // [
  }
  return from;
}

/** Whether ARRAY_TAIL can match `left`: it needs a `[` right after `:`, `=` or `=>` (white space between). */
function arrayCanEnd(left: string): boolean {
  for (let j = left.indexOf('['); j !== -1; j = left.indexOf('[', j + 1)) {
    const k = spaceStart(left, j);
    const c = k > 0 ? left.charCodeAt(k - 1) : 0;
    if (c === 58 || c === 61 || c === 62) return true; // : = >
  }
  return false;
}

/** Whether FALLBACK_OP_TAIL can end at `at`, where `left`'s last significant character `last` is. */
function fallbackCanEnd(left: string, last: string, at: number): boolean {
  if (last === ':') return at > 0 && left.charCodeAt(at - 1) === 63; // `?:`
  if (last === '(') return FALLBACK_CALLS.has(wordBefore(left, at));
  if (last === '{') {
    const j = spaceStart(left, at);
    return j > 0 && (left.charCodeAt(j - 1) === 41 || left.charCodeAt(j - 1) === 40); // `) {`, `({`
  }
  return true;
}

/** Whether SIGNING_CALL_TAIL can match `left`, whose last significant character `last` is at `at`. */
function signingCanEnd(left: string, last: string, at: number): boolean {
  if (last === ',') return left.includes('createHmac') || left.includes('jwt') || left.includes('JWT') || left.includes('Jwt') || left.includes('jsonwebtoken');
  return SIGNING_FIRST.has(wordBefore(left, spaceStart(left, at)));
}

function literalAssignment(text: string, lit: Literal, prevText: string | undefined): { name: string; how: AssignmentHow }[] {
  // The tail patterns below are anchored at the end of `left`; each is tried only when the last
  // character can end it, so an ordinary argument or array item costs one comparison.
  let left = text.slice(Math.max(0, lit.start - LEFT_WINDOW), lit.start);
  let at = lastSignificantAt(left);
  let last = at < 0 ? '' : left[at]!;
  if (last === '' || !'=:>(,[{|?r'.includes(last)) return [];
  if ((last === ':' || last === '=') && valueWordBefore(left, at)) {
    const pair = KEY_VALUE_PAIR_TAIL.exec(left);
    if (pair) return [{ name: pair[1]!, how: 'assignment' }];
  }
  if (last === '=' && DEFAULT_KWARGS.has(wordBefore(left, spaceStart(left, at)))) {
    // python-decouple / environs / django-environ: `config('SECRET_KEY', default='…')`.
    const kwDefault = DEFAULT_KWARG_TAIL.exec(left);
    if (kwDefault) return [{ name: kwDefault[1]!, how: 'fallback' }];
  }
  const rest = text.slice(lit.end);
  if ((last === '[' || last === ',') && arrayCanEnd(left)) {
    // `secret: ['current', 'previous']` (Express sessions, Keygrip): every element is a key.
    const array = ARRAY_TAIL.exec(left);
    if (array && LITERAL_END.test(rest)) return [{ name: nameFromMatch(array), how: 'assignment' }];
  }
  if (last === '(') {
    const word = wordBefore(left, spaceStart(left, at));
    const wrapped = WRAPPER_ENDS.some((w) => word.endsWith(w)) ? WRAPPER_TAIL.exec(left) : null;
    if (wrapped) {
      left = left.slice(0, wrapped.index);
      at = lastSignificantAt(left);
      last = at < 0 ? '' : left[at]!;
    }
  }
  const out: { name: string; how: AssignmentHow }[] = [];

  if ('|?r:({'.includes(last) && fallbackCanEnd(left, last, at)) {
    const fb = FALLBACK_OP_TAIL.exec(left);
    if (fb) {
      const before = left.slice(0, fb.index);
      const ref = lastReference(before);
      if (ref) out.push({ name: ref, how: 'fallback' });
      const target = /([A-Za-z_$][\w$.]*|\[\s*['"][^'"]+['"]\s*\]|['"][^'"]+['"])\s*(?:=|:)(?!=)[^=]*$/.exec(before);
      // The statement's target owns the fallback only at the top level of its right-hand side:
      // in `X = f(a, b or 'c')` the literal is an argument's default, not X's.
      const rhs = target ? before.slice(target.index + target[1]!.length).replace(/^\s*[=:]/, '') : '';
      if (target && isTopLevel(rhs)) out.push({ name: target[1]!.replace(/^\[\s*['"]|['"]\s*\]$|^['"]|['"]$/g, ''), how: 'fallback' });
      return out;
    }
  }
  if (!LITERAL_END.test(rest)) return out;

  if (last === ',' && left.includes('(')) {
    const quote = left.charCodeAt(spaceStart(left, at) - 1);
    const call = quote === 34 || quote === 39 ? CALL_PAIR_TAIL.exec(left) : null;
    if (call) return [{ name: call[2]!, how: ENV_GETTERS.test(call[1] ?? '') ? 'fallback' : 'call' }];
  }
  if ((last === ',' || last === '(') && signingCanEnd(left, last, at) && SIGNING_CALL_TAIL.test(left)) return [{ name: 'jwt_secret', how: 'signing-call' }];
  if (last === '=') {
    // Go: `var ClickHouseToken string = "…"`, `const apiKey string = "…"`.
    const goTyped = left.includes('var') || left.includes('const') ? GO_TYPED_TAIL.exec(left) : null;
    if (goTyped) return [{ name: goTyped[1]!, how: 'assignment' }];
    const typed = left.includes(':') ? TYPED_TAIL.exec(left) : null;
    if (typed && !TYPE_WORDS.has(typed[1]!)) return [{ name: typed[1]!, how: 'assignment' }];
  }
  if (last === ':') {
    // `"adminPassword": { "value": "…" }` (ARM parameters): the value belongs to the outer name.
    const valueOf = /value["']?\s*:\s*$/i.test(left.slice(-16)) ? VALUE_OF_TAIL.exec(left) : null;
    if (valueOf) return [{ name: valueOf[1]!, how: 'assignment' }];
  }
  if (last !== '=' && last !== ':' && last !== '>') return out;
  ASSIGN_TAIL_FROM.lastIndex = assignTailStart(left);
  const a = ASSIGN_TAIL_FROM.exec(left);
  // `cond ? 'a' : 'b'` is a conditional, not a key and its value.
  if (a && !(last === ':' && /\?\s*$/.test(left.slice(0, a.index)))) {
    const name = nameFromMatch(a);
    // `value: "…"` under `- name: SECRET_KEY` (Kubernetes / compose env lists).
    out.push({ name: (/^value$/i.test(name) && prevListName(prevText)) || name, how: 'assignment' });
  }
  return out;
}

const UNQUOTED_HEAD = /^(\s*(?:-\s+)?(?:export\s+|ENV\s+|ARG\s+|set\s+|setx\s+|setenv\s+|\$env:)?)([A-Za-z_][\w.\-]*)(\s*(?:=|:)\s*)(?=[^\s'"`#])/;

/**
 * `NAME = value  # comment`: the value runs to the first ` #` or ` ;` comment, trailing white
 * space trimmed. Cut by hand: a lazy `(.*?)\s*(?:\s[#;].*)?$` is quadratic on long white space.
 */
function unquotedLine(text: string): [string, string, string, string, string] | null {
  const head = UNQUOTED_HEAD.exec(text);
  if (!head) return null;
  let rest = text.slice(head[0].length);
  const comment = /\s[#;]/.exec(rest);
  if (comment) rest = rest.slice(0, comment.index);
  return [text, head[1]!, head[2]!, head[3]!, rest.trimEnd()];
}
const SPACE_SEPARATED = /^(\s*)([A-Za-z_][\w.-]*)(\s+)([^\s#;'"]+)\s*$/;
const DOCKER_ENV_SPACE = /^(\s*ENV\s+)([A-Za-z_]\w*)(\s+)([^\s='"][^#]*)$/;
const PGPASS_LINE = /^\s*[A-Za-z0-9*][\w.*-]*:(?:\d{2,5}|\*):[\w.*-]+:[\w.@*-]+:(\S{4,})$/;
const XML_ELEMENT = /<([A-Za-z_][\w.:-]*)(?:\s[^<>]*)?>([^<>]+)<\/\1>/g;
// Shell `${NAME:-fallback}` / `${NAME:=fallback}` and Spring `${some.name:fallback}`.
const DEFAULT_EXPANSION = /\$\{([A-Za-z_][\w.-]*?):(?:[-=]|(?![-=?+]))([^}]+)\}/g;

const XML_OPEN_ONLY = /^\s*<([A-Za-z_][\w.:-]*)(?:\s[^<>]*)?>\s*$/;

/**
 * Whether a line names the value on the line after it: a `- name: X` line (prevListName, for a
 * `value: …` line), or an XML opening tag alone on its line (`<password>`, then the value). These
 * are the only ways findAssignments reads a line before, so the engine opens the next line up
 * for detection only then; this is the one place that says it.
 */
export function namesNextLine(text: string): boolean {
  return prevListName(text) !== null || (text.includes('>') && XML_OPEN_ONLY.test(text));
}

/**
 * dotenv text inside a string (`"env": "DEBUG=1\nSECRET_KEY=…"` in JSON, a heredoc in a
 * string): each `NAME=value` line of the decoded string, at its place in the raw literal.
 */
function dotenvInString(lit: Literal): Assignment[] {
  const out: Assignment[] = [];
  let from = 0;
  for (const line of lit.value.split(/\r?\n/)) {
    const m = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)=([^\s'"#\\]+)$/.exec(line);
    if (!m) continue;
    const at = lit.raw.indexOf(`${m[1]}=${m[2]}`, from);
    if (at < 0) continue;
    const start = lit.bodyStart + at + m[1]!.length + 1;
    from = at + 1;
    out.push({ name: m[1]!, value: m[2]!, raw: m[2]!, start, end: start + m[2]!.length, bytes: false, binary: false, how: 'unquoted' });
  }
  return out;
}

/** The name on a `- name: X` line (env lists), for the `value:` line that follows. */
function envListName(text: string): string | null {
  // Each white-space run has one place to go (no `\s*-?\s*` pairs): linear on long indents.
  const m = /^\s*(?:-\s*)?(?:\{\s*)?["']?(?:name|key|Name|Key)["']?\s*[:=]\s*['"]?([A-Za-z_][\w.\-]*)['"]?\s*(?:,\s*)?$/.exec(text);
  return m ? m[1]! : null;
}

/**
 * The name on the line before when it is a `- name: X` line (see namesNextLine), for a `value`
 * on this line; asked only for such a value (most lines have none).
 */
function prevListName(prevText: string | undefined): string | null {
  return prevText !== undefined && (prevText.includes('ame') || prevText.includes('ey')) ? envListName(prevText) : null;
}

/**
 * A signed webhook payload (`timestamp`, `token`, `signature`: Mailgun's shape): the token right
 * after the timestamp is the request's random nonce, not a credential. Asked only for a `token`.
 */
function afterTimestamp(prevText: string | undefined): boolean {
  return prevText !== undefined && /^\s*["']?timestamp["']?\s*(?:=>|[:=])/i.test(prevText);
}

/**
 * Every (name, literal value) pair on the line. `prevText` is the previous line of the file
 * when known, for two-line forms such as Kubernetes `- name: X` / `value: …`. `literals`: the
 * line's findLiterals, when the caller has them (the engine finds them once for every detector).
 */
export function findAssignments(text: string, ctx: FileContext, prevText?: string, literals?: readonly Literal[]): Assignment[] {
  const out: Assignment[] = [];
  const kind = fileKind(ctx);

  let quoted = false;
  if (text.includes('"') || text.includes("'") || text.includes('`')) {
    for (const lit of literals ?? findLiterals(text)) {
      quoted = true;
      if (lit.interpolated) continue;
      if (lit.value.includes('\n')) out.push(...dotenvInString(lit));
      const v = literalValue(lit);
      for (const { name, how } of literalAssignment(text, lit, prevText)) {
        out.push({ name: /^["']?token["']?$/i.test(name) && afterTimestamp(prevText) ? 'nonce' : name, ...v, bytes: lit.bytes, binary: lit.binary, how });
      }
    }
  }

  // An XML element whose value sits alone on the line after the opening tag (the closing tag follows).
  if (prevText !== undefined && !text.includes('<') && prevText.includes('>')) {
    const open = XML_OPEN_ONLY.exec(prevText);
    const value = text.trim();
    if (open && value !== '' && !/\s/.test(value)) {
      const start = text.indexOf(value);
      out.push({ name: open[1]!.replace(/^[\w-]+:/, ''), value, raw: value, start, end: start + value.length, bytes: false, binary: false, how: 'assignment' });
    }
  }

  // ~/.pgpass: hostname:port:database:username:password
  const pg = text.includes(':') && !text.includes(' ') ? PGPASS_LINE.exec(text) : null;
  if (pg) {
    const start = text.length - pg[1]!.length;
    out.push({ name: 'pgpass_password', value: pg[1]!, raw: pg[1]!, start, end: text.length, bytes: false, binary: false, how: 'unquoted' });
  }

  if (text.includes('</')) {
    XML_ELEMENT.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = XML_ELEMENT.exec(text)) !== null) {
      const value = m[2]!.trim();
      if (value === '') continue;
      const start = m.index + m[0].indexOf(value, m[1]!.length + 2);
      out.push({ name: m[1]!.replace(/^[\w-]+:/, ''), value, raw: value, start, end: start + value.length, bytes: false, binary: false, how: 'assignment' });
    }
  }

  if (text.includes('${')) {
    DEFAULT_EXPANSION.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = DEFAULT_EXPANSION.exec(text)) !== null) {
      const value = m[2]!.trim();
      if (value.startsWith('$')) continue;
      const start = m.index + m[0].indexOf(m[2]!);
      out.push({ name: m[1]!, value, raw: value, start, end: start + m[2]!.length, bytes: false, binary: false, how: 'default-expansion' });
    }
  }

  // Unquoted values are values only where the syntax says so (dotenv, YAML, INI, shell,
  // Dockerfile …); in source code `X = foo` is an expression.
  if (!quoted && (kind !== 'code' || /^\s*(?:export|ENV|ARG)\s/.test(text))) {
    const m =
      unquotedLine(text) ??
      (ctx.baseName === 'dockerfile' || ctx.baseName.startsWith('dockerfile') || ctx.ext === 'dockerfile' ? DOCKER_ENV_SPACE.exec(text) : null) ??
      (ctx.ext === 'conf' || ctx.ext === 'cfg' ? SPACE_SEPARATED.exec(text) : null);
    if (m) {
      let name = m[2]!;
      const value = m[4]!.trimEnd().replace(/[;,]$/, '');
      if (/^value$/i.test(name)) name = prevListName(prevText) ?? name;
      const start = m[1]!.length + m[2]!.length + m[3]!.length;
      if (!/^[|>][-+]?\d*$/.test(value) && !value.startsWith('!') && !value.startsWith('&') && !value.startsWith('*')) {
        out.push({ name, value, raw: value, start, end: start + value.length, bytes: false, binary: false, how: 'unquoted' });
      }
    }
  }
  return out;
}
