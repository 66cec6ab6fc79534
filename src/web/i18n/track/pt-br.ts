/**
 * @module web/i18n/track/pt-br
 * As palavras das páginas de rastreamento, em português do Brasil.
 */
import type { TrackStrings } from './types.js';

export const ptBR: TrackStrings = {
  title: (n) => `Encomenda ${n}`,
  description: 'Onde está a encomenda, o que isso significa e o que fazer agora.',
  demo: 'Dados de demonstração: esta encomenda vem do simulador embutido, não de uma transportadora real.',
  demoBadge: 'demo',
  statusHeading: 'Onde ela está agora',
  reason: 'Por quê',
  progressHeading: 'Progresso',
  step: { done: 'concluído', current: 'etapa atual', todo: 'ainda por vir' },
  interrupted: 'O trajeto foi interrompido: veja as orientações abaixo.',

  etaHeading: 'Quando deve chegar',
  window: (a, b) => `Entre ${a} e ${b}`,
  likely: (d) => `mais provavelmente por volta de ${d}`,
  confidence: { high: 'bastante seguro', medium: 'uma referência', low: 'estimativa ampla' },
  basisTitle: 'Com base em',
  basis: {
    lane: (w) =>
      `${w.count} encomendas entregues de ${w.from} para ${w.to}${w.service ? ` por ${w.service}` : ''}${w.lastMile ? `, última milha com ${w.lastMile}` : ''}${w.windowDays ? ` nos últimos ${w.windowDays} dias` : ''}.`,
    priorService: (w) => `O prazo usual de ${w.service}: de ${w.min} a ${w.max} dias.`,
    priorClass: (w) => `O prazo usual de ${w.service} (de ${w.min} a ${w.max} dias).`,
    priorUnknown: (w) =>
      `O prazo usual de uma encomenda postada em ${w.from} (de ${w.min} a ${w.max} dias); o método de envio é desconhecido.`,
    source:
      'A estimativa da própria transportadora: sabemos pouco demais sobre esta encomenda para fazer a nossa.',
    overdue: 'Ela já está mais lenta que a maioria nesta etapa; considere o intervalo aproximado.',
  },
  classes: {
    economy: 'envio econômico',
    standard: 'envio padrão',
    premium: 'envio premium',
    express: 'courier expresso',
    local: 'entrega de armazém local',
  },
  sourceEstimate: 'A transportadora diz',
  noEta: 'Ainda sem estimativa: precisamos da primeira leitura.',
  daysInTransit: (d) => `${d} dias a caminho`,
  deliveredOn: (d) => `Entregue em ${d}`,

  adviceHeading: 'Isso é normal? O que fazer',
  level: { fine: 'Tudo normal', watch: 'Fique de olho', act: 'Aja agora' },
  actions: 'O que fazer',
  deadlines: 'Datas importantes',
  daysLeft: (n, f) =>
    n > 0 ? `faltam ${f} dias` : n === 0 ? 'hoje' : `passou há ${f.replace('-', '')} dias`,
  templates: 'Mensagens que você pode enviar',
  subject: 'Assunto',
  copy: 'Copiar',
  copied: 'Copiado',
  contacts: 'Quem contatar',
  zoneAssumed: 'As datas são contadas em UTC porque não sabemos o seu fuso horário.',

  timelineHeading: 'Todas as leituras, da mais recente para a mais antiga',
  noEvents: 'Nenhuma leitura ainda.',
  ourLabel: 'Nossa leitura',
  unclassified: 'não classificado: mostramos só as palavras da transportadora',
  reportedBy: (s, n) => `informado por ${s} para ${n}`,
  anomaly: 'Parece errado',
  anomaliesHeading: 'Coisas que parecem erradas',
  anomalies: {
    after_delivered: 'Chegou uma leitura depois da entrega; ela não muda o status.',
    after_returned: 'Chegou uma leitura depois da devolução ao remetente; ela não muda o status.',
    return_after_delivery:
      'Uma devolução foi informada depois de uma entrega: a leitura de entrega pode estar errada.',
    delivered_wrong_country: 'Uma entrega foi informada em outro país; nós a ignoramos.',
    impossible_speed:
      'Duas leituras estão longe demais para o tempo entre elas; uma deve estar errada.',
  },

  legsHeading: 'Números desta encomenda',
  roles: {
    origin: 'na China / origem',
    international: 'internacional',
    last_mile: 'entrega local',
    alias: 'também conhecido como',
  },
  carrierHeading: 'Transportadora',
  phone: 'Telefone',
  email: 'E-mail',
  official: 'Página oficial de rastreamento',
  noSource:
    'Nenhuma fonte de rastreamento está configurada aqui para esta transportadora; a página dela tem as novidades.',

  routeHeading: 'Trajeto',
  routeLabel: (p) => `Lugares por onde passou, em ordem: ${p}`,
  routeUnknown: 'As leituras ainda não citam nenhum lugar.',
  hereNow: 'mais recente',

  checksHeading: 'Consultas',
  lastChecked: 'Última consulta',
  nextCheck: 'Próxima consulta',
  notYet: 'ainda não',
  refresh: 'Consultar agora',
  refreshed: 'Consultado agora mesmo.',
  tooSoonTitle: 'Cedo demais',
  tooSoon: (w) => `Acabamos de consultar esta encomenda. Tente de novo em ${w}.`,
  back: 'Voltar à encomenda',
  live: 'Esta página se atualiza sozinha enquanto estiver aberta.',

  notFound: {
    title: 'Ainda não encontrado',
    heading: 'Nenhuma transportadora tem notícias deste número ainda',
    intro: 'Isso é comum e quase nunca é um problema. Há três motivos habituais.',
    reasonsHeading: 'Por quê',
    reasons: [
      {
        title: 'É novo demais',
        text: 'Um número costuma mostrar a primeira leitura 24 a 72 horas depois de o vendedor criá-lo.',
      },
      {
        title: 'Um erro de digitação',
        text: 'Um caractere errado ou faltando gera um número que ninguém conhece. Compare com o pedido.',
      },
      {
        title: 'Um problema técnico',
        text: 'O sistema da transportadora pode ficar lento ou fora do ar por um tempo. Tente mais tarde.',
      },
    ],
    whatHeading: 'O que fazer',
    what: [
      'Confira o número caractere por caractere na página do pedido ou no e-mail de envio.',
      'Espere até três dias depois do envio; continuamos consultando por você.',
      'Se depois disso nada aparecer, peça ao vendedor a transportadora e um número que funcione.',
    ],
    didYouMean: 'Você quis dizer',
    orderHeading: 'Isto é um número de pedido, não de rastreamento',
    notNumberHeading: 'Isto não é um número de rastreamento',
    notNumber: 'Não o reconhecemos como número de nenhuma transportadora que conhecemos.',
  },

  multi: {
    title: 'Suas encomendas',
    heading: (n) => `${n} encomendas`,
    error: 'Não é um número de rastreamento',
    empty: 'Nenhum número informado. Cole um ou mais na página de busca.',
  },
};
