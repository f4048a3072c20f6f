/**
 * Gathering the cast of one article (`Cast.collect`, one pass over its tokens): every full name with its mentions,
 * the roles, titles, kind, gender, age and qualifiers the text states at it, acronyms, documents and their authors,
 * and the indexes (by surname, first word, acronym) that binding reads. Moved from people.ts (session 21), unchanged
 * but for `private` -> `protected`; `Cast` (people.ts) extends it with the rules that bind a mention to a member.
 */
import { isNameWord, mentionFromRun, runStartingAt, type Mention } from './mentions.js';
import { isTitleCased, type ParagraphTokens, type Token } from './tokens.js';
import { isCommonGivenName, isKnownGivenName } from '../speakers/names.js';
import { bodyAfterName, kinBeforeGivenName, kindBeforeName, possessorOfficeBeforeName, pronounOfficeBeforeName, pronounOfficeInRun, roleAfterName, roleBeforeName, type OwnedOffice } from './introductions.js';
import { AUTHORED, DEMONYMS, DESCRIBED_PERSON_NOUNS, DOC_NOUNS, PREPOSITIONS, ORG_WORDS, genderOfGivenName, isEventOrVenueName, nationalityOf, isRole, PEERAGE, ROLE_NOUNS, ROLE_QUALIFIERS, SPEAKS_FOR_BODY, isWordsNoun, isWeekday, isHearerSlot, PLACE_LEADS, BODY_HEADS_AFTER_NAME, PASSIVE, OWNER_PRONOUNS, MAIN_CLAUSE_JOINERS, INDEFINITE_DETERMINERS, mediumKindOfNoun, nameSaysMediumKind } from './lexicon/index.js';
import { isTitleCaseLine, isAcronym, initialsOf, TITLE_IN_FULL, familyWord, isGluedOpenerExempt, key, honorificKey } from './name-forms.js';
import { type Person, insertSorted, nearestNamed } from './person.js';
import { statedAge, genderOf, genderHintOfRole, genderOfAppositive, givenNameGender } from './stated-traits.js';
import { roleOpening, joinedOfficeOpening, qualifiesRoleNoun, qualifierAfterName, usOfficeRole } from './offices.js';
import { isStatedRole } from './gate.js';

/** A document or authored work whose author may speak for it ("book", "report", "study"). */
function isDocumentNoun(lw: string): boolean {
  return DOC_NOUNS.has(lw) || AUTHORED.has(lw);
}

/**
 * "The actor's friend Budd Schulberg", "the rapper's lawyer Ron Rakosky": "the" and a lower-case noun in the
 * possessive right before the role words opening at `from` describe another person than the one named ("the
 * actor"); undefined when the role has no such possessor.
 */
function relatedDescriptionBefore(ts: readonly Token[], from: number): string | undefined {
  const poss = ts[from - 1];
  const noun = ts[from - 2];
  const the = ts[from - 3];
  if (poss?.kind !== 'punct' || poss.w !== "'s" || noun?.kind !== 'word' || noun.cap || the?.kind !== 'word' || the.lw !== 'the') return undefined;
  return `the ${noun.lw}`;
}

/** Where a pronoun or description may point: a resolved speaker or sentence subject at a position. */
export interface Salient {
  person: Person;
  pos: number;
  speaker: boolean;
  /** Read as the complement of a plural head ("The remaining members of Korn said"): no antecedent of he / she. */
  plural?: boolean;
  /** A body as a plain sentence's subject ("BT wants lighter regulation"): for "it" and "the company" only. */
  body?: boolean;
}

/** How far back, in characters, the owner of "his office, NAME," is looked for: the sentence or two before. */
const OWNER_REACH = 400;

/** The article states nothing that makes `p` a person: no gender, title, role or common given name. */
function statesNoPersonTrait(p: Person): boolean {
  return p.gender === undefined && p.titles.length === 0 && p.roles.length === 0 && !p.words.some((w) => isCommonGivenName(w));
}

/** The cast as one pass over the article gathers it: its people and bodies, their mentions, roles, titles, gender, documents. */
export class CastBuilder {
  readonly persons: Person[] = [];
  protected readonly bySurname = new Map<string, Person[]>();
  protected readonly byName = new Map<string, Person>();
  protected readonly salient: Salient[] = [];
  protected readonly byFirst = new Map<string, Person[]>();
  /** Acronyms of organisations, lower case ("imf" -> International Monetary Fund). */
  protected readonly byAcronym = new Map<string, Person>();
  /** People with a stated role or title, for descriptions ("the spokesman"). */
  protected readonly withRole: Person[] = [];
  /** Every full-name mention found by `collect`, in text order (pronoun candidates in any role). */
  protected readonly namedMentions: { pos: number; person: Person; document?: boolean; possessor?: boolean }[] = [];
  /** Positions of full names that open a sentence (its subject, as a rule). */
  protected readonly sentenceOpeners = new Set<number>();
  /** Given names the article writes after a title somewhere ("Prince Andrew", "Pope Francis"), lower-cased. */
  protected readonly titledSingles = new Set<string>();
  /** Full forms that lost a sentence-opening word (`dropOpeningWords`: "see sexton"), to the person they name. */
  protected readonly gluedForms = new Map<string, Person>();
  /** Full names that open a bracketed sentence ("(See Sexton's ...)"), for `dropOpeningWords` only. */
  protected readonly bracketOpeners = new Set<number>();
  /** Positions of full names written as the author of a document ("James Comey's statement"). */
  protected readonly documentAuthors = new Set<number>();
  /** Positions of full names written as a possessor ("Steve Bruce's side"): a mention that is nobody's turn. */
  protected readonly possessorNames = new Set<number>();
  /** The named author of each kind of document ("book" -> Robert Peston); null when two people author one. */
  protected readonly authorOfDocument = new Map<string, Person | null>();
  /** Documents the text says somebody put out, in text order ("In a statement, X said", "X issued a letter"). */
  protected readonly issued: { noun: string; person: Person; pos: number }[] = [];
  /** Where a document of a person's spoke ("his report said"), in text order. */
  protected readonly documentTurns: { person: Person; pos: number }[] = [];
  /** Positions of descriptions already counted as a mention (`countMention`). */
  protected readonly countedAt = new Set<number>();
  /** Per person named in full: true while every full-name mention stands as a hearer or medium ("told BBC News"). */
  protected readonly heardOnly = new Map<Person, boolean>();
  /** Names once written as a hearer ("spoke to NAME") or before a relative "who": shown as a person, whatever the lexicon knows of the name. */
  protected readonly shownAsPerson = new Set<Person>();
  /** People named in full whose first full-name mention follows a place preposition ("in New Hampshire"). */
  protected readonly firstAfterPlaceLead = new Set<Person>();
  /** Names written before a lower-case body head ("PC Pro magazine", "the Herald newspaper"). */
  protected readonly beforeBodyHead = new Set<Person>();
  /**
   * Kinds of medium the article writes in lower case right beside a name ("Vedomosti newspaper", "Spanish daily ABC"),
   * by the name as written (lower case): one-word names too, which are no cast member at this point.
   */
  protected readonly mediumKinds = new Map<string, Set<string>>();

  /** Where each sentence starts (sorted), for the pronoun model's distance in sentences. */
  protected readonly sentenceStarts: number[] = [];
  /** Offices before a name owned by whom a pronoun points at ("his campaign manager, NAME,"), read once all names are in. */
  protected readonly ownedOffices: { holder: Person; owned: OwnedOffice }[] = [];
  /** Given names after kin whose owner opens the sentence, by position, to the person they name (`addKinNamed`). */
  protected readonly kinSubjects = new Map<number, Person>();

  /** Registers every multi-word personal name of the article with its position and role. */
  collect(text: string, paras: readonly ParagraphTokens[]): void {
    for (const p of paras) for (const s of p.sentences) { const t = p.tokens[s.from]; if (t) this.sentenceStarts.push(t.s); }
    const runCache = new Map<string, Mention | null>();
    /** One-word names ("Kirby", "Mr Kirby", "President Obama"): counted for the person they name once all full names are in. */
    const short: { pos: number; word: string }[] = [];
    const shortOf = new Map<string, string | null>();
    const titledShort = new Set<string>();
    /** Given names written alone after kin ("His wife Sharon"): people of the article, added once all full names are in. */
    const kinNamed: { pos: number; word: string; gender: 'm' | 'f'; subject: boolean }[] = [];
    // A title-cased line (a headline, a standfirst: "... Reason Hedge Funds Support Hillary Clinton") is read after
    // the rest, and only for the names the rest of the article gives in full: its runs of capitals are no names.
    const headline = paras.map((p) => isTitleCaseLine(p.tokens));
    let alone: Set<string> | undefined;
    for (const pass of [false, true]) for (const [pi, p] of paras.entries()) {
      if (headline[pi] !== pass) continue;
      const ts = p.tokens;
      const openers = new Set(p.sentences.map((sen) => sen.from));
      for (let i = 0; i < ts.length; i++) {
        // (A lower-case word, a mark or a quote is no name word: `cap` is read here without a call, most tokens are these.)
        if (!ts[i]!.cap || !isNameWord(ts[i]) || (i > 0 && isNameWord(ts[i - 1]))) continue;
        const end = runStartingAt(ts, i, ts.length);
        if (end <= i) continue;
        if (!pass) this.noteMediumKindBeside(text, ts, i, end);
        if (pass) {
          alone ??= new Set(short.map((m) => key(m.word)));
          this.knownNameWithin(text, ts, i, end, alone);
          i = end - 1;
          continue;
        }
        // A full name has two words at least; one-word runs are most sentence openers (a surname is counted below).
        if (end - i < 2) {
          const kin = ts[i]!.cap && isTitleCased(ts[i]!.w) ? kinBeforeGivenName(ts, i, end) : undefined;
          // ("His wife Sharon, who ..., agreed.": the owner opening the sentence, after "But" or "And" at most, makes
          // the kin person the sentence's subject, a turn for the pronouns after: `kinSubjectAt`.)
          const opens = kin !== undefined && (openers.has(kin.owner) || (openers.has(kin.owner - 1) && MAIN_CLAUSE_JOINERS.has(ts[kin.owner - 1]!.lw)));
          if (kin) kinNamed.push({ pos: ts[i]!.s, word: ts[i]!.w, gender: kin.gender, subject: opens });
          else if (ts[i]!.cap && isTitleCased(ts[i]!.w)) short.push({ pos: ts[i]!.s, word: ts[i]!.w });
          i = end - 1;
          continue;
        }
        // "Presumptive Democratic nominee": capitalised words before a role noun describe, they do not name.
        const after = ts[end];
        if (after && after.kind === 'word' && !after.cap && ROLE_NOUNS.has(after.lw)) {
          // ... but "William Hill spokesman", "Big Brother spokeswoman": the body the office speaks for.
          if (SPEAKS_FOR_BODY.has(after.lw)) this.noteBodyBeforeOffice(text, ts, i, end);
          i = end - 1;
          continue;
        }
        // Lower-case role words before the run belong to it ("spokesman John Kirby", "shadow chancellor Oliver Letwin").
        let from = i;
        // "usability guru Dr Jakob Nielsen", "shadow home secretary David Davis": once a role noun is in, the words
        // qualifying it are the role's too.
        while (from > 0 && from > i - 6 && ts[from - 1]?.kind === 'word' && !ts[from - 1]!.cap && (isRole(ts[from - 1]!.lw) || (from < i && (ROLE_QUALIFIERS.has(ts[from - 1]!.lw) || qualifiesRoleNoun(ts[from - 1]))))) from--;
        // ("On Monday Tory chairman Alan Beith": the day is a time phrase, not part of the role.)
        while (from > 0 && from > i - 8 && ts[from - 1]?.kind === 'word' && ts[from - 1]!.cap && from < i && !isWeekday(ts[from - 1]!.lw)) from--;
        from = roleOpening(ts, joinedOfficeOpening(ts, from, i, end), i);
        // The same names come back again and again: parse each run's words once (position kept relative).
        const base = ts[from]!.s;
        const keyText = text.slice(base, ts[end - 1]!.e);
        let parsed = runCache.get(keyText);
        if (parsed === undefined) {
          const m = mentionFromRun(text, ts, i, end - 1, from);
          // People with a full name, and organisations named in full ("US Court of Appeals" for "the court").
          parsed = m && (m.kind === 'name' || m.kind === 'org') && m.text.split(' ').length >= 2 ? { ...m, pos: m.pos - base } : null;
          runCache.set(keyText, parsed);
          // "Mr Kirby", "President Obama": a title and one name word, the surname of a person named in full.
          shortOf.set(keyText, !parsed && m && m.kind === 'name' && !m.text.includes(' ') ? m.text : null);
          // ("Prince Andrew", "Pope Francis": a given name after a title, for a later bare "Andrew"; not "Premier Rugby".)
          if (!parsed && m && m.kind === 'name' && !m.text.includes(' ') && m.honorific !== undefined && genderOfGivenName(m.text) !== undefined) titledShort.add(keyText);
        }
        const shortWord = parsed ? null : shortOf.get(keyText);
        if (shortWord) short.push({ pos: ts[end - 1]!.s, word: shortWord });
        if (shortWord && titledShort.has(keyText)) this.titledSingles.add(shortWord.toLowerCase());
        // "American Davenport" after "Lindsay Davenport": that person by surname (resolveName reads it so), no other.
        if (parsed && this.demonymAndSurname(parsed.text)) {
          short.push({ pos: ts[end - 1]!.s, word: parsed.text.split(' ')[1]! });
          i = end - 1;
          continue;
        }
        if (parsed) {
          const fresh = !this.byName.has(parsed.text.toLowerCase());
          const p = this.add({ ...parsed, pos: parsed.pos + base });
          if (from === i && !p.describedAs) this.readDescriptionBefore(text, ts, p, i, end);
          // "told BBC News", "an interview with the Associated Press": a name written as a hearer or a medium.
          const lead = ts[from - 1]?.lw === 'the' ? from - 2 : from - 1;
          const heard = ts[lead]?.kind === 'word' && isHearerSlot(ts[lead]!.lw, ts[lead - 1]?.kind === 'word' ? ts[lead - 1]!.lw : undefined);
          this.heardOnly.set(p, (this.heardOnly.get(p) ?? true) && heard);
          // "a town hall meeting in New Hampshire": a name first written after a place preposition.
          // ("trust in Dana Velk, who ...": a relative "who" makes it a person.)
          const who = ts[end]?.lw === 'who' || (ts[end]?.w === ',' && ts[end + 1]?.lw === 'who');
          if (fresh && ts[lead]?.kind === 'word' && PLACE_LEADS.has(ts[lead]!.lw) && ts[end]?.w !== "'s" && !who) this.firstAfterPlaceLead.add(p);
          if (heard || who) this.shownAsPerson.add(p);
          if (fresh && from === i && ts[i - 1]?.lw === 'the' && p.words.length >= 2) p.thing = true;
          if (ts[end]?.kind === 'word' && !ts[end]!.cap && BODY_HEADS_AFTER_NAME.has(ts[end]!.lw)) this.beforeBodyHead.add(p);
          this.readIntroduction(text, ts, p, i, from, end);
          const related = relatedDescriptionBefore(ts, from);
          if (related && !p.org) (p.relatedTo ??= []).push(related);
          if (openers.has(from)) this.sentenceOpeners.add(parsed.pos + base);
          // "(See Sexton's full timeline below.)": a bracket opening the sentence; its first word is capitalised too.
          else if (from === i && ts[i - 1]?.w === '(' && openers.has(i - 1)) this.bracketOpeners.add(parsed.pos + base);
          // "James Comey's statement": the person whose words the next sentences report.
          const noun = ts[end + 1];
          if (ts[end]?.w === "'s" && noun?.kind === 'word' && isWordsNoun(noun.lw)) this.documentAuthors.add(parsed.pos + base);
          if (ts[end]?.w === "'s") this.possessorNames.add(parsed.pos + base);
          // "the book by Sunday Telegraph journalist Robert Peston", "Peston's book": the author of that document.
          let b = from - 1;
          while (b > from - 6 && ts[b]?.kind === 'word' && ts[b]!.lw !== 'by') b--;
          const doc = ts[b - 1];
          if (!p.org && ts[b]?.lw === 'by' && doc?.kind === 'word' && isDocumentNoun(doc.lw)) this.noteAuthor(doc.lw, p);
          if (!p.org && ts[end]?.w === "'s" && noun?.kind === 'word' && isDocumentNoun(noun.lw)) this.noteAuthor(noun.lw, p);
          // "International Monetary Fund (IMF)": the acronym in brackets is another name of the same body.
          const acr = ts[end + 1];
          // A name whose initials spell the acronym is a body too ("Kotak Institutional Equities (KIE)").
          if (ts[end]?.w === '(' && ts[end + 2]?.w === ')' && acr?.kind === 'word' && isAcronym(acr.w) && (p.org || p.words.includes('of') || initialsOf(p.words) === acr.lw)) {
            this.byAcronym.set(acr.lw, p);
            p.org = true;
          }
        }
        i = end - 1;
      }
    }
    this.dropDemonyms(short);
    this.dropOpeningWords(short, text);
    const kinMentions = this.addKinNamed(kinNamed);
    for (const p of this.persons) for (const pos of p.named) this.namedMentions.push({ pos, person: p, ...(this.documentAuthors.has(pos) ? { document: true } : {}), ...(this.possessorNames.has(pos) ? { possessor: true } : {}) });
    this.namedMentions.push(...kinMentions);
    this.namedMentions.sort((a, b) => a.pos - b.pos);
    // Each surname counts for the person of that surname named in full nearest before it (else first after it), as
    // `resolveName` would give it.
    for (const m of short) {
      const people = this.bySurname.get(key(m.word));
      const p = people ? nearestNamed(people, m.pos, true) : undefined;
      if (p) p.otherMentions = (p.otherMentions ?? 0) + 1;
    }
    this.learnOwnedOffices(short);
  }

  /**
   * "Rubio said on Monday. His campaign manager, NAME, said ...": the office is the owner's, the person or body named
   * last before the pronoun (in full or by surname) of the pronoun's kind, within `OWNER_REACH` characters. The one
   * named last decides: of another gender it is passed over, of an unknown one (or a body for "his"/"her", a person
   * for "its") nobody owns it. An office with no owner is still the holder's role, written without the pronoun.
   */
  protected learnOwnedOffices(short: readonly { pos: number; word: string }[]): void {
    if (this.ownedOffices.length === 0) return;
    const mentions: { pos: number; person: Person }[] = this.namedMentions.map((m) => ({ pos: m.pos, person: m.person }));
    for (const m of short) {
      const p = nearestNamed(this.bySurname.get(key(m.word)) ?? [], m.pos, true);
      if (p) mentions.push({ pos: m.pos, person: p });
    }
    mentions.sort((a, b) => a.pos - b.pos);
    for (const { holder, owned } of this.ownedOffices) {
      const owner = this.ownerOf(mentions, holder, owned);
      if (!owner && owned.ownerNeeded) continue;
      const name = owner ? this.ownerName(owner) : undefined;
      const role = name ? `${name}'s ${owned.office.text}` : owned.office.text;
      // The office read bare with the name ("His spokesman NAME") is the same office, now with its owner: in its place.
      const bare = name ? holder.roles.indexOf(owned.office.text) : -1;
      if (bare >= 0 && !holder.roles.includes(role)) holder.roles[bare] = role;
      else this.learn(holder, { kind: 'name', text: holder.name, pos: holder.named[0] ?? 0, role });
    }
  }

  /**
   * "His wife Sharon, who also appears in the show, agreed. "...," she said": a given name written alone after kin is a
   * person of the article, of the sex the kin word states, so a later "she" may point to her. The mention is the one
   * person's the article names in full by that given name ("Sharon Osbourne", later), else a person of that one name.
   * The one named in full must share a family name with another person of the article (the kin's family): "His son
   * Nick" is not the club's doctor Nick Barlow, so when the given name is only a stranger's the mention is left (a
   * one-word "Nick" would take the stranger's later "Nick said"), as is one whose known sex the kin word contradicts.
   * A mention of a person named in full is returned for the pronouns' candidates only, not added to `named`: a surname
   * ("Osbourne said") binds to the person named in full nearest before it, and a given name is no such mention.
   */
  protected addKinNamed(kinNamed: readonly { pos: number; word: string; gender: 'm' | 'f'; subject: boolean }[]): { pos: number; person: Person }[] {
    const mentions: { pos: number; person: Person }[] = [];
    for (const { pos, word, gender, subject } of kinNamed) {
      const full = (this.byFirst.get(word.toLowerCase()) ?? []).filter((c) => !c.org && !c.group && c.words.length >= 2);
      const family = full.filter((c) => (this.bySurname.get(c.surname) ?? []).some((o) => o !== c && !o.org && !o.group));
      const p = family.length === 1 ? family[0]! : full.length === 0 ? this.byName.get(word.toLowerCase()) ?? this.add({ kind: 'name', text: word, pos }) : undefined;
      if (!p || p.org || p.group || (p.gender ?? p.nameGender ?? gender) !== gender) continue;
      if (p.words.length >= 2) mentions.push({ pos, person: p });
      p.gender ??= gender;
      if (subject) this.kinSubjects.set(pos, p);
    }
    return mentions;
  }

  /** The person a given name after kin names at `pos` when the kin's owner opens the sentence ("His wife Sharon, ..."). */
  kinSubjectAt(pos: number): Person | undefined {
    return this.kinSubjects.get(pos);
  }

  /** A body by its name, a person by surname unless another person of the article shares it ("Ann Corby's lawyer"). */
  private ownerName(owner: Person): string {
    if (owner.org) return owner.name;
    const sharing = (this.bySurname.get(owner.surname) ?? []).filter((c) => !c.org && c !== owner);
    return sharing.length ? owner.name : familyWord(owner.words) ?? owner.name;
  }

  private ownerOf(mentions: readonly { pos: number; person: Person }[], holder: Person, owned: OwnedOffice): Person | undefined {
    const kind = OWNER_PRONOUNS.get(owned.pronoun);
    for (let i = mentions.length - 1; i >= 0; i--) {
      const { pos, person } = mentions[i]!;
      if (pos >= owned.pos) continue;
      if (owned.pos - pos > OWNER_REACH) return undefined;
      // ("Sanders was in San Diego ... added his campaign manager": a name first written as a place points at nobody.)
      if (person === holder || person.group || this.firstAsPlace(person)) continue;
      if (kind === 'body') return person.org ? person : undefined;
      if (person.org) return undefined;
      const g = person.gender ?? person.nameGender;
      if (g === kind) return person;
      if (g === undefined) return undefined;
    }
    return undefined;
  }

  /**
   * A run of capitals in a title-cased line ("Speech Once To Air Hillary Clinton"): when a full name the cast already
   * holds is inside it, the line adds nothing (a headline is no antecedent); else a given name and a surname the article uses
   * alone ("Cecile Richards: 'I'm Sick Of ...'" then "Richards said") are that person's full name; the rest of the
   * run names nobody.
   */
  protected knownNameWithin(text: string, ts: readonly Token[], i: number, end: number, alone: ReadonlySet<string>): void {
    for (let j = i; j < end - 1; j++) {
      for (let k = end; k >= j + 2; k--) {
        const p = this.byName.get(text.slice(ts[j]!.s, ts[k - 1]!.e).replace(/\s+/g, ' ').toLowerCase());
        if (p) return;
      }
    }
    for (let j = i; j < end - 1; j++) {
      const given = ts[j]!;
      const family = ts[j + 1]!;
      if (given.kind !== 'word' || family.kind !== 'word' || !alone.has(key(family.w)) || !isTitleCased(family.w)) continue;
      // (A given name the lexicon knows, or a run of just the two words: "Cecile Richards: ...".)
      if (genderOfGivenName(given.w) === undefined && end - i !== 2) continue;
      this.add({ kind: 'name', text: `${given.w} ${family.w}`, pos: given.s });
      return;
    }
  }

  /**
   * "Australian Lynton Crosby ... Mr Crosby": a demonym before a person's name says where the person is from, not
   * what the person is called. Read once the article's one-word names are in: the name loses the demonym (which
   * becomes a role) when its last word is used alone somewhere in the article as a person's surname is, the demonym
   * is nobody's given name ("German Gref" is Herman Gref) and no word left names a body ("British Retail
   * Consortium" stays whole).
   */
  protected dropDemonyms(short: readonly { word: string }[]): void {
    let alone: Set<string> | undefined;
    for (const p of this.persons) {
      if (p.org || p.group || p.words.length < 3 || !DEMONYMS.has(p.first) || genderOfGivenName(p.first) !== undefined) continue;
      const rest = p.words.slice(1);
      if (rest.some((w) => ORG_WORDS.has(w.toLowerCase()) || DEMONYMS.has(w.toLowerCase()) || !isTitleCased(w))) continue;
      alone ??= new Set(short.map((m) => key(m.word)));
      if (!alone.has(p.surname)) continue;
      const demonym = p.words[0]!;
      const name = rest.join(' ');
      if (this.byName.has(name.toLowerCase()) && this.byName.get(name.toLowerCase()) !== p) continue;
      this.rename(p, rest);
      this.learn(p, { kind: 'name', text: name, pos: p.named[0] ?? 0, role: demonym });
    }
  }

  /** A person's name without its first words ("Egyptian Sameh Shoukry" -> "Sameh Shoukry"), re-keyed by name and first word. */
  protected rename(p: Person, rest: readonly string[]): void {
    const firsts = this.byFirst.get(p.first);
    if (firsts) this.byFirst.set(p.first, firsts.filter((c) => c !== p));
    p.name = rest.join(' ');
    p.words = [...rest];
    p.first = rest[0]!.toLowerCase();
    const ng = givenNameGender(p);
    if (ng) p.nameGender = ng;
    this.byName.set(p.name.toLowerCase(), p);
    this.byFirst.set(p.first, [...(this.byFirst.get(p.first) ?? []), p]);
  }

  /**
   * "(See Sexton's full timeline below.)", "Outside Carrier's plant", "Wing Christophe Dominici says": a capitalised
   * word that opens a sentence is glued to the name after it. Read once the article's one-word names are in: the
   * name loses that word when the full form is written only at a sentence's start, the word is nobody's given name
   * or title, it is a role noun or a preposition ("wing", "outside") or the article writes it in lower case
   * elsewhere ("see"), and the name's last word is used alone as a surname is; and what is left is a person's name:
   * a given name the lexicon knows opens it, or it is one word, the surname of a person named in full by a known
   * given name ("Jared Sexton", "Ellen Fetter"), whose mention it then is. A role noun so dropped becomes the role.
   */
  protected dropOpeningWords(short: readonly { word: string }[], text: string): void {
    let alone: Set<string> | undefined;
    let lower: Set<string> | undefined;
    for (const p of this.persons) {
      if (p.org || p.group || p.words.length < 2 || !p.named.length || !p.named.every((pos) => this.sentenceOpeners.has(pos) || this.bracketOpeners.has(pos))) continue;
      const opener = p.words[0]!;
      const ow = opener.toLowerCase();
      if (!isTitleCased(opener) || isKnownGivenName(opener) || isGluedOpenerExempt(ow)) continue;
      const rest = p.words.slice(1);
      if (rest.some((w) => ORG_WORDS.has(w.toLowerCase()) || !isTitleCased(w))) continue;
      alone ??= new Set(short.map((m) => key(m.word)));
      if (!alone.has(p.surname)) continue;
      // (The article's lower-case words, quotations included, read once and only when a candidate is found.)
      lower ??= new Set(text.match(/(?<![\p{L}\p{N}])\p{Ll}+(?![\p{L}\p{N}])/gu) ?? []);
      if (!lower.has(ow) && !isRole(ow) && !PREPOSITIONS.has(ow)) continue;
      // The rest is a person's name: a given name the lexicon knows opens it, or it is the surname of a person so
      // named in full ("Universities Scotland" is not "Good Morning Scotland", "Dark Samus" not "Samus Aran").
      const full = rest.length === 1 ? nearestNamed((this.bySurname.get(p.surname) ?? []).filter((c) => c !== p && !c.org && !c.group && c.words.length >= 2 && genderOfGivenName(c.first) !== undefined), p.named[0]!, true) : undefined;
      if (rest.length === 1 ? !full : genderOfGivenName(rest[0]!.toLowerCase()) === undefined) continue;
      const name = rest.join(' ');
      const same = this.byName.get(name.toLowerCase());
      if (same && same !== p) continue;
      // "(See Voss's timeline.)" after "Jared Voss": the mention is that person's, and the glued form names nobody else.
      if (full) {
        const firsts = this.byFirst.get(p.first);
        if (firsts) this.byFirst.set(p.first, firsts.filter((c) => c !== p));
        this.bySurname.set(p.surname, (this.bySurname.get(p.surname) ?? []).filter((c) => c !== p));
        this.byName.set(p.name.toLowerCase(), full);
        this.gluedForms.set(p.name.toLowerCase(), full);
        for (const pos of p.named) insertSorted(full.named, pos);
        p.named = [];
        continue;
      }
      this.gluedForms.set(p.name.toLowerCase(), p);
      this.rename(p, rest);
      if (isRole(ow)) this.learn(p, { kind: 'name', text: name, pos: p.named[0]!, role: ow });
    }
  }

  /**
   * A body the article names only as a hearer or a medium ("Kapranos told BBC News Online", "in an interview with
   * CNN"): it hears the words, it does not say them, so no "it", "they" or "the company" points to it. Only bodies
   * (a person told something, "Tom told Annette Guessford", may speak next with only a surname: "she said").
   */
  onlyHeard(p: Person): boolean {
    return p.org && this.heardOnly.get(p) === true && statesNoPersonTrait(p);
  }

  /**
   * A name the article first writes as a place ("a town hall meeting in New Hampshire", "his life in Buenos Aires"):
   * no "he", "she" or "the woman" points to it. Only names that are no person's (no gender, given name, title or
   * role stated).
   */
  firstAsPlace(p: Person): boolean {
    return this.firstAfterPlaceLead.has(p) && !p.org && statesNoPersonTrait(p);
  }

  /**
   * A name that ends in a body's head ("PC Pro Magazine", "Sky News Station") or that the article writes before one
   * in lower case ("PC Pro magazine", "the Herald newspaper"): a publication, a station or a unit, so no "he" or
   * "she" points to it. Only names that are no person's (no gender, given name, title or role stated).
   */
  namedAsBody(p: Person): boolean {
    const last = p.words[p.words.length - 1]?.toLowerCase() ?? '';
    return (BODY_HEADS_AFTER_NAME.has(last) || this.beforeBodyHead.has(p)) && !p.org && statesNoPersonTrait(p);
  }

  /**
   * A name with no trait of a person (no gender, title, role, nor any word a given name the lexicon knows, never
   * written as a hearer "spoke to NAME" nor before a relative "NAME, who"): read
   * with "took no turn by name" at a "he" / "she" ("Edu's deal expires ... linked with Real Madrid, Barcelona and
   * Valencia. He told BBC Sport"), it is a club, a competition, a firm or a product the article spoke of, not the
   * pronoun's person (session 39 census, docs/EXTRACTION.md h-attr104).
   */
  namesNoPerson(p: Person): boolean {
    return statesNoPersonTrait(p) && p.nameGender === undefined && !p.words.some((w) => isKnownGivenName(w)) && !this.shownAsPerson.has(p);
  }

  /**
   * "Yukos said its downfall was ...", "Acme said it would cut jobs": a one-word name that reports its own words by
   * "it" or "its", the reported clause's first word (after "that"), is a body, not a person's surname (session 31).
   * Only names that are no person's (no gender, given name, title or role stated); not "it" before a form of "be"
   * ("Deco said it was not typical of ...": an "it" of the clause's own).
   */
  noteSpeaksAsIt(p: Person, ts: readonly Token[], clauseStart: number): void {
    if (p.org || p.group || p.words.length !== 1 || !statesNoPersonTrait(p)) return;
    const k = ts[clauseStart]?.lw === 'that' ? clauseStart + 1 : clauseStart;
    const w = ts[k];
    if (w?.kind !== 'word') return;
    const selfAsIt = w.lw === 'its' || (w.lw === 'it' && ts[k + 1]?.kind === 'word' && !/^['’]/.test(ts[k + 1]!.w) && !PASSIVE.has(ts[k + 1]!.lw) && !PASSIVE.has(ts[k + 2]?.lw ?? ''));
    if (!selfAsIt) return;
    p.org = true;
    p.shownAsBody = 'it';
  }

  /** Counts a description bound to `p` at `pos` as one more mention of it (once per position). */
  countMention(p: Person, pos: number): void {
    if (this.countedAt.has(pos)) return;
    this.countedAt.add(pos);
    p.otherMentions = (p.otherMentions ?? 0) + 1;
  }

  /**
   * What the text states about a name where it is written (introductions.ts): an appositive role after or before a
   * person's name, the kind of body before an organisation's name. Stated before attribution, so that a
   * description anywhere in the article ("the shadow chancellor said") can bind to the person.
   */
  protected readIntroduction(text: string, ts: readonly Token[], p: Person, i: number, from: number, end: number): void {
    const kind = from === i ? kindBeforeName(ts, i) : undefined;
    if (kind) {
      p.org = true;
      this.stateKind(p, kind);
      return;
    }
    if (p.org || p.group) return;
    // "Scottish referee Jo Dallan", "fellow American Ned Rook": the nationality stated just before the name.
    if (!p.nationality) {
      for (let k = Math.max(0, i - 3); k <= i && k < end - 1; k++) {
        const n = ts[k]!.kind === 'word' && ts[k]!.cap ? nationalityOf(ts[k]!.lw) : undefined;
        if (n) p.nationality = n;
      }
    }
    if (p.age === undefined) p.age = statedAge(text, ts[i]!.s, ts[end - 1]!.e);
    const tag = qualifierAfterName(ts, end);
    if (tag) {
      for (const k of tag.keys) if (!(p.qualifiers ??= []).includes(k)) p.qualifiers.push(k);
      // "Sen. Marco Rubio (R-Fla.)" -> role "Republican Senator of Florida"; "Gov. John Kasich of Ohio" -> "Governor
      // of Ohio": the place and party go to the role (never the name) when a US office stands before the name.
      const role = usOfficeRole(p, tag.keys);
      if (role) this.learn(p, { kind: 'name', text: p.name, pos: p.named[0] ?? 0, role });
    }
    // An office before the name stands ("Trump's Indiana chairman, Rex Early, a former state party chairman who just
    // signed on ..."): the appositive after it is then not cut at its relative clause, so it does not displace the
    // office written first (a past office before "who", as before session 32, is no role then).
    const before = roleBeforeName(text, ts, from, end);
    const role = roleAfterName(text, ts, end, before === undefined) ?? before ?? possessorOfficeBeforeName(text, ts, from, end);
    if (role) this.learn(p, { kind: 'name', text: p.name, pos: p.named[0] ?? 0, role: role.text });
    const owned = role ? undefined : pronounOfficeBeforeName(text, ts, from, end);
    if (owned) this.ownedOffices.push({ holder: p, owned });
    // "His spokesman NAME said": the run's office (already the holder's role, read with the name) gets its owner too.
    const inRun = pronounOfficeInRun(text, ts, from, i);
    if (inRun) this.ownedOffices.push({ holder: p, owned: inRun });
    // "NAME of the CBI": the body the person speaks for, the first one the article writes with the name.
    if (!p.organisation) {
      const body = bodyAfterName(text, ts, end);
      if (body) p.organisation = body;
    }
    if (!p.gender) p.gender = genderOfAppositive(ts, end);
  }

  /**
   * "Syndicated radio host Dennis Prager disagrees", "while Wimbledon champion Maria Sharapova won": a person noun the
   * role lexicon does not hold (`DESCRIBED_PERSON_NOUNS`) right before a full name, with the words qualifying it, read
   * as a quote's cue reads it (`mentionFromRun`), so a person introduced away from their quotes keeps the description
   * (before, only a name at the cue did). A number after a comma ("5,000m champion") is no start of it.
   */
  private readDescriptionBefore(text: string, ts: readonly Token[], p: Person, i: number, end: number): void {
    const noun = ts[i - 1];
    if (p.org || p.group || noun?.kind !== 'word' || noun.cap || !DESCRIBED_PERSON_NOUNS.has(noun.lw)) return;
    let from = i - 1;
    while (from > 0 && from > i - 6 && ts[from - 1]?.kind === 'word' && !ts[from - 1]!.cap && (ROLE_QUALIFIERS.has(ts[from - 1]!.lw) || qualifiesRoleNoun(ts[from - 1])) && !(/^\p{N}/u.test(ts[from - 1]!.w) && ts[from - 2]?.w === ',')) from--;
    while (from > 0 && from > i - 8 && ts[from - 1]?.kind === 'word' && ts[from - 1]!.cap && !isWeekday(ts[from - 1]!.lw)) from--;
    const m = mentionFromRun(text, ts, i, end - 1, from);
    if (m?.kind === 'name' && m.role && m.text === p.name && isStatedRole(m.role)) p.describedAs = m.role;
  }

  /** A lower-case medium noun written right before or after a name ("Mirror newspaper", "daily ABC"), for "the paper said". */
  private noteMediumKindBeside(text: string, ts: readonly Token[], i: number, end: number): void {
    // ("a Baton Rouge newspaper": after "a", the name says where the paper is, not what it is called.)
    const modifier = ts[i - 1]?.kind === 'word' && INDEFINITE_DETERMINERS.has(ts[i - 1]!.lw);
    for (const t of [ts[i - 1], modifier ? undefined : ts[end]]) {
      const kind = t?.kind === 'word' && !t.cap ? mediumKindOfNoun(t.lw) : undefined;
      if (!kind) continue;
      const k = text.slice(ts[i]!.s, ts[end - 1]!.e).toLowerCase();
      const kinds = this.mediumKinds.get(k) ?? new Set<string>();
      kinds.add(kind);
      this.mediumKinds.set(k, kinds);
    }
  }

  /**
   * Whether `p` is a medium of `kind` ('paper', 'magazine', 'station'): the article wrote the kind's noun beside its
   * name ("the Mirror newspaper"), or the name says it ("Financial Times", "Radio 1") and no person trait is stated.
   */
  protected isMediumOf(p: Person, kind: string): boolean {
    if (this.firstAsPlace(p)) return false;
    if (this.mediumKinds.get(p.name.toLowerCase())?.has(kind)) return true;
    return statesNoPersonTrait(p) && nameSaysMediumKind(p.words.map((w) => w.toLowerCase()), kind);
  }

  /** A kind of body the article calls an organisation ("bookmaker"), for "the bookmaker said". */
  protected stateKind(p: Person, kind: string): void {
    if (!p.titles.includes(kind) && p.titles.length < 8) p.titles.push(kind);
  }

  /** "William Hill spokesman Rupert Adams": the capitalised words before the office name a body. */
  protected noteBodyBeforeOffice(text: string, ts: readonly Token[], i: number, end: number): void {
    if (end - i < 2) return;
    const m = mentionFromRun(text, ts, i, end - 1, i);
    if (!m || m.kind !== 'name' || m.role || m.honorific || m.text.split(' ').length < 2) return;
    const p = this.add({ kind: 'org', text: m.text, pos: m.pos });
    p.org = true;
  }

  protected noteAuthor(noun: string, p: Person): void {
    const had = this.authorOfDocument.get(noun);
    this.authorOfDocument.set(noun, had === undefined || had === p ? p : null);
  }

  /** Records that `p` put out a document of kind `noun` at `pos` ("In a statement, the club said ..."). */
  noteIssued(noun: string, p: Person, pos: number): void {
    this.issued.push({ noun, person: p, pos });
  }

  /**
   * "the statement said": the one who put out the last document of that kind before `pos`, within `maxDistance`
   * characters; undefined when the article says of nobody that they put one out.
   */
  lastIssued(noun: string, pos: number, maxDistance = 2500): Person | undefined {
    for (let i = this.issued.length - 1; i >= 0; i--) {
      const d = this.issued[i]!;
      if (d.pos >= pos || d.noun !== noun) continue;
      return pos - d.pos <= maxDistance ? d.person : undefined;
    }
    return undefined;
  }

  /**
   * The one named author of the document a description speaks for ("a new book claims" when the article says
   * "the book by Robert Peston"); undefined when the article names none, or several, for that kind of document.
   */
  authorOf(description: string): Person | undefined {
    // The document noun is the head: "a new book about the council" is a book.
    const words = description.split(/\s+/);
    const at = words.findIndex((w) => isDocumentNoun(w.toLowerCase()));
    const head = at >= 0 ? words[at]!.toLowerCase() : '';
    const author = this.authorOfDocument.get(head);
    if (author) return author;
    // "the Kok report", "the Butler inquiry": a document named for the one person of the cast of that surname.
    const named = at > 0 ? words[at - 1]! : '';
    if (!isTitleCased(named)) return undefined;
    const people = (this.bySurname.get(key(named)) ?? []).filter((c) => !c.org && c.words.length >= 2);
    return people.length === 1 ? people[0] : undefined;
  }

  protected add(m: Mention): Person {
    const words = m.text.split(/\s+/);
    const n = words.join(' ');
    let p = this.byName.get(n.toLowerCase());
    // "Sir Edward" after "Sir Edward Heath" (a knight by first name), "Lord Butler" after "Robin Butler".
    if (!p && words.length === 2 && PEERAGE.has(words[0]!.toLowerCase())) {
      const peer = words[0]!.toLowerCase();
      const byFirst = peer === 'sir' || peer === 'dame' ? nearestNamed(this.byFirst.get(words[1]!.toLowerCase()) ?? [], m.pos) : undefined;
      p = byFirst ?? nearestNamed((this.bySurname.get(key(words[1]!)) ?? []).slice(-50).filter((c) => c.words.length >= 2 && c.words[0]?.toLowerCase() !== peer), m.pos);
      if (p) this.byName.set(n.toLowerCase(), p);
    }
    if (!p && words.length >= 2) {
      // "Hawk Sawyer" after "Kathleen Hawk Sawyer" is the same person; a longer form upgrades a shorter one.
      const sameSurname = (this.bySurname.get(key(familyWord(words) ?? n)) ?? []).slice(-50);
      const lower = n.toLowerCase();
      p = sameSurname.find((c) => !c.org && c.name.toLowerCase().endsWith(` ${lower}`));
      const shorter = p ? undefined : sameSurname.find((c) => !c.org && c.words.length >= 2 && lower.endsWith(` ${c.name.toLowerCase()}`));
      if (shorter) {
        shorter.name = n;
        shorter.words = words;
        shorter.first = (words[0] ?? '').toLowerCase();
        shorter.nameGender = givenNameGender(shorter);
        p = shorter;
      }
      if (p) this.byName.set(lower, p);
    }
    if (!p) {
      const last = familyWord(words) ?? n;
      p = { name: n, words, surname: key(last), first: (words[0] ?? '').toLowerCase(), roles: [], titles: [], org: m.kind === 'org', named: [] };
      const g = genderOf(m.honorific, m.role);
      if (g) p.gender = g;
      const ng = givenNameGender(p);
      if (ng) p.nameGender = ng;
      this.persons.push(p);
      this.byName.set(n.toLowerCase(), p);
      if (!p.org && words.length >= 2) {
        const fl = this.byFirst.get(p.first) ?? [];
        fl.push(p);
        this.byFirst.set(p.first, fl);
      }
      const list = this.bySurname.get(p.surname) ?? [];
      list.push(p);
      this.bySurname.set(p.surname, list);
    }
    this.learn(p, m);
    insertSorted(p.named, m.pos);
    return p;
  }

  /** "American Davenport": a demonym that is nobody's given name and the surname of a person named in full before. */
  protected demonymAndSurname(name: string): boolean {
    const words = name.split(' ');
    const first = words[0]!.toLowerCase();
    if (words.length !== 2 || !DEMONYMS.has(first) || genderOfGivenName(first) !== undefined) return false;
    // ("Swiss Re", "Australian Open": no surname of a person; "Munich Re" and "French Open" are no people either.)
    if (words[1]!.length < 3 || ORG_WORDS.has(words[1]!.toLowerCase())) return false;
    return (this.bySurname.get(key(words[1]!)) ?? []).some((c) => !c.org && !c.group && c.words.length >= 2 && !DEMONYMS.has(c.first) && !isEventOrVenueName(c.words));
  }

  /** Adds what a mention tells about a person: role, title, gender. */
  protected learn(p: Person, m: Mention): void {
    const had = p.roles.length + p.titles.length > 0;
    // (A word of the sentence read as an appositive, "however", "suggesting", an age, is no role: `isStatedRole`.)
    if (m.role && !p.roles.includes(m.role) && p.roles.length < 8 && isStatedRole(m.role)) p.roles.push(m.role);
    const h = honorificKey(m.honorific);
    if (h && !p.titles.includes(h) && p.titles.length < 8) p.titles.push(h);
    // "Adm. Harry Harris" is "the admiral", "Gen. Dunford" "the general".
    const full = h ? TITLE_IN_FULL[h] : undefined;
    if (full && !p.titles.includes(full) && p.titles.length < 8) p.titles.push(full);
    if (!had && p.roles.length + p.titles.length > 0) this.withRole.push(p);
    if (!p.gender) { const g = genderOf(m.honorific, m.role); if (g) p.gender = g; }
    // ("UKIP's chairman Petrina Holdsworth": a "-man" role only hints; with a given name of that gender, "William Hill
    // spokesman Rupert Adams", the two together state it.)
    if (!p.gender && !p.org) {
      const g = genderHintOfRole(m.honorific, m.role);
      if (g && p.nameGender === g) p.gender = g;
      else if (g) p.roleGender = g;
    }
  }
}
