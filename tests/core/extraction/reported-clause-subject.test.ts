import { describe, expect, it } from 'vitest';
import { subjectOfReportedClause } from '../../../src/core/extraction/reported-subject.js';
import { extract } from './helpers.js';

// Every text here is written for these tests; firms and people are invented (session 35, h-attr86).
describe('the name a pronoun\'s reported clause opens with is not the pronoun ("They say that Velcom is ...")', () => {
  it('a body that spoke before is not the "they" that reports on it', () => {
    const text = 'Velcom said it may give up the deal. But a parliamentary commission has now ruled that the stake is too high. They say that Velcom is a security risk because of its "foreign ties".';
    const q = extract(text);
    const reported = q.find((x) => x.kind === 'indirect' && x.text.startsWith('Velcom is a security risk'));
    expect(reported).toBeDefined();
    expect(reported!.speaker?.name).not.toBe('Velcom');
    expect(q.find((x) => x.text.startsWith('it may give up'))?.speaker?.name).toBe('Velcom');
  });

  it('finds the clause\'s subject after the verb, "that", or an adverb before the verb; not a possessive', () => {
    const at = (s: string): string | undefined => {
      const r = subjectOfReportedClause(s, 0);
      return r && s.slice(r.from, r.to);
    };
    expect(at('They say that Velcom is a risk')).toBe('Velcom');
    expect(at('he said Mr Hale would go')).toBe('Mr Hale');
    expect(at('they now say Velcom lied')).toBe('Velcom');
    expect(at("she said Hale's plan was thin")).toBeUndefined();
    expect(at('they hope Velcom will stay')).toBeUndefined();
    // A hearer is not the clause's subject; a name on the next line is not either.
    expect(at('he told Ms Hale the plan was thin')).toBeUndefined();
    expect(at('he said Saturday.\n\nHale also spoke')).toBe('Saturday');
  });
});
