/**
 * @module web/i18n/retailers/pl
 * Teksty stron sklepów po polsku.
 */
import type { RetailerCopy } from './types.js';

export const pl: RetailerCopy = {
  intro: {
    aliexpress:
      'AliExpress to platforma grupy Alibaba, na której kupuje się bezpośrednio od sprzedawców, w większości z Chin. Sprzedawca nadaje paczkę, a Cainiao, logistyczne ramię grupy, przekazuje ją od przewoźnika do przewoźnika, aż doręczy ją twoja poczta lub kurier.',
    alibaba:
      'Alibaba.com to hurtowa platforma grupy: łączy firmy z producentami, głównie chińskimi. Jej paczki jadą tą samą siecią Cainiao co zamówienia z AliExpress, więc numery i statusy są takie same.',
  },
  findNumber: (name) => [
    `${name} przysyła numer e-mailem lub powiadomieniem, gdy tylko sprzedawca nada paczkę.`,
    `Na koncie ${name} otwórz Moje zamówienia, wybierz zamówienie i sprawdź szczegóły śledzenia.`,
    'Wklej ten numer tutaj. Numer zamówienia to inny, dłuższy kod i nie służy do śledzenia.',
    'Po dotarciu do twojego kraju paczka może dostać drugi numer od lokalnego przewoźnika; łączymy oba.',
  ],
  methodNames: {
    euWarehouse: 'Z magazynu w Europie',
    express: 'Międzynarodowy ekspres (DHL, FedEx, UPS)',
    economy: 'Wysyłka ekonomiczna',
    combined: 'Dostawa łączona Cainiao',
  },
  channelKinds: {
    chat: 'Czat online',
    help: 'Centrum pomocy',
    seller: 'Wiadomość do sprzedawcy',
    social: 'Media społecznościowe',
    app: 'Aplikacja mobilna',
    phone: 'Telefon',
    post: 'List',
  },
  channelNotes: {
    chat: 'Czynny całą dobę w dziale pomocy; najpierw odpowiada bot Eva, który może przekazać rozmowę konsultantowi.',
    help: 'Poradniki o śledzeniu, zwrotach, płatnościach i ochronie kupującego.',
    seller: 'Najszybsza droga w każdej sprawie dotyczącej zamówienia lub produktu.',
    social: 'Tylko wiadomości prywatne; nigdy nie publikuj danych zamówienia.',
    app: 'Android i iOS: śledzenie, czat i powiadomienia w jednym miejscu.',
    groupPhone:
      'Centrala grupy Alibaba: tylko po angielsku lub chińsku, czas oczekiwania bywa długi.',
    usOffice: 'Biuro grupy Alibaba w Stanach Zjednoczonych.',
    hkOffice: 'Biuro grupy Alibaba w Hongkongu.',
    wholesale: 'Dla kupujących hurtowo na Alibaba.com.',
    formal: 'Na formalną reklamację listem poleconym.',
  },
  faq: ({ name, protection }) => [
    {
      q: 'Numer nic nie pokazuje. Czy jest błędny?',
      a: 'Zwykle nie. Śledzenie zaczyna się po pierwszym skanie u przewoźnika, 24–48 godzin po powiadomieniu o wysyłce. Sprawdź numer znak po znaku; jeśli po kilku dniach nadal nic nie ma, zapytaj sprzedawcę.',
    },
    {
      q: 'Śledzenie stoi od kilku dni. Martwić się?',
      a: 'Lot lub odprawa celna mogą uciszyć historię na tydzień i dłużej. Upewnij się, że adres jest pełny, i napisz do sprzedawcy, jeśli obiecany termin minął.',
    },
    {
      q: 'Dlaczego paczka wraca do nadawcy?',
      a: 'Typowe powody: niepełny adres, kilka nieudanych prób doręczenia, paczka nieodebrana z placówki w ciągu około 15 dni albo brak dokumentów celnych. Poproś sprzedawcę o ponowną wysyłkę lub zwrot pieniędzy.',
    },
    {
      q: 'Status to „doręczona”, a paczki nie mam.',
      a: 'Sprawdź skrzynkę, sąsiadów i najbliższą placówkę pocztową z numerem przesyłki. Nie potwierdzaj odbioru; otwórz spór, jeśli paczka się nie znajdzie.',
    },
    {
      q: `Jak długo chroni mnie ${name}?`,
      a: `Ochrona kupującego trwa ${protection} dni od zakupu. Spór można otworzyć do 15 dni po doręczeniu lub po końcu ochrony; uznany zwrot pieniędzy przychodzi zwykle w 15–30 dni.`,
    },
  ],
};
