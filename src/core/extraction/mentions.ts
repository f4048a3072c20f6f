/**
 * Reads who is speaking from the tokens around a speech verb: a name ("State Department spokesman John
 * Kirby"), an organisation ("the ministry"), a pronoun ("he") or a description ("the top US military
 * official"), with the role the text gives. Every function looks at a bounded window: linear overall.
 */
import { AFFILIATIONS, QUALIFIER_WORDS, isHyphenatedTitle, COURTESY, DOC_NOUNS, isOrgPlural, HONORIFICS, NAME_PARTICLES, NOT_NAME, ORG_WORDS, PEERAGE, PRONOUNS, VERB_MODIFIERS, WEEKDAYS, MONTHS, isRole } from './lexicon.js';
import { isAbbreviation, type Token } from './tokens.js';

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

const PREPOSITIONS = new Set(['in', 'of', 'for', 'at', 'from', 'with', 'on', 'to', 'by', 'about', 'against', 'under', 'over', 'before', 'after', 'into', 'between', 'among', 'during', 'within', 'toward', 'towards', 'through', 'across', 'behind', 'near', 'than', 'like', 'as']);
const DETERMINERS = new Set(['the', 'a', 'an', 'one', 'two', 'three', 'some', 'several', 'many', 'other', 'another', 'his', 'her', 'their', 'its', 'our', 'this', 'that', 'these', 'those', 'both', 'most', 'all', 'few', 'senior', 'former']);
const CONJUNCTIVE = new Set(['as', 'like', 'after', 'before', 'since', 'until', 'than']);
const CHUNK_BREAK = new Set([',', '—', '–', '-', '(', ')', ';', ':', '[', ']']);
const STOP_DESC = new Set(['who', 'that', 'which', 'whose', 'where', 'when', 'while', 'and', 'but', 'said', 'says', 'told', 'have', 'has', 'had', 'is', 'are', 'was', 'were', 'will', 'would', 'could', 'should', 'may', 'might', 'can', 'did', 'does', 'do', 'also', 'not']);
const PERIODS = new Set(['week', 'month', 'year', 'night', 'weekend', 'morning', 'afternoon', 'evening']);
const ACRONYM = /^\p{Lu}[\p{Lu}\p{N}&]+$/u;

/** Longest name or organisation run read, in tokens: names are short, and this keeps every scan bounded. */
const MAX_RUN = 14;

function isWord(t: Token | undefined): t is Token {
  return t !== undefined && t.kind === 'word';
}

/** A capitalised word that can be part of a name or an organisation's name. */
export function isNameWord(t: Token | undefined): boolean {
  if (!isWord(t) || !t.cap) return false;
  // "WASHINGTON —": an all-capitals word longer than an acronym is a dateline or a shout, not a name.
  if (t.w.length >= 6 && t.w === t.w.toUpperCase() && /^\p{Lu}+$/u.test(t.w)) return false;
  return !NOT_NAME.has(t.lw) || HONORIFICS.has(t.lw);
}

/**
 * True when the full stop at `k` is glued to a capitalised initial or abbreviation ("J.", "Mr.", "Gen."), so it
 * sits inside a name. Not after other short capitalised words: "...split within UKIP. Robert Kilroy-Silk
 * could..." is two sentences, not a person called "UKIP. Robert Kilroy-Silk".
 */
function isNameDot(tokens: readonly Token[], k: number): boolean {
  return Boolean(tokens[k - 1]?.cap) && isAbbreviation(tokens, k);
}

/** Start index of the run of name words ending at `j` (inclusive), or -1. Particles may sit inside. */
export function runEndingAt(tokens: readonly Token[], j: number, lo: number): number {
  if (!isNameWord(tokens[j])) return -1;
  let a = j;
  let k = j - 1;
  lo = Math.max(lo, j - MAX_RUN);
  while (k >= lo) {
    const t = tokens[k];
    if (!t) break;
    if (isNameWord(t)) { a = k; k--; continue; }
    // "Mr." "J." inside a name: a full stop glued to an abbreviation or an initial.
    if (t.kind === 'punct' && t.w === '.' && isNameDot(tokens, k)) { k--; continue; }
    if (isWord(t) && !t.cap && NAME_PARTICLES.has(t.lw) && isNameWord(tokens[k - 1])) { k--; continue; }
    break;
  }
  return a;
}

/** End index (exclusive) of the run of name words starting at `i`, or `i` when none. */
export function runStartingAt(tokens: readonly Token[], i: number, hi: number): number {
  let k = i;
  let end = i;
  hi = Math.min(hi, i + MAX_RUN);
  while (k < hi) {
    const t = tokens[k];
    if (isNameWord(t)) { k++; end = k; continue; }
    if (t && t.kind === 'punct' && t.w === '.' && end === k && isNameDot(tokens, k) && isNameWord(tokens[k + 1])) { k++; continue; }
    if (isWord(t) && !t.cap && NAME_PARTICLES.has(t.lw) && t.lw !== 'and' && isNameWord(tokens[k + 1])) { k++; continue; }
    break;
  }
  return end;
}

function wordsOf(tokens: readonly Token[], a: number, b: number): Token[] {
  const out: Token[] = [];
  for (let k = a; k <= b; k++) { const t = tokens[k]; if (isWord(t)) out.push(t); }
  return out;
}

function joinText(text: string, ts: readonly Token[]): string {
  if (ts.length === 0) return '';
  return text.slice(ts[0]!.s, ts[ts.length - 1]!.e).replace(/\s+/g, ' ');
}

/** True when the run names an organisation rather than a person. */
function isOrgRun(ws: readonly Token[]): boolean {
  if (ws.some((t) => ORG_WORDS.has(t.lw))) return true;
  return ws.length === 1 && ACRONYM.test(ws[0]!.w) && ws[0]!.w.length <= 6;
}

/**
 * Splits a run of capitalised words (plus any lower-case role words before it) into role and name:
 * "Russian Foreign Minister Sergey Lavrov" -> role "Russian Foreign Minister", name "Sergey Lavrov".
 */
export function mentionFromRun(text: string, tokens: readonly Token[], a: number, b: number, roleFrom: number): Mention | null {
  let ws = wordsOf(tokens, a, b);
  // "San Francisco-based US Court of Appeals": what comes before "-based" only places the name.
  const placed = ws.findIndex((t) => /-(?:based|born|led|backed|owned|run)$/.test(t.lw));
  if (placed >= 0 && placed < ws.length - 1) ws = ws.slice(placed + 1);
  // A sentence may open with a capitalised participle ("Hosting Cook, ..."): not part of the name.
  while (ws.length > 1 && /^\p{Lu}\p{Ll}+(?:ing|ed)$/u.test(ws[0]!.w) && !HONORIFICS.has(ws[0]!.lw)) ws = ws.slice(1);
  if (ws.length === 0) return null;
  const before = wordsOf(tokens, roleFrom, a - 1).filter((t, i) => !(i === 0 && (DETERMINERS.has(t.lw) || NOT_NAME.has(t.lw))));
  // Walk back from the end while the words are name words, not titles or role nouns.
  let k = ws.length - 1;
  // "Democrat of Tennessee", "MP for Witney": a party label followed by "of"/"for" is a role too.
  const labelsRole = (i: number): boolean => AFFILIATIONS.has(ws[i]!.lw) && !ws[i + 1]?.cap && (ws[i + 1]?.lw === 'of' || ws[i + 1]?.lw === 'for');
  while (k >= 0 && !HONORIFICS.has(ws[k]!.lw) && !isRole(ws[k]!.lw) && !isHyphenatedTitle(ws[k]!.lw) && !labelsRole(k)) k--;
  let nameWords = ws.slice(k + 1);
  // "Chief of Staff Katie Walsh", "MP for Witney David Cameron": the role goes on after "of"/"for" and the
  // person's name is the last words; "CEO of Take-Two" alone names no person.
  if (k >= 0 && nameWords.length > 0 && !nameWords[0]!.cap && (nameWords[0]!.lw === 'of' || nameWords[0]!.lw === 'for')) {
    const rest = nameWords.slice(1);
    const n = rest.length >= 4 && isInitial(rest[rest.length - 2]!) ? 3 : 2;
    k += rest.length >= 3 ? 1 + rest.length - n : nameWords.length;
    nameWords = ws.slice(k + 1);
  }
  // "Former Carson adviser", "Republican Donald Trump": a qualifier or a party label describes the person.
  // "Liberal Democrats" stays whole: only labels followed by something else are stripped.
  let labels = 0;
  while (labels < nameWords.length && (QUALIFIER_WORDS.has(nameWords[labels]!.lw) || AFFILIATIONS.has(nameWords[labels]!.lw))) labels++;
  if (labels > 0 && labels < nameWords.length) {
    k += labels;
    nameWords = nameWords.slice(labels);
  }
  if (nameWords.length === 1 && k >= 0 && QUALIFIER_WORDS.has(ws[k]!.lw)) nameWords = [];
  // "Mr. Ackman of Pershing Square", "Bernie Sanders of Vermont": the person ends before the particle.
  const cut = nameWords.findIndex((t, i) => i > 0 && !t.cap && (t.lw === 'of' || t.lw === 'for' || t.lw === 'and' || t.lw === 'the'));
  if (cut > 0 && !isOrgRun(nameWords.slice(0, cut))) nameWords = nameWords.slice(0, cut);
  const prefix = ws.slice(0, k + 1);
  // An organisation when its own words say so ("State Department"); a title before a person ("House
  // Speaker Paul Ryan") does not make the person an organisation.
  if (isOrgRun(nameWords.length ? nameWords : ws) || (nameWords.length === 0 && isOrgRun(ws))) {
    return { kind: 'org', text: joinText(text, ws.filter((t, i) => !(i === 0 && t.lw === 'the'))), pos: ws[0]!.s };
  }
  const roleWords = [...before, ...prefix];
  if (nameWords.length === 0) {
    const desc = joinText(text, roleWords.length ? roleWords : ws);
    return { kind: 'description', text: desc, pos: ws[0]!.s };
  }
  const last = prefix[prefix.length - 1];
  const m: Mention = { kind: 'name', text: joinText(text, nameWords), pos: nameWords[0]!.s };
  if (last && HONORIFICS.has(last.lw)) m.honorific = last.w.replace(/\.$/, '');
  if (last && PEERAGE.has(last.lw) && nameWords.length === 1) m.text = `${last.w} ${m.text}`;
  // A lone honorific ("Gen", "Mr") is a title, not a role; nor is a courtesy title at the end of a role ("UK
  // chancellor Mr Brown"), and without a role noun or an office before it the words are no role at all
  // ("Unions oppose the plans but Mr Brown said").
  const role = prefix.length === 1 && before.length === 0 ? [] : roleWords;
  while (role.length && COURTESY.has(role[role.length - 1]!.lw)) role.pop();
  if (role.length && role.some((t) => isRole(t.lw) || isHyphenatedTitle(t.lw) || AFFILIATIONS.has(t.lw) || (HONORIFICS.has(t.lw) && !COURTESY.has(t.lw)))) m.role = joinText(text, role);
  return m;
}

const POSSESSIVE_PRONOUNS = new Map([['his', 'he'], ['her', 'she'], ['its', 'it'], ['their', 'they']]);

/**
 * The named author of a document: "a report from Kotak Institutional Equities", "the book by Sunday
 * Telegraph journalist Robert Peston", "Kok's report", "his report". A document with no named author is
 * left to stay an unnamed source.
 */
function documentAuthor(text: string, tokens: readonly Token[], ws: readonly Token[], b: number): Mention | null {
  const head = ws[ws.length - 1];
  if (!head || head.cap || !isDocument(head.lw) || ws.length > 5) return null;
  const hi = indexNear(tokens, head, b, 60);
  if (hi < 0) return null;
  // "the book by X", "a statement from X", "a report of X".
  const prep = tokens[hi + 1];
  if (isWord(prep) && (prep.lw === 'by' || prep.lw === 'from')) {
    const m = subjectAfter(text, tokens, hi + 1, Math.min(tokens.length, hi + 16));
    if (m && (m.kind === 'name' || m.kind === 'org')) return m;
  }
  // "Kok's report", "his report".
  const first = ws[0]!;
  const poss = POSSESSIVE_PRONOUNS.get(first.lw);
  if (poss && ws.length <= 3) return { kind: 'pronoun', text: poss, pos: first.s };
  const fi = indexNear(tokens, first, hi, 24);
  for (let k = Math.max(fi, 1); fi >= 0 && k < hi; k++) {
    if (tokens[k]!.kind === 'punct' && tokens[k]!.w === "'s" && isNameWord(tokens[k - 1])) {
      const r = runEndingAt(tokens, k - 1, fi);
      const m = r >= 0 ? mentionFromRun(text, tokens, r, k - 1, r) : null;
      if (m && (m.kind === 'name' || m.kind === 'org')) return m;
    }
  }
  return null;
}

/** Index of token `t` at or before `from`, looking back at most `max` tokens (bounded: linear overall). */
function indexNear(tokens: readonly Token[], t: Token, from: number, max: number): number {
  for (let k = Math.min(from, tokens.length - 1); k >= 0 && k >= from - max; k--) if (tokens[k] === t) return k;
  return -1;
}

/** A document noun ("report", "book", "statement"), singular or plural. */
function isDocument(lw: string): boolean {
  return DOC_NOUNS.has(lw) || AUTHORED.has(lw);
}

/** Works with authors, besides the documents of `DOC_NOUNS`. */
const AUTHORED = new Set(['book', 'article', 'paper', 'column', 'memoir', 'memoirs', 'blog', 'editorial', 'essay', 'op-ed', 'tweet', 'note', 'research', 'forecast', 'estimate', 'estimates', 'projections', 'calculations']);

/** An initial inside a name ("B." of "Harry B. Harris"). */
function isInitial(t: Token): boolean {
  return /^\p{Lu}\.?$/u.test(t.w);
}

/** The leading noun phrase of a description, cut before a participle or relative clause. */
export function descriptionAt(text: string, tokens: readonly Token[], a: number, b: number): Mention | null {
  let i = a;
  while (i <= b && isWord(tokens[i]) && ['but', 'and', 'yet', 'so', 'however', 'meanwhile', 'also', 'then', 'now'].includes(tokens[i]!.lw)) i++;
  // "About four out of 10 voters", "Sixty-six percent", "A majority of Democrats": an unnamed share.
  let q = i;
  if (isWord(tokens[q]) && ['about', 'nearly', 'almost', 'roughly', 'around', 'over', 'just', 'only', 'some', 'a'].includes(tokens[q]!.lw)) q++;
  if (isWord(tokens[q]) && NUMBER_WORD.test(tokens[q]!.lw)) {
    const ws: Token[] = [];
    for (let k = i; k <= b && ws.length < 9; k++) {
      const t = tokens[k];
      if (!isWord(t) || (ws.length > 1 && (STOP_DESC.has(t.lw) || SPEECH_LIKE.has(t.lw)))) break;
      ws.push(t);
    }
    if (ws.length >= 2) return { kind: 'description', text: joinText(text, ws), pos: ws[0]!.s, document: true };
  }
  // "On the eve of ...", "At least a dozen ...": an adverbial, not a subject.
  if (isWord(tokens[i]) && PREPOSITIONS.has(tokens[i]!.lw) && tokens[i]!.lw !== 'with') return null;
  while (i <= b && isWord(tokens[i]) && !DETERMINERS.has(tokens[i]!.lw) && NOT_NAME.has(tokens[i]!.lw)) i++;
  const ws: Token[] = [];
  for (let k = i; k <= b && ws.length < 9; k++) {
    const t = tokens[k];
    if (t && t.kind === 'punct' && t.w === "'s" && ws.length > 0) continue; // "Cameron's spokesman"
    if (!t || t.kind !== 'word') break;
    if (ws.length > 0 && (STOP_DESC.has(t.lw) || (!t.cap && /(?:ing|ed)$/.test(t.lw) && t.lw.length > 5 && !isRole(t.lw)) || (PREPOSITIONS.has(t.lw) && t.lw !== 'of' && t.lw !== 'for'))) break;
    // After its head noun a description goes on only with "of" or "for" ("Rubio's campaign sent ..." stops).
    const prevWord = ws[ws.length - 1];
    if (prevWord && !prevWord.cap && isHead(prevWord.lw) && t.lw !== 'of' && t.lw !== 'for' && !isHead(t.lw)) break;
    ws.push(t);
  }
  while (ws.length && (PREPOSITIONS.has(ws[ws.length - 1]!.lw) || DETERMINERS.has(ws[ws.length - 1]!.lw))) ws.pop();
  const author = documentAuthor(text, tokens, ws, b);
  if (author) return author;
  if (!ws.some((t) => isRole(t.lw) || ORG_WORDS.has(t.lw) || isOrgPlural(t.lw))) {
    // A document ("the suit added") or any determined noun phrase ("the pitch on Kickstarter says") is an
    // anonymous source: it never binds to a person.
    const lastWord = ws[ws.length - 1];
    const doc = lastWord && DOC_NOUNS.has(lastWord.lw) && ws.length <= 4 && (!ws[0]!.cap || DETERMINERS.has(ws[0]!.lw)) ? lastWord : undefined;
    const determined = ws.length >= 2 && ws.length <= 6 && (['the', 'a', 'an', 'one', 'another', 'those', 'most', 'many', 'some', 'half', 'few', 'several'].includes(ws[0]!.lw) || /^\d/.test(ws[0]!.w)) && !ws.some((t) => PRONOUNS.has(t.lw));
    return doc || determined ? { kind: 'description', text: joinText(text, ws), pos: ws[0]!.s, document: true } : null;
  }
  const org = ws.some((t) => ORG_WORDS.has(t.lw)) && !ws.some((t) => isRole(t.lw) || isOrgPlural(t.lw));
  const plural = !org && ws.some((t) => isOrgPlural(t.lw)) && !ws.some((t) => isRole(t.lw));
  return { kind: org ? 'org' : 'description', text: joinText(text, ws), pos: ws[0]!.s, ...(plural ? { document: true } : {}) };
}

/** Moves `j` left over adverbs, auxiliaries and time phrases between a subject and its verb. */
function skipModifiers(tokens: readonly Token[], j: number, lo: number): number {
  for (;;) {
    const t = tokens[j];
    if (j < lo || !isWord(t)) return j;
    const p = tokens[j - 1];
    if (!t.cap && (VERB_MODIFIERS.has(t.lw) || (t.lw.endsWith('ly') && t.lw.length > 4))) { j--; continue; }
    // "went on to say", "continued to say", "declined to say".
    if (t.lw === 'to' && p && isWord(p)) {
      if (p.lw === 'on' && isWord(tokens[j - 2]) && /^(?:went|goes|go|going)$/.test(tokens[j - 2]!.lw)) { j -= 3; continue; }
      if (/^(?:continued|continues|went|decided|wanted|used|began|tried|refused|declined|proceeded|hastened|rushed|took|went|was|is|has|had|have|seemed|appeared|needed|wants|likes|liked|loves|loved)$/.test(p.lw)) { j -= 2; continue; }
    }
    if ((WEEKDAYS as readonly string[]).includes(t.lw) && p && (p.lw === 'on' || p.lw === 'last')) { j -= 2; continue; }
    if (PERIODS.has(t.lw) && p && (p.lw === 'last' || p.lw === 'this' || p.lw === 'next')) { j -= 2; continue; }
    // "on Thursday evening", "Kirby Tuesday said".
    if (PERIODS.has(t.lw) && p && (WEEKDAYS as readonly string[]).includes(p.lw)) { j -= 1; continue; }
    if ((WEEKDAYS as readonly string[]).includes(t.lw) && p && !(p.lw === 'on' || p.lw === 'last')) { j -= 1; continue; }
    if (/^\d{1,2}$/.test(t.w) && p && MONTHS.has(p.lw) && tokens[j - 2]?.lw === 'on') { j -= 3; continue; }
    return j;
  }
}

/** Comma-separated chunks of `[lo, j]`, last first, as inclusive token ranges. */
function chunksBackward(tokens: readonly Token[], lo: number, j: number, max: number): [number, number][] {
  const out: [number, number][] = [];
  let end = j;
  let k = j;
  while (k >= lo && out.length < max) {
    const t = tokens[k];
    if (t && t.kind === 'punct' && CHUNK_BREAK.has(t.w)) {
      if (end > k) out.push([k + 1, end]);
      end = k - 1;
    }
    k--;
  }
  if (out.length < max && end >= lo) out.push([lo, end]);
  return out;
}

function isAppositive(tokens: readonly Token[], a: number, b: number): boolean {
  const t = tokens[a];
  if (!isWord(t)) return false;
  if (t.lw === 'who' || t.lw === 'a' || t.lw === 'an' || t.lw === 'the' || t.lw === 'for' || t.lw === 'of' || t.lw === 'from') return true;
  // "Tory leader in the Lords", "chief executive of X": a role noun early in the chunk and no trailing name.
  for (let k = a; k <= Math.min(b, a + 3); k++) if (isWord(tokens[k]) && isRole(tokens[k]!.lw)) return true;
  return !t.cap;
}

/** The name (or organisation) ending a chunk, unless it is the object of a preposition ("in the Lords"). */
function nameEndingChunk(text: string, tokens: readonly Token[], a: number, b: number, antecedent = false): Mention | null {
  const r = runEndingAt(tokens, b, a);
  if (r < 0) return null;
  let p = r - 1;
  const determined = isWord(tokens[p]) && tokens[p]!.lw === 'the';
  if (determined) p--;
  // "in the Lords" is a place, but "help from Thomas Perez, who said" names the speaker.
  // "after", "before", "since", "as" also join clauses: "hours after Sanders said" names the speaker,
  // "testifying before the Senate committee" does not.
  if (!antecedent && p >= a && isWord(tokens[p]) && PREPOSITIONS.has(tokens[p]!.lw) && (determined || !CONJUNCTIVE.has(tokens[p]!.lw))) return null;
  if (p >= a && tokens[p]?.kind === 'punct' && tokens[p]!.w === "'s") return null;
  // Role words may precede the run in the same chunk ("State Department spokesman John Kirby").
  let roleFrom = r;
  while (roleFrom - 1 >= a && isWord(tokens[roleFrom - 1]) && tokens[roleFrom - 1]!.lw !== 'and') roleFrom--;
  return mentionFromRun(text, tokens, r, b, roleFrom);
}

/** Role-like chunk before a name ("Chairman of the Joint Chiefs of Staff, General Joseph Dunford"). */
function roleChunk(text: string, tokens: readonly Token[], a: number, b: number): string | undefined {
  const ws = wordsOf(tokens, a, b);
  const first = ws[0];
  if (!first || ws.length > 10) return undefined;
  if (!(isRole(first.lw) || HONORIFICS.has(first.lw))) return undefined;
  return joinText(text, ws);
}

/**
 * The speaker mention ending just before the verb at `v`, looking no further left than `lo`.
 * Handles "Kirby said", "State Department spokesman John Kirby said", "X, ROLE, said", "ROLE, X, said",
 * "he said", "the ministry said", "the top US military official testifying before ... said".
 */
export function subjectBefore(text: string, tokens: readonly Token[], lo: number, v: number): Mention | null {
  let j = skipModifiers(tokens, v - 1, lo);
  // "Sen. Ted Cruz (R-Texas) said": the bracket is an aside.
  if (tokens[j]?.w === ')') {
    let k = j - 1;
    while (k > lo && k > j - 12 && tokens[k]!.w !== '(') k--;
    if (tokens[k]?.w === '(') j = skipModifiers(tokens, k - 1, lo);
  }
  if (j < lo) return null;
  const last = tokens[j];
  if (isWord(last) && PRONOUNS.has(last.lw) && j >= lo) {
    const p = tokens[j - 1];
    // "told him he said" is rare; a pronoun right before the verb is its subject.
    if (!p || !isWord(p) || !OBJECT_LIKE.has(p.lw)) return { kind: 'pronoun', text: last.lw, pos: last.s };
  }
  const chunks = chunksBackward(tokens, lo, j, 6);
  const first = chunks[0];
  // "..., Labor Secretary Ann Cole, who said": the name before "who" speaks.
  if (first && first[1] === first[0] && isWord(tokens[first[0]]) && tokens[first[0]]!.lw === 'who') {
    const c0 = chunks[1];
    return c0 ? nameEndingChunk(text, tokens, c0[0], c0[1], true) : null;
  }
  // Asides between the name and the verb: ", R-Texas," / ", who represents Thomas," / ", 32, from Wembley,
  // London," / ", on his first day in the job after X was sacked,": the subject is the name before them.
  const nested = subjectBeforeAsides(text, tokens, chunks);
  if (nested) return nested;
  while (chunks.length > 1 && isAside(tokens, chunks[0]![0], chunks[0]![1])) chunks.shift();
  const c1 = chunks[0];
  if (!c1) return null;
  const named = nameEndingChunk(text, tokens, c1[0], c1[1]);
  if (named && named.kind === 'description' && chunks[1]) {
    // "Steve Cohen, Democrat of Tennessee, told": the chunk before the verb is a role, the name is before it.
    const person = nameEndingChunk(text, tokens, chunks[1][0], chunks[1][1]);
    if (person && person.kind === 'name') {
      if (!person.role) person.role = named.text;
      return person;
    }
  }
  if (named) {
    const c0 = chunks[1];
    if (named.kind === 'name' && c0 && !named.role) {
      const role = roleChunk(text, tokens, c0[0], c0[1]);
      if (role) named.role = role;
    }
    return named;
  }
  let c0 = chunks[1];
  for (let ci = 2; c0 && isAside(tokens, c0[0], c0[1]) && ci < chunks.length; ci++) c0 = chunks[ci];
  if (c0 && isAppositive(tokens, c1[0], c1[1]) && !startsWithQuantifier(tokens, c1[0])) {
    const desc = tokens[c1[0]]!.cap ? null : descriptionAt(text, tokens, c0[0], c0[1]);
    const prev = nameEndingChunk(text, tokens, c0[0], c0[1]) ?? (desc && !desc.document ? desc : null);
    if (prev && (prev.kind === 'name' || prev.kind === 'org' || prev.kind === 'description')) {
      const role = wordsOf(tokens, c1[0], c1[1]);
      if (prev.kind === 'name' && !tokens[c1[0]]!.lw.endsWith('ing') && !['who', 'which', 'whose', 'whom'].includes(role[0]?.lw ?? '') && role.length <= 12) prev.role = joinText(text, role.filter((t, i) => !(i === 0 && (t.lw === 'a' || t.lw === 'an' || t.lw === 'the'))));
      return prev;
    }
  }
  return descriptionAt(text, tokens, c1[0], c1[1]);
}

/** A bare age between commas: "Mr Mubanga, 32, from Wembley". */
function isAge(tokens: readonly Token[], a: number, b: number): boolean {
  return a === b && /^\d{1,3}$/.test(tokens[a]?.w ?? '');
}

/** A chunk opening with a relative pronoun or a preposition of time or place: an aside after a name. */
function opensAside(tokens: readonly Token[], a: number): boolean {
  const t = tokens[a];
  return isWord(t) && !t.cap && (['who', 'whose', 'whom'].includes(t.lw) || ['on', 'in', 'from', 'at', 'during', 'before', 'after', 'since', 'until', 'while'].includes(t.lw));
}

/**
 * "NAME, AGE, ..., said" and "NAME, who/on/in ..., ..., said": when a chunk nearer the verb is an age or
 * opens an aside, the subject is the name ending the chunk just before that aside, however many chunks the
 * aside runs over.
 */
function subjectBeforeAsides(text: string, tokens: readonly Token[], chunks: readonly [number, number][]): Mention | null {
  for (let i = 0; i + 1 < chunks.length; i++) {
    const [a, b] = chunks[i]!;
    if (!isAge(tokens, a, b) && !opensAside(tokens, a)) continue;
    // Only when the chunks before the aside's start hold no other verb-like clause: scan the one before.
    const [pa, pb] = chunks[i + 1]!;
    // The aside may run over several chunks (", who was a GP in X, in the Y Valley, before becoming Z,").
    if (opensAside(tokens, pa) || isAge(tokens, pa, pb)) continue;
    const named = nameEndingChunk(text, tokens, pa, pb, true);
    if (named && named.kind === 'name' && (i > 0 || isAge(tokens, a, b) || ['who', 'whose', 'whom'].includes(tokens[a]!.lw))) return named;
    if (named && named.kind === 'name' && i === 0 && opensAside(tokens, a) && runEndingAt(tokens, pb, pa) === pa) return named;
  }
  return null;
}

/** A party-and-state tag ("R-Texas", "D-N.Y.") or a relative clause ("who represents Thomas"). */
function isAside(tokens: readonly Token[], a: number, b: number): boolean {
  const t = tokens[a];
  if (!isWord(t)) return false;
  if (['who', 'which', 'whose', 'whom'].includes(t.lw)) return true;
  if (!t.cap && t.lw.endsWith('ing') && t.lw.length > 5) return true; // ", appearing on Fox News,"
  return b - a <= 3 && /^[RDI]-\p{Lu}/u.test(t.w);
}

function isHead(lw: string): boolean {
  return isRole(lw) || ORG_WORDS.has(lw) || isOrgPlural(lw) || DOC_NOUNS.has(lw);
}

/** "some Republican leaders", "many voters": a subject of its own, not an appositive. */
function startsWithQuantifier(tokens: readonly Token[], a: number): boolean {
  const t = tokens[a];
  return isWord(t) && ['some', 'many', 'most', 'several', 'few', 'all', 'both', 'other', 'others'].includes(t.lw);
}

const OBJECT_PRONOUNS = new Map([['him', 'he'], ['her', 'she'], ['them', 'they']]);
const NUMBER_WORD = /^(?:\d[\d,.]*%?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|dozens?|half|a third|third|quarter|majority|minority|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-\w+)$/;

const SPEECH_LIKE = new Set(['said', 'say', 'says', 'told', 'think', 'thinks', 'believe', 'believes']);

const FUNCTION_WORDS = new Set(['is', 'was', 'has', 'had', 'will', 'would', 'can', 'could', 'may', 'might', 'must', 'shall', 'should', 'does', 'did', 'have', 'are', 'were', 'be', 'been', 'and', 'or', 'but', 'to', 'of', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'as', 'that', 'which', 'who', 'also', 'not', 'then', 'now', 'told', 'says', 'said']);

/** A lower-case word that can sit between two names in one noun phrase ("consumer goods giant"). */
function isModifierNoun(lw: string): boolean {
  if (isRole(lw)) return true;
  return !FUNCTION_WORDS.has(lw) && !/(?:ed|ly)$/.test(lw) && /^[a-z-]+$/.test(lw);
}

const OBJECT_LIKE = new Set(['told', 'asked', 'tell', 'ask', 'to', 'with', 'for', 'than']);

/** The subject after an inverted verb: `"...," said Geoff Garin, a Democratic pollster`. */
export function subjectAfter(text: string, tokens: readonly Token[], v: number, hi: number): Mention | null {
  const t = tokens[v + 1];
  if (!isWord(t)) return null;
  if (PRONOUNS.has(t.lw)) return { kind: 'pronoun', text: t.lw, pos: t.s };
  const obj = OBJECT_PRONOUNS.get(t.lw);
  if (obj && tokens[v]?.lw === 'to') return { kind: 'pronoun', text: obj, pos: t.s }; // "according to him"
  // Scan a stretch of name words and role words up to punctuation or another word.
  let k = v + 1;
  let end = -1;
  while (k < hi && k <= v + 12) {
    const x = tokens[k];
    if (!x) break;
    if (isNameWord(x)) { end = runStartingAt(tokens, k, hi); k = end; continue; }
    // Lower-case words before the name describe it: "said tenant Omar Diaz", "said former aide Jo Ray".
    if (isWord(x) && (DETERMINERS.has(x.lw) || isRole(x.lw) || (!x.cap && (k > v + 1 || isNameWord(tokens[k + 1])) && end < 0 && /^[a-z-]+$/.test(x.lw) && !PREPOSITIONS.has(x.lw) && !STOP_DESC.has(x.lw)))) { k++; continue; }
    break;
  }
  // "the Economist Intelligence Unit's Mr Hensel": the person after the possessive speaks.
  if (end > 0 && tokens[end]?.w === "'s" && isNameWord(tokens[end + 1])) {
    const e2 = runStartingAt(tokens, end + 1, hi);
    if (e2 > end + 1) end = e2;
  }
  let m: Mention | null = null;
  // "according to a Democratic aide": the capitalised word qualifies a role noun; no one is named.
  const tail = tokens[k - 1];
  if (end > 0 && k > end && isWord(tail) && !tail.cap && isRole(tail.lw)) end = -1;
  if (end > 0) {
    const r = runEndingAt(tokens, end - 1, v + 1);
    if (r >= 0) m = mentionFromRun(text, tokens, r, end - 1, v + 1);
  }
  if (!m) return descriptionAt(text, tokens, v + 1, Math.min(hi - 1, v + 10));
  // Appositive after the name: ", a Democratic pollster working for ...".
  const comma = tokens[end];
  if (m.kind === 'name' && comma && comma.kind === 'punct' && comma.w === ',' && isWord(tokens[end + 1]) && isAppositive(tokens, end + 1, end + 4)) {
    const ws: Token[] = [];
    for (let q = end + 1; q < hi && ws.length < 12; q++) {
      const x = tokens[q];
      if (!isWord(x)) break;
      if (ws.length && (STOP_DESC.has(x.lw) || (x.lw.endsWith('ing') && x.lw.length > 5 && !x.cap))) break;
      ws.push(x);
    }
    const role = ws.filter((x, i) => !(i === 0 && (x.lw === 'a' || x.lw === 'an' || x.lw === 'the')));
    if (role.length && !m.role) m.role = joinText(text, role);
  }
  return m;
}

/**
 * The subject of a sentence: its first noun phrase after leading adverbials ("On Thursday, however,").
 * Used for participle cues ("..., calling it ...") whose subject is the main clause's.
 */
export function sentenceSubject(text: string, tokens: readonly Token[], from: number, to: number, namesOnly = false): Mention | null {
  let a = from;
  for (let guard = 0; guard < 4 && a < to; guard++) {
    const t = tokens[a];
    if (!isWord(t)) { a++; continue; }
    // Skip a leading adverbial chunk that ends in a comma.
    let c = a;
    while (c < to && c < a + 25 && !(tokens[c]?.kind === 'punct' && tokens[c]!.w === ',')) c++;
    if (['however', 'meanwhile', 'but', 'and', 'yet', 'still', 'also', 'instead', 'indeed', 'so', 'then', 'now', 'later', 'earlier', 'separately', 'today', 'yesterday', 'tonight'].includes(t.lw) || (WEEKDAYS as readonly string[]).includes(t.lw) || (MONTHS.has(t.lw) && t.cap)) {
      a++;
      if (tokens[a]?.w === ',') a++;
      continue;
    }
    const leadsWithAdverbial = PREPOSITIONS.has(t.lw) || (!t.cap && t.lw.endsWith('ing')) || /^\p{Lu}\p{Ll}+ing$/u.test(t.w) || ['asked', 'when', 'while', 'after', 'before', 'as', 'although', 'though', 'if', 'since', 'because'].includes(t.lw);
    if (leadsWithAdverbial) {
      if (c < to && tokens[c]?.w === ',') { a = c + 1; continue; }
      return null;
    }
    break;
  }
  const t = tokens[a];
  if (!isWord(t)) return null;
  if (PRONOUNS.has(t.lw)) return { kind: 'pronoun', text: t.lw, pos: t.s };
  const end = runStartingAt(tokens, a, to);
  if (end > a) {
    // "State Department spokesman John Kirby": a run, lower-case role words, then the name.
    let k2 = end;
    while (k2 < to && k2 < end + 4 && isWord(tokens[k2]) && !tokens[k2]!.cap && isModifierNoun(tokens[k2]!.lw)) k2++;
    if (k2 > end) {
      const e2 = runStartingAt(tokens, k2, to);
      if (e2 > k2) return mentionFromRun(text, tokens, k2, e2 - 1, a);
    }
    const m = mentionFromRun(text, tokens, a, end - 1, a);
    const after = tokens[end];
    if (m && after && after.kind === 'punct' && after.w === "'s") m.possessive = true; // "Kirby's claim"
    return m;
  }
  // Lower-case role words then a name: "State Department spokesman John Kirby".
  let k = a;
  while (k < to && k < a + 6 && isWord(tokens[k]) && !tokens[k]!.cap) k++;
  const end2 = runStartingAt(tokens, k, to);
  if (end2 > k && k > a && wordsOf(tokens, a, k - 1).some((x) => isRole(x.lw))) return mentionFromRun(text, tokens, k, end2 - 1, a);
  if (namesOnly) {
    // Only a plural role noun early on can make a group worth remembering ("Critics insist ...").
    let plural = false;
    for (let j = a; j < Math.min(to, a + 6); j++) if (isWord(tokens[j]) && tokens[j]!.lw.endsWith('s') && (isRole(tokens[j]!.lw) || isOrgPlural(tokens[j]!.lw))) plural = true;
    if (!plural) return null;
  }
  return descriptionAt(text, tokens, a, Math.min(to - 1, a + 12));
}
