/**
 * @module bench/eval-eta
 * `npm run eval:eta`: how honest are the delivery windows? Lane statistics are fitted on
 * simulator journeys from one set of tracking numbers and scored on journeys of another
 * (never used for fitting): each scored journey is cut at random instants before its
 * delivery, estimated as a buyer would have seen it then, and checked against the real
 * delivery. Printed: the share of deliveries inside the stated 80 % window (target 75–85 %)
 * and the median absolute error of `likely` in days, for lane statistics and for the
 * service priors alone, overall and per service; then the same on synthetic journeys drawn
 * from the priors with deliberate per-lane biases (src/core/eta/synthetic.ts). Beside each
 * service: how many held-out journeys it has and the standard error of its coverage.
 * A report, not a gate: it always exits 0 (the gate is src/core/eta/evaluate.test.ts).
 */
import {
  casesFrom,
  type EvalCase,
  type EvalResult,
  evaluate,
  fitLaneStats,
} from '../src/core/eta/evaluate.js';
import type { LaneStats } from '../src/core/eta/lanes.js';
import { syntheticJourneys, uniformStream } from '../src/core/eta/synthetic.js';
import type { DeliveredShipment } from '../src/core/eta/types.js';
import type { Milestone } from '../src/core/status/taxonomy.js';

const FIT = Number(process.env['ETA_FIT'] ?? 6000);
const TEST = Number(process.env['ETA_TEST'] ?? 2000);
const CUTS = 3;
const SIM_SEED = 'trackline';
const EPOCH_MS = Date.parse('2026-03-01T00:00:00Z');

interface SimCase extends DeliveredShipment {
  lastMileKnownAtMs: number;
}

async function simJourneys(label: string, count: number): Promise<SimCase[]> {
  const { generateJourney } = await import('../src/carriers/sim/journey.js');
  const { createRng } = await import('../src/carriers/sim/prng.js');
  const { mintDhlExpress, mintLp, mintS10 } = await import('../src/carriers/sim/numbers.js');
  const rng = createRng(`eval-eta|${label}`);
  const out: SimCase[] = [];
  const seen = new Set<string>();
  let tries = 0;
  while (out.length < count && tries < count * 3) {
    tries += 1;
    const u = rng.next();
    const number =
      u < 0.65
        ? mintLp(rng)
        : u < 0.92
          ? mintS10(rng, rng.pick(['EA', 'LX', 'RB', 'CP', 'UA']), 'CN')
          : mintDhlExpress(rng);
    if (seen.has(number)) continue;
    seen.add(number);
    const j = generateJourney(number, { seed: SIM_SEED, epochMs: EPOCH_MS });
    if (j?.truth.outcome !== 'delivered' || j.truth.deliveredAtMs === null) continue;
    const firstAt = new Map<Milestone, string>();
    for (const e of [...j.events].sort((a, b) => a.atMs - b.atMs)) {
      const m = e.label.milestone;
      if (m && !firstAt.has(m)) firstAt.set(m, new Date(e.atMs).toISOString());
    }
    const lastLeg = j.legs.length - 1;
    const leg = j.legs[lastLeg];
    const handoff = j.events.find((e) => e.handoffTo === lastLeg || e.leg === lastLeg);
    out.push({
      service: j.service.id,
      originCountry: j.origin.country,
      destinationCountry: j.destination.country,
      ...(leg ? { lastMileCarrier: leg.carrierId } : {}),
      shippedAt: new Date(j.startMs).toISOString(),
      milestonesReached: [...firstAt].map(([milestone, at]) => ({ milestone, at })),
      status: 'delivered',
      deliveredAt: new Date(j.truth.deliveredAtMs).toISOString(),
      lastMileKnownAtMs: lastLeg === 0 ? j.startMs : (handoff?.atMs ?? j.startMs),
    });
  }
  return out;
}

function pct(x: number): string {
  return Number.isNaN(x) ? '   -  ' : `${(100 * x).toFixed(1).padStart(5)}%`;
}

/**
 * Diagnostic only: the journeys behind `cases` (CUTS consecutive cuts each) and the
 * standard error of the lane coverage, counting each journey once (its cuts are not
 * independent draws). Says how far a service's figure can stray by the luck of the draw.
 */
function spread(cases: readonly EvalCase[], stats: LaneStats): string {
  const shares: number[] = [];
  for (let i = 0; i < cases.length; i += CUTS) {
    const r = evaluate(cases.slice(i, i + CUTS), stats);
    if (r.estimated > 0) shares.push(r.inside / r.estimated);
  }
  const j = shares.length;
  if (j < 2) return '';
  const mean = shares.reduce((a, b) => a + b, 0) / j;
  const sd = Math.sqrt(shares.reduce((a, b) => a + (b - mean) ** 2, 0) / (j - 1));
  return `(${j} journeys, s.e. ${(100 * (sd / Math.sqrt(j))).toFixed(1)} pts)`;
}

function row(name: string, lane: EvalResult, prior: EvalResult, note = ''): string {
  const target = lane.coverage >= 0.75 && lane.coverage <= 0.85 ? 'in target' : 'OUT of target';
  return [
    name.padEnd(22),
    `${String(lane.estimated).padStart(6)}`,
    `lanes ${pct(lane.coverage)} inside, MAE ${lane.medianAbsErrorDays.toFixed(2).padStart(5)} d`,
    `| prior ${pct(prior.coverage)} inside, MAE ${prior.medianAbsErrorDays.toFixed(2).padStart(5)} d`,
    `| ${target}`,
    ...(note ? [note] : []),
  ].join('  ');
}

function report(title: string, fit: DeliveredShipment[], cases: EvalCase[]): void {
  const stats = fitLaneStats(fit);
  console.log(
    `\n${title}: fitted on ${fit.length} delivered journeys, scored on ${cases.length} cuts`,
  );
  console.log('target: the 80 % window holds 75–85 % of deliveries');
  const lane = evaluate(cases, stats);
  const prior = evaluate(cases, null);
  console.log(row('all', lane, prior));
  console.log(`  (bases used with lane statistics: ${JSON.stringify(lane.byBasis)})`);
  const services = [...new Set(cases.map((c) => c.input.service ?? '?'))].sort();
  for (const s of services) {
    const sub = cases.filter((c) => (c.input.service ?? '?') === s);
    console.log(row(`  ${s}`, evaluate(sub, stats), evaluate(sub, null), spread(sub, stats)));
  }
}

async function main(): Promise<void> {
  const started = performance.now();
  try {
    const fit = await simJourneys('fit', FIT);
    const test = await simJourneys('test', TEST);
    const known = new Map<DeliveredShipment, number>(test.map((t) => [t, t.lastMileKnownAtMs]));
    const cases = casesFrom(test, CUTS, uniformStream(7), (j) => known.get(j));
    report('Simulator journeys (src/carriers/sim)', fit, cases);
  } catch (err) {
    console.log(`simulator journeys unavailable: ${err instanceof Error ? err.message : err}`);
  }
  const endMs = EPOCH_MS;
  const sFit = syntheticJourneys({ seed: 101, count: FIT, endMs });
  const sTest = syntheticJourneys({ seed: 202, count: TEST, endMs });
  report('Synthetic journeys (biased lanes)', sFit, casesFrom(sTest, CUTS, uniformStream(9)));
  console.log(`\n(${((performance.now() - started) / 1000).toFixed(1)} s)`);
}

try {
  await main();
} catch (err) {
  console.log(`eval:eta could not run: ${err instanceof Error ? err.stack : String(err)}`);
}
