/**
 * What the three readers of speakers share (names.ts, descriptions.ts, subjects.ts): the `Mention` a reader
 * returns, the function-word sets they reason with, and small token helpers.
 */
import type { Token } from './tokens.js';

/** A speaker as written at one place of the article, before resolution to a canonical name. */
export interface Mention {
  kind: 'name' | 'org' | 'pronoun' | 'description';
  /** The name without honorifics, the organisation, the pronoun, or the description as written. */
  text: string;
  /** Title kept beside the name ("Mr", "Gen"), for gender and display. */
  honorific?: string;
  role?: string;
  /** Offset of the mention in the article. */
  pos: number;
  /** A document or record, not a person: stays an anonymous source. */
  document?: boolean;
  /** A possessive sentence opener ("Kirby's claim ..."): a referent for pronouns, not a speaker. */
  possessive?: boolean;
}

export const PREPOSITIONS = new Set(['in', 'of', 'for', 'at', 'from', 'with', 'on', 'to', 'by', 'about', 'against', 'under', 'over', 'before', 'after', 'into', 'between', 'among', 'during', 'within', 'toward', 'towards', 'through', 'across', 'behind', 'near', 'than', 'like', 'as']);
export const DETERMINERS = new Set(['the', 'a', 'an', 'one', 'two', 'three', 'some', 'several', 'many', 'other', 'another', 'his', 'her', 'their', 'its', 'our', 'this', 'that', 'these', 'those', 'both', 'most', 'all', 'few', 'senior', 'former']);
export const CONJUNCTIVE = new Set(['as', 'like', 'after', 'before', 'since', 'until', 'than']);
export const CHUNK_BREAK = new Set([',', '—', '–', '-', '(', ')', ';', ':', '[', ']']);
export const STOP_DESC = new Set(['who', 'that', 'which', 'whose', 'where', 'when', 'while', 'and', 'but', 'said', 'says', 'told', 'have', 'has', 'had', 'is', 'are', 'was', 'were', 'will', 'would', 'could', 'should', 'may', 'might', 'can', 'did', 'does', 'do', 'also', 'not']);
export const PERIODS = new Set(['week', 'month', 'year', 'night', 'weekend', 'morning', 'afternoon', 'evening']);

export function isWord(t: Token | undefined): t is Token {
  return t !== undefined && t.kind === 'word';
}

export function wordsOf(tokens: readonly Token[], a: number, b: number): Token[] {
  const out: Token[] = [];
  for (let k = a; k <= b; k++) { const t = tokens[k]; if (isWord(t)) out.push(t); }
  return out;
}

export function joinText(text: string, ts: readonly Token[]): string {
  if (ts.length === 0) return '';
  return text.slice(ts[0]!.s, ts[ts.length - 1]!.e).replace(/\s+/g, ' ');
}
