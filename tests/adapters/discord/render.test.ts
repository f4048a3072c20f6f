import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { decodeButton } from '../../../src/adapters/discord/custom-id.js';
import { embedsLength } from '../../../src/adapters/discord/payload.js';
import { renderDiscordAnswer, renderDiscordContext, renderDiscordIngest, type DiscordPayload } from '../../../src/adapters/discord/render.js';
import { LIMITS } from '../../../src/adapters/discord/text.js';
import type { Answer } from '../../../src/core/answers/model.js';
import { answer, hit, speaker } from './answers.js';

/** Every Discord limit the issue lists, checked on a payload. */
function expectWithinLimits(p: DiscordPayload): void {
  expect(p.allowedMentions).toEqual({ parse: [], repliedUser: false });
  expect((p.content ?? '').length).toBeLessThanOrEqual(LIMITS.content);
  expect(p.embeds.length).toBeLessThanOrEqual(LIMITS.embeds);
  expect(embedsLength(p.embeds)).toBeLessThanOrEqual(LIMITS.embedsTotal);
  for (const e of p.embeds) {
    expect((e.title ?? '').length).toBeLessThanOrEqual(LIMITS.embedTitle);
    expect((e.description ?? '').length).toBeLessThanOrEqual(LIMITS.embedDescription);
    expect((e.fields ?? []).length).toBeLessThanOrEqual(LIMITS.fields);
    for (const f of e.fields ?? []) {
      expect(f.name.length).toBeLessThanOrEqual(LIMITS.fieldName);
      expect(f.value.length).toBeLessThanOrEqual(LIMITS.fieldValue);
      expect(f.value.length).toBeGreaterThan(0);
    }
    expect((e.footer?.text ?? '').length).toBeLessThanOrEqual(LIMITS.footer);
    if (e.url) expect(e.url).toMatch(/^https?:\/\/[^\s()]+$/);
  }
  for (const row of p.components) {
    expect(row.components.length).toBeLessThanOrEqual(LIMITS.buttonsPerRow);
    for (const b of row.components) {
      if ('custom_id' in b) expect(b.custom_id.length).toBeLessThanOrEqual(LIMITS.customId);
      if ('label' in b && b.label) expect(b.label.length).toBeLessThanOrEqual(LIMITS.buttonLabel);
    }
  }
}

/** All visible text of a payload. */
const textOf = (p: DiscordPayload) => JSON.stringify([p.content, p.embeds.map((e) => [e.title, e.description, e.fields, e.footer])]);

describe('renderDiscordAnswer', () => {
  test('an uncertain quote says "attribution uncertain" in its title and in its context view; a sure one does not', () => {
    const uncertain = hit({ confidence: 0.4, attributionUncertain: true });
    const p = renderDiscordAnswer(answer({ hits: [uncertain] }));
    expect(p.embeds[0]!.title).toBe('Joseph Dunford — Chairman of the Joint Chiefs of Staff, US military (attribution uncertain)');
    expect(renderDiscordContext(uncertain).embeds[0]!.title).toContain('(attribution uncertain)');
    expect(textOf(renderDiscordAnswer(answer()))).not.toContain('uncertain');
    // However long the name, the note survives the title limit.
    const long = renderDiscordAnswer(answer({ hits: [hit({ attributionUncertain: true, speaker: { id: 'sp_n', name: 'N'.repeat(400) } })] }));
    expect(long.embeds[0]!.title!.endsWith('(attribution uncertain)')).toBe(true);
    expectWithinLimits(long);
  });

  test('a found quote shows speaker with role, the quote, when and to whom, and the linked source', () => {
    const p = renderDiscordAnswer(answer());
    const e = p.embeds[0]!;
    expect(e.title).toBe('Joseph Dunford — Chairman of the Joint Chiefs of Staff, US military');
    expect(e.description).toContain('“I don\'t think it would be a good idea to share intelligence with the Russians”');
    expect(e.url).toBe('https://news.example.org/a1');
    const fields = Object.fromEntries((e.fields ?? []).map((f) => [f.name, f.value]));
    expect(fields.When).toBe('September 22 (2016-09-22) · to the Senate Armed Services Committee');
    expect(fields.Source).toBe('[Joint Chiefs chairman warns Senate](https://news.example.org/a1) · Example Wire · 2016-09-22');
    expectWithinLimits(p);
  });

  test('More results appears only when there are more, and carries the next offset', () => {
    const hits = [hit({ id: 'q1' }), hit({ id: 'q2' }), hit({ id: 'q3' })];
    const more = renderDiscordAnswer(answer({ hits, total: 7, offset: 3 }), { key: 'k1' });
    const ids = more.components.flatMap((r) => r.components.map((b) => ('custom_id' in b ? b.custom_id : '')));
    expect(ids.map((id) => decodeButton(id))).toEqual(
      expect.arrayContaining([{ kind: 'more', key: 'k1', offset: 6 }, { kind: 'more', key: 'k1', offset: 0 }, { kind: 'ctx', quoteId: 'q2' }]),
    );
    const last = renderDiscordAnswer(answer({ hits, total: 6, offset: 3 }), { key: 'k1' });
    const lastIds = last.components.flatMap((r) => r.components.map((b) => ('custom_id' in b ? decodeButton(b.custom_id) : undefined)));
    expect(lastIds).not.toContainEqual({ kind: 'more', key: 'k1', offset: 6 });
    // A short last page still goes back a whole page.
    const short = renderDiscordAnswer(answer({ hits: [hit({ id: 'q7' })], total: 7, offset: 6 }), { key: 'k1', pageSize: 3 });
    const shortIds = short.components.flatMap((r) => r.components.map((b) => ('custom_id' in b ? decodeButton(b.custom_id) : undefined)));
    expect(shortIds).toContainEqual({ kind: 'more', key: 'k1', offset: 3 });
  });

  test('a private answer is ephemeral and offers Share; a public one does not', () => {
    const priv = renderDiscordAnswer(answer(), { key: 'k2', private: true });
    expect(priv.flags).toBe(64);
    expect(JSON.stringify(priv.components)).toContain('"label":"Share"');
    const pub = renderDiscordAnswer(answer(), { key: 'k2' });
    expect(pub.flags).toBeUndefined();
    expect(JSON.stringify(pub.components)).not.toContain('Share');
  });

  test('not found names the nearest speakers with why', () => {
    const p = renderDiscordAnswer(
      answer({ status: 'not_found', hits: [], total: 0, note: 'No quote from Kirbi.', speakers: [speaker('John Kirby', { role: 'State Department spokesman', reason: "name close to 'Kirbi'" })] }),
    );
    expect(p.embeds[0]!.title).toBe('No quote found');
    const nearest = p.embeds[0]!.fields!.find((f) => f.name === 'Nearest speakers')!;
    expect(nearest.value).toContain('John Kirby — State Department spokesman');
    expect(nearest.value).toContain("name close to 'Kirbi'");
  });

  test('not found with a named speaker lists what they are on record about, escaped', () => {
    const a = answer({ status: 'not_found', hits: [], total: 0, note: 'No quote from John Kirby about "football".', topics: ['ceasefire', 'corridors', '**bold**'] });
    a.understood = { intent: 'quote', topic: ['football'], speaker: { query: 'Kirby', resolved: [{ id: 'john-kirby', name: 'John Kirby' }] } };
    const field = renderDiscordAnswer(a).embeds[0]!.fields!.find((f) => f.name.includes('on record about'))!;
    expect(field.name).toBe('John Kirby is on record about');
    expect(field.value).toContain('ceasefire, corridors');
    expect(field.value).not.toContain('**bold**');
  });

  test('ambiguous surnames name the alternatives above the answer', () => {
    const p = renderDiscordAnswer(answer({ alternatives: [speaker('Ellen Dunford', { role: 'Councillor' })] }));
    expect(p.content).toContain('Other speakers with that name:');
    expect(p.content).toContain('Ellen Dunford — Councillor');
  });

  test('who said shows the verdict and the word differences the right way round', () => {
    const p = renderDiscordAnswer(
      answer({
        verification: {
          pasted: 'sharing intel with the Russians is a bad idea',
          similarity: 0.4,
          coverage: 0.875,
          exact: false,
          excerpt: false,
          diff: [
            { op: 'added', text: 'intel' },
            { op: 'removed', text: 'intelligence' },
            { op: 'same', text: 'with the Russians' },
          ],
        },
      }),
    );
    expect(p.content).toContain('Closest real quote:');
    expect(p.content).toContain('88% of your words');
    const part = renderDiscordAnswer(answer({ verification: { pasted: 'x', similarity: 0.3, coverage: 1, exact: false, excerpt: true, diff: [{ op: 'same', text: 'x' }, { op: 'removed', text: 'y z' }] } }));
    expect(part.content).toContain('**Who said it:**');
    expect(part.content).toContain('exact part of a longer quote');
    const diff = p.embeds[0]!.fields!.find((f) => f.name === 'How your words differ')!.value;
    // "added" = the paste's own words (struck); "removed" = the quote's words the paste changed (underlined).
    expect(diff).toContain('~~intel~~ __intelligence__ with the Russians');
  });

  test('a long quote is cut at a word, says so, and the context view holds all of it', () => {
    const words = Array.from({ length: 600 }, (_, i) => `w${i}`).join(' ');
    const h = hit({ text: words, context: `Before. "${words}," he said.` });
    const p = renderDiscordAnswer(answer({ hits: [h] }));
    const d = p.embeds[0]!.description!;
    expect(d.length).toBeLessThan(1300);
    expect(d).toMatch(/w\d+…”$/);
    expect(p.embeds[0]!.footer!.text).toContain('Show context');
    const ctx = renderDiscordContext(h);
    expect(ctx.embeds[0]!.description).toContain('w599');
    expect(ctx.flags).toBe(64);
  });

  test('the context view bolds each half of a quotation shown whole, and the attribution between them not', () => {
    const context = 'At the harbour. "The pier stays shut," the mayor said, "until the council pays." Then she left.';
    const h = hit({ text: 'The pier stays shut … until the council pays.', context });
    const d = renderDiscordContext(h).embeds[0]!.description!;
    expect(d).toBe('At the harbour. "**The pier stays shut**," the mayor said, "**until the council pays.**" Then she left.');
  });

  test('hostile text cannot ping, format or break the link', () => {
    const h = hit({
      text: '@everyone **bold** <@123456789012345678> @here [x](https://evil.example) ||spoiler||',
      speaker: { id: 's', name: '<@&999999999999999999> Evil_Name' },
      article: { articleId: 'a', title: 'Title ](https://evil.example) [', url: 'javascript:alert(1)' },
    });
    const p = renderDiscordAnswer(answer({ hits: [h] }));
    const text = textOf(p);
    expect(text).not.toMatch(/(?<!\\)<@/);
    expect(text).not.toMatch(/@(everyone|here)/);
    // Brackets are escaped, so no masked link can form.
    expect(text).not.toMatch(/(?<!\\)\](?=\()/);
    expect(p.embeds[0]!.url).toBeUndefined();
    expect(p.embeds[0]!.description).toContain('\\*\\*bold\\*\\*');
    expectWithinLimits(p);
  });

  test('the ingest summary lists the headline, the count and the speakers', () => {
    const p = renderDiscordIngest({ status: 'added', articleId: 'a', title: 'Port reports *record* grain', quotes: 5, speakers: ['Amara Okafor'] });
    expect(p.embeds[0]!.title).toBe('Added: Port reports \\*record\\* grain');
    expect(p.embeds[0]!.description).toBe('5 quotes found, from 1 speaker.');
    expect(p.embeds[0]!.fields![0]!.value).toBe('• Amara Okafor');
  });

  test('"which speakers" lists the speakers first, then their quotes as evidence', () => {
    const p = renderDiscordAnswer(
      answer({
        understood: { intent: 'speakers', topic: ['intelligence'] },
        speakers: [speaker('Joseph Dunford', { quotes: 3, reason: '3 quotes about intelligence' })],
        hits: [hit({ id: 'a' }), hit({ id: 'b' })],
        total: 1,
      }),
    );
    expect(p.embeds[0]!.title).toBe('Speakers on intelligence');
    expect(p.embeds[0]!.description).toContain('Joseph Dunford (3 quotes · 3 quotes about intelligence)');
    expect(p.embeds.slice(1).map((e) => e.footer?.text.split(' · ')[0])).toEqual(['Result 1 of 2', 'Result 2 of 2']);
  });

  test('is pure: the same answer gives the same payload', () => {
    expect(renderDiscordAnswer(answer())).toEqual(renderDiscordAnswer(answer()));
  });
});

describe('limits hold for any input (property)', () => {
  const text = fc.string({ maxLength: 6000, unit: 'binary' });
  const anyHit = fc.record({ text, title: text, name: text, role: text, url: fc.webUrl(), id: fc.string({ maxLength: 150 }), context: text });
  test('no payload breaks a limit or lets a mention through', () => {
    fc.assert(
      fc.property(fc.array(anyHit, { minLength: 0, maxLength: 12 }), text, fc.array(text, { maxLength: 40 }), fc.boolean(), (hits, note, names, priv) => {
        const a: Answer = answer({
          status: hits.length ? 'found' : 'not_found',
          hits: hits.map((h) =>
            hit({ id: h.id, text: h.text, context: h.context, speaker: { id: 's', name: h.name, role: h.role }, article: { articleId: 'a', title: h.title, url: h.url }, matched: names.slice(0, 5) }),
          ),
          total: hits.length + 5,
          note,
          speakers: names.map((n) => speaker(n, { reason: n })),
          alternatives: names.slice(0, 8).map((n) => speaker(n)),
          question: note,
        });
        const p = renderDiscordAnswer(a, { private: priv });
        expectWithinLimits(p);
        expect(textOf(p)).not.toMatch(/@(everyone|here)/i);
      }),
      { numRuns: 100 },
    );
  }, 30_000);
});
