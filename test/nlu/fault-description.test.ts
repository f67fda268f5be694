import { describe, expect, it } from 'vitest';
import { faultDescriptionIn } from '../../src/nlu/fault-description.js';

describe('the fault described in the words that named it (issue 9 item 2, N8)', () => {
  it.each([
    ['家里一半房间没电，城关区人民路88号', '家里一半房间没电'],
    ['屋企啲燈閃下閃下', '屋企啲燈閃下閃下'],
    ['我家跳闸了合不上', '我家跳闸了合不上'],
    ['my lights keep flickering at 12 Jiefang Street', 'my lights keep flickering'],
    ['I live at 5 Main Street and half the house has no power', 'half the house has no power'],
    ['the breaker keeps tripping', 'the breaker keeps tripping'],
  ])('"%s" describes "%s", without the address', (text, description) => {
    expect(faultDescriptionIn(text)).toBe(description);
  });

  it.each(['我要报修', '报修', '我家停电了', '成條街都冇電', 'my power is out', 'report an outage', 'the whole street has no power, 12 Jiefang Street'])(
    '"%s" names the business or a bare outage: nothing described yet',
    (text) => {
      expect(faultDescriptionIn(text)).toBeNull();
    },
  );
});
