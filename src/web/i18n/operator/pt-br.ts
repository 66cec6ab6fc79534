/**
 * @module web/i18n/operator/pt-br
 * Páginas de operação, em português do Brasil.
 */
import type { OperatorStrings } from './types.js';

export const ptBR: OperatorStrings = {
  sourcesTitle: 'Fontes de rastreamento',
  sourcesIntro:
    'Cada fonte da qual o Trackline pode obter eventos: se está ativada e se está funcionando bem.',
  columns: {
    source: 'Fonte',
    label: 'Nome',
    kind: 'Tipo',
    configured: 'Configurada',
    healthy: 'Funcionando',
    lastSuccess: 'Último sucesso',
    quotaLeft: 'Cota restante',
    nextCall: 'Próxima chamada permitida',
    circuit: 'Disjuntor',
  },
  kinds: { carrier: 'transportadora', aggregator: 'agregador', simulator: 'simulador' },
  circuit: { closed: 'fechado', open: 'aberto', half_open: 'semiaberto' },
  yes: 'sim',
  no: 'não',
  unknown: 'desconhecido',
  notYet: 'ainda não',
  never: 'nunca',
  now: 'agora',
  healthUnknown: 'Estado desconhecido: o motor de rastreamento não está rodando neste processo.',
  problems: 'Problemas de configuração',
  secretsNote: 'Chaves e segredos nunca aparecem aqui. Veja docs/sources.md para ativar uma fonte.',
  json: 'Os mesmos dados em JSON',
};
