import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OnRecord } from '../../../src/core/index.js';
import { shapeQuestion } from '../../../src/core/questions/intent.js';
import { coreOf } from './texts.js';

/**
 * Session 17 (h-qa32): a quote asked for by its stance ("quote dismissing X", "did anyone predict Y", "who called X
 * his hero") names nobody: a possessive or a surname in the gist is no speaker. The stance verb stays a topic word:
 * the reporter's sentence before the words often says it ("Moran dismissed the plan ..."). "how did X describe Y" and "X's
 * reaction to Y" name X and leave the framing verb out of the topic. Articles written for this test.
 */
const ARTICLES: Record<string, string> = {
  'harbour.txt': `Harbour plan splits Kilbrack

Portco's plan to sell the old harbour to a hotel group has drawn sharp words.

Portco said the sale would "secure the harbour's future". "The harbour sale is the only way to keep the pier
open," Portco said in a statement.

Fisherman Declan Moran dismissed the plan as a distraction. "The harbour sale is just a smokescreen for closing the fish market,"
Mr Moran said.

Historian Aoife Keane called her late teacher, Seamus Council, a hero. "Seamus was my hero and he still is," she said.

Harbourmaster Liam Doherty was asked about the storms of last winter. "The worst night I have ever seen, the
waves came right over the wall," he said. "The pier is in good shape now."
`,
};

let core: OnRecord;
beforeAll(async () => {
  core = await coreOf(ARTICLES);
});
afterAll(() => core.close());

describe('stance phrasings name nobody', () => {
  it.each([
    ["quote dismissing Portco's harbour sale as a distraction", "dismissing Portco's harbour sale as a distraction"],
    ['a line praising the pier', 'praising the pier'],
    ['did anyone predict the fish market would close', 'predict the fish market would close'],
    ['has anybody criticised the harbour sale', 'criticised the harbour sale'],
    ['who called Seamus her hero', 'called Seamus her hero'],
    ['who recalled the storms of last winter', 'recalled the storms of last winter'],
  ])('"%s"', (q, rest) => {
    const s = shapeQuestion(q);
    expect(s).toMatchObject({ intent: 'quote', rest, topicOnly: true });
    expect(s.speakerPhrase).toBeUndefined();
  });

  it('a possessive in the gist is no speaker: the quote that says it, not the body named', async () => {
    const a = await core.ask("quote dismissing Portco's harbour sale as a smokescreen");
    expect(a.status).toBe('found');
    expect(a.hits[0]?.speaker?.name).toContain('Declan Moran');
  });

  it('"who called X her hero" is not asked of a speaker whose surname is in it', async () => {
    const a = await core.ask('who called Seamus Council her hero');
    expect(a.status).toBe('found');
    expect(a.hits[0]?.speaker?.name).toBe('Aoife Keane');
  });
});

describe('framing verbs', () => {
  it.each([
    ['how did Doherty describe the storms', 'Doherty', 'the storms'],
    ['how did the harbourmaster react to the storms', 'the harbourmaster', 'the storms'],
    ['how would Moran characterise the sale', 'Moran', 'the sale'],
  ])('"%s" names the speaker, the verb is no topic', (q, speakerPhrase, rest) => {
    expect(shapeQuestion(q)).toMatchObject({ intent: 'quote', speakerPhrase, rest, speakerExplicit: true });
  });

  it.each([
    ["Doherty's reaction to the storms", 'Doherty', 'the storms'],
    ["Moran's response to the harbour sale", 'Moran', 'the harbour sale'],
  ])('"%s"', (q, speakerPhrase, rest) => {
    expect(shapeQuestion(q)).toMatchObject({ intent: 'quote', speakerPhrase, rest });
  });

  it('keeps "described" as a topic word when it is what was said about', () => {
    expect(shapeQuestion('what did Moran say about being described as a troublemaker')).toMatchObject({ speakerPhrase: 'Moran', rest: 'being described as a troublemaker' });
  });
});
