/**
 * The pieces of the headless tests: a production build of the pane and the standalone page, the
 * office.js stub bundle, a static server on 127.0.0.1, and Debian's Chromium through
 * playwright-core with every request that leaves 127.0.0.1 (or file://) blocked and recorded.
 */
import { execFileSync } from 'child_process';
import { existsSync, readFileSync, mkdirSync } from 'fs';
import * as http from 'http';
import type { AddressInfo } from 'net';
import * as path from 'path';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';

export const ROOT = path.resolve(__dirname, '../..');
export const OUT = path.join(ROOT, 'test/.tmp/e2e-dist');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const EXAMPLE = path.join(ROOT, 'examples/dai-hoi-phuong.xlsx');

/** Builds the pane, the standalone page and the office.js stub (production mode, like the release). */
export function build(): void {
  mkdirSync(OUT, { recursive: true });
  const webpack = path.join(ROOT, 'node_modules/.bin/webpack');
  execFileSync(webpack, ['--mode', 'production', '--env', `out=${OUT}`], {
    cwd: ROOT,
    stdio: 'pipe',
    env: { ...process.env, ADDIN_URL: '' },
  });
  execFileSync(webpack, ['--config', path.join(__dirname, 'stub.webpack.js'), '--env', `out=${OUT}`], {
    cwd: ROOT,
    stdio: 'pipe',
  });
}

export interface Server {
  origin: string;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.xml': 'application/xml',
};

export async function serve(dir: string): Promise<Server> {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const file = path.join(dir, decodeURIComponent(url.pathname));
    if (!file.startsWith(dir) || !existsSync(file)) {
      res.writeHead(404);
      res.end();
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

export async function launch(): Promise<Browser> {
  if (!existsSync(CHROMIUM))
    throw new Error(`Chromium not found at ${CHROMIUM}: install Debian's chromium (apt-get install chromium)`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** Blocks every request that is not to `allowed` (an origin, or `file:`), and records it. */
export async function blockOutside(context: BrowserContext, allowed: string): Promise<string[]> {
  const blocked: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(allowed)) return route.continue();
    blocked.push(url);
    return route.abort('blockedbyclient');
  });
  return blocked;
}
