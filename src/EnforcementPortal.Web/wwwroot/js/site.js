// Small progressive enhancements; every page works without them.
(function () {
    'use strict';
    // Fill GPS coordinates on request (officers on site).
    document.querySelectorAll('[data-gps-button]').forEach(function (button) {
        button.addEventListener('click', function () {
            var status = document.querySelector(button.getAttribute('data-gps-status'));
            if (!navigator.geolocation) { if (status) { status.textContent = '此浏览器不支持定位。'; } return; }
            if (status) { status.textContent = '正在定位…'; }
            navigator.geolocation.getCurrentPosition(function (p) {
                document.querySelector(button.getAttribute('data-lat')).value = p.coords.latitude.toFixed(6);
                document.querySelector(button.getAttribute('data-lng')).value = p.coords.longitude.toFixed(6);
                if (status) { status.textContent = '已获取定位（精度约 ' + Math.round(p.coords.accuracy) + ' 米）。'; }
            }, function () { if (status) { status.textContent = '未能获取定位，可手工填写。'; } }, { enableHighAccuracy: true, timeout: 10000 });
        });
    });
    // Add another finding row.
    document.querySelectorAll('[data-add-finding]').forEach(function (button) {
        button.addEventListener('click', function () {
            var list = document.querySelector(button.getAttribute('data-add-finding'));
            var template = document.querySelector('#finding-template');
            var index = list.querySelectorAll('.finding-row').length;
            var html = template.innerHTML.replace(/__i__/g, index).replace(/__n__/g, index + 1);
            list.insertAdjacentHTML('beforeend', html);
        });
    });
    // 未发现问题: the confirmation appears only once the choice is made.
    document.querySelectorAll('[data-reveal]').forEach(function (box) {
        var target = document.querySelector(box.getAttribute('data-reveal'));
        if (!target) { return; }
        var sync = function () { target.hidden = !box.checked; };
        box.addEventListener('change', sync);
        sync();
    });
    // 复查: the conclusion follows from the items.
    document.querySelectorAll('[data-review-outcome]').forEach(function (outcome) {
        var form = outcome.closest('form');
        var sync = function () {
            var items = form.querySelectorAll('[data-review-item]');
            var answered = 0, failed = 0;
            items.forEach(function (item) {
                var checked = item.querySelector('input[type=radio]:checked');
                if (checked) { answered++; if (checked.value === 'false') { failed++; } }
            });
            var refused = form.querySelector('#Review_NotCooperating');
            outcome.textContent = answered < items.length ? '待逐项选择（还有 ' + (items.length - answered) + ' 项）'
                : failed === 0 ? '整改到位' : (refused && refused.checked ? '不配合' : '整改未到位');
        };
        form.addEventListener('change', sync);
        sync();
    });
    // Filters are open on a wide screen and collapsed on a phone, so the first screen shows cases.
    if (window.matchMedia && window.matchMedia('(min-width: 768px)').matches) {
        document.querySelectorAll('details[data-open-wide]').forEach(function (d) { d.open = true; });
    }
    // Ask before a destructive button submits (data-confirm; no inline handlers, the Content-Security-Policy forbids them).
    document.querySelectorAll('[data-confirm]').forEach(function (button) {
        button.addEventListener('click', function (event) {
            if (!window.confirm(button.getAttribute('data-confirm'))) { event.preventDefault(); }
        });
    });
    // Prevent double submits.
    document.querySelectorAll('form').forEach(function (form) {
        form.addEventListener('submit', function () {
            form.querySelectorAll('button[type=submit]').forEach(function (b) { setTimeout(function () { b.disabled = true; }, 0); });
        });
    });
})();
// Penalty-matter picker on the transfer form: filter the checkbox list as the officer types (name, article, keyword).
(function () {
    'use strict';
    document.querySelectorAll('[data-matter-picker]').forEach(function (picker) {
        var search = picker.querySelector('[data-matter-search]');
        var none = picker.querySelector('[data-matter-none]');
        if (!search) { return; }
        search.addEventListener('input', function () {
            var words = search.value.trim().split(/\s+/).filter(function (w) { return w.length > 0; });
            var shown = 0;
            picker.querySelectorAll('[data-matter-option]').forEach(function (option) {
                var text = option.getAttribute('data-search') || '';
                var checked = option.querySelector('input').checked;
                var match = checked || words.every(function (w) { return text.indexOf(w) >= 0; });
                option.classList.toggle('d-none', !match);
                if (match) { shown++; }
            });
            if (none) { none.classList.toggle('d-none', shown > 0); }
        });
    });
})();
