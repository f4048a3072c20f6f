import type { ParsedQuestion } from '../../questions/understand.js';
import type { RankRow } from '../../store/port.js';
import type { AskContext } from '../context.js';
import type { Answer } from '../model.js';
import { compareRanked, type Ranked } from '../rank.js';
import { answerQuotes } from './quote.js';

/** Latest from X (on Y): the speaker's confident quotes, newest first (ties in ranking order). */
export function answerLatest(ctx: AskContext, parsed: ParsedQuestion): Promise<Answer> {
  return answerQuotes(ctx, parsed, newestFirst);
}

function newestFirst(confident: Ranked<RankRow>[]): Ranked<RankRow>[] {
  return [...confident].sort((a, b) => (b.quote.sortDate ?? '').localeCompare(a.quote.sortDate ?? '') || compareRanked(a, b));
}
