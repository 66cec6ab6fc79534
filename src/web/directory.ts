/**
 * @module web/directory
 * The reference data the directory pages and their JSON render: carriers, contacts by
 * country, and which tracking source serves each carrier here. Injected into buildApp so
 * tests (and the lead's wiring) can replace any part.
 */
import { CARRIERS, type Carrier } from '../core/numbers/registry.js';
import { type CountryContacts, loadContacts } from './content/contacts.js';

/** Which configured sources can track a carrier's numbers; empty when none is. */
export interface CarrierSourceInfo {
  sourceIds: string[];
}

export interface Directory {
  /** Every carrier, placeholders included; pages hide placeholders. */
  carriers: readonly Carrier[];
  contacts: readonly CountryContacts[];
  sourcesFor: (carrierId: string) => CarrierSourceInfo;
}

export function defaultDirectory(overrides: Partial<Directory> = {}): Directory {
  return {
    carriers: overrides.carriers ?? CARRIERS,
    contacts: overrides.contacts ?? loadContacts(),
    sourcesFor: overrides.sourcesFor ?? (() => ({ sourceIds: [] })),
  };
}

/** The carriers a directory shows: no placeholders. */
export function listedCarriers(directory: Directory): Carrier[] {
  return directory.carriers.filter((c) => !c.placeholder);
}

export function findCarrier(directory: Directory, id: string): Carrier | undefined {
  return directory.carriers.find((c) => c.id === id && !c.placeholder);
}
