// History mode against real repositories: introducing commit, dedup, ranges, merges, renames, shards.

import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { scan, type ScanOptions } from '../../src/scan.js';
import { synth } from '../../src/detect/synthetic.js';
import { awsKey, awsLine, createTestRepo, type TestRepo } from '../helpers/history-repo.js';
import type { Finding } from '../../src/types.js';
import { historyWholeFiles } from '../../src/sources/whole-file.js';
import { COMMIT_MARK, createHistoryParser, indexBlobs, type WholeFileCandidate } from '../../src/sources/history.js';
import { EMPTY_CONFIG } from '../../src/config/config.js';


let repo: TestRepo | null = null;
afterEach(() => {
  repo?.cleanup();
  repo = null;
});

function history(r: TestRepo, extra: Partial<ScanOptions> = {}) {
  return scan({ mode: 'history', paths: [], cwd: r.dir, config: false, quiet: true, ...extra });
}

const where = (f: Finding): string => `${f.commit?.slice(0, 7)} ${f.file}:${f.line}`;

describe('history scan', () => {
  it('reports a secret added then deleted at its introducing commit, marked as no longer in HEAD', async () => {
    repo = createTestRepo();
    repo.write('app/settings.ini', ['[aws]', 'region = eu-west-1', awsLine('gone'), ''].join('\n'));
    const introduced = repo.commit('add settings');
    repo.write('README.md', 'hello\n');
    repo.commit('docs');
    repo.write('app/settings.ini', ['[aws]', 'region = eu-west-1', ''].join('\n'));
    repo.commit('remove the key');

    const { findings, stats } = await history(repo);
    expect(findings).toHaveLength(1);
    const f = findings[0]!;
    expect(f).toMatchObject({ ruleId: 'aws-access-key-id', file: 'app/settings.ini', line: 3, commit: introduced, inHead: false });
    expect(f.secret).toBe(awsKey('gone'));
    expect(f.author).toBe('Ada Tester <ada@example.test>');
    expect(f.date).toBe('2024-01-01T00:01:00+00:00');
    expect(f.occurrences).toBeUndefined();
    expect(stats.commits).toBe(3);
  });

  it('reports a secret committed many times to one file once, at the oldest commit, with the later count', async () => {
    repo = createTestRepo();
    repo.write('deploy.env', `${awsLine('again')}\n`);
    const first = repo.commit('first');
    repo.write('deploy.env', 'nothing\n');
    repo.commit('removed');
    repo.write('deploy.env', `# back\n${awsLine('again')}\n`);
    repo.commit('re-added');
    repo.write('other.env', `${awsLine('again')}\n`);
    const other = repo.commit('copied elsewhere');

    const { findings } = await history(repo);
    expect(findings.map(where)).toEqual([`${first.slice(0, 7)} deploy.env:1`, `${other.slice(0, 7)} other.env:1`]);
    expect(findings[0]!.occurrences).toBe(1);
    expect(findings[1]!.occurrences).toBeUndefined();
    // Still present in HEAD (in both files).
    expect(findings.every((f) => f.inHead === true)).toBe(true);
  });

  it('looks for what is literally on the line in HEAD, not the decoded secret', async () => {
    repo = createTestRepo();
    const basic = Buffer.from(`deploy:${synth('base62', 20, 'basic-auth')}`).toString('base64');
    repo.write('ci/deploy.sh', `curl -H "Authorization: Basic ${basic}" https://ci.example.test/hook\n`);
    repo.commit('deploy hook');
    const { findings } = await history(repo);
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.every((f) => f.inHead === true)).toBe(true);
  });

  it('marks a removed private key as gone from HEAD although another key of its kind is still there', async () => {
    const pemKey = (seed: string): string[] => ['-----BEGIN RSA PRIVATE KEY-----', ...[1, 2].map((n) => synth('base64', 64, `${seed}-${n}`)), '-----END RSA PRIVATE KEY-----'];
    repo = createTestRepo();
    repo.write('keys/old.pem', [...pemKey('hist-old'), ''].join('\n'));
    const first = repo.commit('old key');
    repo.write('keys/new.pem', [...pemKey('hist-new'), ''].join('\n'));
    const second = repo.commit('new key');
    repo.remove('keys/old.pem');
    repo.commit('drop the old key');

    const { findings } = await history(repo);
    expect(findings.map((f) => [f.commit, f.file, f.line, f.inHead])).toEqual([
      [first, 'keys/old.pem', 1, false],
      [second, 'keys/new.pem', 1, true],
    ]);
  });

  it('scans only the commits of --range A..B', async () => {
    repo = createTestRepo();
    repo.write('a.env', `${awsLine('before')}\n`);
    const base = repo.commit('before the range');
    repo.write('b.env', `${awsLine('in1')}\n`);
    const c2 = repo.commit('in range 1');
    repo.write('c.env', `${awsLine('in2')}\n`);
    const c3 = repo.commit('in range 2');

    repo.write('c.env', 'nothing here\n');
    const c4 = repo.commit('in range 3: the second secret is gone');

    const { findings, stats } = await history(repo, { range: `${base}..HEAD` });
    expect(findings.map((f) => f.commit)).toEqual([c2, c3]);
    // A range is checked against HEAD too (read only when the range found something).
    expect(findings.map((f) => f.inHead)).toEqual([true, false]);
    expect(stats.commits).toBe(3);
    expect((await history(repo, { range: `${c3}..${c4}` })).findings).toEqual([]);
  });

  it('scans only commits after --since', async () => {
    repo = createTestRepo();
    repo.write('a.env', `${awsLine('old')}\n`);
    repo.commit('old'); // 2024-01-01T00:01
    repo.write('b.env', `${awsLine('new')}\n`);
    const recent = repo.commit('new'); // 2024-01-01T00:02
    const { findings } = await history(repo, { since: '2024-01-01T00:01:30Z' });
    expect(findings.map((f) => f.commit)).toEqual([recent]);
  });

  it('does not report a secret twice when its branch is merged', async () => {
    repo = createTestRepo();
    repo.write('README.md', 'base\n');
    repo.commit('base');
    repo.git('checkout', '-q', '-b', 'feature');
    repo.write('feature.env', `${awsLine('branch')}\n`);
    const onBranch = repo.commit('feature adds a key');
    repo.git('checkout', '-q', 'main');
    repo.write('main.txt', 'main moves on\n');
    repo.commit('main work');
    repo.git('merge', '-q', '--no-ff', '--no-edit', 'feature');

    const { findings } = await history(repo);
    expect(findings.map((f) => f.commit)).toEqual([onBranch]);
  });

  it('does not re-report unchanged lines of a renamed file', async () => {
    repo = createTestRepo();
    const body = ['import os', '', awsLine('moved'), 'DEBUG = False', 'PORT = 8080', 'HOST = "0.0.0.0"', ''].join('\n');
    repo.write('old/config.py', body);
    const first = repo.commit('add config');
    repo.remove('old/config.py');
    repo.write('new/config.py', body + 'TIMEOUT = 30\n');
    repo.commit('move config');

    const { findings } = await history(repo);
    expect(findings.map(where)).toEqual([`${first.slice(0, 7)} old/config.py:3`]);
    // The secret moved with the file: it is still in HEAD and must be rotated.
    expect(findings[0]!.inHead).toBe(true);
  });

  it('counts a UTF-16 file\'s secret again only when a commit adds its line again, as for text', async () => {
    // git shows no lines for UTF-16 (binary to git): each commit touching the file is read whole,
    // and only the lines its parent's version lacks are additions.
    const wide = (lines: string[]): Buffer => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(lines.join('\r\n'), 'utf16le')]);
    repo = createTestRepo();
    repo.write('conf/settings.ps1.txt', wide(['# settings', awsLine('wide'), 'port = 80', '']));
    const first = repo.commit('add');
    repo.write('conf/settings.ps1.txt', wide(['# settings', '# proxy', awsLine('wide'), 'port = 8080', '']));
    repo.commit('edit around the key');
    repo.write('conf/settings.ps1.txt', wide(['# settings', '# proxy', awsLine('wide'), 'port = 8080', 'host = a', '']));
    repo.commit('edit again');
    let { findings } = await history(repo);
    expect(findings.map(where)).toEqual([`${first.slice(0, 7)} conf/settings.ps1.txt:2`]);
    expect(findings[0]!.occurrences).toBeUndefined();

    // Removed, then added back: one later addition, as a text file counts it.
    repo.write('conf/settings.ps1.txt', wide(['# settings', 'port = 8080', '']));
    repo.commit('remove the key');
    repo.write('conf/settings.ps1.txt', wide(['# settings', awsLine('wide'), 'port = 8080', '']));
    repo.commit('add it back');
    ({ findings } = await history(repo));
    expect(findings.map(where)).toEqual([`${first.slice(0, 7)} conf/settings.ps1.txt:2`]);
    expect(findings[0]!.occurrences).toBe(1);

    // Moved with an edit: compared with the old path's version, the key's line is not new.
    repo.remove('conf/settings.ps1.txt');
    repo.write('conf/prod.ps1.txt', wide(['# settings', awsLine('wide'), 'port = 8080', 'host = b', '']));
    repo.commit('rename with an edit');
    expect(repo.git('show', '--stat', '-M', '--format=', 'HEAD')).toContain('=>');
    ({ findings } = await history(repo));
    expect(findings.map(where)).toEqual([`${first.slice(0, 7)} conf/settings.ps1.txt:2`]);
    expect(findings[0]!.occurrences).toBe(1);
  });

  it('reads whole files as their candidates come in, between waits, in any mix of text, binary, too large, missing and duplicate', async () => {
    const wide = (lines: string[]): Buffer => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(lines.join('\n'), 'utf16le')]);
    repo = createTestRepo();
    repo.write('a/one.txt', wide(['# one', awsLine('whole-1'), '']));
    repo.write('a/big.txt', wide(['# big', awsLine('whole-big'), 'x'.repeat(120_000), '']));
    repo.write('a/image.bin', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]));
    // Past the 32,004 bytes that settle text or binary (whole-file.ts PROBE_BYTES): a binary file
    // (a NUL in its first 8000 bytes) let go after them; one whose only NUL comes later, text by
    // git's rule, read whole; and UTF-16 text whose key is at the end.
    repo.write('a/photo.bin', Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), Buffer.alloc(40_000, 7), Buffer.from(`\n${awsLine('in-binary')}\n`)]));
    repo.write('a/late-nul.dat', Buffer.concat([Buffer.alloc(40_000, 0x41), Buffer.from([0]), Buffer.from(`\n${awsLine('late-nul')}\n`)]));
    repo.write('a/wide.txt', wide([...Array.from({ length: 2000 }, (_, i) => `setting_${i} = ${i}`), awsLine('whole-wide'), '']));
    const c1 = repo.commit('first');
    repo.write('a/one.txt', wide(['# one', awsLine('whole-1'), awsLine('whole-2'), '']));
    repo.write('b/two.txt', wide([awsLine('whole-3'), '']));
    const c2 = repo.commit('second');
    const info = (sha: string, order: number) => ({ sha, time: order, date: '2026-01-01T00:00:00Z', author: 'T <t@example.com>' });
    const whole = historyWholeFiles(repo.dir, EMPTY_CONFIG, 200_000);
    const wait = (): Promise<void> => new Promise((r) => setTimeout(r, 30));
    // Newest commit first, as git log gives them; each added while git reads the ones before.
    whole.add({ commit: info(c2, 2), order: 2, path: 'a/one.txt', binary: true });
    await wait();
    whole.add({ commit: info(c2, 2), order: 2, path: 'a/one.txt', binary: true }); // a duplicate: read once
    whole.add({ commit: info(c2, 2), order: 3, path: 'b/two.txt', binary: true });
    await wait();
    whole.add({ commit: info(c1, 1), order: 5, path: 'a/big.txt', binary: true }); // over maxBytes (200,000)
    whole.add({ commit: info(c1, 1), order: 9, path: 'a/photo.bin', binary: true });
    whole.add({ commit: info(c1, 1), order: 11, path: 'a/late-nul.dat', binary: true });
    whole.add({ commit: info(c1, 1), order: 10, path: 'a/wide.txt', binary: true });
    whole.add({ commit: info(c1, 1), order: 6, path: 'a/image.bin', binary: true }); // binary: nothing
    whole.add({ commit: info(c1, 1), order: 7, path: 'a/gone.txt', binary: true }); // no such object
    whole.add({ commit: info(c1, 1), order: 8, path: 'a', binary: true }); // a tree, not a blob
    await wait();
    whole.add({ commit: info(c1, 1), order: 4, path: 'a/one.txt', binary: true });
    const r = await whole.finish();
    // The second commit adds only the line its parent lacks; b/two.txt is new; the first adds a/one.txt's key.
    const rows = r.findings.map((f, i) => `${f.commit === c1 ? 'c1' : 'c2'} ${f.file}:${f.line} order=${r.orders[i]}`);
    expect(rows.sort()).toEqual(['c1 a/late-nul.dat:2 order=11', 'c1 a/one.txt:2 order=4', 'c1 a/wide.txt:2001 order=10', 'c2 a/one.txt:3 order=2', 'c2 b/two.txt:1 order=3']);
    expect(r.files).toBe(5);
    // A binary file git shows no lines for, over the limit: not read, and not reported skipped
    // (only a rename out of an allow-listed path is: its content was never scanned).
    expect(r.skipped).toEqual([]);
  });

  it("reads a candidate's versions by the ids its `index` line named, a new file's with no parent, and an id git does not find by its path", async () => {
    const wide = (lines: string[]): Buffer => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(lines.join('\n'), 'utf16le')]);
    repo = createTestRepo();
    repo.write('conf.txt', wide(['# conf', '']));
    const c1 = repo.commit('no key');
    repo.write('conf.txt', wide(['# conf', awsLine('by-id'), '']));
    const c2 = repo.commit('the key');
    repo.write('conf.txt', wide(['# conf', awsLine('by-id'), '# more', '']));
    const c3 = repo.commit('a line after it');
    const id = (c: string): string => repo!.git('rev-parse', '--short', `${c}:conf.txt`).trim();
    const info = (sha: string, order: number) => ({ sha, time: order, date: '2026-01-01T00:00:00Z', author: 'T <t@example.com>' });
    const rows = async (blobs: readonly [string, string], commit = c3): Promise<string[]> => {
      const whole = historyWholeFiles(repo!.dir, EMPTY_CONFIG, 1_000_000);
      whole.add({ commit: info(commit, 1), order: 1, path: 'conf.txt', binary: true, blobs });
      const r = await whole.finish();
      return r.findings.map((f) => `${f.commit === c2 ? 'c2' : f.commit === c3 ? 'c3' : '?'} ${f.file}:${f.line}`);
    };
    // c3's parent holds the key: nothing added. By path, its parent is c2's version whatever the
    // ids say; by id, c1's version (no key) makes the key's line an addition.
    expect(await rows([id(c2), id(c3)])).toEqual([]);
    expect(await rows([id(c1), id(c3)])).toEqual(['c3 conf.txt:2']);
    // Zeros for the parent: a new file, every line added.
    expect(await rows(['0000000', id(c3)])).toEqual(['c3 conf.txt:2']);
    // An id that names nothing: c2's version is read by its path instead, and still reported.
    expect(await rows([id(c1), 'abcdef0'], c2)).toEqual(['c2 conf.txt:2']);
    // A parent's id that names nothing: read as no parent (every line added), its file once.
    expect(await rows(['abcdef0', id(c3)])).toEqual(['c3 conf.txt:2']);
    // An id two objects share (git answers "ambiguous"): the same. Among 2,000 blobs two share
    // their first four hex digits (of 65,536) but for a chance of e^-30.
    const dir = join(repo.dir, 'many');
    mkdirSync(dir);
    for (let i = 0; i < 2000; i++) writeFileSync(join(dir, `${i}`), `blob ${i}\n`);
    const ids = repo.git('hash-object', '-w', ...Array.from({ length: 2000 }, (_, i) => `many/${i}`)).trim().split('\n');
    const seen = new Set<string>();
    const shared = ids.map((x) => x.slice(0, 4)).find((h) => seen.has(h) || !seen.add(h))!;
    expect(execFileSync('git', ['cat-file', '--batch-check'], { cwd: repo.dir, input: `${shared}\n`, encoding: 'utf8' })).toBe(`${shared} ambiguous\n`);
    expect(await rows([id(c1), shared], c2)).toEqual(['c2 conf.txt:2']);
    // The log's parser hands each candidate the ids of its `index` line (a pure rename has none).
    const candidates: WholeFileCandidate[] = [];
    const parser = createHistoryParser(() => {}, (c) => candidates.push(c));
    parser.text(
      [
        `${COMMIT_MARK}${c3}\u00011\u00012026-01-01T00:00:00Z\u0001T <t@example.com>`,
        'diff --git a/conf.txt b/conf.txt',
        `index ${id(c2)}..${id(c3)} 100644`,
        'Binary files a/conf.txt and b/conf.txt differ',
        'diff --git a/a.txt b/b.txt',
        'similarity index 100%',
        'rename from a.txt',
        'rename to b.txt',
        '',
      ].join('\n'),
      undefined,
      false,
    );
    parser.end();
    expect(candidates.map((c) => [c.path, c.blobs])).toEqual([
      ['conf.txt', [id(c2), id(c3)]],
      ['b.txt', undefined],
    ]);
    expect(indexBlobs('index 0000000..1a2b3c4d 100644')).toEqual(['0000000', '1a2b3c4d']);
    expect(indexBlobs('index abc..1a2b3c4')).toBeUndefined();
    expect(indexBlobs(undefined)).toBeUndefined();
  });

  it('reads a UTF-16 file whose name holds a newline, by its id (a path cannot go through cat-file\'s line protocol)', async () => {
    const wide = (lines: string[]): Buffer => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(lines.join('\n'), 'utf16le')]);
    repo = createTestRepo();
    repo.write('odd\nname.txt', wide(['# conf', awsLine('newline-name'), '']));
    const c1 = repo.commit('a file with a newline in its name');
    const { findings } = await history(repo);
    expect(findings.map(where)).toEqual([`${c1.slice(0, 7)} odd\nname.txt:2`]);
    expect(findings[0]!.secret).toBe(awsKey('newline-name'));
  });

  it('covers the history exactly once with --shard K/N over all N shards', async () => {
    repo = createTestRepo();
    for (let i = 0; i < 12; i++) {
      repo.write(`svc${i % 4}/key${i}.env`, `${awsLine(`shard${i}`)}\n`);
      if (i === 7) repo.write('svc0/key0.env', `# again\n${awsLine('shard0')}\n`);
      repo.commit(`commit ${i}`);
    }
    const full = await history(repo);
    const raw = (fs: Finding[]) => fs.map((f) => `${f.commit} ${f.fingerprint} ${f.line} +${f.occurrences ?? 0}`).sort();

    const shards = await Promise.all([1, 2, 3].map((index) => history(repo!, { shard: { index, count: 3 } })));
    const commits = shards.map((s) => s.stats.commits ?? 0);
    expect(commits.reduce((a, b) => a + b, 0)).toBe(12);
    expect(commits.filter((n) => n > 0).length).toBeGreaterThan(1);
    // Merging shard reports by fingerprint, keeping the oldest, gives the full scan.
    const merged = new Map<string, Finding>();
    for (const f of shards.flatMap((s) => s.findings)) {
      const cur = merged.get(f.fingerprint);
      const count = (cur?.occurrences ?? 0) + (cur ? 1 : 0) + (f.occurrences ?? 0);
      const oldest = !cur || (f.date ?? '') < (cur.date ?? '') ? f : cur;
      merged.set(f.fingerprint, { ...oldest, ...(count > 0 ? { occurrences: count } : {}) });
    }
    expect(raw([...merged.values()])).toEqual(raw(full.findings));
    expect(full.findings).toHaveLength(12);
  });

  it('finds nothing and does not fail in a repository without commits', async () => {
    repo = createTestRepo();
    const { findings, stats } = await history(repo);
    expect(findings).toEqual([]);
    expect(stats.commits).toBe(0);
  });

  it('turns a bad range into a usage error', async () => {
    repo = createTestRepo();
    repo.write('a.txt', 'a\n');
    repo.commit('a');
    await expect(history(repo, { range: 'nope..HEAD' })).rejects.toThrow(/--range is not a revision range git knows: "nope..HEAD"/);
  });
});
