import type { Intent } from '../answers/model.js';

/** A question split into its intent and the parts each intent needs, before any look-up. */
export interface QuestionShape {
  intent: Intent;
  /** The words naming the speaker, when the phrasing marks them ("what did X say", "X on Y", "latest from X"). */
  speakerPhrase?: string;
  /** The rest: topic words (for verify: the pasted words). */
  rest: string;
  /** True when the speaker phrase comes from the phrasing itself, so it must resolve or nothing is found. */
  speakerExplicit: boolean;
  /**
   * True when the phrasing says the question names no speaker ("quotes about Y", "which speakers talked about
   * Y"): a name among the topic words is then a topic ("quotes about Fox News"), not the speaker.
   */
  topicOnly?: boolean;
}

const VERBS = '(?:say|said|says|tell|told|think|thinks|thought|mention|mentioned|claim|claimed|write|wrote|tweet|tweeted|announce|announced|comment|commented|argue|argued|warn|warned|talk|talked|speak|spoke)';

/** Recognizes the question's intent and marks out the speaker phrase; purely textual. */
export function shapeQuestion(q: string): QuestionShape {
  const s = q.trim();
  if (!s || /^(help|\?+|how (?:do|can|should) i\b.*|usage|examples?|commands?|what can you do\??)$/i.test(s)) return { intent: 'help', rest: '', speakerExplicit: false };

  // who said "..." / did X really say "..." / verify: "..."
  let m = /^(?:who\s+(?:said|says|wrote|write|tweeted|told\s+\S+)|whose\s+(?:quote|words)\s+(?:is|are)|who\s+is\s+quoted\s+(?:as\s+)?saying|verify|check|fact[- ]?check|is\s+this\s+real)\s*[:,-]?\s*(.+)$/i.exec(s);
  if (m) return { intent: 'verify', rest: unquote(m[1] as string), speakerExplicit: false };
  m = new RegExp(`^(?:did|has|have)\\s+(.+?)\\s+(?:really\\s+|actually\\s+|ever\\s+)?${VERBS}\\s*[:,]?\\s*["“”'‘](.+)$`, 'i').exec(s);
  if (m) return { intent: 'verify', speakerPhrase: m[1] as string, rest: unquote(m[2] as string), speakerExplicit: true };
  if (/^["“«].{12,}["”»]?$/.test(s) && !/["“«].*["”»].*\S+\s+\S+/.test(s.slice(1))) return { intent: 'verify', rest: unquote(s), speakerExplicit: false };

  // which speakers / who talked about Y
  m = /^(?:which|what)\s+(?:speakers|people|officials|sources|politicians|ministers|leaders|experts)\s+(?:have\s+|has\s+)?(?:talked|spoke|spoken|said\s+\w*|commented|mentioned|discussed|quoted|are\s+quoted)?\s*(?:about|on|regarding|of)?\s*(.*)$/i.exec(s)
    ?? /^who\s+(?:has\s+|have\s+)?(?:talked|spoke|spoken|commented|discussed|is\s+talking|was\s+talking)\s+(?:about|on|regarding)\s+(.+)$/i.exec(s);
  if (m) return { intent: 'speakers', rest: m[1] as string, speakerExplicit: false, topicOnly: true };

  // latest from X (on Y)
  m = /^(?:what(?:'s|\s+is|\s+was)?\s+)?(?:the\s+)?(?:latest|newest|most\s+recent|recent|last)\s+(?:quotes?\s+|comments?\s+|words\s+|statements?\s+)?(?:from|by|of)\s+(.+?)(?:\s+(?:on|about|regarding|re)\s+(.+))?\??$/i.exec(s);
  if (m) return { intent: 'latest', speakerPhrase: m[1] as string, rest: m[2] ?? '', speakerExplicit: true };
  m = /^(?:what\s+did|what\s+has|what\s+have)\s+(.+?)\s+(?:say|said)\s+(?:most\s+)?(?:recently|lately|last)\??$/i.exec(s);
  if (m) return { intent: 'latest', speakerPhrase: m[1] as string, rest: '', speakerExplicit: true };

  // what did X say (to Y) about Z / what has X said on Z / what does X think of Z
  m = new RegExp(`^(?:what|anything|did|has|have|does|do|how)\\s+(?:did|has|have|does|do|was|is)?\\s*(.+?)\\s+(?:ever\\s+|really\\s+|recently\\s+)?${VERBS}\\b\\s*(.*)$`, 'i').exec(s);
  if (m && (m[1] as string).split(/\s+/).length <= 6) {
    const rest = (m[2] as string).replace(/^(?:to\s+)?/i, '').replace(/^(?:about|on|of|regarding|re|concerning)\s+/i, '');
    return { intent: 'quote', speakerPhrase: m[1] as string, rest, speakerExplicit: true };
  }
  // quotes from X (about Y)
  m = /^(?:any\s+)?(?:quotes?|comments?|statements?|words)\s+(?:from|by)\s+(.+?)(?:\s+(?:on|about|regarding|re)\s+(.+))?\??$/i.exec(s);
  if (m) return { intent: 'quote', speakerPhrase: m[1] as string, rest: m[2] ?? '', speakerExplicit: true };
  // quotes about Y (before "X on Y", which would take "quotes" for a speaker's name or role)
  m = /^(?:any\s+)?(?:quotes?|comments?|statements?)\s+(?:on|about|regarding)\s+(.+)$/i.exec(s);
  if (m) return { intent: 'quote', rest: m[1] as string, speakerExplicit: false, topicOnly: true };
  // X on Y / X about Y / X's comments on Y
  m = /^(.{2,60}?)(?:['’]s\s+(?:comments?|remarks?|views?|words|quotes?))?\s+(?:on|about|regarding|re:?)\s+(.+)$/i.exec(s);
  if (m && (m[1] as string).split(/\s+/).length <= 5) return { intent: 'quote', speakerPhrase: m[1] as string, rest: m[2] as string, speakerExplicit: false };
  return { intent: 'quote', rest: s, speakerExplicit: false };
}

/** Strips the enclosing quotation marks of pasted words. */
export function unquote(s: string): string {
  return s.trim().replace(/^["“”«‘'`]+/, '').replace(/["“”»’'`]+[.?!]?$/, '').trim();
}
