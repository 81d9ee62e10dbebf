// "Still in HEAD?" on real repositories: texts in text blobs are found wherever they sit (in
// big blobs across git's output chunks, at a blob's very start or end, in any file), texts only
// in history, in the working tree or in binary blobs are not.

import { afterEach, describe, expect, it } from 'vitest';
import { findInHead } from '../../src/sources/head-search.js';
import { makeRepo, type Repo } from '../helpers/git-repo.js';

let repo: Repo | undefined;
afterEach(() => repo?.cleanup());

/** Deterministic filler text without any of the needles in it. */
function filler(bytes: number, seed: number): string {
  let s = '';
  let x = seed;
  while (s.length < bytes) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    s += `line ${x % 9973} of filler text\n`;
  }
  return s.slice(0, bytes);
}

describe('findInHead', () => {
  it('finds texts in HEAD and not those only in history, the work tree or binary blobs', async () => {
    repo = makeRepo();
    const needles = {
      start: 'NEEDLE_AT_START_0001',
      end: 'needle-at-the-very-end-0002',
      // 200 kB into a 1 MB blob: git's output reaches us in chunks, the needle may straddle two.
      deep: 'deep-inside-a-big-blob-0003',
      moved: 'moved-to-another-file-0004',
      gone: 'deleted-in-a-later-commit-0005',
      binary: 'inside-a-binary-file-0006',
      worktree: 'only-in-the-work-tree-0007',
      short: 'pw12',
      tiny: 'Zq9',
      tinyAbsent: 'Q7k',
      long: 'L'.repeat(300) + '-a-very-long-needle',
      unicode: 'pässwörd-ünïcode-0008',
    };
    repo.write('a.txt', `${needles.start} and more\n${filler(1000, 1)}`);
    repo.write('b.txt', `${filler(500, 2)}${needles.end}`);
    const big = filler(1_000_000, 3);
    repo.write('big.txt', `${big.slice(0, 200_000)}${needles.deep}${big.slice(200_000)}`);
    repo.write('old.txt', `${needles.moved}\n${needles.gone}\n`);
    repo.write('bin.dat', Buffer.concat([Buffer.from('\0\x01\x02'), Buffer.from(needles.binary)]));
    repo.write('c.txt', `user: admin\npassword: ${needles.short}\nname: ${needles.unicode}\nid: ${needles.tiny}\n${needles.long}\n`);
    repo.git('add', '-A');
    repo.git('commit', '-q', '-m', 'one');
    repo.git('mv', 'old.txt', 'new.txt');
    repo.write('new.txt', `${needles.moved}\n`);
    repo.git('add', '-A');
    repo.git('commit', '-q', '-m', 'two');
    repo.write('a.txt', `${needles.worktree}\n`); // not committed

    const present = await findInHead(repo.dir, Object.values(needles));
    expect([...present].sort()).toEqual(
      [needles.start, needles.end, needles.deep, needles.moved, needles.short, needles.unicode, needles.tiny, needles.long].sort(),
    );
  });

  it('finds a text cut in two by the stream (needles packed edge to edge over 200 kB)', async () => {
    repo = makeRepo();
    // However git's output is chunked, every cut falls inside one of these needles.
    const needles = Array.from({ length: 10_000 }, (_, i) => `packed-${String(i).padStart(6, '0')}-xq|`);
    repo.write('packed.txt', needles.join(''));
    repo.git('add', '-A');
    repo.git('commit', '-q', '-m', 'packed');
    const present = await findInHead(repo.dir, [...needles, 'packed-999999-xq|']);
    expect(present.size).toBe(needles.length);
    expect(present.has('packed-999999-xq|')).toBe(false);
  });

  it('returns nothing for no texts and for a text that is nowhere', async () => {
    repo = makeRepo();
    repo.write('a.txt', 'hello\n');
    repo.git('add', '-A');
    repo.git('commit', '-q', '-m', 'one');
    expect((await findInHead(repo.dir, [])).size).toBe(0);
    expect((await findInHead(repo.dir, ['not-there-at-all'])).size).toBe(0);
  });
});
