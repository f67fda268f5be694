import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/engine/locale.js';
import { catalogueKeys, getCatalogue } from '../../src/prompts/catalogue.js';
import { checkParity } from '../../src/prompts/parity.js';
import { editedCatalogue } from './fixtures.js';

/** The keys the flows rely on (the brief of the prompts module). */
const REQUIRED = {
  common: ['notHeard', 'systemBusy', 'languageSwitched', 'pleaseWait'],
  greeting: ['welcome', 'offerMandarin', 'offerEnglish', 'offerCantonese', 'chooseLanguageHelp'],
  menu: ['main', 'mainHelp'],
  choice: ['fault_report', 'query', 'consultation', 'complaint', 'agent', 'yes', 'no', 'language_zh', 'language_en',
    'language_yue', 'home', 'building', 'area', 'no_account', 'danger', 'other_place'],
  identity: ['confirmCaller', 'confirmCallerHelp', 'askAccount', 'askAccountHelp', 'readBack', 'readBackHelp',
    'accountNotFound', 'proceedByAddress', 'confirmed'],
  fault: ['askDanger', 'askDangerHelp', 'safetyAdvice', 'confirmDangerAtHome', 'confirmDangerAtHomeHelp',
    'askDangerLocation', 'askDangerLocationHelp', 'urgentCreated', 'askScope', 'askScopeHelp', 'knownOutagePlanned',
    'knownOutageFault', 'registeredOnOutage', 'confirmHomeAddress', 'confirmHomeAddressHelp', 'askAddress',
    'askAddressHelp', 'askDescription', 'askDescriptionHelp', 'readBack', 'readBackHelp', 'ticketCreated', 'saveFailed'],
  closing: ['anythingElse', 'anythingElseHelp', 'goodbye'],
  transfer: ['toAgent', 'complaint', 'query', 'consultation', 'ladderExhausted'],
  hints: ['menu', 'yesNo', 'scope', 'language'],
};

describe('catalogue parity (rule 7: every key in every locale)', () => {
  it('has every key the flows use, in every locale', () => {
    const required = Object.entries(REQUIRED).flatMap(([flow, keys]) => keys.map((k) => `${flow}.${k}`));
    for (const locale of LOCALES) {
      expect(required.filter((k) => !catalogueKeys(getCatalogue(), locale).includes(k)), locale).toEqual([]);
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

  it('catches a value the engine never provides', () => {
    const catalogue = editedCatalogue((file) => {
      for (const locale of LOCALES) file(locale, 'common').pleaseWait = `{{caller}}`;
    });
    expect(checkParity(catalogue)).toContainEqual(
      expect.objectContaining({ kind: 'unknownValue', key: 'common.pleaseWait', name: 'caller' }),
    );
  });
});
