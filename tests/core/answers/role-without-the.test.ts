import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OnRecord } from '../../../src/core/index.js';
import { coreOf } from './texts.js';

/**
 * A role typed without "the" (session 12, h-qa18): "former Tarnland skipper on the captaincy" is read as "the former
 * Tarnland skipper", a description of the speaker, never topic words. Articles, people and places invented here.
 */
const ARTICLES: Record<string, string> = {
  // Fenn's office is only in the sentence that reports him: no role is filed for him, the description finds him.
  'captaincy.txt': `Keller out of the Cup

Tarnland captain Joel Keller will miss the rest of the Cup because of a broken wrist.

Keller said: "This is hard for me, but the wrist will heal and I will be back for the spring."

The captaincy is now vacant. Former Tarnland skipper Rudi Fenn told Radio Ostmark his choice would be Ivo Sandor.

"The captaincy should go to Sandor," said Fenn. "He has led sides before and the squad trusts him."
`,
  'rowing.txt': `Rowers set for the Lake Regatta

Velmar captain Oskar Brandt said the crew was ready. "We have trained all winter for this regatta," Brandt said.
`,
};

let core: OnRecord;
beforeAll(async () => {
  core = await coreOf(ARTICLES);
});
afterAll(async () => {
  await core.close();
});

describe('a role typed without "the"', () => {
  it('"former Tarnland skipper on the captaincy" is the former skipper\'s quote, as with "the"', async () => {
    const withThe = await core.ask('the former Tarnland skipper on the captaincy');
    const a = await core.ask('former Tarnland skipper on the captaincy');
    expect(withThe.hits[0]?.speaker?.name).toBe('Rudi Fenn');
    expect(a.hits[0]?.speaker?.name).toBe('Rudi Fenn');
    expect(a.hits.map((h) => h.speaker?.name)).not.toContain('Joel Keller');
  });

  it('a bare current office still finds its holder', async () => {
    const a = await core.ask('Velmar captain on the regatta');
    expect(a.hits[0]?.speaker?.name).toBe('Oskar Brandt');
  });

  it('a name typed so stays a name', async () => {
    const a = await core.ask('Oskar Brandt on the regatta');
    expect(a.hits[0]?.speaker?.name).toBe('Oskar Brandt');
  });
});
