// The page's own behaviour: tooltips built as DOM text (never parsed as HTML), filters, search, settle flag.
"use strict";

function kgElement(tag, className, text, dir) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  if (dir) node.dir = dir;
  return node;
}

// A statement's sentence with the issue phrase marked; offsets are into the sentence.
function kgSentence(item) {
  const p = kgElement("p", "kg-ar", undefined, "rtl");
  p.lang = "ar";
  const [start, end] = item.mark || [0, 0];
  if (end > start) {
    p.append(item.sentence.slice(0, start), kgElement("mark", "", item.sentence.slice(start, end)),
             item.sentence.slice(end));
  } else {
    p.textContent = item.sentence;
  }
  return p;
}

function kgTooltip(tip) {
  const box = kgElement("div", "kg-tip");
  tip.head.forEach((line, i) => box.append(kgElement("p", i === 0 ? "kg-head" : "", line, "auto")));
  (tip.items || []).forEach((item) => {
    if (item.gloss) box.append(kgElement("p", "kg-gloss", item.gloss, "auto"));
    if (item.sentence) box.append(kgSentence(item));
    // each part isolated, so that a Latin name or a date keeps its order inside Arabic text
    const meta = kgElement("p", "kg-meta", undefined, "auto");
    [].concat(item.meta).forEach((part, i) => meta.append(...(i ? [" · "] : []), kgElement("bdi", "", part)));
    box.append(meta);
  });
  if (tip.more) box.append(kgElement("p", "kg-meta", tip.more, "auto"));
  return box;
}

// Search ignores case, Arabic diacritics and tatweel, and the alef/yaa/taa marbuta spellings.
function kgFold(text) {
  return text.toLowerCase().normalize("NFC").replace(/[\u064B-\u065F\u0670\u0640]/g, "")
    .replace(/[\u0622\u0623\u0625\u0671]/g, "\u0627").replace(/\u0649/g, "\u064A").replace(/\u0629/g, "\u0647").trim();
}

const kgNodes = new vis.DataSet(KG.nodes.map((n) => Object.assign({}, n, {title: kgTooltip(n.tip)})));
const kgEdges = new vis.DataSet(KG.edges.map((e) => Object.assign({}, e, {title: kgTooltip(e.tip)})));
const kgNetwork = new vis.Network(document.getElementById("kg-network"), {nodes: kgNodes, edges: kgEdges}, KG.options);
window.kgView = {network: kgNetwork, nodes: kgNodes, edges: kgEdges, settled: false, settledMs: null};

// A focus view keeps its actor in the middle of the screen, at the scale that shows the whole view.
function kgCentreFocal() {
  const focal = kgNodes.get({filter: (n) => n.focal});
  if (!focal.length) return;
  kgNetwork.fit();
  kgNetwork.moveTo({position: kgNetwork.getPosition(focal[0].id), scale: kgNetwork.getScale()});
}

function kgMarkSettled() {
  kgCentreFocal();
  kgReadableLabels();
  kgNetwork.once("afterDrawing", () => {
    window.kgView.settled = true;
    window.kgView.settledMs = performance.now();
  });
  kgNetwork.redraw();
}
// Labels keep a readable size on screen: zoomed out, their size in the drawing grows (up to three times).
const KG_FONT = KG.options.nodes.font.size;
const KG_MIN_PX = 11;
function kgReadableLabels() {
  const size = Math.min(3 * KG_FONT, Math.max(KG_FONT, KG_MIN_PX / kgNetwork.getScale()));
  if (Math.abs(size - (window.kgView.fontSize || KG_FONT)) > 0.5) {
    window.kgView.fontSize = size;
    kgNetwork.setOptions({nodes: {font: {size: size}}});
  }
}
kgNetwork.on("afterDrawing", kgReadableLabels);  // after any zoom, the user's or a fit's (it redraws once)

// Physics only untangles the start: once the bounded stabilisation is done the page holds still.
if (KG.options.physics.enabled) {
  kgNetwork.once("stabilizationIterationsDone", () => {
    kgNetwork.setOptions({physics: {enabled: false}});
    kgMarkSettled();
  });
} else {
  kgMarkSettled();
}

function kgChecked(selector) {
  return new Set(Array.from(document.querySelectorAll(selector)).filter((box) => box.checked).map((box) => box.value));
}

// Hide (not remove) what the filters exclude, so every node keeps its place.
function kgApplyFilters() {
  const kinds = kgChecked(".kg-edge-filter");
  const types = kgChecked(".kg-type-filter");
  const passes = new Set(kgNodes.getIds({filter: (n) => n.kind !== "actor" || types.has(n.atype)}));
  const touched = new Set();
  const edgeUpdates = kgEdges.get().map((e) => {
    const shown = kinds.has(e.kind) && passes.has(e.from) && passes.has(e.to);
    if (shown) { touched.add(e.from); touched.add(e.to); }
    return {id: e.id, hidden: !shown};
  });
  const nodeUpdates = kgNodes.get().map((n) => ({id: n.id, hidden: !(passes.has(n.id) && (touched.has(n.id) || n.degree === 0))}));
  kgEdges.update(edgeUpdates);
  kgNodes.update(nodeUpdates);
  kgShowCounts();
}

function kgShowCounts() {
  const shown = kgNodes.get({filter: (n) => !n.hidden});
  const actors = shown.filter((n) => n.kind === "actor").length;
  const parts = [KG.ui.count_actors.replace("{n}", actors)];
  if (KG.has_issues) parts.push(KG.ui.count_issues.replace("{n}", shown.length - actors));
  parts.push(KG.ui.count_edges.replace("{n}", kgEdges.get({filter: (e) => !e.hidden}).length));
  document.getElementById("kg-counts").textContent = parts.join(" · ");
}

function kgSearch() {
  const status = document.getElementById("kg-search-status");
  const query = kgFold(document.getElementById("kg-search").value);
  if (!query) { kgNetwork.unselectAll(); status.textContent = ""; return; }
  const visible = kgNodes.get({filter: (n) => !n.hidden});
  const exact = visible.filter((n) => n.names.some((name) => kgFold(name) === query));
  const found = exact.length ? exact : visible.filter((n) => n.names.some((name) => kgFold(name).includes(query)));
  if (!found.length) { kgNetwork.unselectAll(); status.textContent = KG.ui.no_match; return; }
  kgNetwork.selectNodes(found.map((n) => n.id));
  if (found.length === 1) {
    kgNetwork.focus(found[0].id, {scale: 1.2, animation: {duration: 400}});
  } else {
    kgNetwork.fit({nodes: found.map((n) => n.id), animation: {duration: 400}});
  }
  status.textContent = KG.ui.matches.replace("{n}", found.length);
}

document.querySelectorAll(".kg-edge-filter, .kg-type-filter").forEach((box) => box.addEventListener("change", kgApplyFilters));
document.getElementById("kg-search").addEventListener("change", kgSearch);
document.getElementById("kg-search").addEventListener("keydown", (event) => { if (event.key === "Enter") kgSearch(); });
document.getElementById("kg-fit").addEventListener("click", () => kgNetwork.fit({animation: {duration: 400}}));
kgShowCounts();
