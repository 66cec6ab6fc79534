/**
 * @module core/status/labels/es
 * Las palabras en español de los estados: etiquetas cortas y explicaciones sencillas para
 * quien espera un paquete que viene de China.
 */
import type { StatusTexts } from './types.js';

export const es: StatusTexts = {
  status: {
    pending: [
      'Esperando información',
      'El número de seguimiento está registrado, pero el transportista todavía no ha informado de nada. Es lo habitual con un número recién creado: los primeros movimientos suelen verse entre 24 y 72 horas después del envío.',
    ],
    info_received: [
      'Etiqueta creada',
      'El vendedor ha preparado el envío y ha pasado los datos al transportista, pero nadie ha escaneado todavía el paquete. Es frecuente pasar de dos a cinco días sin novedades en esta fase.',
    ],
    in_transit: [
      'En tránsito',
      'Tu paquete avanza por la red del transportista. Desde China, el viaje completo suele durar de dos a seis semanas con el envío estándar, y es normal que pasen varios días sin actualizaciones.',
    ],
    out_for_delivery: [
      'En reparto',
      'Un repartidor lleva tu paquete y debería entregarlo hoy. Ten el móvil a mano y asegúrate de que alguien pueda recibirlo.',
    ],
    failed_attempt: [
      'Entrega fallida',
      'El repartidor pasó pero no pudo entregar el paquete, casi siempre porque no había nadie. Espera un segundo intento o un aviso con el punto de recogida; si en dos días no pasa nada, llama a la empresa de reparto local.',
    ],
    available_for_pickup: [
      'Listo para recoger',
      'Tu paquete te espera en una oficina de correos, un punto de recogida o un casillero. Lleva tu documento o el código de recogida y no tardes: suelen guardarlo unos 15 días antes de devolverlo.',
    ],
    delivered: [
      'Entregado',
      'El transportista indica que el paquete se entregó. Si no lo encuentras, revisa el buzón, pregunta a los vecinos o en conserjería y contacta con el transportista local, y no confirmes la recepción en la tienda hasta tenerlo.',
    ],
    exception: [
      'Incidencia en la entrega',
      'Algo ha frenado el envío: aduanas, un problema con la dirección, una devolución o daños. El último movimiento indica la causa, y normalmente hace falta que actúes tú, el vendedor o el transportista.',
    ],
    expired: [
      'Seguimiento detenido',
      'Hace tanto tiempo que no hay novedades que el seguimiento se ha detenido. El paquete aún puede llegar, pero si tu protección al comprador está a punto de terminar, escribe al vendedor y abre una disputa antes de que venza.',
    ],
  },
  milestone: {
    label_created: [
      'Etiqueta creada',
      'El vendedor ha generado la etiqueta y el transportista sabe que el paquete va a llegar, pero aún no lo tiene. Un número nuevo suele tardar de 24 a 72 horas en mostrar algo, así que todavía no hay motivo de preocupación.',
    ],
    picked_up: [
      'Recogido',
      'El transportista ha recogido el paquete y lo ha registrado. A partir de ahora deberían llegar actualizaciones, normalmente en uno o dos días.',
    ],
    origin_facility: [
      'En centro de clasificación',
      'El paquete está en un centro de clasificación o almacén del país de origen, casi siempre China, agrupándose con otros que van hacia tu zona. Suele llevar de uno a pocos días.',
    ],
    export_customs: [
      'Aduana de exportación',
      'El paquete pasa la aduana antes de salir del país de origen. Es un trámite rutinario que suele durar uno o dos días.',
    ],
    departed_origin: [
      'Salió del país de origen',
      'El paquete ya ha salido del país de origen, a menudo en avión. Es normal no ver novedades durante unos días mientras viaja.',
    ],
    international_transit: [
      'Tránsito internacional',
      'El paquete viaja entre países, normalmente en avión. En este tramo es habitual pasar varios días sin datos, incluso una o dos semanas con los envíos económicos.',
    ],
    transit_hub: [
      'En país de tránsito',
      'El paquete hace escala en un centro logístico de otro país camino de tu casa. Es una parada normal que suele durar de uno a pocos días.',
    ],
    arrived_destination: [
      'Llegó a tu país',
      'El paquete ya está en tu país y ahora pasará la aduana antes de que lo tome una empresa de reparto local. El despacho suele llevar unos días.',
    ],
    import_customs: [
      'En aduanas',
      'La aduana de tu país está revisando el paquete y los posibles impuestos de importación. Suele tardar desde unas horas hasta una semana; vigila tu correo y tus SMS por si te piden algo.',
    ],
    customs_released: [
      'Despachado en aduana',
      'La aduana ha liberado el paquete y puede seguir hacia tu dirección. La empresa de reparto local suele hacerse cargo en pocos días.',
    ],
    handed_to_last_mile: [
      'Con el transportista local',
      'El paquete está ya con la empresa que reparte en tu país, a veces con un número de seguimiento nuevo. Su primer escaneo puede tardar unos días, así que consulta también su web.',
    ],
    destination_facility: [
      'En centro de reparto',
      'El paquete está en un centro de clasificación u oficina de reparto cerca de ti. La entrega suele llegar en uno a tres días.',
    ],
    out_for_delivery: [
      'En reparto',
      'El paquete va con el repartidor y debería llegar hoy. Procura que haya alguien para recibirlo.',
    ],
    pickup_point: [
      'En punto de recogida',
      'El paquete te espera en una oficina de correos, un punto de recogida o un casillero. Recógelo dentro del plazo, que suele ser de unos 15 días, o lo devolverán.',
    ],
    delivered: [
      'Entregado',
      'El paquete se ha entregado o dejado en tu dirección. Si no aparece, pregunta primero a los vecinos y al transportista local.',
    ],
    returning: [
      'Devolviéndose al remitente',
      'El paquete vuelve al vendedor, por ejemplo tras varios intentos fallidos, un problema de dirección o un rechazo en aduana. Pide al vendedor un reenvío o el reembolso, y guarda capturas de pantalla.',
    ],
    returned: [
      'Devuelto al remitente',
      'El paquete ha vuelto al vendedor. Pídele que lo reenvíe o que te devuelva el dinero; si no lo hace, abre una disputa con capturas del seguimiento.',
    ],
  },
  reason: {
    customs_held: [
      'Retenido en aduanas',
      'La aduana retiene el paquete para revisarlo o porque necesita más datos. Suele resolverse en días; estate atento a los avisos de aduanas o del transportista, y contacta con ellos si no cambia nada en mucho tiempo.',
    ],
    customs_payment_due: [
      'Impuestos pendientes',
      'Hay que pagar aranceles o impuestos antes de que la aduana libere el paquete. Paga solo por el canal oficial del transportista o de aduanas, y hazlo pronto para evitar la devolución.',
    ],
    customs_documents_needed: [
      'Documentación requerida',
      'La aduana necesita datos o documentos tuyos, como una factura o tu identificación, para liberar el paquete. Responde rápido: si no contestas, pueden devolverlo.',
    ],
    customs_refused: [
      'Rechazado en aduanas',
      'La aduana ha rechazado o decomisado el paquete, así que no se entregará. Pide un documento oficial con el motivo y úsalo para reclamar el reembolso al vendedor.',
    ],
    address_problem: [
      'Problema con la dirección',
      'No se pudo entregar porque la dirección es incorrecta, está incompleta o no se lee. Revisa la de tu pedido y facilita al transportista local lo que falte, como el piso o la puerta.',
    ],
    recipient_absent: [
      'Destinatario ausente',
      'El repartidor no encontró a nadie para entregar el paquete. Busca un aviso con el nuevo intento o el punto donde lo han dejado.',
    ],
    refused: [
      'Rechazado en la entrega',
      'El paquete se rechazó en el momento de la entrega. Si no era tu intención, llama cuanto antes al transportista para que no lo devuelva.',
    ],
    business_closed: [
      'Negocio cerrado',
      'La dirección es un negocio que estaba cerrado cuando pasó el repartidor. Suele haber otro intento el siguiente día laborable.',
    ],
    unclaimed: [
      'No recogido a tiempo',
      'Nadie recogió el paquete dentro del plazo, normalmente unos 15 días, así que vuelve al remitente. Llama ya al transportista por si todavía sigue allí.',
    ],
    returning_to_sender: [
      'En devolución',
      'El paquete va de vuelta al vendedor. Ponte en contacto con él para acordar un nuevo envío o el reembolso.',
    ],
    returned_to_sender: [
      'De vuelta al remitente',
      'El paquete ha llegado de nuevo al vendedor. Pide un reenvío o el reembolso, y abre una disputa si no te ayuda.',
    ],
    lost: [
      'Extraviado',
      'El transportista da el paquete por perdido. Pide al vendedor el reembolso o una reposición, y abre una disputa con capturas del seguimiento si hace falta.',
    ],
    damaged: [
      'Dañado',
      'El paquete sufrió daños por el camino. Haz fotos del embalaje y del contenido y escribe al vendedor: un artículo dañado da derecho a reembolso o cambio.',
    ],
    destroyed: [
      'Destruido',
      'El paquete fue destruido, normalmente por la aduana o tras un incidente grave, y no llegará. Pide el reembolso al vendedor o abre una disputa.',
    ],
    cancelled: [
      'Envío cancelado',
      'El envío se canceló y no saldrá. Revisa tu pedido y pregunta al vendedor si lo volverá a enviar o te devolverá el dinero.',
    ],
    delayed: [
      'Con retraso',
      'El paquete se ha retrasado en algún punto, pero sigue avanzando. Pasa mucho en fiestas y grandes rebajas, y suele recuperarse en pocos días.',
    ],
    weather: [
      'Retraso por el tiempo',
      'El mal tiempo está frenando el transporte. El paquete seguirá su camino cuando mejore, normalmente en pocos días.',
    ],
    misrouted: [
      'Desvío en la ruta',
      'El paquete fue a parar a un sitio equivocado y lo están redirigiendo, lo que suele sumar unos días. Si el seguimiento sigue mostrando otra ciudad u otro país, avisa al vendedor.',
    ],
    prohibited_item: [
      'Artículo prohibido',
      'El paquete lleva algo que no se puede enviar o importar, por lo que está retenido o en devolución. Habla con el vendedor para que te reembolse.',
    ],
    other: [
      'Incidencia sin detalle',
      'El transportista ha comunicado un problema sin decir cuál. Lee el último movimiento y contacta con el transportista o el vendedor si no se resuelve pronto.',
    ],
  },
  order: {
    placed: [
      'Pedido realizado',
      'Has hecho el pedido y el vendedor ya está avisado. Después vienen el pago y la preparación.',
    ],
    awaiting_payment: [
      'Pendiente de pago',
      'El pedido espera a que se confirme tu pago. No se enviará nada hasta entonces.',
    ],
    awaiting_clarification: [
      'Esperando tu respuesta',
      'El vendedor necesita que le aclares algo, como la talla, el color o un dato de la dirección, para seguir. Mira tus mensajes y contesta para no retrasar el pedido.',
    ],
    amount_updated: [
      'Importe actualizado',
      'El vendedor ha cambiado el total, por ejemplo el precio del artículo o los gastos de envío. Revisa el nuevo importe antes de seguir.',
    ],
    processing: [
      'En proceso',
      'El pedido se está procesando y puede que el pago aún se esté confirmando. Los vendedores suelen tardar entre un día y una semana en enviarlo.',
    ],
    paid: [
      'Pagado',
      'El pago está confirmado y el vendedor prepara el envío. El número de seguimiento llegará cuando salga.',
    ],
    packed: [
      'Empaquetado',
      'El vendedor ha empaquetado tu pedido y está listo para dárselo al transportista.',
    ],
    consolidated: [
      'Agrupado en un paquete',
      'Tus artículos se han juntado con otros en un único paquete, así que varios pedidos pueden compartir número de seguimiento. Es normal y muchas veces más rápido.',
    ],
    invoice_available: [
      'Factura disponible',
      'El vendedor ha emitido la factura; la encontrarás en los detalles del pedido.',
    ],
    shipped: [
      'Enviado',
      'El vendedor ha enviado el pedido y normalmente ya hay número de seguimiento. Pueden pasar de 24 a 72 horas hasta que el transportista muestre los primeros movimientos.',
    ],
    completed: [
      'Completado',
      'El pedido está cerrado: entregado y confirmado, o finalizado por la tienda. Por lo general aún puedes abrir una disputa durante unos 15 días tras la entrega.',
    ],
    cancelled: [
      'Cancelado',
      'El pedido lo cancelaste tú o el vendedor y no se enviará. Si pagaste, te deben devolver el dinero.',
    ],
    refunded: [
      'Reembolsado',
      'Te han devuelto el dinero. Puede tardar un par de semanas en aparecer, según tu método de pago.',
    ],
    abandoned: [
      'Abandonado',
      'El pedido nunca se completó, por ejemplo porque el pago quedó a medias, y se ha cerrado. No se enviará nada.',
    ],
    unfulfillable: [
      'No se puede completar',
      'El vendedor no puede servir el pedido, por ejemplo por falta de stock o porque no envía a tu dirección. Lo normal es que se cancele y te reembolsen.',
    ],
  },
  progress: {
    ordered: ['Pedido', 'El pedido se ha hecho al vendedor.'],
    shipped: ['Enviado', 'El vendedor ha mandado el paquete o creado su etiqueta.'],
    picked_up: ['Recogido', 'El transportista ya tiene el paquete.'],
    left_origin: ['Salió de origen', 'El paquete ha salido del país del vendedor.'],
    arrived_destination: ['En tu país', 'El paquete ha llegado a tu país.'],
    customs_cleared: ['Aduana superada', 'La aduana ha dejado pasar el paquete.'],
    out_for_delivery: [
      'En reparto',
      'El paquete está en el último tramo, con el repartidor o en un punto de recogida.',
    ],
    delivered: ['Entregado', 'El paquete ya está contigo.'],
  },
};
