"""The place layer's script (a Jinja macro for folium): pins, popups and tooltips made in the
browser when first drawn, and the clusters of the map's zoom (see :mod:`dashboard.map.layers`).

Popups and tooltips are DOM nodes filled with ``textContent`` when they open, so article text is
never parsed as HTML or JavaScript.
"""

PLACES_JS = """
{% macro script(this, kwargs) %}
(function() {
    var D = {{ this.payload }};
    // Tables arrive as named columns (no key repeated per row); a row becomes an object only
    // when it is drawn, so a change costs the markers on screen, not every place in view.
    function row(table, i) {
        var out = {};
        Object.keys(table).forEach(function(k) { out[k] = table[k][i]; });
        return out;
    }
    function size(table) {
        var keys = Object.keys(table);
        return keys.length ? table[keys[0]].length : 0;
    }
    var group = {{ this._parent.get_name() }};
    function el(tag, cls, text) {
        var e = document.createElement(tag);
        if (cls) { e.className = cls; }
        if (text !== undefined && text !== null) { e.textContent = String(text); }
        return e;
    }
    function iso(t) { return '\u2068' + t + '\u2069'; }  // isolated: no bidi reordering
    function openArticle(box, layer, id) {
        // streamlit-folium sends the clicked layer's popup text: for one moment it names the
        // article, then the line goes (never shown: visually hidden and aria-hidden).
        var mark = el('span', 'snm-id', D.articleLabel + id);
        mark.setAttribute('aria-hidden', 'true');
        box.appendChild(mark);
        group.fire('click', {latlng: layer.getLatLng ? layer.getLatLng() : null,
                             sourceTarget: layer});
        if (window.snmSendClick) { window.snmSendClick(); }  // at once (map.controls.ClickNow)
        box.removeChild(mark);
    }
    function fill(box, place, layer) {
        // Built when the popup opens, so the page holds no popup it does not show.
        if (box.getAttribute('data-filled')) { return; }
        box.setAttribute('data-filled', '1');
        var head = el('div', 'snm-title', place.name);
        box.insertBefore(head, box.firstChild);
        var sub = (place.gov ? place.gov + ' · ' : '') + place.n + ' cerita';
        if (place.radius) { sub += ' · wilayah samar ±' + place.radius + ' km'; }
        if (place.ok) { sub += ' · ✓ ' + place.ok + ' dikonfirmasi analis'; }
        box.insertBefore(el('div', 'snm-sub', sub), head.nextSibling);
        var ul = el('ul');
        place.top.forEach(function(i) {
            var a = row(A, i);
            var li = el('li');
            li.setAttribute('data-article-id', a.id);
            var link = el('a', 'snm-art', iso(a.title));
            link.href = '#';
            link.title = 'Buka artikel';
            link.addEventListener('click', function(ev) {
                ev.preventDefault();
                ev.stopPropagation();
                openArticle(box, layer, a.id);
            });
            li.appendChild(link);
            var when = a.date ? a.date + (a.estimated ? ' (perkiraan)' : '') : 'tanpa tanggal';
            var meta = [a.outlet && iso(a.outlet), when].filter(Boolean).join(', ');
            li.appendChild(el('span', 'snm-meta', ' — ' + meta));
            ul.appendChild(li);
        });
        box.insertBefore(ul, box.lastChild);
        if (place.more > 0) {
            box.insertBefore(el('div', 'snm-more', 'dan ' + place.more + ' cerita lainnya'),
                             box.lastChild);
        }
    }
    function popupBox(place) {
        var box = el('div', 'snm-popup');
        box.setAttribute('data-place-id', place.id);
        var id = el('span', 'snm-id', D.label + place.id);
        id.setAttribute('aria-hidden', 'true');  // for the app, not for people
        box.appendChild(id);
        return box;
    }
    function marked(mark, s) {
        // The selected place and an open article's places above the other pins, and among
        // them the smaller above the larger, so a place with few stories beside one with many
        // is not hidden under it (Leaflet stacks by screen y plus this offset).
        return mark ? (mark === 2 ? 300000 : 200000) - 1000 * s : 0;
    }
    function pin(place) {
        var layer;
        if (place.radius) {
            layer = L.circle([place.lat, place.lon], {radius: place.radius * 1000,
                dashArray: '6 6', color: place.mark ? '#1565c0' : '#6a1b9a',
                weight: place.mark ? 3 : 1.5, fillOpacity: 0.05, placeId: place.id});
        } else {
            var s = Math.round(22 + 6 * Math.log2(Math.max(1, place.n)));
            var cls = 'snm-pin' + (place.mark === 2 ? ' snm-selected' :
                                   place.mark === 1 ? ' snm-focus' : '') +
                      (place.ok ? ' snm-confirmed' : '');
            if (place.age !== undefined && place.age !== null) { cls += ' snm-age' + place.age; }
            layer = L.marker([place.lat, place.lon], {placeId: place.id, alt: place.name,
                riseOnHover: true, zIndexOffset: marked(place.mark, s),
                icon: L.divIcon({className: cls, html: String(place.n), iconSize: [s, s]})});
        }
        var box = popupBox(place);
        layer.bindPopup(box, {maxWidth: 340, autoPan: !place.mark});
        layer.on('popupopen', function() { fill(box, place, layer); });
        layer.on('keypress', function(e) {  // Enter on a focused pin selects it, as a click does
            if (e.originalEvent.keyCode === 13) {
                group.fire('click', {latlng: layer.getLatLng(), sourceTarget: layer});
                if (window.snmSendClick) { window.snmSendClick(); }
            }
        });
        var vague = place.radius ? ' (±' + place.radius + ' km)' : '';
        var ok = place.ok ? ' · ✓ ' + place.ok + ' dikonfirmasi analis' : '';
        layer.bindTooltip(el('span', null, place.name + ' · ' + place.n + ' cerita' + vague + ok),
                          {sticky: !!place.radius});
        return layer;
    }
    function clusterIcon(c) {
        var size = c.n < 10 ? 34 : c.n < 100 ? 40 : 48;
        var label = el('div', null, String(c.n));
        var icon = L.divIcon({html: label.outerHTML, className: 'snm-cluster',
                              iconSize: L.point(size, size)});
        var m = L.marker([c.lat, c.lon], {icon: icon, n: c.n, keyboard: true,
                                          alt: c.places + ' tempat'});
        m.bindTooltip(el('span', null, c.places + ' tempat · ' + c.n + ' cerita berbeda'));
        function open() {
            var b = c.box, pad = 0.02;
            m._map.fitBounds([[b[0] - pad, b[1] - pad], [b[2] + pad, b[3] + pad]],
                             {maxZoom: Math.min(D.maxClusterZoom + 1, c.zoom + 3)});
        }
        m.on('click', open);
        m.on('keypress', function(e) { if (e.originalEvent.keyCode === 13) { open(); } });
        return m;
    }
    // The view's layer (V: places, articles, clusters) and this run's selection over it.
    var P = null, A = null, CL = null, nPlaces = 0, from = [], mark = [], pins = [];
    function pinAt(i) { return pins[i] || (pins[i] = pin(row(P, i))); }
    var clusterGroup = L.layerGroup();  // apart from the group: a cluster click only zooms
    var clusters = {};
    var on = {};
    function render() {
        var map = group._map;
        if (!map) { return; }
        var z = map.getZoom(), want = {};
        for (var i = 0; i < nPlaces; i++) { if (from[i] <= z) { want[i] = true; } }
        Object.keys(on).forEach(function(i) {
            if (!want[i]) { group.removeLayer(pins[i]); delete on[i]; }
        });
        Object.keys(want).forEach(function(i) {
            if (!on[i]) { group.addLayer(pinAt(i)); on[i] = true; }
        });
        clusterGroup.clearLayers();
        if (z <= D.maxClusterZoom) {
            var key = String(Math.max(D.minClusterZoom, z)), table = CL[key];
            if (!clusters[key]) {
                clusters[key] = [];
                for (var k = 0; table && k < size(table); k++) {
                    clusters[key].push(clusterIcon(row(table, k)));
                }
            }
            clusters[key].forEach(function(m) { clusterGroup.addLayer(m); });
        }
        Object.keys(on).forEach(function(i) {
            if (mark[i] === 2 && D.openSelected) { pins[i].openPopup(); }
        });
    }
    function busy(map, step) {
        // "Memuat peta": shown while the map is behind the numbers beside it.
        var box = map.getContainer(), sign = box.querySelector('.snm-loading');
        map._snmBusy = Math.max(0, (map._snmBusy || 0) + step);
        if (!sign) {
            sign = el('div', 'snm-loading', D.loading);
            sign.setAttribute('role', 'status');
            box.appendChild(sign);
        }
        sign.style.display = map._snmBusy ? 'flex' : 'none';
    }
    function fetched(url, cache, keep, after) {
        // One request per URL and page, kept (the ``keep`` newest when given), whatever number
        // of reruns follow; ``after`` runs once on what arrived, and its result is what every
        // rerun gets. A failed request is forgotten, so the next rerun asks again.
        var c = window[cache] = window[cache] || {byUrl: {}, order: []};
        if (!c.byUrl[url]) {
            c.byUrl[url] = fetch(url).then(function(r) {
                if (!r.ok) { throw new Error('HTTP ' + r.status); }
                return r.json();
            }).then(after || function(x) { return x; });
            c.byUrl[url].catch(function() { delete c.byUrl[url]; });
            c.order.push(url);
            while (keep && c.order.length > keep) { delete c.byUrl[c.order.shift()]; }
        }
        return c.byUrl[url];
    }
    function joined(V) {
        // The places' fixed fields (map.placetable): one file per store version.
        if (!V.table) { return Promise.resolve(V); }
        return fetched(V.table, '__snmTables').then(function(T) {
            if (!V.table) { return V; }  // joined meanwhile
            var at = V.places.at;
            ['id', 'name', 'lat', 'lon', 'radius'].forEach(function(k) {
                V.places[k] = at.map(function(i) { return T[k][i]; });
            });
            V.places.gov = at.map(function(i) { return T.gov[i] >= 0 ? T.govs[T.gov[i]] : ''; });
            delete V.places.at;
            V.table = null;
            return V;
        });
    }
    function withView(then, failed) {
        // The view's layer (map.layers.view_data): inline, or one file per view that the page
        // fetches and joins once and keeps while the view lasts, so a pin click sends only the
        // selection.
        var ready = D.view ? joined(D.view) : fetched(D.viewUrl, '__snmViews', 4, joined);
        ready.then(function(V) { select(V); then(); }, function(err) {
            console.warn('snm: map layer not loaded', err);
            failed();
        });
    }
    function select(V) {
        // This run's selection (map.selection): marks, first alone zooms and the clusters that
        // differ once the marked places are left out, over a copy (V is kept for later runs).
        var S = D.sel;
        A = V.articles;
        nPlaces = size(V.places);
        P = {};
        Object.keys(V.places).forEach(function(k) { P[k] = V.places[k]; });
        mark = P.mark = new Array(nPlaces).fill(0);
        Object.keys(S.mark).forEach(function(i) { mark[i] = S.mark[i]; });
        from = P.from = V.places.from.slice();
        Object.keys(S.from).forEach(function(i) { from[i] = S.from[i]; });
        CL = {};
        Object.keys(V.clusters).forEach(function(k) { CL[k] = V.clusters[k]; });
        Object.keys(S.drop).concat(Object.keys(S.add)).forEach(function(k) {
            var base = V.clusters[k] || {}, drop = {}, add = S.add[k] || {}, out = {};
            (S.drop[k] || []).forEach(function(n) { drop[n] = true; });
            Object.keys(base).concat(Object.keys(add)).forEach(function(c) {
                out[c] = (base[c] || []).filter(function(_, n) { return !drop[n]; })
                    .concat(add[c] || []);
            });
            CL[k] = out;
        });
        pins = new Array(nPlaces);
    }
    var attachedTo = null;
    function attach() {
        var map = group._map;
        if (!map || attachedTo === map) { return; }
        attachedTo = map;
        busy(map, 1);
        // The sign is painted before the markers are built (the heavy part), and goes in the
        // same frame as they appear. Cluster icons stay out of streamlit-folium's click binding.
        withView(function() { requestAnimationFrame(function() { setTimeout(function() {
            if (attachedTo === map && group._map === map) {
                map.on('zoomend', render);
                clusterGroup.addTo(map);
                render();
            }
            busy(map, -1);
        }, 0); }); }, function() { busy(map, -1); });
    }
    if (group._map) { attach(); }
    group.on('add', attach);
    group.on('remove', function() {
        if (attachedTo) { attachedTo.off('zoomend', render); }
        attachedTo = null;
        clusterGroup.remove();
    });
})();
{% endmacro %}
"""
