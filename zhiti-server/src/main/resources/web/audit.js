/* 智体 Zhiti web UI — the Audit page: send reports to POST /api/audit, show each document with its claims marked by
 * verdict, and a claim's recomputation in the side panel. Uses app.js's helpers (el, t, api, $); like app.js, every
 * string from the server goes in as text nodes, never as HTML. */
'use strict';

Object.assign(I18N.en, {
  tabAudit: 'Audit', auditTitle: 'Audit a report',
  auditHelp: 'Every figure in the report is found and, where the numbers it rests on are printed, recomputed. Text, Markdown, HTML or PDF; several files are audited together.',
  auditFiles: 'Files', chooseFiles: 'Choose files…', dropHint: 'or drop them here', removeFile: 'Remove',
  auditPaste: 'Or paste text', auditPastePlaceholder: 'Paste a report’s text here…', auditRun: 'Run audit',
  auditNeedInput: 'Choose or drop a file, or paste some text, first.', pastedName: 'pasted-text.txt',
  auditRunning: 'Auditing {n} document(s)…', auditDone: 'Audited', auditFailed: 'Failed',
  auditEmpty: 'Add a report — its figures appear here, marked red where the recomputation disagrees.',
  auditResult: 'Audit', auditMeta: '{docs} document(s) · {claims} claims · {s} s',
  auditFlagged: 'Flagged', auditNoFlags: 'No discrepancies or inconsistencies were found.',
  showAll: 'All claims', flaggedOnly: 'Flagged only', claimsIn: '{n} claims', recomputation: 'Recomputation',
  verdict: 'Verdict', kind: 'Kind', stated: 'Stated', computed: 'Computed', unit: 'Unit', quoted: 'As printed',
  sources: 'Sources', explanation: 'Explanation', other: 'Other statement',
  verdict_discrepancy: 'discrepancy', verdict_inconsistent: 'inconsistent', verdict_reproduces: 'reproduces', verdict_unchecked: 'unchecked',
  kind_percentage: 'percentage', kind_growth: 'growth rate', kind_cagr: 'CAGR', kind_multiple: 'multiple', kind_share_sum: 'shares summing',
  kind_sum: 'sum', kind_product: 'product', kind_training_compute: 'training compute', kind_training_time: 'training time',
  kind_inference_chain: 'inference chain', kind_conversion: 'conversion', kind_unit: 'unit', kind_ranking: 'ranking',
  kind_table: 'table', kind_same_fact: 'same fact', kind_value: 'stated value',
});
Object.assign(I18N.zh, {
  tabAudit: '审计', auditTitle: '审计报告',
  auditHelp: '找出报告中的每个数字；凡是其依据的数字印在文中，都会重新计算。支持 TXT、Markdown、HTML 或 PDF，多个文件一起审计。',
  auditFiles: '文件', chooseFiles: '选择文件…', dropHint: '或拖放到这里', removeFile: '移除',
  auditPaste: '或粘贴文本', auditPastePlaceholder: '在这里粘贴报告文本……', auditRun: '开始审计',
  auditNeedInput: '请先选择或拖入文件，或粘贴文本。', pastedName: '粘贴文本.txt',
  auditRunning: '正在审计 {n} 份文档……', auditDone: '审计完成', auditFailed: '失败',
  auditEmpty: '添加一份报告——其中的数字会显示在这里，复算不一致的标为红色。',
  auditResult: '审计结果', auditMeta: '{docs} 份文档 · {claims} 个数字论断 · {s} 秒',
  auditFlagged: '需要注意', auditNoFlags: '未发现不符或矛盾。',
  showAll: '全部论断', flaggedOnly: '仅看问题', claimsIn: '{n} 个论断', recomputation: '复算',
  verdict: '结论', kind: '类型', stated: '报告数值', computed: '复算数值', unit: '单位', quoted: '原文',
  sources: '来源', explanation: '说明', other: '另一处表述',
  verdict_discrepancy: '不符', verdict_inconsistent: '矛盾', verdict_reproduces: '复算一致', verdict_unchecked: '未核',
  kind_percentage: '百分比', kind_growth: '增长率', kind_cagr: '复合增长率', kind_multiple: '倍数', kind_share_sum: '占比合计',
  kind_sum: '合计', kind_product: '乘积', kind_training_compute: '训练算力', kind_training_time: '训练时长',
  kind_inference_chain: '推理链', kind_conversion: '换算', kind_unit: '单位', kind_ranking: '排名',
  kind_table: '表格', kind_same_fact: '同一事实', kind_value: '数值',
});

const VERDICTS = ['discrepancy', 'inconsistent', 'reproduces', 'unchecked'];
const isFlagged = (v) => v === 'discrepancy' || v === 'inconsistent';
const audit = { files: [], result: null, error: '', running: false, filter: 'all', open: null, spans: null };

/** A label that may be missing (kinds added later): the id itself then. */
const word = (prefix, id) => I18N[state.lang][prefix + id] ?? I18N.en[prefix + id] ?? String(id).replace(/_/g, ' ');
const auditValue = (v, unit) => (v == null ? '—' : `${fmtNumber(v)}${!unit ? '' : unit === '%' ? '%' : ` ${unit}`}`);

// ---------------------------------------------------------------- input: files, drop zone, pasted text
function bindAudit() {
  $('audit-form').addEventListener('submit', runAudit);
  $('audit-files').addEventListener('change', () => { addAuditFiles($('audit-files').files); $('audit-files').value = ''; });
  const drop = $('audit-drop');
  drop.addEventListener('dragover', (e) => { e.preventDefault(); drop.classList.add('over'); });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', (e) => { e.preventDefault(); drop.classList.remove('over'); addAuditFiles(e.dataTransfer.files); });
  $('audit-filter').addEventListener('click', (e) => {
    const b = e.target.closest('button[data-filter]');
    if (b) { audit.filter = b.dataset.filter; renderAuditFilter(); }
  });
  $('audit-panel-close').addEventListener('click', closeAuditPanel);
  document.addEventListener('keydown', (e) => { if (e.key === 'Escape') closeAuditPanel(); });
}

function addAuditFiles(list) {
  for (const f of list) if (!audit.files.some((x) => x.name === f.name && x.size === f.size)) audit.files.push(f);
  renderAuditFiles();
}

function renderAuditFiles() {
  $('audit-file-list').replaceChildren(...audit.files.map((f, i) => el('li', { class: 'audit-file' },
    el('span', { class: 'audit-file-name', text: f.name }),
    el('span', { class: 'muted', text: f.size < 1024 ? `${f.size} B` : `${plain(f.size / 1024)} KiB` }),
    el('button', { type: 'button', class: 'btn btn-small', 'aria-label': `${t('removeFile')} ${f.name}`,
      onclick: () => { audit.files.splice(i, 1); renderAuditFiles(); } }, '×'))));
}

async function runAudit(e) {
  e.preventDefault();
  if (audit.running) return;
  const text = $('audit-text').value;
  const n = audit.files.length + (text.trim() ? 1 : 0);
  if (!n) { showAlert('audit-error', t('auditNeedInput')); return; }
  const fd = new FormData();
  audit.files.forEach((f) => fd.append('file', f, f.name));
  if (text.trim()) fd.append('file', new Blob([text], { type: 'text/plain' }), t('pastedName'));
  Object.assign(audit, { running: true, error: '', n });
  closeAuditPanel();
  renderAuditStatus();
  try {
    audit.result = await apiJson('/api/audit', { method: 'POST', body: fd });
    audit.spans = null;
  } catch (err) {
    audit.error = err.message;
  } finally {
    audit.running = false;
    renderAudit();
  }
}

// ---------------------------------------------------------------- result
function renderAuditStatus() {
  const s = $('audit-status');
  const st = audit.running ? 'running' : audit.error ? 'error' : audit.result ? 'finished' : 'idle';
  s.dataset.status = st;
  s.textContent = { running: t('auditRunning', { n: audit.n }), error: t('auditFailed'), finished: t('auditDone'), idle: '' }[st];
  $('audit-run').disabled = audit.running;
  showAlert('audit-error', audit.error);
}

function renderAudit() {
  if (!$('page-audit')) return;
  renderAuditStatus();
  renderAuditFiles();
  const r = audit.result;
  $('audit-empty').hidden = !!r;
  $('audit-view').hidden = !r;
  if (!r) return;
  const sum = r.summary || {};
  $('audit-meta').textContent = t('auditMeta', { docs: sum.documents ?? 0, claims: sum.claims ?? 0, s: sum.seconds ?? 0 });
  $('audit-counts').replaceChildren(...VERDICTS.map((v) => el('li', { class: `audit-count v-${v}`, 'data-verdict': v },
    el('b', { text: String(sum[v] ?? 0) }), ` ${word('verdict_', v)}`)));
  if (!audit.spans) audit.spans = placeSpans(r);
  const flagged = r.claims.map((c, i) => [c, i]).filter(([c]) => isFlagged(c.verdict));
  $('audit-flags').replaceChildren(...(flagged.length ? flagged.map(([c, i]) => el('li', {},
    el('button', { type: 'button', class: 'audit-flag', 'data-claim': i, onclick: () => { gotoSpan(`audit-c-${i}`); openAuditDetail(i); } },
      el('span', { class: `vbadge v-${c.verdict}`, text: word('verdict_', c.verdict) }),
      el('b', { class: 'audit-flag-text', text: c.text }),
      el('span', { class: 'muted', text: `${c.doc} · ${word('kind_', c.kind)}` }),
      el('span', { class: 'audit-flag-expl', text: c.explanation || '' })))) : [el('li', { class: 'muted', text: t('auditNoFlags') })]));
  $('audit-docs').replaceChildren(...Object.entries(r.texts || {}).map(([doc, text]) => auditDoc(r, doc, text)));
  renderAuditFilter();
  if (audit.open != null) openAuditDetail(audit.open);
}

function renderAuditFilter() {
  $('audit-docs').classList.toggle('flagged-only', audit.filter === 'flagged');
  $('audit-filter').querySelectorAll('button').forEach((b) => b.setAttribute('aria-pressed', String(b.dataset.filter === audit.filter)));
}

// ---------------------------------------------------------------- spans: claims first (flagged first), then quoted inputs
/** Per document, non-overlapping spans sorted by start: {start, end, id, claim}; a clash leaves a claim unmarked. */
function placeSpans(r) {
  const byDoc = new Map(Object.entries(r.texts || {}).map(([d, text]) => [d, { text, list: [] }]));
  const overlap = (list, a, z) => list.find((s) => s.start < z && a < s.end);
  const put = (doc, a, z, id, claim) => {
    const d = byDoc.get(doc);
    if (!d || !(a >= 0 && z > a && z <= d.text.length) || overlap(d.list, a, z)) return;
    d.list.push({ start: a, end: z, id, claim });
  };
  const order = r.claims.map((c, i) => i).sort((i, j) => VERDICTS.indexOf(r.claims[i].verdict) - VERDICTS.indexOf(r.claims[j].verdict)
    || r.claims[i].start - r.claims[j].start);
  order.forEach((i) => { const c = r.claims[i]; put(c.doc, c.start, c.end, `audit-c-${i}`, i); });
  const target = (x) => {
    const d = x && byDoc.get(x.doc);
    if (!d || x.start == null) return null;
    const at = overlap(d.list, x.start, x.end);
    if (at) return at.id;
    const id = `audit-s-${[...byDoc.keys()].indexOf(x.doc)}-${x.start}-${x.end}`;
    put(x.doc, x.start, x.end, id, -1);
    return overlap(d.list, x.start, x.end) ? id : null;
  };
  r.claims.forEach((c) => {
    (c.inputs || []).forEach((inp) => { inp.target = target(inp); });
    if (c.other) c.other.target = target(c.other);
  });
  byDoc.forEach((d) => d.list.sort((a, b) => a.start - b.start));
  return byDoc;
}

// ---------------------------------------------------------------- documents: paragraphs as written, table rows as tables
const PIPE_SEP = /^\s*\|?(\s*:?-{2,}:?\s*\|)+\s*(:?-{2,}:?\s*)?\|?\s*$/;
const isRow = (line) => { const s = line.trim(); return s.indexOf('\t') > 0 || (s.length > 2 && s.startsWith('|') && s.endsWith('|')); };

function auditDoc(r, doc, text) {
  const n = r.claims.filter((c) => c.doc === doc).length;
  const body = el('div', { class: 'audit-text' });
  const lines = [];
  for (let a = 0; a < text.length;) { const nl = text.indexOf('\n', a); const z = nl < 0 ? text.length : nl + 1; lines.push([a, z]); a = z; }
  for (let i = 0; i < lines.length;) {
    const table = isRow(text.slice(...lines[i]));
    let j = i;
    while (j < lines.length && isRow(text.slice(...lines[j])) === table) j++;
    body.append(table ? auditTable(r, doc, text, lines.slice(i, j)) : el('div', { class: 'audit-para' }, spanNodes(r, doc, text, lines[i][0], lines[j - 1][1])));
    i = j;
  }
  return el('article', { class: 'card audit-doc', 'data-doc': doc },
    el('div', { class: 'card-head' }, el('h2', { text: doc }), el('span', { class: 'meta', text: t('claimsIn', { n }) })), body);
}

function auditTable(r, doc, text, rows) {
  const tbody = el('tbody');
  for (const [start, end] of rows) {
    const s = text.slice(start, end);
    if (PIPE_SEP.test(s)) continue; // markdown's |---|---| carries no figures
    const pipes = s.trim().startsWith('|') && !s.includes('\t');
    const sep = pipes ? '|' : '\t';
    let a = start, z = end;
    while (z > a && (text[z - 1] === '\n' || text[z - 1] === '\r')) z--;
    if (pipes) { a = text.indexOf('|', a) + 1; z = text.lastIndexOf('|', z - 1); }
    const tr = el('tr');
    for (let c = a; c <= z;) {
      let next = text.indexOf(sep, c);
      if (next < 0 || next > z) next = z;
      tr.append(el('td', {}, spanNodes(r, doc, text, c, next)));
      c = next + 1;
    }
    tbody.append(tr);
  }
  return el('div', { class: 'audit-tbl-wrap' }, el('table', { class: 'audit-tbl' }, tbody));
}

/** Text [a, z) as nodes, with the spans wholly inside it wrapped (a span crossing a cell edge stays plain). */
function spanNodes(r, doc, text, a, z) {
  const out = [];
  const list = audit.spans.get(doc).list;
  let lo = 0, hi = list.length; // the first span starting at or after a
  while (lo < hi) { const mid = (lo + hi) >> 1; if (list[mid].start < a) lo = mid + 1; else hi = mid; }
  let at = a;
  for (let k = lo; k < list.length && list[k].start < z; k++) {
    const s = list[k];
    if (s.end > z) continue;
    out.push(text.slice(at, s.start));
    const inner = text.slice(s.start, s.end);
    out.push(s.claim < 0 ? el('span', { class: 'audit-ref', id: s.id }, inner) : claimMark(r.claims[s.claim], s, inner));
    at = s.end;
  }
  out.push(text.slice(at, z));
  return out;
}

function claimMark(c, s, inner) {
  const tip = `${word('verdict_', c.verdict)} · ${word('kind_', c.kind)}${c.computed != null
    ? ` — ${t('stated')} ${auditValue(c.stated, c.unit)}, ${t('computed')} ${auditValue(c.computed, c.unit)}` : ''}`;
  const m = el('mark', { class: `claim v-${c.verdict}`, id: s.id, 'data-claim': s.claim, 'data-verdict': c.verdict, title: tip }, inner);
  if (c.verdict !== 'unchecked') clickable(m, () => openAuditDetail(s.claim));
  return m;
}

// ---------------------------------------------------------------- detail panel
function openAuditDetail(i) {
  const c = audit.result && audit.result.claims[i];
  if (!c) return;
  document.querySelectorAll('#audit-docs mark.active').forEach((m) => m.classList.remove('active'));
  const mark = $(`audit-c-${i}`);
  if (mark) mark.classList.add('active');
  audit.open = i;
  const row = (label, ...value) => [el('dt', { text: t(label) }), el('dd', { class: `ad-${label}` }, ...value)];
  const link = (x, label) => (x.target ? el('button', { type: 'button', class: 'audit-goto', onclick: () => gotoSpan(x.target) }, label) : label);
  const inputs = (c.inputs || []).length ? el('table', { class: 'inputs' },
    el('thead', {}, el('tr', {}, el('th', { text: t('input') }), el('th', { class: 'num', text: t('colValue') }), el('th', { text: t('quoted') }))),
    el('tbody', {}, c.inputs.map((x) => el('tr', {}, el('td', { text: x.name }), el('td', { class: 'num', text: auditValue(x.value, x.unit) }),
      el('td', {}, x.text != null ? [link(x, `“${x.text}”`), x.doc !== c.doc ? el('span', { class: 'muted', text: ` ${x.doc}` }) : null]
        : el('span', { class: 'muted', text: x.source || '' })))))) : null;
  $('audit-detail').replaceChildren(
    el('p', { class: 'ad-claim' }, el('span', { class: `vbadge v-${c.verdict}`, text: word('verdict_', c.verdict) }), ' ',
      el('b', { text: c.text }), el('span', { class: 'muted', text: ` ${c.doc} @${c.start}–${c.end}` })),
    el('dl', { class: 'ad-rows' },
      row('verdict', word('verdict_', c.verdict)), row('kind', word('kind_', c.kind)),
      row('stated', auditValue(c.stated, c.unit)), row('computed', auditValue(c.computed, c.unit)),
      c.unit ? row('unit', c.unit) : null,
      c.formula ? row('formula', el('code', { class: 'formula', text: c.formula })) : null,
      inputs ? row('inputs', inputs) : null,
      (c.sources || []).length ? row('sources', c.sources.join(' · ')) : null,
      row('explanation', c.explanation || '—'),
      c.other ? row('other', link(c.other, `“${c.other.text}”`), el('span', { class: 'muted', text: ` ${c.other.doc}` }),
        el('div', { class: 'ad-sentence', text: c.other.sentence || '' })) : null));
  $('audit-panel').hidden = false;
}

function closeAuditPanel() {
  if ($('audit-panel').hidden) return;
  $('audit-panel').hidden = true;
  const m = audit.open != null && $(`audit-c-${audit.open}`);
  audit.open = null;
  document.querySelectorAll('#audit-docs mark.active').forEach((x) => x.classList.remove('active'));
  if (m) m.focus();
}

function gotoSpan(id) {
  const n = $(id);
  if (!n) return;
  n.scrollIntoView({ block: 'center', behavior: 'smooth' });
  n.classList.remove('flash');
  void n.offsetWidth; // restart the animation when the same span is shown twice
  n.classList.add('flash');
}
