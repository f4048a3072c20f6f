import type { IndexCache } from '../engine.js';
import { MAX_QUESTION_CHARS, cleanQuestion } from '../questions/clean.js';
import { readPaste } from '../questions/paste.js';
import type { TimeWindow } from '../questions/time.js';
import { understand, type ParsedQuestion } from '../questions/understand.js';
import { stem } from '../search/tokenize.js';
import type { Vocabulary } from '../search/vocabulary.js';
import type { SpeakerRegistry } from '../speakers/registry.js';
import type { QuoteStore, StoredSpeaker } from '../store/port.js';
import { abortableStore } from './abortable.js';
import type { AskContext, IntentHandler } from './context.js';
import { answerHelp } from './intents/help.js';
import { answerLatest } from './intents/latest.js';
import { answerQuote } from './intents/quote.js';
import { answerSpeakers } from './intents/speakers.js';
import { answerWhoSaid } from './intents/who-said.js';
import type { Answer, AskOptions, Intent } from './model.js';

export interface AnswererDeps {
  store: QuoteStore;
  cache: IndexCache;
  now: () => Date;
  /** Confidence below which a hit is marked `attributionUncertain`. */
  uncertainBelow: number;
}

/** One handler per intent (`intents/`): each answers its own kind of question and returns its Answer. */
const HANDLERS: Record<Intent, IntentHandler> = {
  quote: answerQuote,
  latest: answerLatest,
  verify: answerWhoSaid,
  speakers: answerSpeakers,
  help: answerHelp,
};

const DEFAULT_LIMIT = 3;

/** A time window that is only a year, perhaps after "in", "before", "after", "since" or "during". */
const BARE_YEAR = /^(?:(?:in|before|after|since|during|until) )?((?:19|20)\d{2})$/i;
/** A month named alone ("in January"): as often what the quote speaks of ("leaving in January") as a window. */
const BARE_MONTH = /^(?:(?:in|during) )?(january|february|march|april|may|june|july|august|september|october|november|december)$/i;

/** The asker's view of the index, before the question is read. */
interface Scope {
  store: QuoteStore;
  registry: SpeakerRegistry;
  vocab: Vocabulary;
  visible: (s: StoredSpeaker) => boolean;
  collections: string[];
}

/**
 * The core's answer path: a question is parsed and handed to its intent's handler; `verify` and `help` are
 * typed entry points that go straight to theirs.
 */
export class Answerer {
  constructor(private readonly deps: AnswererDeps) {}

  /** A chat question of any intent (what did X say, who said "...", latest from X, help...). */
  ask(rawQuestion: string, options: AskOptions = {}): Promise<Answer> {
    return this.answer(options, (scope) => {
      const question = cleanQuestion(rawQuestion);
      const parsed = understand(question, scope.registry, scope.vocab, scope.visible, this.deps.now());
      if (options.speakerId) {
        const s = scope.registry.get(options.speakerId);
        parsed.speakers = s && scope.visible(s) ? [{ speaker: s, kind: 'name', score: 1 }] : [];
        parsed.speakerUnknown = parsed.speakers.length === 0;
        parsed.speakerPhrase ??= options.speakerId;
      }
      const cut = rawQuestion.length > MAX_QUESTION_CHARS;
      const ctx = this.context(scope, options, question, cut, parsed.time);
      return HANDLERS[parsed.intent](ctx, parsed).then((answer) => this.yearAsWords(answer, parsed, scope, options, question, cut));
    });
  }

  /**
   * A year read as a time window may be what the quote is about ("growth in 2005 and 2006", "the years before
   * 1997"): when the window leaves no answer, the question is read once more with the year as a word, and a quote
   * that says the year in its own words is the answer (session 13, h-qa19). An archive's undated articles
   * (most of the BBC's) never fall in any window, so the first reading found nothing at all.
   */
  private async yearAsWords(answer: Answer, parsed: ParsedQuestion, scope: Scope, options: AskOptions, question: string, cut: boolean): Promise<Answer> {
    const time = parsed.time && parsed.intent === 'quote' && answer.status !== 'found' ? parsed.time.text.trim() : undefined;
    // A month spelt out is read the same way ("Parry on Gerrard going in January": the quote says January).
    const said = time ? (BARE_YEAR.exec(time)?.[1] ?? BARE_MONTH.exec(time)?.[1]?.toLowerCase()) : undefined;
    if (!said) return answer;
    const again = understand(question, scope.registry, scope.vocab, scope.visible, this.deps.now(), true);
    if (again.intent !== 'quote' || !again.groups.some((g) => g.word === said || g.word === stem(said))) return answer;
    const second = await HANDLERS.quote(this.context(scope, options, question, cut), again);
    const hits = second.hits.filter((h) => new RegExp(`\\b${said}\\b`, 'i').test(h.text));
    if (second.status !== 'found' || hits.length === 0) return answer;
    return { ...second, hits, total: hits.length };
  }

  /** Who said these words? The pasted words go to the "who said" handler as they are: there is nothing to parse. */
  verify(pasted: string, options: AskOptions = {}): Promise<Answer> {
    const paste = readPaste(pasted);
    return this.answer(options, (scope) => answerWhoSaid(this.context(scope, options, paste.question, paste.cut), given('verify', paste.quoted)));
  }

  /** How to ask, with examples from the asker's index. */
  help(options: AskOptions = {}): Promise<Answer> {
    return this.answer(options, (scope) => answerHelp(this.context(scope, options, 'help', false), given('help')));
  }

  /** Runs one question's work over the asker's scope and times it; with a signal, over a store that honours it. */
  private async answer(options: AskOptions, work: (scope: Scope) => Promise<Answer>): Promise<Answer> {
    // With a signal, the question runs over a store that checks it at every round-trip (see abortable.ts).
    const signal = options.signal;
    signal?.throwIfAborted();
    const started = performance.now();
    const collections = options.collections?.length ? options.collections : ['default'];
    const { registry, vocab } = await this.deps.cache.current(collections);
    const visible = (s: StoredSpeaker) => collections.some((c) => (s.quoteCounts[c] ?? 0) > 0);
    const store = signal ? abortableStore(this.deps.store, signal) : this.deps.store;
    const answer = await work({ store, registry, vocab, visible, collections });
    answer.tookMs = Math.round((performance.now() - started) * 1000) / 1000;
    return answer;
  }

  private context(scope: Scope, options: AskOptions, question: string, cut: boolean, time?: TimeWindow): AskContext {
    const { collections, ...view } = scope;
    return {
      ...view,
      filter: { collections, ...(time?.from ? { from: time.from } : {}), ...(time?.to ? { to: time.to } : {}) },
      limit: Math.max(1, Math.min(50, options.limit ?? DEFAULT_LIMIT)),
      offset: Math.max(0, options.offset ?? 0),
      uncertainBelow: this.deps.uncertainBelow,
      question,
      cut,
    };
  }
}

/** A question of an intent the caller already knows (`verify`, `help`): no speaker, no topic, no time. */
function given(intent: Intent, quoted?: string): ParsedQuestion {
  return { intent, speakers: [], fallbackSpeakers: [], speakerUnknown: false, topic: [], groups: [], unknownWords: [], required: [], ...(quoted !== undefined ? { quoted } : {}) };
}
