/**
 * N8: the address a caller gives is read back in the words of an address, not glued on verbatim
 * with what led in or trailed off (issue 14 item 5).
 */
import { describe, expect, it } from 'vitest';
import { addressIn, namedAddress, placeInStory } from '../../src/nlu/address.js';

describe('N8: the address in what the caller said', () => {
  it.each([
    ['在就在我家，城关区人民路88号，就是昨天报修的事', '城关区人民路88号'],
    ['在就在我家城关区人民路88号就是昨天报修的事', '城关区人民路88号'],
    ['嗯 我家在人民路和解放路路口那边', '人民路和解放路路口'],
    ['城关区人民路88号3栋2单元501', '城关区人民路88号3栋2单元501'],
    ['昨天下午在城关区营业厅', '城关区营业厅'],
    ['人民路88号，电话13800138000', '人民路88号'],
    ['线路有问题，在解放路12号', '解放路12号'],
    ['我想查一下东山镇', '东山镇'],
    ['我屋企喺城關區人民路88號嗰度', '城關區人民路88號'],
    ["It's at 88 Renmin Road, Chengguan District, the one I reported yesterday", '88 Renmin Road, Chengguan District'],
  ])('%s -> %s', (said, address) => expect(addressIn(said)).toBe(address));

  it('keeps a place by a landmark, and what says where by it (门口, 对面)', () => {
    expect(addressIn('村委会门口')).toBe('村委会门口');
    expect(addressIn('就在村委会门口那个电线杆旁边')).toBe('村委会门口那个电线杆旁边');
    expect(addressIn('人民路88号对面那个超市')).toBe('人民路88号对面那个超市');
  });
});

describe('N8: an address said in passing, naming the fault at the menu (issue 9 item 2)', () => {
  it.each([
    ['我家停电了，城关区人民路88号', '城关区人民路88号'],
    ['东山镇河口村20号停电了', '东山镇河口村20号'],
    ['整栋楼都没电，解放街12号', '解放街12号'],
    ['人民路88号整栋楼都没电', '人民路88号'],
    ['就我家没电，邻居有电，城关区解放街12号', '城关区解放街12号'],
    ['我屋企冇電，城關區人民路88號', '城關區人民路88號'],
    ['成都市人民路88号停电了', '成都市人民路88号'],
    ['the whole street has no power, 12 Jiefang Street', '12 Jiefang Street'],
    ['No power at 88 Renmin Road', '88 Renmin Road'],
    // English runs the fault and the place together: the run from the number to the road and district.
    ['my lights keep flickering at 12 Jiefang Street', '12 Jiefang Street'],
    ['my power is out on 12 Jiefang Street since noon', '12 Jiefang Street'],
    ['there is no power at 88 Renmin Road, Chengguan District', '88 Renmin Road, Chengguan District'],
    ['I live at 5 Main Street and half the house has no power', '5 Main Street'],
  ])('%s -> %s', (said, address) => expect(namedAddress(said)).toBe(address));

  it.each([['我家停电了'], ['成棟樓冇電'], ['我们小区停电了'], ['喂，我家停电了，快来人'], ['I have no power in my house'], ['整个村都停电了']])(
    '%s names no address: it is asked',
    (said) => expect(namedAddress(said)).toBeNull(),
  );
});

describe('N8: where a story told in one breath happened, for its read-back', () => {
  it.each([
    ['东山镇新街有户人家私拉电线 晚上最明显', '东山镇新街'],
    ['昨天晚上十点多看到有人在城关区人民路88号接线', '城关区人民路88号'],
    ['人民路88号门口有人私接电线', '人民路88号门口'],
    ['琴日夜晚十點幾見到有人喺東山鎮新街駁電', '東山鎮新街'],
    ['I saw someone tapping the line at 12 Jiefang Street last night', '12 Jiefang Street'],
    ['Someone at 5 Renmin Road, Chengguan District is stealing power', '5 Renmin Road, Chengguan District'],
  ])('%s -> %s', (story, place) => expect(placeInStory(story)).toBe(place));

  it.each(['抄表员收钱不开票', '新街有户人家私拉电线', 'the meter reader took cash without a receipt'])('%s names no place', (story) =>
    expect(placeInStory(story)).toBeNull(),
  );
});
