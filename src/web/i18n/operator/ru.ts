/**
 * @module web/i18n/operator/ru
 * Служебные страницы, по-русски.
 */
import type { OperatorStrings } from './types.js';

export const ru: OperatorStrings = {
  sourcesTitle: 'Источники отслеживания',
  sourcesIntro:
    'Все источники, из которых Trackline может получать события: включён ли каждый и исправно ли работает.',
  columns: {
    source: 'Источник',
    label: 'Название',
    kind: 'Тип',
    configured: 'Настроен',
    healthy: 'Исправен',
    lastSuccess: 'Последний успех',
    quotaLeft: 'Остаток квоты',
    nextCall: 'Следующий запрос разрешён',
    circuit: 'Предохранитель',
  },
  kinds: { carrier: 'перевозчик', aggregator: 'агрегатор', simulator: 'симулятор' },
  circuit: { closed: 'замкнут', open: 'разомкнут', half_open: 'полуоткрыт' },
  yes: 'да',
  no: 'нет',
  unknown: 'неизвестно',
  notYet: 'ещё нет',
  never: 'никогда',
  now: 'сейчас',
  healthUnknown: 'Состояние неизвестно: движок отслеживания не запущен в этом процессе.',
  problems: 'Ошибки настройки',
  secretsNote:
    'Ключи и секреты здесь никогда не показываются. Как включить источник — в docs/sources.md.',
  json: 'Те же данные в JSON',
};
