// Reads the shipped queries/*.cypher: title and comment, the `:param` lines Browser runs first, and the statement.
import fs from 'node:fs';
import path from 'node:path';
import { packagePath } from '../../../src/paths.js';

export interface ShippedQuery {
  file: string;
  text: string;
  title: string;
  comment: string;
  /** Parameter name -> the Cypher literal its `:param` line sets. */
  params: Record<string, string>;
  statement: string;
}

export const QUERY_DIR = packagePath('queries');

/** Every shipped query, in file-name order. */
export function shippedQueries(): ShippedQuery[] {
  return fs.readdirSync(QUERY_DIR).filter((f) => f.endsWith('.cypher')).sort().map((file) => parseQuery(file, fs.readFileSync(path.join(QUERY_DIR, file), 'utf8')));
}

function parseQuery(file: string, text: string): ShippedQuery {
  const lines = text.split('\n');
  const comments: string[] = [];
  const params: Record<string, string> = {};
  let i = 0;
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    const comment = /^\/\/ ?(.*)$/.exec(line);
    const param = /^:param (\w+) => (.+);$/.exec(line);
    if (comment) comments.push(comment[1]!);
    else if (param) params[param[1]!] = param[2]!;
    else break;
  }
  return { file, text, title: comments[0] ?? '', comment: comments.slice(1).join(' '), params, statement: lines.slice(i).join('\n').trim().replace(/;$/, '') };
}
