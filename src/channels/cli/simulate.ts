/**
 * `npm run simulate`: a call (or a chat) in the terminal, on the same engine as the server, with
 * its data in a scratch directory unless `--data-dir DIR` is given (src/channels/cli/scratch.ts).
 * Interactive by default; `--script FILE` plays a JSON array of inputs; `--json` prints one JSON
 * object per turn.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { loadConfigForCommand } from '../../config.js';
import { bootstrap } from '../../bootstrap.js';
import type { Input, Turn } from '../../core/conversation.js';
import { parseArgs, UsageError, type SimulateArgs } from './args.js';
import { describeInput, lineInput, parseScript, ScriptError } from './script.js';
import { describeTurn, turnLine } from './present.js';
import { outboundTaskFor, TaskError } from './outbound-task.js';
import { simulatorData } from './scratch.js';

async function main(argv: string[]): Promise<number> {
  let args: SimulateArgs;
  let script: Input[] | null = null;
  try {
    args = parseArgs(argv);
    if (args.script) script = parseScript(readFileSync(args.script, 'utf8'));
  } catch (error) {
    if (error instanceof UsageError || error instanceof ScriptError || isFsError(error)) {
      console.error((error as Error).message);
      return 2;
    }
    throw error;
  }

  const data = simulatorData(process.env, args.dataDir);
  const config = loadConfigForCommand(data.env);
  if (!config) {
    data.dispose();
    return 1;
  }
  // On stderr, so --json output stays one turn a line.
  console.error(data.scratch ? `(scratch data in ${data.dataDir}, removed at exit; --data-dir DIR keeps it)` : `(data in ${data.dataDir})`);
  const engine = await bootstrap(config);
  try {
    const id = `sim-${randomUUID()}`;
    const medium = args.medium;
    const show = (n: number, input: Input | null, turn: Turn) => {
      const line = turnLine(n, input, turn, medium);
      console.log(args.json ? JSON.stringify(line) : describeTurn(line, medium));
    };
    let turn: Turn;
    if (args.task) {
      // An outbound call: the task taken as the dialler would, then answered here.
      const task = await outboundTaskFor(engine, args.task, args.flow, id);
      if (!args.json) console.log(`(outbound ${task.flow} call to ${task.phone} for task ${task.id}, attempt ${task.attempts})`);
      turn = await engine.host.start(id, {
        flow: task.flow,
        channel: medium === 'voice' ? 'voice' : 'chat',
        caller: task.phone,
        locale: args.locale ?? task.locale,
        params: { task: task.id, ...(args.answeredBy ? { answeredBy: args.answeredBy } : {}) },
      });
    } else {
      turn = await engine.host.start(id, {
        channel: medium === 'voice' ? 'voice' : 'chat',
        caller: args.from,
        // A chat started in a language does not offer it again, as on the chat page (issue 9 item 4).
        ...(args.locale ? { locale: args.locale, ...(medium === 'text' ? { params: { language: 'chosen' } } : {}) } : {}),
      });
    }
    show(0, null, turn);
    let n = 0;
    if (script) {
      for (const input of script) {
        if (turn.end) break;
        if (!args.json) console.log(`> ${JSON.stringify(describeInput(input))}`);
        turn = await engine.host.handle(id, input);
        show(++n, input, turn);
      }
      return 0;
    }
    // Lines are read as a stream, so typed input and piped input (a here-document) both work.
    const terminal = createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY });
    try {
      terminal.on('SIGINT', () => terminal.close()); // Ctrl-C leaves like /quit: the scratch data is removed
      terminal.setPrompt('> ');
      terminal.prompt();
      for await (const line of terminal) {
        if (process.stdin.isTTY !== true) console.log(line); // piped input shown where it was typed
        const input = lineInput(line, medium);
        if (input === 'quit') break;
        turn = await engine.host.handle(id, input);
        show(++n, input, turn);
        if (turn.end) break;
        terminal.prompt();
      }
    } finally {
      terminal.close();
    }
    return 0;
  } catch (error) {
    if (error instanceof TaskError) {
      console.error(error.message);
      return 2;
    }
    throw error;
  } finally {
    await engine.close();
    data.dispose();
  }
}

function isFsError(error: unknown): boolean {
  return error instanceof Error && 'code' in error && typeof (error as { code: unknown }).code === 'string' && 'path' in error;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
