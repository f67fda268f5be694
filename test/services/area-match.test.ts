import { describe, expect, it } from 'vitest';
import { matchAreaInText, type AreaTerm } from '../../src/services/area-match.js';

const terms: AreaTerm[] = [
  { areaId: 'chengguan', term: '城关区' },
  { areaId: 'chengguan', term: '城关' },
  { areaId: 'dongshan', term: '东山镇' },
  { areaId: 'dongshan', term: '东山' },
  { areaId: 'qingfeng', term: '青峰山区' },
  { areaId: 'qingfeng-forest', term: '青峰' },
];

describe('matchAreaInText', () => {
  it('finds an area name inside an address', () => {
    expect(matchAreaInText('我家在东山镇桃园村3组', terms)).toBe('dongshan');
  });

  it('lets the longest match win', () => {
    expect(matchAreaInText('城关区东山路12号', terms)).toBe('chengguan');
    expect(matchAreaInText('东山镇城关村', terms)).toBe('dongshan');
    expect(matchAreaInText('青峰山区林场路', terms)).toBe('qingfeng');
  });

  it('on equal length prefers the earliest (larger) unit', () => {
    expect(matchAreaInText('城关东山', terms)).toBe('chengguan');
    expect(matchAreaInText('东山城关', terms)).toBe('dongshan');
  });

  it('tolerates spaces, including full-width ones, from speech transcripts', () => {
    expect(matchAreaInText('青 峰 山\u3000区 林场路', terms)).toBe('qingfeng');
  });

  it('returns null when no area is named', () => {
    expect(matchAreaInText('人民路88号', terms)).toBeNull();
    expect(matchAreaInText('   ', terms)).toBeNull();
  });
});
