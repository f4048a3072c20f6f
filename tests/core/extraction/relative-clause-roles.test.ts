import { describe, expect, it } from 'vitest';
import { extract, quoteWith } from './helpers.js';

// Every text here is written for these tests; names and bodies are invented (issue 14, session 24 h-qa52): an office
// a relative clause states right after a name ("NAME, who chairs the ... Committee,") is the person's role, wherever
// the name is written, so a role question ("the chair of the harbour committee") can reach their quotes.
// (The quote must be found and attributed: "no role" must not pass because the quote or its speaker was lost.)
const roleOf = (text: string, words: string) => {
  const speaker = quoteWith(extract(text), words)?.speaker;
  expect(speaker?.name, words).toBeTruthy();
  return speaker?.role;
};

describe('an office stated by a relative clause after a name', () => {
  it('"who chairs BODY" is the chair of that body', () => {
    const text = 'The report was published on Monday. Greta Lindqvist, who chairs the Harbour Select Committee, said the delays were "a national embarrassment".';
    expect(roleOf(text, 'national embarrassment')).toBe('chair of the Harbour Select Committee');
  });

  it('"who heads BODY" is its head, also when the name speaks in a later sentence', () => {
    const text = 'Tomas Reyne, who heads the Alliance for Coastal Shipping, was at the hearing. "Nobody asked the crews," Mr Reyne said.';
    expect(roleOf(text, 'Nobody asked the crews')).toBe('head of the Alliance for Coastal Shipping');
  });

  it('"who is OFFICE" is the office as an appositive states it', () => {
    const text = 'Edwin Marsh, who is chairman of the Commons harbour accounts committee, said the spending was "simply reckless".';
    expect(roleOf(text, 'simply reckless')).toBe('chairman of the Commons harbour accounts committee');
  });

  it('"who is" with no office noun states no role ("who is Catholic", "who is visiting Oslo")', () => {
    expect(roleOf('Ruth Calder, who is Catholic, said she "would not comment on faith".', 'would not comment')).toBeUndefined();
    expect(roleOf('Ruth Calder, who is visiting Oslo, said she "would not comment on faith".', 'would not comment')).toBeUndefined();
  });

  it('a second verb after "and" ends the office', () => {
    const text = 'Colm Brady, who created the Tideline Show in 1999 and has written every series, said the end was "a relief".';
    expect(roleOf(text, 'a relief')).toBe('founder of the Tideline Show in 1999');
  });

  it('an object that is a clause of its own states no office', () => {
    const text = 'Ned Harlow, who headed the label the Marsh Lights were signed to, said the film was "long overdue".';
    expect(roleOf(text, 'long overdue')).toBeUndefined();
  });

  it('a full stop after a title is no end of the clause: nothing is read', () => {
    const text = 'Ada Voss, who served as transport secretary during Mr. Hale\'s first term, said the plan was "doomed".';
    expect(roleOf(text, 'doomed')).toBeUndefined();
  });

  it('a relation to somebody else\'s body ("at her father\'s company") or a standing ("who leads Ann Roe 3 points") is no role', () => {
    expect(roleOf('Lina Cole, who is executive vice president at her father\'s company, said it was "growing fast".', 'growing fast')).toBeUndefined();
    expect(roleOf('Ivo Brand, who leads Ann Roe 3 points to 1, said he was "confident".', 'confident')).toBeUndefined();
  });

  it('"who represents NAME" (a client or a seat) is no office', () => {
    expect(roleOf('Dale Pruitt, who represents Marlow, said his client "had no choice".', 'had no choice')).toBeUndefined();
  });
});
