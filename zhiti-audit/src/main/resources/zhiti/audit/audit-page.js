/* zhiti audit page: a mark opens its recomputation; links scroll to the spans they quote; the filter hides unflagged
 * marks. All content is already in the page (escaped); this only shows and hides it. */
'use strict';
(function () {
  const panel = document.getElementById('panel');
  let active = null;

  function open(i) {
    panel.querySelectorAll('.detail').forEach((d) => { d.hidden = d.dataset.claim !== String(i); });
    panel.hidden = false;
    if (active) active.classList.remove('active');
    active = document.getElementById('c-' + i);
    if (active) active.classList.add('active');
  }

  function close() {
    panel.hidden = true;
    if (active) { active.classList.remove('active'); active.focus(); active = null; }
  }

  function flash(id) {
    const n = document.getElementById(id);
    if (!n) return;
    n.scrollIntoView({ block: 'center', behavior: 'smooth' });
    n.classList.remove('flash');
    void n.offsetWidth; // restart the animation when the same span is flashed twice
    n.classList.add('flash');
  }

  document.addEventListener('click', (e) => {
    const go = e.target.closest('a.goto');
    if (go) {
      e.preventDefault();
      const id = go.getAttribute('href').slice(1);
      flash(id);
      if (go.dataset.claim) open(go.dataset.claim);
      return;
    }
    const m = e.target.closest('mark.claim');
    if (m && !(document.body.classList.contains('flagged-only') && !/discrepancy|inconsistent/.test(m.dataset.verdict))) open(m.dataset.claim);
    const f = e.target.closest('.filter button');
    if (f) {
      document.body.classList.toggle('flagged-only', f.dataset.filter === 'flagged');
      document.querySelectorAll('.filter button').forEach((b) => b.setAttribute('aria-pressed', String(b === f)));
    }
  });
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && !panel.hidden) close();
    const m = e.target.closest && e.target.closest('mark.claim');
    if (m && (e.key === 'Enter' || e.key === ' ')) { e.preventDefault(); open(m.dataset.claim); }
  });
  document.getElementById('panel-close').addEventListener('click', close);
})();
