// Suggests registered parties while the officer types a name or credit code, and fills the party fields.
(function () {
    'use strict';
    var input = document.querySelector('[data-party-lookup]');
    if (!input) { return; }
    var list = document.getElementById('party-options');
    var found = {};
    var timer;
    input.addEventListener('input', function () {
        var value = input.value.trim();
        if (found[value]) { fill(found[value]); return; }
        clearTimeout(timer);
        if (value.length < 2) { return; }
        timer = setTimeout(function () {
            fetch('/Parties/Search?q=' + encodeURIComponent(value), { headers: { 'Accept': 'application/json' } })
                .then(function (r) { return r.ok ? r.json() : []; })
                .then(function (parties) {
                    list.innerHTML = '';
                    parties.forEach(function (p) {
                        found[p.creditCode] = p;
                        var option = document.createElement('option');
                        option.value = p.creditCode;
                        option.textContent = p.name;
                        list.appendChild(option);
                    });
                });
        }, 250);
    });
    function fill(p) {
        // The search gives name, credit code and address only; representative and phone are typed on site.
        document.getElementById('PartyName').value = p.name;
        document.getElementById('PartyAddress').value = p.address || '';
    }
})();
