/**
 * @module cli/commands/progress
 * A one-line progress bar on standard error for `trackline track` and `trackline import`:
 * drawn only on a terminal and only for enough items to be worth it; `done()` clears it.
 */
import type { CliIO } from '../context.js';

export interface Progress {
  tick(n?: number): void;
  done(): void;
}

const WIDTH = 28;

export function progressBar(io: CliIO, total: number, label: string, minItems = 5): Progress {
  if (!io.isTTY || total < minItems) return { tick: () => {}, done: () => {} };
  let count = 0;
  let lastDrawn = -1;
  const draw = () => {
    const filled = Math.round((count / total) * WIDTH);
    if (filled === lastDrawn && count < total) return;
    lastDrawn = filled;
    const bar = '█'.repeat(filled) + '░'.repeat(WIDTH - filled);
    io.stderr(`\r${label} ${bar} ${count}/${total}`);
  };
  draw();
  return {
    tick(n = 1) {
      count = Math.min(total, count + n);
      draw();
    },
    done() {
      io.stderr(`\r${' '.repeat(label.length + WIDTH + 24)}\r`);
    },
  };
}
