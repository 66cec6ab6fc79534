/**
 * @module web/i18n/track/fr
 * Les mots des pages de suivi, en français.
 */
import type { TrackStrings } from './types.js';

export const fr: TrackStrings = {
  title: (n) => `Colis ${n}`,
  description: 'Où est le colis, ce que cela veut dire et que faire ensuite.',
  demo: 'Données de démonstration : ce colis vient du simulateur intégré, pas d’un vrai transporteur.',
  demoBadge: 'démo',
  statusHeading: 'Où il en est',
  reason: 'Pourquoi',
  progressHeading: 'Progression',
  step: { done: 'fait', current: 'étape en cours', todo: 'à venir' },
  interrupted: 'Le trajet a été interrompu : voir les conseils ci-dessous.',

  etaHeading: 'Quand il devrait arriver',
  window: (a, b) => `Entre le ${a} et le ${b}`,
  likely: (d) => `le plus probablement vers le ${d}`,
  confidence: { high: 'assez sûr', medium: 'à titre indicatif', low: 'estimation large' },
  basisTitle: 'D’après',
  basis: {
    lane: (w) =>
      `${w.count} colis livrés de ${w.from} vers ${w.to}${w.service ? ` en ${w.service}` : ''}${w.lastMile ? `, dernier kilomètre par ${w.lastMile}` : ''}${w.windowDays ? ` ces ${w.windowDays} derniers jours` : ''}.`,
    priorService: (w) => `Délai habituel de ${w.service} : ${w.min} à ${w.max} jours.`,
    priorClass: (w) => `Délai habituel pour ${w.service} (${w.min} à ${w.max} jours).`,
    priorUnknown: (w) =>
      `Délai habituel d’un colis posté depuis ${w.from} (${w.min} à ${w.max} jours) ; le mode d’envoi est inconnu.`,
    source:
      'L’estimation du transporteur : nous en savons trop peu sur ce colis pour faire la nôtre.',
    overdue:
      'Il est déjà plus lent que la plupart des colis à ce stade : la fourchette est approximative.',
  },
  classes: {
    economy: 'envoi économique',
    standard: 'envoi standard',
    premium: 'envoi premium',
    express: 'coursier express',
    local: 'livraison depuis un entrepôt local',
  },
  sourceEstimate: 'Selon le transporteur',
  noEta: 'Pas encore d’estimation : il nous faut le premier scan.',
  daysInTransit: (d) => `${d} jours en route`,
  deliveredOn: (d) => `Livré le ${d}`,

  adviceHeading: 'Est-ce normal ? Que faire',
  level: { fine: 'Tout est normal', watch: 'À surveiller', act: 'À faire maintenant' },
  actions: 'Que faire',
  deadlines: 'Dates importantes',
  daysLeft: (n, f) =>
    n > 0
      ? `encore ${f} jours`
      : n === 0
        ? 'aujourd’hui'
        : `dépassé depuis ${f.replace('-', '')} jours`,
  templates: 'Messages à envoyer',
  subject: 'Objet',
  copy: 'Copier',
  copied: 'Copié',
  contacts: 'Qui contacter',
  zoneAssumed: 'Les dates sont comptées en UTC, car nous ne connaissons pas votre fuseau horaire.',

  timelineHeading: 'Tous les scans, du plus récent au plus ancien',
  noEvents: 'Aucun scan pour l’instant.',
  ourLabel: 'Notre lecture',
  unclassified: 'non classé : seuls les mots du transporteur sont affichés',
  reportedBy: (s, n) => `signalé par ${s} pour ${n}`,
  anomaly: 'Semble erroné',
  anomaliesHeading: 'Ce qui semble erroné',
  anomalies: {
    after_delivered: 'Un scan est arrivé après la livraison ; nous l’ignorons pour le statut.',
    after_returned:
      'Un scan est arrivé après le retour à l’expéditeur ; nous l’ignorons pour le statut.',
    return_after_delivery:
      'Un retour est signalé après une livraison : le scan de livraison est peut-être faux.',
    delivered_wrong_country: 'Une livraison est signalée dans un autre pays ; nous l’ignorons.',
    impossible_speed:
      'Deux scans sont trop éloignés pour le temps qui les sépare ; l’un est sans doute faux.',
  },

  legsHeading: 'Numéros de ce colis',
  roles: {
    origin: 'en Chine / au départ',
    international: 'international',
    last_mile: 'livraison locale',
    alias: 'aussi appelé',
  },
  carrierHeading: 'Transporteur',
  phone: 'Téléphone',
  email: 'E-mail',
  official: 'Page de suivi officielle',
  noSource:
    'Aucune source de suivi n’est configurée ici pour ce transporteur ; sa propre page a les nouvelles.',

  routeHeading: 'Trajet',
  routeLabel: (p) => `Lieux traversés, dans l’ordre : ${p}`,
  routeUnknown: 'Aucun lieu n’est encore cité dans les scans.',
  hereNow: 'dernier',

  checksHeading: 'Vérifications',
  lastChecked: 'Dernière vérification',
  nextCheck: 'Prochaine vérification',
  notYet: 'pas encore',
  refresh: 'Vérifier maintenant',
  refreshed: 'Vérifié à l’instant.',
  tooSoonTitle: 'Trop tôt',
  tooSoon: (w) => `Nous venons de vérifier ce colis. Réessayez dans ${w}.`,
  back: 'Retour au colis',
  live: 'Cette page se met à jour toute seule tant qu’elle est ouverte.',

  notFound: {
    title: 'Pas encore trouvé',
    heading: 'Aucun transporteur n’a encore de nouvelles de ce numéro',
    intro: 'C’est fréquent et rarement grave. Il y a trois raisons habituelles.',
    reasonsHeading: 'Pourquoi',
    reasons: [
      {
        title: 'Il est trop récent',
        text: 'Un numéro affiche souvent son premier scan 24 à 72 heures après sa création par le vendeur.',
      },
      {
        title: 'Une faute de frappe',
        text: 'Un caractère faux ou manquant donne un numéro que personne ne connaît. Comparez-le à la commande.',
      },
      {
        title: 'Un problème technique',
        text: 'Le système du transporteur peut être lent ou en panne un moment. Réessayez plus tard.',
      },
    ],
    whatHeading: 'Que faire',
    what: [
      'Vérifiez le numéro caractère par caractère sur la page de la commande ou l’e-mail d’expédition.',
      'Attendez jusqu’à trois jours après l’envoi ; nous continuons à vérifier pour vous.',
      'Toujours rien ensuite : demandez au vendeur quel transporteur a le colis et un numéro qui fonctionne.',
    ],
    didYouMean: 'Vouliez-vous dire',
    orderHeading: 'C’est un numéro de commande, pas un numéro de suivi',
    notNumberHeading: 'Ce n’est pas un numéro de suivi',
    notNumber: 'Nous ne le reconnaissons comme numéro d’aucun transporteur connu.',
  },

  multi: {
    title: 'Vos colis',
    heading: (n) => `${n} colis`,
    error: 'Pas un numéro de suivi',
    empty: 'Aucun numéro donné. Collez-en un ou plusieurs sur la page de recherche.',
  },
};
