import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderSlackAnswer } from '../../../src/adapters/slack/render.js';
import { renderSlackContext, renderSlackIngest } from '../../../src/adapters/slack/render-notices.js';
import { buttonsOf, limitViolations, linksOf, pings, textOf, type Json } from '../../e2e/slack/harness/payload.js';
import { answer, hit } from './answers.js';

const json = (m: unknown) => m as Json;

describe('renderSlackAnswer', () => {
  it('shows the quote, speaker with role and organisation, when, to whom and the article as a link', () => {
    const m = json(renderSlackAnswer(answer()));
    const text = textOf(m);
    expect(text).toContain('>“We will keep the ferries running all winter”');
    expect(text).toContain('*Maria Kirby*, Councillor, City Council');
    expect(text).toContain('said on Tuesday (2023-11-07)');
    expect(text).toContain('to the council');
    expect(text).toContain('<https://metro.example.net/ferries|Harbour ferries to run through winter> · Example Metro · 2023-11-08');
    expect(String(m.text)).toContain('Maria Kirby');
  });

  it('marks reported speech as reported, without quotation marks', () => {
    const text = textOf(json(renderSlackAnswer(answer({ hits: [hit({ kind: 'indirect', text: 'the ferries would keep running' })] }))));
    expect(text).toContain('_(reported)_ the ferries would keep running');
    expect(text).not.toContain('“the ferries would keep running”');
  });

  it('says "attribution uncertain" after the speaker of an uncertain quote, in the blocks and the fallback text', () => {
    const m = json(renderSlackAnswer(answer({ hits: [hit({ confidence: 0.31, attributionUncertain: true })] })));
    expect(textOf(m)).toContain('— *Maria Kirby*, Councillor, City Council · _attribution uncertain_');
    expect(String(m.text)).toContain('Maria Kirby (attribution uncertain)');
    expect(textOf(json(renderSlackAnswer(answer())))).not.toContain('uncertain');
  });

  it('is pure: the same answer gives the same payload', () => {
    expect(JSON.stringify(renderSlackAnswer(answer()))).toBe(JSON.stringify(renderSlackAnswer(answer())));
  });

  it('shows how pasted words differ from the real quote for "who said"', () => {
    const a = answer({
      understood: { intent: 'verify', topic: [], quoted: 'we keep ferries running in winter' },
      verification: {
        pasted: 'we keep ferries running in winter',
        similarity: 0.62,
        coverage: 0.83,
        exact: false,
        excerpt: false,
        diff: [
          { op: 'same', text: 'We' },
          { op: 'removed', text: 'will' },
          { op: 'same', text: 'keep' },
          { op: 'removed', text: 'the' },
          { op: 'same', text: 'ferries running' },
          { op: 'added', text: 'in' },
          { op: 'removed', text: 'all' },
          { op: 'same', text: 'winter' },
        ],
      },
    });
    const text = textOf(json(renderSlackAnswer(a)));
    expect(text).toContain('Closest real quote');
    expect(text).toContain('83% of your words are in it');
    expect(text).toContain('62% of its words are in yours');
    expect(text).toContain('We *will* keep *the* ferries running ~in~ *all* winter');
    expect(text).toContain('~struck~: in your words, not in the quote');
    const exact = textOf(json(renderSlackAnswer(answer({ verification: { pasted: 'x', similarity: 1, coverage: 1, exact: true, excerpt: false, diff: [{ op: 'same', text: 'x' }] } }))));
    expect(exact).toContain('in exactly these words');
    const part = textOf(json(renderSlackAnswer(answer({ verification: { pasted: 'x', similarity: 0.3, coverage: 1, exact: false, excerpt: true, diff: [{ op: 'same', text: 'x' }, { op: 'removed', text: 'y z' }] } }))));
    expect(part).toContain('*Who said it:*');
    expect(part).toContain('exact part of a longer quote');
  });

  it('lists what a named speaker is on record about when nothing matched the topic', () => {
    const a = answer({ status: 'not_found', hits: [], total: 0, note: 'No quote from John Kirby about "football".', topics: ['ceasefire', 'corridors', '<!channel>'] });
    a.understood = { intent: 'quote', topic: ['football'], speaker: { query: 'Kirby', resolved: [{ id: 'john-kirby', name: 'John Kirby' }] } };
    const text = textOf(json(renderSlackAnswer(a)));
    expect(text).toContain('*John Kirby is on record about:* ceasefire, corridors');
    expect(text).not.toContain('<!channel>');
  });

  it('names the nearest speakers when nothing is found, and never shows a quote', () => {
    const m = json(
      renderSlackAnswer(
        answer({
          status: 'not_found',
          hits: [],
          total: 0,
          note: 'No speaker called "Kirbie" is on record.',
          speakers: [
            { id: 's1', name: 'Maria Kirby', role: 'Councillor', quotes: 2, reason: 'name close to what you typed' },
            { id: 's2', name: 'John Kirby', role: 'spokesman', organisation: 'State Department', quotes: 7 },
          ],
        }),
      ),
    );
    const text = textOf(m);
    expect(text).toContain('No quote found');
    expect(text).toContain('No speaker called "Kirbie" is on record.');
    expect(text).toContain('• *Maria Kirby*, Councillor — 2 quotes (name close to what you typed)');
    expect(text).toContain('• *John Kirby*, spokesman, State Department — 7 quotes');
    expect(buttonsOf(m)).toEqual([]);
  });

  it('names the other speakers when a surname is ambiguous', () => {
    const text = textOf(json(renderSlackAnswer(answer({ alternatives: [{ id: 's2', name: 'John Kirby', role: 'spokesman', organisation: 'State Department', quotes: 7 }] }))));
    expect(text).toContain('Other speakers called “Kirby”: *John Kirby*, spokesman, State Department');
  });

  it('offers Share only on private answers, More only when there are more, and no buttons when asked', () => {
    const paged = answer({ total: 5, hits: [hit({ id: 'a' }), hit({ id: 'b' }), hit({ id: 'c' })] });
    const priv = buttonsOf(json(renderSlackAnswer(paged))).map((b) => b.action_id);
    expect(priv).toEqual(['onrecord_context', 'onrecord_context', 'onrecord_context', 'onrecord_share', 'onrecord_more', 'onrecord_open', 'onrecord_cite', 'onrecord_correct']);
    const more = buttonsOf(json(renderSlackAnswer(paged))).find((b) => b.action_id === 'onrecord_more');
    expect(JSON.parse(more!.value!)).toEqual({ q: 'what did Kirby say about ferries', o: 3 });
    const pub = buttonsOf(json(renderSlackAnswer(paged, { visibility: 'channel' }))).map((b) => b.action_id);
    expect(pub).not.toContain('onrecord_share');
    expect(buttonsOf(json(renderSlackAnswer(answer(), { buttons: false })))).toEqual([]);
    const last = buttonsOf(json(renderSlackAnswer(answer({ total: 5, offset: 3, hits: [hit(), hit()] })))).map((b) => b.action_id);
    expect(last).not.toContain('onrecord_more');
  });

  it('Previous goes back a whole page, even from a short last page', () => {
    const lastPage = answer({ total: 8, offset: 6, hits: [hit({ id: 'g' }), hit({ id: 'h' })] });
    const prev = buttonsOf(json(renderSlackAnswer(lastPage, { pageSize: 3 }))).find((b) => b.action_id === 'onrecord_prev');
    expect(JSON.parse(prev!.value!)).toEqual({ q: 'what did Kirby say about ferries', o: 3 });
    expect(buttonsOf(json(renderSlackAnswer(answer({ total: 8 })))).map((b) => b.action_id)).not.toContain('onrecord_prev');
  });

  it('cuts a long quote at a word with an ellipsis and keeps every limit', () => {
    const long = Array.from({ length: 2000 }, (_, i) => `w${i}`).join(' ');
    const m = json(renderSlackAnswer(answer({ hits: [hit({ text: long })] })));
    const quote = textOf(m).match(/“([^”]*)”/)?.[1] ?? '';
    expect(quote.endsWith('…')).toBe(true);
    expect(long.startsWith(quote.slice(0, -1).trimEnd())).toBe(true);
    expect(long.charAt(quote.length - 1)).toBe(' ');
    expect(buttonsOf(m)[0]?.label).toBe('Full quote');
    expect(limitViolations(m)).toEqual([]);
  });

  it('escapes mention and link syntax in every untrusted field', () => {
    const evil = '<!channel> <@U0EVIL> <#C0EVIL|x> <!subteam^S1> <https://evil.example|y> & @everyone';
    const a = answer({
      question: evil,
      hits: [hit({ text: evil, speaker: { id: 's', name: evil, role: evil, organisation: evil }, audience: evil, setting: evil, saidOn: { text: evil }, article: { articleId: 'x', title: evil, outlet: evil, url: 'javascript:alert(1)', published: evil }, alsoIn: [{ articleId: 'y', title: evil, url: 'https://ok.example/a|<!here>' }] })],
      alternatives: [{ id: 'z', name: evil, quotes: 1, reason: evil }],
    });
    const m = json(renderSlackAnswer(a));
    expect(pings(m)).toEqual([]);
    expect(linksOf(m).some((l) => l.includes('evil.example') || l.startsWith('javascript'))).toBe(false);
    expect(textOf(m)).toContain('&lt;!channel&gt;');
    expect(textOf(m)).not.toContain('&amp;lt;');
    expect(limitViolations(m)).toEqual([]);
  });

  it('help explains each question style, with the examples escaped', () => {
    const m = json(renderSlackAnswer(answer({ status: 'help', hits: [], total: 0, examples: ['what did Kirby say about <!here>', 'latest from Lindqvist'] }), { command: '/onrecord' }));
    const text = textOf(m);
    expect(text).toContain('`/onrecord what did &lt;speaker&gt; say about &lt;topic&gt;`');
    expect(text).toContain('`/onrecord who said "&lt;words&gt;"`');
    expect(text).toContain('`/onrecord add &lt;article link&gt;`');
    expect(text).toContain('`/onrecord what did Kirby say about &lt;!here&gt;`');
    expect(text).toContain('`/onrecord latest from Lindqvist`');
    expect(pings(m)).toEqual([]);
  });

  it('never pings, links or breaks a limit, whatever the text (property)', () => {
    const str = fc.oneof(fc.string({ maxLength: 5000 }), fc.constantFrom('<!channel>', '<@U123>', '&', '<', '>', '|', '\u0000', '😀'.repeat(2000)), fc.string({ unit: 'grapheme', maxLength: 400 }));
    fc.assert(
      fc.property(str, str, str, str, fc.integer({ min: 1, max: 60 }), (text, name, title, q, n) => {
        const hits = Array.from({ length: n }, (_, i) => hit({ id: `q${i}`, text, speaker: { id: 's', name, role: title }, article: { articleId: 'a', title, url: `https://x.example/${encodeURIComponent(q)}` } }));
        for (const a of [answer({ question: q, hits, total: n + 5 }), answer({ status: 'not_found', hits: [], question: q, note: text, speakers: [{ id: 's', name, quotes: 1, reason: title }] })]) {
          const m = json(renderSlackAnswer(a));
          expect(limitViolations(m)).toEqual([]);
          expect(pings(m)).toEqual([]);
          expect(String(m.text).length).toBeLessThanOrEqual(4000);
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe('renderSlackContext and renderSlackIngest', () => {
  it('Show context gives the paragraph and the whole quote', () => {
    const text = textOf(json(renderSlackContext(hit())));
    expect(text).toContain('*In context*');
    expect(text).toContain('Councillor Maria Kirby said the ferries would keep running.');
    expect(text).toContain('“We will keep the ferries running all winter”');
  });

  it('adding an article reports the headline, the quote count and the speakers, escaped', () => {
    const text = textOf(json(renderSlackIngest({ status: 'added', articleId: 'a', title: 'Moorings <!here>', quotes: 3, speakers: ['Ingrid Solberg', '<@U1>'] })));
    expect(text).toContain('*Added:* Moorings &lt;!here&gt;');
    expect(text).toContain('3 quotes found.');
    expect(text).toContain('Ingrid Solberg, &lt;@U1&gt;');
  });
});
