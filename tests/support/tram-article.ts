/**
 * An article the share and citation tests change under the bot (Slack and Discord alike): two quotes of one
 * speaker, nobody else quoted; `second` is the second quote's words (null: left out), `firstWord` rewords the first.
 */
export const tramArticle = (second: string | null, firstWord = 'timetable') => ({
  source: 'fixtures/tram-line.md',
  content: `---
title: Tram line to reach the hospital by spring
url: https://metro.example.net/2024/03/tram-line
outlet: Example Metro
published: 2024-03-05
---
Transport director Odile Marchetti presented the extension of the tram line to the council on Tuesday.

"The new ${firstWord} puts a tram at the hospital every six minutes," Marchetti said.
${second === null ? '' : `\n"${second}," Marchetti told the council.\n`}
The works start in January.
`,
});
