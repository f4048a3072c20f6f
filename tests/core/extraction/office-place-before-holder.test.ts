import { describe, expect, it } from 'vitest';
import { extract, roleOfQuoteStarting, speakerOfQuoteStarting } from './helpers.js';

// Session 38 (h-attr99). Every text is written for these tests; names and countries are invented or plain. An office
// held "to", "for" or "of" a place written before its holder with no comma ("Varia's ambassador to Britain Lin Xiao
// has said") was read as one name run "Britain Lin Xiao": the clause's subject was lost (the quote went to a
// description, the next "he" to the person of the paragraph before) and a later quote went to a speaker "Britain
// Lin Xiao". The place is now the office's and the last words are the holder.
const before = 'Tom Harl, the party leader, spoke first. "We will win," Harl said.\n\n';
const after = ' the talks will go on. "We want peace in the region," he said.\n\n"Nothing is settled," Xiao added.';

describe('an office held for a place, then its holder, with no comma', () => {
  for (const [office, verb] of [["Varia's ambassador to Britain", 'has said'], ["Varia's ambassador to Britain", 'said'], ["Varia's envoy to Britain", 'has said'], ["Varia's representative of Britain", 'said'], ['The ambassador to Britain', 'has said']] as const) {
    it(`"${office} Lin Xiao ${verb}": the holder speaks, the next "he" is the holder, the surname is the holder`, () => {
      const q = extract(`${before}${office} Lin Xiao ${verb}${after}`);
      expect(speakerOfQuoteStarting(q, 'the talks will go on')).toBe('Lin Xiao');
      expect(speakerOfQuoteStarting(q, 'We want peace')).toBe('Lin Xiao');
      expect(speakerOfQuoteStarting(q, 'Nothing is settled')).toBe('Lin Xiao');
      expect(roleOfQuoteStarting(q, 'Nothing is settled')).toBe(office.replace(/^The /, ''));
    });
  }

  it('a known given name after a place that is no country: "The envoy to Velmar Kurt Dalley"', () => {
    const q = extract(`${before}The envoy to Velmar Kurt Dalley said${after.replace('Xiao', 'Dalley')}`);
    expect(speakerOfQuoteStarting(q, 'the talks will go on')).toBe('Kurt Dalley');
    expect(speakerOfQuoteStarting(q, 'Nothing is settled')).toBe('Kurt Dalley');
  });

  it('a body after the office stays a body, and a person after "to" keeps the whole name', () => {
    const bank = extract('Pia Lund, an economist for Wells Fargo Bank, said rates would rise. "They must," Lund said.');
    expect(speakerOfQuoteStarting(bank, 'rates would rise')).toBe('Pia Lund');
    const person = extract('An adviser to Donald J. Tramp said the plan was dead. "It is over," the adviser said.');
    expect(speakerOfQuoteStarting(person, 'the plan was dead')).not.toBe('J. Tramp');
  });
});

describe('no office held for a place', () => {
  it('"supporters of Democrat Ann Cole say": a share of voters, not the candidate', () => {
    const q = extract('By a wide margin, supporters of Democrat Ann Cole say the rule should stay, 70%-25%.');
    expect(speakerOfQuoteStarting(q, 'the rule should stay')).not.toBe('Ann Cole');
    const one = extract('A supporter of Republican Ben Ray said the rule should stay.');
    expect(speakerOfQuoteStarting(one, 'the rule should stay')).not.toBe('Ben Ray');
  });
});
