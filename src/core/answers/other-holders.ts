import type { ParsedQuestion } from '../questions/understand.js';
import type { SpeakerMatch, SpeakerRegistry } from '../speakers/registry.js';
import type { StoredSpeaker } from '../store/port.js';
import { namePart } from '../speakers/names.js';
import { readRole, type RoleReading } from '../speakers/roles.js';
import { candidateSpeakerIds, MAX_CANDIDATE_SPEAKERS } from './candidates.js';

/** A role question's reading and its holders: the first match, the asked role, every role match, the best fit, the first pool's ids. */
interface RoleHolders {
  top: SpeakerMatch;
  asked: RoleReading;
  roles: SpeakerMatch[];
  best: number;
  tried: ReadonlySet<string>;
}

/** The holders of the role a question asks for, as the registry matched them; undefined when it asks for no role or none fits. */
function roleHolders(parsed: ParsedQuestion): RoleHolders | undefined {
  const top = parsed.speakers[0];
  if (!top || top.kind !== 'role' || !parsed.speakerPhrase) return undefined;
  // The phrase as the registry read it.
  const asked = readRole(namePart(parsed.speakerPhrase));
  if (!asked) return undefined;
  const roles = parsed.speakers.filter((m) => m.kind === 'role');
  const best = Math.max(...roles.map((m) => m.exact ?? 0));
  if (best <= 0) return undefined;
  return { top, asked, roles, best, tried: candidateSpeakerIds(parsed.speakers) };
}

/**
 * The other holders of an asked role, for when those whose quotes were ranked said nothing on the topic: "the
 * Washington Post columnist on Clinton being opaque" reached only the two columnists quoted most (the holders within
 * 0.1 of the best score, `candidateSpeakerIds`), while the columnist quoted once, whose role states the very same
 * office and body, said it. Only holders stating every asked qualifier themselves, however many words of their own
 * the role adds (session 18: "chief UK economist at Capital Economics" for "the Capital Economics economist", "chief
 * executive of the London-based fact-checking website Full Fact" for "the Full Fact chief executive"; before, only
 * those fitting as exactly as the best one, `SpeakerMatch.exact`, were read, and these were not), and only for a
 * phrase that names at least one qualifier (a place, party or body): "the president" alone is held
 * by hundreds, and its rarely quoted holders are not who the question means. Each is a holder of the role as asked,
 * so one of them who spoke of the topic answers it; none is somebody who did not hold it. Empty when there is none.
 */
export function otherRoleHolders(parsed: ParsedQuestion): SpeakerMatch[] {
  const h = roleHolders(parsed);
  // "economist quote" asks for an economist, whose office names no qualifier.
  if (!h || h.asked.qualifiers.size === 0) return [];
  const { top, roles, tried } = h;
  return roles
    .filter((m) => !tried.has(m.speaker.id) && !m.unstated?.length)
    .slice(0, MAX_CANDIDATE_SPEAKERS)
    // One footing for all: none of them is more the role's holder than another.
    .map((m) => ({ ...m, score: top.score }));
}

/**
 * "As exactly": a fit within this share of the best. The office stated fifth or lower among a speaker's roles (3% a
 * place, at most 15%) or with one word the question did not ask ("US president": 1 / 1.1) still holds it; a role of
 * the past (0.8) or another modifier does not.
 */
const EQUAL_FIT = 0.85;

/** The most equally exact holders of a bare office read beyond the first pool (their rows ranked once). */
export const MAX_EQUAL_HOLDERS = 24;

/**
 * The holders of a bare office ("the president", "the prime minister") outside the first pool that hold it as
 * exactly as the best: the pool is the holders within 0.1 of the best score, which for one office stated alike is
 * how often each is on record, so "the president on the long-term deficit" answered Barack Obama's "a long tradition"
 * (one word of three) while George W Bush, quoted less, had said "the long-term deficit". Read only when every answer
 * of the pool misses the question's rarest word (`quote.ts`); each is a holder of the office as asked.
 */
export function equallyExactHolders(parsed: ParsedQuestion): SpeakerMatch[] {
  const h = roleHolders(parsed);
  if (!h || h.asked.qualifiers.size > 0) return [];
  const { top, roles, best, tried } = h;
  return roles
    .filter((m) => !tried.has(m.speaker.id) && (m.exact ?? 0) >= EQUAL_FIT * best)
    .slice(0, MAX_EQUAL_HOLDERS)
    .map((m) => ({ ...m, score: top.score }));
}

/** Most holders of a bare office read for a body no holder on record states (`bodyOwingHolders`). */
export const MAX_BODY_OWING_HOLDERS = 400;

/**
 * Holders of the office asked for stated bare ("said chief executive Lee Strafford" in a paragraph on Plus.net,
 * "said chief executive Tom McKillop" in an article on AstraZeneca, "the country's vice president Jose Alencar"), for
 * "the Plus.net chief executive" when no holder on record states the body asked for (`RoleIndex.bareHolders`): the
 * article names the body and the office without its owner, so the body must be borne out around the quote
 * (`holderQualifiersBorneOut` over these holders). The first pool is the most quoted of hundreds holding the bare
 * office (or, where the office holds no asked word, nobody), and the one quoted once, whose article is on the body,
 * was never read (session 32, h-qa75). Never when a holder states every asked qualifier itself (the body's own office
 * holder is on record: "the BT chief executive" is never the chief executive quoted in a paragraph on BT's rivals),
 * never for a name typed or a person named as the owner, never a holder whose roles of the office state a word of
 * their own but a title word ("Nissan chief executive"; "new chief executive" holds the office of "the UK Coal
 * boss"), and only for a phrase naming a qualifier. Empty when there is none.
 */
export function bodyOwingHolders(parsed: ParsedQuestion, registry: SpeakerRegistry, visible: (s: StoredSpeaker) => boolean): SpeakerMatch[] {
  const phrase = parsed.speakerPhrase;
  // A person named as the owner ("Cruz's campaign manager") must be stated by the role itself (`possessorBorneOut`).
  if (!phrase || parsed.possessors?.length || parsed.speakers.some((m) => m.kind !== 'role' || !m.unstated?.length)) return [];
  const tried = candidateSpeakerIds(parsed.speakers);
  const top = parsed.speakers[0]?.score;
  return registry
    .bareRoleMatches(namePart(phrase), visible)
    .filter((m) => !tried.has(m.speaker.id))
    .slice(0, MAX_BODY_OWING_HOLDERS)
    .map((m) => ({ ...m, score: top ?? m.score }));
}
