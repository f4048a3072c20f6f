import { describe, expect, it } from 'vitest';
import { extract, quoteWith, speakerOf } from './helpers.js';

// Every text here is written for these tests; names, films and magazines are invented (session 35, h-conf32).
describe('"The actor\'s friend NAME": the person named is related to the one "the actor" describes, never that one', () => {
  it('a later "The actor ... saying:" is not given to the friend who spoke just before', () => {
    const text = [
      'Veteran film star Carl Mendez once turned down the role that made him famous, a new biography says.',
      'The actor\'s friend Leo Garrow told Film Weekly magazine that Mendez\'s agent suggested he read the script. The actor repeatedly refused, throwing the pages at her and saying: "For the last time, I will not play a gangster."',
    ].join('\n');
    const q = extract(text);
    expect(speakerOf(q, 'I will not play a gangster')).not.toBe('Leo Garrow');
    expect(quoteWith(q, 'I will not play a gangster')!.confidence).toBeLessThan(0.9);
  });

  it('the friend still speaks for himself, and a description of his own office still binds to him', () => {
    const text = [
      'The singer\'s lawyer Ron Vasko said the case was "a farce from the start".',
      '"We will appeal," the lawyer said.',
    ].join('\n');
    const q = extract(text);
    expect(speakerOf(q, 'a farce from the start')).toBe('Ron Vasko');
    expect(speakerOf(q, 'We will appeal')).toBe('Ron Vasko');
  });
});
