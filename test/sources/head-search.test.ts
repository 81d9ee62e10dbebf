// "Still in HEAD?" on real repositories: texts in text blobs are found wherever they sit (in
// big blobs across git's output chunks, at a blob's very start or end, in any file), texts only
// in history, in the working tree or in binary blobs are not; and the answers are the same
// whether find() is told where each text was found, whether the blobs were filed first, and
// whether the texts were offered (and some answered) while the log was still being scanned.

import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { AHEAD_TEXT_BYTES, FEW_NEEDLES, FEW_SHORT, findInHead, openHead, SHORT, searchPlan } from '../../src/sources/head-search.js';
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

/** Where each text of the scenario sits, and whether HEAD holds it. */
const N = {
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
  own: 'still-in-its-own-file-0009',
  elsewhere: 'said-to-be-in-a-but-is-in-b-0010',
  binaryAndText: 'in-a-binary-and-in-a-text-0011',
  edited: 'edited-out-of-its-file-0012',
};
const TEXTS = Object.values(N);
const IN_HEAD = [N.start, N.end, N.deep, N.moved, N.short, N.tiny, N.long, N.unicode, N.own, N.elsewhere, N.binaryAndText].sort();
/** The files a history scan would have found each text in (the hint find() may be given). */
const FILES_OF = new Map<string, string[]>([
  [N.start, ['a.txt']],
  [N.end, ['b.txt']],
  [N.deep, ['big.txt']],
  [N.moved, ['old.txt']],
  [N.gone, ['old.txt']],
  [N.binary, ['bin.dat']],
  [N.worktree, ['a.txt']],
  [N.short, ['c.txt']],
  [N.tiny, ['c.txt']],
  [N.tinyAbsent, ['c.txt']],
  [N.long, ['c.txt']],
  [N.unicode, ['c.txt']],
  [N.own, ['own.txt']],
  [N.elsewhere, ['a.txt', 'not-a-file.txt']],
  [N.binaryAndText, ['bin.dat']],
  [N.edited, ['edit.txt']],
]);

/** A reader of HEAD whose blobs prepare() has filed (once git delivered them all). */
async function filedHead(dir: string): Promise<ReturnType<typeof openHead>> {
  const head = openHead(dir);
  const until = Date.now() + 10_000;
  while (!head.prepare()) {
    expect(Date.now()).toBeLessThan(until);
    await new Promise((r) => setTimeout(r, 10));
  }
  return head;
}

describe('findInHead', () => {
  // One repository holds every case; each test asks about it in another way, for the same answer.
  let scenario: Repo;
  beforeAll(() => {
    scenario = makeRepo();
    const r = scenario;
    r.write('a.txt', `${N.start} and more\n${filler(1000, 1)}`);
    r.write('b.txt', `${filler(500, 2)}${N.end}`);
    const big = filler(1_000_000, 3);
    r.write('big.txt', `${big.slice(0, 200_000)}${N.deep}${big.slice(200_000)}`);
    r.write('old.txt', `${N.moved}\n${N.gone}\n`);
    r.write('bin.dat', Buffer.concat([Buffer.from('\0\x01\x02'), Buffer.from(N.binary), Buffer.from(N.binaryAndText)]));
    r.write('text.txt', `${N.binaryAndText}\n`);
    r.write('c.txt', `user: admin\npassword: ${N.short}\nname: ${N.unicode}\nid: ${N.tiny}\n${N.long}\n`);
    r.write('own.txt', `token: ${N.own}\n`);
    r.write('elsewhere.txt', `${N.elsewhere}\n`);
    r.write('edit.txt', `${N.edited}\n`);
    r.git('add', '-A');
    r.git('commit', '-q', '-m', 'one');
    r.git('mv', 'old.txt', 'new.txt');
    r.write('new.txt', `${N.moved}\n`);
    r.write('edit.txt', 'rotated\n');
    r.git('add', '-A');
    r.git('commit', '-q', '-m', 'two');
    r.write('a.txt', `${N.worktree}\n`); // not committed
  });
  afterAll(() => scenario.cleanup());

  it('finds texts in HEAD and not those only in history, the work tree or binary blobs', async () => {
    expect([...(await findInHead(scenario.dir, TEXTS))].sort()).toEqual(IN_HEAD);
  });

  it('gives the same answers when told the files each text was found in (looked up there first)', async () => {
    expect([...(await findInHead(scenario.dir, TEXTS, FILES_OF))].sort()).toEqual(IN_HEAD);
  });

  it('gives the same answers from the stream when HEAD is bigger than the read-ahead', async () => {
    // 16 kB of read-ahead for a HEAD of over 1 MB: the texts are searched as git's output comes,
    // chunk by chunk, the hint unused.
    expect([...(await findInHead(scenario.dir, TEXTS, undefined, 16 * 1024))].sort()).toEqual(IN_HEAD);
    expect([...(await findInHead(scenario.dir, TEXTS, FILES_OF, 16 * 1024))].sort()).toEqual(IN_HEAD);
    const head = openHead(scenario.dir, 16 * 1024);
    await new Promise((r) => setTimeout(r, 200));
    expect(head.prepare()).toBe(false);
    expect([...(await head.find(TEXTS))].sort()).toEqual(IN_HEAD);
  });

  it('gives the same answers from blobs filed by prepare(), with and without the files', async () => {
    for (const hint of [FILES_OF, undefined]) {
      const head = await filedHead(scenario.dir);
      expect([...(await head.find(TEXTS, hint))].sort()).toEqual(IN_HEAD);
    }
  });

  it('gives the same answers searching each text alone (up to FEW_NEEDLES left) as in one pass for all (one more)', async () => {
    // Without the hint every text is left for the search of all blobs: 16 texts are searched one
    // by one, 17 with the shift table.
    expect(TEXTS).toHaveLength(FEW_NEEDLES);
    for (const texts of [TEXTS, [...TEXTS, 'one-more-text-nowhere-0013']]) {
      const head = await filedHead(scenario.dir);
      expect([...(await head.find(texts))].sort()).toEqual(IN_HEAD);
    }
  });

  it(`gives the same answers with up to ${FEW_SHORT} texts under ${SHORT} bytes searched alone and with more of them in the shift table`, async () => {
    // Texts of 4-7 bytes, in HEAD (c.txt, a.txt, edit.txt, the filler) and nowhere, beside the
    // scenario's own (N.short is 4 bytes): FEW_SHORT of them are searched one by one beside the
    // table of the long ones, more put them all in the table (its window then 4 bytes).
    // Streamed (a small read-ahead) and from filed blobs.
    const short = ['admin', 'more', 'rotated', 'zq8xk', 'filler', 'nOpE7'];
    const inHead = ['admin', 'more', 'rotated', 'filler'];
    const lengths = (texts: string[]): number[] => texts.map((t) => Buffer.byteLength(t));
    // N.tiny and N.tinyAbsent (3 bytes) are always searched alone.
    expect(searchPlan(lengths([...short.slice(0, FEW_SHORT - 1), ...TEXTS])).alone).toHaveLength(FEW_SHORT + 2);
    expect(searchPlan(lengths([...short, ...TEXTS])).alone).toHaveLength(2);
    for (const few of [short.slice(0, FEW_SHORT - 1), short]) {
      const texts = [...few, ...TEXTS, 'one-more-text-nowhere-0013'];
      const want = [...IN_HEAD, ...inHead.filter((t) => few.includes(t))].sort();
      expect([...(await findInHead(scenario.dir, texts, undefined, 16 * 1024))].sort()).toEqual(want);
      const head = await filedHead(scenario.dir);
      expect([...(await head.find(texts))].sort()).toEqual(want);
    }
  });

  it('gives the same answers for texts offered while the log ran, before and after the blobs were filed', async () => {
    for (const hint of [FILES_OF, undefined]) {
      // Offered before git delivered HEAD: nothing is answered then, find() does it all.
      const early = openHead(scenario.dir);
      for (const text of TEXTS) expect(early.offer(text, FILES_OF.get(text)![0]!)).toBe(false);
      expect([...(await early.find(TEXTS, hint))].sort()).toEqual(IN_HEAD);
      // Offered once filed (every file each was found in, some twice): answered ahead.
      const head = await filedHead(scenario.dir);
      for (const text of TEXTS) for (const file of [...FILES_OF.get(text)!, ...FILES_OF.get(text)!]) head.offer(text, file);
      expect([...(await head.find(TEXTS, hint))].sort()).toEqual(IN_HEAD);
    }
    // Some offered, the others asked only at the end.
    const head = await filedHead(scenario.dir);
    for (const text of TEXTS.filter((_, i) => i % 2 === 0)) head.offer(text, FILES_OF.get(text)![0]!);
    expect([...(await head.find(TEXTS, FILES_OF))].sort()).toEqual(IN_HEAD);
  });

  it('answers ahead from the own file, from every blob for the first FEW_NEEDLES texts only', async () => {
    const head = await filedHead(scenario.dir);
    const nowhere = Array.from({ length: FEW_NEEDLES + 1 }, (_, i) => `offered-nowhere-${i}-0014`);
    for (const text of nowhere.slice(0, FEW_NEEDLES)) expect(head.offer(text, 'a.txt')).toBe(true);
    // The 17th text not in its own file is left for find(); one in its own file is still settled.
    expect(head.offer(nowhere[FEW_NEEDLES]!, 'a.txt')).toBe(false);
    expect(head.offer(N.own, 'own.txt')).toBe(true);
    // Left, after a look in a.txt: it is in elsewhere.txt, which find()'s search of every blob sees.
    expect(head.offer(N.elsewhere, 'a.txt')).toBe(false);
    expect(head.offer(N.binaryAndText, 'bin.dat')).toBe(false);
    expect(head.offer('', 'a.txt')).toBe(false);
    expect(head.offer(`two\nlines`, 'a.txt')).toBe(false);
    const asked = [...nowhere, N.own, N.elsewhere, N.binaryAndText, N.gone];
    expect([...(await head.find(asked, FILES_OF))].sort()).toEqual([N.binaryAndText, N.elsewhere, N.own].sort());
  });

  it('answers ahead from a file for its first FEW_NEEDLES texts; find() searches it once for the rest, with the same answers', async () => {
    repo = makeRepo();
    // A file that holds many findings (a dump of keys): 40 texts in it, and an empty one; 20 more that are nowhere.
    const inFile = Array.from({ length: 40 }, (_, i) => `dumped-key-${String(i).padStart(3, '0')}-0017`);
    const nowhere = Array.from({ length: 20 }, (_, i) => `never-dumped-${i}-0018`);
    repo.write('dump.txt', inFile.map((t) => `${t}\n`).join(''));
    repo.git('add', '-A');
    repo.git('commit', '-q', '-m', 'dump');
    const head = await filedHead(repo.dir);
    for (const text of inFile.slice(0, FEW_NEEDLES)) expect(head.offer(text, 'dump.txt')).toBe(true);
    // The 17th text of the file is in it, but left to find(): looked up one by one, a file of thousands costs thousands of passes.
    expect(head.offer(inFile[FEW_NEEDLES]!, 'dump.txt')).toBe(false);
    // The texts of no file first, so that a text's place in the file's search is not its place here.
    const all = [...nowhere, ...inFile, ''];
    const filesOf = new Map([...inFile, ''].map((t) => [t, ['dump.txt']]));
    expect([...(await head.find(all, filesOf))].sort()).toEqual([...inFile, ''].sort());
    // A fresh reader that was offered nothing gives the same answers (41 texts looked up in one pass over the file).
    expect([...(await findInHead(repo.dir, all, filesOf))].sort()).toEqual([...inFile, ''].sort());
  });

  it('searches for more texts than a function call takes arguments (130,000), filed and streamed', async () => {
    repo = makeRepo();
    const texts = Array.from({ length: 130_000 }, (_, i) => `many-texts-${i}-0019`);
    repo.write('some.txt', `${texts[7]} and ${texts[129_999]}\n`);
    repo.git('add', '-A');
    repo.git('commit', '-q', '-m', 'some');
    for (const readAhead of [undefined, 1024]) {
      expect([...(await findInHead(repo.dir, texts, undefined, readAhead))].sort()).toEqual([texts[129_999], texts[7]]);
    }
  });

  it(`searches every blob ahead only in a HEAD of at most ${AHEAD_TEXT_BYTES} bytes of text`, async () => {
    for (const extra of [0, 1]) {
      repo = makeRepo();
      // The needle in a file of its own, the rest of the text filler; a binary blob does not count.
      const needle = 'in-another-file-0015\n';
      repo.write('needle.txt', needle);
      repo.write('filler.txt', filler(AHEAD_TEXT_BYTES - needle.length + extra, 4));
      repo.write('bin.dat', Buffer.concat([Buffer.from('\0'), Buffer.alloc(4096, 1)]));
      repo.git('add', '-A');
      repo.git('commit', '-q', '-m', 'one');
      const head = await filedHead(repo.dir);
      expect(head.offer('in-another-file-0015', 'filler.txt')).toBe(extra === 0);
      expect([...(await head.find(['in-another-file-0015'], new Map([['in-another-file-0015', ['filler.txt']]])))]).toEqual(['in-another-file-0015']);
      repo.cleanup();
      repo = undefined;
    }
  });

  it('takes a blob with a NUL in its first 8000 bytes as binary (git\'s rule), and one with its first NUL at byte 8000 as text', async () => {
    repo = makeRepo();
    const needle = 'at-the-start-of-a-blob-0016';
    const blob = (nulAt: number): Buffer => {
      const b = Buffer.alloc(nulAt + 64, 0x61);
      b.write(needle, 0);
      b[nulAt] = 0;
      return b;
    };
    repo.write('binary.dat', blob(7999));
    repo.git('add', '-A');
    repo.git('commit', '-q', '-m', 'binary');
    const text = makeRepo();
    try {
      text.write('text.dat', blob(8000));
      text.git('add', '-A');
      text.git('commit', '-q', '-m', 'text');
      // Filed whole, and from the stream in pieces smaller than the probe.
      for (const readAhead of [undefined, 1024]) {
        expect([...(await findInHead(repo.dir, [needle], undefined, readAhead))]).toEqual([]);
        expect([...(await findInHead(text.dir, [needle], undefined, readAhead))]).toEqual([needle]);
      }
    } finally {
      text.cleanup();
    }
  });

  it('finds a text cut in two by the stream (needles packed edge to edge over 200 kB)', async () => {
    repo = makeRepo();
    // However git's output is chunked, every cut falls inside one of these needles.
    const needles = Array.from({ length: 10_000 }, (_, i) => `packed-${String(i).padStart(6, '0')}-xq|`);
    repo.write('packed.txt', needles.join(''));
    repo.git('add', '-A');
    repo.git('commit', '-q', '-m', 'packed');
    // Filed whole, and searched from the stream (a read-ahead smaller than the blob).
    for (const readAhead of [undefined, 1024]) {
      const present = await findInHead(repo.dir, [...needles, 'packed-999999-xq|'], undefined, readAhead);
      expect(present.size).toBe(needles.length);
      expect(present.has('packed-999999-xq|')).toBe(false);
    }
  });

  it('returns nothing for no texts and for a text that is nowhere', async () => {
    repo = makeRepo();
    repo.write('a.txt', 'hello\n');
    repo.git('add', '-A');
    repo.git('commit', '-q', '-m', 'one');
    expect((await findInHead(repo.dir, [])).size).toBe(0);
    expect((await findInHead(repo.dir, ['not-there-at-all'])).size).toBe(0);
  });

  it('answers for a HEAD with no blob: git, started beside ls-tree to wait for the ids, is told there are none', async () => {
    repo = makeRepo();
    repo.git('commit', '-q', '--allow-empty', '-m', 'empty');
    // find() waits for git's end: a git left waiting for ids would hold it (the test times out).
    expect((await findInHead(repo.dir, ['anything'])).size).toBe(0);
    repo.write('a.txt', 'hello\n');
    repo.git('add', '-A');
    repo.git('commit', '-q', '-m', 'one');
    expect((await findInHead(repo.dir, ['hello', 'anything'])).has('hello')).toBe(true);
  });
});

describe('searchPlan', () => {
  const plan = (lengths: number[]): { table: number[]; alone: number[] } => {
    const p = searchPlan(lengths);
    return { table: [...p.table].sort((a, b) => a - b), alone: [...p.alone].sort((a, b) => a - b) };
  };

  it(`puts every needle of ${SHORT} bytes or more in the one table`, () => {
    expect(SHORT).toBe(8);
    expect(plan([8, 12, 300])).toEqual({ table: [0, 1, 2], alone: [] });
  });

  it(`searches up to ${FEW_SHORT} needles of 4 to ${SHORT - 1} bytes alone beside a table, more of them in it`, () => {
    expect(FEW_SHORT).toBe(4);
    expect(plan([8, 7, 7, 7, 4])).toEqual({ table: [0], alone: [1, 2, 3, 4] });
    expect(plan([8, 7, 7, 7, 4, 5])).toEqual({ table: [0, 1, 2, 3, 4, 5], alone: [] });
    expect(plan([20, 7])).toEqual({ table: [0], alone: [1] });
  });

  it('keeps short needles in the table when no needle is longer', () => {
    expect(plan([7, 4])).toEqual({ table: [0, 1], alone: [] });
  });

  it('searches needles under 4 bytes alone, however many, and skips empty ones', () => {
    expect(plan([3, 3, 3, 3, 3, 3, 12])).toEqual({ table: [6], alone: [0, 1, 2, 3, 4, 5] });
    expect(plan([3, 4, 4, 4, 4, 4, 12])).toEqual({ table: [1, 2, 3, 4, 5, 6], alone: [0] });
    expect(plan([0, 12])).toEqual({ table: [1], alone: [] });
  });

  it('takes more short needles than a call takes arguments (130,000 of 5 bytes)', () => {
    const p = searchPlan([12, ...Array.from({ length: 130_000 }, () => 5)]);
    expect(p.table).toHaveLength(130_001);
    expect(p.alone).toEqual([]);
  });
});
