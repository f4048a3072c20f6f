import { describe, expect, it } from 'vitest';
import { capOf, confidenceOf, type QuoteEvidence } from '../../../src/core/extraction/confidence.js';
import { CONFIDENCE_CAPS } from '../../../src/core/extraction/confidence-caps.js';
import { directWithEvidence } from './helpers.js';

// (Peter Marlow is the subject by name: a man met only as "opened by Peter Marlow" would show session 39's
// `pronoun_no_named_turn` as well, and this file is about the gender clash alone.)
const opening = 'Peter Marlow opened the new stand at the ground in Westbrook on Monday.\n\nA crowd of two thousand watched the ribbon being cut in the spring sunshine.\n\n';
const quote = '"It is a great day for the town and for everyone who has worked on it,"';

describe('confidence caps (session 31): a pronoun read as a person whose given name is of the other gender', () => {
  it('ships a cap under 0.9 for the reading', () => {
    expect(CONFIDENCE_CAPS.pronoun_gender_clash).toBeDefined();
    expect(CONFIDENCE_CAPS.pronoun_gender_clash!).toBeLessThan(0.9);
  });

  it('caps "she said" read as Peter, the only person the article names', () => {
    const [q] = directWithEvidence(`${opening}${quote} she said.\n`);
    expect(q?.speaker).toBe('Peter Marlow');
    expect(q?.evidence.mention).toBe('pronoun');
    expect(q?.evidence.pronounGenderClash).toBe(true);
    expect(q!.confidence).toBeLessThanOrEqual(CONFIDENCE_CAPS.pronoun_gender_clash!);
  });

  it('leaves "he said" read as the same man uncapped', () => {
    const [q] = directWithEvidence(`${opening}${quote} he said.\n`);
    expect(q?.speaker).toBe('Peter Marlow');
    expect(q?.evidence.pronounGenderClash).toBe(false);
    expect(capOf(q!.evidence)).toBe(1);
    expect(q!.confidence).toBeGreaterThan(CONFIDENCE_CAPS.pronoun_gender_clash!);
  });

  it('caps only pronoun reads of a person: the same flag on a named mention changes nothing', () => {
    const [q] = directWithEvidence(`${opening}${quote} he said.\n`);
    const named: QuoteEvidence = { ...q!.evidence, mention: 'name', pronounGenderClash: true };
    expect(capOf(named)).toBe(1);
    expect(confidenceOf({ ...q!.evidence, pronounGenderClash: true })).toBeLessThanOrEqual(CONFIDENCE_CAPS.pronoun_gender_clash!);
    expect(confidenceOf(q!.evidence, undefined, {})).toBe(confidenceOf(q!.evidence));
  });
});
