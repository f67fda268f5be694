/**
 * The benchmark's yardstick: the fault-report call written by hand as an express + twilio IVR
 * would be, with the same TwiML as the engine (`npm run bench` checks the documents match).
 * State in a Map, the one demo customer in a Map, the planned outages in an array (the notice at
 * the menu, as the engine tells it), work orders in an array. Signatures checked with twilio's
 * helper, TwiML built with VoiceResponse.
 * Not part of the product: it shows what a turn costs without an engine.
 *
 *   PORT=3162 TWILIO_AUTH_TOKEN=… PUBLIC_BASE_URL=http://127.0.0.1:3162 node --import tsx bench/ivr/server.ts
 */
import express, { type Request, type Response } from 'express';
import twilio from 'twilio';

const VoiceResponse = twilio.twiml.VoiceResponse;
type Twiml = InstanceType<typeof VoiceResponse>;
type Gather = ReturnType<Twiml['gather']>;

const token = process.env.TWILIO_AUTH_TOKEN ?? '';
const port = Number(process.env.PORT ?? 3161);
/** The public base URL (behind a proxy): the Gather actions are absolute on it, as the engine's. */
const publicBase = process.env.PUBLIC_BASE_URL ?? '';

const MANDARIN = { voice: 'Polly.Zhiyu', language: 'cmn-CN' } as const;
const RATE = '56%';
const YES_NO_HINTS = '是, 是的, 对, 对的, 正确, 不是, 不对, 有, 没有, 修改, 还有, 没有了';

interface Customer {
  account: string;
  name: string;
  /** The name as the account's read-back says it, each character described. */
  nameDescribed: string;
  address: string;
  area: string;
}
const customers = new Map<string, Customer>([
  ['+8613800138000', { account: '3100123456', name: '张伟', nameDescribed: '张伟（弓长张，伟大的伟）', address: '城关区人民路88号3栋2单元501', area: '城关区' }],
]);

/** Planned outages by area, as the demo data has them: tomorrow (Shanghai) 09:00-17:00 in 城关区. */
const TIME_ZONE = 'Asia/Shanghai';
const SHANGHAI_OFFSET_MS = 8 * 3600_000;
const shanghaiDay = (ms: number) => Math.floor((ms + SHANGHAI_OFFSET_MS) / 86_400_000);
const tomorrowAt = (hour: number) => (shanghaiDay(Date.now()) + 1) * 86_400_000 - SHANGHAI_OFFSET_MS + hour * 3600_000;
const plannedOutages = [{ area: '城关区', startsAt: tomorrowAt(9), endsAt: tomorrowAt(17) }];

const DAY_WORDS = ['今天', '明天', '后天'];
/** 上午9点, 下午5点: the part of the day and the hour on a 12-hour clock. */
function clock(ms: number): string {
  const hour = new Date(ms + SHANGHAI_OFFSET_MS).getUTCHours();
  const part = hour < 5 ? '凌晨' : hour < 8 ? '早上' : hour < 12 ? '上午' : hour < 13 ? '中午' : hour < 18 ? '下午' : '晚上';
  return `${part}${hour > 12 ? hour - 12 : hour}点`;
}
/** The notice of a planned outage still to come in the caller's area, or null. */
function outageNotice(customer: Customer | null): string | null {
  if (!customer) return null;
  const now = Date.now();
  const outage = plannedOutages.find((o) => o.area === customer.area && o.endsAt > now);
  if (!outage) return null;
  const day = DAY_WORDS[shanghaiDay(outage.startsAt) - shanghaiDay(now)] ?? '';
  return `提醒您，${customer.area}${day}${clock(outage.startsAt)}到${clock(outage.endsAt)}计划停电。`;
}

type Step = 'language' | 'menu' | 'account' | 'danger' | 'scope' | 'describe' | 'readback' | 'contact' | 'ticket' | 'anythingElse';
interface CallState {
  step: Step;
  turn: number;
  customer: Customer | null;
  description: string;
  /** The number the crew calls back on, as the caller dials it (read back digit by digit). */
  phone: string;
  ticket: string;
  /** The planned-outage notice is told once, at the first menu. */
  told: boolean;
}
const calls = new Map<string, CallState>();
const workOrders: { ticket: string; phone: string; address: string; description: string }[] = [];
let sequence = 0;

const SPOKEN_DIGITS = '零幺二三四五六七八九';
const spokenGroup = (digits: string) => [...digits].map((d) => SPOKEN_DIGITS[Number(d)]).join('');
/** A number read back in groups, as the engine reads it (issue 14): a mobile 3-4-4, a ticket 3-3-4. */
const groupsOf = (digits: string, sizes: number[]) => sizes.map((n, i) => digits.slice(sizes.slice(0, i).reduce((a, b) => a + b, 0), sizes.slice(0, i + 1).reduce((a, b) => a + b, 0)));
const MOBILE_GROUPS = [3, 4, 4];
const TICKET_GROUPS = [3, 3, 4];

const TICKET_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: '2-digit', month: '2-digit', day: '2-digit' });
function ticketNumber(): string {
  const day = TICKET_DAY.format(new Date()).replaceAll('-', '');
  return `${day}${String(++sequence).padStart(4, '0')}`;
}

/** Mandarin text with a number's groups said as digit words, a short pause between groups. */
function sayGrouped(parent: Twiml | Gather, before: string, groups: string[], after: string): void {
  const prosody = parent.say(MANDARIN, '').prosody({ rate: RATE }, before);
  groups.forEach((group, i) => {
    if (i > 0) prosody.break({ time: '300ms' });
    prosody.addText(spokenGroup(group));
  });
  prosody.addText(after);
}

function say(parent: Twiml | Gather, text: string, digits?: { before: string; number: string; after: string }): void {
  const prosody = parent.say(MANDARIN, '').prosody({ rate: RATE }, digits ? digits.before : text);
  if (digits) {
    prosody.sayAs({ 'interpret-as': 'digits' }, digits.number);
    prosody.addText(digits.after);
  }
}

function gather(twiml: Twiml, state: CallState, hints: string | null, timeout = 6, speechTimeout = '2', numDigits: number | null = 1): Gather {
  return twiml.gather({
    input: ['dtmf', 'speech'],
    action: `${publicBase}/twilio/gather?turn=${state.turn}`,
    method: 'POST',
    timeout,
    actionOnEmptyResult: true,
    profanityFilter: false,
    language: 'cmn-Hans-CN',
    speechTimeout,
    ...(hints ? { hints } : {}),
    ...(numDigits ? { numDigits } : {}),
  });
}

/**
 * The welcome at the language menu, the one place the yardstick says it: when the engine's
 * welcome changes (`npm run bench -- --twiml-only` prints both documents), align it here.
 */
const GREETING = { before: '您好，欢迎致电示范供电', number: '95598', after: '。' };

const MENU = '报修请按1，查询请按2，业务办理请按3，投诉举报请按4，人工服务请按0。';
const MENU_HINTS = '停电, 没电, 报修, 故障报修, 查电费, 电费, 停电信息, 查询, 咨询, 办理, 投诉, 举报, 人工, 人工服务, 转人工';

/** The question of the call's current step, as a Gather. */
function ask(state: CallState, twiml: Twiml): void {
  switch (state.step) {
    case 'language': {
      const g = gather(twiml, state, '普通话, 中文, 国语, 英语, English, 粤语, 广东话, 白话', 3);
      say(g, '', GREETING);
      g.say({ voice: 'Polly.Joanna', language: 'en-US' }, 'For English, press 2.');
      g.say({ voice: 'Google.yue-HK-Standard-A', language: 'yue-HK' } as never, '').prosody({ rate: '59%' }, '廣東話請按3。');
      return;
    }
    case 'menu': {
      const g = gather(twiml, state, MENU_HINTS);
      const notice = state.told ? null : outageNotice(state.customer);
      state.told = true;
      if (notice) say(g, notice);
      say(g, MENU);
      return;
    }
    case 'account': {
      const c = state.customer!;
      const g = gather(twiml, state, YES_NO_HINTS);
      say(g, `查到您来电号码的账户：尾号${spokenGroup(c.account.slice(-4))}，户名${c.nameDescribed}。`);
      say(g, '是这个账户吗？是按1，不是按2，重听按星号键。');
      return;
    }
    case 'danger': {
      const g = gather(twiml, state, YES_NO_HINTS);
      say(g, '已确认。');
      say(g, '现场有没有电线掉落、冒火花冒烟、触电或着火？有请按1，没有请按2。');
      return;
    }
    case 'scope':
      say(gather(twiml, state, '只有我家, 我家, 整栋楼, 整个楼, 周边, 周边一片, 小区, 都停了'), '停电范围是：只有您家请按1，整栋楼请按2，周边一片请按3。');
      return;
    case 'describe':
      say(gather(twiml, state, null, 10, '4', null), '请说一下故障情况，比如全部没电、灯忽明忽暗。');
      return;
    case 'readback': {
      const g = gather(twiml, state, YES_NO_HINTS);
      say(g, `核对一下：${state.customer!.address}，${state.description}。`);
      say(g, '对吗？对请按1，修改请按2。');
      return;
    }
    case 'contact': {
      // The number read back in a turn of its own.
      const g = gather(twiml, state, YES_NO_HINTS);
      say(g, `联系人${state.customer!.name}。`);
      sayGrouped(g, '抢修人员会打', groupsOf(state.phone, MOBILE_GROUPS), '，对吗？对请按1，不对请按2。');
      return;
    }
    case 'ticket': {
      // The ticket said twice, with an offer to hear it again (silence goes on).
      const g = gather(twiml, state, '再说一遍, 再听一遍, 记下了, 不用了');
      sayGrouped(g, '报修已登记，工单号', groupsOf(state.ticket, TICKET_GROUPS), '，抢修人员45分钟内到。');
      sayGrouped(g, '再说一遍：', groupsOf(state.ticket, TICKET_GROUPS), '。');
      say(g, '再听请按1，继续请按2。');
      return;
    }
    case 'anythingElse':
      say(gather(twiml, state, YES_NO_HINTS), '请问还有什么可以帮您？有请按1，没有请按2。');
      return;
  }
}

const app = express();
app.disable('x-powered-by');
app.get('/health', (_req, res) => res.json({ status: 'ok' }));
app.use(express.urlencoded({ extended: false, limit: '64kb' }));
app.use((req, res, next) => {
  const url = `${req.protocol}://${req.get('host')}${req.originalUrl}`;
  if (twilio.validateRequest(token, req.get('x-twilio-signature') ?? '', url, (req.body ?? {}) as Record<string, string>)) return next();
  res.status(403).type('text/plain').send('Forbidden');
});

const send = (res: Response, twiml: Twiml) => res.type('text/xml').send(twiml.toString());

app.post('/twilio/voice', (req: Request, res: Response) => {
  const body = req.body as Record<string, string>;
  const from = body.From ?? '';
  const local = from.startsWith('+86') ? from.slice(3) : from;
  const state: CallState = { step: 'language', turn: 1, customer: customers.get(from) ?? null, description: '', phone: local, ticket: '', told: false };
  calls.set(body.CallSid ?? '', state);
  const twiml = new VoiceResponse();
  ask(state, twiml);
  send(res, twiml);
});

app.post('/twilio/gather', (req: Request, res: Response) => {
  const body = req.body as Record<string, string>;
  const state = calls.get(body.CallSid ?? '');
  const twiml = new VoiceResponse();
  if (!state) {
    twiml.hangup();
    return send(res, twiml);
  }
  const digits = body.Digits ?? '';
  state.turn++;
  if (digits === '*') {
    ask(state, twiml);
    return send(res, twiml);
  }
  switch (state.step) {
    case 'language':
      state.step = 'menu';
      break;
    case 'menu':
      state.step = state.customer ? 'account' : 'menu';
      break;
    case 'account':
      state.step = 'danger';
      break;
    case 'danger':
      state.step = 'scope';
      break;
    case 'scope':
      // A verified caller's home: the address is said in the read-back, not asked (issue 14).
      state.step = 'describe';
      break;
    case 'describe':
      state.description = (body.SpeechResult ?? '').trim();
      state.step = 'readback';
      break;
    case 'readback':
      state.step = 'contact';
      break;
    case 'contact': {
      const ticket = ticketNumber();
      workOrders.push({ ticket, phone: body.From ?? '', address: state.customer!.address, description: state.description });
      state.ticket = ticket;
      state.step = 'ticket';
      break;
    }
    case 'ticket':
      if (digits === '1') break; // said again
      state.step = 'anythingElse';
      break;
    case 'anythingElse':
      say(twiml, '感谢您的来电，再见！');
      twiml.pause({ length: 5 });
      twiml.hangup();
      calls.delete(body.CallSid ?? '');
      return send(res, twiml);
  }
  ask(state, twiml);
  send(res, twiml);
});

app.post('/twilio/status', (req: Request, res: Response) => {
  calls.delete((req.body as Record<string, string>).CallSid ?? '');
  res.status(204).end();
});

app.listen(port, '127.0.0.1', () => console.log(`hand-written IVR on http://127.0.0.1:${port}`));
