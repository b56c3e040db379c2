// Browser side of the HTML reports (plain JS, bundled with sigma and graphology into dist/viewer.js by scripts/build-viewer.mjs):
// draws the report's laid-out subgraph and shows an item's evidence on hover.
import { DEFAULT_EDGE_CURVATURE, EdgeCurvedArrowProgram, indexParallelEdgesIndex } from '@sigma/edge-curve';
import Graph from 'graphology';
import Sigma from 'sigma';
import { EdgeArrowProgram } from 'sigma/rendering';

const data = JSON.parse(document.getElementById('kg-picture').textContent);
const container = document.getElementById('kg-graph');
const tip = document.getElementById('kg-tip');
const graph = new Graph({ type: 'directed', multi: true, allowSelfLoops: false });
for (const n of data.nodes) graph.addNode(n.key, { x: n.x, y: n.y, size: n.size, color: n.color, label: n.name });
for (const e of data.edges) graph.addDirectedEdgeWithKey(e.key, e.source, e.target, { color: e.color, size: 3, label: e.type });
// Parallel edges (a congratulation and a thanks between the same two people) bend apart so each stays visible.
indexParallelEdgesIndex(graph, { edgeIndexAttribute: 'parallelIndex', edgeMinIndexAttribute: 'parallelMinIndex', edgeMaxIndexAttribute: 'parallelMaxIndex' });
const curvature = (index, max) => (index < 0 ? -curvature(-index, -max) : (3.5 * (1 - Math.exp(-max / 3.5)) * DEFAULT_EDGE_CURVATURE * index) / max);
graph.forEachEdge((edge, a) => {
  if (typeof a.parallelIndex !== 'number') return graph.setEdgeAttribute(edge, 'type', 'straight');
  const curved = typeof a.parallelMinIndex !== 'number' || a.parallelIndex !== 0;
  graph.mergeEdgeAttributes(edge, { type: curved ? 'curved' : 'straight', curvature: curvature(a.parallelIndex, a.parallelMaxIndex) });
});
const nodes = new Map(data.nodes.map((n) => [n.key, n]));
const edges = new Map(data.edges.map((e) => [e.key, e]));

const renderer = new Sigma(graph, container, { enableEdgeEvents: true, labelRenderedSizeThreshold: 0, labelSize: 13, defaultEdgeType: 'straight', edgeProgramClasses: { straight: EdgeArrowProgram, curved: EdgeCurvedArrowProgram } });

function escape(s) {
  return s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
}

function show(title, evidence, event) {
  tip.innerHTML = `<b>${escape(title)}</b>${evidence.map((e) => `<p>${escape(e.sentence)} <i>${escape(e.doc)}</i></p>`).join('')}`;
  tip.hidden = false;
  // Keep the box inside the picture: open it left of or above the pointer near the right or bottom edge.
  const { clientWidth: w, clientHeight: h } = container;
  tip.style.left = `${Math.max(0, event.x + 14 + tip.offsetWidth > w ? event.x - 14 - tip.offsetWidth : event.x + 14)}px`;
  tip.style.top = `${Math.max(0, event.y + 14 + tip.offsetHeight > h ? event.y - 14 - tip.offsetHeight : event.y + 14)}px`;
}

renderer.on('enterNode', ({ node, event }) => {
  const n = nodes.get(node);
  show(`${n.title} (${n.label})`, n.evidence, event);
});
renderer.on('enterEdge', ({ edge, event }) => {
  const e = edges.get(edge);
  show(`${nodes.get(e.source).name} ${e.type} ${nodes.get(e.target).name}${e.date ? ` (${e.date})` : ''}`, e.evidence, event);
});
renderer.on('leaveNode', () => (tip.hidden = true));
renderer.on('leaveEdge', () => (tip.hidden = true));
renderer.once('afterRender', () => {
  // Read by tests and scripts that screenshot the page: the picture is drawn.
  window.kgRendered = { nodes: graph.order, edges: graph.size };
  window.kgView = { renderer, graph };
});
renderer.refresh();
