/**
 * A value for every placeholder and a fixed clock: what the designers' pages (docs/flows/) and the
 * flow studio say a question with, and what the prompt tests render every template with.
 */
import type { PromptValues } from './prompt-values.js';

/** 10:00 on 1 June 2025 in Asia/Shanghai. */
export const SAMPLE_NOW = new Date('2025-06-01T10:00:00+08:00');

export const SAMPLE_VALUES: Required<PromptValues> = {
  company: '国网杭州供电公司',
  companyShort: '国网杭州供电公司',
  serviceHours: 'daily 09:00-17:00',
  reminder: 2,
  account: '3100123456',
  accountTail: '3456',
  name: '张伟',
  surname: '张',
  nameDescribed: false,
  code: '204817',
  address: '西湖区文三路100号',
  area: '文三路一带',
  firstAddress: '西湖区文三路100号',
  secondAddress: '西湖区教工路18号',
  restoreAt: '2025-06-01T18:30:00+08:00',
  ticket: '2506010001',
  minutes: 45,
  description: '家里全部没电',
  since: '昨晚8点',
  notice: '受台风影响，东山镇部分线路正在抢修，我们会尽快恢复供电。',
  heardDigits: '310012345',
  heardCount: 9,
  contact: '13912345678',
  contactName: '王女士',
  onOutage: false,
  deadline: '2025-06-02T18:00:00+08:00',
  arriveBy: '2025-06-01T10:50:00+08:00',
  what: '抢修人员三个小时都没有到',
  when: '昨天下午',
  where: '城关区营业厅',
  who: '不清楚',
  details: '有人从电线杆上私拉电线',
  reportType: 'theft',
  outagePeriod: '2025-06-02T09:00:00+08:00/2025-06-02T17:00:00+08:00',
  balance: -12.3,
  billAmount: 123.45,
  billKwh: 256,
  billPeriod: '2025-05',
  billDueDate: '2025-06-30',
  phone: '138 0013 8000',
  agent: '王建国',
  customerName: '张伟',
  result: '已安排工作人员上门更换电表，故障已经排除',
  raisedOn: '2025-05-28T09:12:00+08:00',
  nextCall: '2025-06-02T09:00:00+08:00',
  purpose: '向您介绍我们的停电短信提醒服务',
  message: '开通以后，您所在地区的计划停电和电费情况都会短信通知您，免费。',
  offer: '需要为您开通吗？',
};
