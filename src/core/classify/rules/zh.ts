/**
 * @module core/classify/rules/zh
 * Chinese (simplified and common traditional forms) text rules, as Cainiao, China Post and
 * Chinese consolidators write them. Pickup-station signatures (驿站/代收点签收) are not
 * deliveries; failures (未妥投, 派送失败) come before 妥投/签收.
 */
import { GENERIC, L, type LanguageRules } from './labels.js';

export const ZH: LanguageRules = {
  lang: 'zh',
  hints: [],
  rules: [
    [
      'not-yet-handed',
      /待揽件|等待卖家发货|待发货|等待[^。；，]*?揽收|尚未(?:交寄|收寄|揽收|入库)|待揽收|等待(?:包裹)?入库|订单信息/,
      L.infoReceived,
    ],
    ['prohibited', /锂电|锂离子|违禁|禁运|禁寄|违规物品|含电池/, L.prohibited],
    ['export-held', /出口[^。；]*?(?:扣留|扣押|查验异常|滞留|暂扣)/, L.exportHeld],
    [
      'customs-refused',
      /(?:海关|清关)[^。；]*?(?:没收|拒绝入境|退运|拒绝)|被海关(?:没收|扣押没收)/,
      L.customsRefused,
    ],
    ['customs-payment-early', /待缴|(?<!已)缴税|关税|税费/, L.customsPayment],
    ['export-customs', /出口(?:报关|清关|海关|申报|安检)|报关/, L.exportCustoms],
    // A later step in the same text wins: "清关完成，已移交当地派送商" is the hand-over.
    [
      'to-last-mile-early',
      /(?:移交|交付|交给|转交)(?:给|至)?(?:当地|本地|末端|尾程)[^。；]{0,6}?(?:派送商|快递|邮政|承运商|配送)/,
      L.lastMile,
    ],
    // "Arrived, awaiting clearance" is the arrival: customs has not started.
    [
      'arrived-awaiting-customs',
      /(?:到达|抵达|已到)目的(?:国|地国家|地)[^。；]{0,3}?(?:等待|待)清关/,
      L.arrivedDest,
    ],
    [
      'customs-released',
      /(?:清关|通关)(?:完成|成功|已完成|放行)|海关放行|已清关|(?:已|完成)?放行|(?:进口)?清关结束|从海关退回|海关已放行/,
      L.customsReleased,
    ],
    ['customs-payment', /(?:关税|税费|缴税|缴纳|付税|税款|进口税)/, L.customsPayment],
    [
      'customs-docs',
      /(?:海关|清关)[^。；]*?(?:资料|文件|证件|身份证|信息)|补充(?:资料|文件)/,
      L.customsDocs,
    ],
    [
      'customs-held',
      /(?:海关|清关)[^。；]*?(?:扣留|扣押|滞留|暂扣|查验|异常|延误)|(?:扣关|被扣)/,
      L.customsHeld,
    ],
    ['import-customs', /海关|清关|通关|进口(?:申报|查验)/, L.importCustoms],
    ['destroyed', /销毁/, L.destroyed],
    ['return-requested', /退(?:回|件)申请|(?:申请|请求)退(?:回|件|货)/, L.inTransit, GENERIC],
    ['rejected', /拒绝(?:接收|签收|收货|收件|接受)|拒收|拒签/, L.refused],
    ['refused', /拒收|拒签|拒绝签收/, L.refused],
    ['unclaimed', /(?:超期|超时|逾期)未(?:取|领)|未领取|无人领取|滞留件/, L.unclaimed],
    [
      'returned',
      /退件已妥投|(?:商家|卖家|寄件人|发件人)已签收|(?:已)?退回(?:给)?(?:发件人|寄件人|卖家|商家)?(?:签收|成功)|退件签收|(?:发件人|寄件人|卖家)已签收退件|退回成功|已退回(?:至|到|给)(?:卖家|商家|发件人|寄件人)/,
      L.returned,
    ],
    ['returning', /退回|退件|退运|返回发件人|逆向/, L.returning],
    ['courier-pickup', /(?:快递员|司机|揽收员)[^。；，]*?(?:取件|揽收)/, L.pickedUp],
    [
      'waiting-pickup',
      /等待[^。；，]*?(?:取件|领取)|待取件|请[^。；]*?(?:取件|领取)|前往[^。；]*?领取/,
      L.pickupPoint,
    ],
    [
      'received-by-proxy',
      /(?:物业|门卫|前台|家人|邻居|同事|他人)代收|已由[^。；]*?代收(?!点)/,
      L.delivered,
    ],
    [
      'left-at-door',
      /(?:已)?(?:放|放置|投放)(?:在|于|至)[^。；，]{0,8}?(?:门口|家门|门卫|前台|收发室|信箱)/,
      L.delivered,
    ],
    [
      'collected-by-recipient',
      /(?:收件人|客户|本人|买家)[^。；，]*?(?:取件|取出|自提)|从(?:驿站|自提点|代收点|快递柜)[^。；]*?取(?:件|出)|取件成功/,
      L.delivered,
    ],
    [
      'pickup-point',
      /驿站|自提|代收点|快递柜|智能柜|丰巢|取件码|待取件|等待取件|待领取|(?:到达|存入|放入)(?:[^。；]*?)(?:自提点|提货点|柜)/,
      L.pickupPoint,
    ],
    ['attempt-closed', /(?:公司|单位|商铺)(?:已)?(?:关门|下班|休息)/, L.failedClosed],
    [
      'attempt-address',
      /(?:投递|派送|配送)[^。；]*?地址(?:错误|有误|不详|不全|不存在|无法找到)|地址(?:错误|有误|不详|不全|不存在|无法找到)[^。；]*?(?:投递|派送)(?:失败|不成功)/,
      L.failedAddress,
    ],
    ['address-problem', /地址(?:错误|有误|不详|不全|不存在|无法找到)/, L.addressProblem],
    [
      'attempt-absent',
      /(?:无法接通|电话(?:未接|关机)|无人|收件人不在|客户不在|电话无人接听|联系不上(?:收件人)?|无法联系)/,
      L.failedAbsent,
    ],
    [
      'not-delivered',
      /未能(?:成功)?(?:投递|派送|送达|妥投)|派件异常|未(?:妥投|签收|投递成功|能投递|送达)|(?:投递|派送|配送|妥投)(?:失败|不成功|未成功)|(?:尝试|再次)(?:投递|派送)|无法(?:投递|派送|送达)/,
      L.failedAttempt,
    ],
    ['left-country', /离境/, L.departedOrigin],
    ['in-flight', /飞往目的|中转机场/, L.intlTransit],
    [
      'to-airline',
      /互换局[^。；，]*?发往|离开[^。；，]*?互换局(?!】?[^。；，]*?下一站)|离境|飞往目的|始发地?机场[^。；]*?(?:发出|起飞)|(?:交|交付|移交)(?:给)?航空(?:公司)?|(?:已)?交航|航班(?:已)?起飞|(?:已)?(?:离开|离港|出港)(?:始发|出发|中国|原寄)|离开(?:中国|出口)|启运|出境/,
      L.departedOrigin,
    ],
    [
      'to-last-mile',
      /交(?:给)?寄达[地国]?邮政|(?:交|交付|移交|交给|转交)(?:给|由|至)?(?:当地|目的国|末端|尾程|派送|本地)(?:[^。；]*?)(?:派送商|快递|邮政|承运商|公司)?|末端(?:派送商|承运商)|尾程|新(?:的)?(?:运单号|跟踪号|单号)/,
      L.lastMile,
    ],
    [
      'ready-for-delivery',
      /准备(?:投递|派送)|等待安排(?:投递|派送)|(?:到达|抵达)[^。；]*?(?:投递局|营业部|派送站|配送站|网点|营业点)/,
      L.destFacility,
    ],
    [
      'out-for-delivery',
      /派送中|(?:正在|开始|安排)(?:派送|投递|配送)|派件中|正在[^。；，]*?派件|为您派件|(?:快递员|派送员|投递员)[^。；]*?(?:派送|投递|配送|送件)|出库派送|投递中|配送中/,
      L.outForDelivery,
    ],
    // Due today is the day's round (docs/labeling.md), even when only expected.
    // 今天已送达: done today, not due today.
    [
      'delivered-today',
      /(?:今天|今日)已(?:送达|签收|妥投|投递)|已于(?:今天|今日)(?:送达|签收|妥投)/,
      L.delivered,
    ],
    [
      'due-today',
      /(?:今天|今日)[^。；，]{0,6}?(?:送达|派送|投递|送到)|(?:预计|将|将于)(?:今天|今日)/,
      L.outForDelivery,
    ],
    [
      'will-be-delivered',
      /预计[^。；，]{0,6}?(?:送达|派送|投递)|将(?:于|在)[^。；]*?(?:送达|派送)/,
      L.inTransit,
      0.7,
    ],
    [
      'arrived-delivery-office',
      /(?:到达|抵达)[^。；]*?(?:投递局|营业部|派送站|配送站|网点|营业点)/,
      L.destFacility,
    ],
    [
      'delivered',
      /妥投|已签收|签收|(?:已|成功)送达|派送成功|投递成功|配送成功|交付成功|已投递|已送达/,
      L.delivered,
    ],
    ['damaged', /破损|损坏|损毁/, L.damaged],
    ['lost', /丢失|遗失|丢件/, L.lost],
    ['cancelled', /取消|撤销/, L.cancelled],
    ['weather', /天气|台风|暴雨|暴雪|自然灾害/, L.weather],
    ['misrouted', /错发|错分|误发/, L.misrouted],
    ['delayed', /延误|延迟|晚点|推迟|延期|改期/, L.delayed],
    ['transit-hub', /中转国|经转|转运国|中转互换局/, L.transitHub],
    ['dest-facility', /目的(?:国|地)[^。；]*?(?:分拣|处理|转运|分拨)中心/, L.destFacility],
    [
      'arrived-destination',
      /寄达[地国]|已(?:抵达|到达)(?![^。；]*?(?:中心|仓|站|局|网点|机场|邮局|柜|点|集运|部|中转))|(?:到达|抵达|已到)(?:目的国|目的地国家|目的地|目的港|目的地机场|进口国)|航班(?:已)?(?:到达|落地)|(?:进口|目的国)(?:处理中心|互换局)/,
      L.arrivedDest,
    ],
    ['international-transit', /航班|干线|国际运输|空运|海运|运往目的国/, L.intlTransit],
    ['expired', /停止跟踪|无物流更新/, L.expired],
    [
      'picked-up',
      /揽收|揽件|已收件|收寄|交寄|已收取|已取件(?:成功)?(?=.*(?:卖家|商家|发件))|快递员已取件|上门取件成功/,
      L.pickedUp,
    ],
    // The seller still holds the parcel, waiting or "not yet" in any word order.
    [
      'seller-holds',
      /(?:等待|待)(?:卖家|商家|发件人|寄件人)|(?:卖家|商家|发件人|寄件人)[^。；，,]{0,4}?(?:尚未|还未|还没|暂未|未)(?:发货|交|揽|寄|出库|打包)/,
      L.infoReceived,
    ],
    [
      'info-received',
      /(?:电子)?信息已(?:收到|接收|录入)|已下单|订单(?:已)?(?:创建|生成|提交)|(?:卖家|商家)已发货|等待揽收|待揽收|面单|(?:已)?打包|包裹已(?:准备|备货)|(?:仓库|商家)(?:已)?出库|预报/,
      L.infoReceived,
    ],
    ['warehouse-out', /(?:包裹|仓库|商家)(?:已)?出库/, L.infoReceived],
    [
      'origin-facility',
      /(?:仓库|集运仓|始发|国际)(?:[^。；]*?)(?:处理中心|分拣中心|转运中心|分拨中心|仓)|入库|出库/,
      L.originFacility,
    ],
    ['next-stop', /发往下一站/, L.inTransit, GENERIC],
    [
      'facility',
      /(?:到达|离开|发往|抵达|经过)[^。；]*?(?:中心|仓|站|局|网点|枢纽|基地)|分拣|转运中心|分拨中心|处理中心/,
      'facility',
    ],
    [
      'transit-generic',
      /运输中|在途|途中|已发出|发往|离开|到达|处理中|转运|运送/,
      L.inTransit,
      GENERIC,
    ],
  ],
};
