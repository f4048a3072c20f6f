import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OnRecord } from '../../../src/core/index.js';
import { coreOf } from './texts.js';

/**
 * Honesty of a named speaker's weak match (issue 14): a paraphrase may share a third of its words with the quote,
 * but one word of a longer topic answers only when it singles that quote out among the speaker's quotes. A word
 * the speaker uses all the time ("season", for a football manager) is no answer to "the price of season tickets".
 * Articles written for these tests.
 */
const ARTICLES: Record<string, string> = {
  'rovers-1.txt': `Rovers boss praises defence

Rovers manager Tomas Krelling said his side had turned a corner.

"We were leaking goals at the start of the season and now we are hard to beat," Krelling said.
`,
  'rovers-2.txt': `Krelling eyes cup run

Rovers manager Tomas Krelling wants a long cup run.

"The cup gives the younger players a stage, and this season they have earned it," Krelling said.
`,
  'rovers-3.txt': `Krelling on discipline

Tomas Krelling said his players must keep their heads.

"We had the worst disciplinary record in the league last season and that lost us points," Krelling said.
`,
  'rovers-4.txt': `Krelling signs striker

Tomas Krelling welcomed his new striker.

"He scores with both feet and he works for the team," Krelling said.
`,
  'fans.txt': `Fans protest at ticket prices

Supporters' trust chair Dana Olufemi said fans were being priced out.

"The price of tickets has doubled in five years," Olufemi said.

"There are doubts hanging over the whole matchday budget of a family," she said.
`,
  'theatre.txt': `Theatre cuts prices

Theatre director Ruth Ambler said cheaper tickets had filled the stalls.

"Doubts about the new price were hanging over us, and they have gone," Ambler said.
`,
  'rower.txt': `Sculler heads to Lucerne with questions

Single sculler Ilse Marvaan admitted her form was uncertain.

"I will be heading to Lucerne with a lot of question marks over me, I know that," Marvaan said.

"The training block in the mountains went well," she added.
`,
};

let core: OnRecord;
beforeAll(async () => {
  core = await coreOf(ARTICLES);
});
afterAll(() => core.close());

describe("one word of a longer topic answers only when it singles the speaker's quote out", () => {
  it('a word in several of the speaker\'s own quotes is "no quote found", with the speaker named', async () => {
    // "season" is in three of Krelling's quotes; "price" and "tickets" in none.
    const a = await core.ask('what did Krelling say about the price of season tickets');
    expect(a.status).toBe('not_found');
    expect(a.hits).toEqual([]);
    expect(a.note).toContain('Tomas Krelling');
  });

  it('a word in only one of the speaker\'s quotes still answers the paraphrase', async () => {
    // "doubts hanging over her" is said in other words; "Lucerne" is in one of Marvaan's quotes only.
    const a = await core.ask('what did Marvaan say about the doubts hanging over her before Lucerne');
    expect(a.status).toBe('found');
    expect(a.hits[0]?.speaker?.name).toBe('Ilse Marvaan');
    expect(a.hits[0]?.text).toContain('question marks over me');
  });

  it('two of three topic words are no weak match: the quote answers', async () => {
    const a = await core.ask('what did Krelling say about his disciplinary record last season');
    expect(a.status).toBe('found');
    expect(a.hits[0]?.text).toContain('worst disciplinary record');
  });
});
