// `kg report` and `kg render` in-process: formats, output files, messages and exit codes.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { run } from '../../src/cli/run.js';
import type { Io } from '../../src/cli/io.js';
import { toGraphFile } from '../../src/graph/index.js';
import { fixtureGraph } from '../fixtures/diplomacy-graph.js';
import { reportSchemaErrors } from './report-schema.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-report-'));
const graphFile = path.join(dir, 'graph.json');
fs.writeFileSync(graphFile, JSON.stringify(toGraphFile(fixtureGraph())));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function kg(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: Io = { out: (s) => void (out += s), err: (s) => void (err += s), isTTY: false };
  const code = await run(args, io);
  return { code, out, err };
}

test('dyad as Markdown on stdout', async () => {
  const r = await kg('report', 'dyad', '--a', 'Viet Nam', '--b', 'Cuba', '--graph', graphFile);
  expect(r.code).toBe(0);
  expect(r.out).toContain('# Việt Nam – Cuba');
  expect(r.out).toContain('| congratulated | 2 | 2 |');
  expect(r.out).toContain('- **2026-01-26** phone talks: Miguel Diaz-Canel Bermudez, Tô Lâm');
  expect(r.out).toContain('  - **2026-01-26** Miguel Diaz-Canel Bermudez congratulated Tô Lâm\n    > The Cuban leader congratulated the CPV');
});

test('actor as JSON matches the schema; the name comes first among the positionals', async () => {
  const r = await kg('report', 'actor', 'Tô Lâm', '--graph', graphFile, '--format', 'json');
  expect(r.code).toBe(0);
  const data = JSON.parse(r.out);
  expect(data.actor.key).toBe('person:to-lam');
  expect(data.meetings.map((m: { date: string }) => m.date)).toEqual(['2026-01-26']);
  expect(reportSchemaErrors(data)).toEqual([]);
});

test('matrix by country, and the format taken from the -o extension', async () => {
  const out = path.join(dir, 'sub', 'matrix.json');
  const r = await kg('report', 'matrix', '--type', 'congratulated', '--by', 'country', '--graph', graphFile, '-o', out);
  expect(r).toMatchObject({ code: 0, out: '', err: `wrote ${out}\n` });
  expect(JSON.parse(fs.readFileSync(out, 'utf8')).counts).toEqual([[0, 2], [0, 1], [2, 0]]);
});

test('HTML is one self-contained, deterministic file', async () => {
  const a = path.join(dir, 'a.html');
  const b = path.join(dir, 'b.html');
  await kg('report', 'network', '--graph', graphFile, '-o', a);
  await kg('report', 'network', '--graph', graphFile, '-o', b);
  const html = fs.readFileSync(a, 'utf8');
  expect(fs.readFileSync(b, 'utf8')).toBe(html);
  expect(html).toContain('<table id="central">');
  expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href=|@import/);
});

test('usage errors exit 2, unknown and ambiguous names exit 1 with the candidates', async () => {
  expect(await kg('report', 'dyad', '--a', 'Cuba', '--graph', graphFile)).toMatchObject({ code: 2, err: 'kg/cli: report dyad needs --b <actor>\n' });
  expect(await kg('report', 'matrix', '--type', 'HUGGED', '--graph', graphFile)).toMatchObject({ code: 2 });
  const amb = await kg('report', 'actor', 'Castro', '--graph', graphFile);
  expect(amb.code).toBe(1);
  expect(amb.err).toContain('Fidel Castro (person:fidel-castro), Raul Castro (person:raul-castro)');
  expect(await kg('report', 'dyad', '--a', 'Cuba', '--b', 'Cuba')).toMatchObject({ code: 2, err: expect.stringContaining('--graph FILE') });
});

test('render writes an SVG with every node and a legend', async () => {
  const out = path.join(dir, 'graph.svg');
  const r = await kg('render', '--graph', graphFile, '-o', out);
  expect(r.code).toBe(0);
  const svg = fs.readFileSync(out, 'utf8');
  expect(svg.match(/<circle cx=/g)?.length).toBeGreaterThanOrEqual(fixtureGraph().order);
  expect(svg).toContain('>Tô Lâm</text>');
  expect(svg).toContain('>CONGRATULATED</text>');
  expect((await kg('render', '--graph', graphFile, '-o', path.join(dir, 'graph.gif'))).code).toBe(2);
});
