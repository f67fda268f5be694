// The flow studio (issue 13 item 4): choose a flow, locale, medium and demo caller; step through
// it on the real engine (scratch data); the current state highlighted on the flow's diagram.
/* global mermaid */
const $ = (id) => document.getElementById(id);
let csrf = null;
let play = null;
let renders = 0;
const diagrams = new Map();

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined && v !== null) node.setAttribute(k, v);
  for (const child of children) node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  return node;
}

async function api(method, path, body) {
  const headers = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (csrf) headers['x-csrf-token'] = csrf;
  const res = await fetch(`api/${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const data = await res.json().catch(() => ({}));
  if (!res.ok) throw new Error(data.reason ?? `HTTP ${res.status}`);
  return data;
}

function showError(error) {
  $('error').hidden = !error;
  $('error').textContent = error ? error.message : '';
}

async function run(action) {
  try {
    showError(null);
    await action();
  } catch (error) {
    showError(error);
  }
}

function fill(select, items) {
  select.replaceChildren(...items.map(([value, label]) => el('option', { value }, label)));
}

async function diagramOf(page) {
  if (!diagrams.has(page)) diagrams.set(page, await api('GET', `diagrams/${encodeURIComponent(page)}`));
  return diagrams.get(page);
}

/** Draws a flow page's diagram, the state `id` highlighted. */
async function draw(page, id, trail) {
  const diagram = await diagramOf(page);
  const text = id ? `${diagram.mermaid}\n  classDef current fill:#fde68a,stroke:#b45309,stroke-width:3px,font-weight:bold\n  class ${id} current` : diagram.mermaid;
  const { svg } = await mermaid.render(`diagram-${++renders}`, text);
  $('diagram').innerHTML = svg;
  $('diagram').dataset.page = page;
  $('diagram').dataset.current = id;
  $('trail').replaceChildren(
    ...trail.flatMap((name, i) => [i ? ' › ' : '', name === page ? el('strong', {}, name) : el('button', { type: 'button', 'data-page': name }, name)]),
  );
}

function renderTurn(turn) {
  $('turn').hidden = false;
  $('turn-title').textContent = `Turn ${turn.n} · state ${turn.state}`;
  $('prompts').replaceChildren(
    ...turn.prompts.map((p) =>
      el(
        'li',
        {},
        el('div', {}, p.text),
        el('div', { class: 'key' }, p.key, p.seconds !== undefined ? ` · ${p.seconds} s` : ''),
        ...(p.ssml ? [el('details', {}, el('summary', {}, 'SSML'), el('div', { class: 'ssml' }, p.ssml))] : []),
      ),
    ),
  );
  $('turn-seconds').textContent = turn.seconds !== null ? `Heard in about ${turn.seconds} s at the N2 rate.` : '';
  const q = $('question');
  q.replaceChildren();
  if (turn.ask) {
    const a = turn.ask;
    q.append(
      el('div', {}, `Question: ${a.kind}${a.numDigits ? ` (${a.numDigits} digits, # to finish)` : ''} by ${a.input.join(' / ')}`),
      el('div', { class: 'choices' }, ...a.choices.map((c) => el('button', { type: 'button', 'data-choice': c.id, 'data-dtmf': c.dtmf }, c.dtmf ? `${c.dtmf} · ${c.label}` : c.label))),
      el('div', { class: 'meta' }, `silence after ${a.timeoutSeconds} s · barge-in ${a.bargeIn ? 'on' : 'off'}${a.hints.length ? ` · hints: ${a.hints.join(', ')}` : ''}`),
    );
  } else if (turn.end) {
    q.append(el('div', { class: 'ended' }, `Ended: ${JSON.stringify(turn.end)}`));
  }
  for (const control of $('act').elements) control.disabled = Boolean(turn.end);
}

async function render(view) {
  play = view;
  const turn = view.turns.at(-1);
  renderTurn(turn);
  $('context').textContent = JSON.stringify(view.context, null, 2);
  $('history').hidden = false;
  $('turns').replaceChildren(
    ...view.turns.map((t) =>
      el(
        'li',
        { class: t === turn ? 'current' : undefined },
        `${t.n}. ${t.input ? `${JSON.stringify(t.input)} → ` : ''}${t.state} `,
        t === turn ? '' : el('button', { type: 'button', 'data-rewind': t.n }, 'rewind here'),
      ),
    ),
  );
  $('save').href = `api/plays/${view.id}/script`;
  const caller = view.settings.caller ? ` --from ${view.settings.caller}` : '';
  const flow = view.settings.flow === 'inbound' ? '' : ` --flow ${view.settings.flow} --task demo`;
  $('command').textContent = `npm run simulate --${flow}${caller} --locale ${view.settings.locale} --medium ${view.settings.medium} --script studio-${view.settings.flow}-${view.settings.locale}.json`;
  if (turn.diagram) await draw(turn.diagram.page, turn.diagram.id, turn.diagram.trail);
}

const step = (input) => run(async () => render(await api('POST', `plays/${play.id}/inputs`, input)));

async function init() {
  mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', theme: 'default', flowchart: { useMaxWidth: true } });
  const options = await api('GET', 'options');
  if (options.production) csrf = (await fetch('/console/api/session').then((r) => (r.ok ? r.json() : {}))).csrfToken ?? null;
  fill($('flow'), options.flows.map((f) => [f.id, f.id]));
  fill($('locale'), options.locales.map((l) => [l, l]));
  fill($('medium'), options.media.map((m) => [m, m === 'voice' ? 'voice (phone)' : 'text (chat)']));
  fill($('caller'), options.callers.map((c) => [c.phone ?? '', c.label]));
  $('setup').addEventListener('submit', (event) => {
    event.preventDefault();
    run(async () => render(await api('POST', 'plays', { flow: $('flow').value, locale: $('locale').value, medium: $('medium').value, caller: $('caller').value || null })));
  });
  $('act').addEventListener('submit', (event) => {
    event.preventDefault();
    const words = $('words').value.trim();
    $('words').value = '';
    step(play.settings.medium === 'voice' ? { speech: words } : { text: words });
  });
  $('press').addEventListener('click', () => {
    const keys = $('keys').value.trim();
    $('keys').value = '';
    step({ dtmf: keys });
  });
  $('silence').addEventListener('click', () => step({ silence: true }));
  $('hangup').addEventListener('click', () => step({ hangup: true }));
  $('question').addEventListener('click', (event) => {
    const button = event.target.closest('button[data-choice]');
    if (!button) return;
    // On the phone a choice is a key; in chat, a quick reply.
    step(play.settings.medium === 'voice' && button.dataset.dtmf ? { dtmf: button.dataset.dtmf } : { choice: button.dataset.choice });
  });
  $('turns').addEventListener('click', (event) => {
    const button = event.target.closest('button[data-rewind]');
    if (button) run(async () => render(await api('POST', `plays/${play.id}/rewind`, { turn: Number(button.dataset.rewind) })));
  });
  $('trail').addEventListener('click', (event) => {
    const button = event.target.closest('button[data-page]');
    if (button) run(() => draw(button.dataset.page, '', play.turns.at(-1).diagram.trail));
  });
}

init().catch(showError);
