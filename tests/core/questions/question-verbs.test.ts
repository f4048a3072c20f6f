import { describe, expect, it } from 'vitest';
import { FRAMING_VERB_FORMS, SAYING_VERB_FORMS, WANTING_VERB_FORMS } from '../../../src/core/extraction/lexicon/question-verbs.js';
import { shapeQuestion } from '../../../src/core/questions/intent.js';

describe('question verbs: declared once as base forms in the lexicon, the forms generated', () => {
  it('generates base and past, irregular pasts as declared, doubled consonants, particles on every form', () => {
    expect(SAYING_VERB_FORMS).toEqual(expect.arrayContaining(['say', 'said', 'told', 'wrote', 'spoke', 'admitted', 'argued', 'promised']));
    expect(FRAMING_VERB_FORMS).toEqual(expect.arrayContaining(['sum up', 'summed up', 'feel about', 'felt about', 'saw', 'justified', 'replied to']));
  });

  it('reads the -s form only where flagged, and no -ing form (the hand-typed lists had none)', () => {
    expect(SAYING_VERB_FORMS).toEqual(expect.arrayContaining(['says', 'thinks']));
    for (const gap of ['tells', 'writes', 'saying', 'warning']) expect(SAYING_VERB_FORMS).not.toContain(gap);
    for (const form of [...SAYING_VERB_FORMS, ...FRAMING_VERB_FORMS]) expect(form).toMatch(/^[a-z]+(?: [a-z]+)?$/);
  });

  it('each generated form reaches its pattern: the speaker before the verb, the topic after', () => {
    expect(shapeQuestion('what did the harbour master admit about the dredging')).toMatchObject({ speakerPhrase: 'the harbour master', speakerExplicit: true });
    expect(shapeQuestion('did Mayor Lind really say "the ferry will run"')).toMatchObject({ intent: 'verify', speakerPhrase: 'Mayor Lind', rest: 'the ferry will run' });
    expect(shapeQuestion('how did Mayor Lind sum up the ferry strike')).toMatchObject({ speakerPhrase: 'Mayor Lind', rest: 'the ferry strike' });
    expect(shapeQuestion('how did Mayor Lind feel about the ferry strike')).toMatchObject({ speakerPhrase: 'Mayor Lind', rest: 'the ferry strike' });
  });

  it('reads a joke or a quip as words said (session 29): a description before it is the speaker, not topic words', () => {
    expect(SAYING_VERB_FORMS).toEqual(expect.arrayContaining(['joke', 'joked', 'quip', 'quipped']));
    // Before, the whole question was topic words and the role never reached its holder.
    expect(shapeQuestion('what did the Tarn Valley Party nominee joke about being the next mayor')).toMatchObject({ intent: 'quote', speakerPhrase: 'the Tarn Valley Party nominee', speakerExplicit: true, rest: 'being the next mayor' });
    expect(shapeQuestion('what has Mayor Lind quipped about the ferry')).toMatchObject({ speakerPhrase: 'Mayor Lind', rest: 'the ferry' });
  });

  it('reads asking, comparing and likening as words said (session 34): the role before the verb is the speaker', () => {
    expect(SAYING_VERB_FORMS).toEqual(expect.arrayContaining(['ask', 'asked', 'compare', 'compared', 'liken', 'likened']));
    // Before, no verb of saying followed the role: a body's name inside it was the speaker ("Harbour Radio", its own
    // quote shown for its host) and the office word a topic word.
    expect(shapeQuestion('what did the Harbour Radio host ask Mayor Lind about the ferry fares')).toMatchObject({ intent: 'quote', speakerPhrase: 'the Harbour Radio host', speakerExplicit: true, rest: 'Mayor Lind about the ferry fares' });
    expect(shapeQuestion('what did the Tarn Valley Party chairman compare the two candidates to')).toMatchObject({ speakerPhrase: 'the Tarn Valley Party chairman', rest: 'the two candidates to' });
    // Not "accuse": its past is a noun of court reports ("the lawyer for the accused"), read as the verb it cut the role.
    expect(SAYING_VERB_FORMS).not.toContain('accused');
    expect(shapeQuestion('what did the lawyer for the harbour fire accused say about the verdict')).toMatchObject({ speakerPhrase: 'the lawyer for the harbour fire accused', rest: 'the verdict' });
    expect(shapeQuestion('what did Mayor Lind liken the strike to')).toMatchObject({ speakerPhrase: 'Mayor Lind', rest: 'the strike to' });
  });

  it('reads wanting as the verb after the speaker, kept as a topic word (session 41)', () => {
    expect(WANTING_VERB_FORMS).toEqual(['want', 'wanted']);
    // Before, no verb ended the role: the phrase ran on to the name inside it ("Tarn"), whose bearer answered.
    expect(shapeQuestion('what did the Tarn delegate from Ohio want done about the schools')).toMatchObject({ intent: 'quote', speakerPhrase: 'the Tarn delegate from Ohio', speakerExplicit: true, rest: 'want done about the schools' });
    expect(shapeQuestion('what did Mayor Lind want to find out about the ferry')).toMatchObject({ speakerPhrase: 'Mayor Lind', rest: 'want to find out about the ferry' });
    // A verb of saying before it still ends the phrase first; "want" after it is the topic's.
    expect(shapeQuestion('what did the harbour master say about firms that want to leave')).toMatchObject({ speakerPhrase: 'the harbour master', rest: 'firms that want to leave' });
  });
});
