/**
 * @module web/i18n/order/de
 * Deutsche Wörter des Bestellbereichs.
 */
import type { OrderStrings } from './types.js';

export const de: OrderStrings = {
  heading: 'Bestelldaten hinzufügen',
  savedHeading: 'Ihre Bestellung',
  intro:
    'Nennen Sie uns das Bestelldatum: Wir berechnen den letzten Tag, an dem Sie noch einen Streitfall eröffnen können, und erinnern Sie rechtzeitig.',
  change: 'Bestelldaten ändern',
  labels: {
    retailer: 'Shop',
    orderNumber: 'Bestellnummer',
    orderDate: 'Bestelldatum',
    protectionDays: 'Käuferschutz (Tage)',
    destinationCountry: 'Zielland',
    shippingMethod: 'Versandart',
  },
  retailers: { aliexpress: 'AliExpress', alibaba: 'Alibaba', other: 'Anderer Shop' },
  optional: '(optional)',
  orderNumberHint: 'AliExpress-Bestellnummern haben 15 oder 16 Ziffern, Alibaba-Nummern 17 bis 19.',
  protectionHint: (ae, ab) =>
    `AliExpress schützt meist ${ae} Tage, Alibaba ${ab}. Prüfen Sie die Frist auf Ihrer Bestellseite.`,
  destinationHint: 'Ländercode aus zwei Buchstaben, zum Beispiel DE oder AT.',
  methodUnknown: 'Weiß ich nicht',
  methodHint: 'Die beim Bestellen gewählte Versandoption; damit wird die Lieferschätzung genauer.',
  save: 'Bestelldaten speichern',
  noNumber: 'nicht angegeben',
  errorsHeading: 'Es wurde nichts gespeichert. Bitte korrigieren:',
  problems: {
    retailer: 'wählen Sie einen Shop aus der Liste.',
    orderAliexpress: 'eine AliExpress-Bestellnummer hat 15 oder 16 Ziffern.',
    orderAlibaba: 'eine Alibaba-Bestellnummer hat 17 bis 19 Ziffern.',
    orderOther: '3 bis 40 Buchstaben, Ziffern oder Bindestriche, so wie der Shop sie schreibt.',
    orderIsTracking:
      'das ist eine Sendungsnummer. Die Bestellnummer steht auf der Bestellseite des Shops.',
    dateMissing: 'geben Sie den Tag der Bestellung an.',
    dateInvalid: 'dieses Datum gibt es nicht.',
    dateFuture: 'dieser Tag liegt noch in der Zukunft.',
    dateOld: 'das ist über zwei Jahre her; prüfen Sie das Jahr.',
    daysMissing: 'geben Sie an, wie viele Tage Käuferschutz der Shop gewährt.',
    daysRange: 'geben Sie eine ganze Zahl von Tagen zwischen 1 und 365 an.',
    country:
      'geben Sie einen Ländercode aus zwei Buchstaben wie DE an oder lassen Sie das Feld leer.',
    method: 'wählen Sie eine Versandart aus der Liste oder „Weiß ich nicht“.',
  },
  crossSiteTitle: 'Bestellung nicht gespeichert',
  crossSite:
    'Dieses Formular kam von einer anderen Website und wurde deshalb ignoriert. Öffnen Sie die Sendungsseite hier und senden Sie es erneut.',
  back: 'Zurück zur Sendungsseite',
};
