/**
 * Speech cues of one sentence: each speech verb outside quotes (or "according to"), who its subject is,
 * to whom it was said, and the reported clause it governs, if any. Works on token indices of one
 * paragraph; every scan is bounded by the sentence.
 */
import { descriptionAt, isNameWord, mentionFromRun, runEndingAt, runStartingAt, sentenceSubject, subjectAfter, subjectBefore, withOwnAppositive, type Mention } from './mentions.js';
import { isAbbreviation, type Token } from './tokens.js';
import { looksLikeTitle } from './titles.js';
import { finiteVerbBetween, isWord, opensAlias, tokenAfterMention } from './mention-words.js';
import { joinedClauseSpeaker } from './joined-speaker.js';
import type { CueSubjectPlace } from './model.js';
import { CLAUSE_CONJUNCTIONS, isDemonym, opensFrontedClause, isRole, isWhoOrWhose, SENTENCE_CONJUNCTIONS, ADJUNCT_OPENERS, ASIDE_PREPOSITIONS, CLAUSE_OPENERS, countsOnlyBesideQuote, FRONTED_OPENERS, isAskForm, invertsAfterQuote, isReadForm, POSSESSIVE_DETERMINERS, PASSIVE_LEADS, QUESTION_OPENERS, RELATIVE_PRONOUNS, DETERMINERS, FINITE_VERBS, isAddForm, isChargeLaid, isSpeechIngForm, HEARER_PREPOSITIONS, isClaimForm, CLAIMED_THINGS, CONTRACTED_BEFORE, SUBJECT_PRONOUNS, OBJECT_PRONOUNS, SPEECH_VERB_BASES, MODIFIER_DETERMINERS, PLURAL_NOUNS_WITHOUT_S, isCharacterisingVerb, isCoordinator, FOR_VERBS, NAMING_VERBS, AS_VERBS, SPEECH_VERBS, takesForComplement, isNamingVerb, isParticipleCue, isSpeechVerb, PERSON_OBJECTS, MONTHS, NOT_CLAUSE, NOUN_BEFORE, PASSIVE, PREPOSITIONS, PRONOUNS, RELATIVE_WORDS, SUBORDINATORS, takesAsComplement, takesClause, reportsWhClause, WH_REPORT_OPENERS, takesHearer, TIME_WORDS, DAY_PARTS, isDayWord, VERB_MODIFIERS, isQuotingForm, reportsInfinitive, isNegationWord, isContractedNegation, FUNCTION_WORDS, INDEFINITE_DETERMINERS, DEMONSTRATIVES, QUANTIFIERS, isWeekday, isStateForm, AFTER_STATE_VERB, TITLE_LEADS, CITING_ADVERBS, isCitingVerb } from './lexicon/index.js';

/** One speech cue inside a sentence. Token indices refer to the paragraph's tokens. */
export interface Cue {
  v: number;
  verb: string;
  mention: Mention | null;
  /** How the subject was found: "X said", "said X", a participle or a coordinated verb, "according to X". */
  via: CueSubjectPlace;
  /** First token of the clause region that holds the subject (for "quote, then attribution" checks). */
  lo: number;
  /** Reported clause `[a, b)` in tokens, for indirect speech. */
  clause?: [number, number];
  /** The clause is a reported question ("asked X whether ..."): the asker's words, never a quote after them. */
  question?: boolean;
  /** Hearer as written ("lawmakers", "the BBC"). */
  audience?: string;
  /** Last token of the cue group (verb, subject after it, object). */
  groupEnd: number;
  /** First token of the cue group (the subject before the verb, or the verb). */
  groupStart: number;
  /**
   * The quote token the verb governs as its object's complement ("called the plan "a disgrace"", "described it
   * as "unworkable""): the speaker's words however short, and never a title or a label.
   */
  complement?: number;
  /**
   * The participle's subject is not the sentence's subject (it follows a noun a possessive owns: "the paper's editorial
   * telling him ..."): the cue gives no speaker, and a participle sharing its subject ("while telling ...") none either;
   * `subject` is the sentence's subject read before, which a finite verb coordinated after it still shares.
   */
  abstained?: { subject: Mention | null };
  /**
   * Token index of the comma or semicolon before the joined clause whose subject this participle or coordinated verb shares
   * (`joinedClauseSubject`: "X said A, and the union has sued ..., saying"): an earlier cue's clause ends there.
   */
  joinedAt?: number;
  /**
   * A form of "claim" whose object is a thing won ("claimed victory", "after claiming away draws in Basel"): the cue
   * stays (PolNeAR annotates it, and a verb coordinated after it shares its subject), but it is nobody's turn to speak,
   * so the paragraph's carry never hands its subject to the quotes after it (`claimsAThing`).
   */
  claimsThing?: boolean;
}

/** Bounds that keep every scan of a cue local, so a sentence of any length is read in linear time. */
const MAX_SUBJECT = 60;
/**
 * Most tokens from a name to its verb for a clause that opens on it to count as that speaker's attribution, not the
 * clause of a verb before ("..., Dunmore suggested that", "..., Mayor Jane Dunmore said"; not "Destatis, rising
 * exports were outweighed by ... domestic demand", where a noun reads as a verb far on).
 */
const MAX_TAKEN_OVER = 5;
const MAX_CLAUSE = 160;
/**
 * Most tokens from a subject read before "X, ROLE, said" to the verb; further on, only the name opening the sentence
 * when a clause follows the verb (session 36), or the name opening the stretch after a quote, speaks.
 */
const MAX_SUBJECT_BEFORE_VERB = 24;

/** Most words read after "claim" for the thing claimed ("claimed her seventh Grand Slam title"). */
const MAX_CLAIMED_WORDS = 5;

/**
 * "claimed victory", "after claiming away draws in Basel and Paris", "claimed her seventh Grand Slam title": a form
 * of "claim" whose object, within its first words and before any preposition, punctuation, quote or subject pronoun,
 * names a thing won or taken (lexicon `CLAIMED_THINGS`), closing its phrase, takes, not says: its cue (`Cue.claimsThing`)
 * is no turn of speech for the quotes after it. ('claimed "a famous victory"' is not one: the quote stops the scan.)
 */
function claimsAThing(tokens: readonly Token[], k: number): boolean {
  if (!isClaimForm(tokens[k]!.lw)) return false;
  for (let j = k + 1, n = 0; j < tokens.length && n < MAX_CLAIMED_WORDS; j++) {
    const x = tokens[j]!;
    if (x.w === "'s") continue;
    if (!isWord(x) || x.lw === 'that' || PRONOUNS.has(x.lw) || FINITE_VERBS.has(x.lw) || (j > k + 1 && PREPOSITIONS.has(x.lw))) return false;
    if (CLAIMED_THINGS.has(x.lw)) {
      // (The thing ends its phrase: "claimed victory in ...", "claimed the cup, and ...". Not the subject of a reported
      // clause - "claiming the nomination is a Hail Mary", "claimed the championship race would be ...".)
      const next = tokens[j + 1];
      return !isWord(next) || next.cap || PREPOSITIONS.has(next.lw) || isCoordinator(next.lw);
    }
    n++;
  }
  return false;
}

/** Whether the token at `k` is used as a speech verb here (not "the claims", not "United States"). */
function isVerbUse(tokens: readonly Token[], k: number, from: number, to: number): boolean {
  const t = tokens[k]!;
  if (t.cap) return false;
  // "the numbers do not add up", "added to the pressure": not speech.
  if (isAddForm(t.lw) && /^(?:up|to)$/.test(tokens[k + 1]?.lw ?? '')) return false;
  const p = tokens[k - 1];
  if (p && isWord(p) && NOUN_BEFORE.has(p.lw) && !(p.lw === 'to' && speaksOn(tokens, k - 1))) return false;
  // "the ministry's claim "is false"", "Trump's warning": a speech word owned by a possessive is a noun ("he's said"
  // and "it's said" are verbs: a pronoun before the "'s" makes it "has" or "is").
  if (ownedByPossessive(tokens, k)) return false;
  if (nounAfterModifier(tokens, k)) return false;
  if (isStateForm(t.lw) && stateIsNoun(tokens, k)) return false;
  // "Consumer demand will remain fragile", "Peace talks have stalled": a speech word in the present right after the
  // sentence's capitalised first word and right before an auxiliary or a finite verb is the noun heading the subject.
  // (Not "which critics say would allow ...", "what Yukos claims was sold": a clause whose subject went before.)
  if (k === from + 1 && isWord(p) && p.cap && isWord(tokens[k + 1]) && FINITE_VERBS.has(tokens[k + 1]!.lw) && !t.lw.endsWith('ed')) return false;
  // "rather than respond only to ill health": a comparison, not an act of speech.
  if (p && isWord(p) && (p.lw === 'than' || p.lw === 'rather')) return false;
  if (p && isWord(p) && PASSIVE.has(p.lw) && !t.lw.endsWith('ing')) return false;
  if (isChargeLaid(t.lw, tokens[k + 1]?.lw)) return false;
  if (isReadForm(t.lw)) return readBesideQuote(tokens, k, from);
  if (countsOnlyBesideQuote(t.lw)) {
    // Weak cues count only with a quote right after them ("calling it "a good sign"") or a that-clause
    // ("declared that ...", not "declared martial law"). "Right after" allows an object and a short phrase in
    // between ("accused him of preventing Americans from being able to "...""): up to twelve words, the last four
    // only while no clause of its own starts ("a Tumblr post at the time she described ...", "ask him to explain,
    // he'd respond, "..."": that quote is the other clause's) (docs/EXTRACTION.md, seventh pass).
    if (tokens[k + 1]?.lw === 'that' || tokens[k + 1]?.w === ':') return true;
    if (reportedQuestion(tokens, k, from, to)) return true;
    let clauseOfItsOwn = false;
    for (let j = k + 1; j < Math.min(to, k + 13); j++) {
      const x = tokens[j]!;
      if (x.kind === 'quote') return true;
      // ("Cost estimates, he added, were "...": a speaker of its own between the word and the quote claims it.)
      if (x.kind === 'word' && isSpeechVerb(x.lw) && isWord(tokens[j - 1]) && SUBJECT_PRONOUNS.has(tokens[j - 1]!.lw)) return false;
      if (x.kind === 'word' && isSpeechVerb(x.lw)) clauseOfItsOwn = true;
      if (clauseOfItsOwn && j >= k + 8) break;
    }
    if (describedAfterQuote(tokens, k, from)) return true;
    for (let j = k - 1; j >= Math.max(from, k - 7); j--) {
      const x = tokens[j]!;
      if (x.kind === 'quote') return true;
      if (x.kind === 'word' && !x.cap && !PRONOUNS.has(x.lw) && x.lw !== 'the') return false;
    }
    return false;
  }
  void from;
  return true;
}

/**
 * "read" in the slot beside its quote: right after it ('"...," read the statement'), after the document named right
 * after it ('"...," the letter reads.'), or right before it ('The sign reads, "..."').
 */
function readBesideQuote(tokens: readonly Token[], k: number, from: number): boolean {
  if (quoteJustBefore(tokens, k, from) || describedAfterQuote(tokens, k, from)) return true;
  // ("One of his recent reads, "..."": after a possessive and a modifier, "reads" is a noun.)
  if ([tokens[k - 1], tokens[k - 2]].some((x) => isWord(x) && POSSESSIVE_DETERMINERS.has(x.lw))) return false;
  const n = tokens[k + 1];
  return n?.kind === 'quote' || ((n?.w === ',' || n?.w === ':') && tokens[k + 2]?.kind === 'quote');
}

/**
 * '"...," the statement read.', '"...," the chairman continued.': between the quote (and its comma) and the verb at
 * `k` stands only a determiner and at most two lower-case words, a subject that names what the quote is from.
 */
function describedAfterQuote(tokens: readonly Token[], k: number, from: number): boolean {
  let j = k - 1;
  while (j > k - 3 && j >= from && isWord(tokens[j]) && !tokens[j]!.cap && /^[a-z-]+$/.test(tokens[j]!.lw) && !DETERMINERS.has(tokens[j]!.lw) && !PRONOUNS.has(tokens[j]!.lw)) j--;
  const d = tokens[j];
  if (j === k - 1 || !isWord(d) || !DETERMINERS.has(d.lw)) return false;
  if (tokens[j - 1]?.w === ',') j--;
  return j - 1 >= from && tokens[j - 1]?.kind === 'quote';
}

/** Verbs after which "to say" goes on with the subject's speech ("continued to say", not "declined to say"). */
const GOES_ON_TO: ReadonlySet<string> = new Set(['continued', 'continues', 'continue', 'proceeded', 'proceeds', 'hastened', 'hastens']);

/**
 * The "to" at `to` is the infinitive of a speaker going on with their words: "went on to say", "continued to say",
 * "was quick to add". (Any other "to" before a speech verb makes a noun or a purpose: "to the claims", "declined
 * to say", "wanted to say": no words were said.)
 */
function speaksOn(tokens: readonly Token[], to: number): boolean {
  const p = tokens[to - 1];
  if (!isWord(p)) return false;
  if (p.lw === 'on') return /^(?:went|goes|go|going)$/.test(tokens[to - 2]?.lw ?? '');
  if (p.lw === 'quick') return /^(?:was|were|is|are)$/.test(tokens[to - 2]?.lw ?? '');
  return GOES_ON_TO.has(p.lw);
}

/**
 * "The Tory leader went on: "..."", "She goes on: "..."": "went on" / "goes on" with a colon and the quote right
 * after it is a cue (session 33, h-conf27); unread, the quote inherited the speaker before (a "went on" anywhere
 * else - "went on the offensive", "went on to win" - is no cue here).
 */
function wentOnBeforeQuote(tokens: readonly Token[], k: number): boolean {
  return tokens[k + 1]?.lw === 'on' && tokens[k + 2]?.w === ':' && tokens[k + 3]?.kind === 'quote';
}

/** Verbs that put out a statement ("issued a statement", "put out a statement", "posted a message"). */
const ISSUING_VERBS: ReadonlySet<string> = new Set(['issued', 'issues', 'released', 'releases', 'put', 'puts', 'posted', 'posts', 'sent', 'sends']);
/** What such a verb puts out: words of the subject's own. */
const STATEMENT_NOUNS: ReadonlySet<string> = new Set(['statement', 'statements', 'message', 'tweet', 'post', 'letter', 'note']);
const STATEMENT_DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their']);

/**
 * "X issued a statement, "..."", "X released a statement Thursday condemning "..."", "X put out a written
 * statement saying ...": the verb at `k` puts out the subject's words, so it is a cue whose subject is X.
 */
function issuesStatement(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  if (t.cap || !ISSUING_VERBS.has(t.lw)) return false;
  let j = k + 1;
  if (t.lw === 'put' || t.lw === 'puts') { if (tokens[j]?.lw !== 'out') return false; j++; }
  if (!isWord(tokens[j]) || !STATEMENT_DETERMINERS.has(tokens[j]!.lw)) return false;
  // At most two modifiers ("a brief written statement") before the noun.
  for (let m = j + 1; m <= j + 3; m++) {
    const x = tokens[m];
    if (!isWord(x) || x.cap) return false;
    if (STATEMENT_NOUNS.has(x.lw)) return true;
  }
  return false;
}

/** Longest stretch (tokens) from a naming or characterising verb to the quote it governs. */
const MAX_COMPLEMENT = 20;

/** Particles of phrasal verbs ("called him out", "called them back") and "to" ("called him to testify"). */
const PARTICLES: ReadonlySet<string> = new Set(['out', 'up', 'off', 'back', 'down', 'away', 'to']);

/** Punctuation inside the object of a naming verb. */
const OBJECT_MARKS: ReadonlySet<string> = new Set([',', "'s", '’s', '-', '$', '%', '£', '€']);

/** Words that end a characterisation reported without quotation marks ("called him a hero before leaving"). */
const CHARACTERISATION_ENDS: ReadonlySet<string> = new Set(['before', 'after', 'while', 'because', 'but', 'although', 'though', 'when', 'since', 'despite']);

/** Words that end the object of a naming verb before any complement: a clause or another verb starts there. */
const COMPLEMENT_STOPS: ReadonlySet<string> = new Set(['that', 'which', 'who', 'whom', 'whose', 'because', 'when', 'while', 'if', 'after', 'before', 'since', 'but', 'although', 'though', 'where', 'so']);

/**
 * The quote token that the naming or characterising verb at `k` governs as its object's complement, or -1:
 * `called the plan "a disgrace"`, `what he called "a disgrace"`, `described it as "unworkable"`, `hailed the vote
 * as "fantastic"`. Not speech: a passive ("was called", "has been described as", `called "X" by the locals`), a
 * noun ("the call", "a label"), "called for", a participle naming a thing ("a film called "X"", "an account
 * called "X""): the verb must have a subject of its own right before it (a name, a pronoun, an appositive's
 * comma, a plural group), or be a participle sharing the sentence's subject ("..., calling it "a disgrace"").
 */
export function complementQuote(tokens: readonly Token[], k: number, from: number, to: number): number {
  const t = tokens[k];
  if (!isWord(t) || t.cap || !(isCharacterisingVerb(t.lw) || FOR_VERBS.has(t.lw)) || !hasOwnSubject(tokens, k, from)) return -1;
  const naming = isNamingVerb(t.lw);
  const next = tokens[k + 1];
  if (isWord(next) && (['for', 'on', 'off', 'out', 'in', 'back'].includes(next.lw) || (naming && next.lw === 'up'))) return -1;
  for (let j = k + 1; j < Math.min(to, k + MAX_COMPLEMENT); j++) {
    const x = tokens[j]!;
    if (x.kind === 'quote') {
      const before = tokens[j - 1]!;
      const asBefore = (isWord(before) && before.lw === 'as') || (isWord(before) && DETERMINERS.has(before.lw) && isWord(tokens[j - 2]) && tokens[j - 2]!.lw === 'as');
      // `thanked Obama for "taking these steps"`: the quoted reason after "for" is the speaker's words.
      const forBefore = isWord(before) && takesForComplement(t.lw, before.lw);
      const ok = asBefore ? takesAsComplement(t.lw) : forBefore || (naming && !(isWord(before) && PREPOSITIONS.has(before.lw) && before.lw !== 'as'));
      // `called the "Crossroads of America" by the citizens`: a passive with its agent after the quote.
      if (!ok || (isWord(tokens[j + 1]) && tokens[j + 1]!.lw === 'by')) return -1;
      return j;
    }
    // (An object may hold a possessive, an initial's full stop or an amount: "J. Michael Pearson", "$1.6 billion".)
    if (x.kind === 'punct' && !OBJECT_MARKS.has(x.w) && !isAbbreviation(tokens, j)) return -1;
    // ("dismissed criticism of Mr. Trump's comments about her as "...": a speech word a possessive owns is a noun.)
    if (isWord(x) && !x.cap && (COMPLEMENT_STOPS.has(x.lw) || FINITE_VERBS.has(x.lw) || (isSpeechVerb(x.lw) && !ownedByPossessive(tokens, j)) || PASSIVE.has(x.lw))) return -1;
  }
  return -1;
}

/**
 * "the AP report merits ...", "The harbour report came out", "a Gazette claim": the base form of a speech verb
 * right after a determiner and one singular word is the head noun of that phrase (a verb would agree with a
 * plural: "the Democrats claim", "the police say" keep theirs).
 */
function nounAfterModifier(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  const m = tokens[k - 1];
  const d = tokens[k - 2];
  if (!SPEECH_VERB_BASES.has(t.lw) || !isWord(m) || !isWord(d) || !MODIFIER_DETERMINERS.has(d.lw)) return false;
  // ("critics of the judgement say": the phrase after a preposition is no subject; its head is before it.)
  const before = tokens[k - 3];
  if (isWord(before) && PREPOSITIONS.has(before.lw)) return false;
  // ('"...," the statement read.': right after a quote and ending its clause, the word is the quote's verb.)
  const after = tokens[k + 1];
  if (quoteJustBefore(tokens, k - 2) && (!after || (after.kind === 'punct' && /^[.,;!?]$/.test(after.w)))) return false;
  return !m.lw.endsWith('s') && !PLURAL_NOUNS_WITHOUT_S.has(m.lw) && !PRONOUNS.has(m.lw) && !FINITE_VERBS.has(m.lw);
}

/**
 * "state" / "states" at `k` is the noun of a polity, not the verb: after a preposition, a determiner, a quantifier or
 * a number ("in states that award ...", "any states", "the two states", "in all states"), a nationality or a month
 * ("many Asian states", "the March states"); before a finite verb ("her mental state is"); "states that" opening a
 * relative clause ("Rust Belt states that have suffered"); the base form before a word that no object or clause of
 * the verb opens with ("state prosecutor", "GOP state leaders", "on state ballots"). Not "the Saudis state in the
 * paper", "They state their goal", "to state, "..."", "the report states:"; and not before a capitalised word
 * ('"...," state Senate leader Ann Kell and Speaker Bo Hart, both Republicans, said': the cue "state" gives Kell, its
 * subject after it, where "said" would give "Republicans") (docs/EXTRACTION.md, session 31).
 */
function stateIsNoun(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  const p = tokens[k - 1];
  const n = tokens[k + 1];
  if (isWord(p)) {
    if (p.lw !== 'to' && PREPOSITIONS.has(p.lw)) return true;
    if ((DETERMINERS.has(p.lw) && p.lw !== 'that') || QUANTIFIERS.has(p.lw) || /^\d/.test(p.lw)) return true;
    if (isDemonym(p.lw) || (p.cap && MONTHS.has(p.lw))) return true;
  }
  if (!isWord(n)) return false;
  if (FINITE_VERBS.has(n.lw)) return true;
  if (t.lw === 'states') return n.lw === 'that' && isWord(tokens[k + 2]) && FINITE_VERBS.has(tokens[k + 2]!.lw);
  if (n.cap) return false;
  return !AFTER_STATE_VERB.has(n.lw) && !PRONOUNS.has(n.lw) && !n.lw.endsWith('ly');
}

/**
 * The word at `k` follows a possessive "'s" of a noun ("the ministry's claim", "Trump's comments"): a noun, never
 * a verb ("he's said", "that's told" are "has" and "is").
 */
function ownedByPossessive(tokens: readonly Token[], k: number): boolean {
  const owner = tokens[k - 2];
  return tokens[k - 1]?.w === "'s" && isWord(owner) && !PRONOUNS.has(owner.lw) && !CONTRACTED_BEFORE.has(owner.lw);
}

/**
 * The characterisation a naming verb reports without quotation marks, as a clause from its object to the next
 * punctuation: `called him a political opportunist`, `called the actions lawful`... only with a person as the
 * object (a pronoun or a name) so that "called an emergency session" or "called it a day" stay no speech;
 * `described himself as a religious Catholic`.
 */
export function characterisationClause(tokens: readonly Token[], k: number, from: number, to: number): [number, number] | undefined {
  const t = tokens[k];
  if (!isWord(t) || t.cap || !isCharacterisingVerb(t.lw) || !hasOwnSubject(tokens, k, from)) return undefined;
  const a = k + 1;
  const obj = tokens[a];
  let e: number;
  if (isWord(obj) && PERSON_OBJECTS.has(obj.lw)) e = a + 1;
  else if (isNameWord(obj)) e = runStartingAt(tokens, a, to);
  else return undefined;
  const next = tokens[e];
  if (!isWord(next) || e <= a) return undefined;
  const viaAs = takesAsComplement(t.lw) && next.lw === 'as';
  // ("called him out", "called them back": a phrasal verb, not a name given.)
  const named = isNamingVerb(t.lw) && !next.cap && !PREPOSITIONS.has(next.lw) && !PARTICLES.has(next.lw) && next.lw !== 'and' && next.lw !== 'or'
    && !COMPLEMENT_STOPS.has(next.lw) && !FINITE_VERBS.has(next.lw) && !PASSIVE.has(next.lw) && !isSpeechVerb(next.lw);
  if (!viaAs && !named) return undefined;
  let b = e;
  while (b < to && b < a + 30 && tokens[b]!.kind === 'word' && !CHARACTERISATION_ENDS.has(tokens[b]!.lw)) {
    // "called him divisive and accused him of ...": a second verb ends the characterisation.
    if (tokens[b]!.lw === 'and' && isWord(tokens[b + 1]) && (/ed$/.test(tokens[b + 1]!.lw) || isSpeechVerb(tokens[b + 1]!.lw))) break;
    b++;
  }
  if (b - e < (viaAs ? 3 : 1) || b - a < 3) return undefined;
  return [a, b];
}

/**
 * The naming verb at `k` has a subject of its own right before it (a name, a pronoun, an appositive's comma, a
 * plural group), or is a participle sharing the sentence's subject; not a passive, a noun or a participle naming
 * a thing ("a film called").
 */
function hasOwnSubject(tokens: readonly Token[], k: number, from: number): boolean {
  const t = tokens[k]!;
  let p = k - 1;
  while (p >= from && isWord(tokens[p]) && !tokens[p]!.cap && VERB_MODIFIERS.has(tokens[p]!.lw) && !PASSIVE.has(tokens[p]!.lw)) p--;
  const prev = tokens[p];
  if (prev && isWord(prev) && (PASSIVE.has(prev.lw) || NOUN_BEFORE.has(prev.lw))) return false;
  const participle = t.lw.endsWith('ing') && (!prev || !isWord(prev) || prev.lw === 'and' || prev.lw === 'by' || prev.lw === 'while' || prev.lw === 'after' || prev.lw === 'before');
  const subjectHere = participle || p < from || !prev || (prev.kind === 'punct' && (prev.w === ',' || prev.w === ')' || prev.w === '—' || prev.w === '–'))
    || (isWord(prev) && (prev.cap || PRONOUNS.has(prev.lw) || prev.lw === 'who' || (/[a-z]s$/.test(prev.lw) && !/(?:ss|us|is)$/.test(prev.lw) && !FINITE_VERBS.has(prev.lw))));
  return subjectHere;
}

/** The name or pronoun right before the verb at `k` (verb modifiers skipped), as a mention. */
function adjacentSubject(text: string, tokens: readonly Token[], lo: number, k: number): Mention | null {
  let p = k - 1;
  while (p >= lo && isWord(tokens[p]) && !tokens[p]!.cap && VERB_MODIFIERS.has(tokens[p]!.lw)) p--;
  const t = tokens[p];
  if (p < lo || !isWord(t)) return null;
  if (PRONOUNS.has(t.lw)) return { kind: 'pronoun', text: t.lw, pos: t.s };
  if (!isNameWord(t)) return null;
  const r = runEndingAt(tokens, p, lo);
  return r >= 0 ? mentionFromRun(text, tokens, r, p, r) : null;
}

/** Words that open a non-finite adjunct after a verb ("while visiting", "when asked", "after meeting"). */
const NON_FINITE_OPENERS: ReadonlySet<string> = new Set(['while', 'when', 'after', 'before', 'since', 'upon', 'as', 'by', 'without']);

/** Longest prepositional phrase or dashed aside (tokens) between a verb and its clause. */
const MAX_ADJUNCT = 16;
const SHORT_ADJUNCT = 8;
const DASHES: ReadonlySet<string> = new Set(['—', '–']);

/** Skips time and setting phrases after a verb ("on Thursday", "in a statement"); returns the next index. */
function skipAdverbials(tokens: readonly Token[], k: number, to: number): number {
  for (let guard = 0; guard < 4 && k < to; guard++) {
    const t = tokens[k];
    // "said — on Twitter, as it happens — that ...": an aside between dashes.
    if (t && t.kind === 'punct' && DASHES.has(t.w)) {
      let j = k + 1;
      while (j < to && j < k + MAX_ADJUNCT && !(tokens[j]!.kind === 'punct' && DASHES.has(tokens[j]!.w))) j++;
      if (j < to && j < k + MAX_ADJUNCT && j > k + 1 && isWord(tokens[j + 1])) { k = j + 1; continue; }
      return k;
    }
    if (!isWord(t)) return k;
    if (TIME_WORDS.has(t.lw) || isWeekday(t.lw)) {
      // "said Monday night that", "said yesterday morning that": the part of the day goes with its day. Not a
      // possessive's: "said Monday night's vote showed ...", "said Friday's talks had ..." open their clause with the day.
      const day = isDayWord(t.lw);
      const part = day && isWord(tokens[k + 1]) && DAY_PARTS.has(tokens[k + 1]!.lw) ? 1 : 0;
      if (day && tokens[k + 1 + part]?.w === "'s") return k;
      k += 1 + part;
      continue;
    }
    // ("said early Friday that", "said late last week that": the part of the day or week before its time words.)
    if ((t.lw === 'early' || t.lw === 'late') && isWord(tokens[k + 1]) && (isWeekday(tokens[k + 1]!.lw) || tokens[k + 1]!.lw === 'last' || tokens[k + 1]!.lw === 'this' || TIME_WORDS.has(tokens[k + 1]!.lw))) { k++; continue; }
    if ((t.lw === 'on' || t.lw === 'last' || t.lw === 'this' || t.lw === 'earlier' || t.lw === 'next') && isWord(tokens[k + 1])) {
      const n = tokens[k + 1]!;
      if (isWeekday(n.lw) || ['week', 'month', 'year', 'night', 'weekend', 'morning'].includes(n.lw)) { k += 2; continue; }
      if (MONTHS.has(n.lw)) { k += /^\d/.test(tokens[k + 2]?.w ?? '') ? 3 : 2; continue; }
    }
    if (ADJUNCT_OPENERS.has(t.lw) && t.lw !== 'that') {
      // A prepositional phrase up to a clause start: "in a statement that", "to reporters he", "in an
      // interview with The Associated Press last week that".
      let j = k + 1;
      while (j < to && j < k + MAX_ADJUNCT) {
        const x = tokens[j]!;
        if (x.kind !== 'word' && x.w !== "'s") break;
        if (x.lw === 'that' || PRONOUNS.has(x.lw)) break;
        j++;
      }
      const stop = tokens[j];
      // A long phrase counts only when "that" ends it (a pronoun or comma that far away opens no clause of the verb).
      const near = j < k + SHORT_ADJUNCT || (isWord(stop) && stop.lw === 'that');
      if (stop && near && ((isWord(stop) && (stop.lw === 'that' || PRONOUNS.has(stop.lw))) || (stop.kind === 'punct' && stop.w === ','))) {
        k = stop.kind === 'punct' ? j + 1 : j;
        continue;
      }
      return k;
    }
    return k;
  }
  return k;
}

/**
 * "asked whether ...", "asked Sanders if ...", "asked the students why ...": the question a form of "ask" reports, from
 * its opening word to the sentence's end, a colon or a semicolon (at most MAX_CLAUSE tokens), the hearer (at
 * most 6 words) between; undefined when punctuation or a quote comes first, or fewer than three words follow.
 */
function reportedQuestion(tokens: readonly Token[], k: number, from: number, to: number): [number, number] | undefined {
  if (!isAskForm(tokens[k]!.lw)) return undefined;
  // "when asked whether ...", "was also asked whether ...": the subject is the one asked.
  let p = k - 1;
  while (p > k - 4 && isWord(tokens[p]) && (tokens[p]!.lw.endsWith('ly') || tokens[p]!.lw === 'also' || tokens[p]!.lw === 'then')) p--;
  if (PASSIVE_LEADS.has(tokens[p]?.lw ?? '') || PASSIVE.has(tokens[p]?.lw ?? '')) return undefined;
  for (let j = k + 1; j < Math.min(to, k + 8); j++) {
    const x = tokens[j]!;
    if (x.kind !== 'word') { if (x.w === "'s") continue; return undefined; }
    if (!QUESTION_OPENERS.has(x.lw)) continue;
    // "asked anyone who spots him to call": after a hearer other than a pronoun, "who" opens a relative clause.
    if (RELATIVE_PRONOUNS.has(x.lw) && j > k + 1 && !PERSON_OBJECTS.has(tokens[j - 1]!.lw)) return undefined;
    // The question ends at the sentence's end, a colon or a semicolon; inside a fronted clause ("When one pupil asked X
    // how ..., he began ..."), at that clause's comma.
    let fronted = FRONTED_OPENERS.has(tokens[from]?.lw ?? '') && k - from <= 12;
    for (let i = from; fronted && i < k; i++) if (tokens[i]!.w === ',') fronted = false;
    let b = j + 1;
    for (const end = Math.min(to, j + MAX_CLAUSE); b < end && tokens[b]!.w !== ':' && tokens[b]!.w !== ';' && !(fronted && tokens[b]!.w === ','); b++);
    while (b > j && tokens[b - 1]!.kind === 'punct') b--;
    let words = 0;
    for (let i = j + 1; i < b && words < 3; i++) if (tokens[i]!.kind === 'word') words++;
    return words >= 3 ? [j, b] : undefined;
  }
  return undefined;
}

/**
 * "vowed to cut taxes", "promised Monday not to raise fares", "has pledged never to return": the to-infinitive a verb of
 * commitment reports (`reportsInfinitive`), from "to" (or the "not" / "never" before it) to the sentence's end, a colon
 * or a semicolon (at most MAX_CLAUSE tokens), after at most a time or setting phrase; undefined when the word after
 * "to" is no verb (capitalised, a determiner, a pronoun, a number or a plural noun: "pledged to the cause", "vowed to
 * supporters"), or fewer than two words follow "to".
 */
function infinitiveReport(tokens: readonly Token[], k: number, to: number): [number, number] | undefined {
  if (!reportsInfinitive(tokens[k]!.lw)) return undefined;
  let a = k + 1;
  if (!isWord(tokens[a]) || (tokens[a]!.lw !== 'to' && !isNegationWord(tokens[a]!.lw))) a = skipAdverbials(tokens, a, to);
  let j = a;
  if (isWord(tokens[j]) && isNegationWord(tokens[j]!.lw)) j++;
  if (!isWord(tokens[j]) || tokens[j]!.lw !== 'to') return undefined;
  const verb = tokens[j + 1];
  if (!isWord(verb) || verb.cap || !/^[a-z]/.test(verb.w) || DETERMINERS.has(verb.lw) || PRONOUNS.has(verb.lw) || POSSESSIVE_DETERMINERS.has(verb.lw) || (verb.lw.endsWith('s') && !verb.lw.endsWith('ss'))) return undefined;
  let b = Math.min(to, a + MAX_CLAUSE);
  for (let i = j + 2; i < b; i++) if (endsInfinitive(tokens, i)) { b = i; break; }
  while (b > a && tokens[b - 1]!.kind === 'punct') b--;
  let words = 0;
  for (let i = j + 1; i < b && words < 3; i++) if (tokens[i]!.kind === 'word') words++;
  return words >= 2 ? [a, b] : undefined;
}

/**
 * Where a reported to-infinitive ends: a colon or a semicolon; a comma before a coordinator, a subordinator, a relative
 * word or a speech verb (", but the editor said ...", ", saying ...", ", said Ada Holt"); "and" / "but"
 * before a past or speech verb ("to keep trying but said ...": a second verb of the subject's, not the promise).
 */
function endsInfinitive(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const n = tokens[i + 1];
  if (t.w === ':' || t.w === ';') return true;
  if (!isWord(n)) return false;
  if (t.w === ',') return !n.cap && (isCoordinator(n.lw) || SUBORDINATORS.has(n.lw) || RELATIVE_WORDS.has(n.lw) || n.lw === 'according' || isSpeechVerb(n.lw));
  return isWord(t) && (t.lw === 'and' || t.lw === 'but') && !n.cap && (isSpeechVerb(n.lw) || (n.lw.endsWith('ed') && n.lw.length > 4));
}

/**
 * "the divides he promised to bridge", "the $64 million it pledged to help pay for": a pronoun subject right after a
 * noun opens a relative clause that leaves out its "that", so the infinitive is a noun's description, not a report.
 */
function pronounAfterNoun(tokens: readonly Token[], k: number, lo: number): boolean {
  let s = k - 1;
  while (s > lo && isWord(tokens[s]) && VERB_MODIFIERS.has(tokens[s]!.lw)) s--;
  if (!isWord(tokens[s]) || !PRONOUNS.has(tokens[s]!.lw)) return false;
  const p = tokens[s - 1];
  return s > lo && isWord(p) && !p.cap && !FUNCTION_WORDS.has(p.lw) && !isCoordinator(p.lw) && !SUBORDINATORS.has(p.lw)
    && !NON_FINITE_OPENERS.has(p.lw) && !TIME_WORDS.has(p.lw) && !isSpeechVerb(p.lw) && !p.lw.endsWith('ly');
}

/** The reported clause after a verb: `[a, b)`, or undefined when what follows is not a clause. */
function clauseAfter(tokens: readonly Token[], v: number, to: number, objectVerb: boolean): { clause?: [number, number]; audienceEnd: number } {
  let k = v + 1;
  let audienceEnd = v;
  if (objectVerb) {
    // "told OBJECT that CLAUSE" / "told OBJECT he ..."; the object is the audience.
    let j = k;
    while (j < to && j < k + 10 && (tokens[j]!.kind === 'word' || tokens[j]!.w === "'s")) {
      const x = tokens[j]!;
      if (x.lw === 'that' || (PRONOUNS.has(x.lw) && j > k && x.lw !== 'it')) break;
      j++;
    }
    audienceEnd = j - 1;
    let stop = tokens[j];
    if (stop && (stop.kind !== 'word' || (stop.lw !== 'that' && !PRONOUNS.has(stop.lw)))) stop = undefined;
    if (!stop) {
      // "told lawmakers no evidence supports it": a one-word hearer, then a clause.
      const hearer = tokens[k];
      const next = tokens[k + 1];
      // "told Reuters the company would ...": a named hearer, then a clause.
      // ("told the AP his firm ...", "told The Harbour Post she ...": a named hearer after its article.)
      const article = namedHearerArticle(tokens, k);
      let named = k + article;
      while (named < to && named < k + article + 6 && isNameWord(tokens[named])) named++;
      if (named === k + article) named = k;
      const afterName = tokens[named];
      if (isWord(hearer) && !hearer.cap && /s$/.test(hearer.lw) && isWord(next) && CLAUSE_OPENERS.has(next.lw)) {
        audienceEnd = k;
        stop = next;
        j = k + 1;
      } else if (named > k && isWord(afterName) && !afterName.cap && CLAUSE_OPENERS.has(afterName.lw)) {
        audienceEnd = named - 1;
        stop = afterName;
        j = named;
      } else return { audienceEnd };
    }
    k = stop.lw === 'that' ? j + 1 : j;
  } else {
    if (isWord(tokens[k]) && tokens[k]!.lw === 'out' && tokens[k - 1]?.lw === 'pointed') k++;
    k = skipAdverbials(tokens, k, to);
    // "said on CNN, where he is a contributor, that ...": the clause after the aside's "that".
    if (isWord(tokens[k]) && (tokens[k]!.lw === 'where' || tokens[k]!.lw === 'which' || tokens[k]!.lw === 'who')) {
      for (let j = k + 1; j < Math.min(to, k + 20); j++) {
        if (tokens[j]!.w === ',' && isWord(tokens[j + 1]) && tokens[j + 1]!.lw === 'that') { k = j + 1; break; }
      }
    }
    // "said that was a mistake": "that" is the subject when a verb follows it.
    if (isWord(tokens[k]) && tokens[k]!.lw === 'that' && !(isWord(tokens[k + 1]) && /^(?:was|is|has|had|will|would|could|should|may|might|can|wasn't|isn't|won't|doesn't|didn't)$/.test(tokens[k + 1]!.lw))) k++;
  }
  const first = tokens[k];
  if (!isWord(first)) return { audienceEnd };
  // "explained how the fares were set", "noted why the pier closed": a how / why / what clause is what was said, by a
  // past or -s form with no "not" or "never" before it ("has not explained why ..." reports nothing).
  // (The opener and a clause of MIN_CLAUSE_WORDS: "how the fares rose".)
  if (!objectVerb && k === v + 1 && WH_REPORT_OPENERS.has(first.lw) && reportsWhClause(tokens[v]!.lw) && !negatedVerb(tokens, v)) {
    const clause = clauseFrom(tokens, k, to, MIN_CLAUSE_WORDS + 1);
    return clause ? { clause, audienceEnd } : { audienceEnd };
  }
  const afterThat = (isWord(tokens[k - 1]) && tokens[k - 1]!.lw === 'that') || (objectVerb && audienceEnd === k - 1);
  // ("said nearly every conversation he has had ...", "said almost all of the ..."): a quantity opens the subject.
  const quantity = (first.lw === 'about' || first.lw === 'more' || first.lw === 'nearly' || first.lw === 'almost') && /^(?:\d|half|a|one|two|three|four|five|six|seven|eight|nine|ten|than|every|all)/.test(tokens[k + 1]?.lw ?? '');
  if (!afterThat && !quantity && NOT_CLAUSE.has(first.lw) && !(first.lw === 'when' || first.lw === 'before' || first.lw === 'after') && !pronounSubject(tokens, k, to)) return { audienceEnd };
  // "said while visiting the conference", "said when asked": a non-finite adjunct, not a reported clause.
  const second = tokens[k + 1];
  if (!afterThat && NON_FINITE_OPENERS.has(first.lw) && isWord(second) && !second.cap && /(?:ing|ed)$/.test(second.lw)) return { audienceEnd };
  if (!quantity && !first.cap && /(?:ed|ly)$/.test(first.lw) && first.lw.length > 4) return { audienceEnd };
  const clause = clauseFrom(tokens, k, to, MIN_CLAUSE_WORDS);
  return clause ? { clause, audienceEnd } : { audienceEnd };
}

/** Fewest words a clause after a speech verb holds to be reported ("said it was late"; not "said so"). */
const MIN_CLAUSE_WORDS = 3;

/** The clause from `k` to the sentence's end (at most MAX_CLAUSE tokens, closing punctuation off), when it holds `minWords` words. */
function clauseFrom(tokens: readonly Token[], k: number, to: number, minWords: number): [number, number] | undefined {
  let b = Math.min(to, k + MAX_CLAUSE);
  while (b > k && tokens[b - 1]!.kind === 'punct' && tokens[b - 1]!.w !== "'s") b--;
  let words = 0;
  for (let j = k; j < b; j++) if (tokens[j]!.kind === 'word') words++;
  return words >= minWords ? [k, b] : undefined;
}

/** "not" or "never" (or a contracted "n't") within the two words before the verb at `v`: "has not explained", "never noted". */
function negatedVerb(tokens: readonly Token[], v: number): boolean {
  for (let j = v - 1; j >= Math.max(0, v - 2); j--) {
    const t = tokens[j];
    if (!isWord(t)) return false;
    if (isNegationWord(t.lw) || isContractedNegation(t.lw)) return true;
  }
  return false;
}

/**
 * 1 when the hearer at `k` is a name after its article ("told the AP", "told The Harbour Post"), else 0: the article
 * is part of the hearer, and the clause may start right after the name as after "told Reuters".
 */
function namedHearerArticle(tokens: readonly Token[], k: number): number {
  return isWord(tokens[k]) && tokens[k]!.lw === 'the' && isNameWord(tokens[k + 1]) ? 1 : 0;
}

/** Most tokens between the verb of a comment clause and its comma ("As the Post reported on Saturday,"). */
const MAX_COMMENT_ADJUNCT = 8;
/** Most tokens from the "as" of a comment clause to its verb ("As the Harbour Post's city editor noted"). */
const MAX_COMMENT_SUBJECT = 10;

/** Token `j` may stand in a comment clause's subject: a word, a possessive or an abbreviation's full stop ("Mr."). */
function inCommentSubject(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j]!;
  return t.kind === 'word' || t.w === "'s" || (t.w === '.' && isAbbreviation(tokens, j));
}

/** A word that opens a comment clause's adjunct of time or place ("reported on Saturday", "noted last week"). */
function opensCommentAdjunct(lw: string): boolean {
  return ADJUNCT_OPENERS.has(lw) || TIME_WORDS.has(lw) || isWeekday(lw);
}

/**
 * "As The Harbour Post reported, CLAUSE", "But as Nia Rowe noted last week, CLAUSE": a comment clause that opens the
 * sentence on "as" (after at most one coordinator) reports the rest of the sentence, from its comma to the end. The
 * verb at `v` reaches its comma directly or through a short adjunct of time or place; the subject between "as" and
 * the verb holds no punctuation ("As Ada, a pilot with a gift for jokes, chatted on, ..." is a time clause).
 */
function afterCommentClause(tokens: readonly Token[], from: number, to: number, v: number): [number, number] | undefined {
  const as = isWord(tokens[from]) && isCoordinator(tokens[from]!.lw) ? from + 1 : from;
  if (!isWord(tokens[as]) || tokens[as]!.lw !== 'as' || v - as > MAX_COMMENT_SUBJECT) return undefined;
  // (The subject runs from "as" to the verb with no punctuation but a possessive or an abbreviation's full stop.)
  for (let j = as + 1; j < v; j++) if (!inCommentSubject(tokens, j)) return undefined;
  let c = v + 1;
  const first = tokens[c];
  if (isWord(first) && !opensCommentAdjunct(first.lw)) return undefined;
  while (c < to && c <= v + MAX_COMMENT_ADJUNCT && isWord(tokens[c]) && tokens[c]!.lw !== 'that' && !isSpeechVerb(tokens[c]!.lw)) c++;
  if (tokens[c]?.w !== ',') return undefined;
  let b = c + 1;
  let words = 0;
  while (b < to && b < c + 1 + MAX_CLAUSE) { if (tokens[b]!.kind === 'word') words++; b++; }
  while (b > c + 1 && tokens[b - 1]!.kind === 'punct') b--;
  return words >= 3 && b > c + 1 ? [c + 1, b] : undefined;
}

/**
 * The "as" opening a comment clause whose verb is at `k` ('"...," as one activist put it', ', as the Post noted in an
 * editorial, "..."', 'But as the Hill pointed out,'), or -1. "as" follows the sentence start, a comma, a dash, a
 * bracket, a quote or a coordinator, and only words stand between it and the verb (the subject, the verb's
 * modifiers). The verb takes nothing of its own: after it (and its particle, "put it", "pointed out", or an object
 * pronoun) comes punctuation, a quote or the sentence's end, directly or after a short adjunct of time or place. So
 * "as the brewer said last year that ...", "as lawmakers accused each other of ..." are clauses of time or reason,
 * whose verbs report their own words.
 */
function commentClauseAs(tokens: readonly Token[], lo: number, k: number, to: number, phrasal: boolean): number {
  let as = -1;
  for (let j = k - 1; j >= Math.max(lo, k - MAX_COMMENT_SUBJECT); j--) {
    const t = tokens[j]!;
    if (isWord(t) && t.lw === 'as') { as = j; break; }
    if (!inCommentSubject(tokens, j)) return -1;
  }
  if (as < 0 || as === k - 1) return -1;
  const before = tokens[as - 1];
  const opens = as === lo || !before || before.kind === 'quote' || (before.kind === 'punct' && [',', '—', '–', '(', ':', ';'].includes(before.w)) || (isWord(before) && isCoordinator(before.lw) && (as - 1 === lo || tokens[as - 2]?.kind !== 'word'));
  if (!opens) return -1;
  let c = phrasal ? k + 2 : k + 1;
  if (isWord(tokens[c]) && OBJECT_PRONOUNS.has(tokens[c]!.lw)) c++;
  const first = tokens[c];
  if (!first || c >= to || first.kind !== 'word') return first?.kind === 'quote' || first?.kind === 'punct' || c >= to ? as : -1;
  // (Not "to": "as baby boomer retirements promise to swell costs," is a verb and its infinitive.)
  if (!opensCommentAdjunct(first.lw) || first.lw === 'as' || first.lw === 'to') return -1;
  while (c < to && c <= k + MAX_COMMENT_ADJUNCT && ((isWord(tokens[c]) && tokens[c]!.lw !== 'that' && !isSpeechVerb(tokens[c]!.lw)) || tokens[c]!.w === "'s")) c++;
  return c >= to || tokens[c]!.kind === 'quote' || (tokens[c]!.kind === 'punct' && tokens[c]!.w !== "'s") ? as : -1;
}

/** Words that are a verb's object ("said much", "said nothing") unless a finite verb makes them a clause's subject. */
const PRONOUN_SUBJECTS: ReadonlySet<string> = new Set(['much', 'more', 'little', 'nothing', 'something', 'anything']);
/** Most tokens from "much of" to the finite verb of its clause ("much of his discussion with Trump was"). */
const MAX_PARTITIVE_SUBJECT = 10;

/**
 * "said much of his discussion with Trump was about Israel", "said nothing had changed": the word after the verb
 * opens a clause as its subject, a finite verb right after it or (after "of") before the next punctuation.
 */
function pronounSubject(tokens: readonly Token[], k: number, to: number): boolean {
  const first = tokens[k]!;
  if (!PRONOUN_SUBJECTS.has(first.lw)) return false;
  const next = tokens[k + 1];
  if (isWord(next) && FINITE_VERBS.has(next.lw)) return true;
  if (!isWord(next) || next.lw !== 'of' || first.lw === 'nothing' || first.lw === 'something' || first.lw === 'anything') return false;
  for (let j = k + 2; j < Math.min(to, k + MAX_PARTITIVE_SUBJECT); j++) {
    const t = tokens[j]!;
    if (t.kind !== 'word' && t.w !== "'s") return false;
    if (FINITE_VERBS.has(t.lw)) return true;
  }
  return false;
}

/** The words before a final cue ("CLAUSE, the ministry said.") or around a parenthetical one. */
function clauseAround(tokens: readonly Token[], from: number, to: number, groupStart: number, groupEnd: number): [number, number] | undefined {
  const before = tokens[groupStart - 1];
  if (!before || before.kind !== 'punct' || before.w !== ',') return undefined;
  if (groupStart - from > MAX_CLAUSE || to - groupEnd > MAX_CLAUSE) return undefined;
  let a = afterDateline(tokens, from, groupStart);
  while (a < groupStart && isWord(tokens[a]) && ['but', 'and', 'however', 'meanwhile'].includes(tokens[a]!.lw)) a++;
  // "Although others suggested X, Kirby said ...": a subordinate clause is not what the speaker reported.
  if (isWord(tokens[a]) && SUBORDINATORS.has(tokens[a]!.lw)) return undefined;
  if (isWord(tokens[a]) && tokens[a]!.lw === 'according') return undefined;
  let words = 0;
  let end = groupStart - 1;
  // A quote right before the comma is direct speech of its own: the clause stops before it.
  if (tokens[end - 1]?.kind === 'quote') end--;
  for (let j = a; j < end; j++) {
    const t = tokens[j]!;
    if (t.kind === 'quote') return undefined;
    if (t.kind === 'word') words++;
  }
  const after0 = tokens[groupEnd + 1];
  const aside = after0 && after0.kind === 'punct' && after0.w === ',' && end === groupStart - 1;
  if (aside) {
    // "A, she said, B." counts the words on both sides of the aside.
    for (let j = groupEnd + 2; j < to; j++) if (tokens[j]!.kind === 'word') words++;
  }
  if (words < 3) return undefined;
  const lead = tokens[a];
  // ("This is also supporting the sentiment, Oza said": "this" before a finite verb is the clause's subject.)
  const thisSubject = isWord(lead) && lead.lw === 'this' && isWord(tokens[a + 1]) && FINITE_VERBS.has(tokens[a + 1]!.lw);
  if (isWord(lead) && ADJUNCT_OPENERS.has(lead.lw) && words < 8 && !thisSubject) {
    let commas = 0;
    for (let j = a; j < end; j++) if (tokens[j]!.w === ',') commas++;
    if (commas === 0) return undefined; // "In a wide-ranging interview, he said ..."
  }
  // What follows the cue must be its own adjuncts, or the rest of a parenthetical ("A, she said, B.").
  const after = tokens[groupEnd + 1];
  const afterNext = tokens[groupEnd + 2];
  let b = groupStart - 1;
  // "..., the minister said on Tuesday, adding ..." / "..., after years of debate": what follows the comma is
  // the saying's own adjunct, not the rest of a parenthetical clause.
  const participle = isWord(afterNext) && !afterNext.cap && (afterNext.lw.endsWith('ing') || SAYING_ADJUNCTS.has(afterNext.lw));
  if (end < groupStart - 1) b = end;
  if (after && after.kind === 'punct' && after.w === ',' && !participle && end === groupStart - 1) {
    b = to;
    while (b > a && tokens[b - 1]!.kind === 'punct') b--;
    // "A, the officials said, B, "Q," Y said.": B ends where the next quote begins.
    for (let j = groupEnd + 1; j < b; j++) if (tokens[j]!.kind === 'quote') { b = j; break; }
    while (b > groupEnd + 1 && tokens[b - 1]!.kind === 'punct') b--;
    if (b <= groupEnd + 2) return undefined;
  } else if (!participle) {
    for (let j = groupEnd + 1; j < to; j++) {
      const t = tokens[j]!;
      if (t.kind === 'quote') return undefined;
      if (t.kind === 'word' && (t.lw === 'that' || isSpeechVerb(t.lw))) return undefined;
    }
  }
  while (b > a && tokens[b - 1]!.kind === 'punct') b--;
  return b > a ? [a, b] : undefined;
}

/**
 * After "according to" at `k` and its source ending at `e`: the words from the source's comma to the sentence end `to`
 * are the source's appositive ("..., according to Sen. Ada Holt, R-Lisk.") when the words before the cue hold a finite
 * verb and those after the comma hold none and open with no conjunction, subordinator or preposition ("..., according
 * to IBM, because it helps ...", "..., according to analysts, with shipments expected to grow ..." go on with the clause).
 */
function sourceAppositiveFollows(tokens: readonly Token[], from: number, k: number, e: number, to: number): boolean {
  const open = tokens[e + 2];
  if (tokens[e + 1]?.w !== ',' || !isWord(open) || isCoordinator(open.lw) || opensFrontedClause(open.lw) || PREPOSITIONS.has(open.lw)) return false;
  // ("... to exceed 16bn euros and, according to some predictions, balloon to 33bn": the clause goes on past the aside.)
  const before = tokens[k - 1]?.w === ',' ? tokens[k - 2] : tokens[k - 1];
  if (isWord(before) && isCoordinator(before.lw)) return false;
  return finiteVerbBetween(tokens, from, k) && !finiteVerbBetween(tokens, e + 2, to);
}

/** The last word token of the sentence `from`..`to` (its closing punctuation left out); no further back than `from`. */
function lastWordBefore(tokens: readonly Token[], from: number, to: number): number {
  let j = to - 1;
  while (j > from && !isWord(tokens[j])) j--;
  return j;
}

/** Words that open an adjunct of the saying after "X said," rather than the rest of the reported clause. */
const SAYING_ADJUNCTS: ReadonlySet<string> = new Set(['after', 'amid', 'despite', 'during', 'ahead']);

/** Most tokens a dateline takes before its dash ("ST. JOSEPH, Mich. (AP) —"). */
const MAX_DATELINE = 10;

/**
 * The first token after a dateline opening the paragraph ("VIENNA —", "WASHINGTON (AP) —", "SEOUL, South Korea
 * —", "WASHINGTON, Aug. 24 (UPI) —"): the place the story was filed from is no part of what the speaker said. `from`
 * when there is none: a dateline opens with a word in capitals only and reaches its dash before any lower-case word
 * (a date's day and year are numbers, not lower-case words).
 */
function afterDateline(tokens: readonly Token[], from: number, to: number): number {
  const first = tokens[from];
  if (from !== 0 || !isWord(first) || !/^\p{Lu}[\p{Lu}.]{2,}$/u.test(first.w)) return from;
  for (let j = from + 1; j < Math.min(to, from + MAX_DATELINE); j++) {
    const t = tokens[j]!;
    if (t.kind === 'punct' && /^(?:—|–|--)$/.test(t.w)) return j + 1;
    // ("WASHINGTON, Aug. 24 (UPI) —": the date is part of the dateline.)
    if (t.kind === 'word' && !/^[\p{Lu}\p{N}]/u.test(t.w)) return from;
    if (t.kind === 'quote') return from;
  }
  return from;
}

/** A quote ends right before `k` (its closing comma inside or just after the marks), at or after token `from`. */
function quoteJustBefore(tokens: readonly Token[], k: number, from = 0): boolean {
  const p = tokens[k - 1];
  return p?.kind === 'quote' || (p?.kind === 'punct' && p.w === ',' && k - 2 >= from && tokens[k - 2]?.kind === 'quote');
}

/**
 * '"...," Clinton said answering a question', '"Really," she added when ...': the sentence opens with a quote that
 * closes on a comma, a question or an exclamation mark (inside its marks or, for a comma, right after them), and the
 * cue group from `g` to the verb at `k` follows it directly: no coordinator or subordinator opens it ('"...," while
 * police said ...'), and no other verb of speech or relative word stands in it ('"...," said Ada Holt, who added that
 * ...'). The quote is then what the verb reports, and what follows the verb is a setting or a time, never a second
 * reported clause. A quote inside the sentence is a title or a phrase ('Friday on CNN's "New Day," Sen. X told host
 * Y she believed ...'), and the clause after the verb stands.
 */
function reportsQuoteBefore(text: string, tokens: readonly Token[], g: number, k: number, from: number): boolean {
  const comma = tokens[g - 1]?.kind === 'punct' && tokens[g - 1]!.w === ',';
  const q = comma ? g - 2 : g - 1;
  const t = tokens[q];
  if (q !== from || t?.kind !== 'quote') return false;
  const first = tokens[g];
  if (!isWord(first) || isCoordinator(first.lw) || SUBORDINATORS.has(first.lw) || NON_FINITE_OPENERS.has(first.lw)) return false;
  for (let j = g; j < k; j++) if (isWord(tokens[j]) && (isSpeechVerb(tokens[j]!.lw) || RELATIVE_WORDS.has(tokens[j]!.lw))) return false;
  return comma || /[,?!][\s"'“”‘’]*$/u.test(text.slice(t.s, t.e));
}

/** Tokens between a quote and its verb that open with a name and a comma: that name (see findCues). */
function nameOpeningAfterQuote(text: string, tokens: readonly Token[], lo: number, k: number): Mention | null {
  if (tokens[lo - 1]?.kind !== 'quote' || k - lo > MAX_APPOSITIVE) return null;
  const a = tokens[lo]?.w === ',' ? lo + 1 : lo;
  const end = runStartingAt(tokens, a, k);
  if (end <= a || tokens[end]?.w !== ',') return null;
  const m = mentionFromRun(text, tokens, a, end - 1, a);
  return m && m.kind === 'name' ? m : null;
}

/**
 * '"...," NAME, a|an|the ... VERB': the name right after the quote when a lower-case appositive opens after its comma
 * and runs to the verb at `k` with no finite verb and no quote of its own (so commas inside it, "Council on Energy,
 * Environment and Water", do not make its last words the subject); null otherwise.
 */
function nameBeforeOpenAppositive(text: string, tokens: readonly Token[], lo: number, k: number): Mention | null {
  const m = nameOpeningAfterQuote(text, tokens, lo, k);
  if (!m) return null;
  let j = lo;
  while (j < k && tokens[j]!.s < m.pos) j++;
  while (j < k && tokens[j]!.w !== ',') j++;
  const open = tokens[j + 1];
  if (!isWord(open) || open.cap || !(INDEFINITE_DETERMINERS.has(open.lw) || open.lw === 'the' || isRole(open.lw))) return null;
  for (let x = j + 2; x < k; x++) {
    const t = tokens[x]!;
    if (t.kind === 'quote' || (isWord(t) && (FINITE_VERBS.has(t.lw) || RELATIVE_WORDS.has(t.lw) || PRONOUNS.has(t.lw)))) return null;
  }
  return m;
}

/** Longest stretch (tokens) between a quote and its verb read as "NAME, APPOSITIVE,". */
const MAX_APPOSITIVE = 30;

/** The lower-case word at `k`. */
function t0(tokens: readonly Token[], k: number): string {
  return tokens[k]?.lw ?? '';
}

/** Most words of the subject between a relative word and its speech verb ("that government officials said"). */
const MAX_RELATIVE_SUBJECT = 4;
/** Relative words that open an object relative a speech verb sits in ("which he said was ..."). */
const REPORT_RELATIVES: ReadonlySet<string> = new Set(['which', 'that', 'who', 'whom', 'what']);

/**
 * "policies, which he said had harmed the economy", "a charity that prosecutors said was suspected of ...", "on what
 * he said were the failures of ...": a relative word, a short subject (a pronoun, a name, a plain noun phrase), the
 * speech verb at `k`, then a finite verb. The subject speaks, and its words run from that verb to the end of the
 * relative clause (the next comma, colon, semicolon, dash or the sentence's end). "What he said was ..." opening a
 * sentence is the writer's, so "what" counts only after a word of the sentence that is no coordinator.
 */
function relativeReport(text: string, tokens: readonly Token[], lo: number, to: number, k: number): { mention: Mention; clause: [number, number]; start: number } | undefined {
  const next = tokens[k + 1];
  if (!isWord(next) || !(FINITE_VERBS.has(next.lw) || next.lw === 'must' || (/[a-z]ed$/.test(next.lw) && !next.cap && next.lw !== 'need'))) return undefined;
  let s = k - 1;
  while (s > lo && k - s <= MAX_RELATIVE_SUBJECT && (tokens[s]!.kind === 'word' || tokens[s]!.w === "'s") && !(isWord(tokens[s]) && REPORT_RELATIVES.has(tokens[s]!.w))) s--;
  const rel = tokens[s];
  if (s >= k - 1 || !isWord(rel) || !REPORT_RELATIVES.has(rel.w)) return undefined;
  if (rel.w === 'what' && (s <= lo || !isWord(tokens[s - 1]) || isCoordinator(tokens[s - 1]!.lw))) return undefined;
  // ("said that the media reports were ...", "and that most of the taxes claimed are ...": after a verb of speech, a
  // coordinator or an adjective's "sceptical that", "that" opens a clause, not a relative one.)
  const before = tokens[s - 1];
  if (rel.w === 'that' && (!isWord(before) || isCoordinator(before.lw) || isSpeechVerb(before.lw) || /(?:al|ful|ous|ive|ic|ent|ant|ed)$/.test(before.lw))) return undefined;
  const a = s + 1;
  // ("which he favors but says would ...": the subject is one pronoun, or words with no pronoun or coordinator.)
  for (let j = a; j < k && k - a > 1; j++) if (PRONOUNS.has(tokens[j]!.lw) || isCoordinator(tokens[j]!.lw)) return undefined;
  // ("the latest reports heralded": a noun-like -s form after a noun phrase is no verb.)
  if (k - a > 1 && t0(tokens, k).endsWith('s') && t0(tokens, k) !== 'says' && !isNameWord(tokens[k - 1])) return undefined;
  let mention: Mention | null = null;
  if (a === k - 1 && PRONOUNS.has(tokens[a]!.lw)) mention = { kind: 'pronoun', text: tokens[a]!.lw, pos: tokens[a]!.s };
  else if (runStartingAt(tokens, a, k) === k) mention = mentionFromRun(text, tokens, a, k - 1, a);
  else if (!tokens[a]!.cap || tokens[a]!.lw === 'the') mention = descriptionAt(text, tokens, a, k - 1);
  if (!mention || (mention.kind === 'name' && mention.possessive)) return undefined;
  let b = k + 1;
  // (A comma inside a number, "2,500", goes on.)
  while (b < to && b < k + 1 + MAX_CLAUSE && !(tokens[b]!.kind === 'punct' && /^[,;:.!?—–]$/.test(tokens[b]!.w) && !(tokens[b]!.w === '.' && isAbbreviation(tokens, b)) && !(tokens[b]!.w === ',' && /^\d/.test(tokens[b - 1]!.w) && /^\d/.test(tokens[b + 1]?.w ?? '') && tokens[b + 1]!.s === tokens[b]!.e))) b++;
  return b - (k + 1) >= 2 ? { mention, clause: [k + 1, b], start: a } : undefined;
}

/**
 * The name opening a sentence (after at most one linking word) when a comma and a lower-case appositive or aside
 * follow it ("Elward Penn, an official at ...,", "Ada Holt, who heads ...,", "Will Roe, for example,"): the subject
 * of a verb at most MAX_APPOSITIVE tokens on, however long the appositive; null otherwise.
 */
function nameOpeningSentence(text: string, tokens: readonly Token[], lo: number, k: number): Mention | null {
  const a = isWord(tokens[lo]) && SENTENCE_CONJUNCTIONS.has(tokens[lo]!.lw) ? lo + 1 : lo;
  if (k - a > MAX_APPOSITIVE) return null;
  const end = runStartingAt(tokens, a, k);
  const aside = tokens[end + 1];
  if (end <= a || tokens[end]?.w !== ',' || !isWord(aside) || aside.cap) return null;
  const m = mentionFromRun(text, tokens, a, end - 1, a);
  return m && m.kind === 'name' ? m : null;
}

/** The name `m` opens the sentence from `lo`, after at most a linking word and its comma ("However, Mr Hale"). */
function opensSentence(tokens: readonly Token[], lo: number, m: Mention): boolean {
  let a = lo;
  if (isWord(tokens[a]) && SENTENCE_CONJUNCTIONS.has(tokens[a]!.lw)) a += tokens[a + 1]?.w === ',' ? 2 : 1;
  // (A courtesy title is a token of its own before the name: "Mr Hale" is read at "Hale".)
  if (m.kind === 'name' && m.honorific !== undefined && tokens[a]?.w === m.honorific) a++;
  return tokens[a]?.s === m.pos;
}

/**
 * A reported clause opens right after the verb at `k` ("said that ...", "said she could not ...", "said the rules
 * would ...", "said Trump's visit ..."), so a comma before the verb does not make it "..., said X": no name or
 * description ends the clause there.
 */
function clauseFollows(text: string, tokens: readonly Token[], k: number, to: number): boolean {
  const t = tokens[k + 1];
  if (!isWord(t)) return false;
  if (t.lw === 'that' || SUBJECT_PRONOUNS.has(t.lw)) return true;
  if (isNameWord(t)) {
    const next = tokens[runStartingAt(tokens, k + 1, to)];
    // ('said Mr Crane "should stay out of" the row': quoted words that open in lower case go on the name's clause.)
    return next !== undefined && (next.w === "'s" || (isWord(next) && !next.cap) || (next.kind === 'quote' && /^\p{Ll}/u.test(text.slice(next.s + 1, next.s + 2))));
  }
  if (!MODIFIER_DETERMINERS.has(t.lw)) return false;
  for (let j = k + 2; j < to && j < k + 12 && isWord(tokens[j]); j++) if (FINITE_VERBS.has(tokens[j]!.lw)) return true;
  return false;
}

/**
 * Every word that can open a cue in `findCues`: "according", the phrasal verbs' first words, the issuing verbs, the
 * naming, characterising and for-verbs and the speech verbs. Any other word fails each of its tests, so it is skipped
 * before them (they run for every word of the article; this is the same answer for less work). A new trigger word
 * in `findCues` goes here too.
 */
const CUE_OPENERS: ReadonlySet<string> = new Set([
  'according', 'shot', 'fired', 'hit', 'put', 'puts', 'pointed', 'points', 'went', 'goes',
  ...ISSUING_VERBS, ...NAMING_VERBS, ...AS_VERBS, ...FOR_VERBS, ...SPEECH_VERBS,
]);

/** Most tokens from "as saying" back to the form of "quote" it completes ("quoted Wassim Bouhlel, a Nice native, as"). */
const MAX_QUOTED_OBJECT = 16;

/**
 * "X quoted Y as saying", "Y is quoted (by X) as saying", "with Y quoted as saying": the speaker of the participle
 * at `k` is Y, the person quoted, never X, the paper or the agency that quotes (which the plain participle reading
 * would take as the sentence's subject). Y may be a description ("quoted a central bank official as saying"), left
 * to the cast to bind to the person the article names or to keep as an unnamed source. Null when `k` is no "as
 * <participle>" after a form of "quote" in the same clause; a null mention when the quoted one cannot be read.
 */
function quotedAsSaying(text: string, tokens: readonly Token[], lo: number, k: number): { mention: Mention | null; start: number } | null {
  const t = tokens[k]!;
  if (!isParticipleCue(t.lw) || tokens[k - 1]?.lw !== 'as') return null;
  let q = -1;
  for (let j = k - 2; j >= lo && j >= k - MAX_QUOTED_OBJECT; j--) {
    const x = tokens[j]!;
    if (x.kind === 'quote' || (x.kind === 'punct' && /^[;:.!?]$/.test(x.w) && !isAbbreviation(tokens, j))) return null;
    if (isWord(x) && isQuotingForm(x.lw)) { q = j; break; }
  }
  if (q < 0) return null;
  const before = tokens[q - 1];
  const after = tokens[q + 1]!;
  // Passive ("Braynard is quoted as saying", "Dixon was quoted by The Australian as saying") or absolute ("with Mr
  // Dixon quoted as saying", "Anelka was quoted in a French newspaper as saying"): the subject of "quoted" speaks.
  if (q - 1 >= lo && isWord(before) && (PASSIVE.has(before.lw) || q + 1 === k - 1 || after.lw === 'by' || after.lw === 'in')) {
    if (!PASSIVE.has(before.lw) && isNameWord(before)) {
      // ("..., with Mr Dixon quoted as saying": the name right before "quoted", as before an absolute participle.)
      const r = runEndingAt(tokens, q - 1, lo);
      const named = r >= 0 ? mentionFromRun(text, tokens, r, q - 1, r) : null;
      if (named) return { mention: named, start: r };
    }
    const v = PASSIVE.has(before.lw) ? q - 1 : q;
    const mention = subjectBefore(text, tokens, lo, v);
    return { mention, start: mention ? Math.max(lo, tokenAt(tokens, mention.pos, lo, v)) : q };
  }
  // Active: the object between "quoted" and "as" speaks; the cue group runs from the quoting subject ("...,
  // Reuters quoted sources as saying": the reported clause ends before "Reuters").
  const source = subjectBefore(text, tokens, lo, q);
  const start = source ? Math.max(lo, tokenAt(tokens, source.pos, lo, q)) : q;
  const m = subjectAfter(text, tokens, q, k - 1);
  if (m && m.kind !== 'description') return { mention: m, start };
  // "quoted an unnamed executive at Euronext as", "quoted one of Carson's advisers as", "quoted sources as": an
  // indefinite object is an unnamed source, kept whole; a definite one ("the executive") is left to the cast to bind.
  const ws: Token[] = [];
  for (let j = q + 1; j < k - 1; j++) if (isWord(tokens[j]) || tokens[j]!.w === "'s") ws.push(tokens[j]!);
  while (ws.length && !isWord(ws[ws.length - 1])) ws.pop();
  const first = ws[0];
  if (!first || ws.length > 10) return { mention: m, start };
  const unnamed = (INDEFINITE_DETERMINERS.has(first.lw) && !DEMONSTRATIVES.has(first.lw)) || QUANTIFIERS.has(first.lw) || /^\d/.test(first.lw) || (ws.length === 1 && !first.cap);
  if (!unnamed) return { mention: m, start };
  return { mention: { kind: 'description', text: text.slice(first.s, ws[ws.length - 1]!.e), pos: first.s, unnamedSource: true, secondHand: true }, start };
}

/**
 * The cue's subject is a name the article cites as a source it relays: the name right after "according to" ("according
 * to Politico"), or right before "reported" with at most one adverb between ("Right Wing Watch first reported").
 * (Only a name standing there: "according to coach Ann Vell" introduces a person by an office, as the regexes this
 * replaced read it, session 41.)
 */
function citedSource(tokens: readonly Token[], cue: Cue, from: number, according: boolean): boolean {
  const m = cue.mention!;
  if (m.kind !== 'name') return false;
  if (according) return tokens[cue.v + 2]?.s === m.pos;
  // (Before the verb: '..., reported the Dunmore Ledger.' reads the name after it, as a speaker.)
  if (!isCitingVerb(tokens[cue.v]!.lw) || m.pos >= tokens[cue.v]!.s) return false;
  const after = tokenAfterMention(tokens, m, from, cue.v);
  return after === cue.v || (after === cue.v - 1 && CITING_ADVERBS.has(tokens[after]!.lw));
}

/** Finds the speech cues of the sentence `[from, to)` in paragraph tokens. */
export function findCues(text: string, tokens: readonly Token[], from: number, to: number): Cue[] {
  const cues: Cue[] = [];
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word' || !CUE_OPENERS.has(t.lw)) continue;
    const according = t.lw === 'according' && tokens[k + 1]?.lw === 'to';
    // Phrasal cues: "shot back", "fired back", "put it".
    const phrasal = (t.lw === 'shot' || t.lw === 'fired' || t.lw === 'hit') ? tokens[k + 1]?.lw === 'back' : (t.lw === 'put' || t.lw === 'puts') ? tokens[k + 1]?.lw === 'it' || issuesStatement(tokens, k) : (t.lw === 'pointed' || t.lw === 'points') ? tokens[k + 1]?.lw === 'out' : (t.lw === 'went' || t.lw === 'goes') ? wentOnBeforeQuote(tokens, k) : issuesStatement(tokens, k);
    const complement = according || phrasal ? -1 : complementQuote(tokens, k, from, to);
    const characterised = according || phrasal || complement >= 0 ? undefined : characterisationClause(tokens, k, from, to);
    if (!according && !phrasal && complement < 0 && !characterised && (!isSpeechVerb(t.lw) || !isVerbUse(tokens, k, from, to))) continue;
    // The clause region holding the subject: back to the sentence start, a quote or a semicolon.
    // Bounded: a subject is never further than MAX_SUBJECT tokens from its verb.
    let lo = Math.max(from, k - MAX_SUBJECT);
    for (let j = k - 1; j >= lo; j--) {
      const x = tokens[j]!;
      // ('Mr Kennedy, whose party calls the plan "deeply flawed" said ...': a quote inside a relative aside that no
      // comma closes is no bound; the name before the aside is the subject.)
      if (x.kind === 'quote' && j === k - 1 && insideOpenRelative(tokens, lo, j)) continue;
      // ('Ada Holt, author of "The Quiet Harbour," said ...', 'As Holt, author of "The Quiet Harbour," put it, ...':
      // a title quoted at the end of the subject's appositive is no bound either; the name before the comma is.)
      if (x.kind === 'quote' && (j === k - 1 || (j === k - 2 && tokens[k - 1]!.w === ',')) && titleEndsAppositive(text, tokens, lo, j)) continue;
      if (x.kind === 'quote' || (x.kind === 'punct' && (x.w === ';' || x.w === ':'))) { lo = j + 1; break; }
    }
    let mention: Mention | null = null;
    let via: Cue['via'] = 'before';
    let groupStart = k;
    let groupEnd = k;
    const prev = tokens[k - 1];
    let quoting: { mention: Mention | null; start: number } | null = null;
    let commentOnly = false;
    let abstained: { subject: Mention | null } | undefined;
    const joined: { at?: number } = {};
    if (according) {
      mention = subjectAfter(text, tokens, k + 1, to);
      via = 'according';
      groupEnd = endOfMention(tokens, k + 2, to, true);
      // "According to the initial schedule published Thursday, ...", "..., according to a pool report.": the
      // source runs to its comma or to the end of the sentence.
      for (let j = groupEnd + 1; j < Math.min(to + 1, k + 16); j++) {
        const x = tokens[j];
        if (!x || x.kind !== 'word') { if (!x || x.w === ',' || j === to - 1 || TERMINAL_MARKS.has(x.w)) groupEnd = j - 1; break; }
      }
      // "according to early results of exit polls": a source that names nobody is still an unnamed source.
      if (!mention) mention = sourcePhrase(text, tokens, k + 2, groupEnd);
    } else if ((quoting = quotedAsSaying(text, tokens, lo, k))) {
      // "Reuters quoted an official as saying", "Dixon was quoted by the paper as saying": the person quoted speaks.
      mention = quoting.mention;
      groupStart = quoting.start;
    } else if (t.lw.endsWith('ing') && (isParticipleCue(t.lw) || complement >= 0 || participleBeforeQuote(tokens, k, to)) && (!prev || prev.kind !== 'word' || prev.lw === 'and' || prev.lw === 'by' || prev.lw === 'while' || prev.lw === 'before' || prev.lw === 'after' || prev.lw === 'when' || (STATEMENT_NOUNS.has(prev.lw) && cues.length > 0))) {
      // ("issued a statement saying ...": the participle shares the subject of the cue that put the statement out.)
      mention = sharedSubject(text, tokens, cues, from, k, joined);
      via = 'shared';
      // ('Christie said Trump's tweet saying "..." was ...': a statement a possessive owns is the owner's, not the
      // earlier cue's subject's; no speaker.)
      if (participleOfOwnedNoun(tokens, k, mention ? mention.pos : -1)) { abstained = { subject: null }; mention = null; }
    } else if (t.lw.endsWith('ing') && prev && isNameWord(prev) && withBefore(tokens, k - 1, lo)) {
      // "with Sen. John McCain calling it ...": the name right before the participle speaks.
      const r = runEndingAt(tokens, k - 1, lo);
      mention = r >= 0 ? mentionFromRun(text, tokens, r, k - 1, r) : null;
      if (mention) groupStart = r;
    } else if (prev && isWord(prev) && (isCoordinator(prev.lw) || coordinatorBeforeModifiers(tokens, k, lo))) {
      // ("X used to back Y, but now said ...", "X backed Y and later said ...": the modifiers after the "and" or
      // "but" leave the verb coordinated, and its subject is the sentence's, not the name right before.)
      mention = sharedSubject(text, tokens, cues, from, k, joined);
      via = 'shared';
    } else {
      // ('"...," warned Richards.': a hearer verb right after its quote inverts too; elsewhere its object follows.)
      const inverted = (!takesHearer(t.lw) || (quoteJustBefore(tokens, k) && invertsAfterQuote(t.lw))) && (!prev || (prev.kind === 'quote' && !insideOpenRelative(tokens, lo, k - 1) && !titleEndsAppositive(text, tokens, lo, k - 1)) || k === lo || (prev.kind === 'punct' && (prev.w === ',' || prev.w === '—' || prev.w === '–')));
      if (inverted && prev?.kind === 'punct' && prev.w === ',' && k - 1 > lo) {
        // "X, ROLE, said" keeps its subject before; ", said X" has it after.
        const m = subjectBefore(text, tokens, lo, k);
        // "Security, stability and prosperity would be the themes ..., said Mr Straw": a clause between the
        // words and the verb makes them its subject, not the verb's; an appositive or a who-aside does not.
        // ("And Trump, said Sunshine, who ..., doesn't forgive": a name and its comma right after the verb speak, and the
        // words before are the reported clause's subject.)
        // ("However, Mr Hale, who ... (a long aside) ..., said Mr Crane "should go"": a clause after the verb means it is
        // not inverted, so the name opening the sentence is its subject however long the aside; the name after the
        // verb is the clause's subject.)
        const follows = clauseFollows(text, tokens, k, to);
        const near = m !== null && (tokensBetween(tokens, m.pos, k) <= MAX_SUBJECT_BEFORE_VERB || (follows && m.kind === 'name' && !m.possessive && opensSentence(tokens, lo, m)));
        if (m && m.kind !== 'pronoun' && near && !finiteClauseBetween(tokens, m.pos, k) && !objectOfClause(tokens, lo, m.pos) && !nameAsideAfterVerb(tokens, k, to)) mention = m;
        // '"...," Anne Richards, assistant secretary of state for population, refugees, and migration, said':
        // the name opening the stretch between a quote and its verb speaks, however long its appositive.
        if (!mention) mention = nameOpeningAfterQuote(text, tokens, lo, k);
        // "Elward Penn, an official at the housing authority, which has a backlog of 500 homes, said the rules would
        // ...": a clause after the verb, so the verb is not inverted; the name opening the sentence speaks.
        if (!mention && lo === from && follows) mention = nameOpeningSentence(text, tokens, lo, k);
      }
      // (After a naming verb comes its object, never its subject.)
      // ('That letter, on company letterhead, demanded that Roffman make "..."', 'The ad, titled "...", concludes that
      // Trump is too "..."': "that" after the verb opens the reported clause, so the verb is not inverted and a name
      // after "that" is that clause's subject, never the speaker; with no subject read before, no speaker.)
      if (!mention && inverted && complement < 0 && !characterised && tokens[k + 1]?.lw !== 'that') {
        mention = subjectAfter(text, tokens, k, to);
        if (mention) { via = 'after'; groupEnd = endOfMention(tokens, k + 1, to); }
      }
      if (!mention && !inverted) {
        // ("... at Old Trafford and Ancelotti said": the name after a preposition's named object and "and" opens a
        // clause of its own, which the run read back through "and" hid.)
        mention = subjectBefore(text, tokens, lo, k) ?? joinedClauseSpeaker(text, tokens, lo, k);
        // '"...," Kurinji Selvaraj, a research analyst at the Council on Energy, Environment and Water think tank told
        // Vox.': an appositive that no comma closes, with a comma of its own inside, still belongs to the name opening it.
        const opening = !mention || mention.kind !== 'pronoun' ? nameBeforeOpenAppositive(text, tokens, lo, k) : null;
        if (opening && (!mention || mention.pos > opening.pos)) mention = opening;
        // ('"a secret weapon", as one activist put it', 'owed his election to, as an American diplomat put it, an
        // "extreme makeover"', 'But as the Hill pointed out, "..."': a comment clause on "as" has its own subject,
        // never a name before the "as"; read that way, it reports only the quote beside it.)
        const asAt = commentClauseAs(tokens, lo, k, to, phrasal);
        if (asAt >= 0 && (!mention || mention.pos < tokens[asAt]!.s)) {
          mention = subjectBefore(text, tokens, asAt + 1, k);
          commentOnly = true;
        }
      }
      // "which Apple views as "...", "what he called "...": the name or pronoun right before a governing verb is its
      // subject, whatever opens the relative clause.
      if (!mention && complement >= 0) mention = adjacentSubject(text, tokens, lo, k);
      if (mention && via === 'before') groupStart = Math.max(lo, tokenAt(tokens, mention.pos, lo, k));
      // "... despite Mr Flight's allies saying ...", "the paper's editorial telling him to ...": a participle right after
      // a noun a possessive owns is the owner's words; the subject read further back is another person or a fragment
      // of the sentence, so the cue gives no speaker. (A name governed by of/by/about before the participle - "an
      // account of X telling" - was a rule too, withdrawn in session 26: alone it added a wrong answer on an unseen set.)
      if (!inverted && participleOfOwnedNoun(tokens, k, mention ? mention.pos : -1)) { abstained = { subject: mention }; mention = null; }
    }
    // ('"...," it read.': the pronoun is the document, which the cast cannot tell from a body or a one-word name.)
    if (isReadForm(t.lw) && mention?.kind === 'pronoun') continue;
    const cue: Cue = { v: k, verb: according ? 'according to' : t.w, mention, via, lo, groupEnd, groupStart };
    if (joined.at !== undefined) cue.joinedAt = joined.at;
    if (claimsAThing(tokens, k)) cue.claimsThing = true;
    if (complement >= 0) cue.complement = complement;
    if (abstained) cue.abstained = abstained;
    // "pointed out that ...": the particle stands between the verb and its clause ("pointed out the pier" has none,
    // and "it was pointed out that" no speaker).
    const pointedOut = phrasal && (t.lw === 'pointed' || t.lw === 'points') && tokens[k + 2]?.lw === 'that' && !(isWord(prev) && PASSIVE.has(prev.lw));
    if (mention && via !== 'according' && (takesClause(t.lw) || takesHearer(t.lw) || pointedOut)) {
      const object = takesHearer(t.lw);
      const after = via === 'after' ? { audienceEnd: k } : clauseAfter(tokens, pointedOut ? k + 1 : k, to, object);
      // ('"...," Clinton said answering a question', '"Really," she added when ...': the quote is what the verb
      // reports, so what follows the verb is a setting or a time, never a second reported clause.)
      if (after.clause && via === 'before' && reportsQuoteBefore(text, tokens, groupStart, k, from)) delete after.clause;
      // "the win, which Clinton conceded when polls closed, ...": in an object relative the pronoun is the verb's
      // object, so a time or condition clause after the verb is an adjunct, not what was said.
      const relative = via === 'before' && opensObjectRelative(tokens, groupStart);
      if (after.clause && !(relative && ADJUNCT_CLAUSE_OPENERS.has(tokens[after.clause[0]]?.lw ?? ''))) cue.clause = endOfFrontedClause(tokens, from, k, after.clause);
      if (object && after.audienceEnd > k) {
        cue.audience = audienceText(text, tokens, k + 1, after.audienceEnd);
        cue.groupEnd = Math.max(cue.groupEnd, after.audienceEnd);
      }
      // "the pact, which Dale says was ...": what Dale said lies in the relative clause, never the sentence around it.
      // ("..., said Ada Holt, the harbour master.": the speaker's appositive ends the sentence, so the clause is all
      // before the verb and the attribution is no part of it.)
      if (!cue.clause && !relative) cue.clause = clauseAround(tokens, from, to, groupStart, via === 'after' ? speakerAppositiveEnd(tokens, from, k, skipTrailing(tokens, cue.groupEnd, to), to, mention.document === true) : skipTrailing(tokens, cue.groupEnd, to));
    } else if (mention && via === 'according' && !quoteJustBefore(tokens, k)) {
      // ('"...," according to X, director of Y': the quote is X's words; what follows X is no clause.)
      // ("X has Y, according to Sen. Ada Holt, R-Lisk.", "..., according to the Judicial Conference, the policy arm of
      // the courts.": with a finite verb before the cue and none after the source's comma, nor a conjunction opening
      // what follows it, the words after the comma are the source's appositive, not the rest of an aside as in "Among
      // the projects at risk, according to Ms. Holt, are ..." or "X, according to Y, and there were ...".)
      const c = clauseAround(tokens, from, to, k, sourceAppositiveFollows(tokens, from, k, groupEnd, to) ? lastWordBefore(tokens, from, to) : groupEnd);
      if (c) cue.clause = c;
      else if (tokens[groupEnd + 1]?.w === ',') {
        let b = Math.min(to, groupEnd + 2 + MAX_CLAUSE);
        while (b > groupEnd + 2 && tokens[b - 1]!.kind === 'punct') b--;
        if (b - (groupEnd + 2) >= 3) cue.clause = [groupEnd + 2, b];
      }
    }
    // "As The Harbour Post reported, the ferry will close": a comment clause before the reported words.
    if (mention && !cue.clause && via === 'before' && (takesClause(t.lw) || takesHearer(t.lw) || phrasal)) {
      const c = afterCommentClause(tokens, from, to, phrasal ? k + 1 : k);
      if (c) cue.clause = c;
    }
    // "asked Sanders whether questions about his age were fair": the reported question.
    if (mention && !cue.clause && via !== 'according') {
      const q = reportedQuestion(tokens, k, from, to);
      if (q) { cue.clause = q; cue.question = true; }
    }
    // "vowed to cut taxes": the commitment a verb of promising reports ('"...," she vowed to supporters' has none).
    if (mention && !cue.clause && via !== 'according' && !(via === 'before' && reportsQuoteBefore(text, tokens, groupStart, k, from))) {
      const r = pronounAfterNoun(tokens, k, lo) ? undefined : infinitiveReport(tokens, k, to);
      if (r) cue.clause = endOfFrontedClause(tokens, from, k, r);
    }
    // "called him a political opportunist": the characterisation is what the speaker said of the person.
    if (mention && characterised && !cue.clause) cue.clause = characterised;
    // "a letter of apology that he said was drafted by the firm", "a bill, which critics said was discriminatory": the
    // relative clause's subject speaks, and what it said is the rest of the relative clause.
    if (takesClause(t.lw) && !according && !phrasal) {
      const r = relativeReport(text, tokens, lo, to, k);
      if (r) { cue.mention = r.mention; cue.clause = r.clause; cue.via = 'before'; cue.groupStart = r.start; }
    }
    // (A comment clause read past its "as" claims no clause before it: ", as the man says." after a reviewer's own
    // words, "..., as the Conservatives claim, he plans ...".)
    if (commentOnly && cue.clause && cue.clause[0] < k) delete cue.clause;
    if (cue.mention && citedSource(tokens, cue, from, according)) cue.mention.cited = true;
    cues.push(cue);
    if (according) k++;
  }
  // A clause ends where the next speaker's attribution starts ("A suggested X, Hawk Sawyer told lawmakers Y").
  for (let i = 0; i < cues.length; i++) {
    const c = cues[i]!;
    if (!c.clause) continue;
    for (let j = i + 1; j < cues.length; j++) {
      const d = cues[j]!;
      // Cues come in verb order and a cue group starts at most MAX_SUBJECT tokens before its verb: past this
      // one, none can start inside the clause (without the stop, a sentence of many cues was quadratic).
      if (d.v - MAX_SUBJECT >= c.clause[1]) break;
      // ("X argued that A, while her rival, Y, has soared in the polls by saying B": the participle's joined clause,
      // with its own subject, ends X's clause at its comma.)
      if (d.joinedAt !== undefined && c.clause[0] > c.v && d.joinedAt > c.clause[0] && d.joinedAt < c.clause[1]) {
        let e = d.joinedAt;
        while (e > c.clause[0] && tokens[e - 1]!.kind === 'punct') e--;
        if (e - c.clause[0] >= 3) c.clause = [c.clause[0], e];
        break;
      }
      if (d.via !== 'before' || !d.mention || d.groupStart < c.clause[0] || d.groupStart >= c.clause[1]) continue;
      // ("X said that Y was short, but the Kiwi said ...": a demonym stands for a person as a name does.)
      const named = d.mention.kind === 'name' || d.mention.kind === 'org' || isDemonymDescription(d.mention.text);
      // "A strong majority say X; 26 percent of Democrats say Y", "Ayotte said X, while Collins suggested Y": a
      // semicolon, or a comma and a conjunction, before the next cue's subject opens a clause of its own, whoever speaks.
      // (Only for a clause after its verb: a clause around an inverted "..., said Mr Ross, but ..." keeps its reading.)
      // (Read back from the subject's own first word: "..., but they are unfamiliar with what he is saying" has words
      // of another clause between the conjunction and "he", so it breaks nothing.)
      let m = d.groupStart;
      while (m < d.v && tokens[m]!.s < d.mention.pos) m++;
      const joined = c.clause[0] > c.v ? clauseBreakBefore(tokens, m, c.clause[0]) : -1;
      if (!named && joined < 0) continue;
      // "While Tolver has pledged to back Ringer as the nominee, Dunmore suggested that ...": the adjunct skipped up
      // to its comma leaves a "clause" that is the next speaker's attribution, so the verb reported nothing.
      if (d.groupStart === c.clause[0]) {
        if (tokens[d.groupStart - 1]?.w === ',' && d.v > c.v && d.v - d.groupStart <= MAX_TAKEN_OVER) delete c.clause;
        break;
      }
      let e = joined >= 0 ? joined : d.groupStart;
      while (e > c.clause[0] && tokens[e - 1]!.kind === 'punct') e--;
      if ((joined >= 0 || tokens[d.groupStart - 1]?.w === ',') && e - c.clause[0] >= 3) c.clause = [c.clause[0], e];
      break;
    }
  }
  return cues;
}

/**
 * Whether the verb at `k` lies inside a clause fronted by a subordinator (the sentence's first word, after "But" or
 * "And" at most, with no comma or quote before the verb): "When Maddow said ...", "Although Ada Holt has argued ...".
 */
function insideFrontedClause(tokens: readonly Token[], from: number, k: number): boolean {
  const opener = isWord(tokens[from]) && SENTENCE_CONJUNCTIONS.has(tokens[from]!.lw) ? tokens[from + 1] : tokens[from];
  if (!isWord(opener) || !opensFrontedClause(opener.lw)) return false;
  for (let j = from; j < k; j++) if (tokens[j]!.w === ',' || tokens[j]!.kind === 'quote') return false;
  return true;
}

/**
 * "When Maddow said the plan would fail, Clinton seized upon it", "Although Ada Holt has argued that the fares are too
 * high, the board ...": a verb inside a clause fronted by a subordinator (`opensFrontedClause`: the sentence's first
 * word, or its second after a `SENTENCE_CONJUNCTIONS` word such as "But", "Yet" or "However"; no comma before the
 * verb) reports only up to that clause's comma; the main clause after it is the writer's. The clause `c` is cut there
 * when at least three words stay (a comma between digits, "2,500", goes on).
 */
function endOfFrontedClause(tokens: readonly Token[], from: number, k: number, c: [number, number]): [number, number] {
  if (!insideFrontedClause(tokens, from, k)) return c;
  let words = 0;
  for (let j = c[0]; j < c[1]; j++) {
    const t = tokens[j]!;
    if (t.kind === 'word') words++;
    else if (t.w === ',' && !(/^\d/.test(tokens[j - 1]?.w ?? '') && /^\d/.test(tokens[j + 1]?.w ?? '') && tokens[j + 1]!.s === t.e)) return words >= 3 ? [c[0], j] : c;
  }
  return c;
}

/** Most tokens of a subject read back past its cue group ("Maine Sen. Susan Collins and" before "Texas Rep. ..."). */
const MAX_JOINED_SUBJECT = 10;

/**
 * Where the clause break before the subject that opens at token `g` starts: a semicolon ("; 26 percent of Democrats say"), or the
 * comma, semicolon or closing quote mark before a lower-case conjunction (", while Collins suggested", '"...this
 * cycle," while Maine Sen. Susan Collins and Texas Rep. Louis Gohmert suggested', ", and other GOP leaders said"),
 * with only the rest of the subject between (capitalised words, "and", abbreviations, possessives, quantifiers);
 * -1 when there is none ("and" inside a list of names, a bare comma, "but they are unfamiliar with what he is saying").
 */
function clauseBreakBefore(tokens: readonly Token[], g: number, lo: number): number {
  for (let j = g - 1; j > lo && j >= g - MAX_JOINED_SUBJECT; j--) {
    const t = tokens[j]!;
    if (t.w === ';') return j;
    if (t.w === "'s" || (t.w === '.' && isAbbreviation(tokens, j))) continue;
    if (t.kind !== 'word') return -1;
    const q = tokens[j - 1];
    if (!t.cap && CLAUSE_CONJUNCTIONS.has(t.lw) && (q?.w === ',' || q?.w === ';' || q?.kind === 'quote')) return q!.kind === 'quote' ? j : j - 1;
    if (!t.cap && t.lw !== 'and' && !QUANTIFIERS.has(t.lw)) return -1;
  }
  return -1;
}

/** "the Kiwi", "the Dutchman": a demonym after "the", which names one person (names.ts reads it so). */
function isDemonymDescription(s: string): boolean {
  const words = s.toLowerCase().split(/\s+/);
  return words.length === 2 && words[0] === 'the' && isDemonym(words[1]!);
}

const TERMINAL_MARKS: ReadonlySet<string> = new Set(['.', '!', '?', ';', ':', '—', '–', '(']);

/**
 * The words of an "according to" source that the mention readers found no name or description in ("exit
 * polling data", "ouest-france.fr"): an unnamed source, shown as written. Null for what is no source at
 * all ("according to plan") or too long to be one.
 */
function sourcePhrase(text: string, tokens: readonly Token[], a: number, b: number): Mention | null {
  if (b < a || b - a > 12) return null;
  for (let j = a; j <= b; j++) if (tokens[j]!.kind === 'quote') return null;
  const first = tokens[a];
  const last = tokens[b];
  if (!isWord(first) || !isWord(last) || PRONOUNS.has(first.lw)) return null;
  if (a === b && !last.cap && !/s$/.test(last.lw)) return null;
  return { kind: 'description', text: text.slice(first.s, last.e), pos: first.s, document: true };
}

/**
 * The token at `j` lies inside a relative aside opened after a name and never closed ("Mr Kennedy, whose party calls
 * the plan ..."): going back from `j`, a ", who" or ", whose" after a capitalised word comes before any comma, quote,
 * colon or semicolon.
 */
function insideOpenRelative(tokens: readonly Token[], lo: number, j: number): boolean {
  for (let x = j - 1; x > lo + 1; x--) {
    const t = tokens[x]!;
    if (t.kind === 'quote' || (t.kind === 'punct' && (t.w === ';' || t.w === ':'))) return false;
    if (t.kind === 'punct' && t.w === ',') return false;
    if (t.kind === 'word' && isWhoOrWhose(t.lw)) {
      const comma = tokens[x - 1];
      const name = tokens[x - 2];
      return comma?.kind === 'punct' && comma.w === ',' && isWord(name) && name.cap;
    }
  }
  return false;
}

/**
 * The quote at `j` is a title ("author of "The Quiet Harbour,"") that ends an appositive opened by a comma after a
 * capitalised word ('Ada Holt, professor of planning and author of "...,"'), with no quote, colon or semicolon
 * between: the subject's own description, not words spoken, and no bound to the subject's clause.
 */
function titleEndsAppositive(text: string, tokens: readonly Token[], lo: number, j: number): boolean {
  const lead = tokens[j - 1];
  if (!isWord(lead) || !TITLE_LEADS.has(lead.lw)) return false;
  const t = tokens[j]!;
  const words = text.slice(t.s, t.e).replace(/^[\s“"‘'`]+|[\s”"’'.,]+$/gu, '');
  if (!looksLikeTitle(words)) return false;
  for (let x = j - 2; x > lo; x--) {
    const y = tokens[x]!;
    if (y.kind === 'quote' || (y.kind === 'punct' && (y.w === ';' || y.w === ':'))) return false;
    if (y.kind === 'punct' && y.w === ',') return isWord(tokens[x - 1]) && tokens[x - 1]!.cap;
  }
  return false;
}

/** Fewest words before an inverted cue for a lower-case stretch after its speaker to be an appositive, not more clause. */
const MIN_CLAUSE_BEFORE_APPOSITIVE = 4;
/** Words that open an appositive after a speaker's name ("Ada Holt, the mayor", "Holt, who chairs the board"). */
const APPOSITIVE_OPENERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'who', 'whose', 'his', 'her', 'its', 'their', 'one']);

/**
 * "CLAUSE, said Ada Holt, the mayor." / "..., said Holt, who chairs the board.": the last token of the speaker's
 * appositive when one runs from the comma after the name `e` to the sentence end (`to`), else `e`. The clause before
 * the verb `k` has at least four words; the appositive opens with a determiner, a relative or a role, each later comma
 * part too (or with a name), and it holds no quote and no finite verb of its own before a relative word, so "By
 * contrast, said Mr Hogan, the code ... were common" (the rest of the clause) and "This system, says X, an
 * immunologist at the University of California, San Francisco, helps ..." stay parentheticals.
 */
function speakerAppositiveEnd(tokens: readonly Token[], from: number, k: number, e: number, to: number, document: boolean): number {
  const comma = tokens[e + 1];
  const open = tokens[e + 2];
  if (!comma || comma.kind !== 'punct' || comma.w !== ',' || !isWord(open)) return e;
  // ("..., said Orvin Platt, AKA Night Harbour.": the speaker's second name is his appositive too.)
  const alias = opensAlias(tokens, e + 2);
  if (!alias && (open.cap || (!APPOSITIVE_OPENERS.has(open.lw) && !isRole(open.lw)))) return e;
  // ("..., suggests the research, who will spend ...": a document has no who-clause of its own.)
  if (document && isWhoOrWhose(open.lw)) return e;
  let words = 0;
  for (let j = from; j < k && words < MIN_CLAUSE_BEFORE_APPOSITIVE; j++) if (tokens[j]!.kind === 'word') words++;
  if (words < MIN_CLAUSE_BEFORE_APPOSITIVE) return e;
  let last = e;
  let relative = isWhoOrWhose(open.lw);
  for (let j = e + 2; j < to; j++) {
    const t = tokens[j]!;
    if (t.kind === 'quote') return e;
    if (t.kind !== 'word') continue;
    // (Each later comma part opens as an appositive does, or with a name: "at the University of California, San
    // Francisco"; not ", helps direct ...", which is the rest of the clause.)
    const p = tokens[j - 1]!;
    if (p.kind === 'punct' && p.w === ',' && j > e + 2 && !t.cap && !APPOSITIVE_OPENERS.has(t.lw) && !RELATIVE_WORDS.has(t.lw) && !isRole(t.lw)) return e;
    if (RELATIVE_WORDS.has(t.lw)) relative = true;
    if (!relative && FINITE_VERBS.has(t.lw)) return e;
    last = j;
  }
  return last;
}

/**
 * A name and a comma right after the verb at `k` ("..., said Sunshine, who ..."; "..., says Dr Tuffy, games"): the
 * inverted subject, whatever stands before the comma ahead of the verb. A weekday or month after the verb is its
 * time ("Quist, the mayor, said Monday, ...").
 */
function nameAsideAfterVerb(tokens: readonly Token[], k: number, to: number): boolean {
  let j = k + 1;
  const first = tokens[j];
  if (!isWord(first) || !first.cap || isWeekday(first.lw) || MONTHS.has(first.lw) || DETERMINERS.has(first.lw)) return false;
  while (j < to && j <= k + 5 && (isWord(tokens[j]) && tokens[j]!.cap || isAbbreviation(tokens, j))) j++;
  const after = tokens[j];
  return j > k + 1 && after?.kind === 'punct' && after.w === ',';
}

/** Last token of the adjuncts after a cue ("in a statement following a phone call"), up to a comma. */
function skipTrailing(tokens: readonly Token[], k: number, to: number): number {
  let j = k;
  const stop = Math.min(to, k + 30);
  while (j + 1 < stop && tokens[j + 1]!.kind === 'word' && !isSpeechVerb(tokens[j + 1]!.lw) && tokens[j + 1]!.lw !== 'that') j++;
  const n = tokens[j + 1];
  return n && n.kind === 'punct' && n.w === ',' ? j : k;
}

/**
 * The participle cue at `k` follows a noun that a possessive owns ("Trump's tweet saying", "the paper's editorial
 * telling him"), and the subject read at `pos` lies before that possessor: the owner's words, not the subject's.
 */
function participleOfOwnedNoun(tokens: readonly Token[], k: number, pos: number): boolean {
  const t = tokens[k]!;
  const noun = tokens[k - 1];
  if (!t.lw.endsWith('ing') || !isParticipleCue(t.lw) || !isWord(noun) || noun.cap || !ownedByPossessive(tokens, k - 1)) return false;
  return pos < tokens[k - 3]!.s;
}

/**
 * A speech verb's -ing form that is no participle cue by itself, right before a quote: "..., chiding him, "..."",
 * "..., tweeting at him, "..."", "..., quipping: "..."". At most a hearer (an object pronoun, or "at"/"to" and one)
 * and a comma or colon stand between; the quoted words are the main clause's subject's, as after "saying".
 */
function participleBeforeQuote(tokens: readonly Token[], k: number, to: number): boolean {
  if (!isSpeechIngForm(tokens[k]!.lw)) return false;
  let j = k + 1;
  if (isWord(tokens[j]) && HEARER_PREPOSITIONS.has(tokens[j]!.lw) && isWord(tokens[j + 1]) && OBJECT_PRONOUNS.has(tokens[j + 1]!.lw)) j += 2;
  else if (isWord(tokens[j]) && OBJECT_PRONOUNS.has(tokens[j]!.lw)) j += 1;
  if (tokens[j]?.kind === 'punct' && (tokens[j]!.w === ',' || tokens[j]!.w === ':')) j += 1;
  return j < to && tokens[j]?.kind === 'quote';
}

/** The name ending at `j` follows "with" ("with Sen. John McCain calling it"). */
function withBefore(tokens: readonly Token[], j: number, lo: number): boolean {
  const r = runEndingAt(tokens, j, lo);
  return r > lo && isWord(tokens[r - 1]) && tokens[r - 1]!.lw === 'with';
}

/** A finite verb between the mention at `pos` and the verb at `k`, outside a relative aside ("who was"). */
function finiteClauseBetween(tokens: readonly Token[], pos: number, k: number): boolean {
  let inAside = false;
  let j = k - 1;
  while (j >= 0 && tokens[j]!.s >= pos) j--;
  let chunkStart = false;
  for (let x = j + 1; x < k; x++) {
    const t = tokens[x]!;
    if (t.kind === 'punct' && t.w === ',') { inAside = false; chunkStart = true; continue; }
    if (t.kind !== 'word') continue;
    if (RELATIVE_WORDS.has(t.lw)) inAside = true;
    // ", on his first day after X was sacked,": a prepositional aside after the name.
    if (chunkStart && ASIDE_PREPOSITIONS.has(t.lw)) inAside = true;
    chunkStart = false;
    if (!inAside && FINITE_VERBS.has(t.lw)) return true;
  }
  return false;
}

/** Adverbs that may stand between a coordinator and its verb ("but now said", "and later told"). */
const MAX_COORDINATED_MODIFIERS = 3;

/** "and" / "but" / "or" right before the lower-case verb modifiers that precede the verb at `k` ("but now said"). */
function coordinatorBeforeModifiers(tokens: readonly Token[], k: number, lo: number): boolean {
  let j = k - 1;
  while (j > lo && j >= k - MAX_COORDINATED_MODIFIERS && isWord(tokens[j]) && !tokens[j]!.cap && (VERB_MODIFIERS.has(tokens[j]!.lw) || tokens[j]!.lw === 'now') && !FINITE_VERBS.has(tokens[j]!.lw)) j--;
  return j < k - 1 && isWord(tokens[j]) && isCoordinator(tokens[j]!.lw);
}

/**
 * The name at `pos` is the object of a clause of its own ('"..." that Sanders can catch Clinton, said X'): a
 * lower-case word that is no preposition, conjunction, determiner or role stands right before it (a verb), and a
 * finite verb or "that" between the clause start `lo` and it.
 */
function objectOfClause(tokens: readonly Token[], lo: number, pos: number): boolean {
  let j = lo;
  while (j < tokens.length && tokens[j]!.s < pos) j++;
  const before = tokens[j - 1];
  // ("after Qwest, which ..., said", "and Brian Deese, the adviser, said", "delegate Mary Susan, clad in ..., said":
  // a preposition, a conjunction or a role word before the name leaves it the subject.)
  if (j <= lo || !isWord(before) || before.cap || DETERMINERS.has(before.lw) || PREPOSITIONS.has(before.lw) || isCoordinator(before.lw) || isRole(before.lw) || SUBORDINATORS.has(before.lw)) return false;
  for (let x = lo; x < j; x++) if (isWord(tokens[x]) && (tokens[x]!.lw === 'that' || FINITE_VERBS.has(tokens[x]!.lw))) return true;
  return false;
}

function tokensBetween(tokens: readonly Token[], pos: number, k: number): number {
  let n = 0;
  for (let j = k - 1; j >= 0 && tokens[j]!.s >= pos; j--) n++;
  return n;
}

/**
 * The subject a participle or coordinated verb at `k` shares with the cues before it; `joined.at` is set to the comma
 * or semicolon of the joined clause when that clause's own subject is the one shared (`joinedClauseSubject`).
 */
function sharedSubject(text: string, tokens: readonly Token[], cues: readonly Cue[], from: number, k: number, joined: { at?: number }): Mention | null {
  for (let i = cues.length - 1; i >= 0; i--) {
    const c = cues[i]!;
    if (c.v >= k) continue;
    if (c.mention) return joinedClauseSubject(text, tokens, c.v, k, joined) ?? c.mention;
    // ("the paper's editorial telling one aide to "...", while telling another to "...": a participle shares the abstention;
    // "vented about X vowing to fight on and said ...": a finite verb goes on to the sentence's subject.)
    if (c.abstained) return tokens[k]!.lw.endsWith('ing') ? null : c.abstained.subject;
  }
  const m = sentenceSubject(text, tokens, from, k);
  // ("Voss, a former county commissioner, poked at ..., saying": the subject's appositive is its role, as before "said".)
  return m && !m.possessive ? withOwnAppositive(text, tokens, m, from, k) : null;
}

/**
 * "X called the law unfair, and the Lisk Rights Group has sued the state, saying ...", "X argued that ..., while her
 * rival, Rory Bexton, has soared in the polls by saying ...": between the earlier cue at `v` and the participle or
 * coordinated verb at `k`, a comma or semicolon and a lower-case conjunction (`CLAUSE_CONJUNCTIONS`) open a clause
 * with a subject of its own (a capitalised word or a determiner first, a name or a description read, then a finite
 * verb): the verb at `k` shares that clause's subject, not the earlier cue's. The nearest such clause wins; null when
 * there is none (or its subject is a pronoun, which the earlier speaker's reading already covers).
 */
function joinedClauseSubject(text: string, tokens: readonly Token[], v: number, k: number, joined: { at?: number }): Mention | null {
  for (let j = k - 2; j > v; j--) {
    const p = tokens[j]!;
    if (p.w !== ',' && p.w !== ';') continue;
    const conj = tokens[j + 1];
    const first = tokens[j + 2];
    if (!isWord(conj) || conj.cap || !CLAUSE_CONJUNCTIONS.has(conj.lw) || !isWord(first)) continue;
    if (!first.cap && !DETERMINERS.has(first.lw)) continue;
    const m = sentenceSubject(text, tokens, j + 2, k);
    if (!m || m.kind === 'pronoun' || m.possessive) continue;
    if (!verbRightAfter(tokens, tokenAfterMention(tokens, m, j + 2, k), k)) return null;
    joined.at = j;
    return m;
  }
  return null;
}

/**
 * The subject read ends right before token `a` and its verb follows at once: a comma closing an appositive, adverbs
 * in -ly or "already", then a finite verb (`FINITE_VERBS`) or a lower-case past form ("sued", "denounced"); not a
 * list's last item with a clause of its own ("Iran, Russia, and a new Syria where Assad is allowed").
 */
export function verbRightAfter(tokens: readonly Token[], a: number, k: number): boolean {
  let j = a;
  // ("the Lisk Civil Liberties Union of Orrin has sued": the rest of a body's name the reading left out.)
  while (j < k && isWord(tokens[j]) && (tokens[j]!.cap || (tokens[j]!.lw === 'of' && isWord(tokens[j + 1]) && tokens[j + 1]!.cap))) j++;
  if (tokens[j]?.w === ',') j++;
  while (j < k && isAdverbBeforeVerb(tokens[j])) j++;
  const t = tokens[j];
  return j < k && isWord(t) && !t.cap && (FINITE_VERBS.has(t.lw) || (t.lw.length > 4 && t.lw.endsWith('ed')));
}

/** A lower-case adverb in -ly or "already" between a subject and its verb ("Hale quickly denied", "Hale already said"). */
export function isAdverbBeforeVerb(t: Token | undefined): boolean {
  return isWord(t) && !t.cap && (t.lw.endsWith('ly') || t.lw === 'already');
}

/** Words opening a time or condition clause after a verb ("conceded when polls closed"). */
const ADJUNCT_CLAUSE_OPENERS: ReadonlySet<string> = new Set(['when', 'while', 'after', 'before', 'since', 'until', 'if', 'because', 'as']);

/** The cue group at `start` is a relative pronoun and a name ("which Dale says"): an object-relative clause. */
function opensObjectRelative(tokens: readonly Token[], start: number): boolean {
  const rel = tokens[start];
  const next = tokens[start + 1];
  return isWord(rel) && !rel.cap && (rel.lw === 'which' || rel.lw === 'who' || rel.lw === 'whom') && isWord(next) && next.cap;
}

function tokenAt(tokens: readonly Token[], pos: number, lo: number, hi: number): number {
  for (let j = lo; j < hi; j++) if (tokens[j]!.s >= pos) {
    // Include role words and determiners before the name that belong to the same chunk.
    // ("Mr. Michaels", "U.S. officials": an abbreviation's full stop belongs to the chunk too.)
    let a = j;
    while (a > lo && (tokens[a - 1]!.kind === 'word' || isAbbreviation(tokens, a - 1))) a--;
    return a;
  }
  return hi;
}

/**
 * Last token of the capitalised run from `k`. With `titles` ("according to Sen. Ada Holt,", "according to Tomas B.
 * Brak,") a title's or an initial's full stop before a capitalised word stays inside the run; after an inverted verb
 * the run stops there as before (the speaker's appositive after it is read apart).
 */
function endOfMention(tokens: readonly Token[], k: number, to: number, titles = false): number {
  let j = k;
  while (j + 1 < to && ((tokens[j + 1]!.kind === 'word' && (tokens[j + 1]!.cap || tokens[j + 1]!.lw === 'the')) || (titles && isAbbreviation(tokens, j + 1) && j + 2 < to && isWord(tokens[j + 2]) && tokens[j + 2]!.cap))) j++;
  return j;
}

function audienceText(text: string, tokens: readonly Token[], a: number, b: number): string | undefined {
  let e = b;
  // Stop before time and place adjuncts: "told the lawmakers on September 20".
  for (let j = a; j <= b; j++) if (isWord(tokens[j]) && (ADJUNCT_OPENERS.has(tokens[j]!.lw) && tokens[j]!.lw !== 'of') && j > a) { e = j - 1; break; }
  // "told reporters Tuesday", "told CNN Tuesday morning", "told supporters yesterday": the day a hearer was told on
  // is no part of the hearer (a weekday, or a lower-case "yesterday", "today", "tonight": not "USA TODAY"; not a
  // possessive's programme, "Sky News' Sunday").
  const dayAt = (j: number): boolean => isWord(tokens[j]) && isDayWord(tokens[j]!.lw) && (isWeekday(tokens[j]!.lw) || !tokens[j]!.cap);
  if (e > a && isWord(tokens[e]) && DAY_PARTS.has(tokens[e]!.lw) && dayAt(e - 1)) e--;
  if (e > a && dayAt(e) && !((tokens[e]!.cap && /['’]s?$/.test(tokens[e - 1]!.w)) || tokens[e - 1]!.w === "'s")) e--;
  // "warned Saturday that", "warned on Thursday that", "warned in September that": a time adjunct and no hearer
  // ("explained to the trio that" keeps its hearer; "told Sunday's programme" names one).
  const opener = tokens[a];
  if (isWord(opener) && ((dayAt(a) && tokens[a + 1]?.w !== "'s") || (ADJUNCT_OPENERS.has(opener.lw) && !opener.cap && opener.lw !== 'of' && opener.lw !== 'to'))) return undefined;
  let s = a;
  // "warning darkly that": an adverb is not a hearer.
  while (s <= e && isWord(tokens[s]) && !tokens[s]!.cap && tokens[s]!.lw.endsWith('ly')) s++;
  if (isWord(tokens[s]) && tokens[s]!.lw === 'the' && isWord(tokens[s + 1]) && !tokens[s + 1]!.cap) s++;
  if (e < s) return undefined;
  const out = text.slice(tokens[s]!.s, tokens[e]!.e).replace(/\s+/g, ' ');
  return out.length > 0 && out.length <= 80 ? out : undefined;
}
