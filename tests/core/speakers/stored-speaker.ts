import type { StoredSpeaker } from '../../../src/core/store/port.js';

/** A person's registry record as a store returns it: `roles` as stated, `quotes` in the default collection. */
export function storedSpeaker(name: string, roles: string[] = [], quotes = 1): StoredSpeaker {
  return {
    id: name.toLowerCase().replace(/[^a-z]+/g, '-'),
    name,
    isOrganisation: false,
    roles,
    organisations: [],
    quoteCounts: { default: quotes },
    profiles: {},
  };
}
