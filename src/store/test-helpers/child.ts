/**
 * @module store/test-helpers/child
 * Other Node processes on the same database, to prove leasing and migrating are safe across
 * processes. A child opens the database, says `ready`, waits for `go` on stdin, runs its
 * body, and prints the body's result as JSON. Starting several and sending `go` to all once
 * all are ready makes them really overlap. Test-only (not built).
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const STORE_MODULE = fileURLToPath(new URL('../index.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

export interface StoreChild<T> {
  ready: Promise<void>;
  go(): void;
  result: Promise<T>;
}

/**
 * `body` is the text of an async function body with `store` (everything src/store/index
 * exports) and `h` (the open handle) in scope; what it returns is the child's result.
 */
export function startStoreChild<T>(url: string, body: string): StoreChild<T> {
  const script = `
    const store = await import(${JSON.stringify(STORE_MODULE)});
    const h = await store.openDatabase(${JSON.stringify(url)});
    process.stdout.write('ready\\n');
    await new Promise((r) => process.stdin.once('data', r));
    const result = await (async () => { ${body} })();
    await h.close();
    process.stdout.write(JSON.stringify(result) + '\\n');
    process.exit(0);
  `;
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    cwd: ROOT,
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  let out = '';
  let onReady: () => void = () => {};
  let onNotReady: (error: Error) => void = () => {};
  const ready = new Promise<void>((resolve, reject) => {
    onReady = resolve;
    onNotReady = reject;
  });
  child.stdout.on('data', (chunk: Buffer) => {
    out += chunk.toString('utf8');
    if (out.startsWith('ready\n')) onReady();
  });
  const result = new Promise<T>((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code) => {
      onNotReady(new Error(`store child exited with ${code} before it was ready`));
      if (code !== 0) return reject(new Error(`store child exited with ${code}`));
      resolve(JSON.parse(out.trim().split('\n').at(-1) ?? 'null') as T);
    });
  });
  return { ready, go: () => child.stdin.end('go\n'), result };
}

/** Starts one child per body, releases them together, returns their results in order. */
export async function runTogether<T>(url: string, bodies: string[]): Promise<T[]> {
  const children = bodies.map((body) => startStoreChild<T>(url, body));
  await Promise.all(children.map((c) => c.ready));
  for (const c of children) c.go();
  return Promise.all(children.map((c) => c.result));
}

/** A child body draining due polls 5 at a time (pausing 2 ms between leases). */
export function leaseBody(owner: string, now: number): string {
  return `
    const taken = [];
    for (;;) {
      const got = await store.leaseDue(h.db, { limit: 5, owner: ${JSON.stringify(owner)}, leaseMs: 600000, now: ${now} });
      if (got.length === 0) break;
      for (const p of got) taken.push(p.leg_id);
      await new Promise((r) => setTimeout(r, 2));
    }
    return taken;
  `;
}
