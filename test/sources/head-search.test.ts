// "Still in HEAD?" on real repositories: texts in text blobs are found wherever they sit (in
// big blobs across git's output chunks, at a blob's very start or end, in any file), texts only
// in history, in the working tree or in binary blobs are not.

import { afterEach, describe, expect, it } from 'vitest';
import { findInHead, openHead } from '../../src/sources/head-search.js';
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

  it('gives the same answers when told the files each text was found in (looked up there first)', async () => {
    repo = makeRepo();
    const n = {
      own: 'still-in-its-own-file-0001',
      // 600 kB into a 1 MB blob, so the blob reaches the lookup in many chunks.
      ownDeep: 'deep-in-its-own-big-file-0002',
      moved: 'moved-out-of-its-file-0003',
      elsewhere: 'said-to-be-in-a-but-is-in-b-0004',
      gone: 'deleted-with-its-file-0005',
      ownBinary: 'in-its-own-file-but-binary-0006',
      binaryAndText: 'in-a-binary-and-in-a-text-0007',
      edited: 'edited-out-of-its-file-0008',
    };
    const big = filler(1_000_000, 7);
    repo.write('own.txt', `token: ${n.own}\n`);
    repo.write('big.txt', `${big.slice(0, 600_000)}${n.ownDeep}${big.slice(600_000)}`);
    repo.write('from.txt', `${n.moved}\n`);
    repo.write('a.txt', 'nothing here\n');
    repo.write('b.txt', `${n.elsewhere}\n`);
    repo.write('gone.txt', `${n.gone}\n`);
    repo.write('bin.dat', Buffer.concat([Buffer.from('\0\x01'), Buffer.from(n.ownBinary), Buffer.from(n.binaryAndText)]));
    repo.write('text.txt', `${n.binaryAndText}\n`);
    repo.write('edit.txt', `${n.edited}\n`);
    repo.git('add', '-A');
    repo.git('commit', '-q', '-m', 'one');
    repo.git('mv', 'from.txt', 'to.txt');
    repo.git('rm', '-q', 'gone.txt');
    repo.write('edit.txt', 'rotated\n');
    repo.git('add', '-A');
    repo.git('commit', '-q', '-m', 'two');

    const filesOf = new Map<string, string[]>([
      [n.own, ['own.txt']],
      [n.ownDeep, ['big.txt']],
      [n.moved, ['from.txt']],
      [n.elsewhere, ['a.txt', 'not-a-file.txt']],
      [n.gone, ['gone.txt']],
      [n.ownBinary, ['bin.dat']],
      [n.binaryAndText, ['bin.dat']],
      [n.edited, ['edit.txt']],
    ]);
    const expected = [n.own, n.ownDeep, n.moved, n.elsewhere, n.binaryAndText].sort();
    expect([...(await findInHead(repo.dir, Object.values(n), filesOf))].sort()).toEqual(expected);
    expect([...(await findInHead(repo.dir, Object.values(n)))].sort()).toEqual(expected);
  });

  it('gives the same answers from blobs filed by prepare() as from the stream', async () => {
    repo = makeRepo();
    const n = {
      own: 'still-in-its-own-file-1001',
      deep: 'deep-in-a-big-file-1002',
      moved: 'moved-out-of-its-file-1003',
      gone: 'deleted-with-its-file-1004',
      binary: 'only-in-a-binary-1005',
      start: 'AT_THE_VERY_START_1006',
      end: 'at-the-very-end-1007',
      short: 'pw12',
      tiny: 'Zq9',
    };
    const big = filler(1_000_000, 9);
    repo.write('own.txt', `${n.start} token: ${n.own}\nid: ${n.tiny} pw ${n.short}\n`);
    repo.write('big.txt', `${big.slice(0, 300_000)}${n.deep}${big.slice(300_000)}${n.end}`);
    repo.write('from.txt', `${n.moved}\n`);
    repo.write('gone.txt', `${n.gone}\n`);
    repo.write('bin.dat', Buffer.concat([Buffer.from('\0\x01'), Buffer.from(n.binary)]));
    repo.git('add', '-A');
    repo.git('commit', '-q', '-m', 'one');
    repo.git('mv', 'from.txt', 'to.txt');
    repo.git('rm', '-q', 'gone.txt');
    repo.git('commit', '-q', '-m', 'two');
    const texts = [...Object.values(n), 'nowhere-at-all-1008'];
    const filesOf = new Map<string, string[]>([
      [n.own, ['own.txt']],
      [n.moved, ['from.txt']],
      [n.gone, ['gone.txt']],
      [n.binary, ['bin.dat']],
    ]);
    const expected = [n.own, n.deep, n.moved, n.start, n.end, n.short, n.tiny].sort();
    for (const hint of [filesOf, undefined]) {
      const head = openHead(repo.dir);
      const until = Date.now() + 10_000;
      while (!head.prepare()) {
        expect(Date.now()).toBeLessThan(until);
        await new Promise((r) => setTimeout(r, 10));
      }
      expect([...(await head.find(texts, hint))].sort()).toEqual(expected);
    }
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
