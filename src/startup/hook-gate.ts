// The hook's answer for a staged diff that cannot hold a finding, given before the CLI is loaded.
// The loader (loader.ts) has the staged diff before it reads the CLI's bundle (staged-git.ts);
// when no added line can reach a detector, the scan would find nothing and print nothing, so
// the loader exits 0 there and then: no bundle to read, deserialize and run (the bench's commit:
// 28 ms above `node -e 0` instead of 45 ms; bench/README.md, fifteenth pass).
//
// The test is the engine's line gate, made stricter, never looser: a line goes on to the
// detectors only when it holds a keyword of some rule or a marker word (a secret-looking name),
// a shape the randomness and blob detectors look at, or an SSH public key's ` AAAA`; a line
// before or a section above opens a line up only when it holds a marker word itself. A base64
// run is a shape only where it decodes to text: the engine passes over a line whose one shape is
// a run that does not (engine.ts scanLine), as the names of code mostly are (`SessionMixin`,
// `getAsyncLocalStorage`: both cases, a multiple of four letters). So a diff
// none of whose added lines has any of these yields no finding (test/startup/hook-gate.test.ts
// holds this over every fixture corpus). Anything else is left to the CLI: a config file (its
// rules may add findings), a key file's few lines (a bare key has neither keyword nor shape), a
// rename, copy, binary, submodule or symlink entry (whole-file.ts may read it whole), a diff
// over HOOK_GATE_MAX_BYTES, and one git streamed (staged-git.ts).

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { shapeOf } from '../detect/gate/prefilter.js';
import { findEncodedBlobs } from '../detect/detectors/encoded.js';
import { SHAPE_BASE64_RUN } from '../detect/randomness/token-runs.js';
import { isKeyFile, nameParts } from '../detect/filters/file-name.js';
import { HOOK_MARKERS, HOOK_WORDS } from './hook-words.js';

/** config.ts CONFIG_FILE (not imported: config.ts would bring its validation into the loader's path). */
export const HOOK_CONFIG_FILE = '.secret-scan.json';

/** Whether a line is one no detector is run on, whatever surrounds it (see above). */
export type LineTest = (text: string) => boolean;

/**
 * Whether a text (a line, or lines joined by newlines: no word holds one) holds none of the
 * words (lower case: every rule's keywords and the marker words, hook-words.ts) when lower-cased:
 * a superset of what the keyword index matches (ASCII case folded, a non-ASCII character by its
 * lower-case form).
 */
export type WordTest = (text: string) => boolean;

/**
 * The word test over `words`. One native substring search per distinct three-character head
 * (405 for the catalog's 634 words), and the words of a head only where it occurs: the gate runs
 * once per process, in V8's interpreter, where a loop over a text's characters costs ~0.3 us a
 * character (the bench's 180 lines: 1.2 ms, against ~0.5 ms this way).
 */
export function noWordTest(words: readonly string[] = HOOK_WORDS): WordTest {
  const heads: string[] = [];
  const byHead: string[][] = [];
  const at = new Map<string, number>();
  for (const w of words) {
    const h = w.slice(0, 3);
    const i = at.get(h);
    if (i === undefined) {
      at.set(h, heads.length);
      heads.push(h);
      byHead.push([w]);
    } else byHead[i]!.push(w);
  }
  return (text) => {
    const s = text.toLowerCase();
    for (let i = 0; i < heads.length; i++) {
      if (!s.includes(heads[i]!)) continue;
      for (const w of byHead[i]!) if (s.includes(w)) return false;
    }
    return true;
  };
}

/**
 * Whether a line has a shape the engine looks at: any the keyword pass measures (prefilter.ts
 * shapeOf) but a base64 run alone whose runs decode to no text (encoded.ts findEncodedBlobs),
 * which engine.ts scanLine passes over on a line with no word.
 */
function hasLiveShape(text: string): boolean {
  const shape = shapeOf(text);
  return shape !== 0 && (shape !== SHAPE_BASE64_RUN || findEncodedBlobs(text).length > 0);
}

/**
 * The whole test for one line: no shape the engine looks at (hasLiveShape), no SSH public key's
 * ` AAAA`, no word. stagedDiffIsClean gives the answer of this
 * test on every added line from one pass over them all (test/startup/hook-gate.test.ts holds the
 * two equal).
 */
export function cleanLineTest(words: readonly string[] = HOOK_WORDS): LineTest {
  const noWord = noWordTest(words);
  return (text) => !hasLiveShape(text) && !text.includes(' AAAA') && noWord(text);
}

/**
 * Where a line's shape can be other than none, found in all the added lines at once by V8's
 * regular expression engine (shapeOf, a loop over every character, takes ~1.4 ms over the bench's
 * 180 lines when interpreted): a run of 32 or more token characters (SHAPE_RANDOM_RUN); base64
 * characters and their padding, 8 or more (SHAPE_BASE64_RUN), as shapeOf counts a base64 run;
 * both only where they hold an upper-case and a lower-case letter; or four colons with no space
 * between them (SHAPE_COLON_FIELDS), looked for from a colon so that a long line costs linear time.
 * The token run is tried first, where its base64 pieces may hold one case each. Neither of the
 * first two takes a character outside a token run, so each run is met from its first character,
 * and neither takes a colon. hasLiveShape then decides on the lines a spot is in: the spots are a
 * superset, never an answer of their own.
 */
const SHAPE_SPOT = /[\w+\/.~-]{32,}|(?=[\w+\/=-]{8})[\w+\/-]+|:[^\n :]*:[^\n :]*:[^\n :]*:/g;
const UPPER = /[A-Z]/;
const LOWER = /[a-z]/;

/**
 * Whether no line of `lines` has a shape the engine looks at (hasLiveShape) or an SSH public key's ` AAAA`;
 * `joined`: the lines joined by newlines.
 */
function shapeless(lines: readonly string[], joined: string): boolean {
  if (joined.includes(' AAAA')) return false;
  let line = 0;
  let lineEnd = lines.length > 0 ? lines[0]!.length : 0;
  let judged = -1;
  SHAPE_SPOT.lastIndex = 0;
  for (let m = SHAPE_SPOT.exec(joined); m !== null; m = SHAPE_SPOT.exec(joined)) {
    const spot = m[0];
    if (spot.charCodeAt(0) !== 58 /* : */ && !(UPPER.test(spot) && LOWER.test(spot))) continue;
    while (m.index > lineEnd) lineEnd += 1 + lines[++line]!.length;
    if (line === judged) continue;
    judged = line;
    if (hasLiveShape(lines[line]!)) return false;
  }
  return true;
}

/**
 * Past this many bytes of diff the CLI is left to it: the keyword index would build its full
 * automaton (prefilter.ts AUTOMATON_AFTER), work the CLI repeats when a line needs it, and the
 * fixed cost saved is small beside the scan of such a diff.
 */
export const HOOK_GATE_MAX_BYTES = 64 * 1024;

/**
 * Whether the staged diff `diff` (git diff --cached, as staged-git.ts runs it, read whole) of the
 * repository at `root` holds nothing the scan could report: then `secret-scan --staged` exits 0
 * and prints nothing. False whenever in doubt. Its own pass over the diff's lines, stricter than
 * the diff parser's (diff-parser.ts): every line after a hunk header that starts with '+' is
 * tested (the parser counts them, and drops some), and any header it does not expect declines.
 */
export function stagedDiffIsClean(root: string, diff: Buffer, noWord?: WordTest): boolean {
  if (diff.length > HOOK_GATE_MAX_BYTES || existsSync(join(root, HOOK_CONFIG_FILE))) return false;
  const text = diff.toString('utf8');
  // Most diffs the gate declines hold a marker word (`key`, `token`, `user`…): one regular
  // expression over the added lines finds it before the word table is built (noWordTest).
  // Declining is always safe, so this first look need only be a part of the full test.
  const marker = new RegExp(HOOK_MARKERS.map((m) => m.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&')).join('|'), 'i');
  const added: string[] = [];
  let inHunk = false;
  for (let at = 0; at < text.length; ) {
    let nl = text.indexOf('\n', at);
    if (nl < 0) nl = text.length;
    const c = text.charCodeAt(at);
    if (c === 43 /* + */ && inHunk) {
      // As the parser cuts it: without the '+', and without a CR before the newline.
      const end = nl > at + 1 && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
      const line = text.slice(at + 1, end);
      if (marker.test(line)) return false;
      added.push(line);
    } else if (c === 64 /* @ */ && text.startsWith('@@ ', at)) {
      inHunk = true;
    } else if (c === 100 /* d */ && text.startsWith('diff --git ', at)) {
      inHunk = false;
    } else if (inHunk) {
      // With -U0 a hunk holds only removed lines and git's "\ No newline at end of file".
      if (c !== 45 /* - */ && c !== 92 /* \ */) return false;
    } else if (text.startsWith('+++ ', at)) {
      // The new path: a key file's few lines are scanned whatever they hold. A quoted path
      // (unusual characters) is left to the CLI rather than unquoted here.
      const path = text.slice(at + 4, nl);
      if (!path.startsWith('b/') || isKeyFile(nameParts(path.slice(2)))) return false;
    } else if (!HEADERS.some((h) => text.startsWith(h, at))) {
      // A rename or copy, a binary file, a submodule, or anything else: the CLI decides.
      return false;
    }
    at = nl + 1;
  }
  // Every added line passes cleanLineTest, tested over them all at once.
  const joined = added.join('\n');
  return shapeless(added, joined) && (noWord ?? noWordTest())(joined);
}

/**
 * The header lines of a file whose added lines are all in its hunks (no rename, copy, binary
 * content nor submodule): anything else declines.
 */
const HEADERS = ['index ', '--- ', 'new file mode 100', 'old mode 100', 'new mode 100'];
