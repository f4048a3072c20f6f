import readline from 'node:readline';
import type { Answer } from '../../../core/answers/model.js';
import type { CliArgs } from '../args.js';
import { openForCli } from '../open.js';
import { answerToJson } from '../render-json.js';
import { renderText } from '../render-text.js';

type Render = (answer: Answer) => string;

/** Picks the renderer; Slack and Discord payloads come from the adapters' own renderers. */
async function rendererFor(args: CliArgs): Promise<Render> {
  const format = args.format;
  if (format === 'json') return (a) => JSON.stringify(answerToJson(a));
  if (format === 'slack') {
    const { renderSlackAnswer } = await import('../../slack/render.js');
    return (a) => JSON.stringify(renderSlackAnswer(a, { pageSize: args.limit }));
  }
  if (format === 'discord') {
    const { renderDiscordAnswer } = await import('../../discord/render.js');
    return (a) => JSON.stringify(renderDiscordAnswer(a));
  }
  return renderText;
}

/**
 * `ask [QUESTION]`: answers the question, or every line of standard input (one answer per line in JSON
 * formats; answers separated by a blank line in text).
 */
export async function runAsk(args: CliArgs, out: (line: string) => void, _err: (line: string) => void): Promise<number> {
  const render = await rendererFor(args);
  const { core, collection } = await openForCli(args);
  const options = { collections: [collection], limit: args.limit };
  try {
    await core.warm();
    if (args.positionals.length > 0) {
      out(render(await core.ask(args.positionals.join(' '), options)));
      return 0;
    }
    const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity, terminal: false });
    let first = true;
    for await (const line of rl) {
      const answer = await core.ask(line, options);
      if (args.format === 'text' && !first) out('');
      out(render(answer));
      first = false;
    }
    return 0;
  } finally {
    await core.close();
  }
}
