// crmkit web page: plain JS over the JSON API (docs/WEB.md). Every value from the server is put
// on the page with textContent / text nodes, never parsed as HTML.
'use strict';

const state = { manager: null, managers: [], today: null, zone: null, weekOffset: 0, chosenClient: null };

function el(tag, props, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(props || {})) {
    if (k === 'class') e.className = v;
    else if (k === 'data') for (const [dk, dv] of Object.entries(v)) e.dataset[dk] = dv;
    else if (k.startsWith('on')) e.addEventListener(k.substring(2), v);
    else e.setAttribute(k, v);
  }
  for (const c of children) {
    if (c === null || c === undefined) continue;
    e.appendChild(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
  }
  return e;
}

function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }

function status(text, error) {
  const s = document.getElementById('status');
  s.textContent = text || '';
  s.className = error ? 'error' : '';
}

async function api(method, path, body) {
  const init = { method, headers: {} };
  if (body !== undefined) { init.headers['Content-Type'] = 'application/json'; init.body = JSON.stringify(body); }
  const r = await fetch(path, init);
  const data = await r.json();
  if (!r.ok) {
    const e = new Error(data.error ? data.error.message : ('HTTP ' + r.status));
    e.payload = data.error;
    throw e;
  }
  return data;
}

function time(iso) { return iso.substring(11, 16); }
function money(m) { return m ? m.amount + ' ' + m.currency : '—'; }
function addDays(dateText, n) {
  const d = new Date(dateText + 'T00:00:00Z');
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().substring(0, 10);
}

// ---------------------------------------------------------------- managers

async function loadManagers() {
  const now = await api('GET', '/api/now');
  state.today = now.today; state.zone = now.zone;
  state.managers = await api('GET', '/api/managers');
  const select = document.getElementById('manager');
  clear(select);
  for (const m of state.managers) select.appendChild(el('option', { value: m.id }, m.name));
  const preferred = state.managers.find(m => m.id === 'm-anna') || state.managers[0];
  if (preferred) { select.value = preferred.id; state.manager = preferred.id; }
  select.addEventListener('change', () => { state.manager = select.value; refreshAll(); });
  state.nextHour = now.nextHour;
  document.getElementById('inq-followup-at').value = now.nextHour;
}

function managerName(id) {
  const m = state.managers.find(x => x.id === id);
  return m ? m.name : id;
}

function managerDepartment(id) {
  const m = state.managers.find(x => x.id === id);
  return m ? m.department : null;
}

// ---------------------------------------------------------------- accept inquiry

let searchTimer = null;
function searchText() {
  for (const id of ['inq-phone', 'inq-email', 'inq-name', 'inq-company']) {
    const v = document.getElementById(id).value.trim();
    if (v.length >= 2) return v;
  }
  return '';
}

function scheduleSearch() {
  clearTimeout(searchTimer);
  searchTimer = setTimeout(runSearch, 250);
}

async function runSearch() {
  const list = document.getElementById('search-results');
  const q = searchText();
  state.chosenClient = null;
  clear(list);
  if (!q) return;
  try {
    const r = await api('GET', '/api/clients/search?q=' + encodeURIComponent(q));
    for (const m of r.matches) {
      const li = el('li', { data: { client: m.client } },
        m.name, el('span', { class: 'kind' },
          m.exact ? 'matches by ' + m.matchedBy.toLowerCase() + ' — will be linked' : 'name match — click to link',
          ' · ' + m.activeInterests.length + ' active interest(s), ' + m.plannedInteractions.length + ' planned'));
      li.addEventListener('click', () => {
        for (const other of list.children) other.classList.remove('chosen');
        if (state.chosenClient === m.client) { state.chosenClient = null; return; }
        state.chosenClient = m.client; li.classList.add('chosen');
      });
      list.appendChild(li);
    }
  } catch (e) { status(e.message, true); }
}

async function submitInquiry(ev) {
  ev.preventDefault();
  const result = document.getElementById('inq-result');
  result.textContent = ''; result.className = '';
  const v = id => { const x = document.getElementById(id).value.trim(); return x === '' ? null : x; };
  const body = { manager: state.manager, channel: v('inq-channel'), phone: v('inq-phone'), email: v('inq-email'),
    name: v('inq-name'), company: v('inq-company'), note: v('inq-note'), confirmedClient: state.chosenClient,
    key: 'web-' + Date.now() + '-' + Math.random().toString(36).substring(2, 8) };
  try {
    const r = await api('POST', '/api/inquiries', body);
    let text = (r.newClient ? 'New client ' : 'Client ') + r.client + (r.newInterest ? ', new interest ' : ', interest ') + r.interest;
    if (document.getElementById('inq-followup').checked) {
      const start = document.getElementById('inq-followup-at').value;
      const end = new Date(new Date(start + 'Z').getTime() + 30 * 60000).toISOString().substring(0, 16);
      const who = body.name || body.company || body.phone || body.email;
      const x = await api('POST', '/api/interactions', { type: v('inq-followup-type'), client: r.client, interest: r.interest,
        manager: state.manager, subject: 'Follow up: ' + who, start, end });
      text += '; next step ' + x.id + ' planned';
    }
    result.textContent = text;
    document.getElementById('inquiry-form').reset();
    document.getElementById('inq-followup-at').value = state.nextHour;
    clear(document.getElementById('search-results'));
    state.chosenClient = null;
    await refreshAll();
  } catch (e) {
    result.textContent = e.message; result.className = 'error';
  }
}

// ---------------------------------------------------------------- my tasks

async function loadTasks() {
  const r = await api('GET', '/api/my-tasks?manager=' + encodeURIComponent(state.manager));
  const box = document.getElementById('tasks');
  clear(box);
  box.className = 'tasks';
  for (const [key, title] of [['overdue', 'Overdue'], ['today', 'Today'], ['upcoming', 'Upcoming']]) {
    const ul = el('ul', { id: 'tasks-' + key });
    for (const id of r[key].slice(0, 15)) {
      const x = r.interactions[id];
      ul.appendChild(el('li', { class: key === 'overdue' ? 'overdue' : '', data: { id } },
        (key === 'today' ? time(x.plannedStart) : x.plannedStart.substring(0, 10) + ' ' + time(x.plannedStart)) + ' ',
        x.subject || x.type, ' — ', x.clientName));
    }
    if (r[key].length > 15) ul.appendChild(el('li', {}, '… and ' + (r[key].length - 15) + ' more'));
    box.appendChild(el('h3', {}, title + ' (' + r[key].length + ')'));
    box.appendChild(ul);
  }
}

// ---------------------------------------------------------------- my sales

async function loadBoard() {
  const r = await api('GET', '/api/my-sales?manager=' + encodeURIComponent(state.manager));
  const board = document.getElementById('board');
  clear(board);
  const stages = r.funnel;
  r.stages.forEach((column, k) => {
    const col = el('div', { class: 'column', data: { stage: column.code } }, el('h3', {}, stages[k].name + ' (' + column.interests.length + ')'));
    for (const card of column.interests) {
      const i = r.interests[card.interest];
      const next = card.nextInteraction ? r.interactions[card.nextInteraction] : null;
      const c = el('div', { class: 'card' + (next ? '' : ' no-next'), data: { interest: card.interest } });
      if (k < stages.length - 1) {
        c.appendChild(el('button', { type: 'button', class: 'advance', title: 'Move to ' + stages[k + 1].name,
          onclick: () => advance(card.interest, i.version) }, '→'));
      }
      c.appendChild(el('div', { class: 'client' }, i.clientName));
      c.appendChild(el('div', { class: 'amount' }, money(card.amount)));
      c.appendChild(el('div', { class: 'next' }, next ? 'Next: ' + next.plannedStart.substring(0, 10) + ' ' + (next.subject || next.type) : 'No next step'));
      col.appendChild(c);
    }
    board.appendChild(col);
  });
}

async function advance(interest, version) {
  try {
    await api('POST', '/api/interests/' + encodeURIComponent(interest) + '/move', { by: state.manager, version });
    status('Moved ' + interest);
    await Promise.all([loadBoard(), loadFunnel()]);
  } catch (e) { status(e.message, true); }
}

// ---------------------------------------------------------------- calendar

async function loadCalendar() {
  const today = state.today;
  const weekday = (new Date(today + 'T00:00:00Z').getUTCDay() + 6) % 7;
  const from = addDays(today, -weekday + 7 * state.weekOffset);
  const to = addDays(from, 6);
  document.getElementById('week-label').textContent = from + ' — ' + to;
  const r = await api('GET', '/api/calendar?manager=' + encodeURIComponent(state.manager) + '&from=' + from + '&to=' + to);
  const week = document.getElementById('calendar');
  clear(week);
  for (const d of r.days) {
    const overlapping = new Set(d.overlaps.flat());
    const day = el('div', { class: 'day' + (d.date === today ? ' today' : ''), data: { date: d.date } },
      el('h3', {}, d.date), el('div', { class: 'load' }, d.hours + ' h · ' + d.points + ' pts'));
    for (const id of d.interactions) {
      const x = r.interactions[id];
      day.appendChild(el('div', { class: 'item' + (overlapping.has(id) ? ' overlap' : '') },
        time(x.plannedStart) + ' ' + (x.subject || x.type)));
    }
    week.appendChild(day);
  }
}

// ---------------------------------------------------------------- funnel and traffic light

async function loadFunnel() {
  const from = addDays(state.today, -365);
  document.getElementById('funnel-period').textContent = 'company, active interests now';
  const r = await api('GET', '/api/reports/SALES_FUNNEL?scope=company&from=' + from + '&to=' + state.today);
  const box = document.getElementById('funnel');
  clear(box);
  const max = Math.max(1, ...r.stages.map(s => s.activeCount));
  for (const s of r.stages) {
    const bar = el('div', { class: 'bar' });
    bar.style.width = Math.round(260 * s.activeCount / max) + 'px';
    box.appendChild(el('div', { class: 'bar-row', data: { stage: s.code } },
      el('span', { class: 'label' }, s.name || s.code), bar,
      el('span', { class: 'count' }, String(s.activeCount)),
      el('span', { class: 'sum' }, Object.entries(s.activeAmount).map(([c, a]) => a + ' ' + c).join(', '))));
  }
}

async function loadTraffic() {
  const dep = managerDepartment(state.manager);
  const scope = dep ? 'department:' + dep : 'manager:' + state.manager;
  const r = await api('GET', '/api/traffic-light?scope=' + encodeURIComponent(scope));
  const totals = document.getElementById('traffic-totals');
  clear(totals);
  for (const c of ['red', 'yellow', 'green']) {
    totals.appendChild(el('span', { data: { colour: c } }, el('span', { class: 'dot ' + c.toUpperCase() }), c + ': ' + r.totals[c]));
  }
  const body = document.querySelector('#traffic tbody');
  clear(body);
  for (const row of r.clients.slice(0, 200)) {
    body.appendChild(el('tr', { data: { client: row.client } },
      el('td', {}, r.names[row.client] || row.client), el('td', {}, managerName(row.manager)),
      el('td', {}, el('span', { class: 'dot ' + row.colour }), row.colour.toLowerCase()),
      el('td', {}, row.failed.join(', '))));
  }
}

async function refreshAll() {
  try {
    await Promise.all([loadTasks(), loadBoard(), loadCalendar(), loadFunnel(), loadTraffic()]);
    document.body.dataset.ready = 'true';
  } catch (e) { status(e.message, true); }
}

document.addEventListener('DOMContentLoaded', async () => {
  for (const id of ['inq-phone', 'inq-email', 'inq-name', 'inq-company']) {
    document.getElementById(id).addEventListener('input', scheduleSearch);
  }
  document.getElementById('inquiry-form').addEventListener('submit', submitInquiry);
  document.getElementById('week-prev').addEventListener('click', () => { state.weekOffset--; loadCalendar(); });
  document.getElementById('week-next').addEventListener('click', () => { state.weekOffset++; loadCalendar(); });
  try {
    await loadManagers();
    await refreshAll();
  } catch (e) { status(e.message, true); }
});
