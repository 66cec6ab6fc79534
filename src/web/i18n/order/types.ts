/**
 * @module web/i18n/order/types
 * The words of the order panel on the tracking page: the "add your order details" form,
 * the saved order, and why a field was refused. Functions take formatted values.
 */
import type { OrderField, OrderProblem, OrderRetailer } from '../../track/order-input.js';

export interface OrderStrings {
  heading: string;
  savedHeading: string;
  intro: string;
  change: string;
  labels: Record<OrderField, string>;
  retailers: Record<OrderRetailer, string>;
  optional: string;
  orderNumberHint: string;
  protectionHint: (aliexpress: string, alibaba: string) => string;
  destinationHint: string;
  /** The empty choice of the shipping-method list. */
  methodUnknown: string;
  methodHint: string;
  save: string;
  noNumber: string;
  errorsHeading: string;
  problems: Record<OrderProblem, string>;
  crossSiteTitle: string;
  crossSite: string;
  back: string;
}
