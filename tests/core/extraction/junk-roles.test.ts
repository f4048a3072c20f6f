import { describe, expect, it } from 'vitest';
import { isStatedRole } from '../../../src/core/extraction/gate.js';
import { extract, quoteWith } from './helpers.js';

// Session 32 (issue 14, role questions; h-qa72's first piece re-applied alone): a word of the sentence read as an
// appositive ("however", "suggesting", an age) is no role. Every text here is invented.
const roleOf = (text: string, words: string): string | undefined => quoteWith(extract(text), words)?.speaker?.role;

describe('a stated role is an office, not a word of the sentence', () => {
  it('refuses sentence adverbs, conjunctions, participle clauses and a bare age', () => {
    for (const r of ['however', 'meanwhile', 'though', 'despite', 'because of the vote', 'suggesting', 'adding', 'exasperated', 'referring to the recent floods', 'seeming to understand the rule', '32']) expect(isStatedRole(r), r).toBe(false);
  });

  it('keeps offices, relations, capitalised descriptions and the words qualifying an office', () => {
    for (const r of ['spokesman', 'managing director', 'acting chairman', 'leading economist at Corran Bank', 'outgoing chief executive', 'former aide', 'brother', 'American', 'Rival']) expect(isStatedRole(r), r).toBe(true);
  });

  it('stores no role for "NAME, however," nor for "said NAME, suggesting that ..."', () => {
    const text = 'Velmar Ferries, however, has said that "the claims are false".\n\n"We will not stop," said Dana Holm, suggesting that the case would fail.';
    expect(roleOf(text, 'the claims are false')).toBeUndefined();
    expect(roleOf(text, 'We will not stop')).toBeUndefined();
  });

  it('stores no age ("said NAME, 41.") nor a lone participle ("said NAME, exasperated.") as the role', () => {
    expect(roleOf('"We have no choice," said Brenna Falk, 41.', 'We have no choice')).toBeUndefined();
    expect(roleOf('The fares rose, said Brenna Falk, exasperated. "We have no choice," she added.', 'We have no choice')).toBeUndefined();
  });
});
