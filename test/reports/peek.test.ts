import fs from 'node:fs';
import { fixtureGraph } from '../fixtures/diplomacy-graph.js';
import { toGraphFile } from '../../src/graph/index.js';
test('peek', () => {
  fs.mkdirSync('out/test-artifacts', { recursive: true });
  fs.writeFileSync('out/test-artifacts/fixture-graph.json', JSON.stringify(toGraphFile(fixtureGraph())));
});
