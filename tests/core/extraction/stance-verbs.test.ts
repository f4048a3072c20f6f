import { describe, expect, it } from 'vitest';
import { STANCE_VERB_FORMS } from '../../../src/core/extraction/lexicon/stance-verbs.js';
import { shapeQuestion } from '../../../src/core/questions/intent.js';

describe('stance verbs: declared once as base forms, each question pattern reading the form it needs', () => {
  it('generates the -ing and past forms, doubling a declared "+" consonant', () => {
    expect(STANCE_VERB_FORMS.ing).toEqual(expect.arrayContaining(['slamming', 'admitting', 'criticising', 'denying', 'likening']));
    expect(STANCE_VERB_FORMS.past).toEqual(expect.arrayContaining(['slammed', 'admitted', 'denied', 'vowed', 'joked']));
    expect(STANCE_VERB_FORMS.base).toEqual(expect.arrayContaining(['slam', 'admit', 'expect']));
    for (const forms of Object.values(STANCE_VERB_FORMS)) for (const f of forms) expect(f).not.toMatch(/\+/);
  });

  it('keeps the gaps the hand-typed lists had (a form left out is a change to measure, not a refactor)', () => {
    expect(STANCE_VERB_FORMS.ing).not.toContain('warning');
    expect(STANCE_VERB_FORMS.past).not.toContain('expected');
    expect(STANCE_VERB_FORMS.base).not.toContain('vow');
  });

  it('each generated form reaches its pattern: nobody named, the verb kept in the gist', () => {
    expect(shapeQuestion('quote slamming the new ferry timetable')).toMatchObject({ topicOnly: true, rest: 'slamming the new ferry timetable' });
    expect(shapeQuestion('did anyone predict the port would close')).toMatchObject({ topicOnly: true, rest: 'predict the port would close' });
    expect(shapeQuestion('who likened the harbour to a car park')).toMatchObject({ topicOnly: true, rest: 'likened the harbour to a car park' });
  });
});
