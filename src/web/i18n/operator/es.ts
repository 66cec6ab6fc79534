/**
 * @module web/i18n/operator/es
 * Páginas de operación, en español.
 */
import type { OperatorStrings } from './types.js';

export const es: OperatorStrings = {
  sourcesTitle: 'Fuentes de seguimiento',
  sourcesIntro:
    'Cada fuente de la que Trackline puede obtener eventos: si está activada y si funciona bien.',
  columns: {
    source: 'Fuente',
    label: 'Nombre',
    kind: 'Tipo',
    configured: 'Configurada',
    healthy: 'Funciona bien',
    lastSuccess: 'Último éxito',
    quotaLeft: 'Cuota restante',
    nextCall: 'Próxima llamada permitida',
    circuit: 'Cortacircuitos',
  },
  kinds: { carrier: 'transportista', aggregator: 'agregador', simulator: 'simulador' },
  circuit: { closed: 'cerrado', open: 'abierto', half_open: 'semiabierto' },
  yes: 'sí',
  no: 'no',
  unknown: 'desconocido',
  notYet: 'todavía no',
  never: 'nunca',
  now: 'ahora',
  healthUnknown: 'Estado desconocido: el motor de seguimiento no se ejecuta en este proceso.',
  problems: 'Problemas de configuración',
  secretsNote:
    'Las claves y los secretos nunca se muestran aquí. Consulte docs/sources.md para activar una fuente.',
  json: 'Los mismos datos en JSON',
};
