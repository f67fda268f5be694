// The 95598 duty desk (值班台, issue 12): a thin client of /console/api (session, live events,
// chats) and /api/admin (lists and the supervisors' actions), signed in with a session cookie.
// Every change sends the session's CSRF token. Text from the service is set with textContent only.

const UI = {
  'zh-CN': {
    title: '值班台', language: '语言', signOut: '退出', signInTitle: '登录值班台', name: '用户名', password: '密码', signIn: '登录',
    sections: '功能', chats: '在线会话', escalations: '升级工单', incidents: '异常来电', blacklist: '黑名单', announcement: '停电公告',
    callbacks: '回访任务', workOrders: '工单查询', queueTitle: '排队与接入中的会话', queueEmpty: '目前没有等待的会话。',
    transcript: '对话记录', sayLabel: '回复客户', send: '发送', returnTo: '交回机器人：', entryMenu: '主菜单', entryFault: '故障报修',
    entryQuery: '查询', entryConsultation: '业务咨询', entryComplaint: '投诉', entryReport: '举报', return: '交回', outcome: '处理结果',
    close: '结束会话', take: '接入', escalationsTitle: '升级到值班负责人的工单', status: '状态', all: '全部',
    st_waiting: '等待中', st_connected: '已接通', st_callback: '待回电', st_closed: '已关闭', st_taken: '接入中', st_timed_out: '等待超时',
    incidentsTitle: '辱骂与无声来电', blacklistTitle: '黑名单', proposals: '待审批', active: '生效中', annZh: '普通话', annYue: '粤语', annEn: '英语',
    announcementTitle: '大面积停电公告（菜单前播放）', save: '发布', clear: '撤销公告', callbacksTitle: '待回访（按到期时间）',
    workOrdersTitle: '工单查询', phone: '电话', account: '户号', kind: '类型', k_repair: '报修', k_complaint: '投诉', k_report: '举报',
    k_application: '业务申请', o_open: '处理中', o_closed: '已办结', o_abandoned: '未完成（客户挂断）', from: '起始日期', to: '截止日期', search: '查询',
    ticket: '工单号', address: '地址', description: '内容', created: '时间', prev: '上一页', next: '下一页',
    page: (p, n, total) => `第 ${p}/${n} 页，共 ${total} 条`, queueAgent: '人工', queueSupervisor: '值班负责人', waitingSince: '排队自',
    takenBy: (n) => `${n} 接入中`, customer: '客户', bot: '智能客服', system: '系统', agentSaid: (n) => n, reason: '原因', summary: '摘要',
    context: '已收集信息', view: '查看对话', hide: '收起', callerLabel: '来电号码', customerLabel: '用户', faultLabel: '故障', answersLabel: '已答',
    ticketLabel: '工单', draftLabel: '未完成的记录', none: '无', approve: '批准', reject: '驳回', lift: '解除', reasonPrompt: '原因（必填）',
    addedBy: '添加人', expires: '到期', untilLifted: '直至解除', evidence: '证据', silent: '无声来电', abuse: '辱骂', due: '到期',
    overdue: '已逾期', dueSoon: '即将到期', done: '已完成', cancel: '取消', notBefore: '可外呼时间', current: '当前公告：', noAnnouncement: '当前没有公告。',
    setStatus: '改为', saved: '已保存。', failed: '操作未成功：', wrongPassword: '用户名或密码不正确。', offline: '网络连接中断，正在重连…',
    live: '实时', typing: '客户正在输入…', customerLeft: '客户已离开。', nobody: '—', priority: '优先级', forbidden: '您的角色不能执行此操作。',
  },
  'en-US': {
    title: 'Duty desk', language: 'Language', signOut: 'Sign out', signInTitle: 'Sign in to the duty desk', name: 'User name', password: 'Password',
    signIn: 'Sign in', sections: 'Sections', chats: 'Live chats', escalations: 'Escalations', incidents: 'Incidents', blacklist: 'Blacklist',
    announcement: 'Outage notice', callbacks: 'Callbacks', workOrders: 'Work orders', queueTitle: 'Chats waiting or being served',
    queueEmpty: 'No chat is waiting.', transcript: 'Transcript', sayLabel: 'Reply to the customer', send: 'Send', returnTo: 'Back to the bot at:',
    entryMenu: 'Main menu', entryFault: 'Fault report', entryQuery: 'Query', entryConsultation: 'Consultation', entryComplaint: 'Complaint',
    entryReport: 'Report', return: 'Hand back', outcome: 'Outcome', close: 'Close chat', take: 'Take', escalationsTitle: 'Escalations to the duty supervisor',
    status: 'Status', all: 'All', st_waiting: 'Waiting', st_connected: 'Connected', st_callback: 'Callback', st_closed: 'Closed', st_taken: 'Being served',
    st_timed_out: 'Not taken in time', incidentsTitle: 'Abusive and silent calls', blacklistTitle: 'Blacklist', proposals: 'Proposed',
    active: 'Active', annZh: 'Mandarin', annYue: 'Cantonese', annEn: 'English', announcementTitle: 'Mass-outage notice (played before the menu)',
    save: 'Publish', clear: 'Withdraw', callbacksTitle: 'Callbacks due (by due time)', workOrdersTitle: 'Work orders', phone: 'Phone',
    account: 'Account', kind: 'Kind', k_repair: 'Repair', k_complaint: 'Complaint', k_report: 'Report', k_application: 'Application',
    o_open: 'Open', o_closed: 'Closed', o_abandoned: 'Abandoned (hung up)', from: 'From', to: 'To', search: 'Search', ticket: 'Ticket',
    address: 'Address', description: 'Description', created: 'Created', prev: 'Previous', next: 'Next',
    page: (p, n, total) => `Page ${p} of ${n}, ${total} in all`, queueAgent: 'Agent', queueSupervisor: 'Supervisor', waitingSince: 'Waiting since',
    takenBy: (n) => `with ${n}`, customer: 'Customer', bot: 'Bot', system: 'Service', agentSaid: (n) => n, reason: 'Reason', summary: 'Summary',
    context: 'Collected', view: 'Show transcript', hide: 'Hide', callerLabel: 'Caller', customerLabel: 'Customer', faultLabel: 'Fault',
    answersLabel: 'Answers', ticketLabel: 'Ticket', draftLabel: 'Unfinished report', none: 'none', approve: 'Approve', reject: 'Reject',
    lift: 'Lift', reasonPrompt: 'Reason (required)', addedBy: 'Added by', expires: 'Expires', untilLifted: 'until lifted', evidence: 'Evidence',
    silent: 'Silent call', abuse: 'Abuse', due: 'Due', overdue: 'Overdue', dueSoon: 'Due soon', done: 'Done', cancel: 'Cancel',
    notBefore: 'Call from', current: 'Current notice: ', noAnnouncement: 'No notice is set.', setStatus: 'Set to', saved: 'Saved.',
    failed: 'Not done: ', wrongPassword: 'The name or the password is not right.', offline: 'Connection lost, reconnecting…', live: 'Live',
    typing: 'The customer is typing…', customerLeft: 'The customer has left.', nobody: '—', priority: 'Priority', forbidden: 'Your role cannot do this.',
  },
};

const $ = (id) => document.getElementById(id);
const state = {
  locale: localStorage.getItem('desk-locale') === 'en-US' ? 'en-US' : 'zh-CN',
  session: null,
  tab: 'chats',
  queue: [],
  selected: null,
  view: null,
  shown: new Set(),
  orders: { params: null, cursors: [null], page: 0, items: [], total: 0, nextCursor: null },
  events: null,
};
const PAGE_SIZE = 20;

const t = (key, ...args) => {
  const value = UI[state.locale][key] ?? UI['zh-CN'][key] ?? key;
  return typeof value === 'function' ? value(...args) : value;
};
const may = (permission) => state.session?.permissions.includes(permission);

// --- start --------------------------------------------------------------------------------------

$('locale').value = state.locale;
$('locale').addEventListener('change', () => {
  state.locale = $('locale').value;
  localStorage.setItem('desk-locale', state.locale);
  applyLocale();
  renderAll();
});
$('sign-in').addEventListener('submit', (event) => {
  event.preventDefault();
  void signIn();
});
$('sign-out').addEventListener('click', () => void signOut());
for (const button of document.querySelectorAll('[data-tab]')) button.addEventListener('click', () => showTab(button.dataset.tab));
applyLocale();
void start();

async function start() {
  try {
    state.session = await api('GET', 'api/session');
    enterDesk();
  } catch {
    showSignIn();
  }
}

function showSignIn() {
  $('sign-in').hidden = false;
  $('desk').hidden = true;
  $('me').hidden = true;
  $('sign-out').hidden = true;
  $('name').focus();
}

async function signIn() {
  hideNotice();
  try {
    state.session = await api('POST', 'api/session', { name: $('name').value.trim(), password: $('password').value });
    $('password').value = '';
    enterDesk();
  } catch (error) {
    notice(error.status === 401 ? t('wrongPassword') : `${t('failed')}${error.message}`);
  }
}

async function signOut() {
  await api('DELETE', 'api/session').catch(() => {});
  state.events?.close();
  state.session = null;
  showSignIn();
}

function enterDesk() {
  $('sign-in').hidden = true;
  $('desk').hidden = false;
  $('me').hidden = false;
  $('me').textContent = `${state.session.user.name}（${state.session.user.role}）`;
  $('sign-out').hidden = false;
  listen();
  showTab(state.tab);
  void refreshCounts();
}

// --- live ---------------------------------------------------------------------------------------

function listen() {
  state.events?.close();
  const events = new EventSource('api/events');
  state.events = events;
  events.addEventListener('open', () => hideNotice());
  events.addEventListener('error', () => {
    if (events.readyState !== EventSource.CLOSED) notice(t('offline'));
  });
  events.addEventListener('handover', (e) => {
    const { handover } = JSON.parse(e.data);
    void refreshQueue();
    if (handover.conversationId === state.selected) void openChat(state.selected);
  });
  events.addEventListener('entries', (e) => {
    const { conversationId, entries } = JSON.parse(e.data);
    if (conversationId === state.selected) for (const entry of entries) appendEntry(entry);
  });
  events.addEventListener('changed', (e) => {
    const { topics } = JSON.parse(e.data);
    void refreshCounts();
    const panels = { escalations: 'escalations', incidents: 'incidents', blacklist: 'blacklist', announcement: 'announcement', callbacks: 'callbacks', workOrders: 'workOrders' };
    for (const topic of topics) if (panels[topic] === state.tab) void loadTab(state.tab);
  });
}

// --- tabs ---------------------------------------------------------------------------------------

function showTab(tab) {
  state.tab = tab;
  for (const button of document.querySelectorAll('[data-tab]')) {
    if (button.dataset.tab === tab) button.setAttribute('aria-current', 'page');
    else button.removeAttribute('aria-current');
  }
  for (const panel of document.querySelectorAll('.panel')) panel.hidden = panel.id !== `panel-${tab}`;
  void loadTab(tab);
}

async function loadTab(tab) {
  try {
    if (tab === 'chats') await refreshQueue();
    else if (tab === 'escalations') await loadEscalations();
    else if (tab === 'incidents') await loadIncidents();
    else if (tab === 'blacklist') await loadBlacklist();
    else if (tab === 'announcement') await loadAnnouncement();
    else if (tab === 'callbacks') await loadCallbacks();
    else if (tab === 'workOrders') renderOrders();
  } catch (error) {
    failed(error);
  }
}

function renderAll() {
  if (state.session) {
    enterDeskLabels();
    void loadTab(state.tab);
    if (state.view) renderChat();
  }
}

function enterDeskLabels() {
  $('me').textContent = `${state.session.user.name}（${state.session.user.role}）`;
}

async function refreshCounts() {
  const [escalations, blacklist, callbacks] = await Promise.all([
    api('GET', '/api/admin/escalations?status=waiting'),
    api('GET', '/api/admin/blacklist?status=proposed'),
    api('GET', '/api/admin/callbacks?status=pending'),
  ]).catch(() => [null, null, null]);
  setCount('escalations', escalations?.count);
  setCount('blacklist', blacklist?.count);
  setCount('callbacks', callbacks?.items.filter((c) => Date.parse(c.dueAt) <= Date.now()).length);
}

function setCount(name, n) {
  const node = document.querySelector(`[data-count="${name}"]`);
  if (node) node.textContent = n ? `(${n})` : '';
}

// --- chats --------------------------------------------------------------------------------------

async function refreshQueue() {
  const { items } = await api('GET', 'api/chats');
  state.queue = items;
  setCount('chats', items.filter((h) => h.status === 'waiting').length);
  const list = $('queue');
  list.replaceChildren(
    ...items.map((h) => {
      const item = el('li', { className: `item${h.conversationId === state.selected ? ' selected' : ''}` });
      const open = el('button', { type: 'button', className: 'link' }, `${h.queue === 'supervisor' ? t('queueSupervisor') : t('queueAgent')} · ${h.reason} · ${t(`st_${h.status}`)}`);
      open.addEventListener('click', () => void openChat(h.conversationId));
      item.append(
        open,
        el('p', { className: 'meta' }, `${t('priority')} ${h.priority} · ${t('waitingSince')} ${time(h.createdAt)}${h.takenBy ? ` · ${t('takenBy', h.takenBy)}` : ''}`),
        el('p', { className: 'summary' }, h.summary),
      );
      return item;
    }),
  );
  $('queue-empty').hidden = items.length > 0;
}

async function openChat(conversationId) {
  state.selected = conversationId;
  state.view = await api('GET', `api/chats/${encodeURIComponent(conversationId)}`);
  renderChat();
  for (const item of $('queue').children) item.classList.remove('selected');
}

function renderChat() {
  const { handover, transcript, collected } = state.view;
  $('chat').hidden = false;
  $('chat-title').textContent = handover ? `${handover.queue === 'supervisor' ? t('queueSupervisor') : t('queueAgent')} · ${t(`st_${handover.status}`)}${handover.takenBy ? ` · ${t('takenBy', handover.takenBy)}` : ''}` : state.view.conversationId;
  renderCollected(collected, handover);
  state.shown = new Set();
  $('transcript').replaceChildren();
  for (const entry of transcript) appendEntry(entry);
  const mine = handover?.status === 'taken' && handover.takenBy === state.session.user.name;
  const takeable = handover && (handover.status === 'waiting' || handover.status === 'timed_out');
  const permitted = handover && may(handover.queue === 'supervisor' ? 'chat.supervisor' : 'chat.agent');
  $('take').hidden = !(takeable && permitted);
  $('say').hidden = !mine;
  $('chat-actions').hidden = !mine;
  if (mine && document.activeElement === $('take')) $('say-text').focus();
}

function renderCollected(c, handover) {
  const facts = $('collected');
  const rows = [];
  if (handover) rows.push([t('summary'), handover.summary]);
  if (c) {
    rows.push([t('callerLabel'), c.caller ?? t('none')]);
    if (c.customer) rows.push([t('customerLabel'), `${c.customer.name} · ${c.customer.account} · ${c.customer.address}`]);
    if (c.fault) rows.push([t('faultLabel'), [c.fault.danger ? '⚠' : '', c.fault.scope, c.fault.address, c.fault.description].filter(Boolean).join(' · ')]);
    const answers = Object.entries(c.answers ?? {});
    if (answers.length) rows.push([t('answersLabel'), answers.map(([k, v]) => `${k}: ${v}`).join('；')]);
    if (c.ticket) rows.push([t('ticketLabel'), `${c.ticket.id} (${c.ticket.kind})`]);
    if (c.draft) rows.push([t('draftLabel'), c.draft]);
  }
  facts.replaceChildren(...rows.flatMap(([k, v]) => [el('dt', {}, k), el('dd', {}, v)]));
}

function appendEntry(entry) {
  if (state.shown.has(entry.seq)) return;
  state.shown.add(entry.seq);
  const who = entry.author === 'agent' ? entry.name : t(entry.author);
  const item = el('li', { className: `line ${entry.author}`, lang: entry.locale ?? '' });
  item.append(el('span', { className: 'speaker' }, `${who} · ${time(entry.at)}`), el('span', { className: 'words' }, entry.text));
  $('transcript').append(item);
  $('transcript').scrollTop = $('transcript').scrollHeight;
}

$('take').addEventListener('click', () =>
  act(async () => {
    await api('POST', `api/handovers/${state.view.handover.id}/take`);
    await openChat(state.selected);
    $('say-text').focus();
  }),
);
$('say').addEventListener('submit', (event) => {
  event.preventDefault();
  const text = $('say-text').value.trim();
  if (!text) return;
  void act(async () => {
    const entry = await api('POST', `api/handovers/${state.view.handover.id}/messages`, { text });
    $('say-text').value = '';
    countSay();
    appendEntry(entry);
  });
});
let typingSent = 0;
$('say-text').addEventListener('input', () => {
  countSay();
  // The customer sees "typing" at most every 3 s.
  if (Date.now() - typingSent > 3000 && state.view?.handover) {
    typingSent = Date.now();
    void api('POST', `api/handovers/${state.view.handover.id}/typing`).catch(() => {});
  }
});
function countSay() {
  $('say-count').textContent = `${$('say-text').value.length}/500`;
}
$('return').addEventListener('click', () =>
  act(async () => {
    await api('POST', `api/handovers/${state.view.handover.id}/return`, { entry: $('entry').value });
    await openChat(state.selected);
  }),
);
$('close').addEventListener('click', () =>
  act(async () => {
    const outcome = $('outcome').value.trim();
    await api('POST', `api/handovers/${state.view.handover.id}/close`, outcome ? { outcome } : {});
    $('outcome').value = '';
    await openChat(state.selected);
  }),
);

// --- escalations --------------------------------------------------------------------------------

$('escalation-status').addEventListener('change', () => void loadEscalations().catch(failed));

async function loadEscalations() {
  const status = $('escalation-status').value;
  const { items } = await api('GET', `/api/admin/escalations${status ? `?status=${status}` : ''}`);
  $('escalation-list').replaceChildren(
    ...items.map((e) => {
      const item = el('li', { className: 'item' });
      item.append(
        el('p', { className: 'head' }, `${t('priority')} ${e.priority} · ${e.reason} · ${t(`st_${e.status}`)} · ${e.channel} · ${e.phone ?? t('none')}`),
        el('p', { className: 'meta' }, `${time(e.createdAt)}${e.supervisor ? ` · ${e.supervisor}` : ''}${e.outcome ? ` · ${e.outcome}` : ''}`),
        el('p', { className: 'summary' }, e.summary),
        el('p', { className: 'meta' }, `${t('context')}: ${JSON.stringify(e.context)}`),
      );
      const row = el('div', { className: 'row' });
      const view = el('button', { type: 'button', className: 'secondary' }, t('view'));
      const lines = el('ol', { className: 'transcript small', tabIndex: 0 });
      lines.hidden = true;
      view.addEventListener('click', () =>
        act(async () => {
          if (!lines.hidden) {
            lines.hidden = true;
            return;
          }
          const chat = await api('GET', `api/chats/${encodeURIComponent(e.conversationId)}`);
          lines.replaceChildren(
            ...chat.transcript.map((x) => el('li', { className: `line ${x.author}` }, `${x.author === 'agent' ? x.name : t(x.author)}：${x.text}`)),
          );
          lines.hidden = false;
        }),
      );
      row.append(view);
      if (may('escalation.update') && e.status !== 'closed') {
        const outcome = el('input', { maxLength: 200, ariaLabel: t('outcome') });
        outcome.setAttribute('aria-label', t('outcome'));
        row.append(outcome);
        for (const status of ['connected', 'callback', 'closed'].filter((s) => s !== e.status)) {
          const b = el('button', { type: 'button', className: 'secondary' }, `${t('setStatus')}${t(`st_${status}`)}`);
          b.addEventListener('click', () =>
            act(async () => {
              await api('PATCH', `/api/admin/escalations/${e.id}`, { status, ...(outcome.value.trim() ? { outcome: outcome.value.trim() } : {}) });
              await loadEscalations();
            }),
          );
          row.append(b);
        }
      }
      item.append(row, lines);
      return item;
    }),
  );
}

// --- incidents ----------------------------------------------------------------------------------

async function loadIncidents() {
  const { items } = await api('GET', '/api/admin/incidents');
  $('incident-list').replaceChildren(
    ...items.map((i) =>
      el(
        'li',
        { className: 'item' },
        `${time(i.at)} · ${i.kind === 'abuse' ? t('abuse') : t('silent')} · ${i.phone ?? t('none')}${i.evidence.length ? ` · ${t('evidence')}: ${i.evidence.join(' / ')}` : ''}`,
      ),
    ),
  );
}

// --- blacklist ----------------------------------------------------------------------------------

async function loadBlacklist() {
  const [proposed, active] = await Promise.all([api('GET', '/api/admin/blacklist?status=proposed'), api('GET', '/api/admin/blacklist?status=active')]);
  $('proposal-list').replaceChildren(...proposed.items.map((e) => blacklistItem(e, true)));
  $('blacklist-list').replaceChildren(...active.items.map((e) => blacklistItem(e, false)));
}

function blacklistItem(e, proposal) {
  const item = el('li', { className: 'item' });
  item.append(
    el('p', { className: 'head' }, `${e.phone} · ${e.reason}`),
    el('p', { className: 'meta' }, `${t('addedBy')} ${e.addedBy ?? e.by ?? ''} · ${time(e.addedAt)} · ${t('expires')} ${e.expiresAt ? time(e.expiresAt) : t('untilLifted')}`),
  );
  if (may('blacklist.change')) {
    const row = el('div', { className: 'row' });
    const reason = el('input', { maxLength: 500 });
    reason.setAttribute('aria-label', `${t('reasonPrompt')} ${e.phone}`);
    reason.placeholder = t('reasonPrompt');
    row.append(reason);
    if (proposal) {
      const approve = el('button', { type: 'button', className: 'primary' }, t('approve'));
      approve.addEventListener('click', () => act(async () => (await api('POST', `/api/admin/blacklist/${encodeURIComponent(e.phone)}/approve`), loadBlacklist())));
      row.append(approve);
    }
    const lift = el('button', { type: 'button', className: 'secondary' }, proposal ? t('reject') : t('lift'));
    lift.addEventListener('click', () =>
      act(async () => {
        if (!reason.value.trim()) {
          reason.focus();
          throw new Error(t('reasonPrompt'));
        }
        await api('DELETE', `/api/admin/blacklist/${encodeURIComponent(e.phone)}`, { reason: reason.value.trim() });
        await loadBlacklist();
      }),
    );
    row.append(lift);
    item.append(row);
  }
  return item;
}

// --- announcement -------------------------------------------------------------------------------

async function loadAnnouncement() {
  const { announcement } = await api('GET', '/api/admin/announcement');
  const text = announcement?.text ?? {};
  $('announcement-current').textContent = announcement ? `${t('current')}${text['zh-CN'] ?? ''}（${announcement.by}，${time(announcement.at)}）` : t('noAnnouncement');
  $('ann-zh').value = text['zh-CN'] ?? '';
  $('ann-yue').value = text['yue-HK'] ?? '';
  $('ann-en').value = text['en-US'] ?? '';
  for (const id of ['ann-zh', 'ann-yue', 'ann-en', 'announcement-clear']) $(id).disabled = !may('announcement.set');
  $('announcement-form').querySelector('[type=submit]').disabled = !may('announcement.set');
}
$('announcement-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const text = { 'zh-CN': $('ann-zh').value.trim(), 'yue-HK': $('ann-yue').value.trim(), 'en-US': $('ann-en').value.trim() };
  for (const k of Object.keys(text)) if (!text[k]) delete text[k];
  void act(async () => {
    await api('PUT', '/api/admin/announcement', { text });
    notice(t('saved'));
    await loadAnnouncement();
  });
});
$('announcement-clear').addEventListener('click', () => act(async () => (await api('PUT', '/api/admin/announcement', {}), loadAnnouncement())));

// --- callbacks ----------------------------------------------------------------------------------

async function loadCallbacks() {
  const { items } = await api('GET', '/api/admin/callbacks?status=pending');
  const now = Date.now();
  $('callback-list').replaceChildren(
    ...items.map((c) => {
      const due = Date.parse(c.dueAt);
      const badge = due <= now ? t('overdue') : due - now < 3_600_000 ? t('dueSoon') : '';
      const item = el('li', { className: `item${due <= now ? ' overdue' : ''}` });
      item.append(
        el('p', { className: 'head' }, `${badge ? `【${badge}】` : ''}${c.kind} · ${c.phone}${c.account ? ` · ${c.account}` : ''}`),
        el('p', { className: 'meta' }, `${t('due')} ${time(c.dueAt)} · ${t('notBefore')} ${time(c.notBefore)}`),
        el('p', { className: 'summary' }, c.notes),
      );
      if (may('callback.update')) {
        const row = el('div', { className: 'row' });
        for (const status of ['done', 'cancelled']) {
          const b = el('button', { type: 'button', className: 'secondary' }, status === 'done' ? t('done') : t('cancel'));
          b.addEventListener('click', () => act(async () => (await api('PATCH', `/api/admin/callbacks/${c.id}`, { status }), loadCallbacks())));
          row.append(b);
        }
        item.append(row);
      }
      return item;
    }),
  );
}

// --- work orders: search, filters, paging -------------------------------------------------------

// The server pages (?limit=&cursor=): the console keeps the cursor of every page it has shown, so
// "previous" goes back exactly and "next" follows the API's nextCursor, however many orders there are.
$('order-search').addEventListener('submit', (event) => {
  event.preventDefault();
  const params = new URLSearchParams({ limit: String(PAGE_SIZE) });
  for (const [k, v] of new FormData($('order-search'))) if (String(v).trim()) params.set(k, String(v).trim());
  state.orders = { params, cursors: [null], page: 0, items: [], total: 0, nextCursor: null };
  void showOrderPage(0);
});
$('page-prev').addEventListener('click', () => void showOrderPage(state.orders.page - 1));
$('page-next').addEventListener('click', () => {
  if (state.orders.nextCursor === null) return;
  state.orders.cursors[state.orders.page + 1] = state.orders.nextCursor;
  void showOrderPage(state.orders.page + 1);
});

function showOrderPage(index) {
  if (index < 0 || index >= state.orders.cursors.length) return Promise.resolve();
  return act(async () => {
    const params = new URLSearchParams(state.orders.params);
    const cursor = state.orders.cursors[index];
    if (cursor) params.set('cursor', cursor);
    const { items, total, nextCursor } = await api('GET', `/api/admin/work-orders?${params}`);
    Object.assign(state.orders, { page: index, items, total, nextCursor });
    renderOrders();
  });
}

function renderOrders() {
  const { items, page, total, nextCursor } = state.orders;
  const rows = items.map((o) => {
    const tr = el('tr');
    for (const v of [o.id, t(`k_${o.kind}`), t(`o_${o.status}`), o.phone ?? '', o.address, o.description, time(o.createdAt)]) tr.append(el('td', {}, v));
    return tr;
  });
  $('order-rows').replaceChildren(...rows);
  $('page-info').textContent = t('page', page + 1, Math.max(1, Math.ceil(total / PAGE_SIZE)), total);
  $('page-prev').disabled = page === 0;
  $('page-next').disabled = nextCursor === null;
}

// --- helpers ------------------------------------------------------------------------------------

class ApiError extends Error {
  constructor(status, code, reason) {
    super(reason || code || `HTTP ${status}`);
    this.status = status;
    this.code = code;
  }
}

/** JSON to /console/api (relative) or /api/admin (absolute), with the CSRF token on changes. */
async function api(method, path, body) {
  const headers = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && state.session?.csrfToken) headers['x-csrf-token'] = state.session.csrfToken;
  let response;
  try {
    response = await fetch(new URL(path, location.href), { method, headers, credentials: 'same-origin', ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
  } catch {
    throw new ApiError(0, 'offline', t('offline'));
  }
  if (response.status === 204) return null;
  const data = await response.json().catch(() => null);
  if (!response.ok) {
    if (response.status === 401 && state.session && path !== 'api/session') {
      state.session = null;
      showSignIn();
    }
    throw new ApiError(response.status, data?.error, response.status === 403 && data?.error === 'forbidden' ? t('forbidden') : data?.reason);
  }
  return data;
}

async function act(fn) {
  hideNotice();
  try {
    await fn();
  } catch (error) {
    failed(error);
  }
}

function failed(error) {
  notice(`${t('failed')}${error.message}`);
}

function notice(text) {
  $('notice').textContent = text;
  $('notice').hidden = false;
}

function hideNotice() {
  $('notice').hidden = true;
  $('notice').textContent = '';
}

function el(tag, props = {}, text) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) if (k !== 'ariaLabel') node[k] = v;
  if (text !== undefined) node.textContent = String(text);
  return node;
}

const formatter = () =>
  new Intl.DateTimeFormat(state.locale, { timeZone: 'Asia/Shanghai', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hour12: false });
function time(iso) {
  return iso ? formatter().format(new Date(iso)) : '';
}

function applyLocale() {
  document.documentElement.lang = state.locale;
  document.title = `95598 ${t('title')}`;
  for (const node of document.querySelectorAll('[data-ui]')) node.textContent = t(node.dataset.ui);
  for (const node of document.querySelectorAll('[data-ui-label]')) node.setAttribute('aria-label', t(node.dataset.uiLabel));
}
