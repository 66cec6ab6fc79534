/**
 * @module web/i18n/track/es
 * Las palabras de las páginas de seguimiento, en español.
 */
import type { TrackStrings } from './types.js';

export const es: TrackStrings = {
  title: (n) => `Paquete ${n}`,
  description: 'Dónde está el paquete, qué significa y qué hacer ahora.',
  demo: 'Datos de demostración: este paquete viene del simulador integrado, no de un transportista real.',
  demoBadge: 'demo',
  statusHeading: 'Dónde está ahora',
  reason: 'Por qué',
  progressHeading: 'Progreso',
  step: { done: 'hecho', current: 'paso actual', todo: 'por llegar' },
  interrupted: 'El trayecto se interrumpió: mira los consejos más abajo.',

  etaHeading: 'Cuándo debería llegar',
  window: (a, b) => `Entre el ${a} y el ${b}`,
  likely: (d) => `lo más probable, hacia el ${d}`,
  confidence: { high: 'bastante seguro', medium: 'orientativo', low: 'estimación amplia' },
  basisTitle: 'Según',
  basis: {
    lane: (w) =>
      `${w.count} paquetes entregados de ${w.from} a ${w.to}${w.service ? ` por ${w.service}` : ''}${w.lastMile ? `, última milla con ${w.lastMile}` : ''}${w.windowDays ? ` en los últimos ${w.windowDays} días` : ''}.`,
    priorService: (w) => `Lo que suele tardar ${w.service}: de ${w.min} a ${w.max} días.`,
    priorClass: (w) => `Lo que suele tardar un ${w.service} (de ${w.min} a ${w.max} días).`,
    priorUnknown: (w) =>
      `Lo que suele tardar un paquete enviado por correo desde ${w.from} (de ${w.min} a ${w.max} días); no se conoce el método de envío.`,
    source:
      'La estimación del propio transportista: sabemos muy poco de este paquete para hacer la nuestra.',
    overdue:
      'Ya va más lento que la mayoría en esta etapa, así que toma el intervalo como aproximado.',
  },
  classes: {
    economy: 'envío económico',
    standard: 'envío estándar',
    premium: 'envío prémium',
    express: 'mensajería exprés',
    local: 'envío desde almacén local',
  },
  sourceEstimate: 'Según el transportista',
  noEta: 'Aún no hay estimación: necesitamos el primer escaneo.',
  daysInTransit: (d) => `${d} días en camino`,
  deliveredOn: (d) => `Entregado el ${d}`,

  adviceHeading: '¿Es normal? Qué hacer',
  level: { fine: 'Todo normal', watch: 'Conviene vigilarlo', act: 'Actúa ahora' },
  actions: 'Qué hacer',
  deadlines: 'Fechas importantes',
  daysLeft: (n, f) =>
    n > 0 ? `quedan ${f} días` : n === 0 ? 'hoy' : `pasó hace ${f.replace('-', '')} días`,
  templates: 'Mensajes que puedes enviar',
  subject: 'Asunto',
  copy: 'Copiar',
  copied: 'Copiado',
  contacts: 'A quién contactar',
  zoneAssumed: 'Las fechas se cuentan en UTC porque no conocemos tu zona horaria.',

  timelineHeading: 'Todos los escaneos, del más reciente al más antiguo',
  noEvents: 'Todavía no hay escaneos.',
  ourLabel: 'Nuestra lectura',
  unclassified: 'sin clasificar: solo mostramos las palabras del transportista',
  reportedBy: (s, n) => `informado por ${s} para ${n}`,
  anomaly: 'Parece erróneo',
  anomaliesHeading: 'Cosas que parecen erróneas',
  anomalies: {
    after_delivered:
      'Llegó un escaneo después de la entrega; no lo tenemos en cuenta para el estado.',
    after_returned:
      'Llegó un escaneo después de la devolución al remitente; no lo tenemos en cuenta.',
    return_after_delivery:
      'Se informó una devolución después de una entrega: el escaneo de entrega puede ser erróneo.',
    delivered_wrong_country: 'Se informó una entrega en otro país; no la tenemos en cuenta.',
    impossible_speed:
      'Dos escaneos están demasiado lejos para el tiempo entre ellos; uno probablemente es erróneo.',
  },

  legsHeading: 'Números de este paquete',
  roles: {
    origin: 'en China / origen',
    international: 'internacional',
    last_mile: 'reparto local',
    alias: 'también conocido como',
  },
  carrierHeading: 'Transportista',
  phone: 'Teléfono',
  email: 'Correo electrónico',
  official: 'Página oficial de seguimiento',
  noSource:
    'Aquí no hay ninguna fuente configurada para este transportista; su propia página tiene las novedades.',

  routeHeading: 'Ruta',
  routeLabel: (p) => `Lugares recorridos, en orden: ${p}`,
  routeUnknown: 'Los escaneos aún no nombran ningún lugar.',
  hereNow: 'último',

  checksHeading: 'Comprobaciones',
  lastChecked: 'Última comprobación',
  nextCheck: 'Próxima comprobación',
  notYet: 'todavía no',
  refresh: 'Comprobar ahora',
  refreshed: 'Comprobado ahora mismo.',
  tooSoonTitle: 'Demasiado pronto',
  tooSoon: (w) => `Acabamos de comprobar este paquete. Vuelve a intentarlo dentro de ${w}.`,
  back: 'Volver al paquete',
  live: 'Esta página se actualiza sola mientras está abierta.',

  notFound: {
    title: 'Aún no encontrado',
    heading: 'Ningún transportista tiene noticias de este número todavía',
    intro: 'Es habitual y casi nunca es un problema. Hay tres motivos frecuentes.',
    reasonsHeading: 'Por qué',
    reasons: [
      {
        title: 'Es demasiado nuevo',
        text: 'Un número suele mostrar su primer escaneo entre 24 y 72 horas después de que el vendedor lo cree.',
      },
      {
        title: 'Un error al escribirlo',
        text: 'Un carácter de más o de menos da un número que nadie conoce. Compáralo con el pedido.',
      },
      {
        title: 'Un problema técnico',
        text: 'El sistema del transportista puede ir lento o estar caído un rato. Prueba más tarde.',
      },
    ],
    whatHeading: 'Qué hacer',
    what: [
      'Revisa el número carácter a carácter en la página del pedido o en el correo de envío.',
      'Espera hasta tres días después del envío; nosotros seguimos comprobando por ti.',
      'Si después sigue sin aparecer, pide al vendedor el transportista y un número que funcione.',
    ],
    didYouMean: '¿Quisiste decir',
    orderHeading: 'Es un número de pedido, no de seguimiento',
    notNumberHeading: 'No es un número de seguimiento',
    notNumber: 'No lo reconocemos como número de ningún transportista que conozcamos.',
  },

  multi: {
    title: 'Tus paquetes',
    heading: (n) => `${n} paquetes`,
    error: 'No es un número de seguimiento',
    empty: 'No hay ningún número. Pega uno o varios en la página de búsqueda.',
  },
};
