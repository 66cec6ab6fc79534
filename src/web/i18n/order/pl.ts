/**
 * @module web/i18n/order/pl
 * Polskie słowa panelu zamówienia.
 */
import type { OrderStrings } from './types.js';

export const pl: OrderStrings = {
  heading: 'Dodaj dane zamówienia',
  savedHeading: 'Twoje zamówienie',
  intro:
    'Podaj datę zamówienia, a wyliczymy ostatni dzień na otwarcie sporu i przypomnimy o nim wcześniej.',
  change: 'Zmień dane zamówienia',
  labels: {
    retailer: 'Sklep',
    orderNumber: 'Numer zamówienia',
    orderDate: 'Data zamówienia',
    protectionDays: 'Ochrona kupującego (dni)',
    destinationCountry: 'Kraj docelowy',
    shippingMethod: 'Metoda wysyłki',
  },
  retailers: { aliexpress: 'AliExpress', alibaba: 'Alibaba', other: 'Inny sklep' },
  optional: '(opcjonalnie)',
  orderNumberHint: 'Numer zamówienia AliExpress ma 15 lub 16 cyfr, Alibaba od 17 do 19.',
  protectionHint: (ae, ab) =>
    `AliExpress zwykle chroni przez ${ae} dni, Alibaba przez ${ab}. Sprawdź okres na stronie zamówienia.`,
  destinationHint: 'Dwuliterowy kod kraju, na przykład PL lub DE.',
  methodUnknown: 'Nie wiem',
  methodHint:
    'Opcja dostawy wybrana przy zamówieniu; dzięki niej szacowany termin dostawy jest dokładniejszy.',
  save: 'Zapisz dane zamówienia',
  noNumber: 'nie podano',
  errorsHeading: 'Nic nie zostało zapisane. Popraw:',
  problems: {
    retailer: 'wybierz sklep z listy.',
    orderAliexpress: 'numer zamówienia AliExpress ma 15 lub 16 cyfr.',
    orderAlibaba: 'numer zamówienia Alibaba ma od 17 do 19 cyfr.',
    orderOther: 'użyj od 3 do 40 liter, cyfr lub myślników, tak jak zapisuje go sklep.',
    orderIsTracking: 'to numer przesyłki. Numer zamówienia znajdziesz na stronie zamówienia.',
    dateMissing: 'podaj dzień złożenia zamówienia.',
    dateInvalid: 'taka data nie istnieje.',
    dateFuture: 'ten dzień jeszcze nie nadszedł.',
    dateOld: 'to ponad dwa lata temu; sprawdź rok.',
    daysMissing: 'podaj, ile dni ochrony daje sklep.',
    daysRange: 'podaj liczbę całkowitą dni od 1 do 365.',
    country: 'podaj dwuliterowy kod kraju, np. PL, albo zostaw puste.',
    method: 'wybierz metodę wysyłki z listy albo „Nie wiem”.',
  },
  crossSiteTitle: 'Zamówienie nie zostało zapisane',
  crossSite:
    'Ten formularz przyszedł z innej strony, więc go pominęliśmy. Otwórz tutaj stronę śledzenia i wyślij formularz ponownie.',
  back: 'Wróć do strony śledzenia',
};
