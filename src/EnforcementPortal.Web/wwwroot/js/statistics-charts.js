// Draws the charts of the statistics pages with chart.js (served from wwwroot/lib, no CDN).
// Every chart repeats the figures of a table on the same page; without scripts the table alone carries them.
(function () {
    'use strict';
    var palette = ['#8b1a1a', '#1f6f8b', '#c98b2b', '#3c8d5a', '#6b4c9a', '#7a7a7a'];

    document.querySelectorAll('[data-print]').forEach(function (button) {
        button.addEventListener('click', function () { window.print(); });
    });

    // Print the legal bases too: open every folded section before printing.
    window.addEventListener('beforeprint', function () {
        document.querySelectorAll('details').forEach(function (d) { d.open = true; });
    });

    if (typeof Chart === 'undefined') { return; }
    var reduceMotion = window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    Chart.defaults.font.family = '"Noto Sans SC", "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif';

    document.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
        var source = document.getElementById(canvas.getAttribute('data-chart'));
        if (!source) { return; }
        var data = JSON.parse(source.textContent);
        var line = data.kind === 'line';
        new Chart(canvas, {
            type: line ? 'line' : 'bar',
            data: {
                labels: data.labels,
                datasets: data.series.map(function (series, i) {
                    var color = palette[i % palette.length];
                    return { label: series.name, data: series.values, backgroundColor: color, borderColor: color, tension: 0, fill: false };
                })
            },
            options: {
                // Horizontal bars: long Chinese labels stay readable on a phone.
                indexAxis: line ? 'x' : 'y',
                animation: reduceMotion ? false : undefined,
                maintainAspectRatio: false,
                responsive: true,
                plugins: { title: { display: true, text: data.title }, legend: { position: 'bottom' } },
                scales: line
                    ? { y: { beginAtZero: true, ticks: { precision: 0 } } }
                    : { x: { beginAtZero: true, ticks: { precision: 0 } } }
            }
        });
    });
})();
