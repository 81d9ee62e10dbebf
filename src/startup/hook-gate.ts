// The hook's answer for a staged diff that cannot hold a finding, given before the CLI is loaded.
// The loader (loader.ts) has the staged diff before it reads the CLI's bundle (staged-git.ts);
// when no added line can reach a detector, the scan would find nothing and print nothing, so
// the loader exits 0 there and then: no bundle to read, deserialize and run (the bench's commit:
// 28 ms above `node -e 0` instead of 45 ms; bench/README.md, fifteenth pass).
//
// The test is the engine's line gate, made stricter, never looser: a line goes on to the
// detectors only when it holds a keyword of some rule or a marker word (a secret-looking name),
// a shape the randomness and blob detectors look at, or an SSH public key's ` AAAA`; a line
// before or a section above opens a line up only when it holds a marker word itself. Some of
// these the gate settles as the engine does (engine.ts scanLine), with the engine's own tests:
// - a base64 run is a shape only where it decodes to text: the engine passes over a line whose
//   one shape is a run that does not, as the names of code mostly are (`SessionMixin`,
//   `getAsyncLocalStorage`: both cases, a multiple of four letters);
// - the marker words read only as words of a name (names.ts WORD_MARKERS: `pat`, `key`, `user`…)
//   leave a line closed inside other words (`path`, `monkey`, `users`) unless a secret's context
//   is beside them, and then only a section they name opens the lines under it (hook-markers.ts markersSettled);
// - on a line with no open marker word and no shape, the engine runs only the rules whose
//   keywords the line holds (none of them generic-*), and a rule reports only where its pattern
//   matches: so a keyword whose rules' patterns all miss the line (`https://` with no password
//   in it, `github.com`) is as good as none. The gate compiles only the patterns of the words a
//   diff holds;
// - in a lockfile (file-name.ts isLockfile) only the provider rules run on any line, so there a
//   line is settled by its words' patterns alone, whatever its shapes and marker words (the
//   hashes of a lockfile update are random runs): a keyword of a generic-* rule too, but not a
//   PEM line's `-----` (engine.ts scanLine reads a private key split over lines from it);
// - elsewhere, a line of dashes alone (an underline, a rule: RULE_LINE) holds the marker word
//   `-----` but nothing the engine could report, and opens no other line.
// So a diff none of whose added lines has any of the rest yields no finding
// (test/startup/hook-gate.test.ts holds this over every fixture corpus and every rule's
// samples). Anything else is left to the CLI: a config file (its
// rules may add findings), a key file's few lines (a bare key has neither keyword nor shape), a
// rename, copy, binary, submodule or symlink entry (whole-file.ts may read it whole), a diff
// over HOOK_GATE_MAX_BYTES, and one git streamed (staged-git.ts).

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { shapeOf } from '../detect/gate/prefilter.js';
import { findEncodedBlobs } from '../detect/detectors/encoded.js';
import { SHAPE_BASE64_RUN } from '../detect/randomness/token-runs.js';
import { isKeyFile, isLockfile, nameParts } from '../detect/filters/file-name.js';
import { markerClosed, markersSettled } from './hook-markers.js';
import { HOOK_MARKERS, HOOK_WORD_MARKERS, HOOK_WORDS, hookPattern, hookWordOpens, hookWordPatterns } from './hook-words.js';

/** config.ts CONFIG_FILE (not imported: config.ts would bring its validation into the loader's path). */
export const HOOK_CONFIG_FILE = '.secret-scan.json';

/** Whether a line is one no detector is run on, or one the provider rules alone pass over, whatever surrounds it (see above). */
export type LineTest = (text: string) => boolean;

/**
 * The words (hook-words.ts: every rule's keywords and the marker words, lower case) a text holds
 * when lower-cased, by their index in HOOK_WORDS: a superset of what the keyword index matches
 * (ASCII case folded, a non-ASCII character by its lower-case form). Null as soon as it holds one
 * that no pattern settles (a generic-* rule's keyword: hookWordOpens), unless the text is a
 * lockfile's (`lockfile`), where patterns settle every word. The text may be lines joined by
 * newlines: no word holds one.
 */
export type WordFinder = (text: string, lockfile?: boolean) => readonly number[] | null;

/**
 * Past this many characters of text the word finder makes one pass over it with a regular
 * expression of every word instead of one search per head: 405 searches of a 500 KB lockfile
 * update took 100 ms, the one pass 10 ms. On a short text the expression's compilation (~5 ms)
 * outweighs that: the first 16 KB of that update took 3.6 ms by searches and 5.3 by the pass, 32
 * KB 7.0 and 5.5, 32 KB of Ruby 7.9 and 6.5 (fresh processes, cold). The answer is the same
 * either way.
 */
export const FINDER_ONE_PASS_PAST = 24 * 1024;

/** Whether the word finder makes one pass over a (lower-cased) text of `length` characters rather than one search per head. */
export function findsInOnePass(length: number, onePassPast = FINDER_ONE_PASS_PAST): boolean {
  return length > onePassPast;
}

/**
 * The word finder. Up to `onePassPast` characters, one native substring search per distinct
 * three-character head (405 for the catalog's 634 words), and the words of a head only where it
 * occurs: the gate runs once per process, in V8's interpreter, where a loop over a text's
 * characters costs ~0.3 us a character (the bench's 180 lines: 1.2 ms, against ~0.5 ms this
 * way). Past it, one regular expression of every word, longest first, from each place it matched
 * to the next character: a word is found where it starts, with every word that is a prefix of it
 * (both ways find the same words: test/startup/hook-gate.test.ts).
 */
export function wordFinder(onePassPast = FINDER_ONE_PASS_PAST): WordFinder {
  let heads: string[] | undefined;
  const byHead: number[][] = [];
  let every: RegExp | undefined;

  const bySearches = (s: string, lockfile: boolean): number[] | null => {
    if (heads === undefined) {
      heads = [];
      const at = new Map<string, number>();
      for (let w = 0; w < HOOK_WORDS.length; w++) {
        const h = HOOK_WORDS[w]!.slice(0, 3);
        const i = at.get(h);
        if (i === undefined) {
          at.set(h, heads.length);
          heads.push(h);
          byHead.push([w]);
        } else byHead[i]!.push(w);
      }
    }
    const found: number[] = [];
    for (let i = 0; i < heads.length; i++) {
      if (!s.includes(heads[i]!)) continue;
      for (const w of byHead[i]!) {
        if (!s.includes(HOOK_WORDS[w]!)) continue;
        if (!lockfile && hookWordOpens(w)) return null;
        found.push(w);
      }
    }
    return found;
  };

  const byOnePass = (s: string, lockfile: boolean): number[] | null => {
    every ??= wordsPattern(HOOK_WORDS.map((_, w) => w));
    const seen = new Uint8Array(HOOK_WORDS.length);
    const found: number[] = [];
    every.lastIndex = 0;
    for (let m = every.exec(s); m !== null; m = every.exec(s)) {
      for (const w of wordsStarting(m[0])) {
        if (seen[w] === 1) continue;
        seen[w] = 1;
        if (!lockfile && hookWordOpens(w)) return null;
        found.push(w);
      }
      every.lastIndex = m.index + 1;
    }
    return found;
  };

  return (text, lockfile = false) => {
    const s = text.toLowerCase();
    return findsInOnePass(s.length, onePassPast) ? byOnePass(s, lockfile) : bySearches(s, lockfile);
  };
}

/**
 * A global search for any of the words of HOOK_WORDS at `words`, the longest tried first at each
 * place: where it matches, the words there are the one it matched and those that are prefixes of
 * it (wordsStarting).
 */
function wordsPattern(words: readonly number[]): RegExp {
  const longestFirst = [...words].sort((a, b) => HOOK_WORDS[b]!.length - HOOK_WORDS[a]!.length);
  return new RegExp(longestFirst.map((w) => escapeWord(HOOK_WORDS[w]!)).join('|'), 'g');
}

/** `word` as a regular expression's text. */
function escapeWord(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

/** HOOK_WORDS by their first character, for wordsStarting. */
let byFirst: Map<string, number[]> | undefined;
/** wordsStarting's answers so far. */
const starting = new Map<string, readonly number[]>();

/** The words of HOOK_WORDS that `text` starts with. */
function wordsStarting(text: string): readonly number[] {
  let ws = starting.get(text);
  if (ws === undefined) {
    if (byFirst === undefined) {
      byFirst = new Map();
      for (let w = 0; w < HOOK_WORDS.length; w++) {
        const c = HOOK_WORDS[w]![0]!;
        const list = byFirst.get(c);
        if (list === undefined) byFirst.set(c, [w]);
        else list.push(w);
      }
    }
    ws = (byFirst.get(text[0]!) ?? []).filter((w) => text.startsWith(HOOK_WORDS[w]!));
    starting.set(text, ws);
  }
  return ws;
}

/**
 * A line the gate settles (a keyword or a marker word, all of them in HOOK_WORDS and so held to
 * this by settledLine; a base64 run, by hasLiveShape) is left to the CLI past this length: the
 * engine cuts it into windows and judges each by itself, and a window may have a shape or an open
 * marker word the whole line lacks (engine.ts LONG_LINE, which test/startup/hook-gate.test.ts
 * holds this to).
 */
export const SETTLE_MAX_LINE = 8192;

/** hook-words.ts HOOK_PATTERNS compiled, each the first time a diff needs it. */
const compiled: (RegExp | undefined)[] = [];

/** The pattern at `i` (hookPattern: `flags/source`), without a global or sticky flag: tested from the line's start, as matchRule runs it. */
function pattern(i: number): RegExp {
  let re = compiled[i];
  if (re === undefined) {
    const spec = hookPattern(i);
    const slash = spec.indexOf('/');
    re = compiled[i] = new RegExp(spec.slice(slash + 1), spec.slice(0, slash).replace(/[gy]/g, ''));
  }
  return re;
}

/**
 * Whether every line of `lines` (joined by newlines: `joined`) holding a word of `found` (every
 * word the text holds, none of them one that opens a line: WordFinder) is settled by the
 * patterns of the words it holds (settledLine). The words are found where they are by one search
 * for all of them over the text lower-cased, not by a test of each line for each word: a lockfile
 * update of 12,646 lines took 35 ms that way. Lower-casing keeps every newline where it is and
 * makes none, so the text's lines are the lines lower-cased.
 */
function linesSettled(lines: readonly string[], joined: string, found: readonly number[]): boolean {
  if (found.length === 0) return true;
  const lower = joined.toLowerCase();
  const any = wordsPattern(found);
  // The line the last match was on (its end in `lower`), and the words matched there so far.
  let line = 0;
  let end = lineEnd(lower, 0);
  let held: number[] = [];
  for (let m = any.exec(lower); m !== null; m = any.exec(lower)) {
    if (m.index > end) {
      if (!settledLine(lines[line]!, held)) return false;
      held = [];
      do {
        line++;
        end = lineEnd(lower, end + 1);
      } while (end < m.index);
    }
    for (const w of wordsStarting(m[0])) if (!held.includes(w)) held.push(w);
    any.lastIndex = m.index + 1;
  }
  return settledLine(lines[line]!, held);
}

/** Where the line of `text` starting at `start` ends: its newline, or the text's end. */
function lineEnd(text: string, start: number): number {
  const nl = text.indexOf('\n', start);
  return nl < 0 ? text.length : nl;
}

/**
 * Whether the provider rules of the words `held` (each settleable: WordFinder), which `line`
 * holds, pass over it: none of their patterns matches it, and it is short enough to be judged
 * whole.
 */
function settledLine(line: string, held: readonly number[]): boolean {
  if (held.length === 0) return true;
  if (line.length > SETTLE_MAX_LINE) return false;
  for (const w of held) for (const p of hookWordPatterns(w)) if (pattern(p).test(line)) return false;
  return true;
}

/**
 * Whether a line has a shape the engine looks at: any the keyword pass measures (prefilter.ts
 * shapeOf) but a base64 run alone whose runs decode to no text (encoded.ts findEncodedBlobs) on
 * a line judged whole (SETTLE_MAX_LINE), which engine.ts scanLine passes over where nothing else
 * opens the line.
 */
function hasLiveShape(text: string): boolean {
  const shape = shapeOf(text);
  return shape !== 0 && (shape !== SHAPE_BASE64_RUN || text.length > SETTLE_MAX_LINE || findEncodedBlobs(text).length > 0);
}

/**
 * The whole test for one line: no shape the engine looks at (hasLiveShape), no SSH public key's
 * ` AAAA`, and no word but those whose rules' patterns pass over it (settledLine), each word
 * looked for by itself; for a line of a lockfile (`lockfile`), no `-----` and no word but those
 * whose patterns pass over it. stagedDiffIsClean gives the answer of this test on every added
 * line from one pass over them all (test/startup/hook-gate.test.ts holds the two equal).
 */
export function cleanLineTest(lockfile = false): LineTest {
  const always = HOOK_MARKERS.filter((m) => !HOOK_WORD_MARKERS.includes(m));
  return (text) => {
    if (lockfile ? text.includes(PEM_DASHES) : hasLiveShape(text) || text.includes(' AAAA')) return false;
    const lower = text.toLowerCase();
    if (!lockfile && ((!RULE_LINE.test(text) && always.some((m) => lower.includes(m))) || !markerClosed(text))) return false;
    const found: number[] = [];
    for (let w = 0; w < HOOK_WORDS.length; w++) {
      if (!lower.includes(HOOK_WORDS[w]!)) continue;
      if (!lockfile && hookWordOpens(w)) return false;
      found.push(w);
    }
    return settledLine(text, found);
  };
}

/** The marker word a PEM block's lines hang on: in a lockfile too, the engine reads a private key split over lines from it. */
const PEM_DASHES = '-----';

/**
 * A line of dashes, spaces and tabs alone: a reStructuredText or Markdown heading's underline, a
 * rule, a table's border. Its `-----` is a marker word that opens a line wherever it is, but the
 * engine finds nothing on such a line (no name and no value; no PEM `BEGIN` or `END`, which the
 * PEM state and a key split over lines start from; not a key file's, which declines by name), and
 * it opens no other line: not the next (assignments.ts namesNextLine), nor those under it (no
 * section starts with a dash and no name, sections.ts). So outside a lockfile the gate passes over
 * it as over a line without the word: Python projects' changelogs and docs gain one with every
 * release heading (flask's, werkzeug's and requests' histories: 7-13 of their 200 newest commits
 * declined for it alone).
 */
const RULE_LINE = /^[ \t-]*$/;

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
 * Past this many bytes of diff the CLI is left to it. Every pass over a diff is linear (the
 * words: one expression past FINDER_ONE_PASS_PAST): a diff of code the gate declines costs it a
 * few ms a MB (a marker word comes early), and one it answers spares the CLI: a 500 KB
 * package-lock.json update, 45 ms of gate against ~190 ms of CLI. But a lockfile update clean
 * until its end costs the gate ~60 ms a MB before it declines, and the CLI then scans it anyway
 * (~130 ms a MB): 4 MB of them took the hook 920 ms against 550 ms without the gate's look, 1 MB
 * 425 against 326 ms (and a clean 1 MB 229 against 317). In the twelve histories of
 * bench/README.md's twenty-sixth pass (30,848 commits), no diff over 512 KB was one the gate
 * answers, so past 1 MB it is not asked. (The loader reads a diff whole up to 4 MB, staged-git.ts
 * STREAM_ABOVE.)
 */
export const HOOK_GATE_MAX_BYTES = 1024 * 1024;

/**
 * Whether the staged diff `diff` (git diff --cached, as staged-git.ts runs it, read whole) of the
 * repository at `root` holds nothing the scan could report: then `secret-scan --staged` exits 0
 * and prints nothing. False whenever in doubt. Its own pass over the diff's lines, stricter than
 * the diff parser's (diff-parser.ts): every line after a hunk header that starts with '+' is
 * tested (the parser counts them, and drops some), and any header it does not expect declines.
 */
export function stagedDiffIsClean(root: string, diff: Buffer, find?: WordFinder): boolean {
  if (diff.length > HOOK_GATE_MAX_BYTES || existsSync(join(root, HOOK_CONFIG_FILE))) return false;
  const text = diff.toString('utf8');
  // Most diffs the gate declines hold a marker word that opens a line wherever it is (`token`,
  // `secret`, `cookie`…): one regular expression over the added lines finds it before the word
  // table is built (wordFinder). The others (`key`, `pat`, `user`…) are noted, for markersSettled.
  const always = markerPattern(HOOK_MARKERS.filter((m) => !HOOK_WORD_MARKERS.includes(m)));
  const added: string[] = [];
  // Where each file's added lines start in `added`.
  const files: number[] = [];
  // The added lines of lockfiles, each settled by its words' patterns alone (cleanLineTest).
  const locked: string[] = [];
  let lockfile = false;
  let wordMarkers = false;
  let inHunk = false;
  for (let at = 0; at < text.length; ) {
    let nl = text.indexOf('\n', at);
    if (nl < 0) nl = text.length;
    const c = text.charCodeAt(at);
    if (c === 43 /* + */ && inHunk) {
      // As the parser cuts it: without the '+', and without a CR before the newline.
      const end = nl > at + 1 && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
      const line = text.slice(at + 1, end);
      if (lockfile) locked.push(line);
      else {
        if (always.test(line) && !RULE_LINE.test(line)) return false;
        wordMarkers ||= WORD_MARKER.test(line);
        added.push(line);
      }
    } else if (c === 64 /* @ */ && text.startsWith('@@ ', at)) {
      inHunk = true;
    } else if (c === 100 /* d */ && text.startsWith('diff --git ', at)) {
      inHunk = false;
      lockfile = false;
    } else if (inHunk) {
      // With -U0 a hunk holds only removed lines and git's "\ No newline at end of file".
      if (c !== 45 /* - */ && c !== 92 /* \ */) return false;
    } else if (text.startsWith('+++ ', at)) {
      // The new path: a key file's few lines are scanned whatever they hold. A quoted path
      // (unusual characters) is left to the CLI rather than unquoted here.
      const path = text.slice(at + 4, nl);
      if (!path.startsWith('b/')) return false;
      const name = nameParts(path.slice(2));
      if (isKeyFile(name)) return false;
      lockfile = isLockfile(name);
      files.push(added.length);
    } else if (!HEADERS.some((h) => text.startsWith(h, at))) {
      // A rename or copy, a binary file, a submodule, or anything else: the CLI decides.
      return false;
    }
    at = nl + 1;
  }
  // Every added line passes cleanLineTest, tested over them all at once: shapes and words over
  // the lines joined, then each line holding a word against the patterns of the words it holds;
  // and no line sits in a section named by a marker word. A lockfile's lines: words and patterns
  // alone.
  const joined = added.join('\n');
  if (!shapeless(added, joined)) return false;
  const words = find ?? wordFinder();
  const found = words(joined);
  if (found === null || !linesSettled(added, joined, found)) return false;
  if (wordMarkers && !markersSettled(added, files)) return false;
  if (locked.length === 0) return true;
  const lockedJoined = locked.join('\n');
  return !lockedJoined.includes(PEM_DASHES) && linesSettled(locked, lockedJoined, words(lockedJoined, true)!);
}

/** A case-insensitive search for any of `words`. */
function markerPattern(words: readonly string[]): RegExp {
  return new RegExp(words.map(escapeWord).join('|'), 'i');
}

/** The marker words that open a line only where a name rule can read them (names.ts WORD_MARKERS: `pat` in `path` does not). */
const WORD_MARKER = markerPattern(HOOK_WORD_MARKERS);

/**
 * The header lines of a file whose added lines are all in its hunks (no rename, copy, binary
 * content nor submodule): anything else declines.
 */
const HEADERS = ['index ', '--- ', 'new file mode 100', 'old mode 100', 'new mode 100'];
