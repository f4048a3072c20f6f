import { describe, expect, it } from 'vitest';
import { capOf } from '../../../src/core/extraction/confidence.js';
import { CONFIDENCE_CAPS } from '../../../src/core/extraction/confidence-caps.js';
import { directWithEvidence } from './helpers.js';

const quote = '"I have had more than a quiet word with him about it and the whole squad has heard the same,"';

describe('confidence caps (session 33): a pronoun read as a person of unknown gender over one whose gender agrees', () => {
  it('ships a cap under 0.9 for the reading', () => {
    expect(CONFIDENCE_CAPS.pronoun_passed_over).toBeDefined();
    expect(CONFIDENCE_CAPS.pronoun_passed_over!).toBeLessThan(0.9);
  });

  it('caps "he told" read as the genderless subject of the sentence before, not the man named with him', () => {
    const text = 'Westbrook manager David Renshaw has rebuked captain Olek Vantberg over his remarks before the derby.\n\n'
      + `Vantberg spoke of his dislike of the town's rivals ahead of the match, which Westbrook lost.\n\n${quote} he told the club's website.\n`;
    const [q] = directWithEvidence(text).slice(-1);
    expect(q?.evidence.mention).toBe('pronoun');
    expect(q?.speaker).toBe('Olek Vantberg');
    expect(q?.evidence.pronounPassedOver).toBe(true);
    expect(q!.confidence).toBeLessThanOrEqual(CONFIDENCE_CAPS.pronoun_passed_over!);
  });

  it('leaves "he told" read as the only man named uncapped', () => {
    const text = 'Westbrook manager David Renshaw has rebuked his players over their remarks before the derby.\n\n'
      + `${quote} he told the club's website.\n`;
    const [q] = directWithEvidence(text).slice(-1);
    expect(q?.speaker).toBe('David Renshaw');
    expect(q?.evidence.pronounPassedOver).toBe(false);
    expect(capOf(q!.evidence)).toBe(1);
  });

  it('caps only pronoun reads of a person: the same flag on a named mention changes nothing', () => {
    const text = `Westbrook manager David Renshaw spoke after the derby.\n\n${quote} said Renshaw.\n`;
    const [q] = directWithEvidence(text).slice(-1);
    expect(capOf({ ...q!.evidence, mention: 'name', pronounPassedOver: true })).toBe(1);
    expect(capOf({ ...q!.evidence, mention: 'pronoun', speaker: 'person', pronounPassedOver: true })).toBe(CONFIDENCE_CAPS.pronoun_passed_over);
  });
});
