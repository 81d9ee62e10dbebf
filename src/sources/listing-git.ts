// The `git ls-files` of a whole-repository tree scan. Startable before anything else is loaded:
// for a command line that names no path and no other mode, the shipped entry (startup/loader.ts)
// starts it at once and the tree source takes the answer over (worktree.ts listFiles), so git
// lists the files while node compiles and starts the CLI.

import { lstatSync } from 'node:fs';
import { join } from 'node:path';
import { runGit, type GitResult } from '../git.js';
import { topLevel } from './staged-git.js';

/** `git ls-files` of every file git does not ignore, under the directory it runs in. */
export function lsFilesArgs(): string[] {
  return ['ls-files', '-z', '--cached', '--others', '--exclude-standard', '--', '.'];
}

/**
 * The top level of the repository holding `cwd`, when it can be found without asking git: the
 * nearest directory up with a `.git` file (a worktree or submodule: git stops there, and fails if
 * it points nowhere) or a `.git` directory holding what git looks for in one (HEAD, objects/,
 * refs/). Null when git must say: environment variables that move the repository (staged-git.ts
 * topLevel), or a `.git` directory that is not a repository, past which git looks further up
 * (listing there would list a subdirectory of the repository as if it were all of it).
 */
export function plainTopLevel(cwd: string): string | null {
  const top = topLevel(cwd);
  if (top === null) return null;
  try {
    const git = join(top, '.git');
    if (lstatSync(git).isFile()) return top;
    return lstatSync(join(git, 'HEAD')).isFile() && lstatSync(join(git, 'objects')).isDirectory() && lstatSync(join(git, 'refs')).isDirectory() ? top : null;
  } catch {
    return null;
  }
}

const EARLY = Symbol.for('secret-scan.listing-git');

interface EarlyListing {
  readonly cwd: string;
  readonly top: string;
  readonly result: Promise<GitResult>;
}

/** The CLI's options that take a value (the next argument, or after `=`) and leave a tree scan whole. */
const VALUED = ['--format', '--output', '--config', '--baseline', '--fail-on', '--max-file-size'];
/** Its options that take none and leave a tree scan whole. */
const FLAGS = ['--no-config', '--redact', '--no-redact', '--quiet', '--report-unused-allows'];

/**
 * The loader's part: for a command line of only VALUED and FLAGS options (no path, no other mode,
 * no command), lists the repository's files now, where plainTopLevel finds it. Anything else
 * starts nothing; the tree source takes the answer only for a scan of that same directory.
 */
export function startListingEarly(argv: readonly string[], cwd: string): void {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (FLAGS.includes(a) || VALUED.some((o) => a.startsWith(`${o}=`))) continue;
    if (VALUED.includes(a) && i + 1 < argv.length) {
      i++;
      continue;
    }
    return;
  }
  try {
    const top = plainTopLevel(cwd);
    if (top === null) return;
    const result = runGit(lsFilesArgs(), top);
    // Until the tree source awaits it (or if it never does), a failure is not unhandled.
    result.catch(() => {});
    (globalThis as { [EARLY]?: EarlyListing })[EARLY] = { cwd, top, result };
  } catch {
    // The tree source runs git itself.
  }
}

/** The listing the loader started, once, when it is of `top` for a scan from `cwd`; else null. */
export function takeEarlyListing(cwd: string, top: string): Promise<GitResult> | null {
  const g = globalThis as { [EARLY]?: EarlyListing };
  const early = g[EARLY];
  delete g[EARLY];
  return early && early.cwd === cwd && early.top === top ? early.result : null;
}
