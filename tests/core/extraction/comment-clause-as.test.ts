import { describe, expect, it } from 'vitest';
import { extract, speakerOf } from './helpers.js';

/*
 * Session 25 (h-attr53): a comment clause on "as" ('"...," as one activist put it', 'But as the Harbour Gazette
 * pointed out, "..."', 'owed it to, as a rival put it, a "lucky break"') has its own subject, between "as" and the
 * verb; the reader used to look past the "as" for a subject (a person named earlier in the sentence) or find none.
 * The verb must take nothing of its own: "as the brewer said last year that ..." is a clause of time or reason.
 */
describe('a comment clause on "as" speaks the quote beside it', () => {
  it('"But as OUTLET pointed out, "..."": the outlet speaks', () => {
    const qs = extract(`Mayor Ana Ruiz filed her expenses on Monday. "Every receipt is there," Ruiz said. But as the Harbour Gazette pointed out, "Still, the mayor has not released the contracts behind those receipts."`);
    expect(speakerOf(qs, 'has not released the contracts')).toContain('Harbour Gazette');
  });

  it('"And as DESCRIPTION noted, "..."": the description speaks', () => {
    const qs = extract(`The ferry timetable changed twice this year. And as a council engineer noted, "nobody asked the crews what they could manage."`);
    expect(speakerOf(qs, 'nobody asked the crews')).toBe('a council engineer');
  });

  it('"..." before ", as DESCRIPTION put it": the description speaks', () => {
    const qs = extract(`The campaign still had one "secret weapon", as one volunteer put it - the candidate's mother.`);
    expect(speakerOf(qs, 'secret weapon')).toBe('one volunteer');
  });

  it('a comment clause inside a sentence is not the sentence subject\'s', () => {
    const qs = extract(`Governor Tomas Brandt, who owed his victory to, as a rival strategist put it, a "lucky break with the weather" that kept voters home, left office in May.`);
    expect(speakerOf(qs, 'lucky break with the weather')).toBe('a rival strategist');
  });
});

describe('other uses of "as" are left as they were', () => {
  it('"But, as the chair, X said": an aside, the name speaks', () => {
    const qs = extract(`The board met late. But, as the chair, Ada Cole said: "We will vote on the budget next week."`);
    expect(speakerOf(qs, 'vote on the budget')).toBe('Ada Cole');
  });

  it('", as the brewer said last year that ..." makes no reported clause of the sentence before', () => {
    const qs = extract(`Shares in Tallis Foods fell sharply, as the brewer said last year that it would not buy rivals.`);
    expect(qs.find((x) => x.text.includes('Shares in Tallis Foods fell'))).toBeUndefined();
  });

  it('", as the man says." after the reporter\'s own words gives them to nobody', () => {
    const qs = extract(`The game costs very little and plays very well for its price, as the man says. Most readers will skip it.`);
    expect(qs.find((x) => x.text.includes('plays very well'))).toBeUndefined();
  });
});
