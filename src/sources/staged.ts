// Staged source (pre-commit): the lines the index adds relative to HEAD, or to the empty
// tree before the first commit. Reads what is staged, never the working tree.

import type { Fragment } from '../types.js';
import { DIFF_OPTIONS, gitFailure, requireRepoRoot, runGit } from '../git.js';
import { parseDiff } from './diff-parser.js';

export interface StagedScan {
  readonly root: string;
  readonly fragments: Fragment[];
}

export async function stagedFragments(cwd: string): Promise<StagedScan> {
  // Both git calls at once (the hook's time is mostly process start-up). Diff paths are
  // relative to the top level whatever the working directory. -M/-C so a renamed or copied
  // file only contributes its edited lines; without HEAD, `diff --cached` compares against
  // the empty tree; submodule pointers are not content.
  const [root, r] = await Promise.all([
    requireRepoRoot(cwd, '--staged'),
    runGit(['-c', 'core.quotePath=false', 'diff', '--cached', ...DIFF_OPTIONS, '-M', '-C', '--diff-filter=ACMR', '--ignore-submodules=all'], cwd),
  ]);
  if (r.code !== 0) throw gitFailure('git diff --cached', r);
  const fragments = parseDiff(r.stdout.toString('utf8')).map((f) => ({ file: f.path, lines: f.lines }));
  return { root, fragments };
}
