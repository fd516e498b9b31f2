/**
 * The layers of ARCHITECTURE.md, kept by reading the imports of every file in src/:
 * faces (cli, taskpane, standalone, examples) → commands → hosts → workbook → i18n → engine.
 * Dependencies point down only; nothing in src/ imports test/ or bench/; no two files import each
 * other, however indirectly. Type-only imports count: a type is a dependency too.
 */
import { readdirSync, readFileSync, statSync, existsSync } from 'fs';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..');
const SRC = path.join(ROOT, 'src');

type Layer = 'engine' | 'i18n' | 'workbook' | 'hosts' | 'commands' | 'face';

function layerOf(file: string): Layer {
  const top = path.relative(SRC, file).split(path.sep)[0];
  switch (top) {
    case 'engine':
    case 'i18n':
    case 'workbook':
    case 'hosts':
    case 'commands':
      return top;
    default:
      return 'face';
  }
}

/** What each layer may import besides itself. */
const ALLOWED: Record<Layer, Layer[]> = {
  engine: [],
  i18n: ['engine'],
  workbook: ['i18n', 'engine'],
  hosts: ['workbook', 'i18n', 'engine'],
  commands: ['hosts', 'workbook', 'i18n', 'engine'],
  face: ['commands', 'hosts', 'workbook', 'i18n', 'engine'],
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.ts$/.test(name) ? [full] : [];
  });
}

/** Relative module specifiers of a file: import/export … from, import(), require(). */
function specifiers(text: string): string[] {
  const out: string[] = [];
  const patterns = [
    /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*'([^']+)'/g,
    /(?:^|\n)\s*import\s*'([^']+)'/g,
    /\bimport\(\s*'([^']+)'\s*\)/g,
    /\brequire\(\s*'([^']+)'\s*\)/g,
  ];
  for (const re of patterns) for (const m of text.matchAll(re)) out.push(m[1]);
  return out.filter((s) => s.startsWith('.'));
}

function resolve(from: string, spec: string): string {
  const base = path.resolve(path.dirname(from), spec);
  for (const candidate of [`${base}.ts`, path.join(base, 'index.ts'), base]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return base; // outside src/ (test/, bench/, package.json …): judged by its path
}

const files = sourceFiles(SRC);
const edges = new Map<string, string[]>(
  files.map((f) => [f, specifiers(readFileSync(f, 'utf8')).map((s) => resolve(f, s))]),
);
const rel = (f: string) => path.relative(ROOT, f);

describe('architecture', () => {
  test('the scan sees the project (guards against a test that checks nothing)', () => {
    expect(files.length).toBeGreaterThan(100);
    const engineEdges = files.filter((f) => layerOf(f) === 'engine').flatMap((f) => edges.get(f) ?? []);
    expect(engineEdges.length).toBeGreaterThan(100);
  });

  test('dependencies point down only', () => {
    const upward: string[] = [];
    for (const [from, targets] of edges) {
      for (const to of targets) {
        if (!to.startsWith(SRC + path.sep)) continue;
        const a = layerOf(from);
        const b = layerOf(to);
        if (a !== b && !ALLOWED[a].includes(b)) upward.push(`${rel(from)} (${a}) → ${rel(to)} (${b})`);
      }
    }
    expect(upward).toEqual([]);
  });

  test('nothing in src/ imports test/ or bench/', () => {
    const outside = [...edges].flatMap(([from, targets]) =>
      targets.filter((to) => !to.startsWith(SRC + path.sep)).map((to) => `${rel(from)} → ${rel(to)}`),
    );
    expect(outside.filter((e) => /→ (test|bench)\//.test(e))).toEqual([]);
  });

  test('no import cycles between files', () => {
    // Tarjan's strongly connected components: any component of more than one file is a cycle.
    let index = 0;
    const indexOf = new Map<string, number>();
    const low = new Map<string, number>();
    const stack: string[] = [];
    const onStack = new Set<string>();
    const cycles: string[][] = [];
    const visit = (v: string): void => {
      indexOf.set(v, index);
      low.set(v, index++);
      stack.push(v);
      onStack.add(v);
      for (const w of edges.get(v) ?? []) {
        if (!edges.has(w)) continue;
        if (!indexOf.has(w)) {
          visit(w);
          low.set(v, Math.min(low.get(v) ?? 0, low.get(w) ?? 0));
        } else if (onStack.has(w)) low.set(v, Math.min(low.get(v) ?? 0, indexOf.get(w) ?? 0));
      }
      if (low.get(v) === indexOf.get(v)) {
        const component: string[] = [];
        let w: string | undefined;
        do {
          w = stack.pop();
          if (w === undefined) break;
          onStack.delete(w);
          component.push(rel(w));
        } while (w !== v);
        if (component.length > 1) cycles.push(component.sort());
      }
    };
    for (const f of files) if (!indexOf.has(f)) visit(f);
    expect(cycles).toEqual([]);
  });
});
