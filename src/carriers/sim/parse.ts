/**
 * @module carriers/sim/parse
 * Pure half of the simulator adapter: a POST /api/track answer → results and messages.
 * Event times keep the wall clock and offset the simulator sent; hand-offs become links;
 * an unknown number or one with no scan yet is a 'not_found' message; anything that does
 * not have the documented shape becomes a 'source_error' message. Never throws.
 */
import { z } from 'zod';
import type { CarrierMessage, ParseOutput, SourceResult } from '../types.js';

const WireEvent = z.object({
  time: z.string(),
  utcOffset: z.string().optional(),
  zone: z.string().optional(),
  code: z.string().optional(),
  description: z.string(),
  language: z.string().optional(),
  location: z.string().optional(),
});

const WireFound = z.object({
  number: z.string(),
  found: z.literal(true),
  carrier: z.string().optional(),
  service: z.string().optional(),
  origin: z.string().optional(),
  destination: z.string().optional(),
  estimate: z.object({ earliest: z.string().optional(), latest: z.string().optional() }).optional(),
  links: z.array(z.object({ number: z.string(), carrier: z.string().optional() })).default([]),
  events: z.array(WireEvent),
});

const WireNotFound = z.object({
  number: z.string(),
  found: z.literal(false),
  reason: z.string().optional(),
});

const Envelope = z.object({ simulator: z.literal('trackline-sim'), items: z.array(z.unknown()) });

function sourceError(message: string, trackingNumber?: string): CarrierMessage {
  const m: CarrierMessage = { level: 'error', code: 'source_error', message };
  if (trackingNumber !== undefined) m.trackingNumber = trackingNumber;
  return m;
}

export function parseSim(payload: unknown): ParseOutput {
  const results: SourceResult[] = [];
  const messages: CarrierMessage[] = [];
  const envelope = Envelope.safeParse(payload);
  if (!envelope.success) {
    const what =
      typeof payload === 'string' ? `not JSON: ${payload.slice(0, 80)}` : 'unexpected shape';
    return { results, messages: [sourceError(`simulator answer unreadable (${what})`)] };
  }
  for (const raw of envelope.data.items) {
    const missing = WireNotFound.safeParse(raw);
    if (missing.success) {
      const reason = missing.data.reason;
      const code = reason === 'invalid_number' ? 'invalid_number' : 'not_found';
      const why =
        reason === 'no_events_yet'
          ? 'known to the simulator, no scan yet'
          : reason === 'invalid_number'
            ? 'not a tracking number'
            : 'number unknown to the simulator';
      messages.push({ level: 'warning', code, message: why, trackingNumber: missing.data.number });
      continue;
    }
    const item = WireFound.safeParse(raw);
    if (!item.success) {
      const number = (raw as { number?: unknown } | null)?.number;
      messages.push(
        sourceError('item unreadable', typeof number === 'string' ? number : undefined),
      );
      continue;
    }
    results.push(toResult(item.data));
  }
  return { results, messages };
}

function toResult(item: z.infer<typeof WireFound>): SourceResult {
  const result: SourceResult = {
    trackingNumber: item.number,
    events: item.events.map((e) => ({
      trackingNumber: item.number,
      time: {
        local: e.time,
        ...(e.utcOffset ? { offset: e.utcOffset } : {}),
        ...(e.zone ? { zone: e.zone } : {}),
      },
      description: e.description,
      ...(e.code ? { code: e.code } : {}),
      ...(e.location ? { location: e.location } : {}),
      ...(e.language ? { language: e.language } : {}),
    })),
    links: item.links.map((l) => ({
      number: l.number,
      ...(l.carrier ? { carrierHint: l.carrier } : {}),
    })),
  };
  if (item.carrier) result.carrierId = item.carrier;
  if (item.service) result.service = item.service;
  if (item.origin) result.originCountry = item.origin;
  if (item.destination) result.destinationCountry = item.destination;
  if (item.estimate) {
    result.estimate = {
      ...(item.estimate.earliest ? { earliest: item.estimate.earliest } : {}),
      ...(item.estimate.latest ? { latest: item.estimate.latest } : {}),
    };
  }
  return result;
}
