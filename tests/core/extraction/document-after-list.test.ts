import { describe, expect, it } from 'vitest';
import { extract, speakerOf } from './helpers.js';

/*
 * Session 25 (h-attr53): "CLAUSE ending in names, the report predicted": a document right before the verb (an
 * article, at most two lower-case words and a document noun) describes nobody named before it, as "X, the mayor,
 * said" does; the document speaks, never the last place or name of the list before it.
 */
describe('a document before the verb is no appositive', () => {
  it('"markets such as A, B and C, the report predicted": the report, not a country of the list', () => {
    const qs = extract(`Sales of electric bikes will triple by 2030, according to a study by consultants Vantage Metrics. The rise will be led by cities such as Lyon, Porto and Bremen, the study predicted.`);
    const s = speakerOf(qs, 'The rise will be led by cities');
    expect(s).not.toBe('Bremen');
    expect(s).not.toBe('Porto');
    expect(s === 'Vantage Metrics' || s === 'the study').toBe(true);
  });

  it('"voters, who lean Liberal, the lawsuit says": not the word before the comma', () => {
    const qs = extract(`The party is suing the county over its polling places. The plan has a "harsh and unequal effect" on renters, who tend to vote Liberal, the lawsuit says.`);
    expect(speakerOf(qs, 'harsh and unequal effect')).toBe('the lawsuit');
  });
});

describe('people before a role still speak', () => {
  it('"Ada Cole, the mayor, said": the person', () => {
    const qs = extract(`The harbour will reopen next month, Ada Cole, the mayor, said.`);
    expect(speakerOf(qs, 'The harbour will reopen')).toBe('Ada Cole');
  });

  it('"Tom Reed, the report\'s author, said": the author, not the report', () => {
    const qs = extract(`Most ferries run late in winter, Tom Reed, the report's author, said.`);
    expect(speakerOf(qs, 'Most ferries run late')).toBe('Tom Reed');
  });
});
