/**
 * `npm run call`: a telephone in the terminal. It calls a running server exactly as Twilio
 * would (signed webhooks, TwiML followed) and shows what the caller would hear. Each line typed
 * is what the caller does at a <Gather>: digits are keys, words are speech, an empty line is
 * silence, /hangup hangs up. Lines may come from a pipe: `printf '1\n1\n' | npm run call`.
 * `npm run call -- --answer` is the other way round: a local Twilio stand-in takes the calls the
 * server's dialler places (TWILIO_API_BASE_URL), and they ring here to be answered (or not).
 */
import { createInterface } from 'node:readline';
import { parsePhoneArgs, PhoneUsageError, type PhoneArgs } from './phone-args.js';
import { PhoneLine, PhoneLineError, type PlacedCall } from './phone-line.js';
import { elements, textOf, type XmlElement } from './phone-twiml.js';
import { startTwilioStandIn } from './twilio-stand-in.js';

/** What the caller does at a prompt. */
type Action = { params: Record<string, string> } | 'hangup';
type Read = (prompt: string) => Promise<string | undefined>;

function callerAction(line: string | undefined): Action {
  const text = line?.trim();
  if (text === undefined || text === '/hangup' || text === '/quit') return 'hangup';
  if (text === '' || text === '/silence') return { params: {} };
  if (/^[0-9*#]+$/.test(text)) return { params: { Digits: text } };
  return { params: { SpeechResult: text, Confidence: '0.9' } };
}

function say(element: XmlElement): string {
  return `  95598 says: ${textOf(element).trim()}`;
}

/** Plays a call from its first TwiML document until one side hangs up; then the status callback. */
async function playCall(phone: PhoneLine, first: XmlElement, read: Read, endParams: Record<string, string> = {}): Promise<void> {
  let document = first;
  call: for (;;) {
    for (const verb of elements(document)) {
      switch (verb.name) {
        case 'Say':
          console.log(say(verb));
          break;
        case 'Pause':
          console.log(`  (silence for ${verb.attributes.length ?? 1} s)`);
          break;
        case 'Gather': {
          const prompts = elements(verb, 'Say');
          for (const prompt of prompts) console.log(say(prompt));
          // A silent keys-only Gather gathers the rest of a number after its first key (docs/twilio.md).
          if (prompts.length === 0 && verb.attributes.input === 'dtmf') console.log(`  (the rest of the number, or an empty line: no more keys within ${verb.attributes.timeout ?? 5} s)`);
          const keys = verb.attributes.numDigits ? `${verb.attributes.numDigits} key(s)` : 'keys';
          const action = callerAction(await read(`  [${verb.attributes.input ?? 'dtmf'}: ${keys} or words; empty = silence, /hangup] > `));
          if (action === 'hangup') break call;
          document = await phone.twiml(verb.attributes.action ?? '', action.params);
          continue call;
        }
        case 'Record': {
          const message = await read('  [recording after the tone: type the message, empty = say nothing] > ');
          if (message === undefined) break call;
          if (!message.trim()) break; // nothing recorded: Twilio goes on with the next verb
          const recording = `https://api.twilio.com/2010-04-01/Accounts/AC0/Recordings/RE${phone.callSid.slice(2)}`;
          document = await phone.twiml(verb.attributes.action ?? '', { RecordingUrl: recording, RecordingDuration: '10', Digits: '#' });
          continue call;
        }
        case 'Redirect':
          document = await phone.twiml(textOf(verb).trim());
          continue call;
        case 'Enqueue':
          console.log(`  (transferred to the queue ${textOf(verb).trim()}: an agent answers here)`);
          await phone.ended('completed', endParams);
          return;
        case 'Dial':
          console.log(`  (dialling ${elements(verb).map((n) => textOf(n).trim()).join(', ')}: the duty supervisor answers here)`);
          await phone.ended('completed', endParams);
          return;
        case 'Hangup':
          console.log('  (95598 hung up)');
          await phone.ended('completed', endParams);
          return;
        default:
          console.log(`  (a <${verb.name}> the terminal phone does not play)`);
      }
    }
    console.log('  (the call ended: nothing more to play)');
    await phone.ended('completed', endParams);
    return;
  }
  console.log('  (you hung up)');
  await phone.ended('completed', endParams);
}

/**
 * A call the dialler placed rings: answer it (an empty line), or let an answering machine take it
 * (/machine), or be busy (/busy), or let it ring out (/noanswer). Twilio's status callbacks follow.
 */
async function answerCall(args: PhoneArgs, placed: PlacedCall, read: Read): Promise<void> {
  const phone = new PhoneLine(args, placed);
  console.log(`ring ring: ${placed.from} is calling ${placed.to} (CallSid ${placed.callSid})`);
  await phone.status('queued');
  await phone.status('ringing');
  const choice = (await read('  [empty = answer, /machine, /busy, /noanswer] > '))?.trim();
  if (choice === undefined || choice === '/noanswer' || choice === '/busy') {
    const status = choice === '/busy' ? 'busy' : 'no-answer';
    console.log(`  (${status})`);
    await phone.status(status);
    return;
  }
  const answeredBy = choice === '/machine' ? 'machine_start' : 'human';
  await phone.status('in-progress', { AnsweredBy: answeredBy });
  const first = await phone.twiml(placed.url, { AnsweredBy: answeredBy });
  await playCall(phone, first, read, { AnsweredBy: answeredBy });
}

async function main(argv: string[]): Promise<number> {
  let args: PhoneArgs;
  try {
    args = parsePhoneArgs(argv, process.env);
  } catch (error) {
    if (error instanceof PhoneUsageError) {
      console.error(error.message);
      return 2;
    }
    throw error;
  }
  // On a terminal readline echoes what is typed (and edits the line) only when it has an output.
  const terminal = createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY === true });
  const lines = terminal[Symbol.asyncIterator]();
  let stdinEnded = false;
  const read: Read = async (prompt) => {
    terminal.setPrompt(prompt);
    terminal.prompt();
    const next = await lines.next();
    if (next.done) {
      stdinEnded = true;
      process.stdout.write('\n');
      return undefined;
    }
    if (process.stdin.isTTY !== true) process.stdout.write(`${next.value}\n`); // echo piped input
    return next.value;
  };

  try {
    if (args.answerOn !== null) return await answerCalls(args, read, () => stdinEnded);
    const phone = new PhoneLine(args);
    console.log(`calling ${args.url} from ${args.from} (CallSid ${phone.callSid})${args.token ? '' : ', unsigned'}`);
    await playCall(phone, await phone.twiml('/twilio/voice', { CallStatus: 'ringing' }), read);
    return 0;
  } finally {
    terminal.close();
  }
}

/** Answers the dialler's calls one at a time, until stdin ends (or after one, --once). */
async function answerCalls(args: PhoneArgs, read: Read, ended: () => boolean): Promise<number> {
  const ringing: PlacedCall[] = [];
  let wake: (() => void) | null = null;
  const standIn = await startTwilioStandIn(args.answerOn!, (call) => {
    ringing.push(call);
    wake?.();
  });
  console.log(`Twilio stand-in listening on ${standIn.url}: start the server with DIALER_ENABLED=true TWILIO_API_BASE_URL=${standIn.url}`);
  try {
    for (;;) {
      if (ringing.length === 0) await new Promise<void>((resolve) => (wake = resolve));
      wake = null;
      await answerCall(args, ringing.shift()!, read);
      if (args.once || ended()) return 0;
    }
  } finally {
    await standIn.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof PhoneLineError ? error.message : error);
    process.exit(1);
  },
);
