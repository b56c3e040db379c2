// HTML rendering of reports: one self-contained page (no network at view time) with the tables and an interactive picture.
import fs from 'node:fs';
import { KgError } from '../../errors.js';
import type { KnowledgeGraph } from '../../graph/index.js';
import { packagePath } from '../../paths.js';
import { LABEL_COLORS, TYPE_COLORS } from '../../sinks/style.js';
import type { Report } from '../index.js';
import { graphPicture, reportPicture, type Picture } from '../picture.js';
import { reportDocument, type Block, type Item, type ReportDocument } from './document.js';

const esc = (s: string | number): string => String(s).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

let viewer: string | undefined;

/** The browser bundle (sigma + graphology) built by `npm run build`. */
function viewerScript(): string {
  if (viewer === undefined) {
    const file = packagePath('dist', 'viewer.js');
    try {
      viewer = fs.readFileSync(file, 'utf8').replace(/<\/script/gi, '<\\/script');
    } catch {
      throw new KgError('reports', `${file}: missing; run npm run build (it bundles the HTML viewer)`);
    }
  }
  return viewer;
}

function item(it: Item): string {
  const ev = it.evidence.map((e) => `<blockquote>${esc(e.sentence)} <cite>${esc(e.doc)}</cite></blockquote>`).join('');
  const kids = it.children?.length ? `<ul>${it.children.map(item).join('')}</ul>` : '';
  return `<li>${it.date ? `<b>${esc(it.date)}</b> ` : ''}${esc(it.text)}${ev}${kids}</li>`;
}

function block(b: Block): string {
  if (b.kind === 'text') return `<p>${esc(b.text)}</p>`;
  if (b.kind === 'items') return `<ul id="${b.id}" class="items">${b.items.map(item).join('')}</ul>`;
  const num = (v: string | number): string => (typeof v === 'number' ? ' class="n"' : '');
  return `<table id="${b.id}"><thead><tr>${b.head.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead><tbody>${b.rows.map((r) => `<tr>${r.map((v) => `<td${num(v)}>${esc(v)}</td>`).join('')}</tr>`).join('')}</tbody></table>`;
}

function legend(picture: Picture): string {
  const labels = [...new Set(picture.nodes.map((n) => n.label))];
  const types = [...new Set(picture.edges.map((e) => e.type))];
  const chip = (color: string, text: string, round: boolean): string => `<span class="chip"><i style="background:${color}${round ? ';border-radius:50%' : ''}"></i>${esc(text)}</span>`;
  return `<div class="legend">${labels.map((l) => chip(LABEL_COLORS[l], l, true)).join('')}${types.map((t) => chip(TYPE_COLORS[t], t, false)).join('')}</div>`;
}

const STYLE = `body{font:15px/1.45 system-ui,sans-serif;margin:0 auto;max-width:1100px;padding:1em 1.5em;color:#222}
h1{font-size:1.6em;margin:.3em 0}h2{font-size:1.2em;margin-top:1.4em;border-bottom:1px solid #ddd}
#kg-figure{padding:4px 8px;background:#fff}#kg-graph{position:relative;height:560px;border:1px solid #ccc;border-radius:6px;background:#fcfcfc}
#kg-tip{position:absolute;z-index:10;max-width:420px;background:#fff;border:1px solid #999;border-radius:4px;padding:6px 9px;font-size:13px;box-shadow:0 2px 6px #0003;pointer-events:none}
#kg-tip p{margin:.3em 0}.legend{margin:.5em 0;font-size:13px}.chip{margin-right:1em;white-space:nowrap}
.chip i{display:inline-block;width:11px;height:11px;margin-right:4px;vertical-align:-1px}
table{border-collapse:collapse;margin:.6em 0}th,td{border:1px solid #ccc;padding:3px 9px;text-align:left}td.n{text-align:right}th{background:#f2f2f2}
ul.items li{margin:.35em 0}blockquote{margin:.15em 0 .15em 1em;color:#555;font-size:13px}cite{color:#888}`;

/** A self-contained page: title, the picture with its legend, then the document's sections. */
function page(title: string, intro: string, picture: Picture, body: string): string {
  const json = JSON.stringify(picture).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${esc(title)}</title><style>${STYLE}</style></head>
<body><div id="kg-figure"><h1>${esc(title)}</h1>${intro}
${legend(picture)}<div id="kg-graph"><div id="kg-tip" hidden></div></div></div>
${body}
<script type="application/json" id="kg-picture">${json}</script>
<script>${viewerScript()}</script>
</body></html>
`;
}

function documentBody(doc: ReportDocument): string {
  return doc.sections.map((s) => `<section><h2>${esc(s.heading)}</h2>${s.blocks.map(block).join('')}</section>`).join('\n');
}

/** The report as one HTML page; the picture is the report's subgraph laid out deterministically. */
export function formatHtml(graph: KnowledgeGraph, report: Report): string {
  const doc = reportDocument(report);
  return page(doc.title, doc.intro.map(block).join(''), reportPicture(graph, report), documentBody(doc));
}

/** A page with the picture of the whole graph (for `kg render`). */
export function graphHtml(graph: KnowledgeGraph, title = 'Knowledge graph'): string {
  return page(title, `<p>${graph.order} nodes, ${graph.size} edges.</p>`, graphPicture(graph), '');
}
