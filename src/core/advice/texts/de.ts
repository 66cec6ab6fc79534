/**
 * @module core/advice/texts/de
 * Hinweise auf Deutsch.
 */
import type { AdviceTexts } from './types.js';

export const de: AdviceTexts = {
  headline: {
    order_closed: [
      'Diese Bestellung ist abgeschlossen',
      'Der Shop hat die Bestellung {orderNumber} abgeschlossen, daher lässt sich dafür kein neuer Streitfall mehr eröffnen.',
    ],
    dispute_open: [
      'Ihr Streitfall läuft',
      'Für die Bestellung {orderNumber} ist bereits ein Streitfall offen. Pro Bestellung ist nur einer erlaubt, ergänzen Sie also diesen.',
    ],
    not_found_recent: [
      'Den Versanddiensten noch unbekannt',
      'Bei einer neuen Nummer dauert es oft 24 bis 72 Stunden bis zum ersten Scan. Direkt nach dem Versand ist das normal.',
    ],
    not_found_old: [
      'Diese Nummer zeigt weiterhin nichts',
      'Seit über drei Tagen kennt kein Versanddienst die Nummer {trackingNumber}. Vielleicht ist sie falsch abgetippt, oder der Verkäufer hat eine falsche angegeben.',
    ],
    wrong_country: [
      'Unterwegs in ein anderes Land',
      'Die Sendungsverfolgung zeigt ein anderes Land als das Ihrer Bestellung. Die Nummer gehört vielleicht jemand anderem, oder das Paket wurde fehlgeleitet.',
    ],
    returned: [
      'An den Verkäufer zurückgeschickt',
      'Das Paket ist zurück zum Absender gegangen. Häufige Gründe: ein Adressproblem, nicht abgeholt, Ablehnung durch den Zoll oder ein Fehler des Versanddienstes.',
    ],
    returning: [
      'Auf dem Rückweg zum Verkäufer',
      'Der Versanddienst schickt das Paket zurück. Klären Sie den Grund sofort: Manchmal lässt sich die Rücksendung noch stoppen.',
    ],
    delivered_not_received: [
      'Als zugestellt gemeldet, aber nicht bei Ihnen',
      'Bestätigen Sie den Empfang nicht. Suchen Sie zuerst an den üblichen Stellen, fragen Sie dann den Zusteller, wo er es abgelegt hat, und bewahren Sie jede Antwort als Beweis auf.',
    ],
    wrong_city: [
      'Zustellort passt nicht zu Ihrer Stadt',
      'Der letzte Scan stammt aus {city}, nicht aus der Stadt Ihrer Bestellung. Zustellbasen liegen manchmal woanders, prüfen Sie es trotzdem.',
    ],
    delivered: [
      'Zugestellt',
      'Der Versanddienst meldet das Paket als zugestellt. Prüfen Sie den Inhalt, bevor Sie den Empfang bestätigen.',
    ],
    customs_refused: [
      'Vom Zoll abgelehnt oder beschlagnahmt',
      'Der Zoll gibt dieses Paket nicht frei. Verlangen Sie den amtlichen Bescheid: Er ist Ihr stärkster Beweis in einem Streitfall.',
    ],
    customs_payment_due: [
      'Einfuhrabgaben zu zahlen',
      'Zoll oder Versanddienst warten vor der Zustellung auf Zoll oder Steuern. Zahlen Sie nur über die offizielle Benachrichtigung.',
    ],
    customs_documents_needed: [
      'Der Zoll braucht Unterlagen',
      'Das Paket bleibt liegen, bis der Zoll die angeforderten Unterlagen hat. Ohne sie kann es zurückgeschickt werden.',
    ],
    customs_held: [
      'Beim Zoll',
      'Der Zoll prüft das Paket. Das dauert meist einige Tage; achten Sie auf eine Nachricht vom Zoll oder vom Versanddienst.',
    ],
    lost_or_damaged: [
      'Als verloren oder beschädigt gemeldet',
      'Der Versanddienst meldet ein Problem mit dem Paket selbst. Holen Sie seine Bestätigung ein und bitten Sie den Verkäufer um eine Lösung.',
    ],
    failed_attempt: [
      'Zustellversuch gescheitert',
      'Der Zusteller konnte das Paket nicht übergeben. Vereinbaren Sie eine neue Zustellung oder holen Sie es vor Ende der Lagerfrist ab.',
    ],
    pickup_waiting: [
      'Wartet auf Abholung',
      'Das Paket liegt in einer Abholstelle oder Packstation. Wird es nicht rechtzeitig abgeholt, geht es an den Absender zurück.',
    ],
    out_for_delivery: [
      'In Zustellung',
      'Der Zusteller hat das Paket und sollte bald bei Ihnen sein.',
    ],
    exception: [
      'Der Versanddienst meldet ein Problem',
      'Etwas hat die Zustellung unterbrochen. Lesen Sie das letzte Ereignis und fragen Sie beim Versanddienst nach.',
    ],
    silence_transit_long: [
      'Seit {days} Tagen keine Neuigkeiten',
      'Selbst auf den langsamsten Economy-Linien kommen Pakete meist innerhalb von etwa 30 Tagen nach dem letzten Transitscan an. Zeit, beim Verkäufer nachzuhaken und einen Streitfall vorzubereiten.',
    ],
    silence_destination_long: [
      'Seit {days} Tagen in Ihrem Land ohne Bewegung',
      'Das Paket ist in Ihrem Land angekommen, aber der örtliche Zusteller zeigt seit Langem nichts. Wenden Sie sich direkt an ihn.',
    ],
    silence_beyond_lane: [
      'Länger als üblich in dieser Phase',
      'Seit {days} Tagen keine Neuigkeiten: länger, als 90 % der Pakete auf dieser Strecke in dieser Phase verbringen ({p90Days} Tage).',
    ],
    silence_within_lane: [
      'Ruhig, aber im üblichen Rahmen',
      'Seit {days} Tagen keine Neuigkeiten, was für diese Phase auf dieser Strecke noch üblich ist.',
    ],
    silence_just_issued: [
      'Etikett erstellt, warten auf den ersten Scan',
      'Der erste Scan des Versanddienstes kommt oft erst nach 24 bis 72 Stunden, und ein paar ruhige Tage nach dem Versand sind häufig.',
    ],
    silence_no_handover: [
      'Noch nicht an den Versanddienst übergeben?',
      'Das Etikett existiert, aber seit {days} Tagen hat kein Versanddienst das Paket gescannt. Fragen Sie den Verkäufer, ob es wirklich verschickt wurde.',
    ],
    silence_origin: [
      'Ruhig im Versandland',
      'Seit {days} Tagen vor dem Abflug kein Update. Kurze Pausen sind hier üblich; bei einer längeren lohnt sich eine Nachfrage beim Verkäufer.',
    ],
    silence_transit: [
      'Ruhig im internationalen Transport',
      'Seit {days} Tagen kein Update. Während des Flugs und in Transitzentren wird oft eine Weile nichts gescannt; behalten Sie Ihren Käuferschutz im Blick.',
    ],
    silence_customs: [
      'Der Zoll braucht länger',
      'Das Paket ist seit {days} Tagen beim Zoll. Die Abfertigung dauert meist 2 bis 7 Werktage.',
    ],
    silence_destination: [
      'In Ihrem Land: beim örtlichen Zusteller nachsehen',
      'Seit {days} Tagen nach der Ankunft kein Update. Der örtliche Zusteller zeigt unter seiner eigenen Nummer ({lastMileNumber}) oft mehr.',
    ],
    moving: ['Unterwegs', 'Bisher nichts Ungewöhnliches. Wir prüfen weiter für Sie.'],
    protection_ending: [
      'Der Käuferschutz endet bald',
      'Der letzte Tag, um für die Bestellung {orderNumber} einen Streitfall zu eröffnen, ist der {lastDay}. Ist das Paket bis dahin nicht da, eröffnen Sie ihn vor diesem Datum.',
    ],
    protection_passed: [
      'Der Käuferschutz ist abgelaufen',
      'Der letzte Tag für einen Streitfall ({lastDay}) ist vorbei. Jetzt kann nur noch der Kundenservice des Shops helfen.',
    ],
  },
  action: {
    check_typo: 'Prüfen Sie die Nummer: Meinten Sie {suggestions}?',
    wait_activation:
      'Warten Sie 24 bis 72 Stunden nach dem Versand und sehen Sie dann erneut nach.',
    try_other_sites:
      'Probieren Sie die Nummer auch auf der Website des Versanddienstes und bei Cainiao.',
    ask_seller_number:
      'Fragen Sie den Verkäufer, welcher Versanddienst das Paket hat, und bitten Sie um eine funktionierende Nummer.',
    wait_and_check_later: 'Noch nichts zu tun: Sehen Sie in ein paar Tagen wieder nach.',
    ask_seller_handover:
      'Bitten Sie den Verkäufer zu bestätigen, dass das Paket dem Versanddienst übergeben wurde.',
    check_local_carrier:
      'Sehen Sie die Nummer des örtlichen Zustellers ({lastMileNumber}) auf dessen Website nach.',
    contact_carrier:
      'Wenden Sie sich mit Ihrer Sendungsnummer an den Versanddienst und fragen Sie, was los ist.',
    check_customs_messages:
      'Suchen Sie nach einer E-Mail, SMS oder einem Brief vom Zoll oder Versanddienst, auch im Spam-Ordner.',
    verify_address_phone:
      'Prüfen Sie, ob Adresse und Telefonnummer in der Bestellung vollständig und richtig sind.',
    contact_customs:
      'Kommt nichts, rufen Sie mit Ihrer Sendungsnummer die unten genannte Zollstelle an.',
    pay_duties_official:
      'Zahlen Sie nur über die offizielle Benachrichtigung von Zoll oder Versanddienst, nie über einen Link aus einer unerwarteten Nachricht.',
    send_customs_documents:
      'Schicken Sie dem Zoll die angeforderten Unterlagen so bald wie möglich.',
    ask_seller_invoice:
      'Bitten Sie den Verkäufer um die Rechnung oder andere Unterlagen, die der Zoll braucht.',
    get_customs_document:
      'Besorgen Sie den amtlichen Zollbescheid mit dem Grund, warum das Paket angehalten wurde.',
    arrange_redelivery:
      'Vereinbaren Sie mit dem Versanddienst eine neue Zustellung, über die Benachrichtigungskarte oder die Website.',
    fix_address_with_carrier:
      'Geben Sie dem Versanddienst die fehlenden Adressangaben (Wohnungsnummer, Türcode, Name am Briefkasten).',
    collect_at_pickup:
      'Holen Sie das Paket vor dem letzten Tag in der Abholstelle oder Packstation ab.',
    bring_id_and_code:
      'Nehmen Sie einen Ausweis und den erhaltenen Abholcode oder die Benachrichtigung mit.',
    prepare_to_receive:
      'Seien Sie heute erreichbar: Telefon in der Nähe und, wenn möglich, jemand zu Hause.',
    search_around:
      'Gehen Sie die Liste unten durch: Briefkasten, Tür, Nachbarn, Empfang, Packstation.',
    ask_carrier_delivery_proof:
      'Ist es nicht da, wenden Sie sich innerhalb von ein, zwei Tagen an den örtlichen Zusteller und verlangen Sie einen Nachweis: Foto, Unterschrift, GPS-Ort.',
    message_seller:
      'Schreiben Sie dem Verkäufer über die Bestellseite und bewahren Sie den Verlauf auf.',
    do_not_confirm_receipt: 'Bestätigen Sie nicht den Empfang eines Pakets, das Sie nicht haben.',
    open_dispute:
      'Löst der Verkäufer das Problem nicht, eröffnen Sie auf der Bestellseite einen Streitfall.',
    open_dispute_before_deadline:
      'Eröffnen Sie vor dem {lastDay} einen Streitfall, falls das Paket nicht angekommen ist; warten Sie nicht auf weitere Versprechen.',
    prepare_evidence: 'Sammeln Sie jetzt Ihre Nachweise (siehe Liste unten).',
    save_screenshots: 'Machen Sie Screenshots der Sendungsverfolgung und Ihrer Bestellung.',
    check_return_reason:
      'Suchen Sie in den Ereignissen der Sendungsverfolgung nach dem Grund der Rücksendung.',
    ask_seller_resend: 'Fragen Sie den Verkäufer, ob er das Paket erneut verschicken kann.',
    no_payment_outside_platform:
      'Zahlen Sie nichts zusätzlich außerhalb der Zahlungsabwicklung des Shops.',
    compare_address:
      'Vergleichen Sie den Ort in der Sendungsverfolgung mit der Adresse Ihrer Bestellung.',
    check_and_confirm:
      'Öffnen Sie das Paket, prüfen Sie die Artikel und bestätigen Sie erst dann den Empfang.',
    photograph_damage:
      'Ist etwas kaputt oder fehlt etwas, fotografieren Sie Karton und Inhalt, bevor Sie etwas wegwerfen.',
    follow_dispute:
      'Antworten Sie Verkäufer und Plattform innerhalb der Fristen, die die Streitfallseite zeigt.',
    add_evidence_to_dispute:
      'Fügen Sie neue Nachweise dem offenen Streitfall hinzu, statt einen weiteren zu eröffnen.',
    contact_support:
      'Wenden Sie sich an den Kundenservice des Shops und schildern Sie Ihren Fall mit Nachweisen.',
    dispute_window_passed:
      'Ein Streitfall kann nicht mehr eröffnet werden: Die Frist ist abgelaufen.',
    dispute_already_open:
      'Ein neuer Streitfall ist nicht möglich: Diese Bestellung hat bereits einen.',
    dispute_order_closed:
      'Für eine abgeschlossene Bestellung (erstattet oder Empfang bestätigt) kann kein Streitfall eröffnet werden.',
    consolidated_one_parcel:
      'Mehrere Ihrer Bestellungen reisen zusammen unter dieser einen Nummer: Das ist normal und bedeutet eine Zustellung.',
    split_track_all:
      'Diese Bestellung wurde auf mehrere Pakete aufgeteilt: Verfolgen Sie jede Nummer.',
    split_wait_all:
      'Bestätigen Sie den Empfang erst, wenn alle Pakete der Bestellung angekommen sind.',
  },
  deadline: {
    dispute_last_day: 'Letzter Tag, um einen Streitfall zu eröffnen: {date}.',
    dispute_reminder: 'Erinnerung am {date}: Der Käuferschutz endet am {lastDay}.',
    dispute_after_delivery: 'Letzter Tag für einen Streitfall nach der Zustellung: {date}.',
    pickup_last_day: 'Letzter Abholtag: {date}.',
  },
  template: {
    seller_no_update: {
      subject:
        'Bestellung {orderNumber}: seit {days} Tagen keine Aktualisierung der Sendungsverfolgung',
      body: 'Guten Tag,\n\ndie Sendungsnummer {trackingNumber} meiner Bestellung {orderNumber} (aufgegeben am {orderDate}) hat sich seit {days} Tagen nicht verändert. Könnten Sie beim Versanddienst prüfen, ob das Paket wirklich unterwegs ist? Falls es eine neue Sendungsnummer gibt, schicken Sie sie mir bitte.\n\nVielen Dank.',
    },
    seller_invalid_number: {
      subject: 'Bestellung {orderNumber}: Sendungsnummer funktioniert nicht',
      body: 'Guten Tag,\n\nkeine Website zur Sendungsverfolgung erkennt die Nummer {trackingNumber} meiner Bestellung {orderNumber} (aufgegeben am {orderDate}). Bitte teilen Sie mir mit, welcher Versanddienst das Paket hat, und senden Sie mir eine funktionierende Nummer.\n\nVielen Dank.',
    },
    seller_not_received: {
      subject: 'Bestellung {orderNumber}: als zugestellt gemeldet, aber nicht erhalten',
      body: 'Guten Tag,\n\nlaut Sendungsverfolgung wurde die Bestellung {orderNumber} ({trackingNumber}) am {deliveredDate} zugestellt, aber ich habe sie nicht. Briefkasten, Haustür, Nachbarn und der örtliche Zusteller sind bereits geprüft. Bitte senden Sie mir den Zustellnachweis oder helfen Sie mir, das Paket zu finden. Bleibt es verschwunden, eröffne ich einen Streitfall.\n\nVielen Dank.',
    },
    carrier_not_received: {
      subject: 'Sendung {trackingNumber}: als zugestellt gemeldet, aber nichts erhalten',
      body: 'Guten Tag,\n\nIhre Sendungsverfolgung zeigt die Sendung {trackingNumber} als am {deliveredDate} zugestellt, aber sie hat mich nie erreicht. Können Sie mir sagen, wo genau und an wen sie übergeben wurde, und mir das Zustellfoto oder die Unterschrift schicken, falls vorhanden?\n\nVielen Dank.',
    },
    dispute_delivered_not_received: {
      body: 'Die Sendungsverfolgung zu {trackingNumber} zeigt „zugestellt“ am {deliveredDate}, aber ich habe das Paket nie erhalten. Die Adresse in meiner Bestellung ist korrekt. Beim örtlichen Zusteller und bei den Nachbarn habe ich nachgefragt: Das Paket wurde mir nicht übergeben. Ich bitte um volle Erstattung.',
    },
    seller_protection_ending: {
      subject: 'Bestellung {orderNumber}: Käuferschutz endet am {lastDay}',
      body: 'Guten Tag,\n\nmein Käuferschutz für die Bestellung {orderNumber} endet am {lastDay}, und das Paket ({trackingNumber}) ist immer noch nicht da. Bitte teilen Sie mir mit, wo es sich befindet. Ohne klare Auskunft vor diesem Datum eröffne ich einen Streitfall, um meine Bestellung abzusichern.\n\nVielen Dank.',
    },
    dispute_not_received: {
      body: 'Ich habe am {orderDate} bestellt (Bestellung {orderNumber}), und das Paket {trackingNumber} hat mich nicht erreicht. Die Sendungsverfolgung zeigt keine Zustellung, und der Verkäufer hat das Problem nicht gelöst. Ich bitte um volle Erstattung.',
    },
    seller_wrong_address: {
      subject: 'Bestellung {orderNumber}: Sendungsverfolgung zeigt ein anderes Ziel',
      body: 'Guten Tag,\n\ndie Sendungsverfolgung zu {trackingNumber} zeigt, dass das Paket an einen anderen Ort geht als an die Adresse meiner Bestellung {orderNumber}. Bitte prüfen Sie die Nummer und senden Sie mir die richtigen Sendungsdaten.\n\nVielen Dank.',
    },
    dispute_wrong_address: {
      body: 'Die Sendungsverfolgung zu {trackingNumber} zeigt, dass das Paket an einen anderen Ort geht als an die Adresse der Bestellung {orderNumber}. Screenshots der Sendungsverfolgung und meiner Bestelladresse sind beigefügt. Das Paket kommt nicht zu mir, daher bitte ich um volle Erstattung.',
    },
    seller_returned: {
      subject: 'Bestellung {orderNumber}: Paket an den Absender zurückgeschickt',
      body: 'Guten Tag,\n\nlaut Sendungsverfolgung zu {trackingNumber} geht meine Bestellung {orderNumber} an Sie zurück. Können Sie mir den Grund nennen und sie erneut an die Bestelladresse schicken? Ist das nicht möglich, bitte ich um Erstattung.\n\nVielen Dank.',
    },
    dispute_returned: {
      body: 'Das Paket {trackingNumber} der Bestellung {orderNumber} wurde an den Verkäufer zurückgeschickt, wie die beigefügte Sendungsverfolgung zeigt. Ich habe meine Bestellung nicht erhalten und bitte um volle Erstattung.',
    },
    seller_customs_documents: {
      subject: 'Bestellung {orderNumber}: Der Zoll verlangt Unterlagen',
      body: 'Guten Tag,\n\nder Zoll hält mein Paket {trackingNumber} (Bestellung {orderNumber}) zurück und verlangt Unterlagen. Bitte senden Sie mir so schnell wie möglich die Rechnung und alle weiteren Dokumente für die Verzollung.\n\nVielen Dank.',
    },
    dispute_customs: {
      body: 'Der Zoll hat das Paket {trackingNumber} der Bestellung {orderNumber} nicht freigegeben. Der amtliche Zollbescheid mit dem Grund ist beigefügt. Ich habe meine Bestellung nicht erhalten und bitte um Erstattung.',
    },
  },
  notReceived: {
    mailbox: 'Ihr Briefkasten',
    door: 'Vor der Tür, im Hausflur oder im Garten',
    locker: 'Eine Packstation in der Nähe',
    reception: 'Empfang, Hausmeister oder Paketraum im Gebäude',
    neighbours: 'Ihre Nachbarn',
    household: 'Familienmitglieder oder Mitbewohner',
    post_office: 'Die nächste Postfiliale oder Abholstelle',
    carrier_proof: 'Die Zustelldaten des Versanddienstes: Foto, Unterschrift oder Ablageort',
  },
  evidence: {
    tracking_number: 'Screenshot der Sendungsnummer',
    tracking_history: 'Screenshot des gesamten Sendungsverlaufs',
    order_details: 'Screenshot der Bestelldetails',
    address: 'Screenshot Ihrer Lieferadresse',
    carrier_reply: 'Die Antwort des Versanddienstes, falls vorhanden',
    wrong_place:
      'Screenshot mit der falschen Stadt oder dem falschen Land, falls das das Problem ist',
    seller_messages: 'Ihre Nachrichten mit dem Verkäufer',
    not_delivered_proof: 'Alles, was zeigt, dass das Paket nicht an Ihrer Adresse ankam',
    protection_time: 'Screenshot der Käuferschutzfrist oder der voraussichtlichen Lieferzeit',
  },
  note: {
    zone_assumed: 'Ihre Zeitzone ist unbekannt, daher werden die Daten in UTC gezählt.',
    lane_p90:
      'Auf dieser Strecke verlassen 90 % der Pakete diese Phase innerhalb von {p90Days} Tagen.',
  },
  contactName: { customs: 'Zoll', post_office: 'Postfiliale', seller: 'Verkäufer' },
  missing: {
    orderNumber: '[Bestellnummer]',
    trackingNumber: '[Sendungsnummer]',
    orderDate: '[Bestelldatum]',
    deliveredDate: '[Zustelldatum]',
    lastDay: '[letzter Tag]',
    days: 'mehreren',
    lastMileNumber: 'die örtliche Nummer',
    suggestions: 'eine ähnliche Nummer',
    date: '[Datum]',
    daysLeft: '?',
    p90Days: '?',
    city: 'einer anderen Stadt',
  },
};
