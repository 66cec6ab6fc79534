/**
 * @module engine/bus.test
 * The domain-event bus: typed delivery, unsubscribe, a throwing listener stops nobody.
 */
import { describe, expect, it } from 'vitest';
import { createEventBus, type DomainEvent } from './bus.js';

const delivered: DomainEvent = { type: 'delivered', shipmentId: 'shp_1', at: 1 };

describe('event bus', () => {
  it('delivers to the listeners of the type and to catch-all listeners', () => {
    const bus = createEventBus();
    const seen: string[] = [];
    bus.on('delivered', (e) => seen.push(`delivered:${e.shipmentId}:${e.at}`));
    bus.on('stalled', () => seen.push('stalled'));
    bus.onAny((e) => seen.push(`any:${e.type}`));
    bus.emit(delivered);
    expect(seen).toEqual(['delivered:shp_1:1', 'any:delivered']);
    expect(bus.listenerCount('delivered')).toBe(2);
  });

  it('unsubscribes by the returned function and by off()', () => {
    const bus = createEventBus();
    let a = 0;
    let b = 0;
    const listenerB = () => void b++;
    const stop = bus.on('delivered', () => void a++);
    bus.on('delivered', listenerB);
    bus.emit(delivered);
    stop();
    bus.off('delivered', listenerB);
    bus.emit(delivered);
    expect([a, b]).toEqual([1, 1]);
    expect(bus.listenerCount('delivered')).toBe(0);
  });

  it('keeps going when a listener throws, and reports the error', () => {
    const errors: unknown[] = [];
    const bus = createEventBus({ onError: (error) => errors.push(error) });
    const seen: number[] = [];
    bus.on('delivered', () => {
      throw new Error('boom');
    });
    bus.on('delivered', () => seen.push(1));
    bus.onAny(() => seen.push(2));
    expect(() => bus.emit(delivered)).not.toThrow();
    expect(seen).toEqual([1, 2]);
    expect(errors).toHaveLength(1);
  });

  it('lets a listener unsubscribe itself while the event is delivered', () => {
    const bus = createEventBus();
    let calls = 0;
    const stop = bus.on('delivered', () => {
      calls++;
      stop();
    });
    bus.emit(delivered);
    bus.emit(delivered);
    expect(calls).toBe(1);
  });
});
