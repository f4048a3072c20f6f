import readline from 'node:readline';
import type { Answer } from '../../../core/answers/model.js';
import { describeError } from '../../../core/errors.js';
import type { CliArgs } from '../args.js';
import { openForCli } from '../open.js';
import { answerToJson } from '../render-json.js';
import { renderText } from '../render-text.js';
import { forTerminal } from '../terminal.js';

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
 * formats; answers separated by a blank line in text). In a batch, a question that fails (the index could not
 * be read, say) is reported and the batch goes on: one line on stderr, and in JSON formats an object with
 * status "error" in its place; the exit code is then 1.
 */
export async function runAsk(args: CliArgs, out: (line: string) => void, err: (line: string) => void): Promise<number> {
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
    let failed = 0;
    let n = 0;
    for await (const line of rl) {
      n++;
      let rendered: string;
      try {
        rendered = render(await core.ask(line, options));
      } catch (e) {
        failed++;
        const reason = describeError(e);
        err(`onrecord: question ${n} failed: ${forTerminal(reason)}`);
        if (args.format === 'text') continue;
        rendered = JSON.stringify({ question: line, status: 'error', error: reason });
      }
      if (args.format === 'text' && !first) out('');
      out(rendered);
      first = false;
    }
    return failed > 0 ? 1 : 0;
  } finally {
    await core.close();
  }
}
