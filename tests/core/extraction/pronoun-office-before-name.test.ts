import { describe, expect, it } from 'vitest';
import { extract, roleOfQuoteStarting, speakerOfQuoteStarting } from './helpers.js';

// Session 39 (h-attr100). Every text is written for these tests; names and bodies are invented. "His campaign
// manager, NAME," stated no role: `roleBeforeName` refuses a pronoun opening on purpose ("His rival"). The office is
// now the holder's role, owned by whom the pronoun points at: the person (his/her) or body (its) named last before it.
const roleOf = (text: string, words: string): string | null | undefined => roleOfQuoteStarting(extract(text), words);
const speakerOf = (text: string, words: string): string | null | undefined => speakerOfQuoteStarting(extract(text), words);

describe('"his/her/its OFFICE, NAME," states the role of the one the pronoun points at', () => {
  it('"his campaign manager, NAME," after a man named by surname', () => {
    const t = 'Senator Mark Tolland lost the vote on Tuesday. Tolland said the count was unfair. His campaign manager, Jeff Warren, said the race was not over.\n\n"We will fight on," Warren said.';
    expect(speakerOf(t, 'We will fight on')).toBe('Jeff Warren');
    expect(roleOf(t, 'We will fight on')).toBe("Tolland's campaign manager");
  });

  it('"her" passes over a man named nearer and owns the office of the woman before him', () => {
    const t = 'Nora Pell criticised Tom Haskin for the leak. Her senior policy adviser, Dan Orvis, said the data had been misused.\n\n"It was a clear breach," Orvis said.';
    expect(roleOf(t, 'It was a clear breach')).toBe("Pell's senior policy adviser");
  });

  it('"its lawyer, NAME," after a body', () => {
    const t = 'Norcliff Bank lost the first round of the case. Its lawyer, Hugh Rand, said an appeal was planned.\n\n"We will appeal," Rand said.';
    expect(roleOf(t, 'We will appeal')).toBe("Norcliff Bank's lawyer");
  });

  it('a surname shared by two people: the owner by full name', () => {
    const t = 'Ann Corby was not in court. Her lawyer, Perry Wands, said she was ill. Her husband, Tom Corby, was there.\n\n"She will recover," Wands said.';
    expect(roleOf(t, 'She will recover')).toBe("Ann Corby's lawyer");
  });

  it('nobody named to point at: the office alone', () => {
    const t = 'The woman waited two years to sue, her lawyer, Perry Wands, said on Monday.\n\n"She was afraid," Wands said.';
    expect(roleOf(t, 'She was afraid')).toBe('lawyer');
  });

  it('kin is no office: "his wife, NAME," states no role', () => {
    const t = 'Mark Tolland lost the vote. His wife, Jane Tolland, said he would run again.\n\n"He never gives up," Jane Tolland said.';
    expect(roleOf(t, 'He never gives up')).toBeNull();
  });

  // Session 39 review (h-rev39): "ex-wife" passed as an office by its hyphenated tail (`isHyphenatedTitle`).
  it('kin written with a prefix is no office: "his ex-wife, NAME,", "her half-brother, NAME,"', () => {
    const ex = 'Mark Tolland lost the vote. His ex-wife, Jane Orlick, said he would run again.\n\n"He never gives up," Orlick said.';
    expect(speakerOf(ex, 'He never gives up')).toBe('Jane Orlick');
    expect(roleOf(ex, 'He never gives up')).toBeNull();
    const half = 'Nora Pell won the seat. Her half-brother, Dan Orvis, was at the count.\n\n"She earned it," Orvis said.';
    expect(roleOf(half, 'She earned it')).toBeNull();
    const possessor = 'Late on Tuesday, Tolland\'s ex-wife, Jane Orlick, spoke to reporters.\n\n"He never gives up," Orlick said.';
    expect(roleOf(possessor, 'He never gives up')).toBeNull();
  });

  it('"her rival, NAME," with nobody to point at states no role, and with the owner named it does', () => {
    const none = 'The count went on all night. Her rival, Bern Sadler, won his home state.\n\n"It was a good night," Sadler said.';
    expect(roleOf(none, 'It was a good night')).toBeNull();
    const owned = 'Nora Pell won three states on Tuesday. Her rival, Bern Sadler, won his home state.\n\n"It was a good night," Sadler said.';
    expect(roleOf(owned, 'It was a good night')).toBe("Pell's rival");
  });
});

// "BODY's office, NAME," inside a sentence: `roleBeforeName` reads the possessor only where it opens the sentence.
describe('"POSSESSOR\'s OFFICE, NAME," inside a sentence states the role', () => {
  it('after an opening phrase: "Late on Tuesday, Sadler\'s campaign manager, NAME, said"', () => {
    const t = 'Late on Tuesday, Sadler\'s campaign manager, Jon Weever, said the race would go on.\n\n"We are staying in," Weever said.';
    expect(speakerOf(t, 'We are staying in')).toBe('Jon Weever');
    expect(roleOf(t, 'We are staying in')).toBe("Sadler's campaign manager");
  });

  it('after a preposition: "a letter to Marlow\'s president, NAME,"', () => {
    const t = 'The firm sent a letter to Marlow\'s president, Lee Bellham, on Friday.\n\n"We will reply in time," Bellham said.';
    expect(roleOf(t, 'We will reply in time')).toBe("Marlow's president");
  });

  it('kin and a list\'s next member state none', () => {
    const kin = 'The crowd cheered when Varro\'s eldest daughter, Ivy Varro, spoke.\n\n"He is a good man," Ivy Varro said.';
    expect(roleOf(kin, 'He is a good man')).toBeNull();
    const list = 'The guests were Ada Holt, Varro\'s press secretary, Tom Bale and others.\n\n"It was a fine dinner," Bale said.';
    expect(roleOf(list, 'It was a fine dinner')).toBeNull();
  });
});
