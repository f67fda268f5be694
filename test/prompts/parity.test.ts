import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/core/locale.js';
import { catalogueKeys, getCatalogue, packageRoot } from '../../src/prompts/catalogue.js';
import { checkParity } from '../../src/prompts/parity.js';
import { editedCatalogue } from './fixtures.js';

/** The keys the flows rely on (the brief of the prompts module). */
const REQUIRED = {
  common: ['notHeard', 'systemBusy', 'languageSwitched', 'ack'],
  greeting: ['welcome', 'offerMandarin', 'offerEnglish', 'offerCantonese', 'chooseLanguageHelp', 'announcement'],
  menu: ['main', 'mainHelp', 'selfService', 'selfServiceHelp', 'complaintOrReport', 'complaintOrReportHelp'],
  choice: ['fault_report', 'query', 'consultation', 'complaint', 'agent', 'yes', 'no', 'language_zh', 'language_en',
    'language_yue', 'home', 'building', 'area', 'no_account', 'bill', 'outage_schedule',
    'complaint_or_report', 'report', 'theft', 'misconduct', 'other', 'prices', 'new_connection', 'ev_charger',
    'capacity_increase', 'name_transfer', 'other_question'],
  identity: ['confirmCaller', 'confirmCallerHelp', 'askAccount', 'askAccountHelp', 'readBack', 'readBackHelp',
    'accountNotFound', 'proceedByAddress', 'confirmed'],
  fault: ['askDanger', 'askDangerHelp', 'safetyAdvice', 'confirmDangerAtHome', 'confirmDangerAtHomeHelp',
    'askDangerLocation', 'askDangerLocationHelp', 'urgentCreated', 'askScope', 'askScopeHelp', 'knownOutagePlanned',
    'knownOutageFault', 'registeredOnOutage', 'askAddress',
    'askAddressHelp', 'askDescription', 'askDescriptionHelp', 'readBack', 'readBackHelp', 'ticketCreated', 'saveFailed'],
  closing: ['anythingElse', 'anythingElseHelp', 'goodbye'],
  transfer: ['toAgent', 'ladderExhausted'],
  hints: ['menu', 'yesNo', 'scope', 'language'],
  selfService: ['noAgent', 'notUnderstood'],
  emergency: ['recorded'],
  escalation: ['connecting'],
  abuse: ['warning', 'finalWarning', 'selfService', 'goodbye'],
  complaint: ['empathy', 'askWhat', 'askWhatHelp', 'askWhen', 'askWhenHelp', 'askWhere', 'askWhereHelp', 'askWho',
    'askWhoHelp', 'askContact', 'askContactHelp', 'readBack', 'readBackHelp', 'recorded',
    'forwardedToSupervisor'],
  report: ['askType', 'askTypeHelp', 'askAnonymous', 'askAnonymousHelp', 'askDetails', 'askDetailsHelp', 'readBack',
    'readBackHelp', 'recorded'],
  query: ['askWhich', 'askWhichHelp', 'needAccount', 'statement', 'noStatement', 'unavailable', 'askArea', 'askAreaHelp',
    'outageScheduled', 'noOutageScheduled'],
  consultation: ['askTopic', 'askTopicHelp', 'offerApplication', 'offerApplicationHelp', 'askContact', 'askContactHelp',
    'askAddress', 'askAddressHelp', 'applicationRegistered', 'askQuestion', 'askQuestionHelp', 'callbackPromised'],
  kb: ['prices', 'newConnection', 'evCharger', 'capacityIncrease', 'nameTransfer'],
};

describe('catalogue parity (rule 7: every key in every locale)', () => {
  it('has every key the flows use, in every locale', () => {
    const required = Object.entries(REQUIRED).flatMap(([flow, keys]) => keys.map((k) => `${flow}.${k}`));
    for (const locale of LOCALES) {
      expect(required.filter((k) => !catalogueKeys(getCatalogue(), locale).includes(k)), locale).toEqual([]);
    }
  });

  it('has every key the dialogue machines name (prompts, help, hints, choice labels), in every locale', () => {
    const dir = join(packageRoot(), 'src', 'machines');
    const source = readdirSync(dir).filter((f) => f.endsWith('.ts')).map((f) => readFileSync(join(dir, f), 'utf8')).join('\n');
    const flows = new Set(catalogueKeys(getCatalogue(), 'zh-CN').map((k) => k.split('.')[0]));
    const named = new Set<string>();
    // 'choice.yes' in a chart is an event's type; the label a choice shows comes from its id below.
    for (const [, key, flow] of source.matchAll(/'(([A-Za-z]+)\.[A-Za-z_]+)'/g)) if (flows.has(flow!) && flow !== 'choice') named.add(key!);
    // An ask's choice is labelled in chat by choice.<id> (build-turn.ts); a hidden one has no label.
    for (const [, id] of source.matchAll(/\{ id: '([a-z_]+)'(?![^}]*hidden: true)/g)) named.add(`choice.${id}`);
    expect(named.size).toBeGreaterThan(100);
    for (const locale of LOCALES) {
      const keys = new Set(catalogueKeys(getCatalogue(), locale));
      expect([...named].filter((k) => !keys.has(k)).sort(), locale).toEqual([]);
    }
  });

  it('has the same keys, _text variants included, and the same values per key in all three locales', () => {
    expect(checkParity(getCatalogue())).toEqual([]);
    const [first, ...rest] = LOCALES.map((l) => catalogueKeys(getCatalogue(), l));
    for (const keys of rest) expect(keys).toEqual(first);
  });

  it('catches a _text variant present in one locale only', () => {
    const catalogue = editedCatalogue((file) => {
      file('en-US', 'fault').saveFailed_text = "I'm sorry, I'm transferring you to an agent.";
    });
    expect(checkParity(catalogue)).toEqual(
      expect.arrayContaining([
        { kind: 'missingKey', key: 'fault.saveFailed_text', locale: 'zh-CN' },
        { kind: 'missingKey', key: 'fault.saveFailed_text', locale: 'yue-HK' },
      ]),
    );
  });

  it('catches a locale that interpolates other values than the others', () => {
    const catalogue = editedCatalogue((file) => {
      file('yue-HK', 'fault').ticketCreated = '已經幫你登記咗報修，工單號碼係{{ticket, digits}}。';
    });
    expect(checkParity(catalogue)).toContainEqual(
      expect.objectContaining({ kind: 'variables', key: 'fault.ticketCreated', locale: 'yue-HK' }),
    );
  });

  it('catches a value said without its formatter (account must be read digit by digit, N8)', () => {
    const catalogue = editedCatalogue((file) => {
      for (const locale of LOCALES) file(locale, 'identity').confirmed = `{{account}}`;
    });
    expect(checkParity(catalogue)).toContainEqual(
      expect.objectContaining({ kind: 'wrongFormat', key: 'identity.confirmed', name: 'account', expected: 'digits' }),
    );
  });

  it('catches an amount, a balance, energy, a month, a date or a deadline said without its formatter', () => {
    const catalogue = editedCatalogue((file) => {
      for (const locale of LOCALES) {
        file(locale, 'query').statement = '{{balance}} {{billAmount, digits}} {{billPeriod}} {{billDueDate, time}} {{billKwh}}';
        file(locale, 'complaint').recorded = '{{ticket, digits}} {{deadline, date}}';
      }
    });
    const problems = checkParity(catalogue);
    for (const [key, name, expected] of [
      ['query.statement', 'balance', 'balance'],
      ['query.statement', 'billAmount', 'money'],
      ['query.statement', 'billPeriod', 'month'],
      ['query.statement', 'billDueDate', 'date'],
      ['query.statement', 'billKwh', 'energy'],
      ['complaint.recorded', 'deadline', 'time'],
    ] as const) {
      expect(problems).toContainEqual(expect.objectContaining({ kind: 'wrongFormat', key, name, expected }));
    }
  });

  it('catches a value the engine never provides', () => {
    const catalogue = editedCatalogue((file) => {
      for (const locale of LOCALES) file(locale, 'common').ack = `{{caller}}`;
    });
    expect(checkParity(catalogue)).toContainEqual(
      expect.objectContaining({ kind: 'unknownValue', key: 'common.ack', name: 'caller' }),
    );
  });
});
