import { describe, expect, it } from 'vitest';
import { renderText } from '../../src/adapters/cli/render-text.js';
import { renderDiscordAnswer, renderDiscordContext, type DiscordPayload } from '../../src/adapters/discord/render.js';
import { renderSlackContext } from '../../src/adapters/slack/render-notices.js';
import { renderSlackAnswer, type SlackMessage } from '../../src/adapters/slack/render.js';
import { compareWords } from '../../src/core/answers/diff.js';
import type { Answer, QuoteHit, SpeakerSummary } from '../../src/core/answers/model.js';
import { WORDING, whenPhrase } from '../../src/core/index.js';
import { answer, hit } from './slack/answers.js';

/**
 * One answer, three renderers: the CLI, Slack and Discord must state the same facts (speaker, role, quote
 * words, when phrase, source link, differences, speaker lists, notices) and differ only in markup and limits.
 * Each case runs the same Answer through all three and reads back what a person sees.
 */

type Platform = 'cli' | 'slack' | 'discord';
const PLATFORMS: Platform[] = ['cli', 'slack', 'discord'];

/** Fields a platform never shows (button state and ids). */
const MACHINE = new Set(['value', 'action_id', 'block_id', 'custom_id', 'type', 'style', 'flags', 'allowedMentions', 'components']);
function strings(v: unknown): string[] {
  if (typeof v === 'string') return [v];
  if (Array.isArray(v)) return v.flatMap(strings);
  if (v && typeof v === 'object') return Object.entries(v).flatMap(([k, x]) => (MACHINE.has(k) ? [] : strings(x)));
  return [];
}

const unSlack = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

interface Shown {
  /** Everything a person reads in the message body (Slack: the blocks, not the notification text). */
  body: string;
  /** The one-line notification (Slack's fallback `text`); the body's first line elsewhere. */
  notification: string;
  /** Words marked as only in the pasted text, and as the quote's words the paste changed or left out. */
  added: string[];
  removed: string[];
}

function show(a: Answer, platform: Platform): Shown {
  if (platform === 'cli') {
    const body = renderText(a);
    const diff = body.split('\n').find((l) => l.startsWith('Differences:')) ?? '';
    return { body, notification: body.split('\n')[0] ?? '', added: marks(diff, /\+\[([^\]]+)\]/g), removed: marks(diff, /-\[([^\]]+)\]/g) };
  }
  if (platform === 'slack') {
    const m: SlackMessage = renderSlackAnswer(a, { pageSize: 3 });
    const body = unSlack(strings(m.blocks).join('\n'));
    // The differences are the line above the legend.
    const lines = body.split('\n');
    const legend = lines.findIndex((l) => l.includes('~struck~'));
    const diff = legend > 0 ? (lines[legend - 1] ?? '') : '';
    return { body, notification: unSlack(m.text), added: marks(diff, /~([^~]+)~/g), removed: marks(diff, /\*([^*]+)\*/g) };
  }
  const p: DiscordPayload = renderDiscordAnswer(a, { pageSize: 3 });
  const body = discordText(p);
  const diff = (p.embeds[0]?.fields ?? []).find((f) => f.name === 'How your words differ')?.value.split('\n')[0] ?? '';
  return { body, notification: (p.content ?? body).split('\n')[0] ?? '', added: marks(diff, /~~([^~]+)~~/g), removed: marks(diff, /__([^_]+)__/g) };
}

/** Everything a person reads in a Discord message: content, and each embed's title, link, text, fields and footer. */
function discordText(p: DiscordPayload): string {
  return [p.content ?? '', ...p.embeds.flatMap((e) => [e.title ?? '', e.url ?? '', e.description ?? '', ...(e.fields ?? []).flatMap((f) => [f.name, f.value]), e.footer?.text ?? ''])].join('\n');
}

function marks(text: string, re: RegExp): string[] {
  return [...text.matchAll(re)].flatMap((m) => (m[1] as string).split(/\s+/)).filter(Boolean);
}

/** The facts of one quote every renderer must show, read from the answer itself. */
function factsOf(h: QuoteHit): string[] {
  const s = h.speaker!;
  return [h.text, s.name, s.role!, s.organisation!, whenPhrase(h.saidOn)!, h.audience!, h.article.url!, h.article.outlet!, h.article.published!];
}

const speakerSummary = (name: string, over: Partial<SpeakerSummary> = {}): SpeakerSummary => ({ id: `sp_${name.split(' ').at(-1)!.toLowerCase()}`, name, quotes: 3, ...over });

const second = hit({
  id: 'q2',
  text: 'The night crossings will need a second crew',
  speaker: { id: 's2', name: 'Tomas Berg', role: 'Harbour master', organisation: 'Port Authority' },
  audience: 'reporters',
  saidOn: { text: 'September 20', date: '--09-20' },
  article: { articleId: 'a2', title: 'Night ferries need more staff', url: 'https://harbour.example.org/night', outlet: 'Harbour Post', published: '2023-09-21' },
});

describe('the same answer shows the same facts on the CLI, Slack and Discord', () => {
  it('a found quote: speaker, role, organisation, words, when phrase, audience, source link, outlet and date', () => {
    const a = answer();
    for (const p of PLATFORMS) {
      const { body } = show(a, p);
      for (const fact of factsOf(a.hits[0]!)) expect(body, `${p}: ${fact}`).toContain(fact);
    }
  });

  it('several hits: every quote with its own speaker and source, in the same order', () => {
    const a = answer({ hits: [hit(), second], total: 2 });
    for (const p of PLATFORMS) {
      const { body } = show(a, p);
      for (const h of a.hits) for (const fact of factsOf(h)) expect(body, `${p}: ${fact}`).toContain(fact);
      expect(body.indexOf(a.hits[0]!.text), p).toBeLessThan(body.indexOf(second.text));
      // The yearless day is said to be yearless everywhere, never as "--09-20".
      expect(body, p).toContain('September 20 (year unknown)');
      expect(body, p).not.toContain('--09-20');
    }
  });

  it('a misquote: "Closest real quote", the same added and changed words marked, the rest of a longer quote unmarked', () => {
    const quote = 'The harbour ferries will keep running all winter whatever the council decides next month';
    const pasted = 'the ferries will keep running through winter';
    const a = answer({ understood: { intent: 'verify', topic: [], quoted: pasted }, hits: [hit({ text: quote })], verification: compareWords(pasted, quote) });
    for (const p of PLATFORMS) {
      const shown = show(a, p);
      expect(shown.body, p).toContain('Closest real quote');
      expect(shown.notification, p).toContain('Closest real quote');
      expect(shown.body, p).toContain(quote);
      expect(shown.added.sort(), p).toEqual(['through']);
      expect(shown.removed.sort(), p).toEqual(['all', 'harbour']);
    }
  });

  it('an excerpt of a longer quote: "Who said it" in the message and the notification, and no word marked as a difference', () => {
    const quote = 'We will keep the ferries running all winter, whatever the council decides next month';
    const pasted = 'keep the ferries running all winter';
    const a = answer({ understood: { intent: 'verify', topic: [], quoted: pasted }, hits: [hit({ text: quote })], verification: compareWords(pasted, quote) });
    expect(a.verification!.excerpt).toBe(true);
    for (const p of PLATFORMS) {
      const shown = show(a, p);
      expect(shown.body, p).toContain('Who said it');
      expect(shown.notification, p).toContain('Who said it');
      expect(shown.body + shown.notification, p).not.toContain('Closest real quote');
      expect(shown.body, p).toContain('exact part of a longer quote');
      expect([...shown.added, ...shown.removed], p).toEqual([]);
    }
  });

  it('not on record: "No quote found", the reason, and the nearest speakers with their roles', () => {
    const nearest = [speakerSummary('Maria Kirby', { role: 'Councillor', reason: 'name close to what you typed' }), speakerSummary('John Kirby', { role: 'spokesman' })];
    const a = answer({ status: 'not_found', hits: [], total: 0, note: 'No speaker called "Kirbie" is on record.', speakers: nearest });
    for (const p of PLATFORMS) {
      const { body } = show(a, p);
      expect(body, p).toContain('No quote found');
      expect(body, p).toContain('No speaker called "Kirbie" is on record.');
      for (const s of nearest) {
        expect(body, p).toContain(s.name);
        expect(body, p).toContain(s.role!);
      }
      expect(body, p).not.toContain(hit().text);
    }
  });

  it('a name only mentioned, never quoted: the same note, and no quote shown', () => {
    const a = answer({
      status: 'not_found',
      hits: [],
      total: 0,
      note: 'No quote from John Kerry is on record here; the name is mentioned in 3 articles.',
      understood: { intent: 'quote', topic: ['ferries'], speaker: { query: 'John Kerry', resolved: [] } },
      speakers: [speakerSummary('Maria Kirby', { role: 'Councillor' })],
    });
    for (const p of PLATFORMS) {
      const { body } = show(a, p);
      expect(body, p).toContain('the name is mentioned in 3 articles');
      expect(body, p).not.toContain(hit().text);
    }
  });

  it('which speakers: every platform lists the speakers with why, then their quotes as evidence', () => {
    const speakers = [
      speakerSummary('Maria Kirby', { role: 'Councillor', quotes: 4, reason: '2 quotes about ferries' }),
      speakerSummary('Tomas Berg', { role: 'Harbour master', quotes: 9, reason: '1 quote about ferries' }),
    ];
    const a = answer({ understood: { intent: 'speakers', topic: ['ferries'] }, speakers, hits: [hit(), second], total: 2 });
    for (const p of PLATFORMS) {
      const { body, notification } = show(a, p);
      for (const s of speakers) {
        expect(body, p).toContain(s.name);
        expect(body, p).toContain(s.reason!);
      }
      expect(body.indexOf('2 quotes about ferries'), p).toBeLessThan(body.indexOf(hit().text));
      expect(body, p).toContain(second.text);
      if (p === 'slack') expect(notification).toContain('Speakers on ferries: Maria Kirby, Tomas Berg');
    }
  });

  it('an uncertain attribution: "attribution uncertain" beside that speaker only, on every platform', () => {
    const a = answer({ hits: [hit({ confidence: 0.4, attributionUncertain: true }), second], total: 2 });
    for (const p of PLATFORMS) {
      const lines = show(a, p).body.split('\n').filter((l) => l.includes('attribution uncertain'));
      expect(lines, p).toHaveLength(1);
      expect(lines[0], p).toContain('Maria Kirby');
      expect(lines[0], p).not.toContain('Tomas Berg');
    }
  });

  it('Show context: Slack and Discord give the whole quote, its paragraph, the speaker and the same notice', () => {
    const h = hit({ attributionUncertain: true });
    const slack = unSlack(strings(renderSlackContext(h).blocks).join('\n'));
    const discord = discordText(renderDiscordContext(h));
    for (const [p, body] of [['slack', slack], ['discord', discord]] as const) {
      for (const fact of [h.text, h.speaker!.name, h.speaker!.role!, 'attribution uncertain', whenPhrase(h.saidOn)!, h.article.url!, 'Councillor Maria Kirby said the ferries would keep running.']) expect(body, `${p}: ${fact}`).toContain(fact);
    }
  });

  it('a speaker whose role names the organisation is not told twice, the same way everywhere', () => {
    const a = answer({ hits: [hit({ speaker: { id: 's3', name: 'John Kirby', role: 'State Department spokesman', organisation: 'State Department' } })] });
    for (const p of PLATFORMS) {
      const { body } = show(a, p);
      expect(body, p).toContain('State Department spokesman');
      expect(body.split('State Department').length - 1, p).toBe(1);
    }
  });

  it('help: Slack and Discord both tell the chat workflow (Verify quote, follows, Share, Copy citation, Wrong speaker? for editors)', () => {
    const a = answer({ question: 'help', status: 'help', hits: [], total: 0, examples: ['what did Kirby say about ferries'] });
    const slack = unSlack(strings(renderSlackAnswer(a, { pageSize: 3 }).blocks).join('\n'));
    const discord = discordText(renderDiscordAnswer(a, { pageSize: 3 }));
    for (const [p, body] of [['slack', slack], ['discord', discord]] as const) {
      for (const fact of ['Verify quote', 'Share', 'Copy citation', 'Wrong speaker?', ...Object.values(WORDING.workflow)]) expect(body, `${p}: ${fact}`).toContain(fact);
    }
    // How to reach each, in the platform's own words.
    for (const cmd of ['/quote follow <speaker> [about <topic>]', '/quote unfollow <speaker>', '/quote following', 'More actions', 'user group']) expect(slack, cmd).toContain(cmd);
    for (const cmd of ['/quote-follow', 'right-click any message > Apps', 'Manage Messages']) expect(discord, cmd).toContain(cmd);
  });
});
