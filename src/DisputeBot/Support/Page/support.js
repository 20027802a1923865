// The support page: reads /support/report for the chosen days and draws each chart with a table of its numbers
// and a CSV link. Text from the report is set as text (never as HTML).
'use strict';

(function () {
  const palette = ['#2563eb', '#16a34a', '#d97706', '#dc2626', '#7c3aed', '#0891b2', '#db2777', '#65a30d'];
  const charts = {};

  function iso(date) { return date.toISOString().slice(0, 10); }

  function el(tag, text, cls) {
    const e = document.createElement(tag);
    if (text !== undefined) { e.textContent = String(text); }
    if (cls) { e.className = cls; }
    return e;
  }

  function table(name, headings, rows, numeric) {
    const section = document.querySelector('section[data-table="' + name + '"]');
    section.querySelectorAll('table, a.csv, p.empty').forEach(function (e) { e.remove(); });
    const t = el('table');
    t.dataset.table = name;
    const head = el('tr');
    headings.forEach(function (h, i) { head.appendChild(el('th', h, numeric[i] ? 'n' : '')); });
    t.appendChild(head);
    rows.forEach(function (r) {
      const tr = el('tr');
      r.forEach(function (c, i) { tr.appendChild(el('td', c, numeric[i] ? 'n' : '')); });
      t.appendChild(tr);
    });
    if (rows.length === 0) { section.appendChild(el('p', 'Nothing in these days.', 'empty')); }
    section.appendChild(t);
    const link = el('a', 'Download CSV', 'csv');
    link.href = '/support/export/' + name + '.csv?' + query();
    link.download = '';
    section.appendChild(link);
  }

  function draw(id, config) {
    if (charts[id]) { charts[id].destroy(); }
    config.options = Object.assign({ animation: false, responsive: true, maintainAspectRatio: true }, config.options || {});
    charts[id] = new window.Chart(document.getElementById(id), config);
  }

  function bars(id, label, rows, horizontal, color) {
    draw(id, {
      type: 'bar',
      data: {
        labels: rows.map(function (r) { return r.label; }),
        datasets: [{ label: label, data: rows.map(function (r) { return r.count; }), backgroundColor: color }],
      },
      options: { indexAxis: horizontal ? 'y' : 'x', plugins: { legend: { display: false } } },
    });
  }

  function query() {
    return 'from=' + encodeURIComponent(document.getElementById('from').value) + '&to=' + encodeURIComponent(document.getElementById('to').value);
  }

  function render(r) {
    document.getElementById('started').textContent = r.started;
    document.getElementById('deflection').textContent = Math.round(r.deflectionRate * 1000) / 10 + ' %';

    draw('chart-conversations', {
      type: 'bar',
      data: {
        labels: r.days,
        datasets: r.conversations.map(function (s, i) {
          return { label: s.channel + ' · ' + s.language, data: s.perDay, backgroundColor: palette[i % palette.length] };
        }),
      },
      options: { scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } } },
    });
    const perDay = [];
    r.days.forEach(function (d, i) {
      r.conversations.forEach(function (s) { if (s.perDay[i] > 0) { perDay.push([d, s.channel, s.language, s.perDay[i]]); } });
    });
    table('conversations', ['Day', 'Channel', 'Language', 'Conversations'], perDay, [false, false, false, true]);

    draw('chart-deflection', {
      type: 'doughnut',
      data: {
        labels: ['Deflected', 'Not deflected'],
        datasets: [{ data: [r.deflected, Math.max(0, r.started - r.deflected)], backgroundColor: [palette[1], '#d4d4d8'] }],
      },
    });
    table('deflection', ['Conversations', 'Deflected', 'Rate'], [[r.started, r.deflected, Math.round(r.deflectionRate * 1000) / 10 + ' %']], [true, true, true]);

    bars('chart-questions', 'Answered', r.questions, true, palette[0]);
    table('questions', ['Question', 'Answered'], r.questions.map(function (q) { return [q.label, q.count]; }), [false, true]);

    bars('chart-problems', 'Conversations', r.problems, true, palette[2]);
    table('problems', ['Problem', 'Classified'], r.problems.map(function (q) { return [q.label, q.count]; }), [false, true]);

    draw('chart-funnel', {
      type: 'bar',
      data: {
        labels: r.funnel.map(function (s) { return s.stage; }),
        datasets: [
          { label: 'Reached', data: r.funnel.map(function (s) { return s.count; }), backgroundColor: palette[0] },
          { label: 'Dropped off', data: r.funnel.map(function (s) { return s.dropOff; }), backgroundColor: palette[3] },
        ],
      },
      options: { scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } },
    });
    table('funnel', ['Stage', 'Reached', 'Dropped off'], r.funnel.map(function (s) { return [s.stage, s.count, s.dropOff]; }), [false, true, true]);

    bars('chart-abandoned', 'Abandoned', r.abandoned, false, palette[3]);
    table('abandoned', ['Step', 'Abandoned'], r.abandoned.map(function (q) { return [q.label, q.count]; }), [false, true]);

    bars('chart-warnings', 'Shown', r.warnings, true, palette[4]);
    table('warnings', ['Warning', 'Shown'], r.warnings.map(function (q) { return [q.label, q.count]; }), [false, true]);

    table('not-understood', ['Message', 'Times', 'Last'], r.notUnderstood.map(function (n) {
      return [n.text, n.count, new Date(n.last).toLocaleString()];
    }), [false, true, false]);
  }

  async function load() {
    const status = document.getElementById('status');
    status.textContent = 'Loading…';
    document.body.dataset.ready = 'false';
    const response = await fetch('/support/report?' + query(), { credentials: 'same-origin', cache: 'no-store' });
    if (response.status === 401) { window.location.assign('/support/'); return; }
    if (!response.ok) { status.textContent = await response.text(); return; }
    render(await response.json());
    status.textContent = 'Days ' + document.getElementById('from').value + ' to ' + document.getElementById('to').value + ' (UTC).';
    document.body.dataset.ready = 'true';
  }

  document.addEventListener('DOMContentLoaded', function () {
    const params = new URLSearchParams(window.location.search);
    const today = new Date();
    document.getElementById('to').value = params.get('to') || iso(today);
    document.getElementById('from').value = params.get('from') || iso(new Date(today.getTime() - 6 * 86400000));
    document.getElementById('range').addEventListener('submit', function (e) {
      e.preventDefault();
      history.replaceState(null, '', '/support/?' + query());
      load();
    });
    load();
  });
}());
