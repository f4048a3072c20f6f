import { describe, expect, it } from 'vitest';
import { extract, quoteWith } from './helpers.js';

/*
 * Session 28 (h-attr62): the day a person spoke, written after the cue ("told reporters Tuesday", "said Monday night
 * that", "warned Saturday that"), is when, not to whom or what: it stays out of the audience and the reported clause.
 */
describe('a day after the cue is no hearer and no part of the clause', () => {
  const article = `Harbour plan stalls

Mayor Dana Whitlock told reporters Tuesday that the harbour plan was dead.

Councillor Ivo Brandt said Monday night that he would resign from the harbour board.

"It is a scandal," Brandt told the Harbour Gazette Wednesday morning.

Treasurer Ruth Amberley warned Saturday that the town's reserves would run out by the spring.

Amberley also warned on Thursday that the harbour board had ignored the auditors for years.`;
  const qs = extract(article);

  it('"told reporters Tuesday": the hearer is "reporters"', () => {
    expect(quoteWith(qs, 'harbour plan was dead')?.audience).toBe('reporters');
  });

  it('"told the Harbour Gazette Wednesday morning": the hearer is the paper', () => {
    expect(quoteWith(qs, 'It is a scandal')?.audience).toBe('the Harbour Gazette');
  });

  it('"said Monday night that": the clause starts after the part of the day', () => {
    const q = quoteWith(qs, 'he would resign');
    expect(q?.speaker?.name).toBe('Ivo Brandt');
    expect(q?.text.startsWith('night')).toBe(false);
  });

  it('"warned Saturday that", "warned on Thursday that": no hearer at all', () => {
    const a = quoteWith(qs, 'reserves would run out');
    expect(a?.speaker?.name).toBe('Ruth Amberley');
    expect(a?.audience).toBeUndefined();
    const b = quoteWith(qs, 'ignored the auditors');
    expect(b?.audience).toBeUndefined();
  });

  it('"said Monday night\'s vote showed", "said Friday\'s talks had": the day opens the clause', () => {
    const qs2 = extract(`Vote row

Councillor Ivo Brandt said Monday night's vote showed the council had lost its way.

Mayor Dana Whitlock said Friday's talks had gone well for the town.`);
    expect(quoteWith(qs2, "vote showed the council")?.text.startsWith("Monday night's vote")).toBe(true);
    expect(quoteWith(qs2, 'talks had gone well')?.speaker?.name).toBe('Dana Whitlock');
  });

  it('a hearer named with a day word ("HARBOUR TODAY", "Today") stays the hearer', () => {
    const qs2 = extract(`Row deepens

Mayor Dana Whitlock told HARBOUR TODAY that the harbour board had failed the town.

Treasurer Ruth Amberley told Today that the reserves would run out by the spring.`);
    expect(quoteWith(qs2, 'board had failed the town')?.audience).toBe('HARBOUR TODAY');
    expect(quoteWith(qs2, 'reserves would run out')?.audience).toBe('Today');
  });

  it('a programme named after a day keeps its day ("Sky News\' Sunday")', () => {
    const q = quoteWith(extract(`Row deepens

He told Harbour News' Sunday with Ada Holt that the harbour board had failed the town.`), 'harbour board had failed');
    expect(q?.audience ?? '').not.toBe("Harbour News'");
  });
});
