/* 智体 Zhiti web UI — plain ES2020, no framework, no build step.
 * Security rule: every string that comes from the server is inserted with textContent / text nodes, never as HTML. */
'use strict';

// ---------------------------------------------------------------- i18n
const I18N = {
  en: {
    skip: 'Skip to content', tagline: 'AI compute economics', pages: 'Pages',
    tabAsk: 'Ask', tabDocuments: 'Documents', tabHistory: 'History', keyButton: 'API key',
    questionLabel: 'Question', questionPlaceholder: 'Ask about training compute, GPU counts, costs, energy…',
    hintSubmit: 'Ctrl/⌘ + Enter to ask', ask: 'Ask', cancel: 'Cancel', examples: 'Examples',
    askEmpty: 'Ask a question — the plan, each calculation and the sourced answer appear here.',
    answer: 'Answer', figures: 'Figures', colFigure: 'Figure', colValue: 'Value', colUnit: 'Unit', colDetails: 'Details',
    showDetails: 'Show formula, inputs and source', citations: 'Sources', artifactFailed: 'Could not load this file.', download: 'Download', plan: 'Plan', thinking: 'Model reasoning',
    formula: 'Formula', inputs: 'Inputs', input: 'Input', source: 'Source', noInputs: 'No inputs',
    working: 'Working on it — steps appear in the plan as they run.', noAnswer: 'No answer was produced.',
    planWaiting: 'Waiting for the plan…', revised: 'Revised plan', stepsDone: '{done}/{total} steps',
    memories: '{n} memories recalled', decision_continue: 'continuing', decision_revise: 'revising the plan', decision_finish: 'finishing',
    status_running: 'Running', status_finished: 'Finished', status_budget_exhausted: 'Budget exhausted',
    status_error: 'Error', status_cancelled: 'Cancelled', status_loading: 'Loading…',
    step_pending: 'Pending', step_running: 'Running', step_done: 'Done', step_failed: 'Failed',
    emptyQuestion: 'Type a question first.', networkError: 'Cannot reach the Zhiti server — is zhiti serve still running?',
    streamClosed: 'The event stream closed before the run finished.',
    authError: 'API key refused — enter the key that zhiti serve printed at start.',
    keyTitle: 'API key', keyHelp1: 'Enter the key that', keyHelp2: 'printed when it started. It is stored in this browser only.',
    keyLabel: 'Key', saveKey: 'Save key',
    passage: 'Source passage', close: 'Close', doc: 'Document', locator: 'Location', openPassage: 'Open passage',
    noEcharts: 'Charts are unavailable: the ECharts script did not load.',
    uploadTitle: 'Add a report', fileLabel: 'File', upload: 'Upload', chooseFile: 'Choose file…', noFile: 'No file chosen',
    uploadHelp: 'Text, Markdown, HTML or PDF. It is split into chunks and indexed for search and citations.',
    needFile: 'Choose a file first.', uploading: 'Uploading {file}…', chunksProgress: '{done}/{total} chunks',
    phase_uploading: 'uploading', phase_parsing: 'parsing', phase_chunking: 'chunking', phase_embedding: 'embedding', phase_indexing: 'indexing',
    up_added: 'added', up_replaced: 'replaced', up_unchanged: 'unchanged', up_skipped: 'skipped', up_failed: 'failed',
    uploadResult: '{file}: {status} · {chunks} chunks', uploadNoResult: 'The job stream closed without a result.',
    searchTitle: 'Search the library', searchLabel: 'Query', searchPlaceholder: 'e.g. H100 rental price per hour', search: 'Search',
    noHits: 'No passages match.', score: 'score',
    documentsTitle: 'Documents', colTitle: 'Title / path', colChunks: 'Chunks', colIngested: 'Ingested',
    noDocs: 'No documents yet — upload a report above.', docCount: '{n} documents',
    historyTitle: 'Recent runs', refresh: 'Refresh', colTime: 'Time', colQuestion: 'Question', colStatus: 'Status',
    noRuns: 'No runs yet.',
  },
  zh: {
    skip: '跳到正文', tagline: 'AI 算力经济分析', pages: '页面',
    tabAsk: '提问', tabDocuments: '文档', tabHistory: '历史', keyButton: 'API 密钥',
    questionLabel: '问题', questionPlaceholder: '询问训练算力、GPU 数量、成本、能耗……',
    hintSubmit: 'Ctrl/⌘ + Enter 提交', ask: '提问', cancel: '取消', examples: '示例',
    askEmpty: '提出一个问题——计划、每一步计算以及带来源的答案会显示在这里。',
    answer: '答案', figures: '关键数据', colFigure: '指标', colValue: '数值', colUnit: '单位', colDetails: '详情',
    showDetails: '显示公式、输入与来源', citations: '参考来源', artifactFailed: '文件加载失败。', download: '下载', plan: '计划', thinking: '模型推理',
    formula: '公式', inputs: '输入', input: '输入项', source: '来源', noInputs: '无输入',
    working: '正在处理——每一步执行时会显示在计划中。', noAnswer: '没有生成答案。',
    planWaiting: '等待计划……', revised: '计划已修订', stepsDone: '{done}/{total} 步',
    memories: '召回 {n} 条记忆', decision_continue: '继续', decision_revise: '修订计划', decision_finish: '完成',
    status_running: '运行中', status_finished: '已完成', status_budget_exhausted: '预算用尽',
    status_error: '出错', status_cancelled: '已取消', status_loading: '加载中……',
    step_pending: '等待', step_running: '执行中', step_done: '完成', step_failed: '失败',
    emptyQuestion: '请先输入问题。', networkError: '无法连接智体服务器——zhiti serve 还在运行吗？',
    streamClosed: '运行结束前事件流已关闭。',
    authError: 'API 密钥被拒绝——请输入 zhiti serve 启动时打印的密钥。',
    keyTitle: 'API 密钥', keyHelp1: '请输入', keyHelp2: '启动时打印的密钥。密钥只保存在本浏览器中。',
    keyLabel: '密钥', saveKey: '保存密钥',
    passage: '来源段落', close: '关闭', doc: '文档', locator: '位置', openPassage: '打开段落',
    noEcharts: '图表不可用：ECharts 脚本未能加载。',
    uploadTitle: '添加报告', fileLabel: '文件', upload: '上传', chooseFile: '选择文件…', noFile: '未选择文件',
    uploadHelp: '支持 TXT、Markdown、HTML 或 PDF。文件会被切分并建立索引，用于检索与引用。',
    needFile: '请先选择文件。', uploading: '正在上传 {file}……', chunksProgress: '{done}/{total} 个分块',
    phase_uploading: '上传', phase_parsing: '解析', phase_chunking: '分块', phase_embedding: '向量化', phase_indexing: '索引',
    up_added: '已添加', up_replaced: '已替换', up_unchanged: '未变化', up_skipped: '已跳过', up_failed: '失败',
    uploadResult: '{file}：{status} · {chunks} 个分块', uploadNoResult: '任务事件流关闭，但没有结果。',
    searchTitle: '检索文档库', searchLabel: '查询', searchPlaceholder: '例如：H100 每小时租赁价格', search: '检索',
    noHits: '没有匹配的段落。', score: '相关度',
    documentsTitle: '文档', colTitle: '标题 / 路径', colChunks: '分块', colIngested: '导入时间',
    noDocs: '还没有文档——请在上方上传报告。', docCount: '{n} 篇文档',
    historyTitle: '最近的运行', refresh: '刷新', colTime: '时间', colQuestion: '问题', colStatus: '状态',
    noRuns: '还没有运行记录。',
  },
};

const EXAMPLES = {
  en: [
    'How many days to train a 70B model on 2T tokens with 1024 H100 at 40% MFU?',
    'How many H20 match the dense BF16 compute of 100 H100?',
    'What does it cost to rent 512 H100 for 30 days at $2.50 per GPU-hour?',
    '按 7.2 的汇率，460 万美元是多少人民币？',
  ],
  zh: [
    '用 1024 张 H100、40% MFU 训练 700 亿参数模型、2 万亿 token，需要多少天？',
    '按 7.2 的汇率，460 万美元是多少人民币？',
    '多少张 H20 的稠密 BF16 算力相当于 100 张 H100？',
    'How many days to train a 70B model on 2T tokens with 1024 H100 at 40% MFU?',
  ],
};

const state = {
  lang: initialLang(),
  key: localStorage.getItem('zhiti.key') || '',
  run: null,        // the run shown on the Ask page (see newRun)
  stream: null,     // AbortController of the live run stream
  charts: [],       // ECharts instances, disposed before each re-render
  artifactUrls: new Map(), // artifact name -> object URL of its bytes (fetched once with the key)
  renderedArtifacts: '',   // names the artifact view shows, so events do not refetch
  docs: null, hits: null, searchError: '', upload: null,
  runs: null, historyError: '',
  renderedAnswer: undefined, renderedStatus: '', // what the answer view currently shows (avoids redrawing charts per event)
  lastFocus: null,
};

function initialLang() {
  const saved = localStorage.getItem('zhiti.lang');
  if (saved === 'zh' || saved === 'en') return saved;
  return (navigator.language || 'en').toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

function t(key, vars = {}) {
  const s = I18N[state.lang][key] ?? I18N.en[key] ?? key;
  return s.replace(/\{(\w+)\}/g, (_, k) => (vars[k] ?? ''));
}

// ---------------------------------------------------------------- formatting
const SUP = { '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹', '-': '⁻' };
const sup = (n) => [...String(n)].map((c) => SUP[c] || c).join('');
const locale = () => (state.lang === 'zh' ? 'zh-CN' : 'en-US');

/** 8.4e23 → "8.40 × 10²³" (three significant digits). */
function sci(v, digits = 2) {
  const [m, e] = v.toExponential(digits).split('e');
  return `${m} × 10${sup(Number(e))}`;
}

/** Thousands separators; fewer decimals the larger the number. */
function plain(v) {
  const a = Math.abs(v);
  const opts = a >= 1000 ? { maximumFractionDigits: 0 } : a >= 1 ? { maximumFractionDigits: 2 } : { maximumSignificantDigits: 3 };
  return new Intl.NumberFormat(locale(), opts).format(v);
}

/** Display a figure value: percent for fractions, 万/亿 in Chinese, scientific when very large or small. */
function fmtNumber(v, unit) {
  if (typeof v !== 'number' || !Number.isFinite(v)) return v == null ? '—' : String(v);
  if (unit === 'fraction') return `${plain(v * 100)}%`;
  const a = Math.abs(v);
  if (a === 0) return '0';
  if (state.lang === 'zh' && a >= 1e4 && a < 1e16) {
    const [div, word] = a >= 1e12 ? [1e12, '万亿'] : a >= 1e8 ? [1e8, '亿'] : [1e4, '万'];
    return `${plain(v / div)} ${word}`;
  }
  if (a >= 1e9 || a < 1e-3) return sci(v);
  return plain(v);
}

/** Short tick labels for chart axes: "10²³" for powers of ten, "9.9 × 10¹⁴" otherwise. */
function fmtAxis(v) {
  const a = Math.abs(v);
  if (a !== 0 && (a >= 1e9 || a < 1e-3)) {
    const s = sci(v, 1);
    return s.startsWith('1.0 × ') ? s.slice(6) : s;
  }
  return fmtNumber(v);
}

const unitLabel = (u) => (u === 'fraction' || u === '1' || u == null ? '' : u);

/** Input values: years and other labels stay as written. */
function fmtInput(name, v) {
  if (typeof v === 'number' && /year|date|年/i.test(name) && Number.isInteger(v)) return String(v);
  if (typeof v === 'number') return fmtNumber(v);
  return typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v);
}

/** Timestamps may arrive as ISO strings or epoch seconds/millis. */
function fmtTime(v) {
  if (v == null || v === '') return '—';
  const d = typeof v === 'number' ? new Date(v < 1e11 ? v * 1000 : v) : new Date(v);
  if (Number.isNaN(d.getTime())) return String(v);
  return d.toLocaleString(locale(), { dateStyle: 'medium', timeStyle: 'short' });
}

// ---------------------------------------------------------------- DOM helpers
const $ = (id) => document.getElementById(id);

/** Build an element; strings in children become text nodes (never HTML). */
function el(tag, props = {}, ...kids) {
  const n = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (v == null || v === false) continue;
    if (k === 'class') n.className = v;
    else if (k === 'text') n.textContent = v;
    else if (k.startsWith('on')) n.addEventListener(k.slice(2), v);
    else n.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of kids.flat()) if (c != null && c !== false) n.append(c);
  return n;
}

/** Make a non-button element act like a button for keyboard users. */
function clickable(n, fn) {
  n.tabIndex = 0;
  n.addEventListener('click', fn);
  n.addEventListener('keydown', (e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); fn(e); } });
  return n;
}

function showAlert(id, msg) { const n = $(id); n.textContent = msg || ''; n.hidden = !msg; }

// ---------------------------------------------------------------- API
class ApiError extends Error {
  constructor(status, code, message) { super(message); this.status = status; this.code = code; }
}

/** fetch with the bearer key; throws ApiError with the server's message; a 401 re-opens the key dialog. */
async function api(path, { method = 'GET', json, body, signal, accept } = {}) {
  const headers = { Authorization: `Bearer ${state.key}` };
  if (accept) headers.Accept = accept;
  if (json !== undefined) { headers['Content-Type'] = 'application/json'; body = JSON.stringify(json); }
  let res;
  try { res = await fetch(path, { method, headers, body, signal }); } catch (e) {
    if (e.name === 'AbortError') throw e;
    throw new ApiError(0, 'network', t('networkError'));
  }
  if (res.status === 401) { openKeyDialog(true); throw new ApiError(401, 'unauthorized', t('authError')); }
  if (!res.ok) {
    const err = await res.json().catch(() => ({}));
    throw new ApiError(res.status, err.error || `http_${res.status}`, err.message || `${res.status} ${res.statusText}`);
  }
  return res;
}
const apiJson = async (path, opts) => (await api(path, opts)).json();

/** Read a text/event-stream body (EventSource cannot send the Authorization header).
 *  Handles chunks split anywhere, including inside a UTF-8 character or between \r and \n. */
async function readSSE(path, onEvent, signal) {
  const res = await api(path, { signal, accept: 'text/event-stream' });
  const reader = res.body.getReader();
  const decoder = new TextDecoder();
  let buf = '', name = '', data = [];
  const dispatch = () => {
    if (data.length) {
      const raw = data.join('\n');
      let payload;
      try { payload = JSON.parse(raw); } catch { payload = { text: raw }; }
      onEvent(name || 'message', payload);
    }
    name = ''; data = [];
  };
  for (;;) {
    const { value, done } = await reader.read();
    buf += done ? decoder.decode() : decoder.decode(value, { stream: true });
    let hold = '';
    if (!done && buf.endsWith('\r')) { hold = '\r'; buf = buf.slice(0, -1); } // may be half of \r\n
    const lines = buf.split(/\r\n|\r|\n/);
    buf = (done ? '' : lines.pop()) + hold;
    for (const line of lines) {
      if (line === '') { dispatch(); continue; }
      if (line.startsWith(':')) continue; // comment / keep-alive
      const i = line.indexOf(':');
      const field = i < 0 ? line : line.slice(0, i);
      let val = i < 0 ? '' : line.slice(i + 1);
      if (val.startsWith(' ')) val = val.slice(1);
      if (field === 'event') name = val;
      else if (field === 'data') data.push(val);
    }
    if (done) { dispatch(); return; }
  }
}

// ---------------------------------------------------------------- API key dialog
function openKeyDialog(refused) {
  const dlg = $('key-dialog');
  showAlert('auth-error', refused ? t('authError') : '');
  $('key-cancel').hidden = !state.key;
  if (!dlg.open) dlg.showModal();
  $('api-key').focus();
  $('api-key').select();
}

async function saveKey(e) {
  e.preventDefault();
  const key = $('api-key').value.trim();
  if (!key) { $('api-key').focus(); return; }
  state.key = key;
  localStorage.setItem('zhiti.key', key);
  // Verify right away so a wrong key is refused here, not on the user's next action.
  try { await api('/api/runs?limit=1'); } catch (err) { if (err.status === 401) return; }
  showAlert('auth-error', '');
  $('key-dialog').close();
  route();
}

// ---------------------------------------------------------------- runs: model
function newRun(id, question) {
  return { id, question: question || '', status: 'running', brain: '', memories: null, decision: '',
    goal: '', why: '', revised: false, steps: [], thinking: '', answer: null, error: '', expanded: new Set() };
}

function findStep(run, step) {
  let s = run.steps.find((x) => x.id === step.id);
  if (!s) { s = { ...step, state: 'pending' }; run.steps.push(s); }
  return s;
}

/** Fold one run event into the model (same code for live streams and history replays). */
function applyEvent(run, name, d) {
  switch (name) {
    case 'started': run.question = d.question || run.question; run.brain = d.brain || ''; break;
    case 'recalled': run.memories = d.memories; break;
    case 'planned': {
      // A revision repeats the whole plan: keep the progress of steps that already ran with the same tool.
      const old = new Map(run.steps.map((s) => [s.id, s]));
      run.steps = (d.steps || []).map((s) => {
        const o = old.get(s.id);
        return o && o.tool === s.tool && o.state !== 'pending' ? { ...s, ...pickProgress(o) } : { ...s, state: 'pending' };
      });
      Object.assign(run, { goal: d.goal || '', why: d.why || '', revised: !!d.revised });
      break;
    }
    case 'thinking': run.thinking += d.text || ''; break;
    case 'acting': findStep(run, d.step).state = 'running'; break;
    case 'observed': Object.assign(findStep(run, d.step),
      { state: d.ok ? 'done' : 'failed', summary: d.summary || '', error: d.error || '', ms: d.ms }); break;
    case 'reflected': run.decision = d.decision || ''; break;
    case 'finished': run.answer = d.answer || null; run.status = (d.answer && d.answer.status) || 'finished'; break;
    case 'error': run.status = 'error'; run.error = d.message || ''; break;
    default: break; // unknown events are ignored so the server can add new ones
  }
}
const pickProgress = ({ state: st, summary, error, ms }) => ({ state: st, summary, error, ms });

// ---------------------------------------------------------------- runs: actions
async function submitQuestion() {
  const q = $('question').value.trim();
  if (!q) { showAlert('error', t('emptyQuestion')); $('question').focus(); return; }
  if (state.stream) return;
  showAlert('error', '');
  $('ask').disabled = true;
  try {
    const res = await apiJson('/api/runs', { method: 'POST', json: { question: q, lang: state.lang } });
    const run = newRun(res.id, q);
    showRun(run);
    location.hash = `#/run/${encodeURIComponent(run.id)}`; // the router sees it is already shown
    followRun(run, res.events);
  } catch (e) {
    showAlert('error', e.message);
    $('ask').disabled = false;
  }
}

/** Stream a run's events (the server replays from the start, then goes live). */
async function followRun(run, path) {
  stopStream();
  const ctl = new AbortController();
  state.stream = ctl;
  setBusy(true);
  try {
    await readSSE(path || `/api/runs/${encodeURIComponent(run.id)}/events`, (name, data) => {
      applyEvent(run, name, data);
      if (state.run === run) renderRun();
    }, ctl.signal);
    if (run.status === 'running') await refreshStatus(run);
  } catch (e) {
    if (e.name !== 'AbortError') { if (run.status === 'running') run.status = 'error'; run.error = e.message; }
  } finally {
    if (state.stream === ctl) { state.stream = null; setBusy(false); }
    if (state.run === run) renderRun();
  }
}

/** The stream closed without `finished`: ask the server what happened. */
async function refreshStatus(run) {
  const r = await apiJson(`/api/runs/${encodeURIComponent(run.id)}`);
  run.status = r.status || 'error';
  if (r.answer) run.answer = r.answer;
  if (run.status === 'running') { run.status = 'error'; run.error = t('streamClosed'); }
}

function stopStream() { if (state.stream) { state.stream.abort(); state.stream = null; setBusy(false); } }

async function cancelRun() {
  const run = state.run;
  if (!run || run.status !== 'running') return;
  $('cancel').disabled = true;
  try {
    await api(`/api/runs/${encodeURIComponent(run.id)}`, { method: 'DELETE' });
    run.status = 'cancelled';
    stopStream();
  } catch (e) {
    if (e.status !== 409) showAlert('error', e.message); // 409: it finished meanwhile; the stream delivers the answer
  } finally {
    $('cancel').disabled = false;
    renderRun();
  }
}

/** Load a stored run (from History or a #/run/<id> link) and show it like a live one. */
async function openRun(id) {
  stopStream();
  showAlert('error', '');
  setStatus('loading');
  try {
    const r = await apiJson(`/api/runs/${encodeURIComponent(id)}`);
    const run = newRun(r.id, r.question);
    if (r.status === 'running') { showRun(run); followRun(run); return; }
    for (const ev of r.events || []) applyEvent(run, ev.event, ev.data || {});
    if (r.answer) run.answer = r.answer;
    run.status = r.status || run.status;
    showRun(run);
  } catch (e) {
    setStatus('');
    showAlert('error', e.message);
  }
}

function setBusy(busy) { $('ask').disabled = busy; $('cancel').hidden = !busy; }

// ---------------------------------------------------------------- runs: rendering
function showRun(run) {
  state.run = run;
  state.renderedAnswer = undefined;
  renderRun();
}

function setStatus(st) {
  const n = $('status');
  n.dataset.status = st || 'idle';
  n.textContent = st ? t(`status_${st}`) : '';
}

function renderRun(force = false) {
  const run = state.run;
  $('ask-empty').hidden = !!run;
  $('run-view').hidden = !run;
  if (!run) { setStatus(''); return; }
  setStatus(run.status);
  showAlert('error', run.error);
  $('run-question').textContent = run.question;
  const meta = [run.brain, run.memories != null && t('memories', { n: run.memories }),
    run.status === 'running' && run.decision && t(`decision_${run.decision}`)].filter(Boolean);
  $('run-meta').textContent = meta.join(' · ');
  renderPlan(run);
  $('thinking-box').hidden = !run.thinking;
  $('thinking').textContent = run.thinking;
  if (force || state.renderedAnswer !== run.answer || (!run.answer && state.renderedStatus !== run.status)) {
    renderAnswer(run);
    state.renderedAnswer = run.answer;
    state.renderedStatus = run.status;
  }
}

function renderPlan(run) {
  const done = run.steps.filter((s) => s.state === 'done' || s.state === 'failed').length;
  $('plan-goal').textContent = run.goal || (run.status === 'running' ? t('planWaiting') : '');
  $('plan-why').hidden = !run.revised;
  $('plan-why').textContent = run.revised ? `${t('revised')}${run.why ? ` — ${run.why}` : ''}` : '';
  $('plan-meta').textContent = run.steps.length ? t('stepsDone', { done, total: run.steps.length }) : '';
  $('plan-steps').replaceChildren(...run.steps.map((s) => stepItem(s, run)));
}

function stepItem(s, run) {
  // A step still "running" when the run has ended never got its observation: show it as not done.
  const st = s.state === 'running' && run.status !== 'running' ? 'pending' : s.state;
  return el('li', { class: `step is-${st}`, 'data-step-id': s.id, 'data-state': st },
    el('span', { class: 'step-dot', 'aria-hidden': 'true' }),
    el('div', { class: 'step-body' },
      el('div', { class: 'step-top' },
        el('code', { class: 'step-tool', text: s.tool || s.id }),
        el('span', { class: 'step-state', text: t(`step_${st}`) }),
        s.ms != null && el('span', { class: 'step-ms', text: `${s.ms} ms` })),
      s.purpose && el('p', { class: 'step-purpose', text: s.purpose }),
      s.summary && el('p', { class: 'step-summary', text: s.summary }),
      s.error && el('p', { class: 'step-error', text: s.error })));
}

function renderAnswer(run) {
  const a = run.answer;
  const box = $('answer');
  if (a && a.answer) box.replaceChildren(...answerNodes(a.answer, a.citations || []));
  else box.replaceChildren(el('p', { class: run.status === 'running' ? 'working' : 'muted',
    text: run.status === 'running' ? t('working') : t('noAnswer') }));
  renderFigures(run, (a && a.figures) || []);
  renderCitations((a && a.citations) || []);
  renderCharts((a && a.charts) || []);
  renderArtifacts((a && a.artifacts) || []);
}

/** Answer text as text nodes; "[n]" markers become buttons that open citation n. */
function answerNodes(text, citations) {
  return text.split(/(\[\d+\])/).map((part) => {
    const m = /^\[(\d+)\]$/.exec(part);
    const c = m && citations[Number(m[1]) - 1];
    if (!c) return document.createTextNode(part);
    return el('button', { type: 'button', class: 'cite-ref', title: `${c.doc} · ${c.locator}`,
      onclick: () => openPassage(c, Number(m[1])) }, part);
  });
}

function renderFigures(run, figures) {
  const table = $('figures');
  table.querySelectorAll('tbody').forEach((b) => b.remove());
  table.hidden = $('figures-title').hidden = !figures.length;
  figures.forEach((f, i) => table.append(figureBody(run, f, i)));
}

/** One <tbody class="figure">: a summary row and its (hidden) detail row, toggled by a click anywhere on the row. */
function figureBody(run, f, i) {
  const detail = el('tr', { class: 'figure-detail', id: `figure-detail-${i}` }, el('td', { colspan: 4 }, figureDetail(f)));
  const btn = el('button', { type: 'button', class: 'chev-btn', 'aria-controls': detail.id, title: t('showDetails') },
    el('span', { class: 'sr-only', text: t('showDetails') }));
  const row = el('tr', { class: 'figure-row' },
    el('th', { scope: 'row', text: f.name }),
    el('td', { class: 'num value', title: String(f.value), text: fmtNumber(f.value, f.unit) }),
    el('td', { class: 'unit', text: unitLabel(f.unit) }),
    el('td', { class: 'chev' }, btn));
  const body = el('tbody', { class: 'figure', 'data-index': i }, row, detail);
  const set = (open) => {
    body.classList.toggle('open', open);
    detail.hidden = !open;
    btn.setAttribute('aria-expanded', String(open));
    if (open) run.expanded.add(i); else run.expanded.delete(i);
  };
  set(run.expanded.has(i));
  row.addEventListener('click', () => set(!body.classList.contains('open')));
  return body;
}

function figureDetail(f) {
  const inputs = Object.entries(f.inputs || {});
  return el('div', { class: 'fd' },
    el('div', { class: 'fd-block' }, el('span', { class: 'fd-label', text: t('formula') }),
      el('code', { class: 'formula', text: f.formula || '—' })),
    el('div', { class: 'fd-block' }, el('span', { class: 'fd-label', text: t('inputs') }),
      inputs.length ? el('table', { class: 'inputs' },
        el('thead', {}, el('tr', {}, el('th', { scope: 'col', text: t('input') }), el('th', { scope: 'col', class: 'num', text: t('colValue') }))),
        el('tbody', {}, inputs.map(([k, v]) => el('tr', {}, el('td', { text: k }), el('td', { class: 'num', title: String(v), text: fmtInput(k, v) })))))
        : el('span', { class: 'muted', text: t('noInputs') })),
    el('div', { class: 'fd-block' }, el('span', { class: 'fd-label', text: t('source') }),
      el('span', { class: 'fd-source', text: f.source || '—' })));
}

function renderCitations(cits) {
  $('citations').hidden = $('citations-title').hidden = !cits.length;
  $('citations').replaceChildren(...cits.map((c, i) => el('li', {},
    el('button', { type: 'button', class: 'citation', 'data-index': i + 1, onclick: () => openPassage(c, i + 1) },
      el('span', { class: 'cite-num', text: `[${i + 1}]` }),
      el('span', { class: 'cite-main' },
        el('span', { class: 'cite-doc', text: c.doc }),
        el('span', { class: 'cite-loc', text: c.locator }),
        el('span', { class: 'cite-snippet', text: c.text }))))));
}

// ---------------------------------------------------------------- artifacts (files tools made)
/** Images inline, audio with a player, anything else as a download; bytes come with the key, as blobs. */
function renderArtifacts(list) {
  const names = list.map((x) => x.name).join('|');
  if (names === state.renderedArtifacts) return;
  state.renderedArtifacts = names;
  $('artifacts').replaceChildren(...list.map((x) => {
    const card = el('figure', { class: 'card artifact-card', 'data-kind': x.kind },
      el('figcaption', { class: 'chart-title', text: x.title || x.name }));
    artifactUrl(x.name).then((url) => {
      if (x.kind === 'image') card.append(el('img', { class: 'artifact-img', src: url, alt: x.title || x.name }));
      else if (x.kind === 'audio') card.append(el('audio', { class: 'artifact-audio', src: url, controls: '' }));
      card.append(el('a', { class: 'artifact-link', href: url, download: x.name, text: `${t('download')} · ${x.name}` }));
    }).catch(() => card.append(el('p', { class: 'step-error', text: t('artifactFailed') })));
    return card;
  }));
}

async function artifactUrl(name) {
  if (!state.artifactUrls.has(name)) {
    const blob = await (await api(`/api/artifacts/${encodeURIComponent(name)}`)).blob();
    state.artifactUrls.set(name, URL.createObjectURL(blob));
  }
  return state.artifactUrls.get(name);
}

// ---------------------------------------------------------------- passage panel
function openPassage(c, n) {
  state.lastFocus = document.activeElement;
  $('passage-title').textContent = n ? `[${n}] ${t('passage')}` : t('passage');
  $('passage-doc').textContent = c.doc || '—';
  $('passage-locator').textContent = c.locator || '—';
  $('passage-text').textContent = c.text || '';
  $('passage').hidden = false;
  $('passage-close').focus();
}

function closePassage() {
  if ($('passage').hidden) return;
  $('passage').hidden = true;
  if (state.lastFocus && document.contains(state.lastFocus)) state.lastFocus.focus();
}

// ---------------------------------------------------------------- charts
const PALETTE = ['#2f5bd3', '#d9822b', '#1f9d8a', '#8a63d2', '#c2415d', '#5f6b7a'];

function renderCharts(charts) {
  state.charts.forEach((c) => c.dispose());
  state.charts = [];
  const box = $('charts');
  box.replaceChildren(...charts.map((c) => el('figure', { class: 'card chart-card' },
    el('figcaption', { class: 'chart-title', text: c.title || '' }),
    el('div', { class: 'chart', 'data-kind': c.kind, role: 'img', 'aria-label': c.title || c.kind }))));
  box.querySelectorAll('.chart').forEach((div, i) => {
    if (!window.echarts) { div.textContent = t('noEcharts'); return; }
    const inst = echarts.init(div);
    inst.setOption(chartOption(charts[i]));
    state.charts.push(inst);
  });
}

function chartOption(c) {
  const font = getComputedStyle(document.body).fontFamily;
  const axisStyle = { axisLine: { lineStyle: { color: '#c9ced6' } }, axisLabel: { color: '#5b6472' }, splitLine: { lineStyle: { color: '#eef0f3' } } };
  const yAxis = { ...axisStyle, type: c.log ? 'log' : 'value', name: c.unit || '', nameTextStyle: { color: '#5b6472', align: 'left' },
    axisLabel: { ...axisStyle.axisLabel, formatter: fmtAxis } };
  const tooltip = { trigger: c.kind === 'bar' ? 'axis' : 'item', valueFormatter: (v) => `${fmtNumber(v, c.unit)} ${unitLabel(c.unit)}` };
  const base = { color: PALETTE, textStyle: { fontFamily: font }, tooltip, grid: { left: 16, right: 24, top: 44, bottom: 16, containLabel: true } };
  if (c.kind === 'bar') {
    const xAxis = { ...axisStyle, type: 'category', data: c.labels || [], axisLabel: { ...axisStyle.axisLabel, interval: 0, overflow: 'break' } };
    return { ...base, xAxis, yAxis,
      series: [{ type: 'bar', data: (c.values || []).map(okValue(c.log)), barMaxWidth: 56,
        label: { show: true, position: 'top', color: '#2a313c', formatter: (p) => fmtAxis(p.value) } }] };
  }
  const xs = c.x || [];
  const numericX = xs.every((x) => typeof x === 'number');
  const xAxis = numericX
    ? { ...axisStyle, type: 'value', min: 'dataMin', max: 'dataMax', axisLabel: { ...axisStyle.axisLabel, formatter: (v) => String(v) } }
    : { ...axisStyle, type: 'category', data: xs };
  const series = (c.series || []).map((s) => {
    const ys = (s.values || []).map(okValue(c.log));
    const data = numericX ? xs.map((x, i) => [x, ys[i]]).filter((p) => p[1] != null) : ys;
    return s.style === 'points'
      ? { name: s.name, type: 'scatter', data, symbolSize: 8 }
      : { name: s.name, type: 'line', data, showSymbol: false, lineStyle: { width: 2 }, connectNulls: false };
  });
  return { ...base, legend: { top: 0, right: 8, textStyle: { color: '#5b6472' } }, xAxis, yAxis, series };
}

/** Nulls stay gaps; non-positive values cannot be drawn on a log axis. */
const okValue = (log) => (v) => (typeof v !== 'number' || (log && v <= 0) ? null : v);

// ---------------------------------------------------------------- documents
async function loadDocuments() {
  try { state.docs = (await apiJson('/api/documents')).documents || []; } catch (e) {
    state.docs = state.docs || [];
    if (e.status !== 401) showUploadStatus(e.message, 'failed'); // a 401 is already explained by the key dialog
  }
  renderDocuments();
}

function renderDocuments() {
  const docs = state.docs || [];
  $('documents-meta').textContent = state.docs ? t('docCount', { n: docs.length }) : '';
  $('documents').tBodies[0].replaceChildren(...(docs.length ? docs.map(docRow) : [emptyRow(3, state.docs ? t('noDocs') : '')]));
}

function docRow(d) {
  return el('tr', { class: 'document', 'data-id': d.id },
    el('td', {}, el('div', { class: 'doc-title', text: d.title || d.path }), d.title && d.path && el('div', { class: 'doc-path', text: d.path })),
    el('td', { class: 'num', text: d.chunks ?? '—' }),
    el('td', { class: 'time', text: fmtTime(d.ingested) }));
}

const emptyRow = (cols, text) => el('tr', { class: 'empty-row' }, el('td', { colspan: cols, text }));

async function uploadFile(e) {
  e.preventDefault();
  const file = $('file').files[0];
  if (!file) { showUploadStatus(t('needFile'), 'failed'); $('file').focus(); return; }
  const u = { file: file.name, done: 0, total: 0, phase: 'uploading', result: null, error: '' };
  state.upload = u;
  $('upload').disabled = true;
  renderUpload();
  try {
    const fd = new FormData();
    fd.append('file', file, file.name);
    const job = await apiJson('/api/documents', { method: 'POST', body: fd });
    await readSSE(job.events || `/api/documents/jobs/${encodeURIComponent(job.job)}/events`, (name, d) => {
      if (name === 'progress') Object.assign(u, { done: d.done ?? u.done, total: d.total ?? u.total, phase: d.phase || u.phase });
      if (name === 'finished') u.result = d;
      renderUpload();
    });
    if (!u.result) u.error = t('uploadNoResult');
  } catch (err) {
    u.error = err.message;
  } finally {
    $('upload').disabled = false;
    renderUpload();
    loadDocuments();
  }
}

function renderFileName() {
  const f = $('file').files[0];
  $('file-name').textContent = f ? f.name : t('noFile');
  $('file-name').classList.toggle('muted', !f);
}

function renderUpload() {
  const u = state.upload;
  $('progress-wrap').hidden = !u;
  if (!u) return;
  const bar = $('progress');
  const finished = u.result || u.error;
  bar.max = Math.max(u.total, 1);
  if (u.total || finished) bar.value = finished && !u.error ? bar.max : u.done; else bar.removeAttribute('value'); // indeterminate until totals arrive
  const phase = I18N[state.lang][`phase_${u.phase}`] || u.phase;
  $('progress-text').textContent = u.total ? `${t('chunksProgress', { done: u.done, total: u.total })} · ${phase}` : t('uploading', { file: u.file });
  if (u.error) showUploadStatus(`${u.file}: ${u.error}`, 'failed');
  else if (u.result) {
    const r = u.result;
    const line = t('uploadResult', { file: r.file || u.file, status: t(`up_${r.status}`), chunks: r.chunks ?? 0 });
    showUploadStatus(r.message ? `${line} — ${r.message}` : line, r.status);
    $('progress-text').textContent = t('chunksProgress', { done: r.chunks ?? u.done, total: r.chunks ?? u.total });
  } else showUploadStatus('', '');
}

function showUploadStatus(text, status) {
  const n = $('upload-status');
  n.textContent = text;
  n.dataset.status = status || '';
}

async function searchLibrary(e) {
  e.preventDefault();
  const q = $('search-q').value.trim();
  if (!q) { $('search-q').focus(); return; }
  $('search').disabled = true;
  try { state.hits = (await apiJson(`/api/search?q=${encodeURIComponent(q)}&k=5`)).hits || []; state.searchError = ''; } catch (err) { state.hits = []; state.searchError = err.message; }
  $('search').disabled = false;
  state.hitQuery = q;
  renderHits();
}

function renderHits() {
  const list = $('hits');
  if (state.hits == null) { list.replaceChildren(); return; }
  if (!state.hits.length) { list.replaceChildren(el('li', { class: state.searchError ? 'alert' : 'muted', text: state.searchError || t('noHits') })); return; }
  list.replaceChildren(...state.hits.map((h) => clickable(el('li', { class: 'hit', title: t('openPassage') },
    el('div', { class: 'hit-head' }, el('span', { class: 'hit-doc', text: h.doc }), el('span', { class: 'hit-loc', text: h.locator }),
      typeof h.score === 'number' && el('span', { class: 'hit-score', text: `${t('score')} ${h.score.toFixed(2)}` })),
    el('p', { class: 'hit-text' }, highlight(h.text || '', state.hitQuery))), () => openPassage(h))));
}

/** Wrap query terms in <mark> using text nodes only. */
function highlight(text, q) {
  const terms = (q || '').split(/\s+/).filter((w) => w.length > 1).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  if (!terms.length) return [text];
  const re = new RegExp(`(${terms.join('|')})`, 'gi');
  return text.split(re).map((p, i) => (i % 2 ? el('mark', {}, p) : p));
}

// ---------------------------------------------------------------- history
async function loadHistory() {
  try { state.runs = (await apiJson('/api/runs?limit=50')).runs || []; state.historyError = ''; } catch (e) { state.historyError = e.message; }
  renderHistory();
}

function renderHistory() {
  showAlert('history-error', state.historyError);
  const runs = state.runs || [];
  $('history').tBodies[0].replaceChildren(...(runs.length ? runs.map(runRow) : [emptyRow(3, state.runs ? t('noRuns') : '')]));
}

function runRow(r) {
  const open = () => { location.hash = `#/run/${encodeURIComponent(r.id)}`; };
  return clickable(el('tr', { class: 'run-row', 'data-run-id': r.id },
    el('td', { class: 'time', text: fmtTime(r.created) }),
    el('td', { class: 'q', text: r.question }),
    el('td', {}, el('span', { class: 'badge', 'data-status': r.status, text: I18N[state.lang][`status_${r.status}`] || r.status }))), open);
}

// ---------------------------------------------------------------- routing, language, startup
const PAGES = ['ask', 'documents', 'audit', 'history'];

/** #/ask, #/documents, #/audit, #/history, #/run/<id> (a stored run on the Ask page). */
function route() {
  const [page, arg] = location.hash.replace(/^#\/?/, '').split('/');
  if (page === 'run' && arg) {
    showPage('ask');
    const id = decodeURIComponent(arg);
    if (state.key && (!state.run || state.run.id !== id)) openRun(id);
    return;
  }
  const p = PAGES.includes(page) ? page : 'ask';
  showPage(p);
  if (!state.key) return;
  if (p === 'documents') loadDocuments();
  if (p === 'history') loadHistory();
}

function showPage(p) {
  document.querySelectorAll('.page').forEach((s) => { s.hidden = s.dataset.page !== p; });
  document.querySelectorAll('.tab').forEach((a) => {
    if (a.dataset.page === p) a.setAttribute('aria-current', 'page'); else a.removeAttribute('aria-current');
  });
  if (p === 'ask') requestAnimationFrame(() => state.charts.forEach((c) => c.resize())); // charts drawn while hidden have no size
}

function applyLang() {
  document.documentElement.lang = state.lang === 'zh' ? 'zh-CN' : 'en';
  document.querySelectorAll('[data-i18n]').forEach((n) => { n.textContent = t(n.dataset.i18n); });
  document.querySelectorAll('[data-i18n-placeholder]').forEach((n) => { n.placeholder = t(n.dataset.i18nPlaceholder); });
  document.querySelectorAll('[data-i18n-aria-label]').forEach((n) => n.setAttribute('aria-label', t(n.dataset.i18nAriaLabel)));
  document.querySelectorAll('#lang-switch button').forEach((b) => b.setAttribute('aria-pressed', String(b.dataset.lang === state.lang)));
  if (!$('auth-error').hidden) $('auth-error').textContent = t('authError');
  $('examples').setAttribute('aria-label', t('examples'));
  $('examples').replaceChildren(...EXAMPLES[state.lang].map((q) => el('button', { type: 'button', class: 'example', onclick: () => useExample(q) }, q)));
  renderRun(true);
  renderDocuments(); renderFileName(); renderUpload(); renderHits(); renderHistory(); renderAudit();
}

function useExample(q) {
  const box = $('question');
  box.value = q;
  box.focus();
}

function setLang(lang) {
  state.lang = lang;
  localStorage.setItem('zhiti.lang', lang);
  applyLang();
}

async function loadHealth() {
  try {
    const h = await (await fetch('/api/health')).json();
    $('health').textContent = [h.brain, h.version && `v${h.version}`].filter(Boolean).join(' · ');
    $('health').dataset.status = h.status || '';
  } catch { $('health').textContent = ''; }
}

function bind() {
  $('ask-form').addEventListener('submit', (e) => { e.preventDefault(); submitQuestion(); });
  $('question').addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) { e.preventDefault(); submitQuestion(); }
  });
  $('cancel').addEventListener('click', cancelRun);
  $('key-form').addEventListener('submit', saveKey);
  $('key-button').addEventListener('click', () => openKeyDialog(false));
  $('key-cancel').addEventListener('click', () => $('key-dialog').close());
  $('key-dialog').addEventListener('cancel', (e) => { if (!state.key) e.preventDefault(); }); // a key is required to continue
  $('lang-switch').addEventListener('click', (e) => { const b = e.target.closest('button[data-lang]'); if (b) setLang(b.dataset.lang); });
  $('passage-close').addEventListener('click', closePassage);
  document.addEventListener('keydown', (e) => { if (e.key === 'Escape') closePassage(); });
  $('upload-form').addEventListener('submit', uploadFile);
  $('file').addEventListener('change', renderFileName);
  $('search-form').addEventListener('submit', searchLibrary);
  $('history-refresh').addEventListener('click', loadHistory);
  bindAudit(); // audit.js
  window.addEventListener('hashchange', route);
  window.addEventListener('resize', () => state.charts.forEach((c) => c.resize()));
}

function start() {
  bind();
  applyLang();
  loadHealth();
  route();
  if (!state.key) openKeyDialog(false);
}

// deferred scripts run in order before DOMContentLoaded: audit.js (the Audit page) is loaded by then
document.addEventListener('DOMContentLoaded', start);
