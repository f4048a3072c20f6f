import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/core/articles/load.js';
import { articleIdFor, buildRecords, canonicalUrl, sentenceAround } from '../../src/core/ingest.js';
import { SqliteQuoteStore } from '../../src/core/store/sqlite/store.js';
import { createOnRecord } from '../../src/core/index.js';
import { FIXTURES, SEED } from '../support/core.js';

const files = [...fs.readdirSync(FIXTURES).map((f) => path.join(FIXTURES, f)), SEED];

async function build(order: string[]) {
  const store = new SqliteQuoteStore({ dir: ':memory:' });
  await store.init();
  const core = createOnRecord({ store });
  for (const f of order) await core.ingestDocument({ content: fs.readFileSync(f, 'utf8'), source: path.basename(f) });
  const speakers = (await store.listSpeakers()).map((s) => `${s.id}:${JSON.stringify(s.collections)}`).sort();
  const stats = await store.termStats();
  return { speakers, quotes: stats.quotes, df: [...stats.df.entries()].sort(), core };
}

describe('building the index', () => {
  it('gives the same index whatever the order, and twice over', async () => {
    const a = await build(files);
    const b = await build([...files].reverse());
    expect(b.speakers).toEqual(a.speakers);
    expect(b.quotes).toBe(a.quotes);
    expect(b.df).toEqual(a.df);
    const again = await Promise.all(files.map((f) => a.core.ingestDocument({ content: fs.readFileSync(f, 'utf8'), source: path.basename(f) })));
    expect(again.every((r) => r.status === 'unchanged')).toBe(true);
  });

  it('updates a changed article in place instead of adding a second copy', async () => {
    const { core } = await build([SEED]);
    const before = await core.counts();
    const text = fs.readFileSync(SEED, 'utf8').replace('ad nauseam', 'again and again');
    // Without a URL an article is known by its words: changed words are a new article...
    const r = await core.ingestDocument({ content: `---\ntitle: Nusra\nurl: https://example.news/nusra\n---\n${text}`, source: 'a.md' });
    expect(r.status).toBe('added');
    // ...with a canonical URL, a new version replaces the old one.
    const v2 = await core.ingestDocument({ content: `---\ntitle: Nusra, updated\nurl: https://example.news/nusra?utm_source=x\n---\n${text.replace('spoiler', 'obstacle')}`, source: 'a.md' });
    expect(v2.status).toBe('updated');
    const after = await core.counts();
    expect(after.articles).toBe(before.articles + 1);
    expect(after.quotes).toBe(before.quotes * 2);
    // The seed carries the same quote too: the answer names both articles, and never the replaced version.
    const titles = (await core.ask('who said "we recognize al-nusra as an obstacle"')).hits.map((h) => h.article.title);
    expect(titles).toContain('Nusra, updated');
    expect(titles).not.toContain('Nusra');
  });

  it('derives identities from canonical URLs, else from text and metadata', () => {
    expect(canonicalUrl('https://www.Example.news/a/?utm_source=x&id=3#top')).toBe('https://example.news/a/?id=3');
    const a = parseDocument({ content: 'Headline\n\n"Yes," she said.', source: 'a.txt' });
    // The same text from another file or with other line endings is the same article.
    expect(articleIdFor(parseDocument({ content: 'Headline\r\n\r\n"Yes," she said.', source: 'copy/a.txt' }), 'default')).toBe(articleIdFor(a, 'default'));
    expect(articleIdFor(a, 'default')).not.toBe(articleIdFor(a, 'other'));
    // Anything that changes what is stored (spacing moves the quote offsets) is another article, so two such
    // files never overwrite each other in turn.
    const b = parseDocument({ content: 'Headline\n\n"Yes,"   she said.', source: 'b.txt' });
    const c = parseDocument({ content: 'Other headline\n\n"Yes," she said.', source: 'c.txt' });
    expect(new Set([a, b, c].map((x) => articleIdFor(x, 'default'))).size).toBe(3);
  });

  it('keeps every quote text a verbatim slice of the body, with its sentence as context', () => {
    const article = parseDocument({ content: fs.readFileSync(SEED, 'utf8'), source: 'seed.txt' });
    const { records } = buildRecords(article, [
      { text: 'spoiler', kind: 'direct', start: article.text.indexOf('spoiler'), end: article.text.indexOf('spoiler') + 7, paragraph: 0, speaker: { name: 'State Department', isOrganisation: true }, confidence: 1 },
    ], 'default', new Date(0));
    expect(article.text.slice(records[0]!.start, records[0]!.end)).toBe(records[0]!.text);
    expect(records[0]!.speakerId).toBe('org:state-department');
    const para = article.paragraphs[0]!;
    const s = sentenceAround(article.text, para, records[0]!.start, records[0]!.end);
    expect(article.text.slice(s.start, s.end)).toMatch(/^US military efforts.*beyond\.$/);
  });
});
