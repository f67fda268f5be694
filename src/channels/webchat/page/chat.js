// The 95598 web chat page (N25): a thin client of the JSON chat API beside it (POST sessions,
// sessions/:id/messages, sessions/:id/end). The flow decides what is said; this file only shows
// it. Service text is always set with textContent, never parsed as HTML.
// Issue 12: a reload resumes the chat (GET sessions/:id); a chat handed to a person hears them
// live (server-sent events, sessions/:id/events); closing the page mid-chat tells the service
// (sendBeacon sessions/:id/leave), which ends it as a hang-up unless the page comes back.

/** UI chrome per locale (not prompts: those come from the service, already in the chat's locale). */
const UI = {
  'zh-CN': {
    title: '供电服务在线客服',
    language: '语言',
    welcome: '您好，请问有什么可以帮您？',
    phone: '您的注册手机号码（选填）',
    phoneHelp: '填写后我们可以更快找到您的用电账户。',
    start: '开始对话',
    messages: '对话记录',
    quick: '快捷回复',
    textLabel: '输入消息',
    placeholder: '请输入您的问题',
    digits: (n) => (n ? `请输入${n}位数字` : '请输入数字'),
    send: '发送',
    end: '结束对话',
    restart: '开始新的对话',
    service: '客服：',
    you: '我：',
    hangup: '本次对话已结束，感谢您的使用。',
    transfer: '正在为您转接人工客服，请稍候。',
    escalate: '正在为您联系值班主管，请稍候。',
    abandoned: '您已结束本次对话。',
    error: '抱歉，消息没有发送成功，请再试一次。',
    offline: '网络连接中断，请检查网络后再试。',
    gone: '这次对话已经失效，请开始新的对话。',
    agent: (name) => `人工客服${name}：`,
    sending: '正在发送…',
    personTyping: '客服正在输入…',
    limit: (n, max) => `${n}/${max}`,
    tooLong: (max) => `消息最多${max}个字，请分开发送。`,
    phoneInvalid: '请填写正确的手机或固话号码，例如 138 0013 8000。',
    conflict: '对话刚刚有了新的进展，请再发送一次。',
    callbackPhone: '回电号码',
    callbackYes: '请回电给我',
    callbackNo: '不用了',
  },
  'en-US': {
    title: 'Power supply web chat',
    language: 'Language',
    welcome: 'Hello, how can we help you?',
    phone: 'Your registered phone number (optional)',
    phoneHelp: 'It helps us find your electricity account.',
    start: 'Start chat',
    messages: 'Conversation',
    quick: 'Quick replies',
    textLabel: 'Your message',
    placeholder: 'Type your message',
    digits: (n) => (n ? `Enter ${n} digits` : 'Enter digits'),
    send: 'Send',
    end: 'End chat',
    restart: 'Start a new chat',
    service: '95598: ',
    you: 'You: ',
    hangup: 'This chat is over. Thank you for contacting us.',
    transfer: 'Connecting you to an agent, please wait.',
    escalate: 'Connecting you to the duty supervisor, please wait.',
    abandoned: 'You have ended this chat.',
    error: 'Sorry, your message was not sent. Please try again.',
    offline: 'The connection was lost. Please check your network and try again.',
    gone: 'This chat is no longer available. Please start a new one.',
    agent: (name) => `${name} (agent): `,
    sending: 'Sending…',
    personTyping: 'The agent is typing…',
    limit: (n, max) => `${n}/${max}`,
    tooLong: (max) => `A message can be at most ${max} characters. Please send it in parts.`,
    phoneInvalid: 'Please enter a valid mobile or landline number, for example 138 0013 8000.',
    conflict: 'The chat has just moved on. Please send your message again.',
    callbackPhone: 'Number to call back',
    callbackYes: 'Please call me back',
    callbackNo: 'No, thank you',
  },
  'yue-HK': {
    title: '供電服務網上客服',
    language: '語言',
    welcome: '你好，請問有咩可以幫到你？',
    phone: '你嘅登記電話號碼（可選）',
    phoneHelp: '填咗我哋可以更快搵到你嘅用電賬戶。',
    start: '開始對話',
    messages: '對話記錄',
    quick: '快捷回覆',
    textLabel: '輸入訊息',
    placeholder: '請輸入你嘅問題',
    digits: (n) => (n ? `請輸入${n}位數字` : '請輸入數字'),
    send: '發送',
    end: '結束對話',
    restart: '開始新嘅對話',
    service: '客服：',
    you: '我：',
    hangup: '今次對話已經結束，多謝你。',
    transfer: '而家幫你轉接人工客服，請稍候。',
    escalate: '而家幫你聯絡值班主管，請稍候。',
    abandoned: '你已經結束今次對話。',
    error: '唔好意思，訊息發送唔到，請再試一次。',
    offline: '網絡連接中斷，請檢查網絡後再試。',
    gone: '今次對話已經失效，請開始新嘅對話。',
    agent: (name) => `人工客服${name}：`,
    sending: '發送緊…',
    personTyping: '客服輸入緊…',
    limit: (n, max) => `${n}/${max}`,
    tooLong: (max) => `每條訊息最多${max}個字，請分開發送。`,
    phoneInvalid: '請填寫正確嘅手提或者固網電話號碼，例如 138 0013 8000。',
    conflict: '對話啱啱有新進展，請再發送一次。',
    callbackPhone: '回電號碼',
    callbackYes: '請打返俾我',
    callbackNo: '唔使喇',
  },
};
const LOCALES = Object.keys(UI);
/** Longest message the service takes; longer text is refused visibly, never cut. */
const MAX_MESSAGE = 500;
/** Where the open chat's id is kept: this tab only, across reloads. */
const STORE_KEY = '95598-chat';

/** Seconds without typing, while the service waits, before the channel reports silence (rule 3). */
const IDLE_SECONDS = idleSeconds(new URLSearchParams(location.search).get('idle'));

const $ = (id) => document.getElementById(id);
const view = {
  locale: $('locale'),
  start: $('start'),
  phone: $('phone'),
  messages: $('messages'),
  notice: $('notice'),
  status: $('status'),
  quick: $('quick'),
  composer: $('composer'),
  text: $('text'),
  count: $('count'),
  send: $('send'),
  end: $('end'),
  restart: $('restart'),
  callback: $('callback'),
  callbackPhone: $('callback-phone'),
  callbackNo: $('callback-no'),
};

const chat = { id: null, locale: preferredLocale(), busy: false, over: false, expect: null, idle: 0, person: null, events: null, seen: new Set(), lastSeq: 0, typing: 0 };

view.locale.value = chat.locale;
applyLocale(chat.locale);

view.locale.addEventListener('change', () => applyLocale(view.locale.value));
view.start.addEventListener('submit', (event) => {
  event.preventDefault();
  void start();
});
view.composer.addEventListener('submit', (event) => {
  event.preventDefault();
  const text = view.text.value.trim();
  if (!text || chat.busy || chat.over) return;
  if (text.length > MAX_MESSAGE) {
    notify(t('tooLong')(MAX_MESSAGE));
    return;
  }
  view.text.value = '';
  counter();
  void send({ text }, text);
});
// Typing means the customer is there: the silence clock starts again.
view.text.addEventListener('input', () => {
  counter();
  if (chat.idle) armIdle();
});
view.end.addEventListener('click', () => void send(null, null));
view.restart.addEventListener('click', reset);
view.callback.addEventListener('submit', (event) => {
  event.preventDefault();
  const phone = cleanPhone(view.callbackPhone.value);
  if (!phone) {
    notify(t('phoneInvalid'));
    view.callbackPhone.focus();
    return;
  }
  void answerCallback({ phone });
});
view.callbackNo.addEventListener('click', () => void answerCallback({ decline: true }));
// Closing the page (or reloading it) mid-chat: the service keeps the chat a short while for a
// reload to come back, then ends it as a hang-up (a report being taken is kept, N21).
addEventListener('pagehide', () => {
  if (chat.id && !chat.over) navigator.sendBeacon(new URL(`sessions/${encodeURIComponent(chat.id)}/leave`, location.href), '{}');
});

void resume();

async function start() {
  if (chat.busy) return;
  const raw = view.phone.value.trim();
  const phone = raw ? cleanPhone(raw) : '';
  if (raw && !phone) {
    notify(t('phoneInvalid'));
    view.phone.focus();
    return;
  }
  setBusy(true);
  try {
    const reply = await post('sessions', { locale: view.locale.value, ...(phone ? { phone } : {}) });
    opened(reply.id);
    hideNotice();
    show(reply);
  } catch (error) {
    showError(error);
  } finally {
    setBusy(false);
  }
}

/** The page shows an open chat: composer instead of the start form. */
function opened(id) {
  chat.id = id;
  chat.over = false;
  sessionStorage.setItem(STORE_KEY, id);
  view.start.hidden = true;
  view.composer.hidden = false;
  view.end.hidden = false;
  view.locale.disabled = true; // the chat's language is now the flow's business (it can switch)
  view.text.disabled = false;
}

/** After a reload: the chat as it stands (its transcript, the question it waits on, a person). */
async function resume() {
  const id = sessionStorage.getItem(STORE_KEY);
  if (!id) return;
  let state;
  try {
    state = await get(`sessions/${encodeURIComponent(id)}`);
  } catch {
    sessionStorage.removeItem(STORE_KEY);
    return;
  }
  opened(id);
  if (state.reply) applyLocale(state.reply.locale);
  for (const entry of state.transcript) line(entry);
  if (state.handover) {
    withPerson(state.handover);
  } else if (state.reply?.end) {
    finish(state.reply.end);
  } else if (state.reply) {
    show({ ...state.reply, messages: [] });
  }
}

/** One turn: a {text}, {choice} or {silence} message, or `null` to end the chat. */
async function send(body, echo) {
  if (!chat.id || chat.busy || chat.over) return;
  clearIdle();
  const echoed = echo ? bubble('customer', echo, chat.locale) : null;
  setBusy(true); // quick replies stay (disabled) until the answer replaces them
  try {
    const path = `sessions/${encodeURIComponent(chat.id)}/${body ? 'messages' : 'end'}`;
    const reply = await post(path, body ?? undefined);
    hideNotice();
    if (reply.sent) chat.seen.add(reply.sent.seq);
    if (reply.handover) {
      withPerson(reply.handover);
      if (reply.end) finish(reply.end);
    } else show(reply);
  } catch (error) {
    // Not sent: take the bubble back and give the words back to send again.
    echoed?.remove();
    showError(error);
    if (body?.text && !view.text.value) {
      view.text.value = body.text;
      counter();
    }
    if (error.status === 404) finish(null); // the conversation is gone: offer a new one
  } finally {
    setBusy(false);
  }
}

/** Renders a ChatReply: bubbles, quick replies, and either the next wait or the ending. */
function show(reply) {
  applyLocale(reply.locale);
  for (const message of reply.messages) bubble('service', message, reply.locale);
  view.quick.replaceChildren(
    ...reply.quickReplies.map((q) => {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'reply';
      button.lang = reply.locale;
      button.textContent = q.label;
      button.addEventListener('click', () => void send({ choice: q.id }, q.label));
      return button;
    }),
  );
  // The quick replies took room from the message list: keep the newest message in view.
  view.messages.lastElementChild?.scrollIntoView({ block: 'end' });
  chat.expect = reply.expect;
  if (reply.end?.type === 'transfer' || reply.end?.type === 'escalate') {
    // Handed to a person: the chat stays open and waits for them (live).
    withPerson({ status: 'waiting', queue: reply.end.type === 'escalate' ? 'supervisor' : 'agent', takenBy: null, phone: null });
    return;
  }
  if (reply.end) {
    finish(reply.end);
    return;
  }
  placeholder();
  armIdle();
  if (document.activeElement === document.body || !document.activeElement) view.text.focus();
}

// --- a person (issue 12) ---------------------------------------------------------------------

/** The chat waits for or is with a person: free text goes to them; their words arrive live. */
function withPerson(handover) {
  chat.person = handover;
  clearIdle(); // silence is the bot's business, not a person's
  chat.expect = { kind: 'text' };
  view.quick.replaceChildren();
  placeholder();
  view.callback.hidden = handover.status !== 'timed_out';
  if (handover.status === 'timed_out') {
    if (handover.phone && !view.callbackPhone.value) view.callbackPhone.value = handover.phone;
    view.callbackPhone.focus();
  }
  if (['closed', 'callback', 'abandoned', 'returned'].includes(handover.status)) {
    if (handover.status !== 'returned') finish({ type: 'hangup' }, false);
    return;
  }
  listen();
}

function listen() {
  if (chat.events || !chat.id) return;
  const events = new EventSource(new URL(`sessions/${encodeURIComponent(chat.id)}/events${chat.lastSeq ? `?after=${chat.lastSeq}` : ''}`, location.href));
  chat.events = events;
  events.addEventListener('entry', (e) => line(JSON.parse(e.data)));
  events.addEventListener('handover', (e) => withPerson(JSON.parse(e.data).handover));
  events.addEventListener('typing', () => {
    status(t('personTyping'));
    clearTimeout(chat.typing);
    chat.typing = setTimeout(() => status(''), 4000);
  });
  events.addEventListener('reply', (e) => {
    // The person handed the chat back to the bot: its question, and the bot's way of chatting again.
    stopListening();
    chat.person = null;
    view.callback.hidden = true;
    show(JSON.parse(e.data).reply);
  });
}

function stopListening() {
  chat.events?.close();
  chat.events = null;
}

/** A transcript line (resume, or live): shown once. */
function line(entry) {
  if (chat.seen.has(entry.seq)) return;
  chat.seen.add(entry.seq);
  chat.lastSeq = Math.max(chat.lastSeq, entry.seq);
  if (entry.author === 'agent') status('');
  const who = entry.author === 'customer' ? 'customer' : entry.author === 'agent' ? 'agent' : entry.author === 'system' ? 'system' : 'service';
  bubble(who, entry.text, entry.locale ?? chat.locale, entry.name);
}

async function answerCallback(body) {
  setBusy(true);
  try {
    const answer = await post(`sessions/${encodeURIComponent(chat.id)}/callback`, body);
    line(answer.entry);
    view.callback.hidden = true;
    finish(answer.end, false);
  } catch (error) {
    showError(error);
  } finally {
    setBusy(false);
  }
}

/** The chat is over (ended by the flow, the customer, or lost): say how, and stop input. */
function finish(end, say = true) {
  chat.over = true;
  stopListening();
  sessionStorage.removeItem(STORE_KEY);
  clearIdle();
  status('');
  view.quick.replaceChildren();
  view.callback.hidden = true;
  view.text.disabled = true;
  view.send.disabled = true;
  view.text.placeholder = '';
  view.end.hidden = true;
  view.restart.hidden = false;
  view.locale.disabled = false;
  const locale = end?.locale ?? chat.locale;
  if (end && say) bubble('system', t(end.type, locale) ?? t('hangup', locale), locale);
  view.restart.focus();
}

function reset() {
  clearIdle();
  stopListening();
  sessionStorage.removeItem(STORE_KEY);
  Object.assign(chat, { id: null, over: false, expect: null, person: null, seen: new Set(), lastSeq: 0 });
  view.messages.replaceChildren();
  view.quick.replaceChildren();
  hideNotice();
  view.composer.hidden = true;
  view.callback.hidden = true;
  view.restart.hidden = true;
  view.end.hidden = true;
  view.text.disabled = false;
  view.send.disabled = false;
  view.text.value = '';
  counter();
  view.start.hidden = false;
  view.locale.disabled = false;
  view.phone.focus();
}

function bubble(who, text, locale, name) {
  const item = document.createElement('li');
  item.className = `message ${who === 'agent' ? 'service agent' : who}`;
  item.lang = locale;
  if (who === 'agent') {
    const speaker = document.createElement('span');
    speaker.className = 'speaker';
    speaker.textContent = t('agent')(name ?? '');
    item.append(speaker);
  } else if (who !== 'system') {
    const speaker = document.createElement('span');
    speaker.className = 'visually-hidden';
    speaker.textContent = t(who === 'service' ? 'service' : 'you');
    item.append(speaker);
  }
  item.append(document.createTextNode(text));
  view.messages.append(item);
  item.scrollIntoView({ block: 'end' });
  return item;
}

// --- silence (rule 3: time belongs to channels) ---------------------------------------------

function armIdle() {
  clearIdle();
  if (chat.over || !chat.expect || chat.person) return;
  chat.idle = setTimeout(() => {
    chat.idle = 0;
    // Once per wait: the reply to this silence is a new wait and arms its own timer.
    if (!view.text.value.trim()) void send({ silence: true }, null);
  }, IDLE_SECONDS * 1000);
}

function clearIdle() {
  if (chat.idle) clearTimeout(chat.idle);
  chat.idle = 0;
}

// --- HTTP -----------------------------------------------------------------------------------

class ApiError extends Error {
  constructor(status, code, reason) {
    super(reason || code || `HTTP ${status}`);
    this.status = status;
    this.code = code;
    this.reason = reason;
  }
}

/** POST JSON relative to the page (/chat/), so the page works under any mount path. */
function post(path, body) {
  return request('POST', path, body);
}

function get(path) {
  return request('GET', path);
}

async function request(method, path, body) {
  let response;
  try {
    response = await fetch(new URL(path, location.href), {
      method,
      headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), accept: 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  } catch {
    throw new ApiError(0, 'offline', null);
  }
  const data = await response.json().catch(() => null);
  if (!response.ok) throw new ApiError(response.status, data?.error ?? null, data?.reason ?? null);
  return data;
}

// --- chrome ---------------------------------------------------------------------------------

function t(key, locale = chat.locale) {
  return (UI[locale] ?? UI['zh-CN'])[key];
}

function applyLocale(locale) {
  if (!UI[locale]) return;
  chat.locale = locale;
  view.locale.value = locale;
  document.documentElement.lang = locale;
  document.title = `95598 ${t('title')}`;
  for (const node of document.querySelectorAll('[data-ui]')) node.textContent = t(node.dataset.ui);
  for (const node of document.querySelectorAll('[data-ui-label]')) node.setAttribute('aria-label', t(node.dataset.uiLabel));
  placeholder();
  counter();
}

function placeholder() {
  const digits = chat.expect?.kind === 'digits';
  view.text.inputMode = digits ? 'numeric' : 'text';
  view.text.placeholder = chat.over ? '' : digits ? t('digits')(chat.expect.numDigits) : t('placeholder');
}

/** The visible limit: how much of it is used, and a warning past it (nothing is cut). */
function counter() {
  const n = view.text.value.length;
  view.count.textContent = t('limit')(n, MAX_MESSAGE);
  view.count.classList.toggle('over', n > MAX_MESSAGE);
  view.text.setAttribute('aria-invalid', String(n > MAX_MESSAGE));
}

function setBusy(busy) {
  chat.busy = busy;
  view.messages.setAttribute('aria-busy', String(busy));
  status(busy ? t('sending') : '');
  view.send.disabled = busy || chat.over;
  view.end.disabled = busy;
  view.start.querySelector('button').disabled = busy;
  for (const button of view.quick.querySelectorAll('button')) button.disabled = busy;
  for (const button of view.callback.querySelectorAll('button')) button.disabled = busy;
}

function status(text) {
  view.status.textContent = text;
  view.status.hidden = !text;
}

/** The customer's own language only: the API's reasons are for developers. */
function showError(error) {
  const key =
    error.status === 0 ? 'offline'
    : error.status === 404 ? 'gone'
    : error.code === 'conversation_conflict' ? 'conflict'
    : error.code === 'bad_phone' || /phone/.test(error.reason ?? '') ? 'phoneInvalid'
    : error.code === 'too_long' ? null
    : 'error';
  notify(key ? t(key) : t('tooLong')(MAX_MESSAGE));
}

function notify(text) {
  view.notice.textContent = text;
  view.notice.hidden = false;
}

function hideNotice() {
  view.notice.hidden = true;
  view.notice.textContent = '';
}

/** A phone number as people write it (spaces, dashes, brackets, +86, 0086) -> digits the service takes; '' when it is not one. */
function cleanPhone(raw) {
  let digits = raw.replace(/[\s\-().]/g, '');
  if (digits.startsWith('+')) digits = digits.slice(1);
  else if (digits.startsWith('00')) digits = digits.slice(2);
  if (!/^\d+$/.test(digits)) return '';
  if (digits.startsWith('86') && digits.length >= 12) digits = digits.slice(2);
  return /^1[3-9]\d{9}$/.test(digits) || /^0[1-9]\d{8,10}$/.test(digits) ? digits : '';
}

/** The browser's language if the hotline speaks it, else Mandarin. */
function preferredLocale() {
  for (const tag of navigator.languages ?? [navigator.language]) {
    const lower = String(tag).toLowerCase();
    if (lower.startsWith('yue') || lower === 'zh-hk' || lower === 'zh-mo') return 'yue-HK';
    if (lower.startsWith('zh')) return 'zh-CN';
    if (lower.startsWith('en')) return 'en-US';
  }
  return LOCALES[0];
}

function idleSeconds(param) {
  const seconds = Number(param);
  return Number.isFinite(seconds) && seconds >= 1 && seconds <= 600 ? seconds : 60;
}
