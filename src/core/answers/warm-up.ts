import type { SpeakerRegistry } from '../speakers/registry.js';
import type { StoredSpeaker } from '../store/port.js';
import type { Answer } from './model.js';
import { isQuestionVerbWord } from '../extraction/lexicon/question-verbs.js';
import { topQuoted } from './nearest.js';

/**
 * Questions that run every answer path once, built from the index's own speakers and topic words (the help
 * answer's examples and its most quoted speakers): what X said about a topic, "X on topic", who said (pasted and
 * typed), latest, which speakers, a speaker asked for by office, by a description no office names, by a
 * misspelt name, by a name nobody on record has, a person only mentioned, and a topic alone. Asked once at
 * start-up and thrown away: the code each path runs is compiled before the first real question needs it
 * (session 22, h-perf9), so a fresh process answers its first questions as fast as a long-running one.
 */
export function warmUpQuestions(help: Answer, registry: SpeakerRegistry, collections: string[]): string[] {
  const [sayAbout, on, whoSaid] = help.examples;
  if (!sayAbout || !on || !whoSaid) return help.examples;
  const topic = textAfter(sayAbout, 'about ') ?? '';
  const otherTopic = textAfter(on, ' on ') ?? topic;
  const pasted = /"(.+)"/.exec(whoSaid)?.[1] ?? '';
  const quotedPerson = (s: StoredSpeaker) => !s.isOrganisation && collections.some((c) => (s.quoteCounts[c] ?? 0) > 0);
  const people = topQuoted(registry, quotedPerson, collections, 2);
  // An index with fewer than two people quoted: its help examples are all there is to ask.
  if (people.length < 2) return help.examples;
  const surname = (s: StoredSpeaker | undefined) => s?.name.split(/\s+/).at(-1) ?? '';
  const first = surname(people[0]);
  // The most quoted person whose first role is a short office ("spokesman", "foreign minister").
  const shortOffice = (s: StoredSpeaker) => Boolean(s.roles[0]) && (s.roles[0] as string).split(/\s+/).length <= 3;
  const office = topQuoted(registry, (s) => quotedPerson(s) && shortOffice(s), collections, 1)[0]?.roles[0];
  // Two letters of the surname swapped: a misspelling, looked up among the names that sound alike.
  const misspelt = first.length >= 5 ? first.slice(0, 2) + first[3] + first[2] + first.slice(4) : first;
  // A name that is nobody's: the most quoted surname reversed after the second's.
  const nobody = `${surname(people[1])}a ${[...first].reverse().join('')}`;
  const questions = [
    ...help.examples,
    `who said ${pasted}`,
    `what did ${misspelt} say about ${topic}`,
    `what did ${nobody} say about ${otherTopic}`,
    `what did ${first} say about ${people[1]?.name ?? otherTopic}`,
    `what did the guy who talked about ${describedBy(otherTopic, topic)} say about ${topic}`,
    topic,
  ];
  if (office) questions.push(`what did the ${office} say about ${topic}`, `${office} on ${otherTopic}`);
  return questions.filter((q) => q.trim().length > 0);
}

/**
 * The topic of the description "the guy who talked about ...": a help example's topic can be a word a question reads
 * as its own verb ("Brandvold on asked"), which would end the description there and ask for a speaker called "the guy
 * who talked about"; the other topic then stands in.
 */
function describedBy(otherTopic: string, topic: string): string {
  const isVerb = (t: string) => t.split(/\s+/).some(isQuestionVerbWord);
  return isVerb(otherTopic) && !isVerb(topic) ? topic : otherTopic;
}

/**
 * The rest of a one-line text after the first `marker`, or undefined when there is none. (A search for
 * a pattern of "about ", any characters, end of text tries every "about " to the end: quadratic, which the ReDoS check
 * of the question path refuses even for the help answer's own examples.)
 */
function textAfter(text: string, marker: string): string | undefined {
  const at = text.indexOf(marker);
  const rest = at < 0 ? '' : text.slice(at + marker.length).split('\n')[0]!;
  return rest.length > 0 ? rest : undefined;
}
