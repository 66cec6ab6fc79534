/**
 * @module web/i18n/retailers/fr
 * Textes des pages marchands, en français.
 */
import type { RetailerCopy } from './types.js';

export const fr: RetailerCopy = {
  intro: {
    aliexpress:
      'AliExpress est la place de marché du groupe Alibaba où l’on achète directement à des vendeurs, pour la plupart installés en Chine. Le vendeur expédie ; Cainiao, la branche logistique du groupe, fait passer le colis d’un transporteur à l’autre jusqu’à votre poste ou votre livreur local.',
    alibaba:
      'Alibaba.com est la place de marché de gros du groupe : elle met en relation des entreprises et des fabricants, surtout chinois. Ses colis empruntent le même réseau Cainiao que les commandes AliExpress ; les numéros et les statuts sont donc les mêmes.',
  },
  findNumber: (name) => [
    `${name} envoie le numéro par e-mail ou par notification dès que le vendeur expédie.`,
    `Dans votre compte ${name}, ouvrez Mes commandes, choisissez la commande et regardez le détail du suivi.`,
    'Collez ce numéro ici. Le numéro de commande est un autre code, plus long, qui ne permet pas de suivre le colis.',
    'Une fois dans votre pays, le colis peut recevoir un second numéro du transporteur local ; nous relions les deux.',
  ],
  methodNames: {
    euWarehouse: 'Depuis un entrepôt européen',
    express: 'Express international (DHL, FedEx, UPS)',
    economy: 'Envoi économique',
    combined: 'Livraison groupée Cainiao',
  },
  channelKinds: {
    chat: 'Chat en ligne',
    help: 'Centre d’aide',
    seller: 'Écrire au vendeur',
    social: 'Réseaux sociaux',
    app: 'Application mobile',
    phone: 'Téléphone',
    post: 'Courrier',
  },
  channelNotes: {
    chat: 'Ouvert jour et nuit depuis la rubrique d’aide ; le robot Eva répond d’abord et peut vous passer un conseiller.',
    help: 'Guides sur le suivi, les retours, le paiement et la protection acheteur.',
    seller: 'Le plus rapide pour tout ce qui concerne une commande ou un produit.',
    social: 'Messages privés uniquement ; ne publiez jamais les détails d’une commande.',
    app: 'Android et iOS : suivi, chat et notifications au même endroit.',
    groupPhone:
      'Siège du groupe Alibaba : anglais ou chinois seulement, l’attente peut être longue.',
    usOffice: 'Bureau du groupe Alibaba aux États-Unis.',
    hkOffice: 'Bureau du groupe Alibaba à Hong Kong.',
    wholesale: 'Pour les acheteurs en gros d’Alibaba.com.',
    formal: 'Pour une réclamation formelle par lettre recommandée.',
  },
  faq: ({ name, protection }) => [
    {
      q: 'Mon numéro n’affiche rien. Est-il faux ?',
      a: 'Rarement. Le suivi ne démarre qu’après le premier scan du transporteur, 24 à 48 heures après l’avis d’expédition. Vérifiez le numéro caractère par caractère ; s’il reste vide après quelques jours, interrogez le vendeur.',
    },
    {
      q: 'Le suivi ne bouge plus depuis des jours. Faut-il s’inquiéter ?',
      a: 'Un vol ou la douane peuvent laisser l’historique muet une semaine ou plus. Vérifiez que votre adresse est complète, puis contactez le vendeur si le délai promis est dépassé.',
    },
    {
      q: 'Pourquoi le colis repart-il vers l’expéditeur ?',
      a: 'Causes habituelles : adresse incomplète, plusieurs livraisons manquées, colis non retiré au bureau de poste sous 15 jours environ, ou papiers de douane manquants. Demandez au vendeur un renvoi ou un remboursement.',
    },
    {
      q: 'Il est indiqué « livré », mais je n’ai rien reçu.',
      a: 'Regardez la boîte aux lettres, chez les voisins et au bureau de poste le plus proche avec le numéro. Ne confirmez pas la réception ; ouvrez un litige si le colis reste introuvable.',
    },
    {
      q: `Combien de temps suis-je protégé sur ${name} ?`,
      a: `La protection acheteur dure ${protection} jours après l’achat. Un litige peut être ouvert jusqu’à 15 jours après la livraison ou la fin de la protection ; un remboursement accepté arrive en général sous 15 à 30 jours.`,
    },
  ],
};
