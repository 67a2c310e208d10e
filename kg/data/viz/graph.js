/* kg actor graph: a small force layout drawn in SVG, with filters. No dependencies.
 *
 * kgViz(root) reads the JSON in root's [data-role=data] element:
 *   {nodes: [{iri, code, label, kind, sector, sectors, of}], edges: [{s, t, ss, ts, type, plover,
 *    g, date, start, end, neg, mod, sentence, article}], one_sided_events}
 * where s and t index nodes and g is the Goldstein weight of the event class. A state's bodies
 * are drawn as the state: its node lists the sectors that acted (sectors) and each side of an
 * event keeps its sector (ss, ts). A person's node links to whom they act for (of, or -1). Positions are
 * computed once for every actor, so filtering never moves the picture around. After each
 * drawing the SVG carries data-rendered (actors shown) and data-edges (actor pairs shown).
 * Filters may be given in the address too: graph.html#actor=RUS&type=Threaten&from=2014-01-01.
 */
function kgViz(root) {
  "use strict";
  var SVG_NS = "http://www.w3.org/2000/svg";
  var data = JSON.parse(root.querySelector('[data-role="data"]').textContent);
  var nodes = data.nodes, edges = data.edges;
  var svg = root.querySelector('[data-role="graph"]');
  var ui = {};
  ["actor", "type", "from", "to", "undated", "asserted", "reset", "count", "rows", "note"].forEach(function (k) {
    ui[k] = root.querySelector('[data-role="' + k + '"]');
  });
  var KIND_COLOURS = {country: "#4e79a7", igo: "#f28e2b", ngo: "#59a14f", organization: "#76b7b2",
                      person: "#b07aa1", group: "#e15759"};
  var EDGE_COLOURS = {conflict: "#c0392b", neutral: "#8a8f98", coop: "#1f77b4"};
  var MAX_ROWS = 400;
  var KK = 50, UNIT = KK / 40;   // ideal edge length of the layout, and the size of a node and a label

  function el(name, attrs, parent) {
    var node = document.createElementNS(SVG_NS, name);
    for (var key in attrs) { node.setAttribute(key, attrs[key]); }
    if (parent) { parent.appendChild(node); }
    return node;
  }
  function html(name, text, parent) {
    var node = document.createElement(name);
    node.textContent = text;
    if (parent) { parent.appendChild(node); }
    return node;
  }
  function shortName(n) {
    if (n.kind === "person") { return n.label; }
    return n.sectors.length ? n.code + " \u00b7 " + n.sectors.join(", ") : n.code;
  }
  function side(i, sector) { return (nodes[i].kind === "person" ? nodes[i].label : nodes[i].code) + (sector ? "/" + sector : ""); }
  function sideLabel(i, sector) { return nodes[i].label + (sector ? " (" + sector + ")" : ""); }
  function tone(g) { return g < -0.5 ? "conflict" : (g > 0.5 ? "coop" : "neutral"); }

  /* -- layout: Fruchterman-Reingold with a cut-off and a pull to the centre ----------------
   * Repulsion acts only between actors closer than a few ideal edge lengths, and every actor is
   * pulled towards the centre, so small groups settle around the main one instead of drifting
   * off. The start is a fixed spiral, so the same data always gives the same picture. */
  function layout() {
    var n = nodes.length, i, j, k;
    var pos = [], disp = [];
    var kk = KK, cutoff2 = 16 * kk * kk;
    for (i = 0; i < n; i++) {
      var r = kk * 0.8 * Math.sqrt(i + 0.5), a = i * 2.399963;
      pos.push([r * Math.cos(a), r * Math.sin(a)]);
      disp.push([0, 0]);
    }
    var links = {};
    edges.forEach(function (e) {
      if (e.s === e.t) { return; }
      var key = e.s < e.t ? e.s + ":" + e.t : e.t + ":" + e.s;
      links[key] = [Math.min(e.s, e.t), Math.max(e.s, e.t)];
    });
    nodes.forEach(function (node, i) { if (node.of >= 0) { links[i + ":of"] = [i, node.of]; } });
    var pairs = Object.keys(links).map(function (key) { return links[key]; });
    var iterations = n > 600 ? 100 : (n > 250 ? 200 : 350);
    var temp = kk * 3;
    for (k = 0; k < iterations; k++) {
      for (i = 0; i < n; i++) { disp[i][0] = 0; disp[i][1] = 0; }
      for (i = 0; i < n; i++) {
        for (j = i + 1; j < n; j++) {
          var dx = pos[i][0] - pos[j][0], dy = pos[i][1] - pos[j][1], d2 = dx * dx + dy * dy;
          if (d2 > cutoff2) { continue; }
          if (d2 < 0.01) { dx = 0.1 * ((i % 3) - 1 || 1); dy = 0.1; d2 = dx * dx + dy * dy; }
          var f = kk * kk / d2;
          disp[i][0] += dx * f; disp[i][1] += dy * f;
          disp[j][0] -= dx * f; disp[j][1] -= dy * f;
        }
      }
      pairs.forEach(function (p) {
        var a = p[0], b = p[1];
        var dx = pos[a][0] - pos[b][0], dy = pos[a][1] - pos[b][1];
        var f = Math.sqrt(dx * dx + dy * dy) / kk;
        disp[a][0] -= dx * f; disp[a][1] -= dy * f;
        disp[b][0] += dx * f; disp[b][1] += dy * f;
      });
      for (i = 0; i < n; i++) {
        disp[i][0] -= pos[i][0] * 0.06;
        disp[i][1] -= pos[i][1] * 0.06;
        var len = Math.sqrt(disp[i][0] * disp[i][0] + disp[i][1] * disp[i][1]) || 1;
        var step = Math.min(len, temp);
        pos[i][0] += disp[i][0] / len * step;
        pos[i][1] += disp[i][1] / len * step;
      }
      temp = Math.max(0.5, temp * 0.985);
    }
    return pos;
  }
  var pos = layout();

  /* -- filters -------------------------------------------------------------------------- */
  function fillSelects() {
    var codes = {}, types = {}, plovers = {};
    edges.forEach(function (e) {
      [e.s, e.t].forEach(function (i) {
        var c = nodes[i].code;
        codes[c] = codes[c] || {count: 0, label: nodes[i].kind === "person" ? c : nodes[i].label};
        codes[c].count += 1;
      });
      types[e.type] = types[e.type] || {count: 0, plover: e.plover};
      types[e.type].count += 1;
      plovers[e.plover] = (plovers[e.plover] || 0) + 1;
    });
    Object.keys(codes).sort().forEach(function (c) {
      var opt = html("option", c + " \u2014 " + codes[c].label + " (" + codes[c].count + ")", ui.actor);
      opt.value = c;
    });
    var groups = {};
    Object.keys(plovers).sort().forEach(function (p) {
      groups[p] = document.createElement("optgroup");
      groups[p].label = p || "other";
      var all = html("option", "all " + (p || "other") + " (" + plovers[p] + ")", groups[p]);
      all.value = "plover:" + p;
      ui.type.appendChild(groups[p]);
    });
    Object.keys(types).sort().forEach(function (t) {
      var opt = html("option", t + " (" + types[t].count + ")", groups[types[t].plover]);
      opt.value = t;
    });
    var starts = edges.map(function (e) { return e.start; }).filter(Boolean).sort();
    var ends = edges.map(function (e) { return e.end; }).filter(Boolean).sort();
    if (starts.length) {
      [ui.from, ui.to].forEach(function (input) { input.min = starts[0]; input.max = ends[ends.length - 1]; });
    }
  }

  function visibleEdges() {
    var actor = ui.actor.value, type = ui.type.value, from = ui.from.value, to = ui.to.value;
    return edges.filter(function (e) {
      if (actor && nodes[e.s].code !== actor && nodes[e.t].code !== actor) { return false; }
      if (type.indexOf("plover:") === 0) {
        if (e.plover !== type.slice(7)) { return false; }
      } else if (type && e.type !== type) { return false; }
      if (ui.asserted.checked && (e.neg || e.mod !== "asserted")) { return false; }
      if (!e.start) { return ui.undated.checked; }
      if (from && e.end < from) { return false; }
      if (to && e.start > to) { return false; }
      return true;
    });
  }

  /* -- drawing -------------------------------------------------------------------------- */
  var view = null;
  function setView(box) {
    view = box;
    svg.setAttribute("viewBox", box.join(" "));
  }

  function draw() {
    var shown = visibleEdges();
    while (svg.firstChild) { svg.removeChild(svg.firstChild); }
    var defs = el("defs", {}, svg);
    Object.keys(EDGE_COLOURS).forEach(function (t) {
      var marker = el("marker", {id: root.id + "-arrow-" + t, viewBox: "0 0 10 10", refX: "9", refY: "5",
                                 markerUnits: "userSpaceOnUse", markerWidth: (9 * UNIT).toFixed(1),
                                 markerHeight: (9 * UNIT).toFixed(1), orient: "auto-start-reverse"}, defs);
      el("path", {d: "M0,0 L10,5 L0,10 z", fill: EDGE_COLOURS[t]}, marker);
    });
    var pairs = {}, used = {}, degree = {};
    shown.forEach(function (e) {
      var key = e.s + ">" + e.t;
      var p = pairs[key] = pairs[key] || {s: e.s, t: e.t, events: [], g: 0, firm: 0};
      p.events.push(e);
      p.g += e.g;
      if (!e.neg && e.mod === "asserted") { p.firm += 1; }
      used[e.s] = true; used[e.t] = true;
      degree[e.s] = (degree[e.s] || 0) + 1;
      degree[e.t] = (degree[e.t] || 0) + 1;
    });
    Object.keys(used).forEach(function (i) { if (nodes[i].of >= 0) { used[nodes[i].of] = true; } });
    var ids = Object.keys(used).map(Number);
    function radius(i) { return (5 + 2.2 * Math.sqrt(degree[i] || 0)) * UNIT; }
    var edgeLayer = el("g", {}, svg), nodeLayer = el("g", {}, svg);
    ids.forEach(function (i) {  // a person is tied to whom they act for
      var of = nodes[i].of;
      if (of < 0) { return; }
      var link = el("line", {x1: pos[i][0], y1: pos[i][1], x2: pos[of][0], y2: pos[of][1], "class": "kg-acts-for",
                             stroke: "#b07aa1", "stroke-width": "1", "stroke-dasharray": "2 3"}, edgeLayer);
      link.appendChild(html("title", nodes[i].label + " acts for " + nodes[of].label +
                            (nodes[i].sector ? " (" + nodes[i].sector + ")" : ""), null));
    });
    Object.keys(pairs).forEach(function (key) {
      var p = pairs[key], a = pos[p.s], b = pos[p.t], mean = p.g / p.events.length, t = tone(mean);
      var path;
      if (p.s === p.t) {
        var r = radius(p.s);
        path = "M" + (a[0] - r / 2) + "," + (a[1] - r) + " C" + (a[0] - 3 * r) + "," + (a[1] - 5 * r) + " " +
               (a[0] + 3 * r) + "," + (a[1] - 5 * r) + " " + (a[0] + r / 2) + "," + (a[1] - r);
      } else {
        var dx = b[0] - a[0], dy = b[1] - a[1], d = Math.sqrt(dx * dx + dy * dy) || 1;
        var cx = (a[0] + b[0]) / 2 - dy * 0.15, cy = (a[1] + b[1]) / 2 + dx * 0.15;
        var ex = b[0] - cx, ey = b[1] - cy, el2 = Math.sqrt(ex * ex + ey * ey) || 1, rb = radius(p.t) + 2;
        path = "M" + a[0] + "," + a[1] + " Q" + cx + "," + cy + " " + (b[0] - ex / el2 * rb) + "," + (b[1] - ey / el2 * rb);
      }
      var line = el("path", {d: path, "class": "kg-edge", stroke: EDGE_COLOURS[t],
                             "stroke-width": (1 + Math.log(p.events.length) / Math.LN2).toFixed(2),
                             "marker-end": "url(#" + root.id + "-arrow-" + t + ")"}, edgeLayer);
      if (!p.firm) { line.setAttribute("stroke-dasharray", "5 4"); }
      var lines = p.events.slice(0, 12).map(function (e) {
        return (e.date || "undated") + "  " + side(e.s, e.ss) + " " + e.type + " " + side(e.t, e.ts) +
               (e.neg ? " (negated)" : "") +
               (e.mod !== "asserted" ? " (" + e.mod + ")" : "");
      });
      if (p.events.length > 12) { lines.push("\u2026 and " + (p.events.length - 12) + " more"); }
      line.appendChild(html("title", shortName(nodes[p.s]) + " \u2192 " + shortName(nodes[p.t]) + ": " +
                            p.events.length + " event(s)\n" + lines.join("\n"), null));
    });
    ids.forEach(function (i) {
      var n = nodes[i], g = el("g", {"class": "kg-node" + (ui.actor.value === n.code ? " kg-selected" : "")}, nodeLayer);
      el("circle", {cx: pos[i][0], cy: pos[i][1], r: radius(i), fill: KIND_COLOURS[n.kind] || "#999"}, g);
      var label = el("text", {x: pos[i][0] + radius(i) + 3 * UNIT, y: pos[i][1] + 4 * UNIT,
                               "font-size": (11 * UNIT).toFixed(1)}, g);
      label.textContent = shortName(n);
      g.appendChild(html("title", n.label + " (" + n.code + (n.sector ? ", " + n.sector : "") + "; " +
                         (n.kind || "actor") + ")" + (n.sectors.length ? "\nbodies: " + n.sectors.join(", ") : "") +
                         (n.of >= 0 ? "\nacts for " + nodes[n.of].label : "") +
                         "\n" + (degree[i] || 0) + " event(s) shown\n" + n.iri, null));
      g.addEventListener("click", function (ev) {
        ev.stopPropagation();
        ui.actor.value = ui.actor.value === n.code ? "" : n.code;
        draw();
      });
    });
    fit(ids);
    svg.setAttribute("data-rendered", String(ids.length));
    svg.setAttribute("data-edges", String(Object.keys(pairs).length));
    root.setAttribute("data-rendered", String(ids.length));
    ui.count.textContent = shown.length + " of " + edges.length + " events, " + ids.length + " actors";
    table(shown);
  }

  function fit(ids) {
    var all = ids.length ? ids : nodes.map(function (_, i) { return i; });
    if (!all.length) { setView([-7 * KK, -5 * KK, 14 * KK, 10 * KK]); return; }
    var xs = all.map(function (i) { return pos[i][0]; }), ys = all.map(function (i) { return pos[i][1]; });
    var x0 = Math.min.apply(null, xs) - KK, x1 = Math.max.apply(null, xs) + 3 * KK;
    var y0 = Math.min.apply(null, ys) - KK, y1 = Math.max.apply(null, ys) + KK;
    var w = Math.max(x1 - x0, 14 * KK), h = Math.max(y1 - y0, 10 * KK);
    setView([(x0 + x1 - w) / 2, (y0 + y1 - h) / 2, w, h]);
  }

  function table(shown) {
    while (ui.rows.firstChild) { ui.rows.removeChild(ui.rows.firstChild); }
    shown.slice(0, MAX_ROWS).forEach(function (e) {
      var tr = document.createElement("tr");
      var status = [e.neg ? "negated" : "", e.mod !== "asserted" ? e.mod : ""].filter(Boolean).join(", ");
      [e.date || "", sideLabel(e.s, e.ss), e.type, sideLabel(e.t, e.ts), status, e.sentence || "", e.article || ""]
        .forEach(function (text) { html("td", text, tr); });
      ui.rows.appendChild(tr);
    });
    var notes = [];
    if (shown.length > MAX_ROWS) { notes.push("The table lists the first " + MAX_ROWS + " of " + shown.length + " events."); }
    if (data.one_sided_events) {
      notes.push(data.one_sided_events + " event(s) name only a source or only a target and are not drawn.");
    }
    ui.note.textContent = notes.join(" ");
  }

  /* -- zoom and pan --------------------------------------------------------------------- */
  svg.addEventListener("wheel", function (ev) {
    ev.preventDefault();
    var rect = svg.getBoundingClientRect(), k = ev.deltaY > 0 ? 1.15 : 1 / 1.15;
    var mx = view[0] + (ev.clientX - rect.left) / rect.width * view[2];
    var my = view[1] + (ev.clientY - rect.top) / rect.height * view[3];
    setView([mx - (mx - view[0]) * k, my - (my - view[1]) * k, view[2] * k, view[3] * k]);
  }, {passive: false});
  var drag = null;
  svg.addEventListener("mousedown", function (ev) {
    drag = {x: ev.clientX, y: ev.clientY, view: view.slice()};
    svg.classList.add("kg-dragging");
  });
  window.addEventListener("mousemove", function (ev) {
    if (!drag) { return; }
    var rect = svg.getBoundingClientRect();
    setView([drag.view[0] - (ev.clientX - drag.x) / rect.width * view[2],
             drag.view[1] - (ev.clientY - drag.y) / rect.height * view[3], view[2], view[3]]);
  });
  window.addEventListener("mouseup", function () { drag = null; svg.classList.remove("kg-dragging"); });

  [ui.actor, ui.type, ui.from, ui.to, ui.undated, ui.asserted].forEach(function (input) {
    input.addEventListener("change", draw);
  });
  ui.reset.addEventListener("click", function () {
    ui.actor.value = ""; ui.type.value = ""; ui.from.value = ""; ui.to.value = "";
    ui.undated.checked = true; ui.asserted.checked = false;
    draw();
  });

  /* -- a filter can come with the address: graph.html#actor=RUS&type=plover:SANCTION&from=2014-01-01 */
  function readHash() {
    (window.location.hash || "").replace(/^#/, "").split("&").forEach(function (pair) {
      var kv = pair.split("="), key = decodeURIComponent(kv[0] || ""), value = decodeURIComponent(kv[1] || "");
      if (["actor", "type", "from", "to"].indexOf(key) >= 0) { ui[key].value = value; }
      if (key === "asserted") { ui.asserted.checked = value !== "0"; }
      if (key === "undated") { ui.undated.checked = value !== "0"; }
    });
  }

  fillSelects();
  readHash();
  draw();
}
