/**
 * @module web/i18n/es
 * Textos de la interfaz en español.
 */
import { es as operator } from './operator/es.js';
import { es as track } from './track/es.js';
import type { UiStrings } from './types.js';

export const es: UiStrings = {
  languageName: 'Español',
  skipToContent: 'Ir al contenido',
  navLabel: 'Principal',
  languageLabel: 'Idioma',
  nav: {
    track: 'Rastrear',
    carriers: 'Transportistas',
    statuses: 'Estados',
    contacts: 'Contactos',
    api: 'API',
  },
  footer: 'Trackline muestra lo que informan los transportistas y dice qué fuente lo informó.',

  home: {
    title: 'Rastrear un paquete',
    searchTitle: (q) => `Búsqueda: ${q}`,
    description:
      'Pega un número de seguimiento o cuarenta: mira qué transportista lo tiene y qué significa.',
    heading: '¿Dónde está mi paquete?',
    label: 'Número de seguimiento — o varios, uno por línea',
    find: 'Buscar',
    youPasted: 'Has pegado',
    trackThis: 'Seguir este paquete',
    demoHeading: 'Paquetes de demostración',
    demoNote:
      'Vienen del simulador integrado de Trackline, no de un transportista real. Avanzan a medida que pasa el tiempo simulado.',
    notRecognised:
      'No reconocemos esto como número de seguimiento de ningún transportista conocido.',
    didYouMean: '¿Quisiste decir',
    confidenceTitle: 'Qué tan seguros estamos',
    checksum: {
      valid: 'dígito de control correcto',
      invalid: 'dígito de control incorrecto',
      none: 'este formato no tiene dígito de control',
    },
    tooMany: (n, max) => `Has pegado ${n} números; mostramos los primeros ${max}.`,
    lookalike: {
      aliexpress_order:
        'Es un número de pedido de AliExpress: identifica tu compra, no el paquete. Abre el pedido en Mis pedidos, luego Rastrear pedido, y copia el número de seguimiento cuando el vendedor lo envíe.',
      alibaba_order:
        'Parece un número de pedido de Alibaba.com, el acuerdo con tu proveedor. Pídele el transportista y el número de seguimiento, o mira la sección de envío del pedido.',
      shop_order:
        'Es un identificador de pedido de una tienda, no un número de transportista. Los datos de envío en la web de la tienda indican el transportista y el número.',
      phone:
        'Es un número de teléfono. Pega en su lugar el número de seguimiento del aviso de envío.',
      date: 'Es una fecha. Pega el número de seguimiento, normalmente letras y cifras como LP… o RB…CN.',
      price: 'Es un importe. Pega el número de seguimiento del pedido o del correo de envío.',
      email:
        'Es una dirección de correo. Pega el número de seguimiento, o el correo de envío completo para que lo encontremos.',
      postal_code:
        'Es un código postal. Pega el número de seguimiento; el destino lo indica el transportista.',
    },
    live: {
      wrong: 'dígito de control incorrecto',
      order: 'parece un número de pedido, no de seguimiento',
      phone: 'parece un número de teléfono',
      unknown: 'no reconocido',
    },
  },

  error: {
    notFoundTitle: 'No encontrado',
    errorTitle: 'Error',
    notFoundHeading: 'Aquí no hay nada',
    errorHeading: 'Algo no ha funcionado',
    notFoundMessage: (path) => `No existe ninguna página en ${path}.`,
    code: 'Código',
    back: 'Volver a la búsqueda',
  },

  carriers: {
    title: 'Transportistas',
    intro:
      'Todos los transportistas que Trackline reconoce, con sus formatos de número y cómo contactarlos.',
    searchLabel: 'Busca un transportista por nombre, identificador o país',
    search: 'Buscar',
    count: (n) => `Transportistas mostrados: ${n}`,
    noMatch: 'Ningún transportista coincide con esta búsqueda.',
    kinds: {
      origin_consolidator: 'Expedidores desde China',
      postal_operator: 'Operadores postales',
      express: 'Mensajería urgente',
      last_mile: 'Empresas de reparto local',
      aggregator: 'Agregadores de seguimiento',
    },
    country: 'País',
    kind: 'Tipo',
    worldwide: 'Todo el mundo',
    formats: 'Formatos de número',
    format: 'Formato',
    examples: 'Ejemplos',
    checkDigit: 'Dígito de control',
    yes: 'sí',
    no: 'no',
    noFormats: 'Aún no conocemos el formato de número de este transportista.',
    contact: 'Contacto',
    phone: 'Teléfono',
    email: 'Correo electrónico',
    noContact: 'No tenemos teléfono ni correo.',
    officialTracking: 'Página oficial de seguimiento',
    website: 'Sitio web',
    external: '(sitio externo)',
    sources: 'Qué fuente lo rastrea aquí',
    noSource: 'Todavía no hay ninguna fuente configurada.',
    source: 'Fuente',
    why: 'Por qué esta fuente',
    status: 'Estado',
    via: {
      carrier: 'el servicio de seguimiento del propio transportista',
      aggregator: 'un servicio de seguimiento que cubre a la mayoría de transportistas',
      'china-origin': 'Cainiao, que sigue los paquetes que salen de China',
      demo: 'el simulador integrado (datos de demostración)',
    },
    health: {
      healthy: 'Funciona con normalidad',
      trouble: 'Tiene problemas en este momento',
      unknown: 'Aún no hay ninguna comprobación registrada',
    },
    lastSuccess: (when) => `Última comprobación correcta: ${when}`,
    typicalTimes: 'Plazos habituales',
    days: (range) => `${range} días`,
    businessDays: (range) => `${range} días hábiles`,
    published: 'Cifras publicadas',
    observedHere: 'Observado aquí',
    seedService: (method, days) =>
      `${days} desde el primer escaneo hasta la entrega, según las guías publicadas para ${method}.`,
    seedClass: (method, serviceClass, days) =>
      `Las guías no dan cifra para ${method}; en la categoría «${serviceClass}» suele tardar ${days}.`,
    noSeed: 'Las guías publicadas no indican plazo de entrega para este transportista.',
    observed: (count, median, p90) =>
      `${count} paquetes entregados aquí: la mitad llegó en ${median} o menos, nueve de cada diez en ${p90} o menos.`,
    tooFewObserved: (min) =>
      `Nuestras propias cifras aparecerán cuando se hayan entregado aquí al menos ${min} de sus paquetes.`,
    s10: (country) => `Emite los números postales internacionales (UPU S10) de ${country}.`,
    back: 'Todos los transportistas',
  },

  statuses: {
    title: 'Glosario de estados',
    intro:
      'Cada palabra que Trackline usa para un paquete o un pedido, y lo que significa para ti.',
    status: 'Estados',
    milestone: 'Etapas',
    reason: 'Motivos',
    order: 'Estados del pedido',
    statusIntro: 'En qué situación está el paquete ahora mismo.',
    milestoneIntro: 'Cuánto ha avanzado el viaje, en orden.',
    reasonIntro: 'Por qué algo ha salido mal o requiere atención.',
    orderIntro: 'Lo que la tienda dice de tu pedido, aparte del paquete.',
    normal: { yes: 'Etapa normal', usually: 'Normalmente normal', no: 'Requiere atención' },
  },

  contacts: {
    title: 'Contactos por país',
    intro:
      'Oficinas de correos y aduanas a las que llamar cuando un paquete está parado en tu país.',
    postOffice: 'Correos',
    customs: 'Aduana',
    none: 'No tenemos número.',
    missing: 'La lista de contactos no está disponible ahora mismo.',
  },

  retailer: {
    title: (name) => `${name}: seguimiento y entrega`,
    description: (name) =>
      `Dónde encontrar tu número de seguimiento de ${name}, cuánto tarda la entrega y qué significa cada estado.`,
    facts: 'Datos de la empresa',
    founded: 'Fundada',
    headquarters: 'Sede',
    parent: 'Empresa matriz',
    countries: 'Envía a',
    countriesCount: (n) => `más de ${n} países y territorios`,
    users: 'Usuarios activos al mes',
    employees: 'Empleados',
    typicalDelivery: 'Entrega habitual',
    findNumber: 'Dónde encontrar el número de seguimiento',
    methods: 'Métodos de envío y plazos habituales',
    method: 'Método',
    typical: 'Plazo habitual',
    observed: 'Observado aquí',
    days: (min, max) => `${min}–${max} días`,
    businessDays: (min, max) => `${min}–${max} días laborables`,
    exactDays: (d) => `${d} días`,
    statuses: 'Los estados que verás',
    statusesIntro: 'La tienda muestra estas palabras (aquí en inglés); al lado, lo que significan.',
    retailerSays: 'La tienda dice',
    ourWords: 'Nuestro término',
    meaning: 'Qué significa',
    channels: 'Cómo contactarlos',
    faq: 'Preguntas frecuentes',
    sourceNote:
      'Cifras tomadas de páginas de ayuda publicadas; pueden cambiar y no son una promesa.',
  },

  api: {
    title: 'API',
    intro:
      'Los datos de cada página también están disponibles en JSON. El documento OpenAPI 3.1 describe cada ruta.',
    document: 'Documento OpenAPI',
    parameters: 'Parámetros',
    responses: 'Respuestas',
    required: 'obligatorio',
  },

  track,

  operator,
};
