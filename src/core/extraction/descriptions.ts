/**
 * Descriptions: the leading noun phrase that stands for a speaker when no name does ("the top US military
 * official", "the ministry", "critics"), documents ("the suit added") and their named authors ("a report
 * from X", "X's report").
 */
import { isAbbreviation, type Token } from './tokens.js';
import { isWord, joinText, type Mention } from './mention-words.js';
import { isNameWord, mentionFromRun, runEndingAt, runStartingAt } from './names.js';
import { subjectAfter } from './subjects.js';
import { AFFILIATIONS, GUESSING_MODALS, PERSON_SAYING_FORMS, isDemonym, APPROXIMATORS, AUTHORED, FINITE_VERBS, isSpeechVerb, DETERMINERS, DOC_NOUNS, isOrgKind, isOrgPlural, isRole, NOT_AGENT, NOT_NAME, ORG_WORDS, PEOPLE_PRONOUNS, PLURAL_ROLES, PREPOSITIONS, PRONOUNS, ROLE_NOUNS, SERVING_OFFICES, SOURCE_QUALIFIERS, SPEECH_LIKE, STOP_DESC, TENURE_MODIFIERS, isWeekday, PUT_OUT, WHEN_PUT_OUT, PUT_OUT_GAP_PREPOSITIONS } from './lexicon/index.js';

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
  // "the book by X", "a statement from X", "a report released Tuesday by X", "a new article in Politico".
  let j = hi + 1;
  while (j < hi + 4 && isWord(tokens[j]) && (PUT_OUT.has(tokens[j]!.lw) || WHEN_PUT_OUT.has(tokens[j]!.lw) || isWeekday(tokens[j]!.lw))) j++;
  const putOut = tokens.slice(hi + 1, j).some((t) => PUT_OUT.has(t.lw));
  if (putOut) j = byAfterPlaceOrTime(tokens, j) ?? j;
  const prep = tokens[j];
  if (isWord(prep) && (prep.lw === 'by' || prep.lw === 'from' || (prep.lw === 'in' && PUBLISHED_IN.has(head.lw)))) {
    const m = subjectAfter(text, tokens, j, Math.min(tokens.length, j + 16));
    // The name opens the phrase after the preposition ("in the Des Moines Register"), not "in a New Hampshire paper".
    const opens = tokens[j + 1]?.lw === 'the' ? tokens[j + 2] : tokens[j + 1];
    if (m && (m.kind === 'name' || m.kind === 'org') && (prep.lw !== 'in' || m.pos === opens?.s) && !(putOut && cutBeforeAnd(tokens, j + 1, m))) return possessedAuthor(text, tokens, j + 1) ?? m;
  }
  // "a recent CBS News poll", "a Justice Department memo": the body named right before the document noun.
  const named = nameBeforeDocument(text, tokens, ws, hi);
  if (named) return named;
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

/** Most lower-case words of the noun after a possessive author ("Mr Jackson's defence lawyers"). */
const MAX_POSSESSED = 3;

/**
 * "a motion by Mr Jackson's lawyers", "a letter from the firm's chief executive": the author named after "by" or
 * "from" is whom the possessive's noun names, not the possessor. That whole phrase as a description (the cast binds
 * or keeps it as the plain "Mr Jackson's lawyers said" is kept); null when no "'s" and lower-case noun follow the
 * name that opens at `a`.
 */
function possessedAuthor(text: string, tokens: readonly Token[], a: number): Mention | null {
  let k = a;
  while (k < a + 8 && (isNameWord(tokens[k]) || isAbbreviation(tokens, k) || tokens[k]?.lw === 'the')) k++;
  if (k === a || tokens[k]?.w !== "'s") return null;
  let e = k;
  while (e < k + MAX_POSSESSED && isWord(tokens[e + 1]) && !tokens[e + 1]!.cap && !PREPOSITIONS.has(tokens[e + 1]!.lw) && !isSpeechVerb(tokens[e + 1]!.lw) && !FINITE_VERBS.has(tokens[e + 1]!.lw)) e++;
  if (e === k) return null;
  return { kind: 'description', text: text.slice(tokens[a]!.s, tokens[e]!.e), pos: tokens[a]!.s };
}

/**
 * The author's name read from `from` stops right before "and" and a capitalised word ("filed by the U.S. Securities
 * and Exchange Commission" read as "U.S. Securities"): a cut name, not the author. Checked after a put-out participle
 * (where "filed" and the place or time gap reach new names); "research by the Pew Internet and American Life
 * Project" keeps its short name "Pew Internet" as before.
 */
function cutBeforeAnd(tokens: readonly Token[], from: number, m: Mention): boolean {
  const end = m.pos + m.text.length;
  let k = from;
  while (k < tokens.length && tokens[k]!.s < end) k++;
  const next = tokens[k];
  return (next?.lw === 'and' || next?.w === '&') && isWord(tokens[k + 1]) && tokens[k + 1]!.cap;
}

/** Words of the place or time phrase between a put-out participle and "by" at most ("in federal court"). */
const MAX_PUT_OUT_GAP = 3;

/**
 * "filed in Manhattan by X", "issued over the summer by X", "filed against the bank by X": the index of the "by"
 * after a short place or time phrase opening at `j` (after a put-out participle), or undefined. Only words between
 * (no punctuation, no verb): a phrase that runs into a clause is no gap.
 */
function byAfterPlaceOrTime(tokens: readonly Token[], j: number): number | undefined {
  if (!isWord(tokens[j]) || !PUT_OUT_GAP_PREPOSITIONS.has(tokens[j]!.lw)) return undefined;
  for (let g = j + 1; g <= j + 1 + MAX_PUT_OUT_GAP; g++) {
    const t = tokens[g];
    if (!isWord(t) || isSpeechVerb(t.lw) || FINITE_VERBS.has(t.lw)) return undefined;
    if (t.lw === 'by') return g > j + 1 ? g : undefined;
  }
  return undefined;
}
/** Pieces of writing whose publication follows "in" ("an article in Politico", "a report in the Des Moines Register"). */
const PUBLISHED_IN: ReadonlySet<string> = new Set(['article', 'report', 'column', 'editorial', 'op-ed', 'essay', 'story', 'piece']);

/**
 * "a recent CBS News poll", "an Associated Press count", "a Justice Department memo": the capitalised words right
 * before the document noun name the body that wrote it. Two words at least, or an acronym ("a CNN poll"): a single
 * capitalised word is as often an adjective or a place ("a Republican report", "the Iowa poll").
 */
function nameBeforeDocument(text: string, tokens: readonly Token[], ws: readonly Token[], hi: number): Mention | null {
  let a = hi;
  while (a - 1 >= 0 && a > hi - 6 && isNameWord(tokens[a - 1]) && !DETERMINERS.has(tokens[a - 1]!.lw) && ws.includes(tokens[a - 1]!)) a--;
  if (a === hi) return null;
  const words = hi - a;
  if (words < 2 && !/^\p{Lu}[\p{Lu}&]+$/u.test(tokens[a]!.w)) return null;
  const m = mentionFromRun(text, tokens, a, hi - 1, a);
  if (!m || (m.kind !== 'name' && m.kind !== 'org') || m.role || m.honorific) return null;
  return { kind: 'org', text: m.text, pos: m.pos };
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

/** "Mrs. Clinton's ...", "Mr. Obama's ...": a courtesy title, its full stop, a name and a possessive at `i`. */
export function titledPossessive(tokens: readonly Token[], i: number): boolean {
  return isAbbreviation(tokens, i + 1) && isWord(tokens[i + 2]) && tokens[i + 2]!.cap && tokens[i + 3]?.w === "'s";
}

/** The leading noun phrase of a description, cut before a participle or relative clause. */
export function descriptionAt(text: string, tokens: readonly Token[], a: number, b: number): Mention | null {
  let i = a;
  while (i <= b && isWord(tokens[i]) && ['but', 'and', 'yet', 'so', 'however', 'meanwhile', 'also', 'then', 'now'].includes(tokens[i]!.lw)) i++;
  // "As Mr Kok's report noted:": the "as" of a comment clause opens no adverbial.
  if (i < b && isWord(tokens[i]) && tokens[i]!.w === 'As') i++;
  // "About four out of 10 voters", "Sixty-six percent", "A majority of Democrats": an unnamed share.
  let q = i;
  if (isWord(tokens[q]) && APPROXIMATORS.has(tokens[q]!.lw)) q++;
  if (isWord(tokens[q]) && NUMBER_WORD.test(tokens[q]!.lw)) {
    const ws: Token[] = [];
    for (let k = i; k <= b && ws.length < 9; k++) {
      const t = tokens[k];
      if (!isWord(t) || (ws.length > 1 && (STOP_DESC.has(t.lw) || SPEECH_LIKE.has(t.lw)))) break;
      ws.push(t);
    }
    if (ws.length >= 2) return { kind: 'description', text: joinText(text, ws), pos: ws[0]!.s, document: true };
  }
  // "Some said", "Several said", "Many in the crowd said": a lone indefinite pronoun of people (`PEOPLE_PRONOUNS`), the
  // whole phrase or placed by a preposition (not "of": "Most of the Senate Republicans" is read whole below).
  // (Not "Some reports claim", "Many reports suggest": a noun after the pronoun, the verb after it; nor a modal's
  // guess, "Some will recall", "Few would argue".)
  const lone = tokens[i];
  const after = tokens[b + 1];
  const nounAfter = i === b && isWord(after) && /[^s]s$/.test(after.lw) && !['has', 'was', 'is', 'does'].includes(after.lw) && isWord(tokens[b + 2]) && isSpeechVerb(tokens[b + 2]!.lw);
  // ("Another said", "Yet another tweeted": "another" stands for a person only before a verb of saying; "Another notes
  // her summer job", "Another featured five photos" are posts or videos.)
  const thingAnother = lone?.lw === 'another' && !(isWord(after) && PERSON_SAYING_FORMS.has(after.lw)) && !(isWord(after) && after.lw.endsWith('ly') && isWord(tokens[b + 2]) && PERSON_SAYING_FORMS.has(tokens[b + 2]!.lw));
  if (isWord(lone) && PEOPLE_PRONOUNS.has(lone.lw) && !nounAfter && !thingAnother && !(isWord(after) && GUESSING_MODALS.has(after.lw)) && (i === b || (isWord(tokens[i + 1]) && tokens[i + 1]!.lw !== 'of' && PREPOSITIONS.has(tokens[i + 1]!.lw)))) {
    return { kind: 'description', text: text.slice(lone.s, tokens[placeEnd(tokens, i, b)]!.e), pos: lone.s, document: true };
  }
  // "On the eve of ...", "At least a dozen ...": an adverbial, not a subject.
  if (isWord(tokens[i]) && PREPOSITIONS.has(tokens[i]!.lw) && tokens[i]!.lw !== 'with') return null;
  // (A courtesy title with its full stop before a possessive opens the phrase: "Mrs. Clinton's campaign".)
  while (i <= b && isWord(tokens[i]) && !DETERMINERS.has(tokens[i]!.lw) && NOT_NAME.has(tokens[i]!.lw) && !titledPossessive(tokens, i)) i++;
  const ws: Token[] = [];
  for (let k = i; k <= b && ws.length < 9; k++) {
    const t = tokens[k];
    if (t && t.kind === 'punct' && t.w === "'s" && ws.length > 0) continue; // "Cameron's spokesman"
    // "Mrs. Clinton's campaign said", "Gov. Kasich's office said": an honorific's full stop is inside the phrase.
    if (t && t.w === '.' && ws.length > 0 && isAbbreviation(tokens, k)) continue;
    if (!t || t.kind !== 'word') break;
    // "the world 200m and 400m record holder": "and" between two modifiers of one head noun.
    if (t.lw === 'and' && ws.length > 0 && andJoinsModifiers(tokens, ws, k, b)) { ws.push(t); continue; }
    // "an adviser to Mr. Tam Brisk": the office's principal, by name, initials and titles with their full stops.
    if (ws.length > 0 && servesNamed(tokens, ws, k, b)) {
      let j = k + 1;
      if (tokens[j]!.lw === 'the' || tokens[j]!.lw === 'both') j++;
      const end = Math.min(runStartingAt(tokens, j, tokens.length), b + 1);
      for (let x = k; x < end; x++) if (isWord(tokens[x])) ws.push(tokens[x]!);
      k = end - 1;
      continue;
    }
    // "a person close to the Brisks", "officials familiar with the talks": the source keeps the phrase to its end.
    const qualifier = ws.length > 0 && !ws[ws.length - 1]!.cap && isRole(ws[ws.length - 1]!.lw) ? sourceQualifierAt(tokens, k, b) : 0;
    if (qualifier > 0) {
      const end = sourcePhraseEnd(tokens, k + qualifier, b);
      if (end > k + qualifier) {
        for (let j = k; j < end; j++) ws.push(tokens[j]!);
        return { kind: 'description', text: joinText(text, ws), pos: ws[0]!.s, unnamedSource: true };
      }
    }
    // A participle ends the phrase ("the official testifying before ..."), unless it qualifies the role noun right
    // after it ("the Spurs sporting director", "the retired general").
    // ("a declaration filed by X": a short put-out participle after a document ends it too.)
    const participle = (!t.cap && /(?:ing|ed)$/.test(t.lw) && t.lw.length > 5 && !isRole(t.lw) && !(ws[0]?.lw === 'the' && k < b && qualifiesOffice(tokens[k + 1]))) || (PUT_OUT.has(t.lw) && ws.length > 0 && isDocument(ws[ws.length - 1]!.lw));
    if (ws.length > 0 && (STOP_DESC.has(t.lw) || participle || (PREPOSITIONS.has(t.lw) && t.lw !== 'of' && t.lw !== 'for'))) break;
    // After its head noun a description goes on only with "of" or "for" ("Rubio's campaign sent ..." stops).
    const prevWord = ws[ws.length - 1];
    // ("the record holder", "the title winner": a compound whose last noun names a person goes on.)
    if (prevWord && !prevWord.cap && isHead(prevWord.lw) && t.lw !== 'of' && t.lw !== 'for' && !isHead(t.lw) && !PERSON_COMPOUND_HEAD.test(t.lw)) break;
    ws.push(t);
  }
  while (ws.length && (PREPOSITIONS.has(ws[ws.length - 1]!.lw) || DETERMINERS.has(ws[ws.length - 1]!.lw))) ws.pop();
  const body = bodyNamedAfterKind(text, tokens, ws, b);
  if (body) return body;
  const author = documentAuthor(text, tokens, ws, b);
  if (author) return { ...author, authored: true };
  if (!ws.some((t) => isRole(t.lw) || ORG_WORDS.has(t.lw) || isOrgPlural(t.lw))) {
    // A document ("the suit added") or any determined noun phrase ("the pitch on Kickstarter says") is an
    // anonymous source: it never binds to a person.
    const lastWord = ws[ws.length - 1];
    const doc = lastWord && DOC_NOUNS.has(lastWord.lw) && ws.length <= 4 && (!ws[0]!.cap || DETERMINERS.has(ws[0]!.lw)) ? lastWord : undefined;
    const determined = (ws.length >= 2 && (ws.length <= 6 || (ws.length <= 8 && PERSON_COMPOUND_HEAD.test(lastWord?.lw ?? ''))) && (['the', 'a', 'an', 'one', 'another', 'those', 'most', 'many', 'some', 'half', 'few', 'several'].includes(ws[0]!.lw) || /^\d/.test(ws[0]!.w)) && !ws.some((t) => PRONOUNS.has(t.lw))) || bothPlural(ws);
    // "Chinese military commentators have said", "indigenous elders say": a group of unnamed people.
    const group = ws.length <= 5 && lastWord !== undefined && (isPluralAgent(lastWord.lw) || placedPeople(tokens, ws, b)) && !ws.some((t) => PRONOUNS.has(t.lw) || STOP_DESC.has(t.lw));
    return doc || determined || group ? { kind: 'description', text: joinText(text, ws), pos: ws[0]!.s, document: true } : null;
  }
  const org = ws.some((t) => ORG_WORDS.has(t.lw)) && !ws.some((t) => isRole(t.lw) || isOrgPlural(t.lw));
  const plural = !org && ws.some((t) => isOrgPlural(t.lw)) && !ws.some((t) => isRole(t.lw));
  return { kind: org ? 'org' : 'description', text: joinText(text, ws), pos: ws[0]!.s, ...(plural ? { document: true } : {}) };
}
/**
 * "whale rescue group Project Jonah", "local group Victims and Citizens Against Crime": a lower-case kind of body
 * right before a name that runs to the end of the phrase (or to punctuation) is that body, by name. A name that
 * stops inside the phrase is the subject of a clause of its own ("the firm John Smith founded said").
 */
function bodyNamedAfterKind(text: string, tokens: readonly Token[], ws: readonly Token[], b: number): Mention | null {
  const head = ws[ws.length - 1];
  if (!head || head.cap || !(ORG_WORDS.has(head.lw) || isOrgKind(head.lw)) || ws.some((t) => PRONOUNS.has(t.lw))) return null;
  const k = indexNear(tokens, head, b, 12);
  if (k < 0 || !isNameWord(tokens[k + 1])) return null;
  const end = runStartingAt(tokens, k + 1, tokens.length);
  const after = tokens[end];
  if (end - 1 !== b && !(after && after.kind === 'punct' && /^[,.;:)—–]$/.test(after.w))) return null;
  const m = mentionFromRun(text, tokens, k + 1, end - 1, k + 1);
  if (!m || (m.kind !== 'name' && m.kind !== 'org') || m.role || m.honorific) return null;
  return { kind: 'org', text: m.text, pos: m.pos };
}

/**
 * "an adviser to both Brisks", "aides to Mr. Tolver", "a spokesman for Mayor Ada G. Brisk": "to" or "for" after an
 * office held for somebody (`SERVING_OFFICES`), before a name, says whom the office serves, so the description goes
 * on through the name (elsewhere "to" ends it: "the official to speak").
 */
function servesNamed(tokens: readonly Token[], ws: readonly Token[], k: number, b: number): boolean {
  const prev = ws[ws.length - 1];
  if ((tokens[k]?.lw !== 'to' && tokens[k]?.lw !== 'for') || !prev || !(SERVING_OFFICES.has(prev.lw) || SERVING_OFFICES.has(prev.lw.replace(/s$/, '')))) return false;
  let j = k + 1;
  if (isWord(tokens[j]) && (tokens[j]!.lw === 'the' || tokens[j]!.lw === 'both')) j++;
  return j <= b && isNameWord(tokens[j]);
}

/** Length of the source qualifier ("close to", "familiar with") that opens at `k`, or 0. */
function sourceQualifierAt(tokens: readonly Token[], k: number, b: number): number {
  for (const q of SOURCE_QUALIFIERS) if (k + q.length - 1 <= b && q.every((w, i) => isWord(tokens[k + i]) && tokens[k + i]!.lw === w)) return q.length;
  return 0;
}

/**
 * Where the noun phrase after a source qualifier ends: the end of the subject span, a clause word ("who", "said"),
 * or punctuation; at most `MAX_SOURCE_PHRASE` words ("close to the Brisk family's business dealings").
 */
function sourcePhraseEnd(tokens: readonly Token[], from: number, b: number): number {
  let j = from;
  while (j <= b && j < from + MAX_SOURCE_PHRASE) {
    const t = tokens[j];
    if (t && t.kind === 'punct' && t.w === "'s") { j++; continue; }
    if (!isWord(t) || STOP_DESC.has(t.lw) || SPEECH_LIKE.has(t.lw)) break;
    j++;
  }
  while (j > from && (PREPOSITIONS.has(tokens[j - 1]!.lw) || DETERMINERS.has(tokens[j - 1]!.lw))) j--;
  return j;
}

/** Words of a source qualifier's noun phrase at most (the corpus cases need 2 to 5). */
const MAX_SOURCE_PHRASE = 8;

/** A lower-case singular office noun ("director", "general"), which a participle before it may qualify. */
function qualifiesOffice(t: Token | undefined): boolean {
  return isWord(t) && !t.cap && ROLE_NOUNS.has(t.lw) && !PLURAL_ROLES.has(t.lw) && !/[^s]s$/.test(t.lw);
}

/**
 * "Both men", "Both sides", "both countries": "both" and one lower-case plural noun, a pair of unnamed speakers. (Not
 * "both up for ...", "both oppose ...", "Both the Cruz and Trump camps", "both Democrats on the ticket": a verb, a
 * determiner or a capitalised word after "both" is no such pair.)
 */
function bothPlural(ws: readonly Token[]): boolean {
  const noun = ws[1];
  return ws.length === 2 && ws[0]!.lw === 'both' && noun !== undefined && !noun.cap && (/\p{Ll}[^s]s$/u.test(noun.w) || noun.lw === 'men' || noun.lw === 'women');
}

/**
 * "Democrats in Iowa who watched the debate", "Conservatives in parliament": a capitalised plural alone, placed by
 * "in" or "at" right after it, is a group of people by their party or nation (a bare "Democrats said" is
 * read as a name elsewhere; the place cut it from that reading).
 */
function placedPeople(tokens: readonly Token[], ws: readonly Token[], b: number): boolean {
  const only = ws[0]!;
  if (ws.length !== 1 || !only.cap || !/\p{Ll}[^s]s$/u.test(only.w) || !(AFFILIATIONS.has(only.lw) || isDemonym(only.lw.slice(0, -1)))) return false;
  const k = indexNear(tokens, only, b, 12);
  const next = tokens[k + 1];
  return k >= 0 && k < b && isWord(next) && (next.lw === 'in' || next.lw === 'at');
}

/**
 * The last token of the place after a lone pronoun at `i` ("Many in the crowd", "some on Twitter"): words up to `b`, at
 * most five, stopping before a verb, a relative or punctuation ("Democrats in Iowa who watched ..."); `i` when none.
 */
function placeEnd(tokens: readonly Token[], i: number, b: number): number {
  let k = i;
  while (k < b && k < i + 5) {
    const t = tokens[k + 1];
    if (!isWord(t) || STOP_DESC.has(t.lw) || FINITE_VERBS.has(t.lw) || isSpeechVerb(t.lw) || (!t.cap && /ed$/.test(t.lw))) break;
    k++;
  }
  while (k > i && (PREPOSITIONS.has(tokens[k]!.lw) || DETERMINERS.has(tokens[k]!.lw))) k--;
  return k;
}

/** A plural agent noun ("commentators", "elders", "technologists"), not a thing ("numbers", "papers"). */
function isPluralAgent(lw: string): boolean {
  return /(?:ers|ors|ists|ians|ants|ents|ees)$/.test(lw) && !NOT_AGENT.has(lw.slice(0, -1));
}

/** Agent nouns that end a compound after another noun ("record holder", "title winner", "rule breaker"). */
const PERSON_COMPOUND_HEAD = /^[a-z]+(?:holder|winner|keeper|owner|maker|setter|breaker)$|^(?:holder|winner|keeper|owner|maker|setter|breaker)$/;

/**
 * "and" at `k` joins two modifiers of one head noun that follows within three words ("200m and 400m record holder",
 * "the Russian and Syrian defense ministries": a body's or a document's noun is a head too).
 */
function andJoinsModifiers(tokens: readonly Token[], ws: readonly Token[], k: number, b: number): boolean {
  const prev = ws[ws.length - 1]!;
  // ("Current and former officials", "past and present members": two tenures of one office need no determiner.)
  if (ws.length === 1 && TENURE_MODIFIERS.has(prev.lw) && isWord(tokens[k + 1]) && TENURE_MODIFIERS.has(tokens[k + 1]!.lw)) return true;
  if (!DETERMINERS.has(ws[0]!.lw) || isHead(prev.lw)) return false;
  for (let j = k + 1; j <= Math.min(b, k + 4); j++) {
    const t = tokens[j];
    if (!isWord(t) || STOP_DESC.has(t.lw) || PREPOSITIONS.has(t.lw)) return false;
    if (j > k + 1 && !t.cap && (isHead(t.lw) || /(?:er|ist|ian|or)$/.test(t.lw))) return true;
  }
  return false;
}

function isHead(lw: string): boolean {
  return isRole(lw) || ORG_WORDS.has(lw) || isOrgPlural(lw) || DOC_NOUNS.has(lw);
}


const NUMBER_WORD = /^(?:\d[\d,.]*%?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|dozens?|half|a third|third|quarter|majority|minority|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-\w+)$/;

