/**
 * @module web/i18n/retailers/pt-br
 * Textos das páginas de lojas, em português do Brasil.
 */
import type { RetailerCopy } from './types.js';

export const ptBR: RetailerCopy = {
  intro: {
    aliexpress:
      'O AliExpress é o marketplace do grupo Alibaba em que qualquer pessoa compra direto de vendedores, quase todos na China. O vendedor despacha; a Cainiao, braço logístico do grupo, passa a encomenda de transportadora em transportadora até os Correios ou a entregadora local.',
    alibaba:
      'O Alibaba.com é o marketplace de atacado do grupo: liga empresas a fabricantes, principalmente chineses. As encomendas seguem a mesma rede Cainiao dos pedidos do AliExpress, então os códigos e status são os mesmos.',
  },
  findNumber: (name) => [
    `O ${name} envia o código por e-mail ou notificação assim que o vendedor despacha.`,
    `Na sua conta ${name}, abra Meus pedidos, escolha o pedido e veja os detalhes de rastreio.`,
    'Cole esse código aqui. O número do pedido é outro código, mais longo, e não serve para rastrear.',
    'Ao chegar ao seu país, a encomenda pode ganhar um segundo código da transportadora local; ligamos os dois.',
  ],
  methodNames: {
    euWarehouse: 'De um armazém europeu',
    express: 'Expresso internacional (DHL, FedEx, UPS)',
    economy: 'Envio econômico',
    combined: 'Entrega combinada Cainiao',
  },
  channelKinds: {
    chat: 'Chat on-line',
    help: 'Central de ajuda',
    seller: 'Mensagem ao vendedor',
    social: 'Redes sociais',
    app: 'Aplicativo',
    phone: 'Telefone',
    post: 'Carta',
  },
  channelNotes: {
    chat: 'Aberto dia e noite pela seção de ajuda; a robô Eva responde primeiro e pode passar para um atendente.',
    help: 'Guias sobre rastreio, devoluções, pagamento e proteção ao comprador.',
    seller: 'O caminho mais rápido para qualquer coisa sobre um pedido ou produto.',
    social: 'Só mensagens privadas; nunca publique dados de um pedido.',
    app: 'Android e iOS: rastreio, chat e notificações num só lugar.',
    groupPhone: 'Sede do grupo Alibaba: só inglês ou chinês, e a espera pode ser longa.',
    usOffice: 'Escritório do grupo Alibaba nos Estados Unidos.',
    hkOffice: 'Escritório do grupo Alibaba em Hong Kong.',
    wholesale: 'Para compradores de atacado do Alibaba.com.',
    formal: 'Para uma reclamação formal por carta registrada.',
  },
  faq: ({ name, protection }) => [
    {
      q: 'Meu código não mostra nada. Está errado?',
      a: 'Quase nunca. O rastreio só começa depois da primeira leitura da transportadora, de 24 a 48 horas após o aviso de envio. Confira o código letra por letra; se continuar vazio depois de alguns dias, fale com o vendedor.',
    },
    {
      q: 'O rastreio está parado há dias. Devo me preocupar?',
      a: 'Um voo ou a alfândega podem deixar o histórico em silêncio por uma semana ou mais. Confirme que o endereço está completo e procure o vendedor se o prazo prometido passar.',
    },
    {
      q: 'Por que diz que a encomenda está voltando?',
      a: 'As causas comuns: endereço incompleto, várias tentativas de entrega sem sucesso, encomenda não retirada na agência em cerca de 15 dias ou falta de documentos na alfândega. Peça ao vendedor um reenvio ou o reembolso.',
    },
    {
      q: 'Diz “entregue”, mas não recebi nada.',
      a: 'Veja a caixa de correio, os vizinhos e a agência mais próxima com o código. Não confirme o recebimento; abra uma disputa se ela não aparecer.',
    },
    {
      q: `Por quanto tempo estou protegido no ${name}?`,
      a: `A proteção ao comprador dura ${protection} dias após a compra. Dá para abrir uma disputa até 15 dias depois da entrega ou do fim da proteção; um reembolso aceito costuma chegar em 15 a 30 dias.`,
    },
  ],
};
