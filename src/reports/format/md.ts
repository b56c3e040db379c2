// Markdown rendering of reports, for reading in a terminal or committing to a repository.
import type { Report } from '../index.js';
import { reportDocument, type Block, type Item } from './document.js';

const cell = (s: string | number): string => String(s).replace(/\|/g, '\\|').replace(/\s+/g, ' ');

function table(head: string[], rows: (string | number)[][]): string[] {
  // A column of numbers only is right-aligned.
  const align = head.map((_h, i) => (rows.length && rows.every((r) => typeof r[i] === 'number') ? '---:' : '---'));
  return [`| ${head.map(cell).join(' | ')} |`, `| ${align.join(' | ')} |`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)];
}

function item(it: Item, pad: string): string[] {
  return [
    `${pad}- ${it.date ? `**${it.date}** ` : ''}${it.text}`,
    ...it.evidence.map((e) => `${pad}  > ${e.sentence.replace(/\s+/g, ' ').trim()} — *${e.doc}*`),
    ...(it.children ?? []).flatMap((c) => item(c, `${pad}  `)),
  ];
}

function block(b: Block): string[] {
  return b.kind === 'text' ? [b.text] : b.kind === 'table' ? table(b.head, b.rows) : b.items.flatMap((it) => item(it, ''));
}

/** The report as Markdown (ends with a newline). */
export function formatMarkdown(report: Report): string {
  const doc = reportDocument(report);
  const lines = [`# ${doc.title}`, '', ...doc.intro.flatMap((b) => [...block(b), '']), ...doc.sections.flatMap((s) => [`## ${s.heading}`, '', ...s.blocks.flatMap((b) => [...block(b), ''])])];
  return `${lines.join('\n').trimEnd()}\n`;
}
