import { describe, expect, it } from 'vitest';
import { shapeQuestion } from '../../../src/core/questions/intent.js';
import { extractTime } from '../../../src/core/questions/time.js';

describe('question intents', () => {
  it.each([
    ['what did Dunford say about intel sharing', 'quote', 'Dunford', 'intel sharing'],
    ['what did Lavrov tell Kerry about the evacuation', 'quote', 'Lavrov', 'Kerry about the evacuation'],
    ['Kirby on Nusra', 'quote', 'Kirby', 'Nusra'],
    ['latest from the state department on aleppo', 'latest', 'the state department', 'aleppo'],
    ['quotes from Blair about tax', 'quote', 'Blair', 'tax'],
    // A description led by "the" may take six words before "on".
    ['the Lib Dem home affairs spokesman on asbos', 'quote', 'the Lib Dem home affairs spokesman', 'asbos'],
    // One stating whose office it is may run longer, as after "what did" (session 12).
    ['the president of the Tarn Valley growers association on the levy', 'quote', 'the president of the Tarn Valley growers association', 'the levy'],
    // What a speaker demanded, urged or admitted is what they said (session 17).
    ['what did the harbour union leader demand the mayor do', 'quote', 'the harbour union leader', 'the mayor do'],
    ['what did Quill admit about the ferry fares', 'quote', 'Quill', 'the ferry fares'],
    // An office described by its owner's possessive, as long as one led by "the" (session 26).
    ['what did Harrow Mutual\'s head of bond strategy say about the budget', 'quote', 'Harrow Mutual\'s head of bond strategy', 'the budget'],
    ['what did Tarn Valley Growers\' Association\'s new head of research say about apples', 'quote', 'Tarn Valley Growers\' Association\'s new head of research', 'apples'],
  ])('%s', (q, intent, speaker, rest) => {
    const s = shapeQuestion(q);
    expect(s.intent).toBe(intent);
    expect(s.speakerPhrase).toBe(speaker);
    expect(s.rest).toBe(rest);
  });

  it('recognizes verification with or without quotation marks', () => {
    expect(shapeQuestion('who said "we recognize al-nusra as a spoiler"')).toMatchObject({ intent: 'verify', rest: 'we recognize al-nusra as a spoiler' });
    expect(shapeQuestion('who said we recognize nusra as a spoiler')).toMatchObject({ intent: 'verify', rest: 'we recognize nusra as a spoiler' });
    expect(shapeQuestion('did Kirby really say "nothing stands between us"')).toMatchObject({ intent: 'verify', speakerPhrase: 'Kirby' });
  });

  it('recognizes help and speaker listings', () => {
    expect(shapeQuestion('').intent).toBe('help');
    expect(shapeQuestion('help').intent).toBe('help');
    expect(shapeQuestion('which speakers talked about the ceasefire')).toMatchObject({ intent: 'speakers', rest: 'the ceasefire' });
    expect(shapeQuestion('who talked about sanctions')).toMatchObject({ intent: 'speakers', rest: 'sanctions' });
  });

  it('reads "quotes about Y" as a topic with no speaker, not "quotes" as a name', () => {
    for (const q of ['quotes about search engines', 'any comments on the budget', 'statements regarding the ban']) {
      const s = shapeQuestion(q);
      expect(s.intent).toBe('quote');
      expect(s.speakerPhrase).toBeUndefined();
    }
    expect(shapeQuestion('quotes about search engines')).toMatchObject({ rest: 'search engines', topicOnly: true });
    expect(shapeQuestion('which speakers talked about Fox News')).toMatchObject({ intent: 'speakers', topicOnly: true });
    expect(shapeQuestion('Fox on hunting').topicOnly).toBeUndefined();
  });

  it('keeps bare keywords whole', () => {
    expect(shapeQuestion('kirbi humanitarian ceasefire')).toMatchObject({ intent: 'quote', rest: 'kirbi humanitarian ceasefire', speakerExplicit: false });
  });
});

describe('time windows', () => {
  const now = new Date('2016-10-20T12:00:00Z');
  it('resolves relative days against now', () => {
    expect(extractTime('what did Kirby say yesterday', now)).toEqual({ window: { text: 'yesterday', from: '2016-10-19', to: '2016-10-19' }, rest: 'what did Kirby say' });
  });
  it('takes the most recent named month', () => {
    expect(extractTime('Kirby in September', now).window).toMatchObject({ from: '2016-09-01', to: '2016-09-30' });
    expect(extractTime('Kirby in December', now).window).toMatchObject({ from: '2015-12-01', to: '2015-12-31' });
  });
  it('handles years and since', () => {
    expect(extractTime('Blair on tax 2005', now).window).toMatchObject({ from: '2005-01-01', to: '2005-12-31' });
    expect(extractTime('Kirby since March', now).window).toMatchObject({ from: '2016-03-01', to: '2016-10-20' });
    expect(extractTime('Kirby last week', now).window).toMatchObject({ from: '2016-10-13', to: '2016-10-20' });
  });
  it('leaves questions without time alone', () => {
    expect(extractTime('Kirby on Nusra', now)).toEqual({ rest: 'Kirby on Nusra' });
  });
});
