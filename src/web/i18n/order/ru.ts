/**
 * @module web/i18n/order/ru
 * Русские слова панели заказа.
 */
import type { OrderStrings } from './types.js';

export const ru: OrderStrings = {
  heading: 'Добавьте данные заказа',
  savedHeading: 'Ваш заказ',
  intro:
    'Укажите дату заказа — мы посчитаем последний день, когда ещё можно открыть спор, и напомним заранее.',
  change: 'Изменить данные заказа',
  labels: {
    retailer: 'Магазин',
    orderNumber: 'Номер заказа',
    orderDate: 'Дата заказа',
    protectionDays: 'Защита покупателя (дней)',
    destinationCountry: 'Страна назначения',
  },
  retailers: { aliexpress: 'AliExpress', alibaba: 'Alibaba', other: 'Другой магазин' },
  optional: '(необязательно)',
  orderNumberHint: 'Номер заказа AliExpress — 15 или 16 цифр, Alibaba — от 17 до 19.',
  protectionHint: (ae, ab) =>
    `Обычно AliExpress защищает ${ae} дней, Alibaba — ${ab}. Точный срок указан на странице заказа.`,
  destinationHint: 'Двухбуквенный код страны, например RU или KZ.',
  save: 'Сохранить данные заказа',
  noNumber: 'не указан',
  errorsHeading: 'Ничего не сохранено. Исправьте:',
  problems: {
    retailer: 'выберите магазин из списка.',
    orderAliexpress: 'номер заказа AliExpress состоит из 15 или 16 цифр.',
    orderAlibaba: 'номер заказа Alibaba состоит из 17–19 цифр.',
    orderOther: 'от 3 до 40 букв, цифр или дефисов — так, как его пишет магазин.',
    orderIsTracking: 'это трек-номер. Номер заказа указан на странице заказа в магазине.',
    dateMissing: 'укажите день, когда вы сделали заказ.',
    dateInvalid: 'такой даты не существует.',
    dateFuture: 'эта дата ещё не наступила.',
    dateOld: 'это больше двух лет назад — проверьте год.',
    daysMissing: 'укажите, сколько дней защиты даёт магазин.',
    daysRange: 'укажите целое число дней от 1 до 365.',
    country: 'укажите двухбуквенный код страны, например RU, или оставьте поле пустым.',
  },
  crossSiteTitle: 'Заказ не сохранён',
  crossSite:
    'Эта форма пришла с другого сайта, поэтому мы её не приняли. Откройте страницу отслеживания здесь и отправьте форму снова.',
  back: 'Назад к странице отслеживания',
};
