/**
 * @module web/i18n/order/pt-br
 * Palavras em português do Brasil do painel do pedido.
 */
import type { OrderStrings } from './types.js';

export const ptBR: OrderStrings = {
  heading: 'Adicione os dados do seu pedido',
  savedHeading: 'Seu pedido',
  intro:
    'Informe quando você fez o pedido e calculamos o último dia para abrir uma disputa, avisando antes que ele passe.',
  change: 'Alterar os dados do pedido',
  labels: {
    retailer: 'Loja',
    orderNumber: 'Número do pedido',
    orderDate: 'Data do pedido',
    protectionDays: 'Proteção ao comprador (dias)',
    destinationCountry: 'País de destino',
    shippingMethod: 'Forma de envio',
  },
  retailers: { aliexpress: 'AliExpress', alibaba: 'Alibaba', other: 'Outra loja' },
  optional: '(opcional)',
  orderNumberHint:
    'Números de pedido do AliExpress têm 15 ou 16 dígitos; os do Alibaba, de 17 a 19.',
  protectionHint: (ae, ab) =>
    `O AliExpress costuma cobrir ${ae} dias, o Alibaba ${ab}. Confira o prazo na página do seu pedido.`,
  destinationHint: 'Código do país com duas letras, por exemplo BR ou PT.',
  methodUnknown: 'Não sei',
  methodHint:
    'A opção de entrega escolhida na compra; com ela a previsão de entrega fica mais precisa.',
  save: 'Salvar os dados do pedido',
  noNumber: 'não informado',
  errorsHeading: 'Nada foi salvo. Corrija o seguinte:',
  problems: {
    retailer: 'escolha uma das lojas da lista.',
    orderAliexpress: 'um número de pedido do AliExpress tem 15 ou 16 dígitos.',
    orderAlibaba: 'um número de pedido do Alibaba tem de 17 a 19 dígitos.',
    orderOther: 'use de 3 a 40 letras, dígitos ou hifens, como a loja escreve.',
    orderIsTracking: 'este é um código de rastreio. O número do pedido está na página do pedido.',
    dateMissing: 'informe o dia em que fez o pedido.',
    dateInvalid: 'esta data não existe.',
    dateFuture: 'esta data ainda não chegou.',
    dateOld: 'isso foi há mais de dois anos; confira o ano.',
    daysMissing: 'informe quantos dias de proteção a loja oferece.',
    daysRange: 'informe um número inteiro de dias entre 1 e 365.',
    country: 'informe um código de país com duas letras, como BR, ou deixe em branco.',
    method: 'escolha uma forma de envio da lista, ou “Não sei”.',
  },
  crossSiteTitle: 'Pedido não salvo',
  crossSite:
    'Este formulário veio de outro site, por isso foi ignorado. Abra a página de rastreio aqui e envie de novo.',
  back: 'Voltar à página de rastreio',
};
