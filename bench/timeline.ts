/**
 * @module bench/timeline
 * Timeline engine throughput: merge + deriveState of generated 50-event timelines reported
 * by three sources (an origin consolidator with offsets, an aggregator with no offset but a
 * place, a destination post with a zone) over three numbers. Target: 20,000 timelines/s.
 */
import type { Classification } from '../src/core/events.js';
import type { Milestone, Status } from '../src/core/status/taxonomy.js';
import { deriveState } from '../src/core/timeline/derive.js';
import { merge } from '../src/core/timeline/merge.js';
import type { TimelineInput } from '../src/core/timeline/types.js';
import type { Bench } from './types.js';

interface Step {
  status: Status | null;
  milestone: Milestone | null;
  en: string;
  fr: string;
  city: string;
  country: string;
  hours: number;
}

type Row = [Status | null, Milestone | null, string, string, string, string, number];

// biome-ignore format: a data table reads better packed
const ROWS: Row[] = [
  ['info_received', 'label_created', 'Order information received', 'Informations reçues', 'Shenzhen', 'CN', 0],
  ['in_transit', 'picked_up', 'Parcel picked up by carrier', 'Colis pris en charge', 'Shenzhen', 'CN', 20],
  ['in_transit', 'origin_facility', 'Arrived at sorting center', 'Arrivé au centre de tri', 'Shenzhen', 'CN', 30],
  ['in_transit', 'origin_facility', 'Departed from sorting center', 'Parti du centre de tri', 'Shenzhen', 'CN', 36],
  ['in_transit', 'export_customs', 'Export customs clearance started', 'Dédouanement export en cours', 'Guangzhou', 'CN', 60],
  ['in_transit', 'departed_origin', 'Departed from departure country/region', 'Départ du pays d’origine', 'Guangzhou', 'CN', 80],
  [null, null, 'Flight scheduled, awaiting capacity', 'Vol planifié', 'Guangzhou', 'CN', 90],
  ['in_transit', 'arrived_destination', 'Arrived at destination country', 'Arrivé dans le pays de destination', 'Roissy', 'FR', 110],
  ['in_transit', 'import_customs', 'Import customs clearance started', 'Dédouanement import en cours', 'Roissy', 'FR', 116],
  ['in_transit', 'customs_released', 'Import customs clearance complete', 'Dédouané', 'Roissy', 'FR', 130],
  ['in_transit', 'handed_to_last_mile', 'Handed over to La Poste with tracking number 6A12345678901', 'Pris en charge par La Poste', 'Roissy', 'FR', 140],
  ['in_transit', 'destination_facility', 'Arrived at delivery center', 'Arrivé sur le site de distribution', 'Lyon', 'FR', 160],
  ['in_transit', 'destination_facility', 'Processed at delivery center', 'En cours de traitement', 'Lyon', 'FR', 168],
  [null, null, 'Information updated', 'Mise à jour', 'Lyon', 'FR', 170],
  ['out_for_delivery', 'out_for_delivery', 'Out for delivery', 'En cours de livraison', 'Lyon', 'FR', 182],
  ['failed_attempt', 'out_for_delivery', 'Delivery attempted, recipient absent', 'Destinataire absent', 'Lyon', 'FR', 186],
  ['delivered', 'delivered', 'Delivered', 'Votre colis est livré', 'Lyon', 'FR', 210],
];

const JOURNEY: readonly Step[] = ROWS.map(([status, milestone, en, fr, city, country, hours]) => ({
  status,
  milestone,
  en,
  fr,
  city,
  country,
  hours,
}));

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function wall(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19).replace('T', ' ');
}

function cls(step: Step): Classification {
  return {
    status: step.status,
    milestone: step.milestone,
    reason: null,
    confidence: step.status ? 0.9 : 0,
    rule: 'bench',
  };
}

/** One 50-event timeline: 17 + 17 reports from two sources, 16 from the last-mile post. */
export function generateTimeline(seed: number): TimelineInput[] {
  const rand = rng(seed);
  const start = Date.UTC(2024, 0, 1) + Math.floor(rand() * 360) * 86_400_000;
  const out: TimelineInput[] = [];
  for (const step of JOURNEY) {
    const utc = start + step.hours * 3_600_000 + Math.floor(rand() * 3_600_000);
    const offsetH = step.country === 'CN' ? 8 : 1;
    const place = {
      raw: `${step.city.toUpperCase()}, ${step.country}`,
      city: step.city,
      country: step.country,
    };
    out.push({
      legNumber: 'LP00' + seed,
      source: 'cainiao',
      description: step.en,
      place,
      classification: cls(step),
      time: { local: wall(utc + offsetH * 3_600_000), offset: `GMT+${offsetH}` },
    });
    out.push({
      legNumber: 'RB' + (100_000_000 + seed) + 'CN',
      source: '17track',
      description: `[${step.city}] ${step.en}`,
      place,
      classification: cls(step),
      time: { local: wall(utc + offsetH * 3_600_000 + Math.floor(rand() * 120) * 1000) },
    });
    if (step.country === 'FR' || step.hours === 0) {
      out.push({
        legNumber: '6A12345678901',
        source: 'la-poste',
        description: step.fr,
        place,
        classification: cls(step),
        time: { local: wall(utc + offsetH * 3_600_000), zone: 'Europe/Paris' },
      });
    }
  }
  while (out.length < 50) {
    const utc = start + Math.floor(rand() * 200) * 3_600_000;
    out.push({
      legNumber: '6A12345678901',
      source: 'la-poste',
      description: 'Message ' + out.length,
      classification: cls({ status: null, milestone: null } as Step),
      time: { local: wall(utc), zone: 'Europe/Paris' },
    });
  }
  return out.slice(0, 50);
}

function cpuSeconds(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1e6;
}

/**
 * Measured in CPU time of this process, so that other work on a shared machine does not
 * count against it; the wall-clock figure is given in the detail.
 */
export const timelineBench: Bench = async () => {
  const timelines = Array.from({ length: 500 }, (_, i) => generateTimeline(i + 1));
  const now = Date.UTC(2025, 6, 1);
  for (let round = 0; round < 3; round++) {
    for (const t of timelines) deriveState(merge(t), now, { destinationCountry: 'FR' });
  }
  let done = 0;
  let merged = 0;
  const cpu = process.cpuUsage();
  const began = performance.now();
  while (cpuSeconds(cpu) < 2) {
    for (const t of timelines) {
      const tl = merge(t);
      merged += tl.length;
      deriveState(tl, now, { destinationCountry: 'FR' });
    }
    done += timelines.length;
  }
  const seconds = cpuSeconds(cpu);
  const wall = (performance.now() - began) / 1000;
  return [
    {
      name: 'timeline',
      value: Math.round(done / seconds),
      unit: 'timelines/s',
      target: 20_000,
      kind: 'min',
      detail: `merge + deriveState of 50 events from 3 sources/numbers (→ ${Math.round(merged / done)} merged events), ${timelines.length} distinct timelines, per CPU-second (wall: ${Math.round(done / wall)}/s)`,
    },
  ];
};
