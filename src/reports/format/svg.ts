// A static SVG of a picture (same layout and colours as the HTML page), for `kg render -o graph.svg`.
import { LABEL_COLORS, TYPE_COLORS } from '../../sinks/style.js';
import type { Picture } from '../picture.js';

const esc = (s: string): string => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
const fmt = (x: number): string => String(Math.round(x * 10) / 10);

/** Renders the picture into a width x height SVG with a legend; y grows upwards as in the HTML view. */
export function pictureSvg(picture: Picture, title: string, width = 1200, height = 900): string {
  const pad = 80;
  const legendH = 60;
  const xs = picture.nodes.map((n) => n.x);
  const ys = picture.nodes.map((n) => n.y);
  const [x0, x1, y0, y1] = [Math.min(...xs, 0), Math.max(...xs, 1), Math.min(...ys, 0), Math.max(...ys, 1)];
  const scale = Math.min((width - 2 * pad) / (x1 - x0 || 1), (height - 2 * pad - legendH) / (y1 - y0 || 1));
  const pos = new Map(picture.nodes.map((n) => [n.key, { x: pad + (n.x - x0) * scale, y: height - pad - (n.y - y0) * scale }]));
  const types = [...new Set(picture.edges.map((e) => e.type))];
  const labels = [...new Set(picture.nodes.map((n) => n.label))];
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif">`,
    `<title>${esc(title)}</title>`,
    '<defs>',
    ...types.map((t) => `<marker id="arrow-${t}" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0L10,5L0,10z" fill="${TYPE_COLORS[t]}"/></marker>`),
    '</defs>',
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
  ];
  const size = new Map(picture.nodes.map((n) => [n.key, n.size]));
  for (const e of picture.edges) {
    const s = pos.get(e.source)!;
    const t = pos.get(e.target)!;
    const len = Math.hypot(t.x - s.x, t.y - s.y) || 1;
    // Stop the line at the target's rim so the arrow head shows.
    const r = size.get(e.target)! + 2;
    out.push(`<line x1="${fmt(s.x)}" y1="${fmt(s.y)}" x2="${fmt(t.x - ((t.x - s.x) * r) / len)}" y2="${fmt(t.y - ((t.y - s.y) * r) / len)}" stroke="${e.color}" stroke-width="2" marker-end="url(#arrow-${e.type})"><title>${esc(e.type)}</title></line>`);
  }
  for (const n of picture.nodes) {
    const p = pos.get(n.key)!;
    out.push(`<circle cx="${fmt(p.x)}" cy="${fmt(p.y)}" r="${fmt(n.size)}" fill="${n.color}" stroke="#fff"><title>${esc(`${n.name} (${n.label})`)}</title></circle>`);
    out.push(`<text x="${fmt(p.x + n.size + 3)}" y="${fmt(p.y + 4)}" font-size="13" fill="#222">${esc(n.name)}</text>`);
  }
  let x = 20;
  const chip = (color: string, text: string, round: boolean): void => {
    out.push(round ? `<circle cx="${x + 6}" cy="${height - 26}" r="6" fill="${color}"/>` : `<rect x="${x}" y="${height - 32}" width="12" height="12" fill="${color}"/>`);
    out.push(`<text x="${x + 17}" y="${height - 21}" font-size="12" fill="#333">${esc(text)}</text>`);
    x += 24 + text.length * 7;
  };
  for (const l of labels) chip(LABEL_COLORS[l], l, true);
  for (const t of types) chip(TYPE_COLORS[t], t, false);
  out.push('</svg>', '');
  return out.join('\n');
}
