/**
 * @module web/i18n/operator/fr
 * Pages d’exploitation, en français.
 */
import type { OperatorStrings } from './types.js';

export const fr: OperatorStrings = {
  sourcesTitle: 'Sources de suivi',
  sourcesIntro:
    'Chaque source dont Trackline peut obtenir des événements : si elle est activée et si elle fonctionne bien.',
  columns: {
    source: 'Source',
    label: 'Nom',
    kind: 'Type',
    configured: 'Configurée',
    healthy: 'En bonne santé',
    lastSuccess: 'Dernier succès',
    quotaLeft: 'Quota restant',
    nextCall: 'Prochain appel permis',
    circuit: 'Disjoncteur',
  },
  kinds: { carrier: 'transporteur', aggregator: 'agrégateur', simulator: 'simulateur' },
  circuit: { closed: 'fermé', open: 'ouvert', half_open: 'semi-ouvert' },
  yes: 'oui',
  no: 'non',
  unknown: 'inconnu',
  notYet: 'pas encore',
  never: 'jamais',
  now: 'maintenant',
  healthUnknown: 'État inconnu : le moteur de suivi ne tourne pas dans ce processus.',
  problems: 'Problèmes de configuration',
  secretsNote:
    'Les clés et secrets ne sont jamais affichés ici. Voir docs/sources.md pour activer une source.',
  json: 'Les mêmes données en JSON',
};
