// `secret-scan --staged`, the hook's exact command line, is answered without yargs (src/cli-args.ts
// plainScanArgs). Whatever the repository holds, it must answer exactly as the same options spelled
// so that yargs parses them (a flag given its default as `=false` is a spelling plainScanArgs
// leaves to yargs): same exit code, same report, same messages.

import { afterEach, describe, expect, it } from 'vitest';
import { plainScanArgs } from '../../src/cli-args.js';
import { synth } from '../../src/detect/synthetic.js';
import { makeRepo, type Repo, type RunResult } from '../helpers/git-repo.js';

let repos: Repo[] = [];
function repo(init = true): Repo {
  const r = makeRepo({ init });
  repos.push(r);
  return r;
}
afterEach(() => {
  for (const r of repos) r.cleanup();
  repos = [];
});

/** The fast path, then two spellings yargs parses; all three results must be the same. */
const YARGS_SPELLINGS = [
  ['--staged', '--format', 'text', '--quiet=false'],
  ['--format=text', '--redact', '--staged', '--all=false'],
];
function answers(r: Repo): RunResult[] {
  expect(plainScanArgs(['--staged'])).not.toBeNull();
  for (const s of YARGS_SPELLINGS) expect(plainScanArgs(s)).toBeNull();
  return [r.scan('--staged'), ...YARGS_SPELLINGS.map((s) => r.scan(...s))];
}

function expectSame(results: RunResult[]): RunResult {
  const [fast, ...parsed] = results;
  for (const p of parsed) expect(fast).toEqual(p);
  return fast!;
}

describe('secret-scan --staged without yargs', () => {
  it('blocks a staged secret with the same report', () => {
    const r = repo();
    r.write('app.py', `import os\nSECRET_KEY = '${synth('hex', 64, 'fast-path-1')}'\n`);
    r.git('add', 'app.py');
    const fast = expectSame(answers(r));
    expect(fast.code).toBe(1);
    expect(fast.stdout).toContain('app.py:2');
  });

  it('passes a clean index, and an empty one, the same way', () => {
    const r = repo();
    expect(expectSame(answers(r)).code).toBe(0);
    r.write('app.py', "import os\nSECRET_KEY = os.environ['SECRET_KEY']\n");
    r.git('add', 'app.py');
    expect(expectSame(answers(r)).code).toBe(0);
  });

  it("follows the repository's config (failOn, allowPaths) the same way", () => {
    const r = repo();
    r.write('.secret-scan.json', JSON.stringify({ failOn: 'warning', allowPaths: ['fixtures/**'] }));
    r.write('settings.py', "SECRET_KEY = 'changeme'\n");
    r.write('fixtures/leak.py', `SECRET_KEY = '${synth('hex', 64, 'fast-path-2')}'\n`);
    r.git('add', '-A');
    const fast = expectSame(answers(r));
    // The weak key is a warning, which this config makes blocking; the allowed path is not reported.
    expect(fast.code).toBe(1);
    expect(fast.stdout).toContain('settings.py:1');
    expect(fast.stdout).not.toContain('fixtures/leak.py');
  });

  it('fails outside a repository with the same one-line error', () => {
    const r = repo(false);
    const fast = expectSame(answers(r));
    expect(fast.code).toBe(2);
    expect(fast.stderr.trim().split('\n')).toHaveLength(1);
  });
});
