import { describe, expect, it } from 'vitest';
import { extract, roleOfQuoteStarting } from './helpers.js';

// Session 39 (h-attr102). Every text is written for these tests; names are invented. "His spokesman NAME said" (no
// comma) gave the bare office "spokesman": the run reader drops the pronoun. The owner look-up of "his OFFICE, NAME,"
// (h-attr100) now names whose office it is, the person (his/her) or body (its) the pronoun points at.
const roleOf = (text: string, words: string): string | null | undefined => roleOfQuoteStarting(extract(text), words);

describe('"his/her/its OFFICE NAME" (no comma) states the role of the one the pronoun points at', () => {
  it('"His spokesman NAME said" after a man named by surname', () => {
    const t = 'Senator Marcus Pellow arrived in Dunmore on Tuesday. Pellow met the mayor. His spokesman Dale Hume said the senator would not comment.\n\n"We are not worried about the polls," Hume said.';
    expect(roleOf(t, 'We are not worried')).toBe("Pellow's spokesman");
  });

  it('"said her coach NAME" after a woman, a man named nearer passed over', () => {
    const t = 'Sprinter Mary Vogt beat Tom Haskin\'s record on Sunday. "She is ready for the final," said her coach Ann Corby.';
    expect(roleOf(t, 'She is ready')).toBe("Vogt's coach");
  });

  it('"its lawyer NAME" after a body', () => {
    const t = 'Norcliff Bank lost the first round of the case. Its lawyer Hugh Rand said an appeal was planned.\n\n"We will appeal," Rand said.';
    expect(roleOf(t, 'We will appeal')).toBe("Norcliff Bank's lawyer");
  });

  it('a name first written as a place ("in Port Elden") is passed over', () => {
    const t = 'Senator Marcus Pellow campaigned in Port Elden on Tuesday night, making his pitch. "We will win here," added his campaign manager Jeff Warren.';
    expect(roleOf(t, 'We will win here')).toBe("Pellow's campaign manager");
  });

  it('nobody named to point at: the office alone, as before', () => {
    const t = 'The woman waited two years to sue. Her lawyer Perry Wands said she had been afraid.\n\n"She was afraid," Wands said.';
    expect(roleOf(t, 'She was afraid')).toBe('lawyer');
  });

  it('kin is no office: "His mother NAME" is not owned', () => {
    const t = 'Senator Marcus Pellow arrived in Dunmore on Tuesday. His mother Tessa Vane said he was tired.\n\n"He works too hard," Vane said.';
    expect(roleOf(t, 'He works too hard')).not.toMatch(/Pellow/);
  });

  it('words that are no office phrase between the pronoun and the office are not read ("her lead over rival NAME")', () => {
    const t = 'Nora Pell widened her lead over rival Tom Haskin on Tuesday. "The race is open," Haskin said.';
    expect(roleOf(t, 'The race is open')).not.toMatch(/Pell's/);
  });
});
