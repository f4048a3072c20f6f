/**
 * The fixed mix of question styles the search bench times, built from an archive's generated questions (whose
 * answers are known): the questions as generated, the same with a misspelt surname, bare keywords, a pasted
 * quote ("who said"), topic only, and newsroom abbreviations (timed, not graded: the archive has no answer).
 */
import type { GradedQuestion } from './grading.js';

export type QuestionStyle = 'generated' | 'typo' | 'keywords' | 'who-said' | 'topic-only' | 'abbreviation';

export interface MixQuestion {
  style: QuestionStyle;
  question: string;
  /** The known answer; absent for styles that are only timed. */
  graded?: GradedQuestion;
}

const ABBREVIATIONS = ['govt', 'intel', 'econ', 'admin', 'dept', 'PM', 'US'];

/**
 * One misspelling of a surname, deterministic: two inner letters swapped, or for short names one letter
 * doubled. Never returns the name itself.
 */
export function misspell(name: string, i: number): string {
  if (name.length >= 5) {
    const at = 1 + (i % (name.length - 3));
    const swapped = name.slice(0, at) + (name[at + 1] as string) + (name[at] as string) + name.slice(at + 2);
    if (swapped !== name) return swapped;
  }
  const at = Math.min(name.length - 1, 1 + (i % Math.max(1, name.length - 1)));
  return name.slice(0, at) + (name[at] as string) + name.slice(at);
}

/** Builds the mix; the same archive always gives the same questions in the same order. */
export function buildMix(questions: GradedQuestion[]): MixQuestion[] {
  const mix: MixQuestion[] = [];
  questions.forEach((g, i) => {
    const m = /^what did (.+) say about (.+)$/.exec(g.q);
    mix.push({ style: 'generated', question: g.q, graded: g });
    if (!m) return;
    const surname = m[1] as string;
    const topic = m[2] as string;
    mix.push({ style: 'typo', question: `what did ${misspell(surname, i)} say about ${topic}`, graded: g });
    mix.push({ style: 'keywords', question: `${surname.toLowerCase()} ${topic}`, graded: g });
    const pasted = g.answer_text.split(/\s+/).slice(0, 10).join(' ');
    mix.push({ style: 'who-said', question: `who said "${pasted}"`, graded: g });
    mix.push({ style: 'topic-only', question: `quotes about ${topic}`, graded: g });
    if (i % 4 === 0) mix.push({ style: 'abbreviation', question: `what did ${surname} say about the ${ABBREVIATIONS[(i / 4) % ABBREVIATIONS.length]}` });
  });
  return mix;
}
