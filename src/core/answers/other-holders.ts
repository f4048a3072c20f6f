import type { ParsedQuestion } from '../questions/understand.js';
import type { SpeakerMatch } from '../speakers/registry.js';
import { readRole } from '../speakers/roles.js';
import { candidateSpeakerIds, MAX_CANDIDATE_SPEAKERS } from './candidates.js';

/**
 * The other holders of an asked role, for when those whose quotes were ranked said nothing on the topic: "the
 * Washington Post columnist on Clinton being opaque" reached only the two columnists quoted most (the holders within
 * 0.1 of the best score, `candidateSpeakerIds`), while the columnist quoted once, whose role states the very same
 * office and body, said it. Only holders whose role answers the phrase as exactly as the best-fitting one
 * (`SpeakerMatch.exact`: before how often and when they are on record), stating every asked qualifier themselves,
 * and only for a phrase that names at least one qualifier (a place, party or body): "the president" alone is held
 * by hundreds, and its rarely quoted holders are not who the question means. Each is a holder of the role as asked,
 * so one of them who spoke of the topic answers it; none is somebody who did not hold it. Empty when there is none.
 */
export function otherRoleHolders(parsed: ParsedQuestion): SpeakerMatch[] {
  const top = parsed.speakers[0];
  if (!top || top.kind !== 'role' || !parsed.speakerPhrase) return [];
  const asked = readRole(parsed.speakerPhrase);
  if (!asked || asked.qualifiers.size === 0) return [];
  const roles = parsed.speakers.filter((m) => m.kind === 'role');
  const best = Math.max(...roles.map((m) => m.exact ?? 0));
  if (best <= 0) return [];
  const tried = candidateSpeakerIds(parsed.speakers);
  return roles
    .filter((m) => !tried.has(m.speaker.id) && !m.unstated?.length && (m.exact ?? 0) >= best - 1e-9)
    .slice(0, MAX_CANDIDATE_SPEAKERS)
    // One footing for all: none of them is more the role's holder than another.
    .map((m) => ({ ...m, score: top.score }));
}
