/**
 * Grades an answer the way the evaluation's `score.mjs` documents it: the first answer's speaker matches the
 * expected one (surname, with compatible first names), and its text holds the expected words or reproduces
 * at least 60% of the expected quote's words in order.
 */

const TITLE_WORDS = new Set(
  ('mr mrs ms miss mx dr sir dame lord lady baroness gen general sen senator rep representative gov governor president pres prof ' +
    'professor rev adm admiral col colonel lt capt captain sgt judge justice minister chancellor secretary chairman chairwoman chief ' +
    'mayor the jr sr st mp said spokesman spokeswoman spokesperson').split(' '),
);

/** Lower-case letter/digit runs, NFKC-normalised. */
export function gradeWords(s: string | null | undefined): string[] {
  return String(s ?? '').toLowerCase().normalize('NFKC').match(/[\p{L}\p{N}]+/gu) ?? [];
}

function nameParts(s: string | null | undefined): string[] {
  return gradeWords(s).filter((w) => !TITLE_WORDS.has(w) && w !== 's');
}

/** Same person? Surname equal and first names compatible (equal, or one an initial of the other), or mostly shared words. */
export function sameSpeaker(predicted: string | null | undefined, expected: string): boolean {
  const p = nameParts(predicted);
  const g = nameParts(expected);
  if (p.length === 0 || g.length === 0) return false;
  if (p.join(' ') === g.join(' ')) return true;
  if (p.at(-1) === g.at(-1)) {
    if (p.length === 1 || g.length === 1) return true;
    const a = p[0] as string;
    const b = g[0] as string;
    return a === b || ((a.length === 1 || b.length === 1) && a[0] === b[0]);
  }
  const ps = new Set(p);
  const gs = new Set(g);
  const shared = [...ps].filter((w) => gs.has(w)).length;
  return shared / Math.min(ps.size, gs.size) >= 0.67 && shared / Math.max(ps.size, gs.size) >= 0.5;
}

/** Length of the longest common subsequence of two word lists. */
export function lcsLength(a: string[], b: string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  let prev = new Uint16Array(b.length + 1);
  let cur = new Uint16Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) cur[j] = a[i - 1] === b[j - 1] ? (prev[j - 1] as number) + 1 : Math.max(prev[j] as number, cur[j - 1] as number);
    [prev, cur] = [cur, prev];
  }
  return prev[b.length] as number;
}

/** A generated question with its known answer (a line of `questions.jsonl`). */
export interface GradedQuestion {
  q: string;
  speaker: string;
  expect: string;
  answer_text: string;
}

/** True when the first answer is right for the question. */
export function firstAnswerRight(answer: { speaker: string | null; text: string } | undefined, q: GradedQuestion): boolean {
  if (!answer || !sameSpeaker(answer.speaker, q.speaker)) return false;
  if (gradeWords(answer.text).join(' ').includes(gradeWords(q.expect).join(' '))) return true;
  const want = gradeWords(q.answer_text);
  return want.length > 0 && lcsLength(want, gradeWords(answer.text)) / want.length >= 0.6;
}
