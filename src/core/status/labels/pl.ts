/**
 * @module core/status/labels/pl
 * Polskie nazwy statusów: krótkie etykiety i proste wyjaśnienia dla kupującego, który czeka
 * na przesyłkę z Chin.
 */
import type { StatusTexts } from './types.js';

export const pl: StatusTexts = {
  status: {
    pending: [
      'Oczekuje na informacje',
      'Numer przesyłki jest zarejestrowany, ale przewoźnik jeszcze nic nie przekazał. Przy nowym numerze to normalne: pierwsze zdarzenia pojawiają się zwykle 24–72 godziny po nadaniu.',
    ],
    info_received: [
      'Etykieta utworzona',
      'Sprzedawca przygotował wysyłkę i przekazał dane przewoźnikowi, ale nikt jeszcze nie zeskanował paczki. Na tym etapie dwa–pięć dni bez wieści to nic nadzwyczajnego.',
    ],
    in_transit: [
      'W drodze',
      'Przesyłka przemieszcza się w sieci przewoźnika. Z Chin cała podróż przy standardowej wysyłce trwa zwykle od dwóch do sześciu tygodni, a kilkudniowe przerwy w aktualizacjach są całkiem normalne.',
    ],
    out_for_delivery: [
      'Wydana do doręczenia',
      'Kurier ma już Twoją paczkę i powinien dostarczyć ją dziś. Miej telefon pod ręką i zadbaj, żeby ktoś mógł ją odebrać.',
    ],
    failed_attempt: [
      'Nieudane doręczenie',
      'Kurier był, ale nie mógł przekazać paczki — najczęściej dlatego, że nikogo nie zastał. Czekaj na drugą próbę albo awizo ze wskazanym punktem odbioru; jeśli przez dwa dni nic się nie wydarzy, zadzwoń do lokalnego przewoźnika.',
    ],
    available_for_pickup: [
      'Gotowa do odbioru',
      'Paczka czeka na Ciebie na poczcie, w punkcie odbioru lub w paczkomacie. Weź dokument tożsamości albo kod odbioru i nie zwlekaj: zwykle przechowuje się ją około 15 dni, potem wraca do nadawcy.',
    ],
    delivered: [
      'Doręczona',
      'Przewoźnik podaje, że paczka została doręczona. Jeśli jej nie widzisz, sprawdź skrzynkę, zapytaj sąsiadów i w recepcji, skontaktuj się z lokalnym przewoźnikiem i nie potwierdzaj odbioru w sklepie, dopóki nie masz jej w rękach.',
    ],
    exception: [
      'Problem z doręczeniem',
      'Coś zatrzymało przesyłkę: cło, kłopot z adresem, zwrot albo uszkodzenie. Ostatnie zdarzenie pokazuje przyczynę i zwykle potrzebne jest działanie Twoje, sprzedawcy lub przewoźnika.',
    ],
    expired: [
      'Śledzenie zakończone',
      'Od tak dawna nie było aktualizacji, że śledzenie zostało przerwane. Paczka wciąż może dotrzeć, ale jeśli ochrona kupującego zaraz się kończy, napisz do sprzedawcy i otwórz spór przed upływem terminu.',
    ],
  },
  milestone: {
    label_created: [
      'Etykieta utworzona',
      'Sprzedawca wydrukował etykietę, a przewoźnik wie o paczce, ale jeszcze jej nie dostał. Nowy numer często milczy przez 24–72 godziny, więc na razie nie ma powodu do obaw.',
    ],
    picked_up: [
      'Odebrana przez przewoźnika',
      'Przewoźnik odebrał paczkę i wprowadził ją do systemu. Teraz powinny zacząć pojawiać się aktualizacje, zwykle w ciągu dnia lub dwóch.',
    ],
    origin_facility: [
      'W sortowni nadawczej',
      'Paczka jest w sortowni lub magazynie w kraju nadania, najczęściej w Chinach, gdzie łączy się ją z innymi przesyłkami w Twoją stronę. Trwa to zwykle od jednego do kilku dni.',
    ],
    export_customs: [
      'Odprawa eksportowa',
      'Paczka przechodzi odprawę celną przed opuszczeniem kraju nadania. To rutynowa kontrola, która trwa zwykle dzień lub dwa.',
    ],
    departed_origin: [
      'Opuściła kraj nadania',
      'Paczka wyjechała z kraju nadania, często samolotem. Kilka dni bez informacji w czasie podróży to norma.',
    ],
    international_transit: [
      'Transport międzynarodowy',
      'Paczka jest w drodze między krajami, najczęściej samolotem. Na tym odcinku często przez kilka dni nic się nie pojawia, a przy tańszych metodach wysyłki nawet przez tydzień lub dwa.',
    ],
    transit_hub: [
      'W kraju tranzytowym',
      'Paczka przechodzi przez centrum logistyczne w innym kraju w drodze do Ciebie. To zwykły przystanek, trwający od jednego do kilku dni.',
    ],
    arrived_destination: [
      'Dotarła do Twojego kraju',
      'Paczka jest już w Twoim kraju i teraz przejdzie odprawę celną, a potem trafi do lokalnego przewoźnika. Odprawa trwa zwykle kilka dni.',
    ],
    import_customs: [
      'W odprawie celnej',
      'Urząd celny w Twoim kraju sprawdza paczkę i ewentualne należności. Zwykle trwa to od kilku godzin do około tygodnia; zaglądaj do maila i SMS-ów, na wypadek gdyby poproszono Cię o coś.',
    ],
    customs_released: [
      'Odprawiona celnie',
      'Urząd celny zwolnił paczkę i może ona jechać dalej pod Twój adres. Lokalny przewoźnik przejmuje ją zwykle w ciągu kilku dni.',
    ],
    handed_to_last_mile: [
      'Przekazana lokalnemu przewoźnikowi',
      'Paczka jest teraz u firmy, która doręcza w Twoim kraju, czasem pod nowym numerem. Jej pierwszy skan może pojawić się po kilku dniach, więc sprawdzaj też jej stronę.',
    ],
    destination_facility: [
      'W placówce doręczającej',
      'Paczka jest w sortowni lub placówce doręczającej niedaleko Ciebie. Doręczenie następuje zwykle w ciągu jednego do trzech dni.',
    ],
    out_for_delivery: [
      'Wydana do doręczenia',
      'Paczka jest u kuriera i powinna dotrzeć dziś. Zadbaj, żeby ktoś mógł ją odebrać.',
    ],
    pickup_point: [
      'W punkcie odbioru',
      'Paczka czeka na Ciebie na poczcie, w punkcie odbioru lub w paczkomacie. Odbierz ją w terminie, zwykle około 15 dni, bo inaczej wróci do nadawcy.',
    ],
    delivered: [
      'Doręczona',
      'Paczkę przekazano lub zostawiono pod Twoim adresem. Jeśli jej nie ma, najpierw zapytaj sąsiadów i lokalnego przewoźnika.',
    ],
    returning: [
      'Wraca do nadawcy',
      'Paczka jedzie z powrotem do sprzedawcy, na przykład po nieudanych doręczeniach, przez błędny adres albo odmowę celną. Poproś sprzedawcę o ponowną wysyłkę lub zwrot pieniędzy i zachowaj zrzuty ekranu.',
    ],
    returned: [
      'Zwrócona do nadawcy',
      'Paczka wróciła do sprzedawcy. Poproś o ponowną wysyłkę lub zwrot pieniędzy; jeśli odmówi, otwórz spór ze zrzutami ekranu śledzenia.',
    ],
  },
  reason: {
    customs_held: [
      'Zatrzymana przez celników',
      'Urząd celny zatrzymał paczkę do kontroli lub potrzebuje dodatkowych informacji. Często wyjaśnia się to w kilka dni; wyczekuj wiadomości od celników lub przewoźnika i skontaktuj się z nimi, jeśli długo nic się nie zmienia.',
    ],
    customs_payment_due: [
      'Należności celne do zapłaty',
      'Przed zwolnieniem paczki trzeba zapłacić cło lub podatek. Płać tylko przez oficjalny kanał przewoźnika lub urzędu celnego i nie zwlekaj, żeby paczka nie wróciła.',
    ],
    customs_documents_needed: [
      'Potrzebne dokumenty',
      'Celnicy potrzebują od Ciebie informacji lub dokumentów, na przykład faktury albo danych z dowodu. Odpowiedz szybko: zignorowana prośba może skończyć się zwrotem paczki.',
    ],
    customs_refused: [
      'Odmowa celna',
      'Urząd celny nie wpuścił paczki albo ją zajął, więc nie zostanie doręczona. Poproś o oficjalny dokument z przyczyną i użyj go, by odzyskać pieniądze od sprzedawcy.',
    ],
    address_problem: [
      'Problem z adresem',
      'Nie udało się doręczyć, bo adres jest błędny, niepełny lub nieczytelny. Sprawdź adres w zamówieniu i podaj lokalnemu przewoźnikowi brakujące dane, na przykład numer mieszkania.',
    ],
    recipient_absent: [
      'Adresat nieobecny',
      'Kurier nikogo nie zastał. Szukaj awizo z informacją o kolejnej próbie albo o punkcie, w którym czeka paczka.',
    ],
    refused: [
      'Odmowa przyjęcia',
      'Przy doręczeniu odmówiono przyjęcia paczki. Jeśli to pomyłka, szybko zadzwoń do przewoźnika, zanim odeśle ją z powrotem.',
    ],
    business_closed: [
      'Firma zamknięta',
      'Adres to firma, która była zamknięta, gdy przyjechał kurier. Kolejna próba odbywa się zwykle w następny dzień roboczy.',
    ],
    unclaimed: [
      'Nieodebrana w terminie',
      'Nikt nie odebrał paczki w terminie, zwykle około 15 dni, więc wraca do nadawcy. Zadzwoń od razu do przewoźnika, może jeszcze na Ciebie czeka.',
    ],
    returning_to_sender: [
      'W drodze powrotnej',
      'Paczka wraca do sprzedawcy. Skontaktuj się z nim i ustal ponowną wysyłkę albo zwrot pieniędzy.',
    ],
    returned_to_sender: [
      'Z powrotem u nadawcy',
      'Paczka znów jest u sprzedawcy. Poproś o ponowną wysyłkę lub zwrot pieniędzy, a jeśli nie pomoże, otwórz spór.',
    ],
    lost: [
      'Zaginiona',
      'Przewoźnik uznał paczkę za zaginioną. Poproś sprzedawcę o zwrot pieniędzy lub nowy egzemplarz, a w razie potrzeby otwórz spór ze zrzutami ekranu śledzenia.',
    ],
    damaged: [
      'Uszkodzona',
      'Paczka została uszkodzona w transporcie. Zrób zdjęcia opakowania i zawartości i napisz do sprzedawcy: za uszkodzony towar należy się zwrot pieniędzy lub wymiana.',
    ],
    destroyed: [
      'Zniszczona',
      'Paczkę zniszczono, zwykle decyzją celników albo po poważnym zdarzeniu, i nie dotrze. Poproś sprzedawcę o zwrot pieniędzy lub otwórz spór.',
    ],
    cancelled: [
      'Wysyłka anulowana',
      'Wysyłkę anulowano i paczka nie wyruszy. Sprawdź zamówienie i zapytaj sprzedawcę, czy wyśle ją ponownie, czy zwróci pieniądze.',
    ],
    delayed: [
      'Opóźniona',
      'Paczka utknęła gdzieś po drodze, ale nadal się przemieszcza. W okresie świąt i dużych wyprzedaży to częste, a opóźnienie zwykle nadrabia się w kilka dni.',
    ],
    weather: [
      'Opóźnienie przez pogodę',
      'Zła pogoda spowalnia transport. Paczka ruszy dalej, gdy warunki się poprawią, zwykle w ciągu kilku dni.',
    ],
    misrouted: [
      'Błędnie skierowana',
      'Paczka trafiła w złe miejsce i jest przekierowywana, co zwykle wydłuża drogę o kilka dni. Jeśli śledzenie dalej pokazuje inne miasto lub kraj, daj znać sprzedawcy.',
    ],
    prohibited_item: [
      'Towar zakazany',
      'W paczce jest coś, czego nie wolno wysyłać ani sprowadzać, dlatego została zatrzymana lub wraca. Skontaktuj się ze sprzedawcą w sprawie zwrotu pieniędzy.',
    ],
    other: [
      'Zgłoszony problem',
      'Przewoźnik zgłosił problem, ale nie podał szczegółów. Przeczytaj ostatnie zdarzenie i skontaktuj się z przewoźnikiem lub sprzedawcą, jeśli sytuacja szybko się nie wyjaśni.',
    ],
  },
  order: {
    placed: [
      'Zamówienie złożone',
      'Zamówienie zostało złożone, a sprzedawca dostał powiadomienie. Teraz kolej na płatność i przygotowanie.',
    ],
    awaiting_payment: [
      'Oczekuje na płatność',
      'Zamówienie czeka na potwierdzenie Twojej płatności. Do tego czasu nic nie zostanie wysłane.',
    ],
    awaiting_clarification: [
      'Czeka na Twoją odpowiedź',
      'Sprzedawca potrzebuje doprecyzowania, na przykład rozmiaru, koloru lub szczegółu adresu, żeby kontynuować. Sprawdź wiadomości i odpowiedz, aby zamówienie nie utknęło.',
    ],
    amount_updated: [
      'Kwota zmieniona',
      'Sprzedawca zmienił sumę, na przykład cenę produktu lub koszt wysyłki. Sprawdź nową kwotę, zanim przejdziesz dalej.',
    ],
    processing: [
      'W realizacji',
      'Zamówienie jest przetwarzane, a płatność może być jeszcze weryfikowana. Sprzedawcy wysyłają zwykle w ciągu od jednego dnia do tygodnia.',
    ],
    paid: [
      'Opłacone',
      'Płatność potwierdzona, sprzedawca szykuje wysyłkę. Numer przesyłki pojawi się w chwili nadania.',
    ],
    packed: [
      'Spakowane',
      'Sprzedawca spakował Twoje zamówienie i jest ono gotowe do przekazania przewoźnikowi.',
    ],
    consolidated: [
      'Połączone w jedną paczkę',
      'Twoje produkty trafiły razem z innymi do jednej paczki, więc kilka zamówień może mieć ten sam numer przesyłki. To normalne i często szybsze.',
    ],
    invoice_available: [
      'Faktura dostępna',
      'Sprzedawca wystawił fakturę; znajdziesz ją w szczegółach zamówienia.',
    ],
    shipped: [
      'Wysłane',
      'Sprzedawca nadał zamówienie i zwykle jest już numer przesyłki. Na pierwsze zdarzenia u przewoźnika trzeba czasem poczekać 24–72 godziny.',
    ],
    completed: [
      'Zakończone',
      'Zamówienie jest zamknięte: doręczone i potwierdzone albo zakończone przez sklep. Zazwyczaj spór można jeszcze otworzyć przez około 15 dni od doręczenia.',
    ],
    cancelled: [
      'Anulowane',
      'Zamówienie anulowano, z Twojej inicjatywy lub sprzedawcy, i nie zostanie wysłane. Wpłacone pieniądze powinny do Ciebie wrócić.',
    ],
    refunded: [
      'Zwrot pieniędzy',
      'Pieniądze zostały odesłane. Może minąć kilka tygodni, zanim je zobaczysz, zależnie od metody płatności.',
    ],
    abandoned: [
      'Porzucone',
      'Zamówienia nie dokończono, na przykład płatność nie przeszła do końca, więc zostało zamknięte. Nic nie zostanie wysłane.',
    ],
    unfulfillable: [
      'Nie do zrealizowania',
      'Sprzedawca nie może zrealizować zamówienia, na przykład z braku towaru albo dlatego, że nie wysyła pod Twój adres. Spodziewaj się anulowania i zwrotu pieniędzy.',
    ],
  },
  progress: {
    ordered: ['Zamówiono', 'Zamówienie złożono u sprzedawcy.'],
    shipped: ['Nadano', 'Sprzedawca wysłał paczkę lub utworzył dla niej etykietę.'],
    picked_up: ['Odebrano od nadawcy', 'Przewoźnik ma już paczkę.'],
    left_origin: ['Poza krajem nadania', 'Paczka wyjechała z kraju sprzedawcy.'],
    arrived_destination: ['W Twoim kraju', 'Paczka dotarła do Twojego kraju.'],
    customs_cleared: ['Po odprawie celnej', 'Celnicy przepuścili paczkę.'],
    out_for_delivery: [
      'W doręczeniu',
      'Paczka jest na ostatnim odcinku: u kuriera albo w punkcie odbioru.',
    ],
    delivered: ['Doręczono', 'Paczka jest u Ciebie.'],
  },
};
