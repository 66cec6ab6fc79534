// Builds dist/ with tsc when a source or reference-data file is newer than the last build,
// so `npm start` works on a fresh clone and the next start skips the build.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const stamp = 'dist/.build-stamp';
const built = /\.(ts|json)$/;

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(path));
    else if (built.test(entry.name)) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

const inputs = ['src', 'data'].map(newestMtime);
inputs.push(statSync('tsconfig.json').mtimeMs, statSync('tsconfig.build.json').mtimeMs);

if (!existsSync(stamp) || Math.max(...inputs) > statSync(stamp).mtimeMs) {
  process.stderr.write('trackline: building…\n');
  rmSync('dist', { recursive: true, force: true });
  execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], {
    stdio: 'inherit',
  });
  writeFileSync(stamp, new Date().toISOString());
}
