/**
 * @module core/classify/rules/es
 * Spanish text rules (Correos, SEUR, MRW and Latin American posts). "No entregado",
 * "intento de entrega" and "en oficina de reparto" come before "entregado".
 */
import { GENERIC, L, type LanguageRules } from './labels.js';

export const ES: LanguageRules = {
  lang: 'es',
  hints: [
    'el',
    'la',
    'los',
    'las',
    'del',
    'en',
    'envio',
    'paquete',
    'entregado',
    'entrega',
    'recogida',
    'oficina',
    'centro',
    'aduana',
    'aduanas',
    'destinatario',
    'remitente',
    'transito',
    'llegada',
    'salida',
    'admitido',
    'reparto',
    'pais',
    'destino',
    'su',
    'ha',
    'sido',
    'por',
    'con',
    'al',
  ],
  rules: [
    // Not yet handed over by the sender: data only.
    [
      'not-yet-handed',
      /(?:pendiente de|a la espera de|esperando) (?:la )?(?:recogida|ser recogid[oa]) (?:por|de) (?:el |parte del )?(?:transportista|mensajero|courier|operador)|(?:pendiente de|a la espera de) (?:la )?recogida en (?:el )?(?:domicilio|almacen) del (?:remitente|vendedor)|aun no (?:ha sido |se ha |fue )?(?:entregad[oa]|depositad[oa]|admitid[oa])(?: por el remitente| en (?:la )?oficina)?/,
      L.infoReceived,
    ],
    [
      'export-held',
      /export[^.;]*?(?:retenid|deten)|(?:retenid|detenid)[^.;]*?exportacion/,
      L.exportHeld,
    ],
    [
      'customs-refused',
      /(?:rechazad|decomisad|incautad|confiscad)[^.;]*?aduana|aduana[^.;]*?(?:rechaz|decomis|incaut|confisc)/,
      L.customsRefused,
    ],
    [
      'customs-payment-early',
      /(?:pague|abone|paga|abona) (?:los |las |el |sus |tus )?(?:aranceles|impuestos|tasas|derechos|iva)|a la espera del pago|pendiente de pago/,
      L.customsPayment,
    ],
    [
      'customs-released',
      /superado el tramite|(?:pasado|superado|pasó) (?:el |los )?(?:control(?:es)? aduaner|control de aduana|aduana)|(?<!(?:sea|sera|ser|pueda ser) )(?:despachad|liberad|devuelt|salid|sale)[^.;]*?(?:de )?(?:la )?aduana|(?:despacho|tramite|tramitacion) (?:de )?(?:aduanas?|aduanero) (?:finalizad|completad|realizad)|aduana (?:finalizad|completad|superad)|despachado(?! (?:desde|hacia|al extranjero|con destino|a destino))/,
      L.customsReleased,
    ],
    [
      'export-customs',
      /tramite de exportacion|aduana de origen|aduana de (?:exportacion|salida)|despacho de exportacion/,
      L.exportCustoms,
    ],
    [
      'customs-payment',
      /espera del pago|(?:necesario|debe|debes|tienes que|hay que|requiere|requerido) (?:pagar|abonar)|(?:pagar|abonar) (?:el |los |las )?(?:iva|impuestos|aranceles|derechos|tasas)|pago del (?:iva|arancel|impuesto)|(?:pago|pagar|abonar|importe|aranceles|impuestos|derechos|tasas|iva)[^.;]*?(?:pendiente|aduan|importacion|requerido)|pendiente de pago|(?:aranceles|impuestos) (?:pendientes|a pagar)|gastos (?:de aduana|de importacion)|pendientes? de pago|pagalos/,
      L.customsPayment,
    ],
    [
      'customs-docs',
      /falta(?:n)? (?:la |el |los |las )?(?:factura|documenta|documento|dni|nif|informacion)|(?:factura|documentacion|documentos)[^.;]*?(?:falta|necesari|requerid)|(?:documentacion|documentos|informacion|factura|dni|nif)[^.;]*?(?:aduan|despacho)|aduana[^.;]*?(?:documentacion|documentos|informacion)|pendiente de (?:documentacion|documentos)/,
      L.customsDocs,
    ],
    [
      'customs-held',
      /(?:retenid|detenid)[oa][^.;]*?aduana|aduana[^.;]*?(?:retenid|detenid|incidencia)|(?:retenido|detenido) en (?:la )?aduana/,
      L.customsHeld,
    ],
    [
      'import-customs',
      /(?<!(?:hacia|camino a|camino de|rumbo a|en direccion a) (?:la )?)aduan|despacho de importacion|tramite aduanero/,
      L.importCustoms,
    ],
    [
      'exchange-office',
      /oficina de cambio de destino|oficina de cambio internacional/,
      L.arrivedDest,
    ],
    [
      'return-requested',
      /(?:ha )?(?:solicitad|pedid|requerid)[oa] (?:la )?devolucion|solicitada la devolucion|(?:solicitud|solicitada?) (?:de )?devolucion/,
      L.inTransit,
      GENERIC,
    ],
    ['rejected', /rechaz|rehus|no (?:fue )?aceptad/, L.refused],
    [
      'refused',
      /rehusad|rechazad[oa] por (?:el )?destinatario|rechazado|no acepta|rechaza/,
      L.refused,
    ],
    [
      'unclaimed',
      /no (?:ha sido )?(?:recogid|retirad|reclamad)|plazo de (?:recogida|permanencia)[^.;]*?(?:finalizado|vencido|expirado|agotado)|no reclamado/,
      L.unclaimed,
    ],
    [
      'being-returned',
      /(?:siendo|sera|va a ser|en proceso de ser) (?:devuelt[oa]|reenviad[oa]|enviad[oa] de vuelta)/,
      L.returning,
    ],
    [
      'returned',
      /(?:devuelt[oa]|entregad[oa]) al (?:remitente|expedidor|origen)|devolucion (?:entregada|completada)/,
      L.returned,
    ],
    [
      'going-back',
      /(?:vuelve|regresa|retorna|regresando|volviendo|retornando|devuelve)[^.;]{0,15}?(?:al|a|hacia) (?:el )?(?:remitente|origen|expedidor)/,
      L.returning,
    ],
    [
      'returning',
      /devolucion|devuelto|devolviendo|en retorno|retorno al (?:remitente|origen)|se devuelve/,
      L.returning,
    ],
    ['sender-dropoff', /(?:entregad[oa]|depositad[oa]) por el remitente/, L.pickedUp],
    [
      'collected-by-recipient',
      /entregad[oa][^.;]*?al destinatario|(?:recogid|retirad)[oa] (?:en [a-z ]{2,30}? )?por el (?:destinatario|cliente|comprador)|(?:el )?destinatario (?:ha )?(?:recogid|retir)/,
      L.delivered,
    ],
    [
      'pickup-point',
      /te espera|recogelo|recogerlo|disponible para (?:recoger|su recogida|retirar)|(?:listo|disponible|esperando) (?:para )?(?:su )?recogida|(?:depositado|disponible|llegado) en (?:el )?(?:punto|citypaq|locker|oficina para|taquilla)|punto de (?:recogida|entrega|conveniencia)|citypaq|lista de correos|pendiente de recogida|puedes? recoger|(?:listo|lista|disponible)s? para (?:recoger|retirar|ser recogid)|retirar en (?:sucursal|oficina|tienda)|disponible en|parcel ?shop|para su recogida/,
      L.pickupPoint,
    ],
    [
      'attempt-address',
      /(?:intento|entrega fallida|no (?:se )?(?:ha )?(?:podido|pudo) entregar|no entregad)[^.;]*?(?:direccion|domicilio) (?:incorrect|erron|incomplet|insuficient|desconocid|no localizad)|(?:direccion|domicilio) (?:incorrect|erron|incomplet|insuficient|desconocid)[^;]*?(?:intento|no (?:se )?(?:ha )?(?:podido|pudo) entregar|no entregad)|destinatario desconocido/,
      L.failedAddress,
    ],
    [
      'address-problem',
      /(?:direccion|domicilio) (?:incorrect|erron|incomplet|insuficient|desconocid)/,
      L.addressProblem,
    ],
    ['attempt-closed', /establecimiento cerrado|negocio cerrado|cerrado/, L.failedClosed],
    [
      'attempt-absent',
      /no (?:te|le|lo|la|os) (?:hemos )?encontr|no (?:habia|hay) nadie|ausente|destinatario no (?:localizado|disponible|presente)|nadie en (?:el )?domicilio/,
      L.failedAbsent,
    ],
    // "Entregado en Correos": the sender's drop-off at the carrier, not a delivery to the buyer.
    [
      'dropped-at-carrier',
      /entregad[oa] en (?:correos express|correos|seur|gls|mrw|nacex|ctt)\b/,
      L.pickedUp,
    ],
    [
      'not-delivered',
      /no (?:ha )?(?:podido|pudo) ser entregad|no (?:ha sido|fue) entregad|no entregad|intento de entrega|entrega (?:fallida|no realizada|no efectuada)|no (?:se )?(?:ha )?(?:podido|pudo) entregar|imposible entregar|aviso (?:de llegada )?(?:dejado|en buzon)|segunda entrega|nuevo intento/,
      L.failedAttempt,
    ],
    ['to-airline', /entregad[oa] a la (?:aerolinea|compania aerea|linea aerea)/, L.departedOrigin],
    ['to-customs', /entregad[oa] a (?:la )?aduana/, L.importCustoms],
    [
      'to-last-mile',
      /en manos de (?!(?:el |tu |su |nuestro |un )?(?:repartidor|cartero|mensajero|remitente|vecino|destinatario))[a-z0-9 ]{2,30}? para (?:la |su )?(?:entrega|distribucion|reparto)|(?:entregad[oa]|cedid[oa]|transferid[oa]|traspasad[oa]|confiad[oa]) a (?!(?:el |tu |su |nuestro |un )?(?:repartidor|cartero|mensajero|remitente|vecino|destinatario))[a-z0-9 ]{2,30}? para (?:la |su )?(?:entrega|distribucion|reparto)|(?:en manos de|cedid[oa] a|traspasad[oa] a) (?:seur|correos express|correos|mrw|gls|nacex|dhl|ups|dpd|ctt|tipsa|zeleris|envialia|inpost)|entregad[oa] a [a-z0-9 ]+ para (?:su )?(?:distribucion|entrega|reparto)|(?:entregad[oa]|cedid[oa]|transferid[oa]) (?:a|al) (?:operador|transportista|empresa) (?:local|de (?:destino|reparto|ultima milla))|nuevo numero de seguimiento/,
      L.lastMile,
    ],
    [
      'ofd-vehicle',
      /(?:sale|salid[oa]|ha salido)[^.;]{0,10}? (?:a|para) (?:el )?reparto|(?:mensajero|repartidor|transportista|cartero)[^.;]{0,30}?(?:en camino|de camino|en ruta|llevando)|cargad[oa] en (?:el |la )?(?:vehiculo|furgoneta|camion)|vehiculo de reparto/,
      L.outForDelivery,
    ],
    [
      'out-for-delivery',
      /entregar(?:a|emos)\b[^.;]*?\bhoy\b|cartero|lleva tu envio hoy|repartidor|hoy te lo entregamos|en reparto|(?:ha )?salido (?:a|para) reparto|sale (?:a|para) reparto|(?:en )?proceso de entrega|reparto (?:en curso|hoy)|con el (?:repartidor|cartero|mensajero)|saliendo para entrega|en ruta de entrega|sale para entrega|se entregara hoy|\b(?:llega|llegara|recibiras|recibes|entregamos|entrega)\b[^.;]{0,20}?\bhoy\b|\bhoy\b[^.;]{0,20}?\b(?:llega|entrega|reparto|recibiras)|(?:entreg|repart)[^.;]{0,30}?(?:a lo largo|en el transcurso|durante el transcurso) del dia(?! de manana)/,
      L.outForDelivery,
    ],
    [
      'will-be-delivered',
      /entregara\b|entregaremos|se entregara|sera entregad|entrega (?:esta |sera )?(?:prevista|programada|estimada|planificada)|(?:prevista|programada|planificada) (?:la )?entrega|fecha (?:prevista|estimada)|entrega se (?:realizara|efectuara|hara)/,
      L.inTransit,
      0.7,
    ],
    [
      'arrived-delivery-office',
      /(?:llegad[oa]|en|recibid[oa]) (?:a|en|la|el)? ?(?:la )?(?:oficina|unidad|centro) de (?:reparto|distribucion|destino)|oficina de destino|centro de tratamiento de destino|delegacion|listo para (?:el )?reparto/,
      L.destFacility,
    ],
    [
      'left-in-mailbox',
      /(?:dejad|depositad)[oa] en (?:el |tu |su )?buzon|(?:recogid|retirad)[oa] por (?:el )?(?:destinatario|cliente)|entregado en mano/,
      L.delivered,
    ],
    [
      'left-safe-place',
      /dejad[oa] (?:en (?:el )?lugar (?:seguro|indicado|acordado)|con (?:el |la |un |una |su )?(?:vecin|conserje|porter)[a-z]*|en (?:la )?(?:porteria|conserjeria|recepcion))|entregad[oa] (?:a|al|a la) (?:su )?(?:vecin|conserje|porter)/,
      L.delivered,
    ],
    [
      'delivered',
      /entregad[oa]|entrega (?:realizada|efectuada|completada)|ha sido entregado|se ha entregado/,
      L.delivered,
    ],
    ['prohibited', /litio|prohibid|restringid|mercancia peligrosa/, L.prohibited],
    ['destroyed', /destruid|destruccion/, L.destroyed],
    ['damaged', /dañad|danad|deteriorad|averiad|\broto\b/, L.damaged],
    ['lost', /extraviad|perdid|siniestrad/, L.lost],
    ['cancelled', /cancelad|anulad/, L.cancelled],
    ['weather', /meteorolog|clima|temporal|tormenta|inundaci|nevada/, L.weather],
    ['misrouted', /mal encaminad|error de (?:clasificacion|encaminamiento)|desviad/, L.misrouted],
    ['delayed', /retras|demora|reprogramad|aplazad/, L.delayed],
    ['transit-hub', /centro de transito|pais (?:de transito|intermedio)/, L.transitHub],
    [
      'toward-destination',
      /(?:hacia|rumbo a|en vuelo (?:hacia|a)) (?:el )?pais de destino|en vuelo/,
      L.intlTransit,
    ],
    [
      'arrived-destination',
      /arribo|pais de destino|(?:llegad[oa]|llego|recibid[oa]) (?:a|al|en) (?:pais de destino|espana|mexico|chile|argentina|colombia|peru|destino)|(?:llegada|admitido) (?:al|en el) pais de destino|(?:llegad[oa]|llegada) (?:a|al) (?:centro de )?(?:tratamiento|cambio) internacional|oficina de cambio de destino/,
      L.arrivedDest,
    ],
    [
      'departed-origin',
      /(?:despachad|enviad|expedid|salid)[oa] (?:desde|del) (?:el )?(?:pais de origen|origen|china)|salido del aeropuerto|aeropuerto de origen|(?:salida|salio|ha salido) (?:del )?(?:pais de origen|origen|china)|(?:en vuelo|vuelo de salida)|despeg[oa]|ha despegado|enviado al extranjero|con destino al extranjero/,
      L.departedOrigin,
    ],
    [
      'international-transit',
      /transito internacional|vuelo|aeropuerto|(?:en el|a bordo del) avion/,
      L.intlTransit,
    ],
    ['pre-admission', /pre-? ?admision|preadmision|pre-? ?registro/, L.infoReceived],
    [
      'picked-up',
      /admitid[oa]|admision|recogid[oa] (?:en|por)|recogida (?:realizada|efectuada)|(?:envio|paquete) recogido|depositado por el remitente/,
      L.pickedUp,
    ],
    // The seller still holds the parcel, waiting or "not yet" in any word order.
    [
      'seller-holds',
      /(?:esperando|a la espera|pendiente de que)\b[^.;]{0,40}?\b(?:vendedor|remitente|comerciante)|\b(?:vendedor|remitente|comerciante)[^.;]{0,30}?(?:todavia no|aun no|no ha (?:enviado|entregado|despachado))|(?:todavia no|aun no|no ha (?:enviado|entregado|despachado))\b[^.;]{0,30}?\b(?:vendedor|remitente|comerciante)/,
      L.infoReceived,
    ],
    [
      'info-received',
      /datos del envio|nos ha comunicado|vendedor (?:esta )?preparando|pre-?registr|etiqueta|aun no (?:hemos )?recibid|grabado|registrado por el remitente|pendiente de entrega al transportista|informacion del envio|prerregistr|(?:datos|informacion) (?:del envio )?recibid|etiqueta (?:creada|generada)|pendiente de (?:admision|recibir)|el remitente (?:esta preparando|ha preparado)|envio registrado|en preparacion/,
      L.infoReceived,
    ],
    ['expired', /seguimiento (?:finalizado|detenido)|falta de actualizaciones/, L.expired],
    ['dest-facility', /(?:centro|oficina)[^.;]*?(?:destino|reparto|distribucion)/, L.destFacility],
    [
      'origin-facility-named',
      /(?:centro|oficina|almacen|plataforma|nave)[^.;]*?(?:de|en el pais de) origen/,
      L.originFacility,
    ],
    [
      'facility',
      /centro (?:de )?(?:tratamiento|clasificacion|logistico|distribucion|admision)|clasificad|en centro|almacen|plataforma/,
      'facility',
    ],
    [
      'transit-generic',
      /en transito|en camino|en curso|en proceso|enviado|en ruta|transito|salida|llegada/,
      L.inTransit,
      GENERIC,
    ],
  ],
};
