// --staged reads a file the diff does not show in full (a rename out of an allow-listed path, a
// UTF-16/32 file) from the index as git streams it: in windows of lines and pieces of long lines,
// never whole (#10). Each key is found once, at its line and column, as the tree scan finds it.

import { afterEach, describe, expect, it } from 'vitest';
import { scan } from '../../src/scan.js';
import { synth } from '../../src/detect/synthetic.js';
import { WINDOW_LINES } from '../../src/sources/diff-parser.js';
import { PIECE } from '../../src/sources/line-pieces.js';
import { awsKey, awsLine, createTestRepo, type TestRepo } from '../helpers/history-repo.js';
import type { Finding } from '../../src/types.js';


let repo: TestRepo | null = null;
afterEach(() => {
  repo?.cleanup();
  repo = null;
});

const staged = (r: TestRepo) => scan({ mode: 'staged', paths: [], cwd: r.dir, quiet: true });
const tree = (r: TestRepo) => scan({ mode: 'paths', paths: [], cwd: r.dir, quiet: true });
const where = (f: Finding): string => `${f.file}:${f.line}:${f.column} ${f.secret}`;

/**
 * Lines past the first window (WINDOW_LINES), a long line with a key every ~10,000 characters
 * (on both sides of every cut between pieces), a name on one line and its value on the next
 * across the first window cut, and a key on the last line.
 */
function bigText(seed: string): { text: string; keys: string[] } {
  const keys: string[] = [];
  let long = '';
  while (long.length < PIECE * 4) {
    long += 'lorem ipsum dolor sit amet '.repeat(369);
    const k = awsKey(`${seed}-${keys.length}`);
    keys.push(k);
    long += `aws_access_key_id=${k}; `;
  }
  const filler = (n: number): string[] => Array.from({ length: n }, (_, i) => `port_${i}: ${i % 1000}`);
  const lastOfFirst = WINDOW_LINES - 4;
  const lines = [...filler(lastOfFirst - 1), '- name: DB_PASSWORD', `  value: ${synth('alnum', 24, `${seed}-cut`)}`, long, ...filler(2000), awsLine(`${seed}-last`)];
  return { text: lines.join('\r\n') + '\r\n', keys };
}

describe('--staged reads whole files as they stream', () => {
  it('a big file renamed out of an allow-listed path: every key once, at its line and column, as the tree scan finds them', async () => {
    repo = createTestRepo();
    repo.write('.secret-scan.json', JSON.stringify({ allowPaths: ['fixtures/**'] }));
    const { text, keys } = bigText('renamed');
    repo.write('fixtures/big.yaml', text);
    repo.commit('fixtures');
    repo.git('mv', 'fixtures/big.yaml', 'deploy.yaml');
    const got = await staged(repo);
    expect(got.findings.filter((f) => f.secret.startsWith('AKIA')).map((f) => f.secret)).toEqual([...keys, awsKey('renamed-last')]);
    expect(got.stats.lines).toBe(text.split('\r\n').length - 1); // the pieces of a line count once
    // The tree scan of the same file, where it now is, reports the same.
    repo.git('commit', '-q', '-m', 'moved');
    const fromTree = (await tree(repo)).findings.filter((f) => f.file === 'deploy.yaml');
    expect(got.findings.map(where)).toEqual(fromTree.map(where));
    expect(fromTree.map((f) => `${f.ruleId}:${f.line}`)).toContain(`hardcoded-password:${WINDOW_LINES - 3}`);
  });

  it('a big UTF-16LE file (with a byte order mark): every key once, at its line and column in the decoded text', async () => {
    repo = createTestRepo();
    repo.write('readme.txt', 'plain\n');
    repo.commit('first');
    const { text, keys } = bigText('wide');
    repo.write('conf/deploy.yaml', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    repo.git('add', '-A');
    const got = await staged(repo);
    const lines = text.split('\r\n');
    const aws = got.findings.filter((f) => f.secret.startsWith('AKIA'));
    expect(aws.map((f) => f.secret)).toEqual([...keys, awsKey('wide-last')]);
    for (const f of aws) expect(lines[f.line - 1]!.slice(f.column - 1, f.endColumn - 1)).toBe(f.secret);
    expect(got.findings.map((f) => `${f.ruleId}:${f.line}`)).toContain(`hardcoded-password:${WINDOW_LINES - 3}`);
    repo.git('commit', '-q', '-m', 'wide');
    expect(got.findings.map(where)).toEqual((await tree(repo)).findings.map(where));
  });

  it("a UTF-16 file whose name holds a newline: read by the diff's blob id (a path cannot go through cat-file's line protocol)", async () => {
    repo = createTestRepo();
    repo.write('readme.txt', 'plain\n');
    repo.commit('first');
    repo.write('odd\nname.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`# conf\n${awsLine('staged-newline')}\n`, 'utf16le')]));
    repo.git('add', '-A');
    expect((await staged(repo)).findings.map(where)).toEqual([`odd\nname.txt:2:21 ${awsKey('staged-newline')}`]);
  });

  it('still skips a UTF-16 file whose first 8000 characters hold a NUL, and an empty renamed file adds nothing', async () => {
    repo = createTestRepo();
    repo.write('.secret-scan.json', JSON.stringify({ allowPaths: ['fixtures/**'] }));
    repo.write('fixtures/empty.txt', '');
    repo.commit('first');
    repo.write('data.bin', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${'x'.repeat(7999)}\u0000\n${awsLine('after-nul')}\n`, 'utf16le')]));
    repo.git('mv', 'fixtures/empty.txt', 'empty.txt');
    repo.git('add', '-A');
    expect((await staged(repo)).findings).toEqual([]);
  });
});
