import { describe, expect, it } from 'vitest';
import { extract, quoteStarting, speakerOfQuoteStarting } from './helpers.js';
import { officeOfTitles } from '../../../src/core/extraction/lexicon/index.js';

// Session 38 (h-attr96). Every text is written for these tests; names and bodies are invented. An office written alone
// as a name's title ("Professor Ada Vell", "Ambassador Cal Streve", "Coach Mikel Rudd") was kept as the person's
// title (gender, "the professor said") but, unlike "Chancellor"/"Senator" (`OFFICE_TITLES`), never shown as the quote's
// role, so a role question ("what did the professor say") found nobody. It is now the role when the article states
// no other; courtesy titles, peerage and a lone first word of a longer title ("Deputy") stay none.
const roleOf = (text: string, words: string): string | null | undefined => {
  const q = quoteStarting(extract(text), words);
  return q ? (q.speaker?.role ?? null) : undefined;
};
const speakerOf = (text: string, words: string): string | null | undefined => speakerOfQuoteStarting(extract(text), words);

describe('an office written as the title before a name is the role when none is stated', () => {
  it('"Professor Ada Vell" introduced, quoted later by surname', () => {
    const t = 'The study, led by Professor Ada Vell, looked at 400 councils.\n\n"Turnout falls where the polling stations close early," Professor Vell said.';
    expect(speakerOf(t, 'Turnout falls where')).toBe('Ada Vell');
    expect(roleOf(t, 'Turnout falls where')).toBe('professor');
  });

  it('"Ambassador Cal Streve" at a mention with no quote', () => {
    const t = 'Two guards had travelled with Ambassador Cal Streve to the port.\n\n"We asked for more staff twice," Streve wrote in a cable.';
    expect(speakerOf(t, 'We asked for more staff')).toBe('Cal Streve');
    expect(roleOf(t, 'We asked for more staff')).toBe('ambassador');
  });

  it('"Coach Mikel Rudd says" at the cue, and an acronym title shown in capitals ("DJ Nora Pell")', () => {
    const coach = 'Coach Mikel Rudd says the young prop should start. "He has earned it," Rudd said.';
    expect(roleOf(coach, 'He has earned it')).toBe('coach');
    const dj = 'DJ Nora Pell has left the station after ten years. "It was time," Pell said.';
    expect(roleOf(dj, 'It was time')).toBe('DJ');
  });

  it('a stated role wins over the title: "Professor Ada Vell, director of the Farrow Institute,"', () => {
    const t = 'Professor Ada Vell, director of the Farrow Institute, disagreed.\n\n"The figures are wrong," Vell said.';
    expect(roleOf(t, 'The figures are wrong')).toBe('director of the Farrow Institute');
  });

  it('courtesy titles and peerage name no office', () => {
    const t = 'Dr Ada Vell and Lord Tamsin spoke at the launch.\n\n"The figures are wrong," Dr Vell said.';
    expect(speakerOf(t, 'The figures are wrong')).toBe('Ada Vell');
    expect(roleOf(t, 'The figures are wrong')).toBeNull();
  });

  it('officeOfTitles: an OFFICE_TITLES office first, then a title office in its shown form, else none', () => {
    expect(officeOfTitles(['professor', 'governor'])).toBe('governor');
    expect(officeOfTitles(['mep'])).toBe('MEP');
    expect(officeOfTitles(['deputy'])).toBeUndefined();
    expect(officeOfTitles(['dr', 'sir', 'lord'])).toBeUndefined();
  });
});
