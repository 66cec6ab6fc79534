/**
 * @module web/i18n/pt-br
 * Textos da interface em português do Brasil.
 */
import { ptBR as operator } from './operator/pt-br.js';
import { ptBR as track } from './track/pt-br.js';
import type { UiStrings } from './types.js';

export const ptBR: UiStrings = {
  languageName: 'Português (Brasil)',
  skipToContent: 'Pular para o conteúdo',
  navLabel: 'Principal',
  languageLabel: 'Idioma',
  nav: {
    track: 'Rastrear',
    carriers: 'Transportadoras',
    statuses: 'Status',
    contacts: 'Contatos',
    api: 'API',
  },
  footer: 'O Trackline mostra o que as transportadoras informam e diz qual fonte informou.',

  home: {
    title: 'Rastrear uma encomenda',
    searchTitle: (q) => `Busca: ${q}`,
    description:
      'Cole um código de rastreio ou quarenta: veja qual transportadora está com ele e o que significa.',
    heading: 'Onde está minha encomenda?',
    label: 'Código de rastreio — ou vários, um por linha',
    find: 'Buscar',
    youPasted: 'Você colou',
    trackThis: 'Rastrear esta encomenda',
    demoHeading: 'Encomendas de demonstração',
    demoNote:
      'Vêm do simulador embutido do Trackline, não de uma transportadora real. Elas avançam conforme o tempo simulado passa.',
    notRecognised:
      'Não reconhecemos isto como código de rastreio de nenhuma transportadora conhecida.',
    didYouMean: 'Você quis dizer',
    confidenceTitle: 'Nosso grau de certeza',
    checksum: {
      valid: 'dígito verificador correto',
      invalid: 'dígito verificador errado',
      none: 'este formato não tem dígito verificador',
    },
    tooMany: (n, max) => `Você colou ${n} códigos; mostramos os primeiros ${max}.`,
    lookalike: {
      aliexpress_order:
        'Este é um número de pedido do AliExpress: ele identifica sua compra, não a encomenda. Abra o pedido em Meus pedidos, depois Rastrear pedido, e copie o código de rastreio quando o vendedor despachar.',
      alibaba_order:
        'Parece um número de pedido do Alibaba.com, o acordo com seu fornecedor. Peça a ele a transportadora e o código de rastreio, ou veja a parte de envio do pedido.',
      shop_order:
        'Este é o número de pedido de uma loja, não um código de transportadora. Os dados de envio no site da loja trazem a transportadora e o código.',
      phone: 'Este é um número de telefone. Cole o código de rastreio do aviso de envio.',
      date: 'Esta é uma data. Cole o próprio código de rastreio, em geral letras e números como LP… ou RB…CN.',
      price:
        'Este é um valor em dinheiro. Cole o código de rastreio do pedido ou do e-mail de envio.',
      email:
        'Este é um endereço de e-mail. Cole o código de rastreio, ou o e-mail de envio inteiro para que o encontremos.',
      postal_code: 'Este é um CEP. Cole o código de rastreio; o destino vem da transportadora.',
    },
    live: {
      wrong: 'dígito verificador errado',
      order: 'parece número de pedido, não de rastreio',
      phone: 'parece número de telefone',
      unknown: 'não reconhecido',
    },
  },

  error: {
    notFoundTitle: 'Não encontrado',
    errorTitle: 'Erro',
    notFoundHeading: 'Nada por aqui',
    errorHeading: 'Algo deu errado',
    notFoundMessage: (path) => `Não existe página em ${path}.`,
    code: 'Código',
    back: 'Voltar à busca',
  },

  carriers: {
    title: 'Transportadoras',
    intro:
      'Todas as transportadoras que o Trackline reconhece, com seus formatos de código e como contatá-las.',
    searchLabel: 'Procure uma transportadora por nome, identificador ou país',
    search: 'Procurar',
    count: (n) => `Transportadoras exibidas: ${n}`,
    noMatch: 'Nenhuma transportadora corresponde a esta busca.',
    kinds: {
      origin_consolidator: 'Remetentes a partir da China',
      postal_operator: 'Correios nacionais',
      express: 'Transportadoras expressas',
      last_mile: 'Empresas de entrega local',
      aggregator: 'Agregadores de rastreio',
    },
    country: 'País',
    kind: 'Tipo',
    worldwide: 'Mundo todo',
    formats: 'Formatos de código',
    format: 'Formato',
    examples: 'Exemplos',
    checkDigit: 'Dígito verificador',
    yes: 'sim',
    no: 'não',
    noFormats: 'Ainda não conhecemos o formato de código desta transportadora.',
    contact: 'Contato',
    phone: 'Telefone',
    email: 'E-mail',
    noContact: 'Nenhum telefone ou e-mail registrado.',
    officialTracking: 'Página oficial de rastreio',
    website: 'Site',
    external: '(site externo)',
    sources: 'Qual fonte a rastreia aqui',
    noSource: 'Nenhuma fonte configurada ainda.',
    source: 'Fonte',
    why: 'Por que esta fonte',
    status: 'Situação',
    via: {
      carrier: 'o serviço de rastreio da própria transportadora',
      aggregator: 'um serviço de rastreio que cobre a maioria das transportadoras',
      'china-origin': 'a Cainiao, que acompanha encomendas saindo da China',
      demo: 'o simulador embutido (dados de demonstração)',
    },
    health: {
      healthy: 'Funcionando normalmente',
      trouble: 'Com problemas no momento',
      unknown: 'Nenhuma verificação registrada ainda',
    },
    lastSuccess: (when) => `Última verificação bem-sucedida: ${when}`,
    typicalTimes: 'Prazos típicos',
    days: (range) => `${range} dias`,
    businessDays: (range) => `${range} dias úteis`,
    published: 'Números publicados',
    observedHere: 'Visto aqui',
    seedService: (method, days) =>
      `${days} do primeiro registro até a entrega, segundo os guias publicados para ${method}.`,
    seedClass: (method, serviceClass, days) =>
      `Os guias não trazem número para ${method}; na categoria “${serviceClass}” costuma levar ${days}.`,
    noSeed: 'Os guias publicados não informam prazo de entrega para esta transportadora.',
    observed: (count, median, p90) =>
      `${count} encomendas entregues aqui: metade chegou em até ${median}, nove em cada dez em até ${p90}.`,
    tooFewObserved: (min) =>
      `Nossos próprios números aparecem quando pelo menos ${min} encomendas dela forem entregues aqui.`,
    s10: (country) => `Emite os códigos postais internacionais (UPU S10) de ${country}.`,
    back: 'Todas as transportadoras',
  },

  statuses: {
    title: 'Glossário de status',
    intro:
      'Cada palavra que o Trackline usa para uma encomenda ou um pedido, e o que ela significa para você.',
    status: 'Status',
    milestone: 'Etapas',
    reason: 'Motivos',
    order: 'Status do pedido',
    statusIntro: 'Onde a encomenda está agora.',
    milestoneIntro: 'Quanto da viagem já foi feito, em ordem.',
    reasonIntro: 'Por que algo deu errado ou precisa de atenção.',
    orderIntro: 'O que a loja diz sobre o seu pedido, separado da encomenda.',
    normal: { yes: 'Etapa normal', usually: 'Geralmente normal', no: 'Precisa de atenção' },
  },

  contacts: {
    title: 'Contatos por país',
    intro: 'Correios e alfândegas para ligar quando uma encomenda está parada no seu país.',
    postOffice: 'Correios',
    customs: 'Alfândega',
    none: 'Nenhum número registrado.',
    missing: 'A lista de contatos não está disponível no momento.',
  },

  retailer: {
    title: (name) => `${name}: rastreio e entrega`,
    description: (name) =>
      `Onde achar seu código de rastreio da ${name}, quanto tempo leva a entrega e o que significa cada status.`,
    facts: 'Sobre a empresa',
    founded: 'Fundação',
    headquarters: 'Sede',
    parent: 'Controladora',
    countries: 'Entrega em',
    countriesCount: (n) => `mais de ${n} países e territórios`,
    users: 'Usuários ativos por mês',
    employees: 'Funcionários',
    typicalDelivery: 'Entrega típica',
    findNumber: 'Onde achar o código de rastreio',
    methods: 'Formas de envio e prazos típicos',
    method: 'Forma de envio',
    typical: 'Prazo típico',
    observed: 'Observado aqui',
    days: (min, max) => `${min}–${max} dias`,
    businessDays: (min, max) => `${min}–${max} dias úteis`,
    exactDays: (d) => `${d} dias`,
    statuses: 'Os status que você verá',
    statusesIntro: 'A loja mostra estas palavras (aqui em inglês); ao lado, o que significam.',
    retailerSays: 'A loja diz',
    ourWords: 'Nosso termo',
    meaning: 'O que significa',
    channels: 'Como falar com eles',
    faq: 'Perguntas frequentes',
    sourceNote: 'Números tirados de páginas de ajuda publicadas; podem mudar e não são promessas.',
  },

  api: {
    title: 'API',
    intro:
      'Os dados de cada página também estão disponíveis em JSON. O documento OpenAPI 3.1 descreve cada rota.',
    document: 'Documento OpenAPI',
    parameters: 'Parâmetros',
    responses: 'Respostas',
    required: 'obrigatório',
  },

  track,

  operator,
};
