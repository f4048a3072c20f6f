import { describe, expect, it } from 'vitest';
import { extract } from './helpers.js';

// Every text here is written for these tests; people and places are invented (docs/EXTRACTION.md, "Issue 13,
// seventeenth pass: an office written as a title is the role", lead).

const roleOf = (text: string, fragment: string) => extract(text).find((q) => q.text.includes(fragment))?.speaker?.role;

describe('an office written as the title before a name is the role when the article states no other', () => {
  it('"Chancellor Ann Perrin said" gives the role "chancellor"', () => {
    expect(roleOf('Budget day in Harbourton. Chancellor Ann Perrin said the economy was "strong and stable".', 'strong and stable')).toBe('chancellor');
  });

  it('an abbreviated title reads in full ("Sen. Tom Vale" -> "senator")', () => {
    expect(roleOf('The vote was close. "This bill is a mistake," Sen. Tom Vale said.', 'This bill is a mistake')).toBe('senator');
  });

  it('(guard) a stated role wins over the title', () => {
    expect(roleOf('President Ann Perrin, head of the Harbourton port board, said the cranes were "too old".', 'too old')).toBe('head of the Harbourton port board');
  });

  it('(guard) a courtesy title is no role ("Mr Tom Vale said")', () => {
    expect(roleOf('The vote was close. Mr Tom Vale said the bill was "a mistake".', 'a mistake')).toBeUndefined();
  });
});
