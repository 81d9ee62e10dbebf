// Staged source (pre-commit): the lines the index adds relative to HEAD, or to the empty
// tree before the first commit. Reads what is staged, never the working tree.

import type { Fragment } from '../types.js';
import { gitFailure } from '../git.js';
import { UsageError } from '../types.js';
import { iterateDiff, type DiffFile } from './diff-parser.js';
import { startStagedGit, takeStagedGit } from './staged-git.js';

export interface StagedScan {
  readonly root: string;
  /** Re-iterable; parses the diff on each pass. */
  readonly fragments: Iterable<Fragment>;
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
  const text = r.stdout.toString('utf8');
  // Parsed each time they are iterated, so a huge staged file never has all its lines alive.
  const fragments: Iterable<Fragment> = {
    *[Symbol.iterator]() {
      for (const f of iterateDiff(text)) if (f.lines.length > 0) yield { file: f.path, lines: f.lines, ...(f.continued ? { continued: true } : {}) };
    },
  };
  // Renames, copies and binaries, when git's output has any (most commits have none).
  const entries: DiffFile[] = [];
  if (/^(?:rename from|copy from|Binary files|GIT binary patch)/m.test(text)) {
    for (const f of iterateDiff(text)) if (f.from !== undefined || f.binary) entries.push(f);
  }
  return { root, fragments, entries };
}
