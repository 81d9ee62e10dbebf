// The whole history's git log the loader starts before the CLI loads (history-log.ts
// startLogEarly): which command lines start it, and how a scan takes it or stops it. Real
// repositories, real git.

import { execFileSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { dropEarlyLog, logArgs, spawnLog, startLogEarly, takeEarlyLog, wantsEarlyLog } from '../../src/sources/history-log.js';
import { startHistory } from '../../src/sources/history.js';
import { commitAll, makeRepo, type Repo } from '../helpers/git-repo.js';

const repos: Repo[] = [];
afterEach(() => {
  dropEarlyLog();
  repos.splice(0).forEach((r) => r.cleanup());
});

function repoWithCommits(n: number): Repo {
  const r = makeRepo();
  repos.push(r);
  for (let i = 0; i < n; i++) {
    r.write(`notes/${i}.txt`, `note ${i}\n`);
    commitAll(r, `note ${i}`);
  }
  return r;
}

/** Everything a history stream gives, as text, once git is done. */
async function drain(stream: ReturnType<typeof startHistory>): Promise<string> {
  const chunks: Buffer[] = [];
  const ended = stream.output.release((c) => chunks.push(c));
  stream.stdout.resume();
  await ended;
  await stream.done;
  return Buffer.concat(chunks).toString('utf8');
}

/** How a child ended: exit code and signal. */
function ended(child: import('node:child_process').ChildProcess): Promise<[number | null, string | null]> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve([child.exitCode, child.signalCode]);
  return new Promise((resolve) => child.once('exit', (code, signal) => resolve([code, signal])));
}

describe('logArgs', () => {
  it("gives a deleted file's header and none of its removed lines; an edit's removed line stays", () => {
    const r = makeRepo();
    repos.push(r);
    r.write('gone.txt', 'first gone line\nsecond gone line\n');
    r.write('kept.txt', 'old kept line\n');
    commitAll(r, 'add');
    r.git('rm', '-q', 'gone.txt');
    r.write('kept.txt', 'new kept line\n');
    commitAll(r, 'delete one, edit one');
    const text = execFileSync('git', [...logArgs(), 'HEAD'], { cwd: r.dir, encoding: 'utf8' });
    expect(text).toContain('diff --git a/gone.txt b/gone.txt\ndeleted file mode 100644\n');
    expect(text).not.toContain('-first gone line');
    expect(text).not.toContain('-second gone line');
    expect(text).toContain('+first gone line');
    expect(text).toContain('-old kept line\n+new kept line');
  });
});

describe('wantsEarlyLog', () => {
  it('starts the log for --history with options that leave git log as it is', () => {
    for (const words of [
      ['--history'],
      ['--history', '--format', 'json', '--output', 'report.json', '--quiet'],
      ['--format=sarif', '--history', '--no-redact', '--no-config', '--baseline', 'b.json', '--fail-on', 'never'],
      ['--history', '--no-all'],
    ]) {
      expect(wantsEarlyLog(words), words.join(' ')).toBe(true);
    }
  });

  it('starts none without --history, with an option that changes the log or ends the run, or for a command', () => {
    expect(wantsEarlyLog([])).toBe(false);
    expect(wantsEarlyLog(['--staged'])).toBe(false);
    expect(wantsEarlyLog(['--format', 'json'])).toBe(false);
    // Each word that changes what git log is asked for, or makes the run no scan, alone and as `--word=value`.
    for (const word of ['--range', '--since', '--all', '--shard', '--staged', '--help', '--version', '-h']) {
      expect(wantsEarlyLog(['--history', word]), word).toBe(false);
      expect(wantsEarlyLog(['--history', `${word}=x`]), `${word}=x`).toBe(false);
    }
    for (const command of ['baseline', 'init', 'help', 'completion']) expect(wantsEarlyLog([command, '--history']), command).toBe(false);
    // A path of that name after the options is a path.
    expect(wantsEarlyLog(['--history', 'init'])).toBe(true);
  });
});

describe('the early log', () => {
  it('is taken once, for the directory and top level it was started for, with the same output as a log started then', async () => {
    const r = repoWithCommits(3);
    startLogEarly(r.dir);
    // Asked for from elsewhere: not given, and stopped.
    startLogEarly(r.dir);
    expect(takeEarlyLog(`${r.dir}/notes`, r.dir)).toBeNull();
    // Asked for with another top level than the one it was started at (git's answer differs from the loader's guess): the same.
    startLogEarly(r.dir);
    expect(takeEarlyLog(r.dir, `${r.dir}/notes`)).toBeNull();
    startLogEarly(r.dir);
    const log = takeEarlyLog(r.dir, r.dir);
    expect(log).not.toBeNull();
    expect(takeEarlyLog(r.dir, r.dir)).toBeNull();
    const early = await drain(startHistory(r.dir, {}, log));
    const later = await drain(startHistory(r.dir, {}));
    expect(early.match(/\u0000\u0001/g)).toHaveLength(3);
    expect(early).toBe(later);
  });

  it('is stopped, and a log for the options started instead, when they ask for another log', async () => {
    const r = repoWithCommits(3);
    for (const o of [{ range: 'HEAD~1..HEAD' }, { since: '2000-01-01' }, { all: true }, { shard: { index: 1, count: 1 } }]) {
      const started = spawnLog(r.dir, {});
      const text = await drain(startHistory(r.dir, o, started));
      // Told to stop (it may have ended by itself first: three commits take git a few ms).
      expect(started.child.killed, JSON.stringify(o)).toBe(true);
      await ended(started.child);
      expect(text).toBe(await drain(startHistory(r.dir, o)));
    }
  });

  it('is kept when the options name the same commits (isLogFor compares what git log is asked for)', async () => {
    const r = repoWithCommits(3);
    for (const o of [{}, { range: 'HEAD' }, { all: false }]) {
      const started = spawnLog(r.dir, {});
      const text = await drain(startHistory(r.dir, o, started));
      expect(started.child.killed, JSON.stringify(o)).toBe(false);
      expect(text.match(/\u0000\u0001/g), JSON.stringify(o)).toHaveLength(3);
    }
  });

  it('is stopped by dropEarlyLog when no scan takes it', async () => {
    const r = repoWithCommits(2);
    startLogEarly(r.dir);
    const g = globalThis as unknown as Record<symbol, { log: { child: import('node:child_process').ChildProcess } } | undefined>;
    const child = g[Symbol.for('secret-scan.early-log')]!.log.child;
    dropEarlyLog();
    expect(child.killed).toBe(true);
    await ended(child);
    expect(takeEarlyLog(r.dir, r.dir)).toBeNull();
  });
});
