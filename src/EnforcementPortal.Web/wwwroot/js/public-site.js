// The public site's font-size switch (适老化): 大/中/小, kept across pages in localStorage. Loaded in <head>, so the
// chosen size applies before the page is drawn.
(function () {
    'use strict';
    var key = 'gongshi-font-size';
    var sizes = ['small', 'medium', 'large'];
    function read() {
        try { return localStorage.getItem(key); } catch (e) { return null; }
    }
    function apply(size) {
        if (sizes.indexOf(size) < 0) { size = 'medium'; }
        document.documentElement.setAttribute('data-font-size', size);
        document.querySelectorAll('[data-font-size-choice]').forEach(function (button) {
            button.setAttribute('aria-pressed', button.getAttribute('data-font-size-choice') === size ? 'true' : 'false');
        });
    }
    apply(read());
    document.addEventListener('DOMContentLoaded', function () {
        apply(read());
        document.querySelectorAll('[data-font-size-choice]').forEach(function (button) {
            button.addEventListener('click', function () {
                var size = button.getAttribute('data-font-size-choice');
                try { localStorage.setItem(key, size); } catch (e) { /* private mode: this page only */ }
                apply(size);
            });
        });
    });
})();
