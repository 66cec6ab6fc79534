/**
 * @module core/advice/texts/es
 * Frases de consejo en español.
 */
import type { AdviceTexts } from './types.js';

export const es: AdviceTexts = {
  headline: {
    order_closed: [
      'Este pedido está cerrado',
      'La tienda cerró el pedido {orderNumber}, así que ya no se puede abrir una nueva disputa sobre él.',
    ],
    dispute_open: [
      'Tu disputa está en marcha',
      'Ya hay una disputa abierta para el pedido {orderNumber}. Solo se permite una por pedido: sigue completando esa.',
    ],
    not_found_recent: [
      'Aún no aparece en los transportistas',
      'Un número nuevo suele tardar entre 24 y 72 horas en mostrar su primer escaneo. Es normal justo después del envío.',
    ],
    not_found_old: [
      'Este número sigue sin mostrar nada',
      'Han pasado más de tres días y ningún transportista reconoce {trackingNumber}. Puede que esté mal escrito o que el vendedor diera uno equivocado.',
    ],
    wrong_country: [
      'Va hacia otro país',
      'El seguimiento apunta a un país distinto del de tu pedido. El número podría ser de otra persona o el paquete se desvió.',
    ],
    returned: [
      'Devuelto al vendedor',
      'El paquete volvió al remitente. Causas habituales: un problema con la dirección, un paquete no recogido, un rechazo en aduana o un error del transportista.',
    ],
    returning: [
      'De vuelta hacia el vendedor',
      'El transportista está devolviendo el paquete. Averigua el motivo ya: a veces la devolución aún se puede frenar.',
    ],
    delivered_not_received: [
      'Figura como entregado, pero no lo tienes',
      'No confirmes la recepción. Busca primero en los sitios habituales, luego pregunta al transportista dónde lo dejó y guarda cada respuesta como prueba.',
    ],
    wrong_city: [
      'El lugar de entrega no coincide con tu ciudad',
      'El último escaneo fue en {city}, no en la ciudad de tu pedido. A veces los centros locales están en otra localidad, pero compruébalo.',
    ],
    delivered: [
      'Entregado',
      'El transportista indica que el paquete se entregó. Revisa el contenido antes de confirmar la recepción.',
    ],
    customs_refused: [
      'Rechazado o retenido definitivamente en aduana',
      'La aduana no va a liberar este paquete. Pide la resolución oficial: es tu mejor prueba en una disputa.',
    ],
    customs_payment_due: [
      'Hay cargos de importación pendientes',
      'La aduana o el transportista espera el pago de aranceles o impuestos antes de entregar. Paga solo a través del aviso oficial.',
    ],
    customs_documents_needed: [
      'La aduana pide documentos',
      'El paquete sigue retenido hasta que la aduana reciba los papeles solicitados. Sin ellos podría devolverse.',
    ],
    customs_held: [
      'Retenido en aduana',
      'La aduana está revisando el paquete. Suele llevar unos días; atento a un mensaje de la aduana o del transportista.',
    ],
    lost_or_damaged: [
      'Reportado como perdido o dañado',
      'El transportista informa de un problema con el propio paquete. Consigue su declaración y pide una solución al vendedor.',
    ],
    failed_attempt: [
      'Intento de entrega fallido',
      'El repartidor no pudo entregar el paquete. Programa una nueva entrega o recógelo antes de que acabe el plazo de custodia.',
    ],
    pickup_waiting: [
      'Esperando a que lo recojas',
      'El paquete está en un punto de recogida o taquilla. Si nadie lo recoge a tiempo, vuelve al remitente.',
    ],
    out_for_delivery: ['En reparto', 'El repartidor tiene el paquete y debería llegar pronto.'],
    exception: [
      'El transportista informa de una incidencia',
      'Algo interrumpió la entrega. Lee el último evento y consulta con el transportista.',
    ],
    silence_transit_long: [
      'Sin noticias desde hace {days} días',
      'Incluso en las líneas económicas más lentas, los paquetes suelen llegar en unos 30 días desde su último escaneo de tránsito. Es momento de insistir al vendedor y preparar una disputa.',
    ],
    silence_destination_long: [
      'Parado en tu país desde hace {days} días',
      'El paquete llegó a tu país, pero el transportista local no muestra nada desde hace mucho. Contáctalo directamente.',
    ],
    silence_beyond_lane: [
      'Más tiempo del habitual en esta etapa',
      'Sin noticias desde hace {days} días: más de lo que pasa en esta etapa el 90 % de los paquetes de esta ruta ({p90Days} días).',
    ],
    silence_within_lane: [
      'Sin movimiento, pero dentro de lo normal',
      'Sin noticias desde hace {days} días, algo que sigue dentro de lo habitual para esta etapa en esta ruta.',
    ],
    silence_just_issued: [
      'Etiqueta creada, esperando el primer escaneo',
      'El primer escaneo del transportista suele tardar entre 24 y 72 horas, y unos días sin novedades tras el envío son frecuentes.',
    ],
    silence_no_handover: [
      '¿Todavía sin entregar al transportista?',
      'La etiqueta existe, pero ningún transportista ha escaneado el paquete en {days} días. Pregunta al vendedor si de verdad salió.',
    ],
    silence_origin: [
      'Sin movimiento en el país de origen',
      'Sin novedades desde hace {days} días antes de la salida. Las pausas cortas son comunes; una más larga merece una pregunta al vendedor.',
    ],
    silence_transit: [
      'Sin movimiento en el tránsito internacional',
      'Sin novedades desde hace {days} días. Los vuelos y centros de tránsito a menudo no escanean nada durante un tiempo; vigila tu protección al comprador.',
    ],
    silence_customs: [
      'La aduana se está tomando su tiempo',
      'El paquete lleva {days} días en aduana. El despacho suele tardar de 2 a 7 días hábiles.',
    ],
    silence_destination: [
      'Ya en tu país: revisa el transportista local',
      'Sin novedades desde hace {days} días tras la llegada. El transportista local suele mostrar más con su propio número ({lastMileNumber}).',
    ],
    moving: ['En camino', 'Nada fuera de lo normal por ahora. Seguimos comprobándolo por ti.'],
    protection_ending: [
      'La protección al comprador termina pronto',
      'El último día para abrir una disputa del pedido {orderNumber} es el {lastDay}. Si el paquete no ha llegado para entonces, ábrela antes de esa fecha.',
    ],
    protection_passed: [
      'La protección al comprador ha terminado',
      'El último día para abrir una disputa ({lastDay}) ya pasó. Solo el servicio de atención de la tienda puede ayudarte ahora.',
    ],
  },
  action: {
    check_typo: 'Revisa el número: ¿querías decir {suggestions}?',
    wait_activation: 'Deja pasar de 24 a 72 horas desde el envío y vuelve a comprobarlo.',
    try_other_sites: 'Prueba también el número en la web del transportista y en Cainiao.',
    ask_seller_number:
      'Pregunta al vendedor qué transportista lleva el paquete y pídele un número que funcione.',
    wait_and_check_later: 'Por ahora no hace falta hacer nada: vuelve a mirar en unos días.',
    ask_seller_handover: 'Pide al vendedor que confirme que entregó el paquete al transportista.',
    check_local_carrier:
      'Consulta el número del transportista local ({lastMileNumber}) en su propia web.',
    contact_carrier:
      'Contacta con el transportista con tu número de seguimiento y pregunta qué ocurre.',
    check_customs_messages:
      'Busca un correo, SMS o carta de la aduana o del transportista, también en la carpeta de spam.',
    verify_address_phone:
      'Comprueba que la dirección y el teléfono del pedido estén completos y correctos.',
    contact_customs:
      'Si no recibes nada, llama a la oficina de aduanas indicada abajo con tu número de seguimiento.',
    pay_duties_official:
      'Paga solo mediante el aviso oficial de la aduana o del transportista, nunca por un enlace en un mensaje inesperado.',
    send_customs_documents: 'Envía cuanto antes a la aduana los documentos que pidió.',
    ask_seller_invoice:
      'Pide al vendedor la factura o cualquier otro documento que necesite la aduana.',
    get_customs_document:
      'Consigue el documento oficial de la aduana que explica por qué se detuvo el paquete.',
    arrange_redelivery:
      'Programa una nueva entrega con el transportista, con el aviso o en su web.',
    fix_address_with_carrier:
      'Da al transportista los datos de dirección que faltan (piso, código de acceso, nombre en el buzón).',
    collect_at_pickup:
      'Recoge el paquete en el punto de recogida o la taquilla antes del último día.',
    bring_id_and_code: 'Lleva un documento de identidad y el código o aviso que recibiste.',
    prepare_to_receive:
      'Mantente localizable hoy: ten el móvil a mano y, si puedes, a alguien en casa.',
    search_around: 'Repasa la lista de abajo: buzón, puerta, vecinos, conserjería, taquilla.',
    ask_carrier_delivery_proof:
      'Si no aparece, contacta con el transportista local en uno o dos días y pide una prueba: foto, firma o ubicación GPS.',
    message_seller: 'Escribe al vendedor desde la página del pedido y guarda la conversación.',
    do_not_confirm_receipt: 'No confirmes la recepción de un paquete que no tienes.',
    open_dispute: 'Si el vendedor no lo soluciona, abre una disputa desde la página del pedido.',
    open_dispute_before_deadline:
      'Abre una disputa antes del {lastDay} si el paquete no ha llegado; no esperes más promesas.',
    prepare_evidence: 'Reúne tus pruebas ya (mira la lista de abajo).',
    save_screenshots: 'Haz capturas de pantalla de la página de seguimiento y de tu pedido.',
    check_return_reason: 'Busca en los eventos de seguimiento el motivo de la devolución.',
    ask_seller_resend: 'Pregunta al vendedor si puede enviarlo de nuevo.',
    no_payment_outside_platform: 'No pagues nada extra fuera del sistema de pago de la tienda.',
    compare_address: 'Compara el lugar que muestra el seguimiento con la dirección de tu pedido.',
    check_and_confirm:
      'Abre el paquete, revisa los artículos y solo entonces confirma la recepción.',
    photograph_damage:
      'Si algo está roto o falta, fotografía la caja y el contenido antes de tirar nada.',
    follow_dispute:
      'Responde al vendedor y a la plataforma dentro del plazo que indica la página de la disputa.',
    add_evidence_to_dispute:
      'Añade las nuevas pruebas a la disputa abierta en lugar de abrir otra.',
    contact_support:
      'Contacta con la atención al cliente de la tienda y explica tu caso con tus pruebas.',
    dispute_window_passed: 'Ya no se puede abrir una disputa: el plazo permitido ha pasado.',
    dispute_already_open: 'No se puede abrir otra disputa: este pedido ya tiene una.',
    dispute_order_closed:
      'No se puede abrir una disputa en un pedido cerrado (reembolsado o con recepción confirmada).',
    consolidated_one_parcel:
      'Varios de tus pedidos viajan juntos con este único número: es normal y supone una sola entrega.',
    split_track_all: 'Este pedido se dividió en varios paquetes: sigue cada número.',
    split_wait_all:
      'Espera a que lleguen todos los paquetes del pedido antes de confirmar la recepción.',
  },
  deadline: {
    dispute_last_day: 'Último día para abrir una disputa: {date}.',
    dispute_reminder: 'Recordatorio el {date}: la protección al comprador termina el {lastDay}.',
    dispute_after_delivery: 'Último día para abrir una disputa tras la entrega: {date}.',
    pickup_last_day: 'Último día para recogerlo: {date}.',
  },
  template: {
    seller_no_update: {
      subject: 'Pedido {orderNumber}: sin novedades de seguimiento desde hace {days} días',
      body: 'Hola:\n\nEl número de seguimiento {trackingNumber} de mi pedido {orderNumber} (realizado el {orderDate}) no ha cambiado en {days} días. ¿Podría comprobar con el transportista que el paquete sigue en camino? Si tiene un número nuevo, por favor envíemelo.\n\nGracias.',
    },
    seller_invalid_number: {
      subject: 'Pedido {orderNumber}: el número de seguimiento no funciona',
      body: 'Hola:\n\nNinguna web de seguimiento reconoce el número {trackingNumber} de mi pedido {orderNumber} (realizado el {orderDate}). Por favor, dígame qué transportista lleva el paquete y envíeme un número que funcione.\n\nGracias.',
    },
    seller_not_received: {
      subject: 'Pedido {orderNumber}: figura como entregado pero no lo he recibido',
      body: 'Hola:\n\nEl seguimiento del pedido {orderNumber} ({trackingNumber}) indica que se entregó el {deliveredDate}, pero no lo tengo. He revisado el buzón, la puerta, a los vecinos y al transportista local. Por favor, envíeme la prueba de entrega o ayúdeme a localizar el paquete. Si no aparece, abriré una disputa.\n\nGracias.',
    },
    carrier_not_received: {
      subject: 'Paquete {trackingNumber}: figura entregado pero no lo he recibido',
      body: 'Hola:\n\nSu seguimiento muestra el paquete {trackingNumber} como entregado el {deliveredDate}, pero nunca me llegó. ¿Podrían decirme exactamente dónde y a quién se entregó, y enviarme la foto o la firma de entrega si la tienen?\n\nGracias.',
    },
    dispute_delivered_not_received: {
      body: 'El seguimiento de {trackingNumber} indica «entregado» el {deliveredDate}, pero nunca recibí el paquete. La dirección de mi pedido es correcta. He consultado con el transportista local y con mis vecinos, y el paquete no me fue entregado. Solicito el reembolso completo.',
    },
    seller_protection_ending: {
      subject: 'Pedido {orderNumber}: la protección al comprador termina el {lastDay}',
      body: 'Hola:\n\nMi protección al comprador del pedido {orderNumber} termina el {lastDay} y el paquete ({trackingNumber}) todavía no ha llegado. Por favor, dígame dónde está. Si no tengo noticias claras antes de esa fecha, abriré una disputa para proteger mi pedido.\n\nGracias.',
    },
    dispute_not_received: {
      body: 'Hice el pedido el {orderDate} (pedido {orderNumber}) y el paquete {trackingNumber} no me ha llegado. El seguimiento no muestra ninguna entrega y el vendedor no ha resuelto el problema. Solicito el reembolso completo.',
    },
    seller_wrong_address: {
      subject: 'Pedido {orderNumber}: el seguimiento muestra otro destino',
      body: 'Hola:\n\nEl seguimiento de {trackingNumber} muestra el paquete yendo a un lugar que no es la dirección de mi pedido {orderNumber}. Por favor, revise el número y envíeme la información de seguimiento correcta.\n\nGracias.',
    },
    dispute_wrong_address: {
      body: 'El seguimiento de {trackingNumber} muestra el paquete yendo a un lugar distinto de la dirección del pedido {orderNumber}. Adjunto capturas del seguimiento y de la dirección de mi pedido. El paquete no viene hacia mí, por lo que solicito el reembolso completo.',
    },
    seller_returned: {
      subject: 'Pedido {orderNumber}: paquete devuelto al remitente',
      body: 'Hola:\n\nEl seguimiento de {trackingNumber} muestra que mi pedido {orderNumber} está volviendo a usted. ¿Puede decirme el motivo y enviarlo de nuevo a la dirección del pedido? Si no es posible reenviarlo, pediré un reembolso.\n\nGracias.',
    },
    dispute_returned: {
      body: 'El paquete {trackingNumber} del pedido {orderNumber} fue devuelto al vendedor, como muestra el seguimiento adjunto. No he recibido mi pedido y solicito el reembolso completo.',
    },
    seller_customs_documents: {
      subject: 'Pedido {orderNumber}: documentos solicitados por la aduana',
      body: 'Hola:\n\nLa aduana retiene mi paquete {trackingNumber} (pedido {orderNumber}) y pide documentos. Por favor, envíeme cuanto antes la factura y cualquier otro papel necesario para el despacho.\n\nGracias.',
    },
    dispute_customs: {
      body: 'La aduana no liberó el paquete {trackingNumber} del pedido {orderNumber}. Adjunto el documento oficial de la aduana con el motivo. No he recibido mi pedido y solicito un reembolso.',
    },
  },
  notReceived: {
    mailbox: 'Tu buzón',
    door: 'Junto a tu puerta, en el portal o en el jardín',
    locker: 'Una taquilla de paquetes cercana',
    reception: 'La recepción, la conserjería o el cuarto de paquetes del edificio',
    neighbours: 'Tus vecinos',
    household: 'Familiares o compañeros de piso',
    post_office: 'La oficina de correos o el punto de recogida más cercano',
    carrier_proof: 'Los datos de entrega del transportista: foto, firma o lugar',
  },
  evidence: {
    tracking_number: 'Captura del número de seguimiento',
    tracking_history: 'Captura de todo el historial de seguimiento',
    order_details: 'Captura de los detalles del pedido',
    address: 'Captura de tu dirección de entrega',
    carrier_reply: 'La respuesta del transportista, si la tienes',
    wrong_place: 'Captura que muestre la ciudad o el país equivocado, si ese es el problema',
    seller_messages: 'Tus mensajes con el vendedor',
    not_delivered_proof: 'Cualquier cosa que muestre que el paquete no llegó a tu dirección',
    protection_time: 'Captura del plazo de protección al comprador o de la entrega estimada',
  },
  note: {
    zone_assumed: 'No conocemos tu zona horaria, así que las fechas se cuentan en UTC.',
    lane_p90:
      'En esta ruta, el 90 % de los paquetes sale de esta etapa en {p90Days} días como mucho.',
  },
  contactName: { customs: 'Aduana', post_office: 'Oficina de correos', seller: 'Vendedor' },
  missing: {
    orderNumber: '[número de pedido]',
    trackingNumber: '[número de seguimiento]',
    orderDate: '[fecha del pedido]',
    deliveredDate: '[fecha de entrega]',
    lastDay: '[último día]',
    days: 'varios',
    lastMileNumber: 'el número local',
    suggestions: 'un número parecido',
    date: '[fecha]',
    daysLeft: '?',
    p90Days: '?',
    city: 'otra ciudad',
  },
};
