/**
 * @module web/i18n/order/es
 * Palabras en español del panel del pedido.
 */
import type { OrderStrings } from './types.js';

export const es: OrderStrings = {
  heading: 'Añade los datos de tu pedido',
  savedHeading: 'Tu pedido',
  intro:
    'Dinos cuándo hiciste el pedido y calcularemos el último día para abrir una disputa, avisándote antes de que pase.',
  change: 'Cambiar los datos del pedido',
  labels: {
    retailer: 'Tienda',
    orderNumber: 'Número de pedido',
    orderDate: 'Fecha del pedido',
    protectionDays: 'Protección al comprador (días)',
    destinationCountry: 'País de destino',
    shippingMethod: 'Método de envío',
  },
  retailers: { aliexpress: 'AliExpress', alibaba: 'Alibaba', other: 'Otra tienda' },
  optional: '(opcional)',
  orderNumberHint:
    'Los números de pedido de AliExpress tienen 15 o 16 cifras; los de Alibaba, de 17 a 19.',
  protectionHint: (ae, ab) =>
    `AliExpress suele cubrir ${ae} días y Alibaba ${ab}. Comprueba la cifra en la página de tu pedido.`,
  destinationHint: 'Código de país de dos letras, por ejemplo ES o MX.',
  methodUnknown: 'No lo sé',
  methodHint:
    'La opción de envío elegida al pagar; con ella la estimación de entrega es más precisa.',
  save: 'Guardar los datos del pedido',
  noNumber: 'sin indicar',
  errorsHeading: 'No se ha guardado nada. Corrige esto:',
  problems: {
    retailer: 'elige una de las tiendas de la lista.',
    orderAliexpress: 'un número de pedido de AliExpress tiene 15 o 16 cifras.',
    orderAlibaba: 'un número de pedido de Alibaba tiene de 17 a 19 cifras.',
    orderOther: 'usa de 3 a 40 letras, cifras o guiones, tal como lo escribe la tienda.',
    orderIsTracking:
      'esto es un número de seguimiento. El número de pedido aparece en la página del pedido.',
    dateMissing: 'indica el día en que hiciste el pedido.',
    dateInvalid: 'esta fecha no existe.',
    dateFuture: 'esta fecha todavía no ha llegado.',
    dateOld: 'es de hace más de dos años; revisa el año.',
    daysMissing: 'indica cuántos días de protección da la tienda.',
    daysRange: 'indica un número entero de días entre 1 y 365.',
    country: 'indica un código de país de dos letras como ES, o déjalo vacío.',
    method: 'elige un método de envío de la lista, o «No lo sé».',
  },
  crossSiteTitle: 'Pedido no guardado',
  crossSite:
    'Este formulario llegó desde otro sitio web, así que lo hemos ignorado. Abre aquí la página de seguimiento y vuelve a enviarlo.',
  back: 'Volver a la página de seguimiento',
};
