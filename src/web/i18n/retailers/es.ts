/**
 * @module web/i18n/retailers/es
 * Textos de las páginas de tiendas, en español.
 */
import type { RetailerCopy } from './types.js';

export const es: RetailerCopy = {
  intro: {
    aliexpress:
      'AliExpress es el mercado en línea del grupo Alibaba donde cualquiera compra directamente a vendedores, casi todos en China. El vendedor envía; Cainiao, el brazo logístico del grupo, pasa el paquete de un transportista a otro hasta que lo entrega tu correo o mensajería local.',
    alibaba:
      'Alibaba.com es el mercado mayorista del grupo: conecta empresas con fabricantes, sobre todo chinos. Sus paquetes viajan por la misma red Cainiao que los pedidos de AliExpress, así que los números y estados son los mismos.',
  },
  findNumber: (name) => [
    `${name} envía el número por correo o notificación en cuanto el vendedor hace el envío.`,
    `En tu cuenta de ${name}, abre Mis pedidos, elige el pedido y mira los datos de seguimiento.`,
    'Pega ese número aquí. El número de pedido es otro código, más largo, y no sirve para rastrear.',
    'Al llegar a tu país el paquete puede recibir un segundo número del transportista local; enlazamos ambos.',
  ],
  methodNames: {
    euWarehouse: 'Desde un almacén europeo',
    express: 'Urgente internacional (DHL, FedEx, UPS)',
    economy: 'Envío económico',
    combined: 'Entrega combinada de Cainiao',
  },
  channelKinds: {
    chat: 'Chat en línea',
    help: 'Centro de ayuda',
    seller: 'Escribir al vendedor',
    social: 'Redes sociales',
    app: 'Aplicación móvil',
    phone: 'Teléfono',
    post: 'Carta',
  },
  channelNotes: {
    chat: 'Abierto día y noche desde la sección de ayuda; primero responde el bot Eva, que puede pasarte con una persona.',
    help: 'Guías sobre seguimiento, devoluciones, pagos y protección al comprador.',
    seller: 'La vía más rápida para cualquier cosa sobre un pedido o producto.',
    social: 'Solo mensajes privados; nunca publiques datos de un pedido.',
    app: 'Android e iOS: seguimiento, chat y avisos en un solo lugar.',
    groupPhone: 'Sede del grupo Alibaba: solo inglés o chino, y la espera puede ser larga.',
    usOffice: 'Oficina del grupo Alibaba en Estados Unidos.',
    hkOffice: 'Oficina del grupo Alibaba en Hong Kong.',
    wholesale: 'Para compradores mayoristas de Alibaba.com.',
    formal: 'Para una reclamación formal por carta certificada.',
  },
  faq: ({ name, protection }) => [
    {
      q: 'Mi número no muestra nada. ¿Está mal?',
      a: 'Casi nunca. El seguimiento empieza cuando el transportista escanea el paquete, entre 24 y 48 horas después del aviso de envío. Revisa el número carácter a carácter; si sigue vacío unos días después, pregunta al vendedor.',
    },
    {
      q: 'El seguimiento lleva días sin moverse. ¿Me preocupo?',
      a: 'Un vuelo o la aduana pueden dejar el historial en silencio una semana o más. Comprueba que tu dirección está completa y contacta al vendedor si se supera el plazo prometido.',
    },
    {
      q: '¿Por qué dice que el paquete vuelve al remitente?',
      a: 'Las causas habituales: dirección incompleta, varios intentos de entrega fallidos, paquete no recogido en correos en unos 15 días o falta de documentos de aduana. Pide al vendedor un reenvío o el reembolso.',
    },
    {
      q: 'Dice «entregado», pero no tengo nada.',
      a: 'Mira en el buzón, con los vecinos y en la oficina de correos más cercana con el número. No confirmes la recepción; abre una disputa si sigue sin aparecer.',
    },
    {
      q: `¿Cuánto tiempo estoy protegido en ${name}?`,
      a: `La protección al comprador dura ${protection} días desde la compra. Puedes abrir una disputa hasta 15 días después de la entrega o del fin de la protección; un reembolso aceptado suele llegar en 15 a 30 días.`,
    },
  ],
};
