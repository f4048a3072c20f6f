import { MAX_QUESTION_CHARS } from '../questions/clean.js';
import type { ParsedQuestion } from '../questions/understand.js';
import type { Vocabulary } from '../search/vocabulary.js';
import { speakerView, type SpeakerRegistry } from '../speakers/registry.js';
import type { QuoteFilter, QuoteStore, StoredSpeaker } from '../store/port.js';
import type { Answer, Understanding } from './model.js';

/** One question's view of the index: everything an intent handler reads. */
export interface AskContext {
  /** The store; with an abort signal, one that passes it on and checks it at every round-trip (`abortable.ts`). */
  store: QuoteStore;
  /** The speakers and vocabulary of the asker's collections. */
  registry: SpeakerRegistry;
  vocab: Vocabulary;
  /** True for a speaker quoted in one of the asker's collections. */
  visible: (s: StoredSpeaker) => boolean;
  /** The asker's collections and the question's time window: every read goes through it. */
  filter: QuoteFilter;
  /** The page asked for. */
  limit: number;
  offset: number;
  /** Confidence below which a hit is marked `attributionUncertain`. */
  uncertainBelow: number;
  /** The question as read (cleaned and cut): `Answer.question`. */
  question: string;
  /** The question was longer than MAX_QUESTION_CHARS: only its start was read. */
  cut: boolean;
}

/** Answers one intent of a parsed question: one module each under `answers/intents/`. */
export type IntentHandler = (ctx: AskContext, parsed: ParsedQuestion) => Promise<Answer>;

/** The answer a handler starts from: nothing found yet, how the question was understood, a cut question said so. */
export function startAnswer(ctx: AskContext, parsed: ParsedQuestion): Answer {
  const answer = blankAnswer(ctx.question, parsed, ctx.offset);
  if (ctx.cut) answer.note = `Only the first ${MAX_QUESTION_CHARS} characters of the question were read.`;
  return answer;
}

export function blankAnswer(question: string, parsed: ParsedQuestion, offset: number): Answer {
  const understood: Understanding = { intent: parsed.intent, topic: parsed.topic };
  if (parsed.speakerPhrase) understood.speaker = { query: parsed.speakerPhrase, resolved: parsed.speakers.slice(0, 5).map((m) => speakerView(m.speaker)) };
  if (parsed.time) understood.time = parsed.time;
  if (parsed.quoted) understood.quoted = parsed.quoted;
  return { question, status: 'not_found', understood, hits: [], total: 0, offset, alternatives: [], speakers: [], examples: [], tookMs: 0 };
}
