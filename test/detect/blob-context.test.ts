// The text around a base64 blob that its decoded content is judged with (engine.ts
// encodedMatches): the whole line up to LONG_CONTEXT_LINE (256) characters, past that
// BLOB_CONTEXT (96) characters on each side of the blob, cut at a separator (engine.ts cutNear):
// a word the cut falls in is kept before the blob and left out after it.
// The content here is a 24-character random string (too short to be reported without a
// context word), so whether it is reported says whether the word `token` was in its context.
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/detect/engine.js';
import { synth } from '../../src/detect/synthetic.js';

const engine = createEngine({ lineBudgetMs: Infinity });
const scan = (text: string) => engine.detect({ file: 'notes.txt', lines: [{ number: 1, text }] });
const CONTENT = synth('base62', 24, 'blob-context');
const BLOB = Buffer.from(CONTENT).toString('base64');

/** Words with no context word in them, `n` characters long, starting and ending with a space. */
function filler(n: number): string {
  let s = ' ';
  while (s.length < n - 1) s += 'lorem ';
  return s.slice(0, n - 1) + ' ';
}

/** What is reported on a line: rule, encoding, column. */
const found = (text: string) => scan(text).map((f) => [f.ruleId, f.encoded, f.column]);

describe('the context of a decoded blob', () => {
  it('is the whole line up to 256 characters, and BLOB_CONTEXT around the blob past that', () => {
    // `token` ends 150 characters before the blob: only a whole-line context holds it.
    const head = `token${filler(150)}`;
    const at256 = head + BLOB + filler(256 - head.length - BLOB.length);
    expect(at256).toHaveLength(256);
    expect(found(at256)).toEqual([['high-entropy', 'base64', head.length + 1]]);
    const at257 = head + BLOB + filler(257 - head.length - BLOB.length);
    expect(at257).toHaveLength(257);
    expect(found(at257)).toEqual([]);
  });

  it('on a longer line reaches 96 characters before the blob, and the word the cut falls in', () => {
    const prefix = `x =${filler(60)}`;
    const tail = filler(200);
    // `token` ends 96 characters before the blob: the cut falls in it, so it is context.
    const in96 = `${prefix}token${filler(96)}${BLOB}${tail}`;
    expect(in96.length).toBeGreaterThan(256);
    expect(found(in96)).toEqual([['high-entropy', 'base64', in96.indexOf(BLOB) + 1]]);
    // One character further: the cut falls on the space after it.
    expect(found(`${prefix}token${filler(97)}${BLOB}${tail}`)).toEqual([]);
  });

  it('on a longer line reaches 96 characters after the blob, up to the last word that ends there', () => {
    const prefix = filler(200);
    // `token` and the space after it end 95 and 96 characters after the blob.
    const in96 = `${prefix}${BLOB}${filler(90)}token${filler(200)}`;
    expect(found(in96)).toEqual([['high-entropy', 'base64', in96.indexOf(BLOB) + 1]]);
    // One character further, the cut falls in the word, and the context ends before it.
    expect(found(`${prefix}${BLOB}${filler(91)}token${filler(200)}`)).toEqual([]);
  });

  it('is also all that the last filters read: a word far from the blob does not drop its finding', () => {
    // `encrypted:` says the values near it are ciphertext (engine.ts keep()); 150 characters away it says nothing about the blob.
    const far = `encrypted: no,${filler(150)}token${filler(20)}${BLOB}${filler(200)}`;
    expect(found(far)).toEqual([['high-entropy', 'base64', far.indexOf(BLOB) + 1]]);
    expect(found(`${filler(150)}encrypted: no, token${filler(20)}${BLOB}${filler(200)}`)).toEqual([]);
  });
});
