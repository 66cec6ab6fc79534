/**
 * @module web/i18n/fr
 * Chaînes d’interface en français.
 */
import { fr as operator } from './operator/fr.js';
import { fr as track } from './track/fr.js';
import type { UiStrings } from './types.js';

export const fr: UiStrings = {
  languageName: 'Français',
  skipToContent: 'Aller au contenu',
  navLabel: 'Principal',
  languageLabel: 'Langue',
  nav: {
    track: 'Suivre',
    carriers: 'Transporteurs',
    statuses: 'Statuts',
    contacts: 'Contacts',
    api: 'API',
  },
  footer: 'Trackline affiche ce que disent les transporteurs et précise quelle source l’a dit.',

  home: {
    title: 'Suivre un colis',
    searchTitle: (q) => `Recherche : ${q}`,
    description:
      'Collez un numéro de suivi ou quarante : voyez quel transporteur l’a et ce que cela veut dire.',
    heading: 'Où est mon colis ?',
    label: 'Numéro de suivi — ou plusieurs, un par ligne',
    find: 'Chercher',
    youPasted: 'Vous avez collé',
    trackThis: 'Suivre ce colis',
    demoHeading: 'Colis de démonstration',
    demoNote:
      'Ils viennent du simulateur intégré à Trackline, pas d’un vrai transporteur. Ils avancent au fil du temps simulé.',
    notRecognised: 'Nous ne reconnaissons ce numéro chez aucun transporteur connu.',
    didYouMean: 'Vouliez-vous dire',
    confidenceTitle: 'Notre degré de certitude',
    checksum: {
      valid: 'chiffre de contrôle correct',
      invalid: 'chiffre de contrôle faux',
      none: 'pas de chiffre de contrôle dans ce format',
    },
    tooMany: (n, max) => `Vous avez collé ${n} numéros ; nous affichons les ${max} premiers.`,
    lookalike: {
      aliexpress_order:
        'C’est un numéro de commande AliExpress : il désigne votre achat, pas le colis. Ouvrez la commande dans Mes commandes, puis Suivre la commande, et copiez le numéro de suivi une fois l’envoi fait.',
      alibaba_order:
        'Cela ressemble à un numéro de commande Alibaba.com, celui de l’accord avec votre fournisseur. Demandez-lui le transporteur et le numéro de suivi, ou regardez la partie expédition de la commande.',
      shop_order:
        'C’est un identifiant de commande d’une boutique, pas un numéro de transporteur. Les détails d’expédition sur le site de la boutique donnent le transporteur et le numéro.',
      phone:
        'C’est un numéro de téléphone. Collez plutôt le numéro de suivi indiqué dans l’avis d’expédition.',
      date: 'C’est une date. Collez le numéro de suivi lui-même, en général des lettres et des chiffres comme LP… ou RB…CN.',
      price:
        'C’est un montant. Collez le numéro de suivi de la commande ou de l’e-mail d’expédition.',
      email:
        'C’est une adresse e-mail. Collez le numéro de suivi, ou tout l’e-mail d’expédition pour que nous le trouvions.',
      postal_code:
        'C’est un code postal. Collez le numéro de suivi ; la destination vient du transporteur.',
    },
    live: {
      wrong: 'chiffre de contrôle faux',
      order: 'ressemble à un numéro de commande, pas de suivi',
      phone: 'ressemble à un numéro de téléphone',
      unknown: 'non reconnu',
    },
  },

  error: {
    notFoundTitle: 'Introuvable',
    errorTitle: 'Erreur',
    notFoundHeading: 'Rien ici',
    errorHeading: 'Cela n’a pas fonctionné',
    notFoundMessage: (path) => `Aucune page à l’adresse ${path}.`,
    code: 'Code',
    back: 'Retour à la recherche',
  },

  carriers: {
    title: 'Transporteurs',
    intro:
      'Tous les transporteurs que Trackline reconnaît, avec leurs formats de numéro et comment les joindre.',
    searchLabel: 'Chercher un transporteur par nom, identifiant ou pays',
    search: 'Chercher',
    count: (n) => `Transporteurs affichés : ${n}`,
    noMatch: 'Aucun transporteur ne correspond à cette recherche.',
    kinds: {
      origin_consolidator: 'Expéditeurs depuis la Chine',
      postal_operator: 'Opérateurs postaux',
      express: 'Transporteurs express',
      last_mile: 'Sociétés de livraison locale',
      aggregator: 'Agrégateurs de suivi',
    },
    country: 'Pays',
    kind: 'Type',
    worldwide: 'Monde entier',
    formats: 'Formats de numéro',
    format: 'Format',
    examples: 'Exemples',
    checkDigit: 'Chiffre de contrôle',
    yes: 'oui',
    no: 'non',
    noFormats: 'Nous ne connaissons pas encore le format de numéro de ce transporteur.',
    contact: 'Contact',
    phone: 'Téléphone',
    email: 'E-mail',
    noContact: 'Aucun téléphone ni e-mail connu.',
    officialTracking: 'Page de suivi officielle',
    website: 'Site web',
    external: '(site externe)',
    sources: 'Quelle source le suit ici',
    noSource: 'Aucune source configurée pour l’instant.',
    source: 'Source',
    why: 'Pourquoi cette source',
    status: 'État',
    via: {
      carrier: 'le service de suivi du transporteur lui-même',
      aggregator: 'un service de suivi qui couvre la plupart des transporteurs',
      'china-origin': 'Cainiao, qui suit les colis au départ de la Chine',
      demo: 'le simulateur intégré (données de démonstration)',
    },
    health: {
      healthy: 'Fonctionne normalement',
      trouble: 'Rencontre des difficultés en ce moment',
      unknown: 'Aucune vérification enregistrée pour l’instant',
    },
    lastSuccess: (when) => `Dernière vérification réussie : ${when}`,
    typicalTimes: 'Délais habituels',
    days: (range) => `${range} jours`,
    businessDays: (range) => `${range} jours ouvrés`,
    published: 'Chiffres publiés',
    observedHere: 'Constaté ici',
    seedService: (method, days) =>
      `${days} entre le premier scan et la livraison, d’après les guides publiés pour ${method}.`,
    seedClass: (method, serviceClass, days) =>
      `Aucun chiffre publié pour ${method} ; pour la catégorie « ${serviceClass} », comptez en général ${days}.`,
    noSeed: 'Les guides publiés ne donnent aucun délai pour ce transporteur.',
    observed: (count, median, p90) =>
      `${count} colis livrés ici : la moitié en ${median} au plus, neuf sur dix en ${p90} au plus.`,
    tooFewObserved: (min) =>
      `Nos propres chiffres s’afficheront dès que ${min} de ses colis au moins auront été livrés ici.`,
    s10: (country) => `Émet les numéros postaux internationaux (UPU S10) pour : ${country}.`,
    back: 'Tous les transporteurs',
  },

  statuses: {
    title: 'Glossaire des statuts',
    intro:
      'Chaque mot que Trackline emploie pour un colis ou une commande, et ce qu’il signifie pour vous.',
    status: 'Statuts',
    milestone: 'Étapes',
    reason: 'Motifs',
    order: 'Statuts de commande',
    statusIntro: 'Où en est le colis en ce moment.',
    milestoneIntro: 'L’avancement du trajet, dans l’ordre.',
    reasonIntro: 'Pourquoi quelque chose ne va pas ou demande votre attention.',
    orderIntro: 'Ce que la boutique dit de votre commande, indépendamment du colis.',
    normal: { yes: 'Étape normale', usually: 'Généralement normal', no: 'À surveiller' },
  },

  contacts: {
    title: 'Contacts par pays',
    intro:
      'Bureaux de poste et services de douane à appeler quand un colis est bloqué dans votre pays.',
    postOffice: 'Poste',
    customs: 'Douane',
    none: 'Aucun numéro connu.',
    missing: 'La liste des contacts n’est pas disponible pour le moment.',
  },

  retailer: {
    title: (name) => `${name} : suivi et livraison`,
    description: (name) =>
      `Où trouver votre numéro de suivi ${name}, combien de temps prend la livraison et ce que veut dire chaque statut.`,
    facts: 'L’entreprise en bref',
    founded: 'Fondée',
    headquarters: 'Siège',
    parent: 'Maison mère',
    countries: 'Livre vers',
    countriesCount: (n) => `plus de ${n} pays et territoires`,
    users: 'Utilisateurs actifs par mois',
    employees: 'Salariés',
    typicalDelivery: 'Délai habituel',
    findNumber: 'Où trouver le numéro de suivi',
    methods: 'Modes d’expédition et délais habituels',
    method: 'Mode',
    typical: 'Délai habituel',
    observed: 'Observé ici',
    days: (min, max) => `${min} à ${max} jours`,
    businessDays: (min, max) => `${min} à ${max} jours ouvrés`,
    exactDays: (d) => `${d} jours`,
    statuses: 'Les statuts que vous verrez',
    statusesIntro: 'La boutique affiche ces mots (ici en anglais) ; à côté, ce qu’ils signifient.',
    retailerSays: 'La boutique affiche',
    ourWords: 'Notre terme',
    meaning: 'Ce que cela veut dire',
    channels: 'Comment les joindre',
    faq: 'Questions fréquentes',
    sourceNote:
      'Chiffres tirés de pages d’aide publiées ; ils peuvent changer et ne sont pas des engagements.',
  },

  api: {
    title: 'API',
    intro:
      'Les données de chaque page existent aussi en JSON. Le document OpenAPI 3.1 décrit chaque route.',
    document: 'Document OpenAPI',
    parameters: 'Paramètres',
    responses: 'Réponses',
    required: 'obligatoire',
  },

  track,

  operator,
};
