/**
 * Flow fragments are self-contained: each ends in final states with an outcome, and only the
 * composing chart (inbound-call.ts) decides where an outcome goes next. No fragment jumps into
 * its parent (no `#inbound.*` target outside inbound-call.ts).
 */
import { describe, expect, it } from 'vitest';
import type { AnyStateNode } from 'xstate';
import { dialogue, type FragmentOutput } from '../../src/machines/setup.js';
import { initialContext } from '../../src/machines/context.js';
import { inboundCallMachine } from '../../src/machines/inbound-call.js';
import { greetingFlow } from '../../src/machines/greeting.js';
import { complaintOrReportFlow, mainMenuFlow } from '../../src/machines/main-menu.js';
import { identityFlow } from '../../src/machines/identity.js';
import { faultReportFlow } from '../../src/machines/fault-report.js';
import { queryFlow } from '../../src/machines/query.js';
import { consultationFlow } from '../../src/machines/consultation.js';
import { complaintFlow } from '../../src/machines/complaint.js';
import { reportFlow } from '../../src/machines/report.js';
import { escalationFlow } from '../../src/machines/escalation.js';
import { abuseHandoverFlow } from '../../src/machines/abuse.js';
import { closingFlow } from '../../src/machines/closing.js';

const FRAGMENTS = {
  greeting: greetingFlow,
  menu: mainMenuFlow,
  complaintOrReport: complaintOrReportFlow,
  identity: identityFlow,
  faultReport: faultReportFlow,
  query: queryFlow,
  consultation: consultationFlow,
  complaint: complaintFlow,
  report: reportFlow,
  escalation: escalationFlow,
  abuseHandover: abuseHandoverFlow,
  closing: closingFlow,
};

/** A fragment alone in a machine of its own: every target must resolve inside it. */
function alone(fragment: object) {
  return dialogue.createMachine({
    id: 'alone',
    context: ({ input }) => initialContext(input),
    initial: 'fragment',
    states: { fragment: fragment as typeof greetingFlow },
  });
}

function descendants(node: AnyStateNode): AnyStateNode[] {
  return Object.values(node.states).flatMap((child) => [child, ...descendants(child)]);
}

function outcomeOf(node: AnyStateNode): string | undefined {
  return (node.config.output as FragmentOutput | undefined)?.outcome;
}

describe('flow fragments', () => {
  it('a fragment that jumps into its parent cannot stand alone (the check below can fail)', () => {
    expect(() => alone({ initial: 'ask', states: { ask: { on: { 'choice.yes': '#inbound.closing' } } } })).toThrow();
  });

  for (const [name, fragment] of Object.entries(FRAGMENTS)) {
    it(`${name} stands alone and ends in final states of its own`, () => {
      const root = alone(fragment).root.states.fragment!;
      const finals = Object.values(root.states).filter((child) => child.type === 'final');
      expect(finals.map((f) => f.key)).not.toEqual([]);
      // More than one ending: each says which (the output the composing chart reads).
      if (finals.length > 1) for (const final of finals) expect(outcomeOf(final), `${name}.${final.key}`).toEqual(expect.any(String));
    });
  }

  it('the composing chart handles every outcome of every fragment it holds', () => {
    const unhandled: string[] = [];
    for (const node of descendants(inboundCallMachine.root)) {
      const outcomes = Object.values(node.states).map(outcomeOf).filter((o): o is string => o !== undefined);
      if (outcomes.length === 0) continue;
      const done = (node.transitions.get(`xstate.done.state.${node.id}`) ?? []) as { guard?: unknown }[];
      // An unguarded transition takes every outcome not taken before it.
      const handled = done.map((t) => (t.guard ? (t.guard as { params?: { outcome?: string } }).params?.outcome : '*'));
      for (const outcome of outcomes) if (!handled.includes(outcome) && !handled.includes('*')) unhandled.push(`${node.path.join('.')}: ${outcome}`);
    }
    expect(unhandled).toEqual([]);
  });

  it('global commands stay at the root of the composing chart', () => {
    const events = [...inboundCallMachine.root.transitions.keys()];
    expect(events).toEqual(expect.arrayContaining(['noInput', 'noMatch', 'repeat', 'agent', 'supervisor', 'language', 'danger', 'abuse', 'hangup']));
  });
});
