/** What the simulator shows of a Turn: the words heard (voice) or read (chat), and what is expected. */
import type { Input, Medium, Turn } from '../../core/conversation.js';
import { choiceLabels, renderText } from '../../prompts/render-text.js';
import { renderVoice } from '../../prompts/render-voice.js';
import { turnSeconds } from '../../prompts/speech-rate.js';
import { describeInput, type ScriptItem } from './script.js';

export interface TurnLine {
  turn: number;
  input: ScriptItem | null;
  say: string[];
  /** On voice: the turn's spoken length at the N2 rate (the turn budget's estimate, issue 14). */
  seconds?: number;
  expect: {
    input: string[];
    kind: string;
    numDigits?: number;
    choices: { id: string; dtmf?: string; label: string }[];
  } | null;
  end: Turn['end'];
  state: string;
}

export function turnLine(n: number, input: Input | null, turn: Turn, medium: Medium): TurnLine {
  const segments = medium === 'voice' ? renderVoice(turn.prompts, turn.locale) : null;
  const say = segments ? segments.map((s) => s.text) : renderText(turn.prompts, turn.locale);
  const labels = turn.ask ? choiceLabels(turn.ask, turn.locale) : [];
  return {
    turn: n,
    input: input ? describeInput(input) : null,
    say,
    ...(segments ? { seconds: Math.round(turnSeconds(segments) * 10) / 10 } : {}),
    expect: turn.ask
      ? {
          input: turn.ask.input,
          kind: turn.ask.kind,
          ...(turn.ask.numDigits ? { numDigits: turn.ask.numDigits } : {}),
          choices: turn.ask.choices.map((c, i) => ({
            id: c.id,
            ...(c.dtmf ? { dtmf: c.dtmf } : {}),
            label: labels[i]?.label ?? c.id,
          })),
        }
      : null,
    end: turn.end,
    state: turn.state,
  };
}

/** A human-readable rendering for the interactive terminal. */
export function describeTurn(line: TurnLine, medium: Medium): string {
  const who = medium === 'voice' ? '95598 says' : '95598 writes';
  const out = line.say.map((s) => `  ${who}: ${s}`);
  if (line.seconds !== undefined) out.push(`  (${line.seconds} s spoken)`);
  if (line.expect) {
    const choices = line.expect.choices.map((c) => (c.dtmf ? `[${c.dtmf}] ${c.label}` : `(${c.label})`)).join('  ');
    const what = line.expect.kind === 'digits' ? `${line.expect.numDigits ?? ''} digits` : line.expect.kind;
    out.push(`  expects ${what} by ${line.expect.input.join('/')}${choices ? `: ${choices}` : ''}`);
  }
  if (line.end) out.push(`  -- ${JSON.stringify(line.end)}`);
  out.push(`  (state ${line.state})`);
  return out.join('\n');
}
