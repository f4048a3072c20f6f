import { describe, expect, it } from 'vitest';
import { signatureOfTerms, termHash, termSignature } from '../../src/core/store/postgres/term-signature.js';

/** FNV-1a over the UTF-8 bytes as Node encodes them, with the same finaliser: what `termHash` must equal. */
function reference(term: string): number {
  let h = 0x811c9dc5;
  for (const b of Buffer.from(term, 'utf8')) h = Math.imul(h ^ b, 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const holds = (sig: string, mask: string) => (BigInt(sig) & BigInt(mask)) === BigInt(mask);

describe('term signatures (PostgreSQL postings, schema 14)', () => {
  it('hashes the UTF-8 bytes of a term, whatever its script (one, two, three and four-byte characters)', () => {
    for (const t of ['aleppo', 'a', '', 'müller', 'façade', 'αθήνα', '北京', 'x😀y', '\u{1F600}', 'mixed北😀é']) expect(termHash(t), t).toBe(reference(t));
  });

  it('never changes a term\'s bits (signatures already stored must stay valid): two bits a term, pinned', () => {
    expect(termSignature(['aleppo'])).toBe('1236950581248');
    expect(termSignature(['aleppo', 'ceasefir', 'hold'])).toBe('360289207156998144');
    expect(termSignature([])).toBe('0');
    for (const t of ['aleppo', 'budget', 'minist', 'zeppelin']) {
      const bits = BigInt(termSignature([t]));
      expect(bits.toString(2).split('').filter((b) => b === '1').length, t).toBeGreaterThanOrEqual(1);
      expect(bits.toString(2).split('').filter((b) => b === '1').length, t).toBeLessThanOrEqual(2);
    }
  });

  it('holds every bit of every term of the set (no false negative), as PostgreSQL\'s signed bigint', () => {
    let seed = 7;
    const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
    const alphabet = 'abcdefghijklmnopqrstuvwxyzé北😀';
    const word = () => Array.from({ length: 1 + rnd(9) }, () => [...alphabet][rnd([...alphabet].length)]).join('');
    for (let i = 0; i < 500; i++) {
      const terms = Array.from({ length: 1 + rnd(40) }, word);
      const sig = signatureOfTerms(terms.join(' '));
      expect(BigInt(sig)).toBeGreaterThanOrEqual(-(2n ** 63n));
      expect(BigInt(sig)).toBeLessThan(2n ** 63n);
      for (const t of terms) expect(holds(sig, termSignature([t])), t).toBe(true);
      expect(holds(sig, termSignature(terms.slice(0, 3)))).toBe(true);
    }
    // Empty tokens (two spaces) add nothing.
    expect(signatureOfTerms('aleppo  hold')).toBe(termSignature(['aleppo', 'hold']));
  });

  it('lets most quotes without a term fail the test (the point of it): a set of ten terms rarely holds two other terms\' bits', () => {
    let seed = 3;
    const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
    let passed = 0;
    const trials = 2000;
    for (let i = 0; i < trials; i++) {
      const terms = Array.from({ length: 10 }, (_, k) => `w${i}x${k}`);
      if (holds(signatureOfTerms(terms.join(' ')), termSignature([`absent${rnd(1e6)}`, `other${rnd(1e6)}`]))) passed++;
    }
    expect(passed / trials).toBeLessThan(0.05);
  });
});
