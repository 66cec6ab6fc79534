/**
 * @module web/i18n/order/fr
 * Mots français du panneau de commande.
 */
import type { OrderStrings } from './types.js';

export const fr: OrderStrings = {
  heading: 'Ajoutez les détails de votre commande',
  savedHeading: 'Votre commande',
  intro:
    'Indiquez la date de votre commande : nous calculons le dernier jour pour ouvrir un litige et vous prévenons avant qu’il ne passe.',
  change: 'Modifier les détails de la commande',
  labels: {
    retailer: 'Boutique',
    orderNumber: 'Numéro de commande',
    orderDate: 'Date de commande',
    protectionDays: 'Protection acheteur (jours)',
    destinationCountry: 'Pays de destination',
    shippingMethod: 'Mode de livraison',
  },
  retailers: { aliexpress: 'AliExpress', alibaba: 'Alibaba', other: 'Autre boutique' },
  optional: '(facultatif)',
  orderNumberHint:
    'Un numéro de commande AliExpress compte 15 ou 16 chiffres, un numéro Alibaba de 17 à 19.',
  protectionHint: (ae, ab) =>
    `AliExpress couvre en général ${ae} jours, Alibaba ${ab}. Vérifiez la durée sur la page de votre commande.`,
  destinationHint: 'Code pays à deux lettres, par exemple FR ou BE.',
  methodUnknown: 'Je ne sais pas',
  methodHint:
    'L’option de livraison choisie lors de la commande ; elle affine l’estimation de livraison.',
  save: 'Enregistrer la commande',
  noNumber: 'non indiqué',
  errorsHeading: 'Rien n’a été enregistré. À corriger :',
  problems: {
    retailer: 'choisissez une boutique de la liste.',
    orderAliexpress: 'un numéro de commande AliExpress compte 15 ou 16 chiffres.',
    orderAlibaba: 'un numéro de commande Alibaba compte de 17 à 19 chiffres.',
    orderOther: 'utilisez de 3 à 40 lettres, chiffres ou tirets, comme l’écrit la boutique.',
    orderIsTracking:
      'ceci est un numéro de suivi. Le numéro de commande figure sur la page de la commande.',
    dateMissing: 'indiquez le jour où vous avez passé la commande.',
    dateInvalid: 'cette date n’existe pas.',
    dateFuture: 'cette date n’est pas encore arrivée.',
    dateOld: 'c’est il y a plus de deux ans ; vérifiez l’année.',
    daysMissing: 'indiquez combien de jours de protection la boutique accorde.',
    daysRange: 'indiquez un nombre entier de jours entre 1 et 365.',
    country: 'indiquez un code pays à deux lettres comme FR, ou laissez vide.',
    method: 'choisissez un mode de livraison dans la liste, ou « Je ne sais pas ».',
  },
  crossSiteTitle: 'Commande non enregistrée',
  crossSite:
    'Ce formulaire venait d’un autre site, nous l’avons donc ignoré. Ouvrez la page de suivi ici et envoyez-le à nouveau.',
  back: 'Retour à la page de suivi',
};
