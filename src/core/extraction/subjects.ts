/**
 * Subjects: who the speech verb at hand governs, read from the tokens around it ("X said", "ROLE X said",
 * "X, ROLE, said", "said X, ROLE", asides between name and verb, the subject of a sentence for participles).
 * Every function looks at a bounded window: linear overall.
 */
import { isAbbreviation, type Token } from './tokens.js';
import { isAllCapitals, isTitleCasedWithEnding } from './word-shape.js';
import { isAcronym } from './name-forms.js';
import { finiteVerbBetween, isContractedTitleOpening, isThousandsSeparator, isTitleStop, isWord, joinText, opensAlias, possessorOf, wordsOf, type Mention } from './mention-words.js';
import { descriptionAt, titledPossessive } from './descriptions.js';
import { firstOfJointSpeakers, namedAsPersonEarlier } from './joint-speakers.js';
import { isNameWord, isPlainDescription, looksLikePersonName, mentionFromRun, nameTailAfterOfEnd, officeBodyBeforeHolder, officePlaceBeforeHolder, runEndingAt, runStartingAt } from './names.js';
import { ADVERBIAL_CHUNK_OPENERS, CLAUSE_JOINERS, ADVERBIAL_CLAUSE_OPENERS, SKIPPED_BEFORE_SUBJECT, AUTHORED, DOC_NOUNS, CLAUSE_WORDS, SUBORDINATORS, ADVERBIAL_LEAD_FOLLOWERS, APPOSITIVE_PREPOSITIONS, HELD_AT_PREPOSITIONS, OFFICE_PREPOSITIONS, isGrammaticalArticle, ADVERBIAL_LEADS, COMPANY_SUFFIXES, PERIOD_DEICTICS, CHUNK_BREAK, CONJUNCTIVE, DEMONYMS, DETERMINERS, FINITE_VERBS, FUNCTION_WORDS, GENERIC_ORG, POSSESSIVE_DETERMINERS, OBJECT_VERB_FORMS, HONORIFICS, INTENSIFYING_REFLEXIVES, isAgeWord, isHyphenatedTitle, isOrgKind, isOrgPlural, isPersonRelative, isRelativePronoun, isRole, isSpeechVerb, isWhoOrWhose, MONTHS, OBJECT_LIKE, PERIODS, PLACING_PREPOSITIONS, TOWN_PREPOSITIONS, PREPOSITIONS, PRONOUNS, QUANTIFIERS, RELATIVE_TIME_ENDS, STOP_DESC, VERB_MODIFIERS, SUBJECT_VERB_ADVERBS, CONTRACTING_PRONOUNS, HAVE_FORMS, FLOATING_QUANTIFIERS, isSentenceAdverbShape, PERSON_KIND_NOUNS, PLURAL_ROLES, isPortfolioWord, isPortfolioJoiner, isListJoiner, mayOpenClause, isWeekday, BODY_HEADS_AFTER_NAME, HEARER_PHRASE_PARTICIPLES, TALK_NOUNS, QUESTION_OPENERS, COPULAS } from './lexicon/index.js';
import { STANCE_VERB_FORMS } from './lexicon/stance-verbs.js';


/** Moves `j` left over adverbs, auxiliaries and time phrases between a subject and its verb. */
function skipModifiers(tokens: readonly Token[], j: number, lo: number): number {
  for (;;) {
    const t = tokens[j];
    const p = tokens[j - 1];
    // "He's said", "she's told": the "'s" of "has" after a pronoun, never a possessive. (Not "he's said to be": "is".)
    if (j > lo && t?.kind === 'punct' && t.w === "'s" && isWord(p) && CONTRACTING_PRONOUNS.has(p.lw) && !passiveAfter(tokens, j)) { j--; continue; }
    if (j < lo || !isWord(t)) return j;
    if (!t.cap && (VERB_MODIFIERS.has(t.lw) || SUBJECT_VERB_ADVERBS.has(t.lw) || (t.lw.endsWith('ly') && t.lw.length > 4))) { j--; continue; }
    if (!t.cap && t.lw === 'long' && p && HAVE_FORMS.has(p.lw)) { j--; continue; }
    if (!t.cap && FLOATING_QUANTIFIERS.has(t.lw) && floatsAfterSubject(p)) { j--; continue; }
    // "Cruz himself said": a reflexive after the subject only stresses it.
    if (!t.cap && INTENSIFYING_REFLEXIVES.has(t.lw) && p && isWord(p) && p.cap) { j--; continue; }
    // "went on to say", "continued to say", "declined to say".
    if (t.lw === 'to' && p && isWord(p)) {
      if (p.lw === 'on' && isWord(tokens[j - 2]) && /^(?:went|goes|go|going)$/.test(tokens[j - 2]!.lw)) { j -= 3; continue; }
      if (/^(?:continued|continues|went|decided|wanted|used|began|tried|refused|declined|proceeded|hastened|rushed|took|went|was|is|has|had|have|seemed|appeared|needed|wants|likes|liked|loves|loved)$/.test(p.lw)) { j -= 2; continue; }
    }
    if (isWeekday(t.lw) && p && (p.lw === 'on' || p.lw === 'last')) { j -= 2; continue; }
    if (PERIODS.has(t.lw) && p && (p.lw === 'last' || p.lw === 'this' || p.lw === 'next')) { j -= 2; continue; }
    // "on Thursday evening", "Kirby Tuesday said".
    if (PERIODS.has(t.lw) && p && isWeekday(p.lw)) { j -= 1; continue; }
    if (isWeekday(t.lw) && p && !(p.lw === 'on' || p.lw === 'last')) { j -= 1; continue; }
    if (/^\d{1,2}$/.test(t.w) && p && MONTHS.has(p.lw) && tokens[j - 2]?.lw === 'on') { j -= 3; continue; }
    return j;
  }
}

/** The verb after the "'s" at `k` (adverbs skipped) takes "to": "he's said to be", "she's told to leave". */
function passiveAfter(tokens: readonly Token[], k: number): boolean {
  let v = k + 1;
  while (v < k + 4 && isWord(tokens[v]) && !tokens[v]!.cap && (VERB_MODIFIERS.has(tokens[v]!.lw) || SUBJECT_VERB_ADVERBS.has(tokens[v]!.lw))) v++;
  return tokens[v + 1]?.lw === 'to';
}

/**
 * The token before a floated "both" ends the subject it floats after: a capitalised word ("Holt and Cole both"),
 * "they"/"we" ("they were both"), an auxiliary ("have both"), or a closing bracket. Not a lower-case word or a
 * comma: "to process both claims", "firms, both suggest" are no floated quantifier.
 */
function floatsAfterSubject(p: Token | undefined): boolean {
  if (!p) return false;
  if (p.kind === 'punct') return p.w === ')';
  return p.cap || p.lw === 'they' || p.lw === 'we' || HAVE_FORMS.has(p.lw) || p.lw === 'are' || p.lw === 'were';
}

/** Comma-separated chunks of `[lo, j]`, last first, as inclusive token ranges. */
function chunksBackward(tokens: readonly Token[], lo: number, j: number, max: number): [number, number][] {
  const out: [number, number][] = [];
  let end = j;
  let k = j;
  while (k >= lo && out.length < max) {
    const t = tokens[k];
    if (t && t.kind === 'punct' && CHUNK_BREAK.has(t.w) && !isCompoundHyphen(tokens, k)) {
      if (end > k) out.push([k + 1, end]);
      end = k - 1;
    }
    k--;
  }
  if (out.length < max && end >= lo) out.push([lo, end]);
  return out;
}

/** "the D.C.-based institute", "a U.S.-born gunman": a hyphen glued to both sides before a lower-case word joins, no dash. */
function isCompoundHyphen(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  const next = tokens[k + 1];
  return t.w === '-' && tokens[k - 1]?.e === t.s && !!next && next.s === t.e && isWord(next) && !next.cap && /^\p{Ll}/u.test(next.w);
}

function isAppositive(tokens: readonly Token[], a: number, b: number): boolean {
  const t = tokens[a];
  if (!isWord(t)) return false;
  if (t.lw === 'who' || isGrammaticalArticle(t.lw) || t.lw === 'for' || t.lw === 'of' || t.lw === 'from') return true;
  // "Tory leader in the Lords", "chief executive of X": a role noun early in the chunk and no trailing name.
  for (let k = a; k <= Math.min(b, a + 3); k++) if (isWord(tokens[k]) && isRole(tokens[k]!.lw)) return true;
  return !t.cap;
}

/** The name (or organisation) ending a chunk, unless it is the object of a preposition ("in the Lords"). */
function nameEndingChunk(text: string, tokens: readonly Token[], a: number, b: number, antecedent = false): Mention | null {
  // "Joseph R. Biden Jr.,": the full stop of a closing abbreviation is part of the name.
  if (b > a && tokens[b]?.w === '.' && isAbbreviation(tokens, b)) b--;
  const r = runEndingAt(tokens, b, a);
  if (r < 0) return null;
  let p = r - 1;
  const determined = isWord(tokens[p]) && tokens[p]!.lw === 'the';
  if (determined) p--;
  // "leader of the Commons Oliver Heald said": the office's body, then its holder, who speaks.
  if (determined && officeBodyBeforeHolder(tokens, r, wordsOf(tokens, r, b)) > 0) return mentionFromRun(text, tokens, r, b, r);
  // "Varia's ambassador to Britain Lin Xiao said": the place the office is held for, then its holder, who speaks.
  if (!determined && officePlaceBeforeHolder(tokens, r, wordsOf(tokens, r, b)) > 0) return mentionFromRun(text, tokens, r, b, r);
  // "in the Lords" is a place, but "help from Thomas Perez, who said" names the speaker.
  // "after", "before", "since", "as" also join clauses: "hours after Sanders said" names the speaker,
  // "testifying before the Senate committee" does not.
  if (!antecedent && p >= a && isWord(tokens[p]) && PREPOSITIONS.has(tokens[p]!.lw) && (determined || !CONJUNCTIVE.has(tokens[p]!.lw))) {
    // "George Zornick of The Nation wrote": the body after "of" places the person named before it.
    if (tokens[p]!.lw === 'of' && p - 1 >= a && isNameWord(tokens[p - 1])) {
      const person = nameEndingChunk(text, tokens, a, p - 1, antecedent);
      if (person && person.kind === 'name') {
        if (!person.role) person.role = text.slice(tokens[p]!.s, tokens[b]!.e);
        return person;
      }
    }
    // "Tom Kirwan in Lisbon said": a place after a person's full name says where the person is. A one-word run
    // before it stays no one ("Police in Lisbon", "Officials at the ministry").
    if (PLACING_PREPOSITIONS.has(tokens[p]!.lw) && p - 1 >= a && isNameWord(tokens[p - 1])) {
      const person = nameEndingChunk(text, tokens, a, p - 1, antecedent);
      if (person && person.kind === 'name' && (person.honorific || person.text.includes(' '))) return person;
    }
    return null;
  }
  // "the Washington Post's Ishaan Tharoor wrote": the person after the possessive speaks.
  if (p >= a && tokens[p]?.kind === 'punct' && tokens[p]!.w === "'s") {
    const m = mentionFromRun(text, tokens, r, b, r);
    return m && m.kind === 'name' && m.text.split(' ').length >= 2 ? m : null;
  }
  // Role words may precede the run in the same chunk ("State Department spokesman John Kirby").
  // ("Last week Lord Goldsmith said", "On Monday Lib Dem chairman Alan Beith said": a time phrase ends the role.)
  return mentionFromRun(text, tokens, r, b, roleStartBefore(tokens, r, a));
}

/**
 * Where the words describing the name run at `r` begin, back to `a`: "State Department spokesman John Kirby". A time
 * word, "and" or a lower-case "but" ends them; so does a verb of the sentence ("His comments came as President Arlo Venn said", "Corran
 * praised evangelist Jed Marlow, who said": the role is "President", "evangelist"), with the words that join its clause
 * to the name ("as", "that", "by"). A number's thousands separator ("10,000 metres champion") and a title opening
 * with a contraction ("That's Life host") are inside the description (session 37).
 */
function roleStartBefore(tokens: readonly Token[], r: number, a: number): number {
  let k = r;
  let beforeNumber: number | undefined;
  for (;;) {
    const t = tokens[k - 1];
    if (k - 1 >= a && isWord(t) && t.lw !== 'and' && !(t.lw === 'but' && !t.cap) && !isTimeWord(t)) {
      if (isVerbOfSentence(tokens, k - 1, a)) return describingFrom(tokens, skipClauseJoiners(tokens, k, r), r);
      k--;
    } else if (isThousandsSeparator(tokens, k - 1) && k === a) {
      // (The chunk ends at the number's comma: its first digits and the words before them, back to punctuation, when
      // they only describe.)
      beforeNumber = k;
      k--;
      a = k - 1;
      while (a - 1 >= 0 && isWord(tokens[a - 1])) a--;
    } else if (k - 1 >= a && isContractedTitleOpening(tokens, k - 1)) k--;
    else break;
  }
  return beforeNumber === undefined || isPlainDescription(wordsOf(tokens, k, r - 1)) ? k : beforeNumber;
}

/** `k` when the words `[k, r)` describe plainly (`isPlainDescription`: no word of a clause), else `r` (none). */
function describingFrom(tokens: readonly Token[], k: number, r: number): number {
  return isPlainDescription(wordsOf(tokens, k, r - 1)) ? k : r;
}

/**
 * A lower-case past or finite verb form at `k` after a word of the chunk that may be its subject ("comments came",
 * "Corran praised"): the sentence's verb, no part of a description. Not after a determiner or an adverb ("the noted
 * author", "the newly elected mayor"), and no "-s" form ("reviews editor", "claims adjuster": nouns as often).
 */
function isVerbOfSentence(tokens: readonly Token[], k: number, a: number): boolean {
  const t = tokens[k]!;
  const subject = tokens[k - 1];
  if (t.cap || k - 1 < a || !isWord(subject) || DETERMINERS.has(subject.lw) || POSSESSIVE_DETERMINERS.has(subject.lw) || isSentenceAdverbShape(subject.w)) return false;
  // (Not "be": "he is also the most able candidate Hale argues" describes "he"; the words stay no role.)
  if (COPULAS.has(t.lw)) return false;
  return FINITE_VERBS.has(t.lw) || ((isSpeechVerb(t.lw) || STANCE_VERB_FORMS.past.includes(t.lw)) && t.lw.endsWith('ed'));
}

/** First index from `k` (before `r`) past the words that join a verb's clause to a name: "as", "that", "by", "the". */
function skipClauseJoiners(tokens: readonly Token[], k: number, r: number): number {
  while (k < r && isWord(tokens[k]) && !tokens[k]!.cap && (FUNCTION_WORDS.has(tokens[k]!.lw) || PREPOSITIONS.has(tokens[k]!.lw) || DETERMINERS.has(tokens[k]!.lw) || SUBORDINATORS.has(tokens[k]!.lw))) k++;
  return k;
}


/** A day or a lower-case period ("Monday", "week"): part of a time phrase, never of a role. */
function isTimeWord(t: Token): boolean {
  return isWeekday(t.lw) || (!t.cap && PERIODS.has(t.lw));
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
 * The "(" opening the bracketed aside that closes at `close` ("Sen. Ted Cruz (R-Texas) said"), looked for at most
 * `span` tokens back and no further left than `lo`; -1 when there is none.
 */
function asideOpening(tokens: readonly Token[], close: number, lo: number, span: number): number {
  let k = close - 1;
  while (k > lo && k > close - span && tokens[k]!.w !== '(') k--;
  return tokens[k]?.w === '(' ? k : -1;
}

/**
 * The speaker mention ending just before the verb at `v`, looking no further left than `lo`.
 * Handles "Kirby said", "State Department spokesman John Kirby said", "X, ROLE, said", "ROLE, X, said",
 * "he said", "the ministry said", "the top US military official testifying before ... said".
 */
export function subjectBefore(text: string, tokens: readonly Token[], lo: number, v: number): Mention | null {
  const m = subjectRightBefore(text, tokens, lo, v);
  // "singer Ann Cole and drummer Tom Hale said": the second person's office stopped the name run; the first speaks.
  return m ? firstOfJointSpeakers(text, tokens, lo, v, m) ?? m : null;
}

/** `subjectBefore` as read back from the verb, before a pair of people is looked for. */
function subjectRightBefore(text: string, tokens: readonly Token[], lo: number, v: number): Mention | null {
  let j = skipModifiers(tokens, v - 1, lo);
  // "Sen. Ted Cruz (R-Texas) said": the bracket is an aside.
  if (tokens[j]?.w === ')') {
    const k = asideOpening(tokens, j, lo, 12);
    if (k >= 0) j = skipModifiers(tokens, k - 1, lo);
  }
  if (j < lo) return null;
  const objectRelative = subjectOfObjectRelative(text, tokens, lo, j);
  if (objectRelative) return objectRelative;
  const last = tokens[j];
  if (isWord(last) && PRONOUNS.has(last.lw) && j >= lo) {
    const p = tokens[j - 1];
    // "told him he said" is rare; a pronoun right before the verb is its subject.
    if (!p || !isWord(p) || !OBJECT_LIKE.has(p.lw)) return { kind: 'pronoun', text: last.lw, pos: last.s };
  }
  const chunks = chunksBackward(tokens, lo, j, 6);
  // "Ada Holt, Velcorp senior vice president, Technology and Intellectual Property, said", "Pim Olafsen, Secretary of
  // State for Culture, Media and Sport, said": a capitalised portfolio after an office belongs to the office; it is
  // no body or person before the verb. The chunks are read without it, and it goes on the speaker's role.
  const portfolio = portfolioChunksAfterOffice(tokens, chunks);
  if (portfolio === 0) return subjectOfChunks(text, tokens, chunks, v);
  const officeEnd = tokens[chunks[portfolio]![1]]!;
  const portfolioEnd = tokens[chunks[0]![1]]!;
  const m = subjectOfChunks(text, tokens, chunks.slice(portfolio), v);
  if (m && m.kind === 'name' && m.role?.endsWith(officeEnd.w)) m.role += text.slice(officeEnd.e, portfolioEnd.e);
  return m;
}

/**
 * How many chunks nearest the verb are a capitalised portfolio (`isPortfolioChunk`) written after a chunk that ends
 * in an office (`endsInOffice`), with a chunk before that office for the holder's name; 0 when they are not.
 */
function portfolioChunksAfterOffice(tokens: readonly Token[], chunks: readonly [number, number][]): number {
  let n = 0;
  while (n < chunks.length && isPortfolioChunk(tokens, chunks[n]!)) n++;
  return n > 0 && n + 1 < chunks.length && endsInOffice(tokens, chunks[n]!) ? n : 0;
}

/**
 * "Technology and Intellectual Property", "Media and Sport", "Marketing": every word a capitalised portfolio word,
 * joined by "and" or "&" (never opening or closing it).
 */
function isPortfolioChunk(tokens: readonly Token[], [a, b]: [number, number]): boolean {
  if (!isWord(tokens[a]) || !isWord(tokens[b])) return false;
  for (let k = a; k <= b; k++) {
    const t = tokens[k]!;
    const joiner = isPortfolioJoiner(t);
    if (joiner ? k === a || k === b : !isWord(t) || !isPortfolioWord(t)) return false;
  }
  return true;
}

/**
 * "Velcorp senior vice president", "Secretary of State for Culture", "Minister for Children": a chunk ending in a
 * role noun, or in portfolio words after "of"/"for" that follow a role noun in the chunk.
 */
function endsInOffice(tokens: readonly Token[], [a, b]: [number, number]): boolean {
  const last = tokens[b];
  if (!isWord(last)) return false;
  if (isRole(last.lw)) return true;
  let k = b;
  while (k >= a && isWord(tokens[k]) && (isPortfolioWord(tokens[k]!) || tokens[k]!.lw === 'and')) k--;
  if (k === b || k <= a || !isWord(tokens[k]) || tokens[k]!.cap || !HELD_AT_PREPOSITIONS.has(tokens[k]!.lw) || tokens[k]!.lw === 'at') return false;
  for (let r = k - 1; r >= a && r >= k - 4; r--) if (isWord(tokens[r]) && isRole(tokens[r]!.lw)) return true;
  return false;
}

/** `subjectBefore` from the comma-separated chunks before the verb at `v` (last first). */
function subjectOfChunks(text: string, tokens: readonly Token[], chunks: [number, number][], v: number): Mention | null {
  // "According to AFP, one user on Weibo posted:": the relayer's chunk is no noun phrase an appositive describes,
  // and the words are the user's. (Not a poll share, "According to a survey, 51 percent said": no speaker of its
  // own, the survey's finding.)
  const relayed = chunks.findIndex(([a]) => tokens[a]?.lw === 'according' && tokens[a + 1]?.lw === 'to');
  const share = chunks[0] && (startsWithQuantifier(tokens, chunks[0][0]) || /^\d/.test(tokens[chunks[0][0]]?.w ?? ''));
  if (relayed >= 1 && !share) chunks.length = relayed;
  const first = chunks[0];
  // "markets such as China, Russia and India, the report predicted", "voters, who lean Democratic, the lawsuit says":
  // a document right before the verb describes no one before it (no appositive, no aside); it speaks.
  if (first && chunks.length > 1 && isDocumentChunk(tokens, first[0], first[1])) return descriptionAt(text, tokens, first[0], first[1]);
  // "..., Labor Secretary Ann Cole, who said": the name before "who" speaks.
  if (first && first[1] === first[0] && isWord(tokens[first[0]]) && tokens[first[0]]!.lw === 'who') {
    const c0 = chunks[1];
    // "Ada Holt, a nurse from Leeds, who said" / "..., a nurse from Leeds, Yorkshire, who said": when the chunk before
    // "who" is an appositive (or the place ending one), the name before that appositive speaks, not the place.
    if (c0 && chunks[2] && (opensWithArticle(tokens, c0[0]) || isPlaceContinuation(tokens, chunks, 1))) {
      const head = personBeforeAppositives(text, tokens, chunks, 1);
      if (head) return head;
    }
    return c0 ? nameEndingChunk(text, tokens, c0[0], c0[1], true) : null;
  }
  // "Mr Kennedy, whose party opposes the plan as "deeply flawed" said": a relative aside that no comma closes runs
  // up to the verb; the name before it speaks.
  if (first && chunks[1] && first[1] > first[0] && isWord(tokens[first[0]]) && isWhoOrWhose(tokens[first[0]]!.lw)) {
    const c0 = chunks[1];
    // "Willie Minor, an actor in Dallas, who runs a theater company, recalled": when the chunk before the relative
    // is an appositive of a name before it, that name is the subject, not the place ending the appositive.
    if (opensWithArticle(tokens, c0[0]) && chunks[2]) {
      const head = personBeforeAppositives(text, tokens, chunks, 1);
      if (head) return head;
    }
    const person = nameEndingChunk(text, tokens, c0[0], c0[1], true);
    if (person && person.kind === 'name') return person;
  }
  // Asides between the name and the verb: ", R-Texas," / ", who represents Thomas," / ", 32, from Wembley,
  // London," / ", on his first day in the job after X was sacked,": the subject is the name before them.
  const nested = subjectBeforeAsides(text, tokens, chunks);
  if (nested) return nested;
  const antecedent = antecedentOfLongRelative(text, tokens, chunks);
  if (antecedent) return antecedent;
  // ", a delegate from Houston, Texas, said": the state after a place is part of the appositive, not a speaker.
  // ", Senior Vice President of Sales for Dräger, Inc., says": a company suffix belongs to the name before it.
  // "Filippo Grandi, the UN High Commissioner for Refugees (UNHCR), said": a bracketed chunk right before the verb,
  // after an appositive, is an aside of that appositive (a body's own "(UNHCR)" alone before the verb still names it).
  if (chunks.length > 2 && isBracketed(tokens, chunks[0]!) && !isAside(tokens, chunks[1]![0], chunks[1]![1])) chunks.shift();
  while (chunks.length > 1 && (isAside(tokens, chunks[0]![0], chunks[0]![1]) || isPlaceContinuation(tokens, chunks, 0) || isCompanySuffixChunk(tokens, chunks[0]!))) chunks.shift();
  const c1 = chunks[0];
  if (!c1) return null;
  // "... from Veltrix, the online service it uses to sell tickets, sources said": a bare plural of people ("sources",
  // "senior officials") is no appositive of the one thing or person named before it; it is the verb's subject. (Not the
  // last of a list, "But the families, supporters and officials said": the list speaks.)
  if (chunks[1] && isBarePlural(tokens, c1[0], c1[1]) && !listsSeveral(tokens, c1) && !listsSeveral(tokens, chunks[1]!)) return descriptionAt(text, tokens, c1[0], c1[1]);
  // "In an interview with hosts Ann Cole and Ben Diaz, the senator stated", "Speaking to the Harbour Times, the
  // singer said": the people of a fronted phrase of whom the speaker talked to are the hearers; the description after
  // its comma is the subject, no appositive of them (docs/EXTRACTION.md, session 31).
  if (chunks[1] && opensWithArticle(tokens, c1[0]) && opensHearerPhrase(tokens, chunks[1][0], chunks[1][1])) return descriptionAt(text, tokens, c1[0], c1[1]);
  // "Rep. Sander Levin, a superdelegate supporting Clinton, said": an appositive that opens with an article
  // describes the name before it; a name at its end is an object inside it, not the speaker.
  if (chunks[1] && opensWithArticle(tokens, c1[0])) {
    const person = nameBeforeAppositive(text, tokens, chunks) ?? personBeforeAppositives(text, tokens, chunks, 1);
    if (person) {
      const role = wordsOf(tokens, c1[0] + 1, c1[1]);
      if (!person.role && role.length <= 12) person.role = joinText(text, role);
      return person;
    }
  }
  // "Dr Mark Tuffy games systems director at digital content firm THX told": no comma after the name.
  const glued = nameBeforeUncommaedRole(text, tokens, c1[0], c1[1]);
  if (glued) return glued;
  const named = nameEndingChunk(text, tokens, c1[0], c1[1]);
  // "Giovanni Maria Vian, the editor in chief of the Vatican's newspaper, L'Osservatore Romano, said": a name that is
  // its whole chunk, after an appositive ending in a common noun (no role), renames that noun; the person before speaks.
  if (named && named.kind !== 'description' && chunks[2] && (named.pos === tokens[c1[0]]!.s || (tokens[c1[0]]!.lw === 'the' && named.pos === tokens[c1[0] + 1]?.s)) && renamedNoun(tokens, chunks[1]!)) {
    const person = personBeforeAppositives(text, tokens, chunks, 1);
    if (person && (person.honorific || person.text.includes(' '))) return person;
  }
  // "Lord Bach, Minister for Defence Procurement, said", "Nigel Harding, head of music at radio station Xfm, said",
  // "Rob Goldman, President Ascom North America, says": an office held at a body, between a person's name and the
  // verb, describes that person; the body or place ending it does not speak.
  if (named && named.kind === 'name' && chunks[1] && isOfficeHeldAt(tokens, c1[0], c1[1], named.pos)) {
    const person = personBeforeAppositives(text, tokens, chunks, 1);
    if (person) return person;
  }
  if (named && named.kind === 'description' && chunks[1]) {
    // "Steve Cohen, Democrat of Tennessee, told": the chunk before the verb is a role, the name is before it.
    const person = nameEndingChunk(text, tokens, chunks[1][0], chunks[1][1]);
    if (person && person.kind === 'name') {
      if (!person.role) person.role = named.text;
      return person;
    }
  }
  // "Mark Holden, chairman of the board of Freedom Partners, said", "Alixandria Lapp, executive director of the
  // House Majority PAC, a Democratic super PAC, said": an organisation at the end of an appositive is where the
  // person named before it works; the person speaks.
  if ((!named || named.kind === 'org' || named.kind === 'description') && chunks[1] && opensAppositive(tokens, c1[0], c1[1])) {
    const person = personBeforeAppositives(text, tokens, chunks, 1);
    if (person) return person;
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
  // "..., the agency has not been using them, federal officials said": a chunk holding a finite verb is a clause
  // of its own, so the chunk before the verb is the subject, not an appositive of it.
  if (c0 && isAppositive(tokens, c1[0], c1[1]) && !startsWithQuantifier(tokens, c1[0]) && !finiteVerbBetween(tokens, c0[0], c0[1] + 1)) {
    const desc = tokens[c1[0]]!.cap ? null : descriptionAt(text, tokens, c0[0], c0[1]);
    const prev = nameEndingChunk(text, tokens, c0[0], c0[1]) ?? (desc && !desc.document ? desc : null);
    if (prev && (prev.kind === 'name' || prev.kind === 'org' || prev.kind === 'description')) {
      const role = wordsOf(tokens, c1[0], c1[1]);
      if (prev.kind === 'name' && !tokens[c1[0]]!.lw.endsWith('ing') && !isRelativePronoun(role[0]?.lw ?? '') && role.length <= 12) prev.role = joinText(text, role.filter((t, i) => !(i === 0 && isGrammaticalArticle(t.lw))));
      return prev;
    }
  }
  // "The ferry was grounded last week after the Gazette reported", "One thing in her favour is that most voters said":
  // a finite verb, then a word joining a clause, inside the chunk: the phrase opening the chunk is the main clause's
  // subject, not the speech verb's. The subject is read after the joining word (none when it holds none); a chunk
  // that gives no description at all keeps giving none.
  const described = descriptionAt(text, tokens, c1[0], c1[1]);
  // (A gerund has no subject of its own there: "CNN was quick to push back after Cruz blamed the network for reporting".)
  // (Nor a noun read as the verb, a finite verb right after it: "and that the media reports were not "well informed"".)
  const verbUse = !tokens[v]?.lw.endsWith('ing') && !(isWord(tokens[v + 1]) && FINITE_VERBS.has(tokens[v + 1]!.lw));
  const joined = described && verbUse ? embeddedClauseStart(tokens, c1[0], c1[1]) : -1;
  if (joined < 0) return described;
  if (joined > c1[1]) return null;
  const own = joinedClauseSubject(text, tokens, joined, v);
  // ("The Telegraph was sued by Mr Galloway after the newspaper claimed", "Nortel's head was fired after the company
  // announced": a body named by its kind alone, "the newspaper", "the company", is the body the main clause's subject
  // names, by its name or as a possessor; that reading stands.)
  return own && namesBody(described!) && bodyByKind(own) ? described : own;
}

/** "The Telegraph", "Nortel's head": a body's name, or a phrase that opens with a capitalised possessor. */
function namesBody(m: Mention): boolean {
  return m.kind === 'org' || (m.kind === 'description' && /^\p{Lu}[\p{L}.&-]*(?:\s\p{Lu}[\p{L}.&-]*)*(?:'s|’s|')\s/u.test(m.text));
}

/** "the newspaper", "the company": a definite kind of body and nothing else. */
function bodyByKind(m: Mention): boolean {
  const ws = m.text.split(/\s+/);
  const head = ws[1]?.toLowerCase() ?? '';
  return m.kind === 'description' && ws.length === 2 && ws[0]!.toLowerCase() === 'the' && (isOrgKind(head) || GENERIC_ORG.has(head) || BODY_HEADS_AFTER_NAME.has(head));
}

/**
 * The subject of a speech verb at `v` in the clause opening at `a` after a joining word, when it ends right before the
 * verb ("after the Gazette reported", "after the International Monetary Fund (IMF) said", "after employees of a car
 * dealership said"), else none ("while few people will be surprised by the news many analysts said" holds no subject
 * of "said" that this reads). A description there ("after the newspaper claimed") stands as written, never bound.
 */
function joinedClauseSubject(text: string, tokens: readonly Token[], a: number, v: number): Mention | null {
  const m = subjectBefore(text, tokens, a, v);
  if (!m || (m.kind !== 'name' && m.kind !== 'org' && m.kind !== 'description')) return null;
  let j = skipModifiers(tokens, v - 1, a);
  if (tokens[j]?.w === ')') {
    const k = asideOpening(tokens, j, a, 12);
    if (k >= 0) j = k - 1;
  }
  const end = tokens[j];
  if (!end || m.pos > end.s || m.pos + m.text.length < end.e - 1) return null;
  // ("after the newspaper claimed", "after the company announced": the description is read as it stands, never
  // bound to a person or a body here.)
  const described = m.kind === 'description' || (m.kind === 'org' && isWord(tokens[a]) && DETERMINERS.has(tokens[a]!.lw) && !isNameWord(tokens[a + 1]));
  return described ? { ...m, kind: 'description', document: true } : m;
}

/**
 * The token after the last `CLAUSE_JOINERS` word of `[a, b]` that follows a finite verb of the chunk's own clause
 * (none inside a relative clause: "the official who was briefed after ..." keeps its subject), or -1.
 */
function embeddedClauseStart(tokens: readonly Token[], a: number, b: number): number {
  let finite = false;
  let at = -1;
  for (let k = a; k <= b; k++) {
    const t = tokens[k];
    if (!isWord(t)) continue;
    if (!finite && (isWhoOrWhose(t.lw) || t.lw === 'which')) return -1;
    if (FINITE_VERBS.has(t.lw)) finite = true;
    // ("but when asked whether ... replied": a joining word before a participle opens a clause with no subject.)
    // ("sounding that alarm": "that" joins a clause only right after a finite verb, "is that most voters said".)
    else if (finite && CLAUSE_JOINERS.has(t.lw) && !(isWord(tokens[k + 1]) && !tokens[k + 1]!.cap && /(?:ed|ing)$/.test(tokens[k + 1]!.lw)) && (t.lw !== 'that' || FINITE_VERBS.has(tokens[k - 1]?.lw ?? ''))) at = k + 1;
  }
  return at;
}

/**
 * "Dr Mark Tuffy games systems director at digital content firm THX told", "Dr Mike Watts head of exploration said":
 * an appositive written without its commas. The chunk opens with a person's name (two words at least, a given name
 * the lexicon knows or a title first) and goes on in lower case up to a role noun, then at most a preposition and the
 * body or field the office is held at; no capitalised word comes before that preposition ("Obama campaign manager
 * David Plouffe" is Plouffe's). The person speaks; the rest is the role.
 */
function nameBeforeUncommaedRole(text: string, tokens: readonly Token[], a: number, b: number): Mention | null {
  if (!isNameWord(tokens[a]) || b - a > 24) return null;
  const end = runStartingAt(tokens, a, b + 1);
  if (end - a < 2 || end > b) return null;
  const person = mentionFromRun(text, tokens, a, end - 1, a);
  if (!person || person.kind !== 'name' || !person.text.includes(' ') || !(person.honorific || looksLikePersonName(wordsOf(tokens, a, end - 1).filter((t) => !HONORIFICS.has(t.lw))))) return null;
  let role = false;
  let k = end;
  for (; k <= b; k++) {
    const t = tokens[k];
    if (!isWord(t) || t.cap) return null;
    if (isRole(t.lw)) role = true;
    else if (role && OFFICE_PREPOSITIONS.has(t.lw)) break;
    else if (role || PREPOSITIONS.has(t.lw) || FUNCTION_WORDS.has(t.lw) || FINITE_VERBS.has(t.lw)) return null;
  }
  if (!role) return null;
  return { ...person, role: joinText(text, wordsOf(tokens, end, b)) };
}

/**
 * The name ending the chunk before an appositive (chunks[0]), past a bracketed aside of that name ("Rep. Sander
 * Levin (Mich.), a superdelegate ..."); null when that chunk does not end with a person's name.
 */
function nameBeforeAppositive(text: string, tokens: readonly Token[], chunks: readonly [number, number][]): Mention | null {
  for (let ci = 1; ci < Math.min(chunks.length, 4); ci++) {
    const [a, b0] = chunks[ci]!;
    if (tokens[a - 1]?.w === '(' && tokens[b0 + 1]?.w === ')') continue; // "(Mich.)": an aside chunk of its own
    let b = b0;
    if (tokens[b]?.w === ')') {
      const k = asideOpening(tokens, b, a, 8);
      if (k < 0) return null;
      b = k - 1;
      if (b < a) continue; // the bracket is a chunk of its own: the name is in the chunk before
    }
    const person = nameEndingChunk(text, tokens, a, b);
    return person && person.kind === 'name' ? person : null;
  }
  return null;
}

/**
 * "David Rose, Chief Executive of Hereford Hospitals NHS Trust, said", "Glen Wood, Vice President of Deutsche
 * Securities, asks": one to three capitalised office words and "of", "at" or "for" open an office held at a body.
 */
function opensCapitalisedOffice(tokens: readonly Token[], a: number, b: number): boolean {
  let j = a;
  while (j <= b && j < a + 3 && isWord(tokens[j]) && tokens[j]!.cap && (isRole(tokens[j]!.lw) || HONORIFICS.has(tokens[j]!.lw))) j++;
  const next = tokens[j];
  return j > a && j < b && isWord(next) && !next.cap && HELD_AT_PREPOSITIONS.has(next.lw);
}

/**
 * `[a, b]` opens with a lower-case role noun, or a lower-case word and a role noun, and then "of", "at" or "for"
 * ("coordinator for ...", "outreach coordinator for ...", "sales director at ...").
 */
function opensLowerCaseOfficeHeldAt(tokens: readonly Token[], a: number, b: number): boolean {
  const t = tokens[a];
  if (!isWord(t) || t.cap || FUNCTION_WORDS.has(t.lw) || PRONOUNS.has(t.lw)) return false;
  const r = isRole(t.lw) ? a : a + 1;
  const role = tokens[r];
  const at = tokens[r + 1];
  return r + 1 < b && isWord(role) && !role.cap && isRole(role.lw) && isWord(at) && HELD_AT_PREPOSITIONS.has(at.lw);
}

/**
 * A chunk that describes the name before it rather than naming a speaker of its own: it opens with a lower-case
 * article, role noun or preposition ("chairman of X", "a doctor", "the founder of Y", "at a firm called Z"), or is
 * an age.
 */
function opensAppositive(tokens: readonly Token[], a: number, b: number): boolean {
  if (isAge(tokens, a, b)) return true;
  const t = tokens[a];
  // "Germany's largest private bank", "the network's funding arm": a possessive and a common noun.
  if (isWord(t) && t.cap && (tokens[a + 1]?.w === "'s" || bareApostrophe(tokens, a)) && isWord(tokens[a + 2]) && !tokens[a + 2]!.cap) return true;
  // "Mrs. Obama's chief of staff": the same after a courtesy title.
  if (isWord(t) && t.cap && titledPossessive(tokens, a) && isWord(tokens[a + 4]) && !tokens[a + 4]!.cap) return true;
  if (isWord(t) && t.cap && opensCapitalisedOffice(tokens, a, b)) return true;
  // "European outreach coordinator for digital rights group X": a nationality before a lower-case office held at a
  // body opens the appositive as the office alone would.
  if (isWord(t) && t.cap && DEMONYMS.has(t.lw) && opensLowerCaseOfficeHeldAt(tokens, a + 1, b)) return true;
  if (!isWord(t) || t.cap) return false;
  // "..., a fellow at the Planck Institute in Munich, Germany, and co-author of the study, said": an appositive
  // joined to the one before by "and" describes the same person.
  if (t.lw === 'and' && a < b && isWord(tokens[a + 1]) && !tokens[a + 1]!.cap) return opensAppositive(tokens, a + 1, b);
  // "partnership manager of mobile content firm Zed": a noun, a role noun and where the role is held.
  const n1 = tokens[a + 1];
  const n2 = tokens[a + 2];
  if (a + 2 <= b && isWord(n1) && !n1.cap && isRole(n1.lw) && isWord(n2) && HELD_AT_PREPOSITIONS.has(n2.lw) && !FUNCTION_WORDS.has(t.lw) && !PRONOUNS.has(t.lw) && !isSpeechVerb(t.lw)) return true;
  // "editor-in-chief of hip-hop magazine Quire": a hyphenated title opens a role as a role noun does.
  return isGrammaticalArticle(t.lw) || isRole(t.lw) || isHyphenatedTitle(t.lw) || APPOSITIVE_PREPOSITIONS.has(t.lw);
}

/**
 * The chunk `[a, b]` is an office and the body it is held at, not a person: a role word (any case) stands before
 * its name or it opens as an appositive, and the name ending it (starting at text offset `namePos`) does not look
 * like a person's name (`looksLikePersonName`: four words or more, or two or three opening with a given name), and
 * the office before it holds "of", "at", "for" or "with" ("Minister for Defence Procurement", "head of music at ...
 * Xfm") or,
 * in a chunk opening with a capital (a title), is two or three capitalised words ("President Ascom North America";
 * "Senator Sanders" stays a person).
 */
function isOfficeHeldAt(tokens: readonly Token[], a: number, b: number, namePos: number): boolean {
  const first = tokens[a];
  if (!isWord(first)) return false;
  let r = a;
  while (r <= b && tokens[r]!.s < namePos) r++;
  if (r > b || r === a) return false;
  let office = opensAppositive(tokens, a, b);
  for (let k = a; k < r && !office; k++) office = isWord(tokens[k]) && (isRole(tokens[k]!.lw) || isHyphenatedTitle(tokens[k]!.lw));
  if (!office) return false;
  const run = wordsOf(tokens, r, b);
  if (run.length === 0 || looksLikePersonName(run)) return false;
  for (let k = a + 1; k < r; k++) if (isWord(tokens[k]) && OFFICE_PREPOSITIONS.has(tokens[k]!.lw)) return true;
  return first.cap && run.length >= 2 && run.every((t) => t.cap);
}

/** "Sanders' senior adviser": a possessive apostrophe written alone after a word ending in s, glued to it. */
function bareApostrophe(tokens: readonly Token[], a: number): boolean {
  const t = tokens[a];
  const m = tokens[a + 1];
  return !!t && !!m && (m.w === "'" || m.w === '’') && t.w.endsWith('s') && m.s === t.e;
}

/** An appositive chunk ending in a lower-case common noun that no role word is ("the Vatican's official newspaper"). */
function renamedNoun(tokens: readonly Token[], [a, b]: [number, number]): boolean {
  const last = tokens[b];
  if (!opensAppositive(tokens, a, b) || !isWord(last) || last.cap || isRole(last.lw) || FUNCTION_WORDS.has(last.lw) || PERSON_KIND_NOUNS.has(last.lw)) return false;
  // ("Queens, the wealthy enclave where the Trumps lived, Freddy confided": a relative clause, no noun renamed.)
  for (let k = a; k <= b; k++) if (isWord(tokens[k]) && (isRelativePronoun(tokens[k]!.lw) || tokens[k]!.lw === 'where' || FINITE_VERBS.has(tokens[k]!.lw))) return false;
  return true;
}

/** "(UNHCR)", "(R-Texas)": a chunk standing alone between brackets. */
function isBracketed(tokens: readonly Token[], [a, b]: [number, number]): boolean {
  return tokens[a - 1]?.w === '(' && tokens[b + 1]?.w === ')';
}

/** ", Inc.,", ", Ltd,": a chunk that is only a company suffix. */
function isCompanySuffixChunk(tokens: readonly Token[], [a, b]: [number, number]): boolean {
  const ws = wordsOf(tokens, a, b);
  return ws.length === 1 && COMPANY_SUFFIXES.has(ws[0]!.lw.replace(/\.$/, ''));
}

/**
 * The person named just before a run of appositive chunks (chunks[from], chunks[from + 1], ...): the first chunk
 * that is no appositive must end with a person's name that opens the chunk (role words and an opening
 * conjunction allowed before it); null otherwise.
 */
function personBeforeAppositives(text: string, tokens: readonly Token[], chunks: readonly [number, number][], from: number): Mention | null {
  for (let ci = from; ci < Math.min(chunks.length, from + 4); ci++) {
    const [a, b] = chunks[ci]!;
    if (tokens[a - 1]?.w === '(' && tokens[b + 1]?.w === ')') continue;
    if (opensAppositive(tokens, a, b)) continue;
    // ("..., a fellow at the Planck Institute in Munich, Germany, and co-author of the study, said": the country.)
    if (isPlaceContinuation(tokens, chunks, ci)) continue;
    const r = runEndingAt(tokens, b, a);
    if (r < 0) return null;
    // Only role words, determiners or an opening "But" may stand before the name in its chunk.
    for (let k = a; k < r; k++) {
      const x = tokens[k];
      if (x?.w === '.') continue;
      if (!isWord(x) || PREPOSITIONS.has(x.lw) || isRelativePronoun(x.lw) || PRONOUNS.has(x.lw)) return null;
    }
    const person = nameEndingChunk(text, tokens, a, b);
    if (!person || person.kind !== 'name') return null;
    // The role is the appositive right after the name ("chairman of the board of Freedom Partners").
    const [ra, rb] = chunks[ci - 1]!;
    const role = person.role ? undefined : appositiveRole(text, tokens, ra, rb);
    if (role) person.role = role;
    return person;
  }
  return null;
}

/** Longest appositive read as a role, in words. */
const MAX_APPOSITIVE_ROLE_WORDS = 12;

/**
 * The appositive `[a, b]` after a name as its role ("a former county commissioner" -> "former county commissioner"):
 * its words without the opening article; undefined for a bare age ("Mr Mubanga, 32,") or a chunk too long for a role.
 */
function appositiveRole(text: string, tokens: readonly Token[], a: number, b: number): string | undefined {
  const role = wordsOf(tokens, a, b);
  if (role.length > MAX_APPOSITIVE_ROLE_WORDS || isAge(tokens, a, b)) return undefined;
  return joinText(text, role.filter((t, i) => !(i === 0 && isGrammaticalArticle(t.lw))));
}

/** Most lower-case words between the article and the noun of a document chunk ("the latest staff report"). */
const MAX_DOCUMENT_MODIFIERS = 2;

/** `[a, b]` is an article, at most two lower-case modifiers and a document noun ("the report", "the new study"). */
function isDocumentChunk(tokens: readonly Token[], a: number, b: number): boolean {
  if (b - a < 1 || b - a > MAX_DOCUMENT_MODIFIERS + 1 || !opensWithArticle(tokens, a)) return false;
  for (let k = a; k <= b; k++) if (!isWord(tokens[k]) || tokens[k]!.cap) return false;
  const head = tokens[b]!.lw;
  return DOC_NOUNS.has(head) || AUTHORED.has(head);
}

/**
 * The chunk `[a, b]` names whom the speaker talked to: "Speaking to ...", "Talking with ...", "Interviewed by ...", or
 * "In" and at most three words (an article, "exclusive", "recent") before a talk noun and "with" ("In an interview
 * with hosts ...", "In a recent conversation with ...").
 */
function opensHearerPhrase(tokens: readonly Token[], a: number, b: number): boolean {
  const t = tokens[a];
  if (!isWord(t) || b <= a) return false;
  const by = HEARER_PHRASE_PARTICIPLES.get(t.lw);
  if (by) return isWord(tokens[a + 1]) && by.has(tokens[a + 1]!.lw);
  if (t.lw !== 'in') return false;
  for (let k = a + 1; k <= Math.min(b - 1, a + 4); k++) {
    const x = tokens[k];
    if (!isWord(x) || x.cap) return false;
    if (TALK_NOUNS.has(x.lw)) return tokens[k + 1]?.lw === 'with';
  }
  return false;
}

/** A chunk opening with an article: "a superdelegate supporting Clinton", "the founder of Third Way". */
function opensWithArticle(tokens: readonly Token[], a: number): boolean {
  const t = tokens[a];
  return isWord(t) && !t.cap && isGrammaticalArticle(t.lw);
}

/** A bare age between commas: "Mr Mubanga, 32, from Wembley". */
function isAge(tokens: readonly Token[], a: number, b: number): boolean {
  return a === b && /^\d{1,3}$/.test(tokens[a]?.w ?? '');
}

/** A chunk opening with a relative pronoun or a preposition of time or place: an aside after a name. */
function opensAside(tokens: readonly Token[], a: number): boolean {
  const t = tokens[a];
  return isWord(t) && !t.cap && (isPersonRelative(t.lw) || ['on', 'in', 'from', 'at', 'during', 'before', 'after', 'since', 'until', 'while'].includes(t.lw));
}

/**
 * "NAME, AGE, ..., said" and "NAME, who/on/in ..., ..., said": when a chunk nearer the verb is an age or
 * opens an aside, the subject is the name ending the chunk just before that aside, however many chunks the
 * aside runs over.
 */
function subjectBeforeAsides(text: string, tokens: readonly Token[], chunks: readonly [number, number][]): Mention | null {
  for (let i = 0; i + 1 < chunks.length; i++) {
    const [a, b] = chunks[i]!;
    if (!isAge(tokens, a, b) && !opensAside(tokens, a) && !isPlaceContinuation(tokens, chunks, i)) continue;
    // (A place continuation's chunk before ends with the place, never a speaker: "in Munich, Germany, and ...".)
    if (i > 0 && isPlaceContinuation(tokens, chunks, i) && !opensAside(tokens, a)) continue;
    // Only when the chunks before the aside's start hold no other verb-like clause: scan the one before.
    const [pa, pb] = chunks[i + 1]!;
    // The aside may run over several chunks (", who was a GP in X, in the Y Valley, before becoming Z,"; ", who
    // was to travel to Columbus, Ohio, on Wednesday,").
    if (opensAside(tokens, pa) || isAge(tokens, pa, pb) || isPlaceContinuation(tokens, chunks, i + 1)) continue;
    const named = nameEndingChunk(text, tokens, pa, pb, true);
    if (named && named.kind === 'name' && (i > 0 || isAge(tokens, a, b) || isPersonRelative(tokens[a]!.lw))) return named;
    if (named && named.kind === 'name' && i === 0 && opensAside(tokens, a) && opensWithName(tokens, pa, pb)) return named;
  }
  return null;
}

/**
 * "The actor, whose films include Ivy Lane, Tom Harrow and Star Lanes: The Return, said", "The alliance, which
 * includes the Tide Society, Age Concern and the Rowing Club, said", "Fennick, which owns 5% of Brenmoor's (BB)
 * shares, has complained": a relative clause after a comma that runs on over further chunks, as a list (an "and" or
 * "or" in them) or past a bracket, up to the verb. Every name in it is what the clause speaks of; the subject is what
 * the chunk before the relative word names (a person, a body or a description). Chunks past the relative word that
 * hold a finite verb end it ("The plan, which Tory MPs oppose, is dead, Lee said"): nothing is read then.
 */
function antecedentOfLongRelative(text: string, tokens: readonly Token[], chunks: readonly [number, number][]): Mention | null {
  let listed = false;
  for (let i = 0; i + 1 < chunks.length; i++) {
    const [a, b] = chunks[i]!;
    const t = tokens[a];
    if (i > 0 && isWord(t) && !t.cap && (isWhoOrWhose(t.lw) || t.lw === 'which') && b > a) {
      // ("The deal, which Dale and Holt said was ...": a subject right after the relative word makes it an object
      // relative, read elsewhere.)
      const after = tokens[a + 1];
      if (!listed || !isWord(after) || after.cap || PRONOUNS.has(after.lw)) return null;
      // The antecedent is the sentence's subject: no object of a preposition ("In a letter to Kevin Arlow, who ...").
      const [pa, pb] = chunks[i + 1]!;
      if (isWord(tokens[pa]) && PREPOSITIONS.has(tokens[pa]!.lw)) return null;
      const m = nameEndingChunk(text, tokens, pa, pb) ?? descriptionAt(text, tokens, pa, pb);
      return m && m.kind !== 'pronoun' ? m : null;
    }
    // The chunks past the relative word are more of its list or bracket: noun phrases, no verb or relative word of their
    // own ("..., which would create X, immediately sparked criticism from Y who agree": a clause of its own, no list).
    if (finiteVerbBetween(tokens, a, b + 1)) return null;
    for (let k = a; k <= b; k++) {
      const x = tokens[k];
      if (isWord(x) && (isRelativePronoun(x.lw) || (!x.cap && x.lw.length > 4 && x.lw.endsWith('ed')))) return null;
    }
    for (let k = a; k <= b && !listed; k++) if (isWord(tokens[k]) && (tokens[k]!.lw === 'and' || tokens[k]!.lw === 'or')) listed = true;
    if (isBracketed(tokens, chunks[i]!)) listed = true;
  }
  return null;
}

/**
 * "the pact, which Dale had called "...", "Pike, who Dale on Wednesday called "...", "the speech, which Dale claims
 * showed "...": a name right after a relative pronoun is the subject of the object-relative clause, so it speaks;
 * the relative's antecedent is only what was spoken of. `j` is the last token before the verb past its modifiers.
 */
function subjectOfObjectRelative(text: string, tokens: readonly Token[], lo: number, j: number): Mention | null {
  if (!isNameWord(tokens[j])) return null;
  const r = runEndingAt(tokens, j, lo);
  const rel = tokens[r - 1];
  if (r <= lo || !isWord(rel) || rel.cap || !(rel.lw === 'which' || rel.lw === 'who' || rel.lw === 'whom')) return null;
  return mentionFromRun(text, tokens, r, j, r);
}

/** The chunk's name run opens it, past an opening conjunction ("But Tom Miller"). */
function opensWithName(tokens: readonly Token[], a: number, b: number): boolean {
  const r = runEndingAt(tokens, b, a);
  if (r < 0) return false;
  for (let k = a; k < r; k++) if (!isWord(tokens[k]) || !['but', 'and', 'yet', 'so'].includes(tokens[k]!.lw)) return false;
  return true;
}

/**
 * Chunk `i` is the region of a place named in the chunk before it: ", from Houston, Texas," / ", to Columbus,
 * Ohio,": one or two capitalised words between commas, after a chunk that ends with a preposition and a name.
 */
function isPlaceContinuation(tokens: readonly Token[], chunks: readonly [number, number][], i: number): boolean {
  const c = chunks[i];
  const before = chunks[i + 1];
  // The place belongs to an appositive or aside of a name: "NAME, a delegate from Houston, Texas,".
  const named = chunks[i + 2];
  if (!c || !before || !named || c[1] - c[0] > 1 || !isNameWord(tokens[named[0]])) return false;
  // (A capital opening the appositive is a title, no name: "Mr Johnson, MP for Henley-on-Thames, Oxfordshire, said".)
  if (!isWord(tokens[before[0]]) || (tokens[before[0]]!.cap && !isRole(tokens[before[0]]!.lw))) return false;
  // Between commas: ", from Houston, Texas, said" (not ", in Birmingham, Johnson said").
  if (tokens[c[0] - 1]?.w !== ',' || tokens[c[1] + 1]?.w !== ',') return false;
  for (let k = c[0]; k <= c[1]; k++) if (!isNameWord(tokens[k]) || HONORIFICS.has(tokens[k]!.lw) || isRole(tokens[k]!.lw)) return false;
  let r = before[1];
  while (r > before[0] && isNameWord(tokens[r])) r--;
  const p = tokens[r];
  return r < before[1] && r > before[0] && isWord(p) && (TOWN_PREPOSITIONS.has(p.lw) || (p.lw === 'for' && isRole(tokens[r - 1]?.lw ?? '')));
}

/** A party-and-state tag ("R-Texas", "D-N.Y.") or a relative clause ("who represents Thomas"). */
function isAside(tokens: readonly Token[], a: number, b: number): boolean {
  const t = tokens[a];
  if (!isWord(t)) return false;
  // ", AKA Night Harbour,", ", also known as Night Harbour,": a second name of the one named before.
  if (opensAlias(tokens, a)) return true;
  if (isRelativePronoun(t.lw)) return true;
  if (!t.cap && t.lw.endsWith('ing') && t.lw.length > 5) return true; // ", appearing on Fox News,"
  // ", filed in the US District Court,": a past participle and its phrase describe the subject before them.
  if (!t.cap && t.lw.endsWith('ed') && t.lw.length > 4 && isWord(tokens[a + 1]) && PREPOSITIONS.has(tokens[a + 1]!.lw)) return true;
  return b - a <= 3 && /^[RDI]-\p{Lu}/u.test(t.w);
}

/** Most words of a bare plural subject before its plural noun ("senior administration officials"). */
const MAX_BARE_PLURAL_MODIFIERS = 2;

/**
 * `[a, b]` is lower-case words only, opening with no article, determiner or preposition, whose first three words hold a
 * plural of people ("sources", "senior officials", "aides close to him"): a subject of its own.
 */
function isBarePlural(tokens: readonly Token[], a: number, b: number): boolean {
  const first = tokens[a];
  if (!isWord(first) || DETERMINERS.has(first.lw) || PREPOSITIONS.has(first.lw) || QUANTIFIERS.has(first.lw)) return false;
  let plural = false;
  for (let k = a; k <= b; k++) {
    const t = tokens[k];
    if (!isWord(t) || t.cap) return false;
    if (k <= a + MAX_BARE_PLURAL_MODIFIERS && PLURAL_ROLES.has(t.lw)) plural = true;
  }
  return plural;
}

/** The chunk holds an "and" or "or": several people or things, which a plural appositive may describe. */
function listsSeveral(tokens: readonly Token[], [a, b]: [number, number]): boolean {
  for (let k = a; k <= b; k++) if (isWord(tokens[k]) && isListJoiner(tokens[k]!.lw)) return true;
  return false;
}

/** "some Republican leaders", "many voters": a subject of its own, not an appositive. */
function startsWithQuantifier(tokens: readonly Token[], a: number): boolean {
  const t = tokens[a];
  return isWord(t) && QUANTIFIERS.has(t.lw);
}

const OBJECT_PRONOUNS = new Map([['him', 'he'], ['her', 'she'], ['them', 'they']]);

/**
 * A lower-case word that can sit between two names in one noun phrase ("consumer goods giant"): no verb that takes
 * the second name as its object ("Morgan Freeman beat Clive Owen", "Analysts say Winn-Dixie", "Henman made his
 * Davis Cup debut").
 */
function isModifierNoun(lw: string): boolean {
  if (isRole(lw)) return true;
  // ("Venn put off deciding whether Tom Harl could ...": a question's opener starts a clause, whose subject the name
  // after it is; it never stands among a name's role words.)
  return !FUNCTION_WORDS.has(lw) && !QUESTION_OPENERS.has(lw) && !takesObjectBetweenNames(lw) && !/(?:ed|ly)$/.test(lw) && /^[a-z-]+$/.test(lw);
}

/**
 * From `a`: a capitalised body's name (at most four words), then at most four lower-case words ending in an office
 * noun ("EEF chief economist", "RNID technology director") and a comma: a description a name in apposition may follow.
 */
function bodyBeforeLowerOffice(tokens: readonly Token[], a: number, hi: number): boolean {
  let k = a;
  while (k < hi && k < a + 4 && isNameWord(tokens[k])) k++;
  if (k === a) return false;
  let c = k;
  while (c < hi && c < k + 4 && isWord(tokens[c]) && (isDescribingWord(tokens[c]!) || isLowerRole(tokens[c]))) c++;
  return c > k && tokens[c]?.w === ',' && isLowerRole(tokens[c - 1]);
}

/** A verb form or possessive determiner between two names that makes the second the first's object. */
function takesObjectBetweenNames(lw: string): boolean {
  return FINITE_VERBS.has(lw) || OBJECT_VERB_FORMS.has(lw) || POSSESSIVE_DETERMINERS.has(lw);
}

/**
 * "The leader of Ennahda, Rachid Ghannouchi," / "the other candidate on the stage, former Secretary of State Hillary
 * Clinton,": a lower-case-headed description opening at `a` (an article or a role noun first), a comma, then a full
 * name (role words allowed before it) and a comma: the name, with the description as its role.
 */
function nameAfterDescription(text: string, tokens: readonly Token[], a: number, to: number, afterPossessive = false, afterVerb = false): Mention | null {
  const first = tokens[a];
  if (!isWord(first) || !(afterPossessive || DETERMINERS.has(first.lw) || isRole(first.lw))) return null;
  let c = a + 1;
  while (c < to && c < a + 12 && tokens[c]?.kind === 'word') c++;
  if (tokens[c]?.w !== ',' || !wordsOf(tokens, a, c - 1).some((t) => isRole(t.lw))) return null;
  let n = c + 1;
  while (n < to && n < c + 4 && isWord(tokens[n]) && !tokens[n]!.cap) n++;
  const end = runStartingAt(tokens, n, to);
  // After the verb the name may end the sentence ("said the committee chairman, MP Tam Brisk.").
  if (end <= n || !(tokens[end]?.w === ',' || (afterVerb && (end >= to || tokens[end]?.w === '.')))) return null;
  const m = mentionFromRun(text, tokens, n, end - 1, c + 1);
  if (!m || m.kind !== 'name' || m.text.split(' ').length < 2) return null;
  if (!m.role) m.role = joinText(text, wordsOf(tokens, a, c - 1).filter((t, i) => !(i === 0 && DETERMINERS.has(t.lw))));
  return m;
}

/** The words from `a` to the next comma hold a finite verb or a clause word ("Parmalat is now run by ..."). */
function clauseBeforeComma(tokens: readonly Token[], a: number, to: number): boolean {
  for (let k = a; k < to && k < a + 12 && tokens[k]?.w !== ','; k++) if (FINITE_VERBS.has(tokens[k]!.lw) || STOP_DESC.has(tokens[k]!.lw)) return true;
  return false;
}

/** Lower-case modifiers from `k` (at most three) ending in an office noun that a person's name follows. */
function officeBeforeName(tokens: readonly Token[], k: number, hi: number): boolean {
  for (let j = k; j < Math.min(hi - 1, k + 3); j++) {
    const t = tokens[j];
    if (!isWord(t) || t.cap || PREPOSITIONS.has(t.lw) || STOP_DESC.has(t.lw) || !/^[a-z-]+$/.test(t.lw)) return false;
    if (isRole(t.lw) && isNameWord(tokens[j + 1])) return true;
    // ("said NASA planetary geologist Rhea Lund": an office the role lexicon does not know, before a full name.)
    if (isDescribingWord(t) && isNameWord(tokens[j + 1]) && runStartingAt(tokens, j + 1, hi) - (j + 1) >= 2) return true;
  }
  return false;
}

/** A lower-case office word ("president", "executive"). */
function isLowerRole(t: Token | undefined): boolean {
  return isWord(t) && !t.cap && isRole(t.lw);
}

/**
 * "and" at `k` between two offices of one person written in lower case: an office word right before it, and one of
 * the next two words after it, the first of them not capitalised ("president and chief executive", "president and
 * executive"; not "players and even Ostby himself", not "president and Bill Owens").
 */
function joinsTwoOffices(tokens: readonly Token[], k: number): boolean {
  const x = tokens[k];
  if (!isWord(x) || x.lw !== 'and' || !isLowerRole(tokens[k - 1])) return false;
  const next = tokens[k + 1];
  return isLowerRole(next) || (next !== undefined && !next.cap && isLowerRole(tokens[k + 2]));
}

/** Longest second office read after "Gov. and", in words ("Republican vice presidential candidate"). */
const MAX_JOINED_OFFICE = 6;

/**
 * An abbreviated title's stop at `k` ("Gov.", "Sen."), then "and" and a second office before a name ("and Democratic
 * National Committee Chairman", "and Senate candidate"): one person's two offices. A role word must stand among the
 * words after "and" before any punctuation ("Gov. and Mrs. Holt" are two people).
 */
function titleJoinedToOffice(tokens: readonly Token[], k: number, hi: number): boolean {
  if (!isTitleStop(tokens, k, true) || tokens[k + 1]?.lw !== 'and') return false;
  for (let j = k + 2; j < hi && j < k + 2 + MAX_JOINED_OFFICE; j++) {
    const x = tokens[j];
    if (!isWord(x)) return false;
    if (isRole(x.lw) && !PLURAL_ROLES.has(x.lw)) return true;
  }
  return false;
}

/**
 * "and" (or "&") at `k` joining one capitalised word to the rest of a body's name, which an office and its holder's
 * full name (two name words at least) follow: "Economic and Fiscal Policy Minister Heizo Takenaka" (the office
 * capitalised inside the run), "Ridley and Judd executive producer Amy Rowe" (a lower-case office after the run),
 * "Ernst and Young's Sanjay Mehta" (the body's own person). Not two people ("Jonathan Wolpaw and Dennis McFarlane":
 * no office between) nor two bodies ("UPS and Deutsche Post were ...").
 */
function bodyJoinedBeforeHolder(text: string, tokens: readonly Token[], k: number, hi: number): boolean {
  const x = tokens[k];
  if (!(isWord(x) && x.lw === 'and') && x?.w !== '&') return false;
  if (!isNameWord(tokens[k + 1])) return false;
  // ("said Holt and Foreign Minister Ada Vell" after "Tom Holt": two people, the first named speaks; session 41.)
  if (namedAsPersonEarlier(text, tokens, k - 1)) return false;
  const e = runStartingAt(tokens, k + 1, hi);
  if (e <= k + 1) return false;
  const fullNameAt = (j: number): boolean => isNameWord(tokens[j]) && runStartingAt(tokens, j, hi) - j >= 2;
  // The office inside the run: a capitalised role word with at least two name words after it, up to the run's end.
  for (let j = k + 2; j < e - 2; j++) if (isRole(tokens[j]!.lw) && !isRole(tokens[j + 1]!.lw) && e - (j + 1) >= 2) return true;
  if (tokens[e]?.w === "'s") return fullNameAt(e + 1);
  if (!officeBeforeName(tokens, e, hi)) return false;
  let j = e;
  while (j < hi && isWord(tokens[j]) && !tokens[j]!.cap) j++;
  return fullNameAt(j);
}

/**
 * After a possessive ("Clinton's", "the company's"): lower-case modifiers ending in a role noun, an optional comma
 * and more role words, then a name ("top foreign policy aide Jake Sullivan", "introducer, actress Jamie Lee
 * Curtis"). Returns that person with the role words as role, or null when no role noun comes before a name.
 */
function nameAfterPossessiveRole(text: string, tokens: readonly Token[], i: number, hi: number): Mention | null {
  const role: Token[] = [];
  let k = i;
  let comma = false;
  while (k < hi && k < i + 8) {
    const x = tokens[k];
    if (!x) return null;
    if (!comma && x.kind === 'punct' && x.w === ',' && role.length) { comma = true; k++; continue; }
    if (!isWord(x) || x.cap || !/^[a-z-]+$/.test(x.lw) || PREPOSITIONS.has(x.lw) || STOP_DESC.has(x.lw) || DETERMINERS.has(x.lw)) break;
    role.push(x);
    k++;
  }
  const last = role[role.length - 1];
  if (!last || !isNameWord(tokens[k])) return null;
  const e = runStartingAt(tokens, k, hi);
  if (e <= k) return null;
  // ("said Vell's agent Joanna Pell", "said Vell's publicist Wendy Day": one noun the role lexicon does not know, no
  // verb, before a full name, names that person's office as a known one does.)
  if (!isRole(last.lw) && !(role.length === 1 && e - k >= 2 && isDescribingWord(last) && !last.lw.endsWith('ing') && !last.lw.endsWith('ed') && !FINITE_VERBS.has(last.lw) && !isSpeechVerb(last.lw))) return null;
  const m = mentionFromRun(text, tokens, k, e - 1, k);
  if (!m || m.kind !== 'name') return null;
  // The possessor names whose office it is ("Kasabian's singer", "Clinton's top foreign policy aide"): kept in the
  // role when it is a name of one or two capitalised words, so a role question naming the body finds the holder.
  if (!m.role) m.role = joinText(text, [...possessorOf(tokens, i - 1), ...role]);
  return m;
}

/** A lower-case "of" between `a` and `b` (a name run joined across it: "Rhea Lund of Velmora"). */
function ofInRun(tokens: readonly Token[], a: number, b: number): boolean {
  for (let j = a; j < b; j++) if (tokens[j]?.w === 'of') return true;
  return false;
}

/** A lower-case word that may describe a person before the name (an age too: "the 28-year-old"). */
function isDescribingWord(x: Token): boolean {
  return !x.cap && (/^[a-z-]+$/.test(x.lw) || isAgeWord(x.lw)) && !PREPOSITIONS.has(x.lw) && !STOP_DESC.has(x.lw) && !DETERMINERS.has(x.lw);
}

/** At `k`, one more describing word and then a name word ("neurosurgeon Ben", "geologist Rhea"). */
function describingWordThenName(tokens: readonly Token[], k: number): boolean {
  const x = tokens[k];
  return isWord(x) && isDescribingWord(x) && isNameWord(tokens[k + 1]);
}

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
  /** Start of the name run a place's tail after "and" joined on to, or -1. */
  let joinedFrom = -1;
  while (k < hi && k <= v + 12) {
    const x = tokens[k];
    if (!x) break;
    if (isNameWord(x)) { end = runStartingAt(tokens, k, hi); k = end; continue; }
    // Lower-case words before the name describe it: "said tenant Omar Diaz", "said former aide Jo Ray", "said the
    // 28-year-old Morientes" (an age is a modifier like "veteran", not the speaker's name).
    // ("said retired neurosurgeon Ben Carson", "said planetary geologist Rhea Lund": two modifiers the role lexicon
    // does not know, then the name, describe it as one does.)
    if (isWord(x) && (DETERMINERS.has(x.lw) || isRole(x.lw) || (end < 0 && isDescribingWord(x) && (k > v + 1 || isNameWord(tokens[k + 1]) || describingWordThenName(tokens, k + 1))))) { k++; continue; }
    // "according to Bristol University political scientist Anne Alexander": after a body's name, modifiers of an
    // office and a person's name; the person speaks, the body and the office are the role.
    if (end > 0 && officeBeforeName(tokens, k, hi)) { k++; continue; }
    // "said Nortel president and chief executive Bill Owens": two offices of one person joined by "and".
    if (k > v + 1 && joinsTwoOffices(tokens, k)) { k++; continue; }
    // "said former Pennsylvania Gov. and Democratic National Committee Chairman Ed Rendell": an abbreviated title's
    // stop and "and" before a second office; the holder named after both speaks, not the place before the title.
    if (end === k && titleJoinedToOffice(tokens, k, hi)) { k += 2; continue; }
    // "said Economic and Fiscal Policy Minister Heizo Takenaka", "said Ridley and Judd producer Amy Rowe": one word, then
    // "and" inside a body's name before an office and its holder's full name; the holder speaks, not the first word.
    if (end === k && k === v + 2 && bodyJoinedBeforeHolder(text, tokens, k, hi)) { k++; continue; }
    // "said the MP for Dunmore and Kelty": the place's name goes on after "and"; the run stops there.
    const tail = end === k ? nameTailAfterOfEnd(tokens, k, hi) : -1;
    if (tail > k + 1) { joinedFrom = runEndingAt(tokens, k - 1, v + 1); end = tail; k = tail; continue; }
    break;
  }
  // "the Economist Intelligence Unit's Mr Hensel": the person after the possessive speaks.
  // Not after a person "of" a body ("said geologist Rhea Lund of Velmora's Deep Space Laboratory": the laboratory is
  // hers, she speaks).
  if (end > 0 && tokens[end]?.w === "'s" && isNameWord(tokens[end + 1]) && !ofInRun(tokens, v + 1, end)) {
    const e2 = runStartingAt(tokens, end + 1, hi);
    if (e2 > end + 1) end = e2;
  }
  // "said Clinton's top foreign policy aide Jake Sullivan", "said the company's chief executive, John Ferriola":
  // the person the possessor's role names speaks, not the possessor.
  const possK = end > 0 ? end : k;
  if (tokens[possK]?.w === "'s") {
    const named = nameAfterPossessiveRole(text, tokens, possK + 1, hi);
    if (named) return named;
  }
  // "said EEF chief economist, Steve Radley.", "said RNID technology director, Guido Gybels.": a body's name, its
  // office in lower case and a comma: the full name in apposition speaks, not the body or the office.
  if (bodyBeforeLowerOffice(tokens, v + 1, hi)) {
    const named = nameAfterDescription(text, tokens, v + 1, hi, true, true);
    if (named) return named;
  }
  let m: Mention | null = null;
  // "according to a Democratic aide": the capitalised word qualifies a role noun; no one is named.
  const tail = tokens[k - 1];
  if (end > 0 && k > end && isWord(tail) && !tail.cap && isRole(tail.lw)) end = -1;
  // "said the Spurs sporting director": a capitalised word between a determiner and a role noun qualifies
  // the role; it names nobody.
  if (end > 0 && isWord(tokens[v + 1]) && DETERMINERS.has(tokens[v + 1]!.lw)) {
    // ("said a former U.S. border official": the acronym's stop is inside the phrase.)
    const from = tokens[end]?.w === '.' && isAbbreviation(tokens, end) ? end + 1 : end;
    for (let j = from; j < Math.min(hi, from + 3); j++) {
      const x = tokens[j];
      if (!isWord(x) || x.cap) break;
      // ("said the East Kilbride athlete": a kind of person qualified by a place or a club is a description too.)
      if (isRole(x.lw) || PERSON_KIND_NOUNS.has(x.lw)) { end = -1; break; }
    }
  }
  if (end > 0) {
    const r = joinedFrom >= 0 ? joinedFrom : runEndingAt(tokens, end - 1, v + 1);
    if (r >= 0) m = mentionFromRun(text, tokens, r, end - 1, v + 1);
  }
  // "said the committee chairman, MP Tam Brisk", "said the Secretary of State for Trade and Industry, Pat Hale": the
  // name in apposition to the described speaker is the speaker.
  if (!m || (m.kind === 'description' && tokens[end]?.w === ',')) {
    const named = isWord(t) && DETERMINERS.has(t.lw) ? nameAfterDescription(text, tokens, v + 1, hi, false, true) : null;
    if (named || !m) return named ?? descriptionAt(text, tokens, v + 1, Math.min(hi - 1, v + 10));
  }
  // Appositive after the name: ", a Democratic pollster working for ...".
  const comma = tokens[end];
  // (", aka Night Harbour": a second name, no office.)
  if (m.kind === 'name' && comma && comma.kind === 'punct' && comma.w === ',' && isWord(tokens[end + 1]) && isAppositive(tokens, end + 1, end + 4) && !opensAlias(tokens, end + 1)) {
    const ws: Token[] = [];
    for (let q = end + 1; q < hi && ws.length < 12; q++) {
      const x = tokens[q];
      // "said Jorn Haller, Orvex's chairman.": a possessive inside the appositive names whose office it is; the role
      // read on past it (before, the role was the possessor alone, "Orvex", which names no office).
      if (x?.w === "'s" && ws.length && isWord(tokens[q + 1])) continue;
      // "said Nelson Diaz, a former aide to Mr. Rubio,": the title's stop is no end; the principal is read with the office.
      if (ws.length && isTitleStop(tokens, q)) continue;
      if (!isWord(x)) break;
      if (ws.length && (STOP_DESC.has(x.lw) || (x.lw.endsWith('ing') && x.lw.length > 5 && !x.cap))) break;
      ws.push(x);
    }
    let role = ws.filter((x, i) => !(i === 0 && isGrammaticalArticle(x.lw)));
    // ", who is also a host on the show,": the office the relative clause states is the role; a relative word
    // alone (", who has made ...") states none (issue 13, item 1).
    if (role.length === 1 && isRelativePronoun(role[0]!.lw)) role = roleOfRelative(tokens, end + 2, hi);
    if (role.length && !m.role) m.role = joinText(text, role);
  }
  return m;
}

/**
 * "For [body] role Full Name," from `a` to the comma at `c`: the person, when role words lead to a name of two
 * words or more that ends the chunk, or a bare name with a role appositive after the comma ("But for Allen Weiner,
 * a research director at ..., the future ..."). A bare name alone ("For West Ham,", "For BT Retail,") may be a
 * team, a firm or a place, and "For example in ..." is no person: both are left alone.
 */
function forOpenerName(text: string, tokens: readonly Token[], a: number, c: number, roleAfter: boolean): Mention | null {
  let role = roleAfter;
  for (let k = a; k < c; k++) {
    const t = tokens[k];
    if (!isWord(t) || PREPOSITIONS.has(t.lw) || FUNCTION_WORDS.has(t.lw)) return null;
    if (!t.cap && isRole(t.lw)) { role = true; continue; }
    if (!role || !isNameWord(t)) continue;
    if (runStartingAt(tokens, k, c) !== c) continue;
    const m = mentionFromRun(text, tokens, k, c - 1, a);
    return m && m.kind === 'name' && m.text.split(' ').length >= 2 ? m : null;
  }
  return null;
}

/** ", a research director at ...": an appositive from `k` that opens with an article and holds a role word early. */
function roleAppositive(tokens: readonly Token[], k: number, to: number): boolean {
  const first = tokens[k];
  if (!isWord(first) || !isGrammaticalArticle(first.lw)) return false;
  for (let j = k + 1; j < Math.min(to, k + 5); j++) {
    const x = tokens[j];
    if (!isWord(x)) return false;
    if (!x.cap && isRole(x.lw)) return true;
  }
  return false;
}

/** The adverbial from `a` to its comma at `c` opens with a word capitalised only by its place (see sentenceSubject). */
function opensFrontedAdverbial(tokens: readonly Token[], a: number, c: number): boolean {
  const t = tokens[a]!;
  const next = tokens[a + 1];
  const last = tokens[c - 1];
  if (c - a <= 5 && isWord(last) && RELATIVE_TIME_ENDS.has(last.lw)) return true;
  // "Last year,", "This week,", "That night,": a period named from now opens the sentence.
  if (c === a + 2 && PERIOD_DEICTICS.has(t.lw) && isWord(next) && PERIODS.has(next.lw)) return true;
  if (ADVERBIAL_LEADS.has(t.lw) && isWord(next) && ADVERBIAL_LEAD_FOLLOWERS.has(next.lw)) return true;
  return isSentenceAdverbShape(t.w) && (c === a + 1 || (isWord(next) && !next.cap));
}

/**
 * Past an adverbial that ends in a place ("Speaking at a town hall in Salem,"), the region that continues it
 * ("Oregon,") when a capitalised word or a pronoun follows its comma ("Oregon, Price went"); `c` is the
 * adverbial's comma. "In Salem, Price, the mayor, said" keeps Price: an article follows his comma.
 */
function placeAfterAdverbial(tokens: readonly Token[], a: number, c: number, to: number): number {
  const p = tokens[c - 1];
  const prep = tokens[c - 2];
  if (!isNameWord(p) || !isWord(prep) || !TOWN_PREPOSITIONS.has(prep.lw)) return c + 1;
  let e = c + 1;
  while (e < to && e < c + 4 && isNameWord(tokens[e]) && !HONORIFICS.has(tokens[e]!.lw) && !isRole(tokens[e]!.lw)) e++;
  // ("in Portsmouth, N.H., on Tuesday,": an abbreviated region keeps its full stop before the comma.)
  if (e > c + 1 && tokens[e]?.w === '.' && tokens[e + 1]?.w === ',') e++;
  const after = tokens[e + 1];
  // ("in Ames, Iowa, on Sunday, Price tried": a short time or place phrase to its own comma may come first.)
  const adverbialNext = isWord(after) && !after.cap && PREPOSITIONS.has(after.lw) && tokens.slice(e + 2, Math.min(to, e + 6)).some((x) => x.w === ',');
  if (e === c + 1 || tokens[e]?.w !== ',' || !isWord(after) || !(after.cap || PRONOUNS.has(after.lw) || adverbialNext) || DETERMINERS.has(after.lw)) return c + 1;
  void a;
  return e + 1;
}

/** Commas a fronted clause may hold inside it (`pastCommaInClause`). */
const MAX_COMMAS_IN_CLAUSE = 2;

/**
 * "As the Republicans ate oysters in a dim, stuffy conference room overlooking the ocean, Mr. Wiley walked them
 * through ...": the comma after a fronted clause's first stretch is inside the clause when the stretch after it goes
 * on in lower case (no article, determiner or pronoun opens it, so no subject). Returns the index after the clause's
 * last comma when a capitalised word opens what follows it (the main clause's named subject), else `a`.
 */
function pastCommaInClause(tokens: readonly Token[], a: number, to: number): number {
  let k = a;
  for (let n = 0; n < MAX_COMMAS_IN_CLAUSE; n++) {
    const t = tokens[k];
    // ("When he'd finish chunks of it, he'd fire them off to friends, including Gaiman, Walton, and Meacham": a
    // contracted pronoun, a preposition or an "-ing" word opens a clause or a phrase of its own, no part of the noun.)
    if (!isWord(t) || t.cap || PRONOUNS.has(t.lw) || /['’]/u.test(t.w) || PREPOSITIONS.has(t.lw) || t.lw.endsWith('ing')) break;
    if (DETERMINERS.has(t.lw) || isGrammaticalArticle(t.lw) || SKIPPED_BEFORE_SUBJECT.has(t.lw)) break;
    let c = k;
    while (c < to && c < k + 25 && tokens[c]?.w !== ',') c++;
    if (c >= to || tokens[c]?.w !== ',') break;
    k = c + 1;
    if (!isNameWord(tokens[k])) continue;
    // (The name's verb follows it: not a list, "Gaiman, Walton, and Meacham".)
    const after = tokens[runStartingAt(tokens, k, to)];
    return isWord(after) && !after.cap && !isListJoiner(after.lw) ? k : a;
  }
  return a;
}

/**
 * A wire dateline opening the sentence at `from` ("PARIS, Aug 31 (Reuters) -", "Washington (AFP) –", "LA CROSSE,
 * Wisc. —", or "(Reuters) -" when "ORLANDO, Fla." was split off as a sentence of its own): the index after its
 * dash, else `from`. Only capitalised words, numbers and , . ( ) before a dash within 12 tokens, with an
 * all-capitals word or an agency in brackets right before the dash.
 */
function afterDateline(tokens: readonly Token[], from: number, to: number): number {
  let caps = false;
  for (let k = from; k < Math.min(to, from + 12); k++) {
    const t = tokens[k]!;
    if (t.kind === 'punct' && /^[-–—]$/.test(t.w)) {
      const agency = k - 3 >= from && tokens[k - 1]?.w === ')' && isWord(tokens[k - 2]) && /^\p{Lu}[\p{L}]*$/u.test(tokens[k - 2]!.w) && tokens[k - 3]?.w === '(';
      return k > from && (caps || agency) ? k + 1 : from;
    }
    if (t.kind === 'quote') return from;
    if (t.kind === 'punct' && !/^[,.()]$/.test(t.w)) return from;
    if (isWord(t) && !t.cap && !/^\p{N}/u.test(t.w)) return from;
    if (isWord(t) && t.w.length >= 2 && isAllCapitals(t.w)) caps = true;
  }
  return from;
}

/**
 * "None more so than Henson, who ...", "Nobody more than Ms. Brenner": the sentence is about the name after
 * "than" (the opening word is no name of its own).
 */
function comparedName(text: string, tokens: readonly Token[], a: number, to: number): Mention | null {
  const none = tokens[a]!.lw === 'none' || tokens[a]!.lw === 'nobody' ? a + 1 : tokens[a]!.lw === 'no' && tokens[a + 1]?.lw === 'one' ? a + 2 : -1;
  if (none < 0) return null;
  let k = none;
  while (k < to && k < none + 3 && isWord(tokens[k]) && (tokens[k]!.lw === 'more' || tokens[k]!.lw === 'so')) k++;
  if (k === none || tokens[k]?.lw !== 'than') return null;
  const end = runStartingAt(tokens, k + 1, to);
  return end > k + 1 ? mentionFromRun(text, tokens, k + 1, end - 1, k + 1) : null;
}

/**
 * The subject of a sentence: its first noun phrase after leading adverbials ("On Thursday, however,").
 * Used for participle cues ("..., calling it ...") whose subject is the main clause's.
 */
export function sentenceSubject(text: string, tokens: readonly Token[], from: number, to: number, namesOnly = false): Mention | null {
  const start = afterDateline(tokens, from, to);
  let a = start;
  for (let guard = 0; guard < 4 && a < to; guard++) {
    const t = tokens[a];
    if (!isWord(t)) { a++; continue; }
    // Skip a leading adverbial chunk that ends in a comma.
    let c = a;
    while (c < to && c < a + 25 && !(tokens[c]?.kind === 'punct' && tokens[c]!.w === ',')) c++;
    const toComma = c < to && tokens[c]?.w === ',';
    // "Hours later,", "Early in his campaign,", "Ever since she endorsed X,", "Interestingly,", "Hastily
    // politicizing the vote,": a fronted adverbial whose first word is capitalised only because it opens the sentence.
    if (toComma && a === start && opensFrontedAdverbial(tokens, a, c)) {
      a = c + 1;
      continue;
    }
    if (SKIPPED_BEFORE_SUBJECT.has(t.lw) || isWeekday(t.lw) || (MONTHS.has(t.lw) && t.cap)) {
      // "Later that night, Trump ...", "Here in Columbia, Sanders ...": a short adverbial chunk up to its comma.
      const chunkEnd = c < to && tokens[c]?.w === ',' && c - a <= 5 && ADVERBIAL_CHUNK_OPENERS.has(t.lw) ? c : -1;
      a = chunkEnd >= 0 ? chunkEnd : a + 1;
      if (tokens[a]?.w === ',') a++;
      continue;
    }
    // "For Jupiter analyst Olivier Beauvillain, the decision was an error.": the view is that person's, and the
    // "he said" after it is theirs (only for the salience of plain sentences, `namesOnly`).
    const opens = a === start || (a === start + 1 && ['but', 'and'].includes(tokens[start]!.lw));
    if (namesOnly && opens && t.lw === 'for' && c < to && tokens[c]?.w === ',') {
      const named = forOpenerName(text, tokens, a + 1, c, roleAppositive(tokens, c + 1, to));
      if (named) return named;
    }
    const leadsWithAdverbial = PREPOSITIONS.has(t.lw) || (!t.cap && t.lw.endsWith('ing')) || isTitleCasedWithEnding(t.w, 'ing') || ADVERBIAL_CLAUSE_OPENERS.has(t.lw);
    if (leadsWithAdverbial) {
      if (c < to && tokens[c]?.w === ',') {
        a = placeAfterAdverbial(tokens, a, c, to);
        // (Only for the salience of plain sentences, `namesOnly`: a fronted clause with a comma inside.)
        if (namesOnly && ADVERBIAL_CLAUSE_OPENERS.has(t.lw)) a = pastCommaInClause(tokens, a, to);
        continue;
      }
      return null;
    }
    break;
  }
  const t = tokens[a];
  if (!isWord(t)) return null;
  if (PRONOUNS.has(t.lw)) return { kind: 'pronoun', text: t.lw, pos: t.s };
  const compared = comparedName(text, tokens, a, to);
  if (compared) return compared;
  const end = runStartingAt(tokens, a, to);
  // "Early talks have taken place", "Consumer demand will remain fragile": one capitalised word opening the sentence,
  // a plain lower-case noun and a finite verb: the word qualifies the noun, the subject; it names nobody. (Not a
  // body's head or kind: "Us magazine was unrepentant" is the magazine.)
  if (end === a + 1 && a === start && qualifiesOpeningNoun(tokens, end)) return null;
  if (end === a + 1 && a === start && isWord(tokens[end]) && !tokens[end]!.cap && !clauseBeforeComma(tokens, a, to)) {
    // "Computer specialist at the IAEA, Peter Smith, would like ...": a role opening the sentence (its first word
    // capitalised as the opener), then the name it describes between commas (not "Parmalat is run by its
    // administrator, Enrico Bondi, who ...": a clause, whose verb has another subject).
    const described = nameAfterDescription(text, tokens, a, to, true);
    if (described) return { ...described, openingRole: true };
  }
  if (end > a) {
    // "State Department spokesman John Kirby": a run, lower-case role words, then the name.
    let k2 = end;
    // ("Romney went after Trump, calling it ...": a verb and its preposition are no role words.)
    // ("William Hague became an MP", "Hague left the House": a verb and its object's article are no role words either;
    // an article never stands inside "spokesman John Kirby".)
    while (k2 < to && k2 < end + 4 && isWord(tokens[k2]) && !tokens[k2]!.cap && isModifierNoun(tokens[k2]!.lw) && !isGrammaticalArticle(tokens[k2]!.lw)) k2++;
    // ("Anti-abortion group the Pro-Life Alliance": after a kind of body or a role noun the article opens its name.)
    if (k2 > end && isWord(tokens[k2]) && !tokens[k2]!.cap && isGrammaticalArticle(tokens[k2]!.lw)) {
      const kind = tokens[k2 - 1]!.lw;
      k2 = isRole(kind) || isOrgKind(kind) || GENERIC_ORG.has(kind) ? k2 + 1 : end;
    }
    if (wordsOf(tokens, end, k2 - 1).some((x) => PREPOSITIONS.has(x.lw))) k2 = end;
    if (k2 > end) {
      const e2 = runStartingAt(tokens, k2, to);
      if (e2 > k2) return mentionFromRun(text, tokens, k2, e2 - 1, a);
      // "And the French international defender believes Mourinho ...": role words stopped by a verb that takes an
      // object describe the subject (the whole phrase, for the binder), not the run before them ("the French").
      if (isWord(tokens[k2]) && OBJECT_VERB_FORMS.has(tokens[k2]!.lw) && isRole(tokens[k2 - 1]!.lw)) {
        const d = descriptionAt(text, tokens, a, k2 - 1);
        if (d) return d;
      }
    }
    const m = mentionFromRun(text, tokens, a, end - 1, a);
    const after = tokens[end];
    if (m && after && after.kind === 'punct' && after.w === "'s") {
      // "France's far-right party leader, Marine Le Pen, voiced ...": the person the possessive role describes.
      const described = nameAfterDescription(text, tokens, end + 1, to, true);
      if (described) return described;
      // "Manchester City's Paul Bosvelt scored": a full name right after the possessive is the subject (the
      // possessor is their side or employer), as after "the Washington Post's" above.
      const e2 = isNameWord(tokens[end + 1]) ? runStartingAt(tokens, end + 1, to) : end + 1;
      const owned = e2 > end + 2 ? mentionFromRun(text, tokens, end + 1, e2 - 1, end + 1) : null;
      // (The whole run must be the name or a role and the name: "Westlife's Flying Without Wings" is a title.)
      if (owned && owned.kind === 'name' && (owned.pos === tokens[end + 1]!.s || owned.role !== undefined) && owned.text.split(' ').length >= 2) return owned;
      // "Spain's minister of sport Jaime Lissavetzky was quick to ...": the possessor's office in lower case, then a
      // full name and its verb, is that person (only for the salience of plain sentences, `namesOnly`).
      const officer = namesOnly ? officeThenName(text, tokens, end + 1, to) : null;
      if (officer) return officer;
      m.possessive = true; // "Kirby's claim"
    }
    return m;
  }
  // "The leader of Ennahda, Rachid Ghannouchi, condemned ...": a description, then the name it describes
  // between commas.
  const described = nameAfterDescription(text, tokens, a, to);
  if (described) return described;
  // Lower-case role words then a name: "State Department spokesman John Kirby".
  let k = a;
  while (k < to && k < a + 6 && isWord(tokens[k]) && !tokens[k]!.cap) k++;
  const end2 = runStartingAt(tokens, k, to);
  if (end2 > k && k > a && wordsOf(tokens, a, k - 1).some((x) => isRole(x.lw))) return mentionFromRun(text, tokens, k, end2 - 1, a);
  // "But centre Jamie Noon believes ...", "Meanwhile, unseeded Ivo Karlovic plays ...": after an opener, one lower-case
  // word the lexicon has no role for, then a full name and its verb. Without the opener the word is capitalised and
  // read with the name ("Centre Jamie Noon believes"); the opener must not hide whom the sentence is about (only for
  // the salience of plain sentences, `namesOnly`: the word is no role the person gets).
  if (namesOnly && a > start && k === a + 1 && end2 >= k + 2 && isPlainModifier(tokens[a]!.lw) && isWord(tokens[end2]) && !tokens[end2]!.cap) {
    const m = mentionFromRun(text, tokens, k, end2 - 1, k);
    if (m && m.kind === 'name') return m;
  }
  if (namesOnly) {
    // Only a plural role noun early on can make a group worth remembering ("Critics insist ..."), or a definite
    // office that may be somebody of the cast ("the admiral chuckled").
    let plural = false;
    let office = false;
    // "The company also unveiled plans", "The American Film Institute (AFI) hailed", "The EFF, representing ...": a
    // body by its kind or its name, for the "it added" after it (a body only).
    if (tokens[a]!.lw === 'the' && isWord(tokens[a + 1]) && (tokens[a + 1]!.cap || GENERIC_ORG.has(tokens[a + 1]!.lw))) {
      const d = descriptionAt(text, tokens, a, Math.min(to - 1, a + 12));
      if (d && d.kind === 'org') return d;
      const acronym = tokens[a + 1]!;
      if (d && isAcronym(acronym.w) && d.text === `${tokens[a]!.w} ${acronym.w}`) return { kind: 'org', text: acronym.w, pos: acronym.s };
    }
    for (let j = a; j < Math.min(to, a + 6); j++) {
      const x = tokens[j];
      if (!isWord(x)) break;
      if (x.lw.endsWith('s') && (isRole(x.lw) || isOrgPlural(x.lw))) plural = true;
      else if (!x.cap && isRole(x.lw) && tokens[a]!.lw === 'the') office = true;
    }
    if (!plural && !office) return null;
  }
  return descriptionAt(text, tokens, a, Math.min(to - 1, a + 12));
}


/** Linking verbs after "who" that state what the person is (", who is a host", ", who was previously the chief"). */
const RELATIVE_BE = new Set(['is', 'was']);

/**
 * ", who is (also) a host on the TV show,": the words of the office a relative clause opening at `k` (after the
 * relative word) states: "is" or "was", at most two adverbs, an article, then words up to punctuation or a clause
 * word, holding a role noun. Empty when the clause states no office.
 */
function roleOfRelative(tokens: readonly Token[], k: number, hi: number): Token[] {
  if (!isWord(tokens[k]) || !RELATIVE_BE.has(tokens[k]!.lw)) return [];
  let q = k + 1;
  for (let n = 0; n < 2 && isWord(tokens[q]) && !tokens[q]!.cap && tokens[q]!.lw.endsWith('ly') || (isWord(tokens[q]) && (tokens[q]!.lw === 'also' || tokens[q]!.lw === 'now')); n++) q++;
  if (!isWord(tokens[q]) || !isGrammaticalArticle(tokens[q]!.lw)) return [];
  const ws: Token[] = [];
  for (q++; q < hi && ws.length < 10; q++) {
    const x = tokens[q];
    if (!isWord(x) || STOP_DESC.has(x.lw) || (x.lw.endsWith('ing') && x.lw.length > 5 && !x.cap)) break;
    ws.push(x);
  }
  return ws.some((x) => isRole(x.lw)) ? ws : [];
}

/**
 * From `a`, right after a possessive: up to five lower-case words with a role noun among them ("sports minister",
 * "minister of sport"; "of" only after a role noun), then a full name of two or more words and a lower-case word
 * (not "and" or "or") or a comma after it: that name, or null.
 */
function officeThenName(text: string, tokens: readonly Token[], a: number, to: number): Mention | null {
  // "Screen International's US editor Mike Goodridge thinks ...", "Arsenal's French striker Ned Rook scored": one
  // capitalised word, an acronym or a nationality, may qualify the office before its lower-case words.
  const q = tokens[a];
  const from = isWord(q) && q.cap && (isAcronym(q.w) || DEMONYMS.has(q.lw)) && isWord(tokens[a + 1]) && !tokens[a + 1]!.cap ? a + 1 : a;
  let k = from;
  let role = false;
  while (k < to && k < from + 5 && isWord(tokens[k]) && !tokens[k]!.cap) {
    const lw = tokens[k]!.lw;
    if (lw === 'of' ? !(k > from && isRole(tokens[k - 1]!.lw)) : !isModifierNoun(lw)) return null;
    if (isRole(lw)) role = true;
    k++;
  }
  if (!role || k === from || tokens[k - 1]!.lw === 'of') return null;
  const e = runStartingAt(tokens, k, to);
  const next = tokens[e];
  // ("Nortel's head Frank Dunn and two other executives were fired": a coordinated subject is no one person.)
  if (e < k + 2 || !next || !((isWord(next) && !next.cap && next.lw !== 'and' && next.lw !== 'or') || next.w === ',')) return null;
  const m = mentionFromRun(text, tokens, k, e - 1, k);
  return m && m.kind === 'name' ? m : null;
}

/** At `k`, a plain lower-case noun (no role, adverb, verb or function word) and then a finite verb ("talks have"). */
function qualifiesOpeningNoun(tokens: readonly Token[], k: number): boolean {
  const n = tokens[k];
  const v = tokens[k + 1];
  if (!isWord(n) || n.cap || !isWord(v) || v.cap || !FINITE_VERBS.has(v.lw)) return false;
  const lw = n.lw;
  // (A noun that is also a speech verb counts: "talks", "demand"; before a finite verb it is no verb.)
  return /^\p{Ll}[\p{Ll}-]*$/u.test(lw) && !mayOpenClause(lw) && !FUNCTION_WORDS.has(lw) && !CLAUSE_WORDS.has(lw) && !STOP_DESC.has(lw) && !DETERMINERS.has(lw) && !PRONOUNS.has(lw) && !PREPOSITIONS.has(lw) && !CONJUNCTIVE.has(lw) && !SUBORDINATORS.has(lw) && !ADVERBIAL_LEADS.has(lw) && !isRole(lw) && !isOrgKind(lw) && !GENERIC_ORG.has(lw) && !BODY_HEADS_AFTER_NAME.has(lw) && !FINITE_VERBS.has(lw) && !VERB_MODIFIERS.has(lw) && !INTENSIFYING_REFLEXIVES.has(lw) && !lw.endsWith('ly');
}

/** A lower-case word that can modify a name as its subject ("centre", "unseeded"): no function word, determiner, pronoun, preposition or verb of speech. */
function isPlainModifier(lw: string): boolean {
  // (Not a clause word: "But what Mr. Clinton used to do so well ... was nowhere to be found" is about no person.)
  return /^\p{Ll}[\p{Ll}-]*$/u.test(lw) && !mayOpenClause(lw) && !FUNCTION_WORDS.has(lw) && !CLAUSE_WORDS.has(lw) && !STOP_DESC.has(lw) && !DETERMINERS.has(lw) && !PRONOUNS.has(lw) && !PREPOSITIONS.has(lw) && !CONJUNCTIVE.has(lw) && !SUBORDINATORS.has(lw) && !isSpeechVerb(lw) && !ADVERBIAL_LEADS.has(lw);
}

/**
 * 'Voss, a former county commissioner, poked at the budget, saying "..."': the name the participle (or coordinated
 * verb) shares as its subject keeps the appositive between commas right after it as its role, as "Voss, a former
 * county commissioner, said" does. Only the subject's own appositive: it opens as one (`opensAppositive`: an
 * article, a role noun, a title), holds no finite verb (a clause) and no other punctuation; anything else leaves the
 * mention as it was.
 */
export function withOwnAppositive(text: string, tokens: readonly Token[], m: Mention, from: number, to: number): Mention {
  if (m.kind !== 'name' || m.role || m.possessive) return m;
  let a = from;
  while (a < to && tokens[a]!.s !== m.pos) a++;
  if (a >= to) return m;
  const end = runStartingAt(tokens, a, to);
  if (end <= a || tokens[end]?.w !== ',') return m;
  let c = end + 1;
  while (c < to && c <= end + MAX_APPOSITIVE_ROLE_WORDS + 1 && isWord(tokens[c])) c++;
  if (c >= to || tokens[c]?.w !== ',' || c === end + 1) return m;
  const first = tokens[end + 1]!;
  // (A preposition other than "of" opens an aside, not a role: "Gibson, for example, ...", "Letwin, for the Tories, ...".)
  const asidePreposition = PREPOSITIONS.has(first.lw) && first.lw !== 'of';
  if (!opensAppositive(tokens, end + 1, c - 1) || asidePreposition || first.lw.endsWith('ing') || isRelativePronoun(first.lw) || finiteVerbBetween(tokens, end + 1, c)) return m;
  // (The role as the plain cue's appositive gives it: `appositiveRole`.)
  const role = appositiveRole(text, tokens, end + 1, c - 1);
  return role ? { ...m, role } : m;
}
