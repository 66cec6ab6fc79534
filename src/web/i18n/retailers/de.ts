/**
 * @module web/i18n/retailers/de
 * Texte der Händlerseiten auf Deutsch.
 */
import type { RetailerCopy } from './types.js';

export const de: RetailerCopy = {
  intro: {
    aliexpress:
      'AliExpress ist der Marktplatz der Alibaba-Gruppe, auf dem man direkt bei Händlern kauft, die meisten davon in China. Der Händler verschickt; Cainiao, der Logistikarm der Gruppe, reicht das Paket von Versanddienst zu Versanddienst weiter, bis Ihre Post oder ein Zustelldienst es bringt.',
    alibaba:
      'Alibaba.com ist der Großhandelsmarktplatz der Gruppe: Er bringt Unternehmen mit Herstellern zusammen, vor allem in China. Die Pakete laufen über dasselbe Cainiao-Netz wie AliExpress-Bestellungen, daher gelten dieselben Nummern und Status.',
  },
  findNumber: (name) => [
    `${name} schickt die Nummer per E-Mail oder Benachrichtigung, sobald der Händler versendet.`,
    `Öffnen Sie in Ihrem ${name}-Konto „Meine Bestellungen“, wählen Sie die Bestellung und sehen Sie sich die Sendungsdetails an.`,
    'Fügen Sie diese Nummer hier ein. Die Bestellnummer ist ein anderer, längerer Code und taugt nicht zur Verfolgung.',
    'Im Zielland kann das Paket eine zweite Nummer des örtlichen Zustellers bekommen; wir verknüpfen beide.',
  ],
  methodNames: {
    euWarehouse: 'Aus einem europäischen Lager',
    express: 'Internationaler Express (DHL, FedEx, UPS)',
    economy: 'Sparversand',
    combined: 'Cainiao-Sammellieferung',
  },
  channelKinds: {
    chat: 'Online-Chat',
    help: 'Hilfe-Center',
    seller: 'Händler anschreiben',
    social: 'Soziale Netzwerke',
    app: 'Mobile App',
    phone: 'Telefon',
    post: 'Brief',
  },
  channelNotes: {
    chat: 'Rund um die Uhr im Hilfebereich; zuerst antwortet der Bot Eva, der an einen Menschen weiterleiten kann.',
    help: 'Anleitungen zu Sendungsverfolgung, Rücksendung, Zahlung und Käuferschutz.',
    seller: 'Der schnellste Weg für alles, was eine Bestellung oder ein Produkt betrifft.',
    social: 'Nur Privatnachrichten; Bestelldaten nie öffentlich posten.',
    app: 'Android und iOS: Sendungsverfolgung, Chat und Benachrichtigungen an einem Ort.',
    groupPhone:
      'Zentrale der Alibaba-Gruppe: nur Englisch oder Chinesisch, mit teils langen Wartezeiten.',
    usOffice: 'Büro der Alibaba-Gruppe in den USA.',
    hkOffice: 'Büro der Alibaba-Gruppe in Hongkong.',
    wholesale: 'Für Großhandelskunden von Alibaba.com.',
    formal: 'Für eine förmliche Beschwerde per Einschreiben.',
  },
  faq: ({ name, protection }) => [
    {
      q: 'Meine Nummer zeigt nichts an. Ist sie falsch?',
      a: 'Meist nicht. Die Verfolgung beginnt erst nach dem ersten Scan des Versanddienstes, 24 bis 48 Stunden nach der Versandmitteilung. Prüfen Sie die Nummer Zeichen für Zeichen; bleibt sie nach einigen Tagen leer, fragen Sie den Händler.',
    },
    {
      q: 'Die Sendung bewegt sich seit Tagen nicht. Muss ich mir Sorgen machen?',
      a: 'Ein Flug oder der Zoll können den Verlauf eine Woche oder länger verstummen lassen. Prüfen Sie, ob Ihre Adresse vollständig ist, und melden Sie sich beim Händler, wenn die zugesagte Zeit überschritten ist.',
    },
    {
      q: 'Warum geht das Paket zurück?',
      a: 'Die üblichen Gründe: unvollständige Adresse, mehrere gescheiterte Zustellversuche, ein Paket, das nicht binnen etwa 15 Tagen in der Filiale abgeholt wurde, oder fehlende Zollpapiere. Bitten Sie den Händler um Neuversand oder Erstattung.',
    },
    {
      q: 'Es steht „zugestellt“ da, aber ich habe nichts.',
      a: 'Schauen Sie im Briefkasten, bei Nachbarn und mit der Nummer in der nächsten Filiale nach. Bestätigen Sie den Empfang nicht; eröffnen Sie einen Streitfall, wenn das Paket verschwunden bleibt.',
    },
    {
      q: `Wie lange schützt mich ${name}?`,
      a: `Der Käuferschutz gilt ${protection} Tage ab dem Kauf. Ein Streitfall kann bis 15 Tage nach der Zustellung oder nach dem Ende des Schutzes eröffnet werden; eine bewilligte Erstattung kommt meist binnen 15 bis 30 Tagen.`,
    },
  ],
};
