/**
 * What an article states about a name where it writes it, read before attribution (the entity model of issue 13):
 * the role of an appositive after the name ("Brian Gammage, vice-president of research at Gartner,") or before it
 * ("the shadow chancellor, Oliver Letwin,"), and the kind of body written before an organisation's name
 * ("bookmaker William Hill", "brokerage Kotak"). Each reader looks at a bounded window of tokens: linear overall.
 */
import { apostropheAfterPlural, type Token } from './tokens.js';
import { isTitleStop, isWord, joinText } from './mention-words.js';
import { officeOfRelative } from './gate.js';
import { officeOfPlace } from './names.js';
import { COURTESY, isGrammaticalArticle, isPersonRelative, NOT_NAME, OFFICE_BODY_JOINERS, ORG_WORDS, SENTENCE_CONJUNCTIONS, isHyphenatedTitle, isKindBeforeName, isRole, PLURAL_ROLES, POST_NOMINALS, ABBREVIATIONS, POSSESSIVE_DETERMINERS, PREPOSITIONS, RELATIVE_ADVERBS, ROLE_TRAILING_WORDS, ROLE_NOUNS, ROLE_CLAUSE_VERBS, OWNER_PRONOUNS, isRelationWord, CONTEST_RELATIONS, KIN_GENDER, KIN_QUALIFIERS, ROLE_QUALIFIERS, STOP_DESC, isSpeechVerb, TIME_WORDS, isWeekday, isPortfolioWord, isPortfolioJoiner } from './lexicon/index.js';

/** A role stated beside a name: the words as written (no article) and the head office noun ("chancellor"). */
export interface StatedRole {
  text: string;
  head: string;
}

/** Longest appositive read, in words. */
const MAX_APPOSITIVE = 12;

/** A role noun naming one person ("chancellor", "vice-president"), not a plural ("officials"). */
function isSingularRole(lw: string): boolean {
  if (PLURAL_ROLES.has(lw)) return false;
  return ROLE_NOUNS.has(lw) || isHyphenatedTitle(lw);
}

/**
 * Token `k` marks a possessive: "'s", or the apostrophe after a plural in -s ("Registrars' spokesman, NAME,": the
 * tokenizer writes it "'s" only where a name follows it, `apostropheAfterPlural`).
 */
function isPossessiveMark(ts: readonly Token[], k: number): boolean {
  const t = ts[k];
  if (!t) return false;
  if (t.w === "'s") return true;
  return (t.w === "'" || t.w === '’') && t.kind === 'punct' && apostropheAfterPlural(ts[k - 1], t.s);
}

/** Punctuation that closes an appositive. */
function closesAppositive(t: Token | undefined): boolean {
  return t === undefined || t.kind === 'quote' || (t.kind === 'punct' && /^[,.;:)—–]$/.test(t.w));
}

/**
 * The head office noun of role words: the last singular role noun before the first preposition or possessive
 * ("vice-president" of "vice-president of research at Gartner"), or undefined when there is none, or when the
 * phrase is a clause rather than a role (a verb, a relative pronoun, an -ing word before the head).
 */
function headOf(ws: readonly Token[]): string | undefined {
  let head: string | undefined;
  for (const [i, t] of ws.entries()) {
    if (PREPOSITIONS.has(t.lw) || t.w === "'s") break;
    if (STOP_DESC.has(t.lw)) return undefined;
    if (!t.cap && /ing$/.test(t.lw) && t.lw.length > 5 && !isRole(t.lw) && !modifiesOffice(t, ws[i + 1])) return undefined;
    if (!t.cap && isSingularRole(t.lw)) head = t.lw;
    else if (head && !t.cap && isRole(t.lw)) return undefined; // "the minister's officials": a plural after the head
  }
  return head;
}

/**
 * An -ing word that qualifies the office right after it ("managing director", "acting chairman"), where an -ing
 * word elsewhere makes the phrase a clause ("speaking at the conference").
 */
function modifiesOffice(t: Token, next: Token | undefined): boolean {
  return !t.cap && t.lw.endsWith('ing') && isWord(next) && !next.cap && isSingularRole(next.lw);
}

/**
 * Words of the appositive from `k` up to its closing punctuation, or null when none closes it in time. When none
 * does, a verb of speech ("said", "says", "told") after an office closes it: the writer left out the comma ("Chris
 * Panayis, managing director of ISP Freedom2surf said that ..."; `closedByCue`, for an appositive opened without an
 * article).
 */
function appositiveWords(ts: readonly Token[], k: number, closedByCue: boolean, atRelative = false, readsTitledName = false): Token[] | null {
  const ws: Token[] = [];
  let cue = -1;
  let titled = false;
  for (let j = k; j < ts.length && ws.length <= MAX_APPOSITIVE; j++) {
    const t = ts[j]!;
    // "NAME, a former aide to Sen. Ted Cruz,": the title's stop is no end; the principal's name is read with the office.
    if (readsTitledName && isTitleStop(ts, j)) {
      titled = true;
      continue;
    }
    // "a veteran staffer for Sen. Kirsten Gillibrand (D-N.Y.),": a bracket after the principal's name holds the
    // principal's party and state, and the appositive ends before it.
    if (titled && t.w === '(') return ws;
    // ("a former senior adviser to Mr. Lowe who is now ...": a relative clause after the principal ends the office.)
    if (titled && isWord(t) && isPersonRelative(t.lw)) return ws;
    if (closesAppositive(t)) return ws;
    if (t.kind === 'punct') {
      // "vice-president of Smith & Sons": a joining mark inside the phrase; anything else ends it unread.
      if (t.w === '&' || t.w === "'s") continue;
      return cue >= 0 ? ws.slice(0, cue) : null;
    }
    if (closedByCue && cue < 0 && !t.cap && ROLE_CLAUSE_VERBS.has(t.lw) && isSpeechVerb(t.lw) && headOf(ws) !== undefined) cue = ws.length;
    // "NAME, a Republican activist who was campaigning for ...": a relative clause right after the office noun
    // says what the holder did, and the office ends before it (read whether or not a comma closes the clause).
    if (atRelative && isPersonRelative(t.lw) && ws.length > 0 && headOf(ws) === ws.at(-1)!.lw) return ws;
    ws.push(t);
  }
  if (ts.length - k <= MAX_APPOSITIVE) return ws;
  return cue >= 0 ? ws.slice(0, cue) : null;
}

/**
 * "NAME, a senior military analyst at Stratfor," / "NAME, vice-president of research at Gartner.": the role an
 * appositive right after the name (ending at token `end`, exclusive) states, or undefined. `cutAtRelative`: an
 * office right before "who"/"whose"/"whom" ends there (false where an office before the name is read instead).
 */
export function roleAfterName(text: string, ts: readonly Token[], end: number, cutAtRelative = true): StatedRole | undefined {
  if (ts[end]?.w !== ',') return undefined;
  let k = end + 1;
  const first = ts[k];
  if (!isWord(first)) return undefined;
  if (first.lw === 'who') return roleOfRelativeClause(text, ts, k + 1);
  const determined = isGrammaticalArticle(first.lw);
  if (determined) k++;
  else if (first.cap) return bodyOfficeAfterName(text, ts, k) ?? possessiveOfficeAfterName(text, ts, k);
  // Without an article the appositive opens with an office or its qualifier ("chairman of", "former aide").
  else if (!(isRole(first.lw) || isHyphenatedTitle(first.lw) || ROLE_QUALIFIERS.has(first.lw) || modifiesOffice(first, ts[k + 1]))) return undefined;
  // (Not after an article: "Echoing Condoleezza Rice, the prime minister said ..." is the sentence's subject.)
  // Read through a titled principal's name first; a phrase too long that way is read to the title, as before.
  const ws = appositiveWords(ts, k, !determined, cutAtRelative, true) ?? appositiveWords(ts, k, !determined, cutAtRelative);
  if (!ws || ws.length === 0) return undefined;
  const head = headOf(ws);
  if (!head) return undefined;
  return { text: withPortfolio(text, ts, k, ws), head };
}

/** Longest portfolio read after an office, in words ("Technology and Intellectual Property"). */
const MAX_PORTFOLIO = 8;

/**
 * "NAME, senior vice president, Technology and Intellectual Property,", "NAME, Secretary of State for Culture, Media
 * and Sport,": the appositive's words (from token `k`) and, when it ends in an office or a portfolio word and a comma
 * follows, the capitalised portfolio written after that comma (`isPortfolioWord`, joined by "and" or "&", closed by
 * punctuation or a verb of speech), as one role.
 */
function withPortfolio(text: string, ts: readonly Token[], k: number, ws: readonly Token[]): string {
  const last = ws.at(-1)!;
  let e = k;
  while (e < k + 2 * MAX_APPOSITIVE && ts[e] !== last) e++;
  if (ts[e] !== last || ts[e + 1]?.w !== ',' || !(isRole(last.lw) || isPortfolioWord(last))) return joinText(text, ws);
  let j = e + 2;
  let end = -1;
  for (; j < ts.length && j < e + 2 + MAX_PORTFOLIO; j++) {
    const t = ts[j]!;
    if (isWord(t) && isPortfolioWord(t)) end = j;
    else if (!isPortfolioJoiner(t) || end < 0) break;
  }
  const after = ts[end + 1];
  if (end < 0 || !(closesAppositive(after) || (isWord(after) && isSpeechVerb(after.lw)))) return joinText(text, ws);
  return text.slice(ws[0]!.s, ts[end]!.e);
}

/** Longest body's name read after "NAME of", in words. */
const MAX_BODY_AFTER_NAME = 8;

/**
 * "NAME of the CBI," / "said NAME of Human Rights Watch." / "NAME of the Fabian Society said": the body a person is
 * written with by "of" right after the name, with no office stated (an affiliation: the person speaks for it). The
 * body is a capitalised run (joined by "of", "for", "and", "&") that an organisation word makes a body, or one
 * acronym of three to six capitals ("CBI", "NAACP"); it ends the clause (punctuation, a quote, the end) or is followed
 * by "who" or a verb of speech. A place ("Ted Cruz of Texas", "NAME of London") names no body, nor a lower-case
 * word after the run ("NAME of the Post newsroom staff" is no affiliation read here).
 */
export function bodyAfterName(text: string, ts: readonly Token[], end: number): string | undefined {
  const of = ts[end];
  if (!isWord(of) || of.w !== 'of') return undefined;
  let k = end + 1;
  if (ts[k]?.w === 'the') k++;
  const start = k;
  let last = -1;
  while (k < ts.length && k < start + MAX_BODY_AFTER_NAME) {
    const t = ts[k]!;
    if (t.kind === 'word' && t.cap) {
      last = k++;
      continue;
    }
    if (t.kind === 'word' && !t.cap && OFFICE_BODY_JOINERS.has(t.lw) && last === k - 1 && ts[k + 1]?.kind === 'word' && ts[k + 1]!.cap) {
      k++;
      continue;
    }
    break;
  }
  if (last < start) return undefined;
  const after = ts[last + 1];
  if (!(closesAppositive(after) || (isWord(after) && (after.lw === 'who' || isSpeechVerb(after.lw))))) return undefined;
  const run = ts.slice(start, last + 1);
  const acronym = run.length === 1 && /^\p{Lu}{3,6}$/u.test(run[0]!.w);
  if (!acronym && !run.some((t) => ORG_WORDS.has(t.lw))) return undefined;
  return joinText(text, run);
}

/**
 * "NAME, who chairs the Transport Select Committee," / "NAME, who is chairman of the public accounts committee,": the
 * office a relative clause right after the name states, read as the inverted cue's appositive is (`officeOfRelative`:
 * a verb of office and its object, "serves as" and an office) or, after "is", an office as an appositive states it
 * (a role noun heads it: "who is Catholic", "who is visiting China", "who is in charge of ..." state none).
 */
function roleOfRelativeClause(text: string, ts: readonly Token[], k: number): StatedRole | undefined {
  let ws = appositiveWords(ts, k, false);
  if (!ws || ws.length < 2) return undefined;
  // A full stop after a title is no end ("who served as labor secretary during Mr. Obama's ..."): the clause is unread.
  let c = k;
  while (c < ts.length && ts[c] !== ws.at(-1)) c++;
  const close = ts[c + 1];
  if (close?.w === '.' && ABBREVIATIONS.has(ws.at(-1)!.lw)) return undefined;
  // The clause's own next verb after "and"/"but" ends the office ("who created TV Go Home in 1999 and has co-written
  // ..."); any other finite verb makes the object a clause of its own ("who headed the record company Joy Division
  // were signed to"), which states no office.
  const verb = ws.findIndex((t, j) => j > 0 && !t.cap && ROLE_CLAUSE_VERBS.has(t.lw) && !(j === 1 && t.lw === 'is'));
  if (verb >= 0 && !(ws[verb - 1]!.lw === 'and' || ws[verb - 1]!.lw === 'but')) return undefined;
  if (verb >= 0) ws = ws.slice(0, verb);
  while (ws.length && ROLE_TRAILING_WORDS.has(ws.at(-1)!.lw)) ws = ws.slice(0, -1);
  // A possessive pronoun makes the office somebody else's relation ("at her father's company"), and a number other than
  // a year a standing, not an office ("who leads Bernie Sanders 1.3 million votes to ...").
  if (ws.length < 2 || ws.some((t) => POSSESSIVE_DETERMINERS.has(t.lw) && t.lw !== 'its') || ws.some((t) => /^\p{N}/u.test(t.w) && !/^(1[89]|20)\d\d$/.test(t.w))) return undefined;
  let i = 0;
  while (i < ws.length && RELATIVE_ADVERBS.has(ws[i]!.lw)) i++;
  if (ws[i]?.lw === 'is') {
    let j = i + 1;
    while (j < ws.length && RELATIVE_ADVERBS.has(ws[j]!.lw)) j++;
    if (isWord(ws[j]) && isGrammaticalArticle(ws[j]!.lw)) j++;
    const office = ws.slice(j);
    if (office.length === 0) return undefined;
    const head = headOf(office);
    return head ? { text: joinText(text, office), head } : undefined;
  }
  // The words as written, so a possessive stays with its name ("who served as Mitt Romney's chief strategist").
  // ("who represents Thomas": a lawyer's client or a member's seat, no office a role question asks by; the lawyer
  // named as one elsewhere keeps that role.)
  if (ws[i]?.lw === 'represents' || ws[i]?.lw === 'represented') return undefined;
  const role = officeOfRelative(['who', ...joinText(text, ws).split(' ')]);
  if (!role) return undefined;
  const head = headOf(ws.slice(i)) ?? role.replace(/^former /, '').split(' ')[0]!;
  return { text: role, head };
}

/**
 * "NAME, Washington State Department of Health public information officer,": an appositive that opens with a body's
 * capitalised name and ends in lower-case words closing on a singular office noun, then punctuation. The body's
 * words are capitalised or join them ("of", "for", "and", "&"); the office noun ends the phrase, so a list of names
 * ("NAME, Ada Holt and the mayor") or a place ("NAME, London,") states no role.
 */
function bodyOfficeAfterName(text: string, ts: readonly Token[], k: number): StatedRole | undefined {
  const ws = appositiveWords(ts, k, false);
  if (!ws || ws.length < 2) return undefined;
  const lower = ws.findIndex((t) => !t.cap && !OFFICE_BODY_JOINERS.has(t.lw));
  if (lower <= 0 || ws.slice(lower).some((t) => t.cap) || ws.some((t) => t.cap && NOT_NAME.has(t.lw))) return undefined;
  const head = headOf(ws.slice(lower));
  if (!head || ws.at(-1)!.lw !== head) return undefined;
  return { text: withPortfolio(text, ts, k, ws), head };
}

/** Longest possessor read before an office after the name, in capitalised words ("Mr. Netanyahu", "The Marwick Herald"). */
const MAX_POSSESSOR = 4;

/**
 * "NAME, Mr. Netanyahu's former national security adviser,", "NAME, Time's Assistant Managing Editor,": an appositive
 * that opens with a possessor (a courtesy title and its stop, then up to four capitalised words, no pronoun or time
 * word) and its possessive mark, then the office, closed by punctuation: lower-case words ending in a singular office
 * noun that heads them, or a capitalised title every word of which is an office word or its qualifier. The words as
 * written are the role, so the possessive stays with its name (as "Carter's press secretary, NAME," keeps it).
 */
function possessiveOfficeAfterName(text: string, ts: readonly Token[], k: number): StatedRole | undefined {
  let j = k;
  if (isWord(ts[j]) && COURTESY.has(ts[j]!.lw) && ts[j + 1]?.w === '.') j += 2;
  const from = j;
  while (j < from + MAX_POSSESSOR && isWord(ts[j]) && ts[j]!.cap && !NOT_NAME.has(ts[j]!.lw)) j++;
  if (j === from || !isPossessiveMark(ts, j)) return undefined;
  const office: Token[] = [];
  for (j++; j < ts.length && office.length <= MAX_APPOSITIVE && isWord(ts[j]); j++) office.push(ts[j]!);
  if (office.length === 0 || office.length > MAX_APPOSITIVE || !closesAppositive(ts[j])) return undefined;
  const last = office.at(-1)!;
  if (!isSingularRole(last.lw)) return undefined;
  if (office.every((t) => !t.cap)) {
    if (headOf(office) !== last.lw) return undefined;
  } else if (!office.every((t) => t.cap && (isRole(t.lw) || ROLE_QUALIFIERS.has(t.lw) || /ing$/.test(t.lw)))) return undefined; // "Assistant Managing Editor"
  return { text: text.slice(ts[k]!.s, last.e), head: last.lw };
}

/**
 * "the shadow chancellor, NAME," / "The leader of Ennahda, NAME,": the role a description right before the name
 * states, when the name (tokens `from`..`end`, exclusive, role words included) is closed by punctuation.
 */
export function roleBeforeName(text: string, ts: readonly Token[], from: number, end: number): StatedRole | undefined {
  // "The new chairman of the Bar Council, Guy Mansfield QC warned": a post-nominal closes the name as a comma would.
  if (ts[from - 1]?.w !== ',' || !(closesAppositive(ts[end]) || POST_NOMINALS.has(ts[end - 1]?.w ?? ''))) return undefined;
  // Back to the start of the phrase (punctuation or the paragraph's start), over at most MAX_APPOSITIVE words.
  // A possessive inside the phrase ("Carter's press secretary") is read on: it names whose office it is.
  let a = from - 2;
  while (a > 0 && a > from - 2 - MAX_APPOSITIVE && (isWord(ts[a - 1]) || isPossessiveMark(ts, a - 1))) a--;
  const before = ts[a - 1];
  // A closing quote ends the sentence before: '..." Scottish Conservative leader, NAME, said'.
  if (before && before.kind !== 'quote' && !(before.kind === 'punct' && /^[,.:;!?—–]$/.test(before.w))) return undefined;
  // "But director of the Victims of Crime Trust, NAME,": a conjunction opens the sentence, not the description.
  if (isWord(ts[a]) && SENTENCE_CONJUNCTIONS.has(ts[a]!.lw) && a < from - 2) a++;
  // "Yesterday Argentina's economy minister, NAME,": a time word opening the sentence is no part of the description.
  if (isWord(ts[a]) && TIME_WORDS.has(ts[a]!.lw) && a < from - 2) a++;
  const sentenceStart = !before || before.kind === 'quote' || /^[.:;!?]$/.test(before.w);
  // The description opens with an article ("the shadow chancellor", "The leader of Ennahda") or, without one,
  // with a lower-case office ("director of the Victims of Crime Trust").
  const det = ts[a];
  if (!isWord(det)) return undefined;
  const article = isGrammaticalArticle(det.lw);
  const ws: Token[] = [];
  for (let j = article ? a + 1 : a; j <= from - 2; j++) ws.push(ts[j]!);
  if (ws.length === 0 || (ws[0]!.cap && ws.length === 1)) return undefined;
  const poss = ws.findIndex((t, k) => isPossessiveMark(ws, k));
  if (poss >= 0) {
    // "Carter's press secretary, NAME," / "The club's managing director, NAME,": one possessor opening a sentence,
    // then lower-case words ending in the office. The possessor is a name of up to four capitalised words ("The
    // Scottish Green Party's", "The United Nations'"), or after an article one noun ("The club's"); never a pronoun or
    // a time word.
    const possessor = ws.slice(0, poss);
    if (!sentenceStart || poss === 0 || poss > 4 || possessor.some((t) => !isWord(t) || NOT_NAME.has(t.lw))) return undefined;
    if (!(article && poss === 1) && possessor.some((t) => !t.cap)) return undefined;
    const office = ws.slice(poss + 1);
    if (office.length === 0 || office.some((t, k) => !isWord(t) || isPossessiveMark(office, k))) return undefined;
    const head = headOf(office);
    if (!head || office.at(-1)!.lw !== head) return undefined;
    return { text: joinText(text, ws), head };
  }
  // "Scottish Conservative leader, NAME,": capitalised qualifiers opening a sentence, ending in the office.
  if (!article && (det.cap || !isSingularRole(det.lw))) {
    // Never a determiner, a pronoun or a time word ("His rival", "One voter", "Yesterday"): those are no qualifiers.
    if (!det.cap || !sentenceStart || ws.length < 2 || ws.some((t) => NOT_NAME.has(t.lw))) return undefined;
    const head = headOf(ws);
    if (!head || ws.at(-1)!.lw !== head || ws.slice(0, -1).some((t) => !t.cap)) return undefined;
    return { text: joinText(text, ws), head };
  }
  // "the Archbishop of Canterbury, Dr Rowan Williams,": a capitalised office of a place names the holder's office.
  if (article && officeOfPlace(ws)) return { text: joinText(text, ws), head: ws[0]!.lw };
  const head = headOf(ws);
  if (!head) return undefined;
  return { text: joinText(text, ws), head };
}

/** Longest office read between a possessive pronoun and the name ("her senior policy adviser"), in words. */
const MAX_OWNED_OFFICE = 4;

/** An office before a name whose owner a possessive pronoun points at: the pronoun, where it stands, the office. */
export interface OwnedOffice {
  pronoun: string;
  pos: number;
  office: StatedRole;
  /** A side of a contest ("her rival"): a role only with its owner named. */
  ownerNeeded: boolean;
}

/**
 * "his campaign manager, NAME," / "Its lawyer, NAME,": a possessive pronoun (`OWNER_PRONOUNS`), then lower-case words
 * ending in the singular office that heads them, a comma, and the name (tokens `from`..`end`) closed by punctuation.
 * The office belongs to the person or body the pronoun points at (resolved by the cast, which knows who was named
 * before); a relation ("his wife, NAME", "her pastor father") is kin, no office, and is not read.
 */
export function pronounOfficeBeforeName(text: string, ts: readonly Token[], from: number, end: number): OwnedOffice | undefined {
  const found = officeBeforeNameComma(ts, from, end);
  const pronoun = found ? ts[found.at] : undefined;
  if (!found || !isWord(pronoun) || !OWNER_PRONOUNS.has(pronoun.lw)) return undefined;
  return { pronoun: pronoun.lw, pos: pronoun.s, office: { text: joinText(text, found.office), head: found.head }, ownerNeeded: CONTEST_RELATIONS.has(found.head) };
}

/**
 * The office written right before "NAME," (tokens `from`..`end`, the name closed by punctuation): up to
 * `MAX_OWNED_OFFICE` lower-case words ending in the singular office that heads them, no kin among them, and `at`, the
 * token before them (where the owner is written: a pronoun, a possessive mark).
 */
function officeBeforeNameComma(ts: readonly Token[], from: number, end: number): { at: number; office: Token[]; head: string } | undefined {
  if (ts[from - 1]?.w !== ',' || !(closesAppositive(ts[end]) || POST_NOMINALS.has(ts[end - 1]?.w ?? ''))) return undefined;
  let a = from - 2;
  while (a >= from - 1 - MAX_OWNED_OFFICE && isWord(ts[a]) && !ts[a]!.cap && !POSSESSIVE_DETERMINERS.has(ts[a]!.lw)) a--;
  if (a === from - 2) return undefined;
  const office = ts.slice(a + 1, from - 1);
  const head = ownedOfficeHead(office);
  return head ? { at: a, office, head } : undefined;
}

/** The singular office closing and heading `office` (lower-case words, no kin among them), or undefined. */
function ownedOfficeHead(office: readonly Token[]): string | undefined {
  const last = office.at(-1);
  if (!last || office.some((t) => !isWord(t) || t.cap || isRelationWord(t.lw))) return undefined;
  return isSingularRole(last.lw) && headOf(office) === last.lw ? last.lw : undefined;
}

/**
 * "His spokesman Dale Hume said", "according to her coach Ann Vell": the lower-case office a run of role
 * words before a name holds (tokens `from`..`name`, as the cast's run reader walked back over them), right after a
 * possessive pronoun (`OWNER_PRONOUNS`; capitalised, the run reader took it in at `from`). The owner is resolved as for
 * "his OFFICE, NAME," (`pronounOfficeBeforeName`); kin ("His mother NAME") is no office and is not read.
 */
export function pronounOfficeInRun(text: string, ts: readonly Token[], from: number, name: number): OwnedOffice | undefined {
  const at = ts[from]?.cap ? from : from - 1;
  const pronoun = ts[at];
  if (!isWord(pronoun) || !OWNER_PRONOUNS.has(pronoun.lw) || name - at - 1 < 1 || name - at - 1 > MAX_OWNED_OFFICE) return undefined;
  const office = ts.slice(at + 1, name);
  const head = ownedOfficeHead(office);
  if (!head) return undefined;
  return { pronoun: pronoun.lw, pos: pronoun.s, office: { text: joinText(text, office), head }, ownerNeeded: CONTEST_RELATIONS.has(head) };
}

/**
 * "Tuesday night, Sanders's campaign manager, NAME, appeared", "a letter to Varia's president, NAME,": a possessor
 * (up to four capitalised words, after an article or no capitalised word) and lower-case words ending in the singular
 * office that heads them, a comma, and the name closed by punctuation, anywhere in a sentence (`roleBeforeName` reads
 * the phrase only where it opens one). Not a list's next member ("NAME, Carter's press secretary, NAME": the office
 * is the first name's), not kin ("Varia's eldest daughter, NAME").
 */
export function possessorOfficeBeforeName(text: string, ts: readonly Token[], from: number, end: number): StatedRole | undefined {
  const found = officeBeforeNameComma(ts, from, end);
  if (!found || !isPossessiveMark(ts, found.at)) return undefined;
  const a = found.at;
  let p = a;
  while (p > a - MAX_POSSESSOR && isWord(ts[p - 1]) && ts[p - 1]!.cap && !NOT_NAME.has(ts[p - 1]!.lw)) p--;
  const before = ts[p - 1];
  if (p === a || (isWord(before) && before.cap && !isGrammaticalArticle(before.lw))) return undefined;
  // (A weekday before the comma opens the sentence: "On Tuesday, Varia's president, NAME,".)
  if (before?.w === ',' && isWord(ts[p - 2]) && ts[p - 2]!.cap && !isWeekday(ts[p - 2]!.lw)) return undefined;
  return { text: joinText(text, ts.slice(p, from - 1)), head: found.head };
}

/**
 * "His wife Sharon, who also appears ...", "Clinton's husband, Bill, effectively ...": one capitalised word (token `i`,
 * the run ending at `end`) right after a kin word that states a sex (`KIN_GENDER`), the kin owned by a possessive
 * pronoun or a possessor, up to two qualifiers between ("her late husband"): a given name written alone, a person
 * of the article. Returns the sex the kin word states and the token where the owner starts (the pronoun, or the
 * possessor's first capitalised word); undefined when the word is not so introduced. With a comma before the name, the
 * name closes an appositive (", Bill,").
 */
export function kinBeforeGivenName(ts: readonly Token[], i: number, end: number): { gender: 'm' | 'f'; owner: number } | undefined {
  let k = i - 1;
  if (ts[k]?.w === ',') {
    if (!closesAppositive(ts[end])) return undefined;
    k--;
  }
  const kin = ts[k];
  if (!isWord(kin) || kin.cap) return undefined;
  const gender = KIN_GENDER.get(kin.lw.replace(/^ex-/, ''));
  if (!gender) return undefined;
  let a = k - 1;
  while (a >= k - 2 && isWord(ts[a]) && !ts[a]!.cap && KIN_QUALIFIERS.has(ts[a]!.lw)) a--;
  const owner = ts[a];
  if (isWord(owner) && POSSESSIVE_DETERMINERS.has(owner.lw)) return { gender, owner: a };
  if (!isPossessiveMark(ts, a)) return undefined;
  let o = a;
  while (o > a - 5 && isWord(ts[o - 1]) && ts[o - 1]!.cap) o--;
  return o < a ? { gender, owner: o } : undefined;
}

/**
 * "bookmaker William Hill", "brokerage Kotak Securities": the lower-case kind of body written right before a
 * name that starts at token `from`, or undefined.
 */
export function kindBeforeName(ts: readonly Token[], from: number): string | undefined {
  const t = ts[from - 1];
  if (!isWord(t) || t.cap || !isKindBeforeName(t.lw)) return undefined;
  return t.lw;
}
