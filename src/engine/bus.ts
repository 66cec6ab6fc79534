/**
 * @module engine/bus
 * A tiny typed in-process domain-event bus (DESIGN §2): ingestion emits what happened to a
 * shipment — status changed, milestone reached, stalled, delivered, leg linked — after its
 * transaction commits; live pages, notifications and statistics subscribe. Listeners run
 * synchronously in subscription order; an error in one is reported to `onError` and never
 * stops the others or the emitter.
 */
import type { Milestone, Reason, Status } from '../core/status/taxonomy.js';

/** The payload of each kind of domain event. Instants are epoch ms UTC. */
export interface DomainEventPayloads {
  status_changed: {
    shipmentId: string;
    from: Status;
    to: Status;
    reason: Reason | null;
    /** When the new status began (the event's instant), or null when unknown. */
    at: number | null;
  };
  milestone_reached: { shipmentId: string; milestone: Milestone; at: number };
  /** No news for `stalledForMs` (crossed the threshold at this check). */
  stalled: { shipmentId: string; stalledForMs: number; lastEventAt: number };
  delivered: { shipmentId: string; at: number };
  leg_linked: {
    shipmentId: string;
    legId: string;
    number: string;
    carrierId: string;
    /** Set when the number already belonged to another shipment, merged into this one. */
    mergedFrom?: string;
  };
}

export type DomainEventType = keyof DomainEventPayloads;

/** A domain event: its type plus its payload. */
export type DomainEvent = {
  [K in DomainEventType]: { type: K } & DomainEventPayloads[K];
}[DomainEventType];

/** The event of one type. */
export type DomainEventOf<K extends DomainEventType> = Extract<DomainEvent, { type: K }>;

export type Listener<K extends DomainEventType> = (event: DomainEventOf<K>) => void;
export type AnyListener = (event: DomainEvent) => void;

export interface EventBus {
  /** Subscribe to one type; returns the unsubscribe function. */
  on<K extends DomainEventType>(type: K, listener: Listener<K>): () => void;
  off<K extends DomainEventType>(type: K, listener: Listener<K>): void;
  /** Subscribe to every type (live updates, logs); returns the unsubscribe function. */
  onAny(listener: AnyListener): () => void;
  emit(event: DomainEvent): void;
  /** How many listeners a type has (plus the catch-all ones). */
  listenerCount(type: DomainEventType): number;
}

export interface BusOptions {
  /** Told when a listener throws; default writes nothing (errors are swallowed). */
  onError?: (error: unknown, event: DomainEvent) => void;
}

export function createEventBus(options: BusOptions = {}): EventBus {
  const byType = new Map<DomainEventType, Set<AnyListener>>();
  const any = new Set<AnyListener>();
  const call = (listener: AnyListener, event: DomainEvent): void => {
    try {
      listener(event);
    } catch (error) {
      try {
        options.onError?.(error, event);
      } catch {
        // An error reporter that throws must not stop the bus either.
      }
    }
  };
  const off = <K extends DomainEventType>(type: K, listener: Listener<K>): void => {
    byType.get(type)?.delete(listener as AnyListener);
  };
  return {
    on(type, listener) {
      let set = byType.get(type);
      if (!set) {
        set = new Set();
        byType.set(type, set);
      }
      set.add(listener as AnyListener);
      return () => off(type, listener);
    },
    off,
    onAny(listener) {
      any.add(listener);
      return () => void any.delete(listener);
    },
    emit(event) {
      const set = byType.get(event.type);
      // Copies: a listener may unsubscribe (itself or another) while we iterate.
      if (set) for (const listener of [...set]) call(listener, event);
      for (const listener of [...any]) call(listener, event);
    },
    listenerCount: (type) => (byType.get(type)?.size ?? 0) + any.size,
  };
}
