/**
 * @module core/status/labels/de
 * Deutsche Bezeichnungen der Status: kurze Etiketten und einfache Erklärungen für Käufer,
 * die auf eine Sendung aus China warten.
 */
import type { StatusTexts } from './types.js';

export const de: StatusTexts = {
  status: {
    pending: [
      'Warten auf Informationen',
      'Die Sendungsnummer ist registriert, aber der Versanddienstleister hat noch nichts gemeldet. Bei einer neuen Nummer ist das normal: Die ersten Ereignisse erscheinen meist 24 bis 72 Stunden nach dem Versand.',
    ],
    info_received: [
      'Versandetikett erstellt',
      'Der Verkäufer hat die Sendung vorbereitet und die Daten übermittelt, aber das Paket wurde noch nicht gescannt. Zwei bis fünf Tage ohne Neuigkeiten sind in dieser Phase üblich.',
    ],
    in_transit: [
      'Unterwegs',
      'Ihre Sendung ist im Netz des Versanddienstleisters unterwegs. Aus China dauert der Standardversand meist zwei bis sechs Wochen, und mehrere Tage ohne Aktualisierung sind ganz normal.',
    ],
    out_for_delivery: [
      'In Zustellung',
      'Ein Zusteller hat Ihr Paket und sollte es heute bringen. Halten Sie Ihr Handy bereit und sorgen Sie dafür, dass jemand es annehmen kann.',
    ],
    failed_attempt: [
      'Zustellung gescheitert',
      'Der Zusteller war da, konnte das Paket aber nicht übergeben, meist weil niemand zu Hause war. Rechnen Sie mit einem zweiten Versuch oder einer Benachrichtigung mit Abholort; passiert zwei Tage lang nichts, rufen Sie den Zusteller vor Ort an.',
    ],
    available_for_pickup: [
      'Zur Abholung bereit',
      'Ihr Paket liegt in einer Postfiliale, einem Paketshop oder einer Packstation. Nehmen Sie Ausweis oder Abholcode mit und warten Sie nicht zu lange: Meist wird es etwa 15 Tage aufbewahrt und dann zurückgeschickt.',
    ],
    delivered: [
      'Zugestellt',
      'Laut Versanddienstleister wurde Ihr Paket zugestellt. Finden Sie es nicht, schauen Sie im Briefkasten nach, fragen Sie Nachbarn oder am Empfang und wenden Sie sich an den Zusteller vor Ort; bestätigen Sie den Erhalt im Shop erst, wenn Sie es wirklich haben.',
    ],
    exception: [
      'Problem bei der Zustellung',
      'Etwas hat den Transport unterbrochen: Zoll, ein Adressproblem, eine Rücksendung oder eine Beschädigung. Das letzte Ereignis nennt den Grund, und meist müssen Sie, der Verkäufer oder der Versanddienstleister etwas tun.',
    ],
    expired: [
      'Verfolgung beendet',
      'Es gab so lange keine Neuigkeiten, dass die Sendungsverfolgung eingestellt wurde. Das Paket kann noch ankommen, aber wenn Ihr Käuferschutz bald endet, schreiben Sie dem Verkäufer und eröffnen Sie rechtzeitig einen Streitfall.',
    ],
  },
  milestone: {
    label_created: [
      'Versandetikett erstellt',
      'Der Verkäufer hat das Etikett erstellt, und der Versanddienstleister erwartet das Paket, hat es aber noch nicht. Neue Nummern bleiben oft 24 bis 72 Stunden stumm, also noch kein Grund zur Sorge.',
    ],
    picked_up: [
      'Abgeholt',
      'Der Versanddienstleister hat das Paket abgeholt und im System erfasst. Ab jetzt sollten Aktualisierungen folgen, meist innerhalb von ein, zwei Tagen.',
    ],
    origin_facility: [
      'Im Sortierzentrum',
      'Das Paket ist in einem Sortierzentrum oder Lager im Versandland, meist China, und wird mit anderen Sendungen in Ihre Richtung gebündelt. Das dauert normalerweise einen bis wenige Tage.',
    ],
    export_customs: [
      'Ausfuhrzoll',
      'Das Paket wird vor dem Verlassen des Versandlands vom Zoll abgefertigt. Eine Routineprüfung, die meist ein bis zwei Tage dauert.',
    ],
    departed_origin: [
      'Versandland verlassen',
      'Das Paket hat das Versandland verlassen, oft per Flugzeug. Ein paar Tage ohne Neuigkeiten während der Reise sind normal.',
    ],
    international_transit: [
      'Internationaler Transport',
      'Das Paket ist zwischen den Ländern unterwegs, meist per Luftfracht. Auf dieser Strecke gibt es oft mehrere Tage lang keine Meldung, bei günstigen Versandarten auch ein bis zwei Wochen.',
    ],
    transit_hub: [
      'Im Transitland',
      'Das Paket passiert ein Logistikzentrum in einem anderen Land auf dem Weg zu Ihnen. Ein normaler Zwischenstopp, der meist einen bis wenige Tage dauert.',
    ],
    arrived_destination: [
      'In Ihrem Land angekommen',
      'Das Paket ist in Ihrem Land angekommen und geht nun durch den Einfuhrzoll, bevor ein örtlicher Zusteller übernimmt. Die Verzollung dauert meist einige Tage.',
    ],
    import_customs: [
      'In der Verzollung',
      'Der Zoll in Ihrem Land prüft das Paket und mögliche Einfuhrabgaben. Das dauert meist wenige Stunden bis etwa eine Woche; achten Sie auf E-Mails und SMS, falls etwas von Ihnen gebraucht wird.',
    ],
    customs_released: [
      'Verzollt',
      'Der Zoll hat das Paket freigegeben, es kann weiter zu Ihrer Adresse. Der örtliche Zusteller übernimmt es normalerweise innerhalb weniger Tage.',
    ],
    handed_to_last_mile: [
      'An Zusteller übergeben',
      'Das Paket ist jetzt beim Unternehmen, das in Ihrem Land zustellt, manchmal unter einer neuen Sendungsnummer. Dessen erster Scan kann ein paar Tage dauern, schauen Sie daher auch auf seiner Website nach.',
    ],
    destination_facility: [
      'Im Zustellstützpunkt',
      'Das Paket liegt in einem Paketzentrum oder Zustellstützpunkt in Ihrer Nähe. Die Zustellung folgt meist innerhalb von ein bis drei Tagen.',
    ],
    out_for_delivery: [
      'In Zustellung',
      'Das Paket ist beim Zusteller und sollte heute ankommen. Sorgen Sie dafür, dass jemand es annehmen kann.',
    ],
    pickup_point: [
      'In der Abholstelle',
      'Das Paket wartet in einer Postfiliale, einem Paketshop oder einer Packstation auf Sie. Holen Sie es innerhalb der Lagerfrist ab, meist etwa 15 Tage, sonst geht es zurück.',
    ],
    delivered: [
      'Zugestellt',
      'Das Paket wurde übergeben oder an Ihrer Adresse abgelegt. Ist es nicht da, fragen Sie zuerst Nachbarn und den Zusteller vor Ort.',
    ],
    returning: [
      'Rücksendung an Absender',
      'Das Paket ist auf dem Rückweg zum Verkäufer, etwa nach gescheiterten Zustellungen, einem Adressproblem oder einer Zollablehnung. Bitten Sie den Verkäufer um erneuten Versand oder Erstattung und sichern Sie Screenshots.',
    ],
    returned: [
      'An Absender zurück',
      'Das Paket ist wieder beim Verkäufer. Bitten Sie um erneuten Versand oder Erstattung; lehnt er ab, eröffnen Sie einen Streitfall mit Screenshots der Sendungsverfolgung.',
    ],
  },
  reason: {
    customs_held: [
      'Vom Zoll angehalten',
      'Der Zoll hält das Paket für eine Prüfung oder weitere Angaben fest. Meist klärt sich das in einigen Tagen; achten Sie auf Nachrichten von Zoll oder Versanddienstleister und melden Sie sich, wenn sich lange nichts tut.',
    ],
    customs_payment_due: [
      'Einfuhrabgaben fällig',
      'Vor der Freigabe müssen Zoll oder Einfuhrumsatzsteuer bezahlt werden. Zahlen Sie nur über den offiziellen Weg des Versanddienstleisters oder Zolls, und zwar zügig, damit das Paket nicht zurückgeht.',
    ],
    customs_documents_needed: [
      'Unterlagen benötigt',
      'Der Zoll braucht Angaben oder Unterlagen von Ihnen, etwa eine Rechnung oder einen Ausweis. Antworten Sie schnell: Bleibt die Anfrage liegen, kann das Paket zurückgeschickt werden.',
    ],
    customs_refused: [
      'Vom Zoll abgelehnt',
      'Der Zoll hat das Paket abgelehnt oder beschlagnahmt, es wird nicht zugestellt. Fordern Sie ein offizielles Schreiben mit dem Grund an und nutzen Sie es, um vom Verkäufer eine Erstattung zu verlangen.',
    ],
    address_problem: [
      'Adressproblem',
      'Die Zustellung scheiterte, weil die Adresse falsch, unvollständig oder unleserlich ist. Prüfen Sie die Adresse in Ihrer Bestellung und geben Sie dem Zusteller vor Ort die fehlenden Angaben, etwa Wohnungsnummer oder Namensschild.',
    ],
    recipient_absent: [
      'Empfänger nicht angetroffen',
      'Der Zusteller hat niemanden angetroffen. Achten Sie auf eine Benachrichtigung zum neuen Versuch oder zur Abholstelle.',
    ],
    refused: [
      'Annahme verweigert',
      'Die Annahme des Pakets wurde verweigert. War das keine Absicht, rufen Sie schnell beim Versanddienstleister an, bevor es zurückgeht.',
    ],
    business_closed: [
      'Geschäft geschlossen',
      'Die Adresse ist ein Geschäft, das beim Zustellversuch geschlossen war. Meist folgt am nächsten Werktag ein neuer Versuch.',
    ],
    unclaimed: [
      'Nicht rechtzeitig abgeholt',
      'Das Paket wurde nicht innerhalb der Lagerfrist abgeholt, meist etwa 15 Tage, und geht zurück. Rufen Sie sofort beim Versanddienstleister an, falls es noch dort liegt.',
    ],
    returning_to_sender: [
      'Auf dem Rückweg',
      'Das Paket geht zurück an den Verkäufer. Vereinbaren Sie mit ihm einen erneuten Versand oder eine Erstattung.',
    ],
    returned_to_sender: [
      'Wieder beim Absender',
      'Das Paket ist wieder beim Verkäufer angekommen. Bitten Sie um erneuten Versand oder Erstattung und eröffnen Sie einen Streitfall, wenn er nicht hilft.',
    ],
    lost: [
      'Verloren gegangen',
      'Der Versanddienstleister meldet das Paket als verloren. Verlangen Sie vom Verkäufer Erstattung oder Ersatz und eröffnen Sie bei Bedarf einen Streitfall mit Screenshots.',
    ],
    damaged: [
      'Beschädigt',
      'Das Paket wurde unterwegs beschädigt. Fotografieren Sie Verpackung und Inhalt und kontaktieren Sie den Verkäufer: Bei beschädigter Ware steht Ihnen Erstattung oder Ersatz zu.',
    ],
    destroyed: [
      'Vernichtet',
      'Das Paket wurde vernichtet, meist durch den Zoll oder nach einem schweren Vorfall, und kommt nicht an. Verlangen Sie eine Erstattung vom Verkäufer oder eröffnen Sie einen Streitfall.',
    ],
    cancelled: [
      'Sendung storniert',
      'Die Sendung wurde storniert und geht nicht auf die Reise. Prüfen Sie Ihre Bestellung und fragen Sie den Verkäufer, ob er neu versendet oder erstattet.',
    ],
    delayed: [
      'Verzögert',
      'Das Paket hängt irgendwo fest, ist aber weiter unterwegs. Rund um Feiertage und große Rabattaktionen kommt das oft vor, und meist holt es in wenigen Tagen auf.',
    ],
    weather: [
      'Wetterbedingte Verzögerung',
      'Schlechtes Wetter bremst den Transport. Das Paket fährt weiter, sobald sich das Wetter bessert, normalerweise in wenigen Tagen.',
    ],
    misrouted: [
      'Fehlgeleitet',
      'Das Paket ist am falschen Ort gelandet und wird umgeleitet, was meist ein paar Tage kostet. Zeigt die Verfolgung weiter eine andere Stadt oder ein anderes Land, informieren Sie den Verkäufer.',
    ],
    prohibited_item: [
      'Unzulässiger Inhalt',
      'Im Paket ist etwas, das nicht versendet oder eingeführt werden darf, daher wird es zurückgehalten oder zurückgeschickt. Wenden Sie sich wegen einer Erstattung an den Verkäufer.',
    ],
    other: [
      'Störung gemeldet',
      'Der Versanddienstleister meldet ein Problem ohne Details. Lesen Sie das letzte Ereignis und kontaktieren Sie Versanddienstleister oder Verkäufer, wenn es sich nicht bald klärt.',
    ],
  },
  order: {
    placed: [
      'Bestellung aufgegeben',
      'Ihre Bestellung ist eingegangen und der Verkäufer wurde benachrichtigt. Als Nächstes folgen Zahlung und Vorbereitung.',
    ],
    awaiting_payment: [
      'Zahlung ausstehend',
      'Die Bestellung wartet auf die Bestätigung Ihrer Zahlung. Vorher wird nichts verschickt.',
    ],
    awaiting_clarification: [
      'Ihre Antwort benötigt',
      'Der Verkäufer braucht noch Angaben von Ihnen, etwa Größe, Farbe oder ein Detail der Adresse. Sehen Sie in Ihre Nachrichten und antworten Sie, damit die Bestellung nicht liegen bleibt.',
    ],
    amount_updated: [
      'Betrag geändert',
      'Der Verkäufer hat den Gesamtbetrag geändert, zum Beispiel Artikelpreis oder Versandkosten. Prüfen Sie den neuen Betrag, bevor Sie fortfahren.',
    ],
    processing: [
      'In Bearbeitung',
      'Die Bestellung wird bearbeitet, die Zahlung wird eventuell noch geprüft. Verkäufer brauchen bis zum Versand meist einen Tag bis eine Woche.',
    ],
    paid: [
      'Bezahlt',
      'Die Zahlung ist bestätigt und der Verkäufer bereitet den Versand vor. Die Sendungsnummer kommt mit dem Versand.',
    ],
    packed: [
      'Verpackt',
      'Der Verkäufer hat Ihre Bestellung verpackt; sie ist bereit zur Übergabe an den Versanddienstleister.',
    ],
    consolidated: [
      'Zu einem Paket zusammengefasst',
      'Ihre Artikel wurden mit anderen in ein Paket gepackt, deshalb können mehrere Bestellungen dieselbe Sendungsnummer haben. Das ist normal und oft sogar schneller.',
    ],
    invoice_available: [
      'Rechnung verfügbar',
      'Der Verkäufer hat die Rechnung ausgestellt; Sie finden sie in den Bestelldetails.',
    ],
    shipped: [
      'Versandt',
      'Der Verkäufer hat die Bestellung verschickt, eine Sendungsnummer gibt es meist schon. Bis der Versanddienstleister erste Ereignisse zeigt, können 24 bis 72 Stunden vergehen.',
    ],
    completed: [
      'Abgeschlossen',
      'Die Bestellung ist abgeschlossen: zugestellt und bestätigt oder vom Shop beendet. Einen Streitfall können Sie in der Regel noch etwa 15 Tage nach der Zustellung eröffnen.',
    ],
    cancelled: [
      'Storniert',
      'Die Bestellung wurde von Ihnen oder dem Verkäufer storniert und wird nicht verschickt. Bereits gezahltes Geld sollte zurückkommen.',
    ],
    refunded: [
      'Erstattet',
      'Ihr Geld wurde zurücküberwiesen. Je nach Zahlungsart kann es einige Wochen dauern, bis es sichtbar ist.',
    ],
    abandoned: [
      'Abgebrochen',
      'Die Bestellung wurde nie abgeschlossen, etwa weil die Zahlung nicht vollständig war, und ist nun geschlossen. Es wird nichts verschickt.',
    ],
    unfulfillable: [
      'Nicht lieferbar',
      'Der Verkäufer kann die Bestellung nicht ausführen, zum Beispiel weil der Artikel ausverkauft ist oder nicht an Ihre Adresse geliefert werden kann. Rechnen Sie mit Stornierung und Erstattung.',
    ],
  },
  progress: {
    ordered: ['Bestellt', 'Die Bestellung beim Verkäufer ist aufgegeben.'],
    shipped: ['Versandt', 'Der Verkäufer hat das Paket verschickt oder das Etikett erstellt.'],
    picked_up: ['Abgeholt', 'Der Versanddienstleister hat das Paket.'],
    left_origin: ['Versandland verlassen', 'Das Paket hat das Land des Verkäufers verlassen.'],
    arrived_destination: ['In Ihrem Land', 'Das Paket ist in Ihrem Land angekommen.'],
    customs_cleared: ['Verzollt', 'Der Zoll hat das Paket freigegeben.'],
    out_for_delivery: [
      'In Zustellung',
      'Das Paket ist auf der letzten Etappe, beim Zusteller oder in der Abholstelle.',
    ],
    delivered: ['Zugestellt', 'Das Paket ist bei Ihnen.'],
  },
};
