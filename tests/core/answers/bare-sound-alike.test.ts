import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OnRecord } from '../../../src/core/index.js';
import { coreOf } from './texts.js';

/**
 * A bare surname typed by ear, more than a typo away ("flin" for Flynn, "nare" for Nair): sound-alike surnames
 * are guesses that the question's topic chooses among, never an answer without it. Articles written for these
 * tests.
 */
const ARTICLES: Record<string, string> = {
  'ringtones.txt': `Ringtone sellers warned

"We can switch off any seller who hides a weekly charge from the customer," said Ruth Flynn, head of content at the network.
`,
  'orchard.txt': `Orchard sale

"The pear trees were planted by my grandfather and I will miss them," said farmer Dennis Flood.
`,
  'film.txt': `Director defends casting

"I cast by instinct, and the lead walked in looking exactly like the girl in the novel," said director Mina Nair.
`,
  'horses.txt': `Stable moves north

"Racing in the north has always had the better crowds," said trainer Tom Hare.
`,
};

let core: OnRecord;
beforeAll(async () => {
  core = await coreOf(ARTICLES);
});
afterAll(() => core.close());

describe('a bare surname typed by ear', () => {
  it('is the sound-alike speaker whose words hold the topic: flin for Flynn', async () => {
    const a = await core.ask('what did flin say about weekly charges');
    expect(a.hits[0]?.speaker?.name).toBe('Ruth Flynn');
  });

  it('is tried after a nearer misspelling that never spoke of the topic: nare for Nair, not Hare', async () => {
    const a = await core.ask('what did nare say about casting the lead');
    expect(a.hits[0]?.speaker?.name).toBe('Mina Nair');
    // The nearer misspelling still answers on its own topic.
    const b = await core.ask('what did nare say about racing crowds');
    expect(b.hits[0]?.speaker?.name).toBe('Tom Hare');
  });

  it('names nobody without a topic, or when no guess spoke of it', async () => {
    expect((await core.ask('what did flin say')).hits).toHaveLength(0);
    expect((await core.ask('what did flin say about pear trees')).hits).toHaveLength(0);
  });
});
