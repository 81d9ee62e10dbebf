// The hook's answer for a staged diff that cannot hold a finding, given before the CLI is loaded.
// The loader (loader.ts) has the staged diff before it reads the CLI's bundle (staged-git.ts);
// when no added line can reach a detector, the scan would find nothing and print nothing, so
// the loader exits 0 there and then: no bundle to read, deserialize and run (the bench's commit:
// 28 ms above `node -e 0` instead of 45 ms; bench/README.md, fifteenth pass).
//
// The test is the engine's line gate, made stricter, never looser: a line goes on to the
// detectors only when it holds a keyword of some rule or a marker word (a secret-looking name),
// a shape the randomness and blob detectors look at, or an SSH public key's ` AAAA`; a line
// before or a section above opens a line up only when it holds a marker word itself. So a diff
// none of whose added lines has any of these yields no finding (test/startup/hook-gate.test.ts
// holds this over every fixture corpus). Anything else is left to the CLI: a config file (its
// rules may add findings), a key file's few lines (a bare key has neither keyword nor shape), a
// rename, copy, binary, submodule or symlink entry (whole-file.ts may read it whole), a diff
// over HOOK_GATE_MAX_BYTES, and one git streamed (staged-git.ts).

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { shapeOf } from '../detect/gate/prefilter.js';
import { isKeyFile, nameParts } from '../detect/filters/file-name.js';
import { HOOK_MARKERS, HOOK_WORDS } from './hook-words.js';

/** config.ts CONFIG_FILE (not imported: config.ts would bring its validation into the loader's path). */
export const HOOK_CONFIG_FILE = '.secret-scan.json';

/** Whether a line is one no detector is run on, whatever surrounds it (see above). */
export type LineTest = (text: string) => boolean;

/**
 * The test over `words` (lower case: every rule's keywords and the marker words, hook-words.ts).
 * A word occurs in a line when it occurs in the line lower-cased: a superset of what the keyword
 * index matches (ASCII case folded, a non-ASCII character by its lower-case form). The words are
 * looked up by their first three characters (a shorter one by itself), so a line costs one
 * pass and a few comparisons rather than a pass per word. The shape is the one the staged
 * scan's keyword pass measures (prefilter.ts shapeOf).
 */
export function cleanLineTest(words: readonly string[] = HOOK_WORDS): LineTest {
  // Three ASCII characters as one small integer (no number is boxed in the line's loop); -1 when
  // one is not ASCII: no word starts there (the catalog's words are ASCII, else they go in `other`).
  const head = (s: string, i: number): number => {
    const a = s.charCodeAt(i);
    const b = s.charCodeAt(i + 1);
    const c = s.charCodeAt(i + 2);
    return (a | b | c) < 128 ? (a << 14) | (b << 7) | c : -1;
  };
  const byHead = new Map<number, string[]>();
  const other: string[] = [];
  for (const w of words) {
    const h = w.length < 3 ? -1 : head(w, 0);
    if (h < 0) other.push(w);
    else {
      const list = byHead.get(h);
      if (list) list.push(w);
      else byHead.set(h, [w]);
    }
  }
  const hasWord = (line: string): boolean => {
    const s = line.toLowerCase();
    for (const w of other) if (s.includes(w)) return true;
    for (let i = 0; i + 3 <= s.length; i++) {
      const list = byHead.get(head(s, i));
      if (list === undefined) continue;
      for (const w of list) if (s.startsWith(w, i)) return true;
    }
    return false;
  };
  return (text) => shapeOf(text) === 0 && !text.includes(' AAAA') && !hasWord(text);
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
export function stagedDiffIsClean(root: string, diff: Buffer, clean?: LineTest): boolean {
  if (diff.length > HOOK_GATE_MAX_BYTES || existsSync(join(root, HOOK_CONFIG_FILE))) return false;
  const text = diff.toString('utf8');
  // Most diffs the gate declines hold a marker word (`key`, `token`, `user`…): one regular
  // expression over the added lines finds it before the word table is built (cleanLineTest).
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
  const test = clean ?? cleanLineTest();
  for (const line of added) if (!test(line)) return false;
  return true;
}

/**
 * The header lines of a file whose added lines are all in its hunks (no rename, copy, binary
 * content nor submodule): anything else declines.
 */
const HEADERS = ['index ', '--- ', 'new file mode 100', 'old mode 100', 'new mode 100'];
