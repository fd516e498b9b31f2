import { existsSync } from 'fs';
import * as path from 'path';

/** The project's root (the folder with package.json), wherever the benchmark was compiled to. */
export function projectRoot(from: string = __dirname): string {
  let dir = from;
  while (!existsSync(path.join(dir, 'package.json'))) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error(`no package.json above ${from}`);
    dir = up;
  }
  return dir;
}
