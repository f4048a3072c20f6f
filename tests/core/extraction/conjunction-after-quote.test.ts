import { describe, expect, it } from 'vitest';
import { extract, speakerOf } from './helpers.js';

/*
 * Session 24 (h-attr49): a conjunction right after a closing quote mark, then a subject and its verb, opens a
 * clause of its own. That verb reports its own clause; the quote before the conjunction belongs to its own sentence's
 * verb ("accuses X of", "described it as", "called this", "rejected it as").
 */
describe('a cue after "and", "but" or "while" is not the quote\'s', () => {
  it('"X accuses Y of "..." and Z says ...": the quote is X\'s', () => {
    const qs = extract(`The mayoral race turned bitter this week. Mayor Ana Ruiz accuses Councillor Ben Hollis of "hiding from voters" and Ben Hollis says he has answered every question put to him.`);
    expect(speakerOf(qs, 'hiding from voters')).toBe('Ana Ruiz');
  });

  it('"X described it as "..." while Z said ...": the quote is X\'s', () => {
    const qs = extract(`Two bands shared the honours. Singer Mara Quill described the award as "a lovely surprise" while Tom Berry said the band had expected nothing.`);
    expect(speakerOf(qs, 'lovely surprise')).toBe('Mara Quill');
  });

  it('"X said she would "...," while Gov. Y and Sen. Z suggested ...": a title\'s full stop is part of the subject (session 32)', () => {
    const qs = extract(`Few lawmakers rushed to back the nominee. The office of Mayor Ana Ruiz said she would "support the nominee" but "is not planning to campaign for anyone this year," while Lisk Gov. Ben Hollis and Orrin Sen. Tara Voss suggested they would only offer conditional support.`);
    expect(speakerOf(qs.filter((q) => q.kind === 'direct'), 'not planning to campaign')?.toLowerCase()).toContain('ana ruiz');
  });

  it('"X called this "..." but the council said ...": the quote is X\'s', () => {
    const qs = extract(`The bonus was paid last spring. The audit committee called this "wholly unjustified" but the council said the payment had followed the rules.`);
    expect(speakerOf(qs, 'wholly unjustified')?.toLowerCase()).toContain('audit committee');
  });
});

describe('the sentence\'s final attribution still reports the quote', () => {
  it('"..." and CLAUSE, X said: a comma before the subject keeps the quote X\'s', () => {
    const qs = extract(`The county faces a crisis. Drug use is "rising at a worrying rate" and touches every town in the county, Sheriff Dana Cole said on Monday.`);
    expect(speakerOf(qs, 'rising at a worrying rate')).toBe('Dana Cole');
  });
});
