import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OnRecord } from '../../../src/core/index.js';
import { parseDocument } from '../../../src/core/articles/load.js';
import { sentenceAround } from '../../../src/core/ingest.js';
import { coreOf } from './texts.js';

/**
 * A quoted sentence that stands alone ('... said the federation chief. "We shall tell every meet director." The
 * runner finished behind Mara Quint twice.') is its own sentence: the reporter's next sentence, about somebody
 * else, is not the words around it, so "what did the chief say about Quint" finds nothing. Written for this test.
 */
const TEXT = `Runner banned for missing camp

The federation banned Lena Ostrova after she missed the training camp. "She is banned from every race," said federation chief Tobias Wend. "We shall tell every meet director in the world." The runner twice finished behind Mara Quint in the city marathon.
`;

/** A quoted sentence a lower-case word goes on from. */
const ADDED = `Chief defends ban

"It was a fair decision." he added after the meeting.
`;

let core: OnRecord;
beforeAll(async () => {
  core = await coreOf({ 'ban.txt': TEXT });
});
afterAll(() => core.close());

describe('a quoted sentence standing alone', () => {
  it('is its own sentence: the next one, opening with a capital, is not around it', () => {
    const article = parseDocument({ content: TEXT, source: 'ban.txt' });
    const para = article.paragraphs[0]!;
    const start = article.text.indexOf('We shall tell');
    const end = article.text.indexOf('world.') + 'world.'.length;
    const s = sentenceAround(article.text, para, start, end);
    expect(article.text.slice(s.start, s.end)).toBe('"We shall tell every meet director in the world.');
    // A lower-case word after it goes on its sentence.
    const added = parseDocument({ content: ADDED, source: 'added.txt' });
    const start2 = added.text.indexOf('It was a fair');
    const s2 = sentenceAround(added.text, added.paragraphs[0]!, start2, start2 + 'It was a fair decision.'.length);
    expect(added.text.slice(s2.start, s2.end)).toContain('he added after the meeting');
  });

  it('answers no question about a person only the reporter\'s next sentence names', async () => {
    const a = await core.ask('what did Tobias Wend say about Mara Quint');
    expect(a.hits).toHaveLength(0);
    const b = await core.ask('what did Tobias Wend say about the meet directors');
    expect(b.hits[0]?.speaker?.name).toBe('Tobias Wend');
  });
});
