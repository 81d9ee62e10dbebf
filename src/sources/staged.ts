// Staged source (pre-commit): the lines the index adds relative to HEAD, or to the empty
// tree before the first commit. Reads what is staged, never the working tree.

import type { Fragment } from '../types.js';
import { gitFailure } from '../git.js';
import { UsageError } from '../types.js';
import { parseDiff, type DiffFile } from './diff-parser.js';
import { startStagedGit, takeStagedGit } from './staged-git.js';

export interface StagedScan {
  readonly root: string;
  readonly fragments: Fragment[];
  /** Renamed/copied and binary entries: whole-file.ts completeStaged reads those that need it whole. */
  readonly entries: DiffFile[];
}

export async function stagedFragments(cwd: string): Promise<StagedScan> {
  // Both git calls at once (the hook's time is mostly process start-up), or taken over from
  // the loader, which started them before the CLI was even compiled.
  const git = takeStagedGit(cwd) ?? startStagedGit(cwd);
  const [top, r] = await Promise.all([git.root, git.diff]).catch((e: unknown) => {
    // The loader's bundle has its own UsageError class: keep the error a usage error here.
    throw e instanceof Error && e.name === 'UsageError' && !(e instanceof UsageError) ? new UsageError(e.message) : e;
  });
  if (top.code !== 0) throw new UsageError(`--staged needs a git repository, and ${cwd} is not inside one`);
  const root = top.stdout.toString('utf8').trim();
  if (r.code !== 0) throw gitFailure('git diff --cached', r);
  const fragments: Fragment[] = [];
  const entries: DiffFile[] = [];
  for (const f of parseDiff(r.stdout.toString('utf8'))) {
    if (f.from !== undefined || f.binary) entries.push(f);
    if (f.lines.length > 0) fragments.push({ file: f.path, lines: f.lines, ...(f.continued ? { continued: true } : {}) });
  }
  return { root, fragments, entries };
}
