// The 95598 web chat page (N25): a thin client of the JSON chat API beside it (POST sessions,
// sessions/:id/messages, sessions/:id/end). The flow decides what is said; this file only shows
// it. Service text is always set with textContent, never parsed as HTML.

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
  },
};
const LOCALES = Object.keys(UI);

/** Seconds without typing, while the service waits, before the channel reports silence (rule 3). */
const IDLE_SECONDS = idleSeconds(new URLSearchParams(location.search).get('idle'));

const $ = (id) => document.getElementById(id);
const view = {
  locale: $('locale'),
  start: $('start'),
  phone: $('phone'),
  messages: $('messages'),
  notice: $('notice'),
  quick: $('quick'),
  composer: $('composer'),
  text: $('text'),
  send: $('send'),
  end: $('end'),
  restart: $('restart'),
};

const chat = { id: null, locale: preferredLocale(), busy: false, over: false, expect: null, idle: 0 };

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
  view.text.value = '';
  void send({ text }, text);
});
// Typing means the customer is there: the silence clock starts again.
view.text.addEventListener('input', () => {
  if (chat.idle) armIdle();
});
view.end.addEventListener('click', () => void send(null, null));
view.restart.addEventListener('click', reset);

async function start() {
  if (chat.busy) return;
  const phone = view.phone.value.trim();
  setBusy(true);
  try {
    const reply = await post('sessions', { locale: view.locale.value, ...(phone ? { phone } : {}) });
    chat.id = reply.id;
    chat.over = false;
    view.start.hidden = true;
    view.composer.hidden = false;
    view.end.hidden = false;
    view.locale.disabled = true; // the chat's language is now the flow's business (it can switch)
    view.text.disabled = false;
    hideNotice();
    show(reply);
  } catch (error) {
    showError(error);
  } finally {
    setBusy(false);
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
    show(reply);
  } catch (error) {
    // Not sent: take the bubble back and give the words back to send again.
    echoed?.remove();
    showError(error);
    if (body?.text && !view.text.value) view.text.value = body.text;
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
  if (reply.end) {
    finish(reply.end);
    return;
  }
  placeholder();
  armIdle();
  if (document.activeElement === document.body || !document.activeElement) view.text.focus();
}

/** The chat is over (ended by the flow, the customer, or lost): say how, and stop input. */
function finish(end) {
  chat.over = true;
  clearIdle();
  view.quick.replaceChildren();
  view.text.disabled = true;
  view.send.disabled = true;
  view.text.placeholder = '';
  view.end.hidden = true;
  view.restart.hidden = false;
  view.locale.disabled = false;
  const locale = end?.locale ?? chat.locale;
  if (end) bubble('system', t(end.type, locale) ?? t('hangup', locale), locale);
  view.restart.focus();
}

function reset() {
  clearIdle();
  Object.assign(chat, { id: null, over: false, expect: null });
  view.messages.replaceChildren();
  view.quick.replaceChildren();
  hideNotice();
  view.composer.hidden = true;
  view.restart.hidden = true;
  view.end.hidden = true;
  view.text.disabled = false;
  view.send.disabled = false;
  view.text.value = '';
  view.start.hidden = false;
  view.locale.disabled = false;
  view.phone.focus();
}

function bubble(who, text, locale) {
  const item = document.createElement('li');
  item.className = `message ${who}`;
  item.lang = locale;
  if (who !== 'system') {
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
  if (chat.over || !chat.expect) return;
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
async function post(path, body) {
  let response;
  try {
    response = await fetch(new URL(path, location.href), {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
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
}

function placeholder() {
  const digits = chat.expect?.kind === 'digits';
  view.text.inputMode = digits ? 'numeric' : 'text';
  view.text.placeholder = chat.over ? '' : digits ? t('digits')(chat.expect.numDigits) : t('placeholder');
}

function setBusy(busy) {
  chat.busy = busy;
  view.messages.setAttribute('aria-busy', String(busy));
  view.send.disabled = busy || chat.over;
  view.end.disabled = busy;
  view.start.querySelector('button').disabled = busy;
  for (const button of view.quick.querySelectorAll('button')) button.disabled = busy;
}

function showError(error) {
  const key = error.status === 0 ? 'offline' : error.status === 404 ? 'gone' : 'error';
  // The API's reason is for people too ({error, reason}); shown after the plain words.
  view.notice.textContent = error.reason && error.status !== 404 ? `${t(key)} (${error.reason})` : t(key);
  view.notice.hidden = false;
}

function hideNotice() {
  view.notice.hidden = true;
  view.notice.textContent = '';
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
