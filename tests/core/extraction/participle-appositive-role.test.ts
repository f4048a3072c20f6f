import { describe, expect, it } from 'vitest';
import { extract, roleOfQuoteStarting as roleOf, speakerOfQuoteStarting as speakerOf } from './helpers.js';

// Session 37 (h-attr95). Every text is written for these tests; names and places are invented. A participle cue
// ("..., saying", "..., tweeting") shares the sentence's subject; the appositive between commas right after that
// subject is its role, as it is before a plain cue ("Voss, a former commissioner, said").
const LEAD = 'Harlan Voss criticised the council.\n\n';

describe('the appositive role of a participle cue\'s subject', () => {
  it('"NAME, a former ..., poked at ..., saying": the appositive is the role, as with "said"', () => {
    const plain = extract(`${LEAD}Voss, a former Marwick County commissioner and mayoral candidate, said, "Notice the numbers never add up."`);
    const shared = extract(`${LEAD}Voss, a former Marwick County commissioner and mayoral candidate, poked at the budget during the debate, saying, "Notice the numbers never add up."`);
    expect(speakerOf(shared, 'Notice the numbers')).toBe('Harlan Voss');
    expect(roleOf(shared, 'Notice the numbers')).toBe(roleOf(plain, 'Notice the numbers'));
    expect(roleOf(shared, 'Notice the numbers')).toBe('former Marwick County commissioner and mayoral candidate');
  });

  // (Already right before session 37's change, by another path; kept so the shared path cannot lose it.)
  it('"NAME, a former ..., mocked ..., tweeting": the same for a participle of writing', () => {
    const qs = extract(`${LEAD}Voss, a former Marwick County commissioner and mayoral candidate, mocked the plan on Friday, tweeting, "Notice the numbers never add up."`);
    expect(speakerOf(qs, 'Notice the numbers')).toBe('Harlan Voss');
    expect(roleOf(qs, 'Notice the numbers')).toBe('former Marwick County commissioner and mayoral candidate');
  });

  it('keeps no role from a relative clause or an aside between the commas', () => {
    const who = extract(`${LEAD}Voss, who lost the race, mocked the plan on Friday, tweeting, "Notice the numbers never add up."`);
    expect(speakerOf(who, 'Notice the numbers')).toBe('Harlan Voss');
    expect(roleOf(who, 'Notice the numbers')).toBeNull();
    const aside = extract(`${LEAD}Voss, speaking at the rally, mocked the plan on Friday, saying, "Notice the numbers never add up."`);
    expect(roleOf(aside, 'Notice the numbers')).toBeNull();
    const example = extract(`${LEAD}Voss, for example, poked at the budget during the debate, saying, "Notice the numbers never add up."`);
    expect(speakerOf(example, 'Notice the numbers')).toBe('Harlan Voss');
    expect(roleOf(example, 'Notice the numbers')).toBeNull();
  });
});
