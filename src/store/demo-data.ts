/**
 * The demo world (documented in docs/demo-data.md): enough to call in as a known customer,
 * reach each area type, hear a known outage (N10) and escalate to the duty supervisor.
 * Phone numbers are demo values in E.164.
 */
import type { AreaType, Customer, DutyShift } from '../services/ports.js';

export interface DemoArea {
  id: string;
  name: string;
  type: AreaType;
  aliases: string[];
}

export const DEMO_AREAS: readonly DemoArea[] = [
  { id: 'chengguan', name: '城关区', type: 'urban', aliases: ['城关', '城关街道'] },
  { id: 'chengnan', name: '城南区', type: 'urban', aliases: ['城南'] },
  { id: 'dongshan', name: '东山镇', type: 'rural', aliases: ['东山'] },
  { id: 'xihe', name: '西河乡', type: 'rural', aliases: ['西河'] },
  { id: 'qingfeng', name: '青峰山区', type: 'remote', aliases: ['青峰山', '青峰'] },
];

export const DEMO_CUSTOMERS: readonly Customer[] = [
  { account: '3100123456', name: '张伟', phones: ['+8613800138000'], address: '城关区人民路88号3栋2单元501', areaId: 'chengguan' },
  { account: '3100123457', name: '李娜', phones: ['+8613900139000'], address: '城关区解放街12号', areaId: 'chengguan' },
  // One phone holding two accounts: the flow must ask which one.
  { account: '3100234561', name: '王芳', phones: ['+8613700137000'], address: '城南区建设路6号1栋', areaId: 'chengnan' },
  { account: '3100234562', name: '王芳', phones: ['+8613700137000'], address: '城南区建设路6号底商', areaId: 'chengnan' },
  { account: '3100345678', name: '陈强', phones: ['+8613600136000'], address: '东山镇桃园村3组', areaId: 'dongshan' },
  { account: '3100456789', name: '刘洋', phones: ['+8613500135000'], address: '西河乡河口村18号', areaId: 'xihe' },
  // Two phones on one account: a landline (registered first) and a mobile.
  { account: '3100567890', name: '黄秀英', phones: ['+862787654321', '+8618612345678'], address: '青峰山区林场路2号', areaId: 'qingfeng' },
  { account: '3100678901', name: '赵磊', phones: ['+8615012345678'], address: '东山镇新街45号', areaId: 'dongshan' },
];

export const DEMO_ROSTER: readonly DutyShift[] = [
  {
    from: '08:00',
    to: '20:00',
    chain: [
      { name: '王建国', phone: '+8613811110001' },
      { name: '李明', phone: '+8613811110002' },
    ],
  },
  {
    from: '20:00',
    to: '08:00',
    chain: [
      { name: '陈志强', phone: '+8613811110003' },
      { name: '刘海', phone: '+8613811110004' },
    ],
  },
];

/** Demo outages carry this id prefix so a refresh never touches a real outage. */
export const DEMO_OUTAGE_PREFIX = 'demo-';
export const DEMO_OUTAGE = {
  id: 'demo-dongshan-fault',
  areaId: 'dongshan',
  kind: 'fault' as const,
  reason: '10千伏东山线故障抢修',
  /** Started this long before the process start... */
  startedMinutesAgo: 45,
  /** ...and restores about this long after it (rounded up to a quarter hour, easier to say). */
  restoresInMinutes: 180,
};

/**
 * A planned outage tomorrow (Shanghai date) in 城关区, for the outage-schedule query (N9, N10).
 * Refreshed at every start like the demo fault, so "tomorrow" stays tomorrow. It is never in
 * force today, so the ordinary repair path in 城关区 (a new ticket) is unchanged.
 */
export const DEMO_PLANNED_OUTAGE = {
  id: 'demo-chengguan-planned',
  areaId: 'chengguan',
  kind: 'planned' as const,
  reason: '10千伏城关线计划检修',
  /** Local (Asia/Shanghai) time of day, tomorrow. */
  from: { hour: 9, minute: 0 },
  to: { hour: 17, minute: 0 },
};

/**
 * A balance (yuan; negative = owing) and the last monthly bill for every demo account. The bill's
 * period is the month before the first start, due on the 25th of the start month. 王芳's 1栋 flat
 * has a prepaid (费控) meter, run out: its power is back minutes after a top-up.
 */
export const DEMO_BILLS: readonly { account: string; balance: number; amount: number; kwh: number; prepaid?: boolean }[] = [
  { account: '3100123456', balance: 56.8, amount: 128.45, kwh: 236 },
  { account: '3100123457', balance: 0, amount: 96.3, kwh: 177 },
  { account: '3100234561', balance: -42.6, amount: 142.6, kwh: 262, prepaid: true },
  { account: '3100234562', balance: 310.0, amount: 689.2, kwh: 1012 },
  { account: '3100345678', balance: 23.15, amount: 75.5, kwh: 139 },
  { account: '3100456789', balance: -18.9, amount: 63.9, kwh: 117 },
  { account: '3100567890', balance: 100.0, amount: 52.7, kwh: 97 },
  { account: '3100678901', balance: 12.4, amount: 88.1, kwh: 162 },
];
