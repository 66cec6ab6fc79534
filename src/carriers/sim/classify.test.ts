import { describe, expect, it } from 'vitest';
import { classify } from '../../core/classify/index.js';
import { generateJourney, type Journey } from './journey.js';
import { mintDhlExpress, mintLp, mintS10 } from './numbers.js';
import { createRng } from './prng.js';

/**
 * The end-to-end tests compare Trackline's derived state with the simulator's ground truth.
 * That only works if the shared classifier reads every simulated event as the simulator
 * labels it, through the path the engine uses (source 'sim', the leg's carrier id).
 */
describe('sim events through the shared classifier', () => {
  it('get the label the simulator gives them', () => {
    const rng = createRng('classify');
    const journeys: Journey[] = [];
    for (let i = 0; i < 800; i++) {
      const r = i % 8;
      const n =
        r < 5
          ? mintLp(rng)
          : r === 5
            ? mintS10(rng, rng.pick(['LX', 'EA', 'RB']), 'CN')
            : mintDhlExpress(rng);
      const j = generateJourney(n, { seed: 'classify', epochMs: Date.UTC(2026, 2, 1) });
      if (j) journeys.push(j);
    }
    const wrong = new Set<string>();
    for (const j of journeys) {
      for (const e of j.events) {
        const c = classify(
          {
            source: 'sim',
            carrier: j.legs[e.leg]!.carrierId,
            code: e.code,
            description: e.description,
            location: e.location,
            language: e.language,
          },
          { destinationCountry: j.destination.country, originCountry: 'CN' },
        );
        const got = `${c.status}/${c.milestone}/${c.reason}`;
        const want = `${e.label.status}/${e.label.milestone}/${e.label.reason}`;
        if (got !== want)
          wrong.add(`${e.code} "${e.description}": want ${want}, got ${got} (${c.rule})`);
      }
    }
    expect([...wrong].slice(0, 20)).toEqual([]);
  });
});
