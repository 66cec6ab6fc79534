/**
 * @module core/advice/texts/pl
 * Porady po polsku.
 */
import type { AdviceTexts } from './types.js';

export const pl: AdviceTexts = {
  headline: {
    order_closed: [
      'To zamówienie jest zamknięte',
      'Sklep zamknął zamówienie {orderNumber}, więc nie można już otworzyć w nim nowego sporu.',
    ],
    dispute_open: [
      'Twój spór jest w toku',
      'Dla zamówienia {orderNumber} spór jest już otwarty. Na jedno zamówienie przypada tylko jeden spór, więc uzupełniaj ten.',
    ],
    not_found_recent: [
      'Przewoźnicy jeszcze go nie widzą',
      'Nowy numer zwykle potrzebuje od 24 do 72 godzin, zanim pojawi się pierwszy skan. Tuż po nadaniu to normalne.',
    ],
    not_found_old: [
      'Ten numer wciąż nic nie pokazuje',
      'Minęły ponad trzy dni, a żaden przewoźnik nie zna numeru {trackingNumber}. Może jest w nim literówka albo sprzedawca podał zły numer.',
    ],
    wrong_country: [
      'Przesyłka jedzie do innego kraju',
      'Śledzenie wskazuje inny kraj niż ten z zamówienia. Numer może należeć do kogoś innego albo paczka trafiła na złą trasę.',
    ],
    returned: [
      'Odesłana do sprzedawcy',
      'Paczka wróciła do nadawcy. Częste przyczyny: problem z adresem, nieodebrana przesyłka, odmowa celna lub błąd przewoźnika.',
    ],
    returning: [
      'Wraca do sprzedawcy',
      'Przewoźnik odsyła paczkę. Sprawdź przyczynę od razu: czasem zwrot da się jeszcze zatrzymać.',
    ],
    delivered_not_received: [
      'Oznaczona jako doręczona, ale jej nie masz',
      'Nie potwierdzaj odbioru. Najpierw poszukaj w zwykłych miejscach, potem zapytaj przewoźnika, gdzie ją zostawił, i zachowaj każdą odpowiedź jako dowód.',
    ],
    wrong_city: [
      'Miejsce doręczenia nie zgadza się z Twoim miastem',
      'Ostatni skan jest z miejscowości {city}, a nie z miasta z zamówienia. Lokalne sortownie bywają gdzie indziej, ale to sprawdź.',
    ],
    delivered: [
      'Doręczono',
      'Przewoźnik podaje, że paczka została doręczona. Sprawdź zawartość, zanim potwierdzisz odbiór.',
    ],
    customs_refused: [
      'Odmowa lub zatrzymanie przez urząd celny',
      'Urząd celny nie wyda tej paczki. Poproś o oficjalną decyzję: to najmocniejszy dowód w sporze.',
    ],
    customs_payment_due: [
      'Opłaty importowe do zapłaty',
      'Urząd celny lub przewoźnik czeka na cło lub podatek przed doręczeniem. Płać wyłącznie na podstawie oficjalnego wezwania.',
    ],
    customs_documents_needed: [
      'Urząd celny prosi o dokumenty',
      'Paczka pozostaje zatrzymana, dopóki urząd celny nie dostanie wymaganych dokumentów. Bez nich może zostać odesłana.',
    ],
    customs_held: [
      'Zatrzymana w urzędzie celnym',
      'Urząd celny sprawdza paczkę. Zwykle trwa to kilka dni; czekaj na wiadomość od urzędu lub przewoźnika.',
    ],
    lost_or_damaged: [
      'Zgłoszona jako zagubiona lub uszkodzona',
      'Przewoźnik zgłasza problem z samą paczką. Zdobądź jego oświadczenie i poproś sprzedawcę o rozwiązanie.',
    ],
    failed_attempt: [
      'Nieudana próba doręczenia',
      'Kurier nie mógł przekazać paczki. Umów ponowne doręczenie albo odbierz ją przed końcem terminu przechowywania.',
    ],
    pickup_waiting: [
      'Czeka na odbiór',
      'Paczka jest w punkcie odbioru lub paczkomacie. Nieodebrana w terminie wraca do nadawcy.',
    ],
    out_for_delivery: ['W doręczeniu', 'Kurier ma paczkę i wkrótce powinien ją dostarczyć.'],
    exception: [
      'Przewoźnik zgłasza problem',
      'Coś przerwało doręczenie. Przeczytaj ostatnie zdarzenie i zapytaj przewoźnika.',
    ],
    silence_transit_long: [
      'Brak wieści od {days} dni',
      'Nawet na najwolniejszych liniach ekonomicznych paczki zwykle docierają w około 30 dni od ostatniego skanu tranzytowego. Czas ponaglić sprzedawcę i przygotować spór.',
    ],
    silence_destination_long: [
      'Stoi w Twoim kraju od {days} dni',
      'Paczka dotarła do Twojego kraju, ale lokalny przewoźnik od dawna nic nie pokazuje. Skontaktuj się z nim bezpośrednio.',
    ],
    silence_beyond_lane: [
      'Dłużej niż zwykle na tym etapie',
      'Brak wieści od {days} dni: dłużej, niż 90% paczek na tej trasie spędza na tym etapie ({p90Days} dni).',
    ],
    silence_within_lane: [
      'Cisza, ale w normie',
      'Brak wieści od {days} dni, co wciąż mieści się w typowym czasie tego etapu na tej trasie.',
    ],
    silence_just_issued: [
      'Etykieta utworzona, czekamy na pierwszy skan',
      'Pierwszy skan przewoźnika często pojawia się po 24–72 godzinach, a kilka dni ciszy po nadaniu to nic dziwnego.',
    ],
    silence_no_handover: [
      'Nadal nie przekazana przewoźnikowi?',
      'Etykieta istnieje, ale od {days} dni żaden przewoźnik nie zeskanował paczki. Zapytaj sprzedawcę, czy naprawdę ją nadał.',
    ],
    silence_origin: [
      'Cisza w kraju nadania',
      'Brak aktualizacji od {days} dni przed wylotem. Krótkie przerwy są tu częste; o dłuższą warto zapytać sprzedawcę.',
    ],
    silence_transit: [
      'Cisza w transporcie międzynarodowym',
      'Brak aktualizacji od {days} dni. Podczas lotu i w hubach tranzytowych często nie ma skanów; pilnuj okresu ochrony kupującego.',
    ],
    silence_customs: [
      'Odprawa celna się przeciąga',
      'Paczka jest w urzędzie celnym od {days} dni. Odprawa trwa zwykle od 2 do 7 dni roboczych.',
    ],
    silence_destination: [
      'Już w Twoim kraju: sprawdź lokalnego przewoźnika',
      'Brak aktualizacji od {days} dni od przybycia. Lokalny przewoźnik często pokazuje więcej pod własnym numerem ({lastMileNumber}).',
    ],
    moving: ['W drodze', 'Na razie nic niepokojącego. Dalej sprawdzamy za Ciebie.'],
    protection_ending: [
      'Ochrona kupującego wkrótce się kończy',
      'Ostatni dzień na otwarcie sporu dla zamówienia {orderNumber} to {lastDay}. Jeśli paczka do tego czasu nie dotrze, otwórz spór przed tą datą.',
    ],
    protection_passed: [
      'Ochrona kupującego się skończyła',
      'Ostatni dzień na otwarcie sporu ({lastDay}) minął. Teraz pomóc może już tylko obsługa klienta sklepu.',
    ],
  },
  action: {
    check_typo: 'Sprawdź numer: czy chodziło o {suggestions}?',
    wait_activation: 'Odczekaj 24–72 godziny od nadania i sprawdź ponownie.',
    try_other_sites: 'Sprawdź numer także na stronie przewoźnika i w Cainiao.',
    ask_seller_number:
      'Zapytaj sprzedawcę, który przewoźnik ma paczkę, i poproś o działający numer.',
    wait_and_check_later: 'Na razie nic nie trzeba robić: sprawdź ponownie za kilka dni.',
    ask_seller_handover:
      'Poproś sprzedawcę o potwierdzenie, że paczka została przekazana przewoźnikowi.',
    check_local_carrier: 'Sprawdź numer lokalnego przewoźnika ({lastMileNumber}) na jego stronie.',
    contact_carrier:
      'Skontaktuj się z przewoźnikiem, podaj numer przesyłki i zapytaj, co się dzieje.',
    check_customs_messages:
      'Poszukaj e-maila, SMS-a lub listu od urzędu celnego albo przewoźnika, także w folderze spam.',
    verify_address_phone:
      'Upewnij się, że adres i numer telefonu w zamówieniu są pełne i poprawne.',
    contact_customs:
      'Jeśli nic nie przychodzi, zadzwoń do urzędu celnego podanego niżej z numerem przesyłki.',
    pay_duties_official:
      'Płać tylko przez oficjalne wezwanie urzędu celnego lub przewoźnika, nigdy przez link z nieoczekiwanej wiadomości.',
    send_customs_documents: 'Jak najszybciej wyślij urzędowi celnemu wymagane dokumenty.',
    ask_seller_invoice: 'Poproś sprzedawcę o fakturę lub inny dokument potrzebny do odprawy.',
    get_customs_document: 'Uzyskaj oficjalny dokument celny z przyczyną zatrzymania paczki.',
    arrange_redelivery: 'Umów ponowne doręczenie z przewoźnikiem, przez awizo lub jego stronę.',
    fix_address_with_carrier:
      'Przekaż przewoźnikowi brakujące dane adresu (numer mieszkania, kod do domofonu, nazwisko na drzwiach).',
    collect_at_pickup: 'Odbierz paczkę w punkcie lub paczkomacie przed ostatnim dniem.',
    bring_id_and_code: 'Weź dokument tożsamości i otrzymany kod lub awizo.',
    prepare_to_receive: 'Bądź dziś pod telefonem i, jeśli możesz, zadbaj, by ktoś był w domu.',
    search_around: 'Przejdź przez listę poniżej: skrzynka, drzwi, sąsiedzi, recepcja, paczkomat.',
    ask_carrier_delivery_proof:
      'Jeśli paczki nie ma, w ciągu dnia lub dwóch skontaktuj się z lokalnym przewoźnikiem i poproś o dowód: zdjęcie, podpis, lokalizację GPS.',
    message_seller: 'Napisz do sprzedawcy ze strony zamówienia i zachowaj rozmowę.',
    do_not_confirm_receipt: 'Nie potwierdzaj odbioru paczki, której nie masz.',
    open_dispute: 'Jeśli sprzedawca nie rozwiąże problemu, otwórz spór na stronie zamówienia.',
    open_dispute_before_deadline:
      'Otwórz spór przed {lastDay}, jeśli paczka nie dotarła; nie czekaj na kolejne obietnice.',
    prepare_evidence: 'Zbierz dowody już teraz (lista poniżej).',
    save_screenshots: 'Zrób zrzuty ekranu strony śledzenia i zamówienia.',
    check_return_reason: 'Poszukaj w zdarzeniach śledzenia przyczyny zwrotu.',
    ask_seller_resend: 'Zapytaj sprzedawcę, czy może wysłać paczkę ponownie.',
    no_payment_outside_platform: 'Nie płać niczego dodatkowo poza systemem płatności sklepu.',
    compare_address: 'Porównaj miejsce ze śledzenia z adresem w zamówieniu.',
    check_and_confirm: 'Otwórz paczkę, sprawdź produkty i dopiero wtedy potwierdź odbiór.',
    photograph_damage:
      'Jeśli coś jest uszkodzone lub czegoś brakuje, sfotografuj karton i zawartość, zanim cokolwiek wyrzucisz.',
    follow_dispute: 'Odpowiadaj sprzedawcy i platformie w terminach podanych na stronie sporu.',
    add_evidence_to_dispute: 'Dodawaj nowe dowody do otwartego sporu zamiast zakładać kolejny.',
    contact_support: 'Skontaktuj się z obsługą klienta sklepu i opisz sprawę, dołączając dowody.',
    dispute_window_passed: 'Sporu nie można już otworzyć: dozwolony termin minął.',
    dispute_already_open: 'Nie można otworzyć kolejnego sporu: to zamówienie już go ma.',
    dispute_order_closed:
      'Nie można otworzyć sporu w zamkniętym zamówieniu (zwrot pieniędzy lub potwierdzony odbiór).',
    consolidated_one_parcel:
      'Kilka Twoich zamówień jedzie razem pod tym jednym numerem: to normalne i oznacza jedno doręczenie.',
    split_track_all: 'To zamówienie podzielono na kilka paczek: śledź każdy numer.',
    split_wait_all: 'Potwierdź odbiór dopiero, gdy dotrą wszystkie paczki z zamówienia.',
  },
  deadline: {
    dispute_last_day: 'Ostatni dzień na otwarcie sporu: {date}.',
    dispute_reminder: 'Przypomnienie {date}: ochrona kupującego kończy się {lastDay}.',
    dispute_after_delivery: 'Ostatni dzień na otwarcie sporu po doręczeniu: {date}.',
    pickup_last_day: 'Ostatni dzień na odbiór: {date}.',
  },
  template: {
    seller_no_update: {
      subject: 'Zamówienie {orderNumber}: brak aktualizacji śledzenia od {days} dni',
      body: 'Dzień dobry,\n\nnumer przesyłki {trackingNumber} dla mojego zamówienia {orderNumber} (złożonego {orderDate}) nie zmienił się od {days} dni. Czy mogą Państwo sprawdzić u przewoźnika, czy paczka rzeczywiście jest w drodze? Jeśli ma nowy numer, proszę mi go przesłać.\n\nDziękuję.',
    },
    seller_invalid_number: {
      subject: 'Zamówienie {orderNumber}: numer przesyłki nie działa',
      body: 'Dzień dobry,\n\nżadna strona śledzenia nie rozpoznaje numeru {trackingNumber} dla mojego zamówienia {orderNumber} (złożonego {orderDate}). Proszę o informację, który przewoźnik ma paczkę, i o działający numer.\n\nDziękuję.',
    },
    seller_not_received: {
      subject: 'Zamówienie {orderNumber}: oznaczone jako doręczone, ale nie dotarło',
      body: 'Dzień dobry,\n\nwedług śledzenia zamówienia {orderNumber} ({trackingNumber}) paczkę doręczono {deliveredDate}, ale jej nie mam. Sprawdzono już skrzynkę, drzwi, sąsiadów i lokalnego przewoźnika. Proszę o dowód doręczenia albo pomoc w odnalezieniu paczki. Jeśli się nie znajdzie, otworzę spór.\n\nDziękuję.',
    },
    carrier_not_received: {
      subject: 'Przesyłka {trackingNumber}: status „doręczono”, ale nic nie dotarło',
      body: 'Dzień dobry,\n\nw Państwa śledzeniu przesyłka {trackingNumber} ma status doręczonej {deliveredDate}, ale do mnie nie dotarła. Proszę o informację, gdzie dokładnie i komu ją przekazano, oraz o zdjęcie lub podpis z doręczenia, jeśli są dostępne.\n\nDziękuję.',
    },
    dispute_delivered_not_received: {
      body: 'Śledzenie {trackingNumber} pokazuje „doręczono” {deliveredDate}, ale paczka nigdy do mnie nie trafiła. Adres w zamówieniu jest poprawny. Ani lokalny przewoźnik, ani sąsiedzi nie mają paczki, nie została mi doręczona. Proszę o pełny zwrot pieniędzy.',
    },
    seller_protection_ending: {
      subject: 'Zamówienie {orderNumber}: ochrona kupującego kończy się {lastDay}',
      body: 'Dzień dobry,\n\nochrona kupującego dla zamówienia {orderNumber} kończy się {lastDay}, a paczka ({trackingNumber}) wciąż nie dotarła. Proszę o informację, gdzie jest. Jeśli przed tą datą nie będzie jasnych wieści, otworzę spór, aby zabezpieczyć zamówienie.\n\nDziękuję.',
    },
    dispute_not_received: {
      body: 'Zamówienie {orderNumber} złożono {orderDate}, a paczka {trackingNumber} do mnie nie dotarła. Śledzenie nie pokazuje doręczenia, a sprzedawca nie rozwiązał problemu. Proszę o pełny zwrot pieniędzy.',
    },
    seller_wrong_address: {
      subject: 'Zamówienie {orderNumber}: śledzenie pokazuje inne miejsce docelowe',
      body: 'Dzień dobry,\n\nśledzenie {trackingNumber} pokazuje, że paczka jedzie w miejsce inne niż adres z mojego zamówienia {orderNumber}. Proszę sprawdzić numer i przesłać poprawne dane do śledzenia.\n\nDziękuję.',
    },
    dispute_wrong_address: {
      body: 'Śledzenie {trackingNumber} pokazuje, że paczka jedzie w inne miejsce niż adres z zamówienia {orderNumber}. Załączam zrzuty ekranu śledzenia i adresu z zamówienia. Paczka nie trafi do mnie, dlatego proszę o pełny zwrot pieniędzy.',
    },
    seller_returned: {
      subject: 'Zamówienie {orderNumber}: paczka zwrócona do nadawcy',
      body: 'Dzień dobry,\n\nśledzenie {trackingNumber} pokazuje, że moje zamówienie {orderNumber} wraca do Państwa. Proszę o informację, dlaczego, i o ponowną wysyłkę na adres z zamówienia. Jeśli to niemożliwe, poproszę o zwrot pieniędzy.\n\nDziękuję.',
    },
    dispute_returned: {
      body: 'Paczka {trackingNumber} z zamówienia {orderNumber} została odesłana do sprzedawcy, co widać w załączonym śledzeniu. Zamówienie do mnie nie dotarło, proszę o pełny zwrot pieniędzy.',
    },
    seller_customs_documents: {
      subject: 'Zamówienie {orderNumber}: urząd celny prosi o dokumenty',
      body: 'Dzień dobry,\n\nurząd celny zatrzymał moją paczkę {trackingNumber} (zamówienie {orderNumber}) i prosi o dokumenty. Proszę jak najszybciej przesłać fakturę i inne dokumenty potrzebne do odprawy.\n\nDziękuję.',
    },
    dispute_customs: {
      body: 'Urząd celny nie wydał paczki {trackingNumber} z zamówienia {orderNumber}. Załączam oficjalny dokument celny z przyczyną. Zamówienie do mnie nie dotarło, proszę o zwrot pieniędzy.',
    },
  },
  notReceived: {
    mailbox: 'Skrzynka pocztowa',
    door: 'Przy drzwiach, na werandzie lub w ogrodzie',
    locker: 'Pobliski paczkomat',
    reception: 'Recepcja, portiernia lub pokój na paczki w budynku',
    neighbours: 'Sąsiedzi',
    household: 'Domownicy lub współlokatorzy',
    post_office: 'Najbliższa placówka pocztowa lub punkt odbioru',
    carrier_proof: 'Dane doręczenia u przewoźnika: zdjęcie, podpis lub miejsce',
  },
  evidence: {
    tracking_number: 'Zrzut ekranu numeru przesyłki',
    tracking_history: 'Zrzut ekranu całej historii śledzenia',
    order_details: 'Zrzut ekranu szczegółów zamówienia',
    address: 'Zrzut ekranu adresu dostawy',
    carrier_reply: 'Odpowiedź przewoźnika, jeśli ją masz',
    wrong_place: 'Zrzut ekranu z niewłaściwym miastem lub krajem, jeśli w tym problem',
    seller_messages: 'Wiadomości ze sprzedawcą',
    not_delivered_proof: 'Wszystko, co pokazuje, że paczka nie trafiła pod Twój adres',
    protection_time: 'Zrzut ekranu okresu ochrony kupującego lub przewidywanej dostawy',
  },
  note: {
    zone_assumed: 'Nie znamy Twojej strefy czasowej, więc daty liczymy w UTC.',
    lane_p90: 'Na tej trasie 90% paczek opuszcza ten etap w ciągu {p90Days} dni.',
  },
  contactName: { customs: 'Urząd celny', post_office: 'Poczta', seller: 'Sprzedawca' },
  missing: {
    orderNumber: '[numer zamówienia]',
    trackingNumber: '[numer przesyłki]',
    orderDate: '[data zamówienia]',
    deliveredDate: '[data doręczenia]',
    lastDay: '[ostatni dzień]',
    days: 'kilku',
    lastMileNumber: 'numer lokalny',
    suggestions: 'podobny numer',
    date: '[data]',
    daysLeft: '?',
    p90Days: '?',
    city: 'inne miasto',
  },
};
