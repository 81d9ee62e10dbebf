// The keyword prefilter selects exactly the rules whose keywords occur in a line.
import { describe, expect, it } from 'vitest';
import { buildKeywordIndex as buildIndex, shapeOf } from '../../src/detect/gate/prefilter.js';
import type { ProviderRule } from '../../src/detect/rules/rule.js';
import { providerRules } from '../../src/detect/rules/index.js';
import { prng } from '../../src/detect/synthetic.js';

function rule(id: string, keywords: string[]): ProviderRule {
  return {
    id,
    description: id,
    keywords,
    pattern: /x/,
    severity: 'error',
    remediation: '',
    samples: () => ({ positive: [], negative: [] }),
  };
}

const ids = (rs: readonly ProviderRule[]) => rs.map((r) => r.id);

// Both passes: the pair table a few lines use, and the automaton (built after 64 KiB, or at once).
describe.each([
  ['pair table', undefined],
  ['automaton', 0],
] as const)('buildKeywordIndex (%s)', (_, automatonAfter) => {
  const buildKeywordIndex = (rules: readonly ProviderRule[], markers?: readonly string[]) => buildIndex(rules, markers, automatonAfter === undefined ? {} : { automatonAfter });

  const rules = [
    rule('a', ['ghp_']),
    rule('b', ['he', 'she']),
    rule('c', ['his', 'hers']),
    rule('d', ['akia', 'asia']),
    rule('e', ['hp_']),
    rule('f', ['sk_live_']),
  ];
  const index = buildKeywordIndex(rules);

  it('returns nothing for a line without keywords', () => {
    expect(index.candidates('const x = 1;')).toEqual([]);
    expect(index.candidates('')).toEqual([]);
  });

  it('selects the rule whose keyword appears anywhere in the line', () => {
    expect(ids(index.candidates('token = "sk_live_abc"'))).toEqual(['f']);
    expect(ids(index.candidates('x akia'))).toEqual(['d']);
  });

  it('finds keywords that overlap or nest (ushers: she, he, hers)', () => {
    expect(ids(index.candidates('ushers'))).toEqual(['b', 'c']);
  });

  it('finds a keyword that is a suffix of another (ghp_ contains hp_)', () => {
    expect(ids(index.candidates('ghp_xyz'))).toEqual(['a', 'e']);
    expect(ids(index.candidates('hp_xyz'))).toEqual(['e']);
  });

  it('recovers after a partial match (ghghp_, gh then ghp_)', () => {
    expect(ids(index.candidates('ghghp_1'))).toEqual(['a', 'e']);
    expect(ids(index.candidates('sk_livsk_live_'))).toEqual(['f']);
  });

  it('returns each rule once and in catalog order however often its keywords occur', () => {
    expect(ids(index.candidates('sk_live_ asia akia she he his ghp_ asia'))).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
  });

  it('ignores case without the caller lower-casing the line', () => {
    const line = 'AWS_KEY=AKIA1234';
    expect(ids(index.candidates(line))).toEqual(['d']);
    expect(ids(index.candidates(line.toLowerCase()))).toEqual(['d']);
    expect(ids(index.candidates('Ghp_X SK_LIVE_y'))).toEqual(['a', 'e', 'f']);
  });

  it('folds non-ASCII upper case too', () => {
    const i2 = buildKeywordIndex([rule('n', ['clé_'])]);
    expect(ids(i2.candidates('LA CLÉ_SECRÈTE'))).toEqual(['n']);
  });

  it('says whether the line held a marker word, in the same pass', () => {
    const i2 = buildKeywordIndex([rule('k', ['ghp_'])], ['secret', 'pwd']);
    expect(ids(i2.candidates('const x = 1'))).toEqual([]);
    expect(i2.markerHit).toBe(false);
    expect(ids(i2.candidates('DB_PWD = 1'))).toEqual([]);
    expect(i2.markerHit).toBe(true);
    expect(ids(i2.candidates('my_Secret = ghp_abc'))).toEqual(['k']);
    expect(i2.markerHit).toBe(true);
    expect(ids(i2.candidates('ghp_abc'))).toEqual(['k']);
    expect(i2.markerHit).toBe(false);
  });

  it('lower-cases keywords given in upper case', () => {
    const i2 = buildKeywordIndex([rule('u', ['GR1348941'])]);
    expect(ids(i2.candidates('token: gr1348941abc'))).toEqual(['u']);
  });

  it('handles non-ASCII text and keywords', () => {
    const i2 = buildKeywordIndex([rule('n', ['clé_']), rule('m', ['pass'])]);
    expect(ids(i2.candidates('la clé_secrète'))).toEqual(['n']);
    expect(ids(i2.candidates('mot de pas ü'))).toEqual([]);
    expect(ids(i2.candidates('ü password'))).toEqual(['m']);
  });

  it('always selects a rule that has no keywords', () => {
    const i2 = buildKeywordIndex([rule('k', ['ghp_']), rule('none', [])]);
    expect(ids(i2.candidates('nothing here'))).toEqual(['none']);
    expect(ids(i2.candidates('ghp_'))).toEqual(['k', 'none']);
  });

  it('agrees with a naive includes() scan over the whole catalog', () => {
    const catalog = buildKeywordIndex(providerRules);
    for (const rule of providerRules) {
      for (const line of [...rule.samples().positive, ...rule.samples().negative]) {
        const lower = line.toLowerCase();
        const naive = providerRules.filter((r) => r.keywords.some((k) => lower.includes(k)));
        expect(ids(catalog.candidates(lower))).toEqual(ids(naive));
      }
    }
  });

  it('agrees with a naive scan on random keywords over a small alphabet (many overlaps)', () => {
    const next = prng(42);
    const word = (min: number, max: number) => {
      let w = '';
      const n = min + Math.floor(next() * (max - min + 1));
      for (let i = 0; i < n; i++) w += 'abcab_'[Math.floor(next() * 6)];
      return w;
    };
    const randomRules = Array.from({ length: 60 }, (_, i) => rule(`q${i}`, Array.from({ length: 1 + Math.floor(next() * 3) }, () => word(1, 6))));
    const idx = buildKeywordIndex(randomRules);
    for (let t = 0; t < 400; t++) {
      let text = word(0, 40) + (next() < 0.3 ? 'é' + word(0, 10) : '');
      if (next() < 0.5) text = text.replace(/[ab]/g, (c) => (next() < 0.5 ? c.toUpperCase() : c));
      const lower = text.toLowerCase();
      const naive = randomRules.filter((r) => r.keywords.some((k) => lower.includes(k)));
      expect(ids(idx.candidates(text))).toEqual(ids(naive));
    }
  });

  it('indexes 200 rules with 400 keywords', () => {
    const many = Array.from({ length: 200 }, (_, i) => rule(`r${i}`, [`pfx${i}_`, `tok${(i * 7919) % 1000}-`]));
    const big = buildKeywordIndex(many);
    expect(ids(big.candidates('x pfx17_ y'))).toEqual(['r17']);
    // r1's keywords are pfx1_ and tok919- (7919 mod 1000); r17's pfx17_ and tok623-.
    expect(ids(big.candidates('TOK919- and pfx1_'))).toEqual(['r1']);
    expect(ids(big.candidates('tok623-'))).toEqual(['r17']);
  });
});

describe('pair table and automaton', () => {
  it('give the same rules, marker and shape on every catalog sample and 20,000 random lines, also past the switch', () => {
    const markers = ['secret', 'key', 'pass', 'pat', 'user', '-----'];
    const pairsThenAutomaton = buildIndex(providerRules, markers, { automatonAfter: 200_000 });
    const automaton = buildIndex(providerRules, markers, { automatonAfter: 0 });
    const keywords = providerRules.flatMap((r) => r.keywords);
    const next = prng(7);
    const lines = providerRules.flatMap((r) => [...r.samples().positive, ...r.samples().negative]);
    const pieces = ['a', 'Z', '9', '_', '-', '=', ':', ' ', 'é', 'İ', '😀', '\u212a', '/', '+'];
    for (let t = 0; t < 20_000; t++) {
      let line = '';
      const n = Math.floor(next() * 12);
      for (let i = 0; i < n; i++) {
        const k = keywords[Math.floor(next() * keywords.length)]!;
        const piece = next() < 0.4 ? (next() < 0.5 ? k.toUpperCase() : k).slice(0, 1 + Math.floor(next() * k.length)) : pieces[Math.floor(next() * pieces.length)]!.repeat(1 + Math.floor(next() * 40));
        line += piece;
      }
      lines.push(line);
    }
    let hits = 0;
    for (const line of lines) {
      const a = ids(pairsThenAutomaton.candidates(line));
      const b = ids(automaton.candidates(line));
      expect(a, line).toEqual(b);
      expect(pairsThenAutomaton.markerHit, line).toBe(automaton.markerHit);
      expect(pairsThenAutomaton.shape, line).toBe(automaton.shape);
      expect(automaton.shape, line).toBe(shapeOf(line));
      if (b.length > 0) hits++;
    }
    expect(hits).toBeGreaterThan(5000);
  });

  it('keywordCandidates gives the rules and marker of candidates, before and after the automaton is built', () => {
    const markers = ['secret', 'key', 'pass', 'pat', 'user', '-----'];
    const index = buildIndex(providerRules, markers, { automatonAfter: 2000 });
    const reference = buildIndex(providerRules, markers, { automatonAfter: 0 });
    const lines = providerRules.flatMap((r) => [...r.samples().positive, ...r.samples().negative, ...r.keywords.map((k) => `x ${k.toUpperCase()} é ${k}`)]);
    let marked = 0;
    for (const line of lines) {
      expect(ids(index.keywordCandidates(line)), line).toEqual(ids(reference.candidates(line)));
      expect(index.markerHit, line).toBe(reference.markerHit);
      if (reference.markerHit) marked++;
    }
    expect(marked).toBeGreaterThan(200);
  });
});

describe('fullDfa (the byte gate table)', () => {
  /** Walks the table over `text`: at each position, whether the state reached ends some keyword. */
  function ends(full: NonNullable<ReturnType<ReturnType<typeof buildIndex>['fullDfa']>>, text: string): boolean[] {
    const dfa = { ...full, next: new Int32Array(full.states * full.width).fill(12345) };
    full.fill(dfa.next, (s, end) => (end ? ~s : s));
    const out: boolean[] = [];
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      const v = dfa.next[state * dfa.width + (c < 128 ? dfa.asciiClass[c]! : 0)]!;
      out.push(v < 0);
      state = v < 0 ? ~v : v;
    }
    return out;
  }
  /** The same, naively: does some keyword end at position i (ASCII case folded)? */
  function naive(keywords: readonly string[], text: string): boolean[] {
    const lower = text.replace(/[A-Z]/g, (c) => c.toLowerCase());
    return [...text].map((_, i) => keywords.some((k) => k.length <= i + 1 && lower.slice(i + 1 - k.length, i + 1) === k));
  }

  it('says where a keyword ends exactly as a search for every keyword does, for the catalog and for nested and overlapping keyword sets', () => {
    const random = prng(20261202);
    const sets: string[][] = [
      [...providerRules.flatMap((r) => r.keywords.map((k) => k.toLowerCase())), 'secret', 'key', 'pass', 'pat', 'user', '-----'],
      ['he', 'she', 'his', 'hers', 'ushers'],
      ['a', 'aa', 'aaa', 'ab', 'bab', 'abab'],
    ];
    for (const keywords of sets) {
      const dfa = buildIndex(keywords.map((k, i) => rule(`r${i}`, [k])), [], { automatonAfter: 0 }).fullDfa()!;
      const alphabet = [...new Set(keywords.join('') + 'xyZ _-=:"')];
      const texts = [...keywords.slice(0, 200).map((k) => `x${k.toUpperCase()}${k}y`)];
      for (let t = 0; t < 300; t++) {
        let s = '';
        const n = 1 + Math.floor(random() * 60);
        for (let i = 0; i < n; i++) s += random() < 0.2 ? keywords[Math.floor(random() * keywords.length)] : alphabet[Math.floor(random() * alphabet.length)];
        texts.push(s);
      }
      let hits = 0;
      for (const text of texts) {
        const want = naive(keywords, text);
        expect(ends(dfa, text), text).toEqual(want);
        hits += want.filter(Boolean).length;
      }
      expect(hits).toBeGreaterThan(300);
    }
  });
});
