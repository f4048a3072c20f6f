/** Where or how something was said ("in a statement", "in an interview with CNN"), from a sentence. */

// Bounded alternatives; the trailing name is a run of capitalised words, each needing a space: linear.
const SETTING = /\b(?:in (?:a|an|his|her|their|its|the) (?:joint |written |brief |televised |radio |phone |telephone |video |emailed |prepared )?(?:statement|interview|speech|letter|tweet|post|blog post|op-ed|email|press release|address|broadcast|briefing|memo|report|filing|testimony|podcast)(?: (?:with|to|on|for) (?:the )?\p{Lu}[\p{L}\p{N}.'’&-]*(?: \p{Lu}[\p{L}\p{N}.'’&-]*){0,5})?|at (?:a|an|the) (?:news|press) (?:conference|briefing)|on (?:his|her|their|its) (?:blog|website|Twitter account|Facebook page)|on (?:Twitter|Facebook|Instagram|television|TV|radio)|during (?:a|an|the) (?:[a-z]+ ){0,2}(?:hearing|interview|debate|speech|briefing|conference|call|rally|visit))/u;

/** The setting phrase of `sentence`, if it has one. */
export function findSetting(sentence: string): string | undefined {
  const m = SETTING.exec(sentence.length > 4000 ? sentence.slice(0, 4000) : sentence);
  return m ? m[0].replace(/[.,]+$/, '') : undefined;
}
