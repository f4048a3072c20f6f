/**
 * The cast of one article: every person and organisation it names, so that "Kirby", "Mr Kirby", "he" and
 * "the State Department spokesman" all resolve to "John Kirby", while two people who share a surname stay
 * apart (a surname goes to the nearest full name before it). Built in one pass over the article's tokens.
 */
import type { SpeakerRef } from './model.js';
import type { Mention } from './mentions.js';
import { isTitleCased } from './tokens.js';
import { isCommonGivenName } from '../speakers/names.js';
import { pronounFeatures, pronounScore, type CandidateFacts } from './pronouns.js';
import { rejectName } from './gate.js';
import { AFFILIATIONS, courtesyBeforeFamilyName, GENDERED_PRONOUNS, namesNation, OFFICE_TITLES, genderOfGivenName, GENERIC_ORG, GENERIC_PEOPLE, INDEFINITE_DETERMINERS, isLabelOrDateline, isPublicBodyWord, nationalityOf, isOrgKind, qualifierKeys, qualifiersAgree, qualifiersDisagree, isKnightlyTitle, officeOfTitles, PEERAGE, PLURAL_ROLES, ROLE_NOUNS, ROLE_QUALIFIERS, mediumKindOfNoun } from './lexicon/index.js';
import { isAcronym, initialsOf, familyWord, titlesSurname, key, swappedSpellings, honorificKey, isGluedOpenerExempt } from './name-forms.js';
import { type PronounCandidate, type Person, mayBePerson, upperBound, lowerBoundPos, mentionCount, nearestNamed, roleHeadsFor, mayHoldUnstatedOffice, statesRoleHead } from './person.js';
import { ageOfDescription, genderOf } from './stated-traits.js';
import { bodyOfDescription, isOfficeOfPlace, officeOf, mayServePrincipal, speaksForBody, descriptionQualifiers, statedQualifiers, qualifiersConflict } from './offices.js';
import { CastBuilder } from './cast-building.js';

/** How far back a full-name mention makes a pronoun candidate (characters, mentions). */
const NAMED_WINDOW = 800;
const NAMED_SCAN = 30;
/** How far back, in characters, "the paper" looks for the paper it stands for: a paragraph or two. */
const MEDIUM_REACH = 1500;

/** The article's people and organisations, and the rules that resolve a mention to one of them. */
/** A capitalised word of a quote, keyed (possessive "'s" read off), with its neighbours when only spaces part them. */
interface QuotedNameWord { word: string; nextWord?: string | undefined; prevWord?: string | undefined }

/** The quote's capitalised words for `Cast.namedInOwnWords`: the next word keyed, the previous one lower-cased. */
function quotedNameWords(words: string): QuotedNameWord[] {
  const tokens = [...words.matchAll(/\p{Lu}[\p{L}'’-]*/gu)];
  return tokens.map((t, i) => {
    const next = tokens[i + 1];
    const prev = tokens[i - 1];
    return {
      word: key(t[0].replace(/['’]s$/u, '')),
      nextWord: next && /^\s+$/u.test(words.slice(t.index! + t[0].length, next.index)) ? key(next[0].replace(/['’]s$/u, '')) : undefined,
      prevWord: prev && /^\s+$/u.test(words.slice(prev.index! + prev[0].length, t.index)) ? prev[0].toLowerCase() : undefined,
    };
  });
}

export class Cast extends CastBuilder {
  /** The known person a name mention refers to, without creating one. */
  find(m: Mention): Person | undefined {
    const words = m.text.split(/\s+/).filter(Boolean);
    const last = familyWord(words) ?? m.text;
    const candidates = this.bySurname.get(key(last)) ?? [];
    if (words.length >= 2) return this.byName.get(words.join(' ').toLowerCase()) ?? candidates.find((c) => c.first === (words[0] ?? '').toLowerCase());
    return nearestNamed(candidates, m.pos);
  }

  /** Another person of the cast has `p`'s surname ("Fiorina" for Carly or Frank Fiorina): a bare surname is either's. */
  surnameShared(p: Person): boolean {
    return (this.bySurname.get(p.surname) ?? []).some((c) => c !== p && !c.org && !c.group);
  }

  /** Whether the article writes this one-word name after a title somewhere ("Prince Andrew" for a later bare "Andrew"). */
  writtenWithTitle(word: string): boolean {
    return this.titledSingles.has(word.toLowerCase());
  }

  /** The person a name mention refers to, creating one for a name seen only in short form. */
  resolveName(m: Mention): Person {
    const words = m.text.split(/\s+/).filter(Boolean);
    const last = familyWord(words) ?? m.text;
    const candidates = this.bySurname.get(key(last)) ?? [];
    let chosen: Person | undefined;
    const peer = words.length === 2 ? (words[0] ?? '').toLowerCase() : '';
    if (PEERAGE.has(peer)) {
      // "Sir Howard" is Sir Howard Stringer (a knight by first name); "Lord Butler" is Robin Butler when the
      // article gives the full name (a peer by surname or title).
      const byFirst = peer === 'sir' || peer === 'dame' ? nearestNamed(this.byFirst.get(last.toLowerCase()) ?? [], m.pos) : undefined;
      chosen = byFirst ?? nearestNamed(candidates.slice(-50).filter((c) => c.words.length >= 2 && c.words[0]?.toLowerCase() !== peer), m.pos);
      if (chosen) { this.learn(chosen, { ...m, honorific: words[0]! }); return chosen; }
    }
    if (words.length >= 2) {
      // The fullest compatible form: "Hillary Clinton" -> "Hillary Rodham Clinton".
      const first = (words[0] ?? '').toLowerCase();
      for (const c of candidates) if (c.first === first && (!chosen || c.words.length > chosen.words.length)) chosen = c;
      // "American Davenport" after "Lindsay Davenport": a demonym (nobody's given name: "German Gref" is a name) and
      // the surname of a person named in full is that person from that country.
      if (!chosen && this.demonymAndSurname(words.join(' '))) {
        chosen = nearestNamed(candidates, m.pos, true);
        if (chosen) { this.learn(chosen, { ...m, role: m.role ?? words[0]! }); return chosen; }
      }
    } else {
      // "Mrs. Clinton" is not Bill Clinton when the article also names Hillary Clinton: a title's gender against the
      // given name's (not against a role's: a woman may be the "chairman").
      const titled = genderOf(m.honorific, undefined);
      // "Mr Blair" is not Sir Ian Blair when the article also names Tony Blair: a knight or dame is "Sir Ian", never
      // "Mr Blair" (only when somebody else of that surname is left).
      const plain = titlesSurname(m.honorific);
      const unknighted = plain ? candidates.filter((c) => !c.titles.some(isKnightlyTitle)) : candidates;
      const pool = unknighted.length > 0 ? unknighted : candidates;
      const fitting = titled ? pool.filter((c) => c.nameGender !== (titled === 'f' ? 'm' : 'f')) : pool;
      // "Mrs. Clinton" is Hillary, whom the article already calls so, not Chelsea Clinton named just before: of two
      // people of one surname, a courtesy title goes to the one it was already given (nearest only among those).
      chosen = nearestNamed(plain ? alreadyTitled(fitting, m.honorific) : fitting, m.pos);
      if (!chosen) {
        // A first name alone ("Hillary said") when exactly one person has it.
        // A first name alone ("Hillary said"), or a family name written first ("Lee" for "Lee Jae-myung").
        // "Mr Howard" is never Howard Flight: a courtesy title goes with a surname ("Sir Howard" is read above), so a
        // titled given name ("Howard") is a person of its own; "Mr Lou" stays Lou Jiwei (a family name first).
        const titled = titlesSurname(m.honorific);
        // A word that is no given name we know never goes to a thing named after it: "Trump" is not "the Trump
        // Train" (a run the article writes after "the"), "Newcastle" not "the Newcastle Evening Chronicle".
        const given = genderOfGivenName(last) !== undefined;
        chosen = nearestNamed((this.byFirst.get(last.toLowerCase()) ?? []).filter((c) => (!titled || genderOfGivenName(c.first) === undefined) && (given || (!c.thing && mayBePerson(c)))), m.pos);
      }
    }
    // "Keidis continued" after "frontman Anthony Kiedis": a surname the article misspells by two swapped letters is the
    // one person named in full with the right spelling (never a second person of a surname nobody else has).
    if (!chosen && words.length === 1) chosen = this.swappedSurname(key(last), m.pos);
    if (!chosen && words.length >= 2) {
      // "Hawk Sawyer" for "Kathleen Hawk Sawyer": the mention is the end of a longer name.
      const tail = words.join(' ').toLowerCase();
      chosen = candidates.slice(-50).find((c) => c.name.toLowerCase().endsWith(` ${tail}`)) ?? this.gluedForms.get(tail);
    }
    if (!chosen) chosen = this.add(m);
    else this.learn(chosen, m);
    return chosen;
  }

  /** The one person named in full whose surname this word spells with two neighbouring letters swapped. */
  private swappedSurname(word: string, pos: number): Person | undefined {
    // Looked up by the word's few swapped spellings, not by reading every surname of the article: linear.
    let found: Person[] | undefined;
    for (const spelling of swappedSpellings(word)) {
      const named = (this.bySurname.get(spelling) ?? []).filter((c) => !c.org && !c.group && c.words.length >= 2);
      if (named.length === 0) continue;
      if (found) return undefined;
      found = named;
    }
    return found ? nearestNamed(found, pos, true) : undefined;
  }

  /**
   * A sentence's subject read with its role ("Computer specialist at the IAEA, Peter Smith, would like ..."): the
   * role is learnt for a person of whom the cast knows none, so a description is matched against it.
   */
  learnSubjectRole(p: Person, m: Mention): void {
    if (m.role && m.openingRole && p.roles.length + p.titles.length === 0) this.learn(p, m);
  }

  /**
   * An organisation by name, or by its head noun when the text says "the ministry". `afterArticle`: the text has
   * "the" right before the mention (which may not hold it).
   */
  resolveOrg(m: Mention, afterArticle = false): Person {
    const words = m.text.replace(/^the\s+/i, '').split(/\s+/);
    if (words.length === 1 && isAcronym(words[0]!)) {
      const long = this.expansionOf(words[0]!);
      if (long) return long;
    }
    // "Guardian said" after "Mayor Don Guardian": a capitalised surname of a person already named is that person,
    // even when the word also names bodies ("the Guardian", with its article, stays the newspaper).
    if (words.length === 1 && !afterArticle && !/^the\s/i.test(m.text) && isTitleCased(words[0]!)) {
      const person = nearestNamed((this.bySurname.get(key(words[0]!)) ?? []).filter((c) => !c.org && c.words.length >= 2), m.pos);
      if (person) { this.learn(person, m); return person; }
    }
    const head = (words[words.length - 1] ?? '').toLowerCase();
    if (/^the\s/i.test(m.text) && words.length <= 2 && GENERIC_ORG.has(head)) {
      // "the company said" speaks for the company the story is about.
      const s = this.salientOrg(m.pos);
      if (s) return s;
    }
    if (words.length === 1 || m.text.toLowerCase().startsWith('the ')) {
      // Reuse an organisation already named with this head word ("Russian Foreign Ministry" for "the ministry"): the
      // one named last before the mention (the cast holds the whole article, so a body named only later is no
      // antecedent while one named before is there).
      // "The French foreign ministry" is not the "Jordanian Foreign Ministry" named before it.
      const quals = qualifierKeys(words);
      const namesBody = (p: Person): boolean => p.org && !p.group && p.words.length > words.length && p.words.some((w) => w.toLowerCase() === head) && !qualifiersDisagree(quals, qualifierKeys(p.words));
      const body = this.nearestBefore(m.pos, namesBody);
      if (body) return body;
      // (None before it: the body named later, as the cast first met it.)
      for (let i = this.persons.length - 1; i >= 0 && i >= this.persons.length - 100; i--) if (namesBody(this.persons[i]!)) return this.persons[i]!;
      // A ministry from its minister: "Russian Foreign Minister Sergey Lavrov" -> "Russian Foreign Ministry".
      if (head === 'ministry') {
        const isMinistersRole = (r: string): boolean => /\bMinister$/.test(r) && /^\p{Lu}/u.test(r) && r.split(' ').length >= 2 && !qualifiersDisagree(quals, qualifierKeys(r.split(' ')));
        const minister = this.nearestBefore(m.pos, (p) => p.roles.some(isMinistersRole));
        const role = (minister ?? this.persons.slice(-100).reverse().find((p) => p.roles.some(isMinistersRole)))?.roles.find(isMinistersRole);
        if (role) return this.add({ kind: 'org', text: role.replace(/Minister$/, 'Ministry'), pos: m.pos });
      }
    }
    const name = words.map((w, i) => (i === 0 && /^\p{Ll}/u.test(w) && words.length > 1 ? w : w)).join(' ');
    const found = this.byName.get(name.toLowerCase());
    if (found) return found;
    const body = this.add({ kind: 'org', text: m.text.replace(/^the\s+/i, '').replace(/^(\p{Ll})/u, (c) => c.toUpperCase()), pos: m.pos });
    // "the club said" with no body of the story to speak for: the body still speaks ("it said" later), but it is
    // shown as the description it is, never as an organisation named "Club".
    if (/^the\s/i.test(m.text) && words.length <= 2 && GENERIC_ORG.has(head)) body.unnamed = true;
    // "the city's police", "the company's statement", "the Caribbean island's government": a body owned by a common
    // noun; "the environment select committee", "the social media company": common nouns only. Both are descriptions
    // (shown as one, marked unnamed), never a name "City's police" - but only a phrase that would have passed as a
    // body's name ("the film-maker recently sued" stays no speaker).
    const ownedByCommonNoun = words.some((w, i) => i < words.length - 1 && /^\p{Ll}[\p{L}-]*['’]s$/u.test(w));
    const commonNounsOnly = words.length >= 2 && words.every((w) => /^\p{Ll}/u.test(w));
    if (/^the\s/i.test(m.text) && (ownedByCommonNoun || commonNounsOnly) && !rejectName(body.name, true)) body.unnamed = true;
    return body;
  }

  /** Of the last 100 people of the cast that pass `keep`, the one named last before `pos`. */
  private nearestBefore(pos: number, keep: (p: Person) => boolean): Person | undefined {
    let best: Person | undefined;
    let bestAt = -1;
    for (let i = this.persons.length - 1; i >= 0 && i >= this.persons.length - 100; i--) {
      const p = this.persons[i]!;
      const at = p.named[upperBound(p.named, pos) - 1];
      if (at !== undefined && at > bestAt && keep(p)) { best = p; bestAt = at; }
    }
    return best;
  }

  /**
   * The organisation an acronym stands for: one the article defined ("... Fund (IMF)"), else one named in
   * full whose initials spell it ("International Monetary Fund" for "IMF"; "of", "and", "the" are skipped).
   */
  expansionOf(acronym: string): Person | undefined {
    const k = acronym.toLowerCase();
    const defined = this.byAcronym.get(k);
    if (defined) return defined;
    for (let i = this.persons.length - 1; i >= 0 && i >= this.persons.length - 200; i--) {
      const p = this.persons[i]!;
      // A body whose name the run did not mark as one still reads as one with "of" inside ("Confederation of
      // British Industry"); a person's name has no "of".
      if (p.group || p.words.length < 2 || !(p.org || p.words.includes('of'))) continue;
      if (initialsOf(p.words) === k) {
        this.byAcronym.set(k, p);
        return p;
      }
    }
    return undefined;
  }

  /**
   * "the bookmaker said", "the brokerage said": the organisation the article calls by that kind ("bookmaker William
   * Hill"), named nearest before `pos`, else the organisation just talked about; undefined for anything else.
   */
  resolveOrgDescription(desc: string, pos: number): Person | undefined {
    const words = desc.toLowerCase().split(/\s+/);
    const head = words[words.length - 1] ?? '';
    if (words.length > 4 || !isOrgKind(head)) return undefined;
    if (words[0] === 'a' || words[0] === 'an') return this.bodyIntroducedAfter(head, pos);
    if (words[0] !== 'the') return undefined;
    let best: Person | undefined;
    let bestAt = -1;
    for (let i = this.persons.length - 1; i >= 0 && i >= this.persons.length - 200; i--) {
      const p = this.persons[i]!;
      if (!p.org || p.group || !p.titles.includes(head) || this.onlyHeard(p)) continue;
      const at = p.named[upperBound(p.named, pos) - 1];
      if (at !== undefined && at > bestAt) { best = p; bestAt = at; }
    }
    return best ?? this.salientOrg(pos);
  }

  /**
   * "According to the Financial Times, ... The paper said", "Radio 1 said ... the station said": a definite description
   * of a medium ("the paper", "the newspaper", "the magazine", "the station") is the medium of that kind named last
   * before `pos`, within `MEDIUM_REACH` characters (a turn or a full-name mention, `isMediumOf`), a hearer too ("in an
   * interview with the Financial Times, Mr Blair ... The paper said"). Undefined when none is: "The paper says it will
   * go before the Commons" after no paper named stays the document it is (session 42).
   */
  resolveMediumDescription(desc: string, pos: number): Person | undefined {
    const words = desc.toLowerCase().split(/\s+/);
    const kind = words.length === 2 && words[0] === 'the' ? mediumKindOfNoun(words[1]!) : undefined;
    if (!kind) return undefined;
    const fits = (p: Person): boolean => !p.group && this.isMediumOf(p, kind);
    let best: Person | undefined;
    let bestAt = -1;
    for (let i = lowerBoundPos(this.salient, pos) - 1; i >= 0 && pos - this.salient[i]!.pos <= MEDIUM_REACH; i--) {
      if (fits(this.salient[i]!.person)) { best = this.salient[i]!.person; bestAt = this.salient[i]!.pos; break; }
    }
    for (let i = lowerBoundPos(this.namedMentions, pos) - 1; i >= 0 && this.namedMentions[i]!.pos > bestAt && pos - this.namedMentions[i]!.pos <= MEDIUM_REACH; i--) {
      if (fits(this.namedMentions[i]!.person)) return this.namedMentions[i]!.person;
    }
    return best;
  }

  /**
   * "A bookmaker has stopped taking bets ... William Hill made the move": an indefinite kind of body is the
   * organisation named next, when that is the first full name after it (no person between) and it is introduced
   * there, within `maxDistance` characters. The organisation is then known by that kind ("the bookmaker").
   */
  private bodyIntroducedAfter(kind: string, pos: number, maxDistance = 400): Person | undefined {
    let i = lowerBoundPos(this.namedMentions, pos + 1);
    // Bounded by the distance, so a text of many such descriptions stays linear.
    while (i < this.namedMentions.length && this.namedMentions[i]!.pos - pos <= maxDistance && !this.sentenceOpeners.has(this.namedMentions[i]!.pos)) i++;
    const next = this.namedMentions[i];
    if (!next || next.pos - pos > maxDistance) return undefined;
    const p = next.person;
    if (!p.org || p.group || p.named[0] !== next.pos) return undefined;
    this.stateKind(p, kind);
    return p;
  }

  /**
   * The organisation (or a one-word name never given a first name) most recently talked about: whom "the company
   * said" speaks for. A public body only talked about ("The SEC had accused Titan ...") is no company.
   */
  salientOrg(pos: number): Person | undefined {
    for (let i = this.salient.length - 1; i >= 0 && i >= this.salient.length - 60; i--) {
      const s = this.salient[i]!;
      if (s.body && s.person.words.some((w) => isPublicBodyWord(w.toLowerCase()))) continue;
      if (this.onlyHeard(s.person)) continue;
      if (s.pos < pos && !s.person.group && (s.person.org || (s.person.words.length === 1 && !s.person.gender && s.person.titles.length === 0))) return s.person;
    }
    return undefined;
  }

  /** Records that a document of `p`'s speaks at `pos` ("his report said", "X wrote in the affidavit"). */
  noteDocumentTurn(p: Person, pos: number): void {
    this.documentTurns.push({ person: p, pos });
  }

  /**
   * '"...", his report said. "...," it said.': the author of the document that spoke last before `pos`, within
   * `maxDistance` characters, when nobody else has been spoken of since (no other speaker, subject or body).
   */
  documentBefore(pos: number, maxDistance = 400): Person | undefined {
    const d = this.documentTurns[lowerBoundPos(this.documentTurns, pos) - 1];
    if (!d || pos - d.pos > maxDistance || d.person.org) return undefined;
    for (let i = lowerBoundPos(this.salient, pos) - 1; i >= 0 && this.salient[i]!.pos >= d.pos; i--) if (this.salient[i]!.person !== d.person) return undefined;
    return d.person;
  }

  /** Records that the body `p` is a plain sentence's subject at `pos` ("BT wants lighter regulation"). */
  noteBody(p: Person, pos: number): void {
    if (!isLabelOrDateline(p.name)) this.salient.push({ person: p, pos, speaker: false, body: true });
  }

  /** Records an unnamed group as the subject at `pos`, so that a later "they insist" can find it. */
  noteGroup(description: string, pos: number): Person {
    const p: Person = { name: description, words: description.split(/\s+/), surname: '', first: '', roles: [], titles: [], org: true, group: true, named: [pos] };
    this.salient.push({ person: p, pos, speaker: true });
    return p;
  }

  /** Records that `person` is talked about at `pos` (a speaker, or else a sentence's subject). */
  note(person: Person, pos: number, speaker = true, plural = false): void {
    // "FULL TEXT.", "WASHINGTON —": a label or dateline read as a name is nobody a pronoun can point to.
    if (isLabelOrDateline(person.name)) return;
    this.salient.push(plural ? { person, pos, speaker, plural } : { person, pos, speaker });
  }

  /**
   * "A Home Office minister has said ... / Hazel Blears said ...": the person first named in full after a lede's
   * description at `pos`, when no person is named in full before it and no other person between (bodies may be: "In a
   * speech at the London School of Economics, William Donaldson promised"), within `maxDistance` characters, named
   * there for the first time.
   */
  ledePersonAfter(pos: number, maxDistance: number): Person | undefined {
    const before = lowerBoundPos(this.namedMentions, pos);
    for (let i = 0; i < before; i++) { const q = this.namedMentions[i]!.person; if (!q.org && !q.group && !q.thing) return undefined; }
    for (let i = 0; i < this.namedMentions.length && this.namedMentions[i]!.pos - pos <= maxDistance; i++) {
      const m = this.namedMentions[i]!;
      if (m.person.org || m.person.thing) continue;
      return !m.person.group && m.person.named[0] === m.pos ? m.person : undefined;
    }
    return undefined;
  }

  /** The role a lede's description gives the person it introduces (`ledePersonAfter`), for one who states none. */
  learnLedeRole(p: Person, role: string): void {
    if (p.roles.length === 0 && !p.titles.some((t) => OFFICE_TITLES.has(t))) this.learn(p, { kind: 'name', text: p.name, pos: p.named[0] ?? 0, role });
  }

  /** Where the text last writes a person's (not a body's) full name within `within` characters before `pos`, else -1. */
  personNamedJustBefore(pos: number, within: number): number {
    const m = this.namedMentions[lowerBoundPos(this.namedMentions, pos) - 1];
    return m !== undefined && pos - m.pos <= within && !m.person.org && !m.person.group ? m.pos : -1;
  }

  /**
   * 'But an executive spokeswoman insisted ... "...," she said.': whether anybody a "he" or "she" could point to (a
   * person, not a body, of no other gender) was noted as a speaker or subject, or named in full, in `(from, to)`.
   * Bounded: the entries after `from` are few when the caller asks about a short stretch.
   */
  personSpokenOfBetween(text: string, from: number, to: number, want: 'm' | 'f' | undefined): boolean {
    const fits = (p: Person): boolean => !p.org && !p.group && !isLabelOrDateline(p.name) && !this.firstAsPlace(p) && !(want && p.gender && p.gender !== want) && (mayBePerson(p) || p.words.some((w) => isCommonGivenName(w)));
    for (let i = this.salient.length - 1, seen = 0; i >= 0 && seen < 40; i--, seen++) {
      const s = this.salient[i]!;
      if (s.pos > from && s.pos < to && fits(s.person)) return true;
    }
    for (let i = lowerBoundPos(this.namedMentions, from + 1); i < this.namedMentions.length && this.namedMentions[i]!.pos < to; i++) if (fits(this.namedMentions[i]!.person)) return true;
    // ("The documentary showed the tensions between Mr Kilroy-Silk and his fellow MEPs. He denied ...": a surname
    // the cast knows, written in a later sentence in between; not one inside the speaker's own words, "a spokeswoman
    // confirmed Mr Smith was still in post".)
    const between = text.slice(from, to);
    const next = /[.!?]["”’]?\s/.exec(between);
    if (next) for (const w of between.slice(next.index).match(/\p{Lu}[\p{L}'’-]+/gu) ?? []) if ((this.bySurname.get(key(w)) ?? []).some(fits)) return true;
    return false;
  }

  /**
   * People who took a turn before `pos` as a speaker or a sentence's subject under their own name or a description of
   * them, not only through a pronoun read as them: a "he" read as somebody met only as a third party ("Sir Alex
   * Ferguson's side") makes that person the next "he"'s latest turn, and this tells such a chain from one that began
   * with the person named.
   */
  private turnedByNameBefore(pos: number): Set<Person> {
    const out = new Set<Person>();
    for (const s of this.salient) if (s.pos < pos && !this.pronounReadsAt.has(s.pos)) out.add(s.person);
    return out;
  }

  /** Where a name was cited as a relayed source ("according to Politico", "Right Wing Watch first reported"). */
  private readonly citedAt = new Set<number>();

  /** Records that the name spoken of at `pos` was cited as a source (marked on the cue's mention, cues.ts `citedSource`). */
  noteCited(pos: number): void {
    this.citedAt.add(pos);
  }

  /**
   * Whether every turn `p` took before `pos` (pronoun reads aside) was a citation: "... according to Politico. "...,"
   * he said" (session 40, h-attr109). With no person's trait (`namesNoPerson`) it is an outlet, not the "he" / "she".
   */
  private citedOnly(p: Person, pos: number): boolean {
    let cited = false;
    for (const s of this.salient) {
      if (s.pos >= pos || s.person !== p || this.pronounReadsAt.has(s.pos)) continue;
      if (!this.citedAt.has(s.pos)) return false;
      cited = true;
    }
    return cited;
  }

  /** Where a pronoun was read (`pronounChoice`): a turn noted there came from the pronoun, not from a name. */
  private readonly pronounReadsAt = new Set<number>();

  /** The referent of he / she / they / it at `pos`: the best-scored compatible candidate (see pronouns.ts). */
  resolvePronoun(pronoun: string, pos: number): Person | undefined {
    return this.pronounChoice(pronoun, pos).person;
  }

  /**
   * The chosen referent of a pronoun and every candidate it was chosen from. Nobody named in `reported`, the subject of
   * the words the pronoun reports (`subjectOfQuotedWords`), is the pronoun; nor is a person a "he" or "she" speaks of
   * by name in `ownWords`, the quote the pronoun's cue attributes (`quotedWordsOfCue`, `namedInOwnWords`).
   */
  pronounChoice(pronoun: string, pos: number, reported?: { from: number; to: number; text: string }, ownWords?: string): { person?: Person; candidates: PronounCandidate[] } {
    const want = pronoun === 'she' ? 'f' : pronoun === 'he' ? 'm' : undefined;
    // (The quote's capitalised words, read once for every candidate `namedInOwnWords` tests.)
    const quoteNames = want !== undefined && ownWords !== undefined ? quotedNameWords(ownWords) : undefined;
    // ('"It's his first year ... he was phenomenal," he said': the quote speaks of a third person of the cue's gender.)
    const quoteSpeaksOf = want !== undefined && ownWords !== undefined && (ownWords.toLowerCase().match(/\p{L}+/gu) ?? []).some((w) => GENDERED_PRONOUNS.get(w) === want);
    // "it" and "they" speak for organisations; "he" and "she" for people.
    const org = pronoun === 'it' || pronoun === 'they';
    const compatible = (p: Person): boolean => {
      const single = p.words.length === 1 && !p.gender && p.titles.length === 0 && !p.group;
      if (org ? !(p.org || single) : p.org) return false;
      if (p.group && pronoun !== 'they') return false;
      // "Only the Liberal Democrats stood against the war, he said": a party named in the plural ("Liberal Democrats",
      // "Tories", "Latino Republicans") is nobody's "he" or "she".
      if (want && namedAsPluralParty(p)) return false;
      if (isLabelOrDateline(p.name)) return false;
      // "Alicia Markova spent World War II in the US ... she said": an event, a ground or a team is nobody's "she"
      // (unless a given name says otherwise: "New Yorker Dick Morris").
      if (!org && !mayBePerson(p) && !p.words.some((w) => isCommonGivenName(w))) return false;
      return !(want && p.gender && p.gender !== want);
    };
    const facts = new Map<Person, CandidateFacts & { last: number; turnAt?: number; possessorAlone?: boolean }>();
    const turnedByName = this.turnedByNameBefore(pos);
    this.pronounReadsAt.add(pos);
    let rank = 0;
    for (let i = this.salient.length - 1, seen = 0; i >= 0 && seen < 40; i--, seen++) {
      const s = this.salient[i]!;
      if (s.pos >= pos || !compatible(s.person) || facts.has(s.person) || (s.plural && want)) continue;
      facts.set(s.person, { salientRank: rank++, speaker: s.speaker, mentionRank: 0, distance: 0, namedNear: false, introduced: false, genderMatch: false, named: 0, single: false, last: s.pos, turnAt: s.pos });
    }
    // Full names in any role just before the pronoun ("One dissenting opinion came from Brian Gammage ... He said").
    for (let i = lowerBoundPos(this.namedMentions, pos) - 1, seen = 0; i >= 0 && seen < NAMED_SCAN; i--, seen++) {
      const m = this.namedMentions[i]!;
      if (pos - m.pos > NAMED_WINDOW) break;
      if (!compatible(m.person)) continue;
      let f = facts.get(m.person);
      if (!f) { f = { speaker: false, mentionRank: 0, distance: 0, namedNear: false, introduced: false, genderMatch: false, named: 0, single: false, last: m.pos }; facts.set(m.person, f); }
      f.namedNear = true;
      f.possessorAlone = (f.possessorAlone ?? true) && m.possessor === true;
      if (m.document) f.authorNear = true;
      if (m.pos > f.last) f.last = m.pos;
    }
    const byRecency = [...facts.entries()].sort((a, b) => b[1].last - a[1].last);
    // A person whose given name clashes with "he" / "she" is chosen only when nobody's gender agrees with it.
    const agreeing = want !== undefined && byRecency.some(([p]) => (p.gender ?? p.nameGender ?? p.roleGender) === want);
    const candidates: PronounCandidate[] = [];
    let best: Person | undefined;
    let bestScore = -Infinity;
    byRecency.forEach(([p, f], i) => {
      f.mentionRank = i;
      f.distance = pos - f.last;
      const first = p.named[0];
      f.introduced = first !== undefined && first < pos && pos - first <= NAMED_WINDOW;
      f.genderMatch = want !== undefined && (p.gender ?? p.nameGender ?? p.roleGender) === want;
      f.genderClash = want !== undefined && !p.gender && p.nameGender !== undefined && p.nameGender !== want;
      f.named = mentionCount(p);
      f.single = p.words.length === 1;
      f.sentencesBack = upperBound(this.sentenceStarts, pos) - upperBound(this.sentenceStarts, f.last);
      f.possessorOnly = f.possessorAlone === true && (f.turnAt === undefined || this.possessorNames.has(f.turnAt));
      f.quoteSpeaksOfSameGender = quoteSpeaksOf;
      f.turnByName = turnedByName.has(p);
      const x = pronounFeatures(f);
      const namedInQuote = quoteNames !== undefined && this.namedInOwnWords(p, quoteNames);
      candidates.push(namedInQuote ? { person: p, x, namedInQuote } : { person: p, x });
      const score = pronounScore(x);
      // A body only ever told things, or a name first written as a place or as a body's ("PC Pro magazine"), stays a
      // candidate (the confidence model was fitted with it there) but is never the one chosen.
      // A traitless name met only as a third party is a body, not the "he" / "she" (the pronoun binds the next one);
      // unless every mention near is an owner's ("Anselm Varga's full report ... He said": a person's work).
      const barred = this.onlyHeard(p) || (!org && (this.firstAsPlace(p) || this.namedAsBody(p))) || (want !== undefined && (!f.turnByName || this.citedOnly(p, pos)) && f.possessorAlone !== true && this.namesNoPerson(p)) || (reported !== undefined && this.namedIn(p, reported.from, reported.to, reported.text)) || namedInQuote;
      if (score > bestScore && !(agreeing && f.genderClash) && !barred) { best = p; bestScore = score; }
    });
    return best ? { person: best, candidates } : { candidates };
  }

  /**
   * Whether `p` is named in `[from, to)` of `text`: its full name, or its surname as a capitalised word ("Mr
   * Sullivan"). (Not a pronoun's turn: "he" read as `p` says nothing of whom the clause names.)
   */
  private namedIn(p: Person, from: number, to: number, text: string): boolean {
    const at = p.named[upperBound(p.named, from - 1)];
    if (at !== undefined && at < to) return true;
    const surname = key(p.surname);
    return surname !== '' && (text.slice(from, to).match(/\p{Lu}[\p{L}'’-]*/gu) ?? []).some((w) => key(w) === surname);
  }

  /**
   * '"I've had more than a quiet word with Olof," he told the club's website': whether the quoted words speak of person
   * `p` by name, so that the "he" or "she" who says them is somebody else (a speaker rarely names himself). A name
   * word counts alone, not inside a longer name: `p`'s surname, not followed by another capitalised word ("the Clinton
   * Foundation") nor after another person's given name ("Jeb Bush" for George Bush); `p`'s given name, when nobody
   * else in the cast has it and no other capitalised word follows it ("Tony Adams" for Tony Blair). A possessive "'s"
   * is read off ("Sean's situation"). The full name does not count: a speaker who names himself names himself in full
   * ('"They say Bernie Sanders should drop out," he said'; "the Mexicans are going to end up loving Donald Trump").
   */
  private namedInOwnWords(p: Person, names: readonly QuotedNameWord[]): boolean {
    if (p.org || p.group || p.words.length < 2) return false;
    const surname = key(p.surname);
    const given = isGluedOpenerExempt(p.first) || (this.byFirst.get(p.first) ?? []).some((c) => c !== p && !c.org && !c.group) ? '' : p.first;
    return names.some(({ word, nextWord, prevWord }) => {
      if (word === surname) return nextWord === undefined && prevWord !== p.first && !(prevWord !== undefined && isCommonGivenName(prevWord));
      return given !== '' && word === given && nextWord === undefined;
    });
  }

  /**
   * The one person (not a body) whose full name the article writes for the first time in `[from, to)` and who is
   * the only person named there: "One dissenting opinion came from Brian Gammage, vice-president of research at
   * Gartner." Undefined when nobody or more than one person is named there, or the one named was named before.
   */
  introducedAlone(from: number, to: number): Person | undefined {
    let found: Person | undefined;
    for (let i = lowerBoundPos(this.namedMentions, from); i < this.namedMentions.length; i++) {
      const m = this.namedMentions[i]!;
      if (m.pos >= to) break;
      if (m.person.org || m.person.group || m.person === found) continue;
      if (found || m.person.named[0] !== m.pos || m.document) return undefined;
      found = m.person;
    }
    return found;
  }

  /** A person whose stated role fits a description ("the spokesman"), nearest before `pos`, else after. */
  resolveDescription(desc: string, pos: number, lastResort = true): Person | undefined {
    const words = desc.toLowerCase().split(/\s+/);
    const head = officeOf(desc);
    if (!head) return undefined;
    if (!ROLE_NOUNS.has(head) || PLURAL_ROLES.has(head)) return undefined; // "officials": a group, not one person
    // "a source close to him", "one official": an indefinite description introduces someone unnamed.
    if (INDEFINITE_DETERMINERS.has(words[0] ?? '')) return undefined;
    // A role qualified by "shadow", "former", "deputy" is another office than the bare one.
    // ("The England striker" is the "England forward": a head of the same role fits, `roleHeadsFor`.)
    const fits = (heads: readonly string[]) => (r: string): boolean => {
      const rw = r.toLowerCase().split(/[\s,]+/);
      return heads.some((h) => rw.includes(h)) && rw.every((w) => !ROLE_QUALIFIERS.has(w) || words.includes(w));
    };
    const body = bodyOfDescription(desc);
    // "The Florida senator": a state, party or nationality the description states must agree with the person's; one
    // who agrees is taken over a nearer one of whom the article states none.
    const quals = descriptionQualifiers(desc);
    let before: Person | undefined;
    let beforePos = -1;
    let agreeing: Person | undefined;
    let agreeingPos = -1;
    for (let i = this.withRole.length - 1; i >= 0 && i >= this.withRole.length - 200; i--) {
      const p = this.withRole[i]!;
      if (p.org) continue;
      const heads = roleHeadsFor(p, head, desc);
      if (!heads.some((h) => p.titles.includes(h)) && !p.roles.some(fits(heads))) continue;
      if (!speaksForBody(p, body) || !mayServePrincipal(p, desc)) continue;
      const at = p.named[upperBound(p.named, pos - 1) - 1];
      if (at === undefined) continue;
      if (quals.size > 0) {
        const stated = statedQualifiers(p);
        if (qualifiersDisagree(quals, stated)) continue;
        if (qualifiersAgree(quals, stated) && at > agreeingPos) { agreeing = p; agreeingPos = at; }
      }
      if (at > beforePos) { before = p; beforePos = at; }
    }
    if (agreeing) return agreeing;
    if (before || !lastResort) return before;
    // "The prime minister said" right after a person whose office the text never stated: that person.
    // (A body only talked about, "Breitbart News has released an excerpt", does not stand in between.)
    let li = this.salient.length - 1;
    while (li > 0 && this.salient[li]!.body) li--;
    const last = this.salient[li];
    // (Not a capitalised office of a place, "The Archbishop of Canterbury said": an office that specific the text would
    // have stated of the person just talked about, had they held it.)
    if (last && last.pos < pos && body.length === 0 && !describesOther(last.person, desc) && !isOfficeOfPlace(desc) && !GENERIC_PEOPLE.has(head) && !last.person.org && mayHoldUnstatedOffice(last.person, desc) && last.person.titles.length === 0 && last.person.words.length >= 2 && pos - last.pos < 600 && !qualifiersConflict(last.person, quals)) {
      const femaleDesc = words.some((w) => /woman$|^(she|her|actress|mother|wife)$/.test(w));
      if (!(femaleDesc && last.person.gender === 'm')) return last.person;
    }
    return undefined;
  }

  /**
   * "The Sydney Olympic gold medallist says", "the sprinter had passed": a definite description of one person
   * that names no office of the article's cast refers back to the person just talked about (the last speaker
   * or subject before it, if near and of a compatible gender).
   */
  resolveDefiniteBack(desc: string, pos: number, maxDistance = 600, fits: (p: Person) => boolean = () => true): Person | undefined {
    const female = /(?:woman|ess)\b|\b(?:she|her|mother|wife|sister|daughter|girl)\b/i.test(desc);
    const male = /(?:\bman|\bmen)\b|\b(?:he|his|father|husband|brother|son|boy)\b/i.test(desc);
    const quals = descriptionQualifiers(desc);
    for (let i = this.salient.length - 1, seen = 0; i >= 0 && seen < 20; i--, seen++) {
      const s = this.salient[i]!;
      if (s.pos >= pos) continue;
      if (pos - s.pos > maxDistance) return undefined;
      if (s.person.org || s.person.group || this.firstAsPlace(s.person)) continue;
      if ((female && s.person.gender === 'm') || (male && s.person.gender === 'f')) continue;
      if (!fits(s.person) || qualifiersConflict(s.person, quals) || describesOther(s.person, desc)) continue;
      return s.person;
    }
    return undefined;
  }

  /**
   * "the 30-year-old said": an age stands for one person, the one just talked about (`resolveDefiniteBack`),
   * unless somebody else is introduced between that mention and the description ("... in the shape of Emma
   * Watson, who plays Hermione. The 14-year-old said"): then it is left unresolved rather than guessed wrong. Only
   * people count, as referent or in between: not a run that names an event, ground or team ("after the European
   * Indoor Championships ... said the 28-year-old", `mayBePerson`).
   */
  resolveAgeBack(desc: string, pos: number, text = ''): Person | undefined {
    // "the Kiwi said": a person the text places elsewhere ("Scottish referee Jo Dallan") is not compatible; one it
    // places there agrees, and wins over anybody introduced after.
    const words = desc.toLowerCase().split(/\s+/);
    const from = words.length === 2 ? nationalityOf(words[1]!) : undefined;
    // "the 34-year-old" agrees with the age stated at a name ("Ned Rook, 34,") as a demonym with a nationality.
    const age = ageOfDescription(desc);
    // ("New Zealand" took a turn as the subject of "New Zealand headed to Wales": a country is no one person.)
    const fits = (q: Person): boolean =>
      mayBePerson(q) && !namesNation(q.name) && (!from || !q.nationality || q.nationality === from) && (age === undefined || q.age === undefined || q.age === age);
    // A person near who agrees by the stated cue is taken first, over a nearer one who merely does not disagree.
    const agrees = (q: Person): boolean => mayBePerson(q) && (from ? q.nationality === from : q.age === age);
    const agreeing = from || age !== undefined ? this.resolveDefiniteBack(desc, pos, 600, agrees) : undefined;
    if (agreeing) return agreeing;
    const p = this.resolveDefiniteBack(desc, pos, 600, fits);
    // (Among those named only as objects too, one who agrees by the stated cue comes first: "praised New Zealander
    // Tom Reihana ... sang for Sam Tane ... the Kiwi said" is Reihana's, though Tane, of no stated nation, was named last.)
    if (!p) return (from || age !== undefined ? this.latestNamedBefore(text, pos, 600, (q) => fits(q) && agrees(q)) : undefined) ?? this.latestNamedBefore(text, pos, 600, fits);
    let last = -1;
    for (let i = lowerBoundPos(this.salient, pos) - 1; i >= 0; i--) if (this.salient[i]!.person === p) { last = this.salient[i]!.pos; break; }
    for (let i = lowerBoundPos(this.namedMentions, pos) - 1; i >= 0 && this.namedMentions[i]!.pos > last; i--) {
      const m = this.namedMentions[i]!;
      if (m.person !== p && !m.person.org && !m.person.group && !m.document && m.person.named[0] === m.pos && fits(m.person)) return undefined;
    }
    return p;
  }

  /**
   * "... a Bob Deans try that was ruled out by Scottish referee John Dallas. Dallas said that Deans was tackled short,
   * but the Kiwi said ...": when nobody near who took a turn fits the description (`resolveAgeBack`: the referee is a
   * Scot), the person named last within `maxDistance` before it who fits, though named only as an object or a modifier.
   * Not one named after a "he" / "she" of its own sentence ("She will now meet Ada Vell. "...," said the 23-year-old"):
   * the pronoun is somebody else the text is about, whom the description may be; then nobody.
   */
  private latestNamedBefore(text: string, pos: number, maxDistance: number, fits: (p: Person) => boolean): Person | undefined {
    for (let i = lowerBoundPos(this.namedMentions, pos) - 1; i >= 0 && pos - this.namedMentions[i]!.pos <= maxDistance; i--) {
      const m = this.namedMentions[i]!;
      if (m.document || m.person.org || m.person.group || this.firstAsPlace(m.person) || !fits(m.person)) continue;
      const sentenceStart = this.sentenceStarts[upperBound(this.sentenceStarts, m.pos) - 1] ?? 0;
      return /\b(?:he|she)\b/i.test(text.slice(sentenceStart, m.pos)) ? undefined : m.person;
    }
    return undefined;
  }

  /**
   * The last person quoted before `pos` (a speaker turn, not a mere subject), within `maxDistance` characters and
   * of a gender the description allows: whom "The former cabinet secretary said" right after Lord Butler's words
   * refers to. Usable after reading (the turns are kept with their positions).
   */
  lastSpeakerBefore(desc: string, pos: number, maxDistance: number): Person | undefined {
    const female = /(?:woman|ess)\b|\b(?:she|her|mother|wife|sister|daughter|girl)\b/i.test(desc);
    const male = /(?:\bman|\bmen)\b|\b(?:he|his|father|husband|brother|son|boy)\b/i.test(desc);
    const quals = descriptionQualifiers(desc);
    let i = lowerBoundPos(this.salient, pos) - 1;
    for (let seen = 0; i >= 0 && seen < 20; i--, seen++) {
      const s = this.salient[i]!;
      if (s.pos >= pos) continue;
      if (pos - s.pos > maxDistance) return undefined;
      if (!s.speaker) continue;
      if (s.person.org || s.person.group || s.person.words.length < 2 || this.firstAsPlace(s.person)) return undefined;
      if ((female && s.person.gender === 'm') || (male && s.person.gender === 'f')) return undefined;
      if (qualifiersConflict(s.person, quals) || describesOther(s.person, desc)) return undefined;
      return s.person;
    }
    return undefined;
  }

  /** A person whose stated role or title fits a description, named after `pos` and within `maxDistance` characters of it. */
  resolveDescriptionAfter(desc: string, pos: number, maxDistance: number): Person | undefined {
    const head = officeOf(desc);
    if (!head) return undefined;
    const body = bodyOfDescription(desc);
    const quals = descriptionQualifiers(desc);
    let after: Person | undefined;
    let afterPos = Infinity;
    for (let i = this.withRole.length - 1; i >= 0 && i >= this.withRole.length - 200; i--) {
      const p = this.withRole[i]!;
      if (p.org) continue;
      if (!statesRoleHead(p, head, desc)) continue;
      if (!speaksForBody(p, body) || !mayServePrincipal(p, desc) || qualifiersConflict(p, quals)) continue;
      const at = p.named[upperBound(p.named, pos)];
      if (at !== undefined && at < afterPos) { after = p; afterPos = at; }
    }
    return afterPos - pos <= maxDistance ? after : undefined;
  }

  /** The output form of a person. */
  ref(p: Person): SpeakerRef {
    const r: SpeakerRef = { name: p.unnamed ? `the ${p.name.toLowerCase()}` : p.name };
    if (p.group || p.unnamed) r.anonymous = true;
    // "Ms King", "Mr Prince" named by no given name: a family name that is also a title keeps the courtesy title.
    const courtesy = !p.org && !p.unnamed && p.words.length === 1 ? p.titles.find((t) => courtesyBeforeFamilyName(t, p.name.toLowerCase())) : undefined;
    if (courtesy && rejectName(p.name) === 'a title, not a name') r.name = `${courtesy[0]!.toUpperCase()}${courtesy.slice(1)} ${p.name}`;
    // No stated role: an office written as the title is the role ("Chancellor Gordon Brown said" -> "chancellor",
    // "Professor Ada Vell said" -> "professor"; `officeOfTitles`).
    const role = p.roles.find((x) => x.split(' ').length > 1) ?? p.roles[0] ?? (p.org ? undefined : officeOfTitles(p.titles)) ?? p.describedAs;
    if (role) r.role = role;
    if (p.organisation && !p.org) r.organisation = p.organisation;
    if (p.org) r.isOrganisation = true;
    // "Q Magazine", "PC Pro" of "PC Pro magazine": a name the article writes as a body's (session 32) is shown as one,
    // scored as the name it was read as (`Person.shownAsBody`).
    else if (this.namedAsBody(p)) {
      r.isOrganisation = true;
      p.shownAsBody = 'head';
    }
    return r;
  }
}

/** The name ends in a party's plural ("Liberal Democrats", "the Tories", "Congressional Republicans"): a party, not one person. */
function namedAsPluralParty(p: Person): boolean {
  const last = p.words[p.words.length - 1]?.toLowerCase() ?? '';
  return last.endsWith('s') && AFFILIATIONS.has(last);
}

/** `desc` ("The actor") is a description `p` was introduced as related to ("The actor's friend NAME"): someone else. */
function describesOther(p: Person, desc: string): boolean {
  return p.relatedTo !== undefined && p.relatedTo.includes(desc.toLowerCase().replace(/\s+/g, ' '));
}

/** Of `cands`, those already written with this courtesy title ("Mrs."), when any is; else all of them. */
function alreadyTitled(cands: readonly Person[], honorific: string | undefined): readonly Person[] {
  const h = honorificKey(honorific);
  if (!h || cands.length < 2) return cands;
  const titled = cands.filter((c) => c.titles.includes(h));
  return titled.length > 0 ? titled : cands;
}
