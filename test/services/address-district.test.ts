import { describe, expect, it } from 'vitest';
import { namesDistrict, withDistrict } from '../../src/services/address-district.js';

describe('does an address name its district or town (issue 14 item 6)', () => {
  it.each([
    ['城关区解放街12号', true],
    ['东山镇桃园村3组', true],
    ['西河乡河口村18号', true],
    ['城關區人民路88號', true],
    ['海淀区中关村大街1号', true], // a district we do not serve is still a district: not asked
    ['城关街道解放街12号', true],
    ['12 Jiefang Street, Chengguan District', true],
    ['Dongshan Town, Xinjie 45', true],
    ['解放街12号', false],
    ['人民路88号', false],
    ['阳光小区3栋2单元', false], // 小区 is a compound, not a district
    ['幸福社區5座', false],
    ['桃园村3组', false], // a village is in some town
    ['88 Renmin Road', false],
  ] as const)('%s -> %s', (address, names) => {
    expect(namesDistrict(address)).toBe(names);
  });
});

describe('the district added to the address', () => {
  it('comes first in Chinese, last in English; an answer that repeats the whole address is the address', () => {
    expect(withDistrict('解放街12号', '城关区')).toBe('城关区解放街12号');
    expect(withDistrict('人民路88號', '城關區。')).toBe('城關區人民路88號');
    expect(withDistrict('88 Renmin Road', 'Chengguan District')).toBe('88 Renmin Road, Chengguan District');
    expect(withDistrict('解放街12号', '城关区解放街12号')).toBe('城关区解放街12号');
    expect(withDistrict('解放街12号', '  ')).toBe('解放街12号');
  });

  it('keeps the district without the words around it ("是城关区的", "喺城關區", "it\'s in ...")', () => {
    expect(withDistrict('解放街口的公交站旁边', '是城关区的')).toBe('城关区解放街口的公交站旁边');
    expect(withDistrict('解放街口嘅巴士站隔籬', '喺城關區')).toBe('城關區解放街口嘅巴士站隔籬');
    expect(withDistrict('12 Jiefang Street', "It's in Chengguan District.")).toBe('12 Jiefang Street, Chengguan District');
  });
});
