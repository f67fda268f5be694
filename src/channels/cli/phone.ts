/**
 * `npm run call`: a telephone in the terminal. It calls a running server exactly as Twilio
 * would (signed webhooks, TwiML followed) and shows what the caller would hear. Each line typed
 * is what the caller does at a <Gather>: digits are keys, words are speech, an empty line is
 * silence, /hangup hangs up. Lines may come from a pipe: `printf '1\n1\n' | npm run call`.
 */
import { createInterface } from 'node:readline';
import { parsePhoneArgs, PhoneUsageError } from './phone-args.js';
import { PhoneLine, PhoneLineError } from './phone-line.js';
import { elements, textOf, type XmlElement } from './phone-twiml.js';

/** What the caller does at a prompt. */
type Action = { params: Record<string, string> } | 'hangup';

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

async function main(argv: string[]): Promise<number> {
  let args;
  try {
    args = parsePhoneArgs(argv, process.env);
  } catch (error) {
    if (error instanceof PhoneUsageError) {
      console.error(error.message);
      return 2;
    }
    throw error;
  }
  const phone = new PhoneLine(args);
  const terminal = createInterface({ input: process.stdin, terminal: process.stdin.isTTY === true });
  const lines = terminal[Symbol.asyncIterator]();
  const read = async (prompt: string): Promise<string | undefined> => {
    process.stdout.write(prompt);
    const next = await lines.next();
    if (next.done) {
      process.stdout.write('\n');
      return undefined;
    }
    if (process.stdin.isTTY !== true) process.stdout.write(`${next.value}\n`); // echo piped input
    return next.value;
  };

  console.log(`calling ${args.url} from ${args.from} (CallSid ${phone.callSid})${args.token ? '' : ', unsigned'}`);
  try {
    let document = await phone.twiml('/twilio/voice', { CallStatus: 'ringing' });
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
            for (const prompt of elements(verb, 'Say')) console.log(say(prompt));
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
            await phone.ended();
            return 0;
          case 'Dial':
            console.log(`  (dialling ${elements(verb).map((n) => textOf(n).trim()).join(', ')}: the duty supervisor answers here)`);
            await phone.ended();
            return 0;
          case 'Hangup':
            console.log('  (95598 hung up)');
            await phone.ended();
            return 0;
          default:
            console.log(`  (a <${verb.name}> the terminal phone does not play)`);
        }
      }
      console.log('  (the call ended: nothing more to play)');
      await phone.ended();
      return 0;
    }
    console.log('  (you hung up)');
    await phone.ended();
    return 0;
  } finally {
    terminal.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof PhoneLineError ? error.message : error);
    process.exit(1);
  },
);
