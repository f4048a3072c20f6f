import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OnRecord } from '../../../src/core/index.js';
import { bestSentenceShare } from '../../../src/core/answers/intents/who-said.js';
import { coreOf } from './texts.js';

/**
 * "who said" a line recalled with its referents: the reporter remembers who or what the line was about ("who said
 * dirt got into Hartley's hand" for "The dirt got into it"), and those words are around the quote, not in it. Over
 * articles written for these tests.
 */
const ARTICLES: Record<string, string> = {
  'hand.txt': `Hartley doubt for the cup tie

Flanker Tom Hartley is struggling with a cut on his hand that became infected during Saturday's match.

"The dirt got into it," said coach Ben Marlow. "He has had a course of tablets but they have not worked as we hoped."

A decision on the flanker will be taken on Friday.
`,
  'striker.txt': `Keeper praises his new striker

Rovers keeper Sam Oduya was full of praise for the club's new signing, Luca Brandt.

"Luca is the finest finisher in the league. I have faced him in training every morning this week, on wet grass and on the artificial pitch, and he scores with both feet, with his head and from outside the area, which makes the goalkeeper's job almost impossible," Oduya said.
`,
  'engine.txt': `Garage owners count the cost

Mechanic Paul Greer said the floods had caused damage across the town.

"The water got into everything, and the repairs will take months," Greer said.
`,
  'season.txt': `Rovers plan for next season

Rovers chairman Ada Kell said the club would keep its manager and build around Luca Brandt.

"We have plans for the ground, the academy and the women's team, and next season the fans will see a club that spends its money on players and on the town, not on agents' fees," Kell said.
`,
  'weather.txt': `Weekend weather

Forecasters said the cup tie and the league match would both go ahead despite the rain.

"It will be wet but not stormy," said forecaster Ian Ross.
`,
};

let core: OnRecord;
beforeAll(async () => {
  core = await coreOf(ARTICLES);
});
afterAll(() => core.close());

describe('"who said" a line recalled with its referents around the quote', () => {
  it('the referent (a name, what the words were about) is in the paragraph: the quote is the closest real one', async () => {
    const a = await core.ask("who said dirt got into Hartley's hand");
    expect(a.status).toBe('found');
    expect(a.hits[0]?.speaker?.name).toBe('Ben Marlow');
    expect(a.hits[0]?.text).toContain('The dirt got into it');
    // Words scattered over a long quote whose surroundings hold the referent are not the line.
    const b = await core.ask('who said Luca Brandt will be sold to pay the agents next season');
    expect(b.hits.some((h) => h.speaker?.name === 'Ada Kell')).toBe(false);
  });

  it('the recalled line is one sentence of a longer quote, with the player named in the sentence before', async () => {
    const a = await core.ask('who said Brandt is the finest finisher at Rovers');
    expect(a.hits[0]?.speaker?.name).toBe('Sam Oduya');
  });

  it('the share of the pasted words is read sentence by sentence (alone or two running), not over the whole quote', () => {
    const vocab = { idf: () => 1 };
    const pasted = new Set(['best', 'striker']);
    expect(bestSentenceShare('Ruud is the best striker. What I have to judge is whether he will struggle with the pace after so long.', pasted, vocab)).toBeGreaterThan(0.3);
  });
});
