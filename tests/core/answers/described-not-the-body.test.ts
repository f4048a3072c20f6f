import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OnRecord } from '../../../src/core/index.js';
import { coreOf } from './texts.js';

/**
 * A description of a person at a body ("the Quayside co-host") is never answered by a record the description's own
 * words name ("Quayside"), whatever the extractor filed it as (session 34, h-qa82: a show's co-host's words filed
 * under the show's name, read as a person, answered for the co-host). Articles invented for these tests. Since session
 * 35 (h-attr87) "mused Quayside co-host Ted Varnell" names Ted Varnell, so the guarded miss is written with the surname
 * alone, which the extractor still files under "Quayside" (a body's name and a lone surname look alike).
 */
const ARTICLES: Record<string, string> = {
  'quayside.txt': `Novelist mulls a run for mayor

Crime writer Ada Holt said she would consider running for mayor of Tarnby if she reached 15 percent in the polls.

“Imagine Ada Holt going up against both candidates on the same stage,” mused Quayside co-host Varnell on his radio show.
`,
  'harbour.txt': `Harbour master warns of winter storms

Harbour master Ilse Brandt said the new sea wall was not finished.

"If a big storm comes before March, the lower quay will flood," Brandt said.
`,
};

let core: OnRecord;
beforeAll(async () => {
  core = await coreOf(ARTICLES);
});
afterAll(() => core.close());

describe('a description names a body: the body is not the person described', () => {
  it('the words are filed under the show\'s name (the extraction miss this guards)', async () => {
    const a = await core.ask('what did Quayside say about Ada Holt on the same stage');
    expect(a.hits[0]?.speaker?.name).toBe('Quayside');
  });
  it('"the Quayside co-host" is not answered with the words filed under "Quayside"', async () => {
    const a = await core.ask('what did the Quayside co-host say about Ada Holt on the same stage');
    expect(a.hits.map((h) => h.speaker?.name)).not.toContain('Quayside');
  });
  it('a described person whose name is no word of the description still answers', async () => {
    const a = await core.ask('what did the harbour master say about the lower quay flooding');
    expect(a.hits[0]?.speaker?.name).toBe('Ilse Brandt');
  });
});
