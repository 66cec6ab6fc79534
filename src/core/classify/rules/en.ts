/**
 * @module core/classify/rules/en
 * English text rules. Order is meaning: negations and look-alikes ("not delivered",
 * "delivery attempted", "arrived at delivery office", "return to sender requested",
 * "returned from customs", "will be delivered") come before the positives they resemble.
 */
import { GENERIC, L, type LanguageRules } from './labels.js';

const PLACE =
  /(?:sorting|sort|processing|distribution|logistics|mail|parcel|transit|exchange|operations?)? ?(?:center|centre|facility|warehouse|hub|depot|terminal|gateway|station|office of exchange)/
    .source;
const PICKUP_PLACE =
  /(?:pick ?-?up (?:point|location|station|store|counter)|parcel ?(?:locker|shop|point|station|terminal)|locker|service point|access point|collection point|post office counter|retail (?:location|counter)|counter|postomat|paczkomat|automat)/
    .source;

export const EN: LanguageRules = {
  lang: 'en',
  hints: [
    'the',
    'has',
    'been',
    'was',
    'your',
    'parcel',
    'item',
    'package',
    'shipment',
    'delivered',
    'delivery',
    'arrived',
    'departed',
    'facility',
    'customs',
    'to',
    'at',
    'from',
    'of',
    'for',
    'with',
    'received',
    'transit',
    'out',
    'sorting',
    'center',
    'centre',
    'returned',
    'sender',
    'attempted',
    'by',
    'is',
    'not',
    'and',
    'left',
    'processed',
    'office',
    'picked',
    'up',
  ],
  rules: [
    // Customs first: "returned from customs" is a release, not a return.
    [
      'export-held',
      /export[^.;]*?(?:held|hold|detained|retained|seized)|(?:held|detained|retained) (?:by|at|in) export/,
      L.exportHeld,
    ],
    [
      'customs-refused',
      /(?:refused|rejected|seized|confiscated|denied|not admitted) (?:by|at|in) customs|customs (?:authorit(?:y|ies) )?(?:has |have )?(?:refused|rejected|seized|confiscated|denied)|(?:seized|confiscated)\b|import (?:refused|denied|prohibited)/,
      L.customsRefused,
    ],
    [
      'export-customs',
      /export (?:customs|clearance|declaration|security|approved|inspection)|shipment release - export|release - export|(?:customs|security) export|outbound customs|(?:presented|handed (?:over )?to) export/,
      L.exportCustoms,
    ],
    [
      'customs-payment-early',
      /\b(?:pay|settle) (?:the |your )?(?:import |customs )?(?:dut(?:y|ies)|tax(?:es)?|vat|fees?|charges?)\b[^.;]*?(?:so|to|before|and)\b[^.;]*?(?:released?|cleared?|deliver)/,
      L.customsPayment,
    ],
    [
      'in-clearance',
      /being (?:cleared|processed) (?:by|through|at|in) (?:import )?customs|customs clearance (?:is )?(?:in progress|under way|underway|ongoing)|undergoing (?:customs )?clearance/,
      L.importCustoms,
    ],
    [
      'arrived-awaiting-customs',
      /(?:arrived|arrival|landed|reached)[^.;]*?\bdestination (?:country|region)[^.;]*?(?:awaiting|waiting for|pending|before|to|for)(?: the)?(?: import)? (?:customs|clearance)/,
      L.arrivedDest,
    ],
    [
      'customs-released',
      /(?:returned|released|cleared) (?:from|by|through) (?:import |export )?customs|customs (?:clearance )?(?:has been |was )?(?:completed?|cleared|released|finished|successful|passed)|(?:cleared|passed) customs|clearance (?:completed?|finished|successful)|clearance processing complete|customs (?:have|has) released|shipment release - import|release - import|left customs|released (?:by|from) (?:the )?(?:import )?(?:customs|clearance)|(?:import )?(?:customs )?clearance completed|customs status updated: released|processed through customs|released by [a-z ]*(?:border|customs|agency)|released to (?:the )?(?:carrier|courier|post)|inspection (?:completed|passed)/,
      L.customsReleased,
    ],
    [
      'customs-docs',
      /(?:clearing agency|customs broker|broker)[^.;]*?(?:requires?|needs?)[^.;]*?(?:information|documents?|documentation)|customs[^.;]*?(?:documents?|documentation|information|invoice|identification|id number|tax id|cpf|passport|declaration)[^.;]*?(?:required|needed|missing|requested|incomplete|insufficient)|(?:documents?|documentation|information|invoice|identification) (?:is |are )?(?:required|needed|missing|requested)[^.;]*?(?:customs|clearance)|(?:awaiting|pending|waiting for) (?:the )?(?:customs )?(?:documents|documentation|information from)|(?:importer|recipient|consignee)'?s? documentation|customs (?:requires?|needs?|requested|is requesting)|(?:tax id|tax number|id number|identification|invoice)[^.;]*?(?:required|needed|missing|requested)|(?:must|need to|needs to|has to|have to|should|asked to|required to|(?:consignee|recipient|importer|buyer|customer|receiver) to) (?:supply|provide|send|submit|present|upload)[^.;]*?(?:invoice|documents?|documentation|information|identification|\bid\b|tax (?:id|number)|proof|receipt)/,
      L.customsDocs,
    ],
    [
      'customs-paid',
      /(?:duties|duty|taxes|tax|fees?|charges|payment) (?:have been |has been |were |was )?(?:paid|settled|received|confirmed)/,
      L.importCustoms,
    ],
    [
      'customs-payment',
      /(?:charges|fees?|duties|taxes|vat)[^.;]*?(?:needs?|have|has) to be paid|to be paid before|(?:import |customs )?charges (?:are |have been )?(?:due|to be paid|unpaid)|held until [^.;]*?paid|(?:duties|duty|taxes|tax|vat|import fees?|customs (?:fees?|charges?|duties))[^.;]*?(?:pay|payment|due|unpaid|outstanding|owed|required|to be paid|must be paid|collect)|(?:awaiting|pending|requires?|waiting for|requested) (?:the )?(?:customs )?payment|payment (?:of|for) (?:the )?(?:duties|taxes|customs|import)|(?:pay|paying) (?:the )?(?:duties|taxes|customs)|(?:fee|charge|duty|duties|tax|taxes|vat) (?:is |are )?(?:due|payable|outstanding|to pay)|fee to pay|(?:fees?|charges?|dut(?:y|ies)|tax(?:es)?|vat|gst|customs|amount)[^;]{0,60}?(?:must|need to|needs to|has to|have to|should) be paid|(?<!\bno )(?:fees?|charges?|dut(?:y|ies)|tax(?:es)?|vat|gst)\b[^.;]{0,40}?(?:payable|outstanding|owed)|(?:fees?|charges?|dut(?:y|ies)|tax(?:es)?|vat|gst) (?:of|amount)[^;]{0,20}? (?:is |are )?(?:due|payable)|\bpay (?:the |your )?(?:import |customs )?(?:dut(?:y|ies)|tax(?:es)?|vat|fees?|charges?)\b/,
      L.customsPayment,
    ],
    [
      'customs-held',
      /(?:held|hold|detained|retained|retention|stopped|stuck|on hold)[^.;]*?(?:customs|clearance)|customs[^.;]*?(?:held|hold|detained|retained|retention|exception|issue|problem|delay)|clearance (?:delay|exception|issue|problem)/,
      L.customsHeld,
    ],
    [
      'import-customs',
      /clearing agency|(?<!(?:on (?:its|the) way|heading|en route|in transit) to (?:the )?)customs|clearance|(?:import|inbound) (?:inspection|processing)/,
      L.importCustoms,
    ],
    ['destroyed', /destroyed|disposed|destruction|discarded/, L.destroyed],
    // Returns: a request is not a return; "being returned" before "returned to sender".
    [
      'not-yet-handed',
      /(?:has|have|had) not (?:yet )?been (?:handed over|handed|passed|given|tendered|dropped off)\b|not yet been (?:handed over|handed|passed|given|tendered|dropped off)\b|not yet been received by (?:us|the carrier|dhl|ups|fedex|usps|[a-z]+ post)|not yet in hand|(?:shipping )?label (?:created|printed|generated)|(?:awaiting|waiting (?:for|on)|pending)(?: the)? (?:seller|sender|shipper|merchant|retailer|vendor)\b|not yet (?:received|handed over|in our possession) by|(?:received|has) the (?:shipment|order) (?:details|information|data)|awaiting (?:the )?(?:parcel|item|package) from the (?:seller|sender|shipper)/,
      L.infoReceived,
    ],
    [
      'return-requested',
      /(?:asked|requested|request) for [^.;]*?(?:to be )?return|return(?: to (?:sender|shipper))? (?:has been |was |is )?(?:requested|initiated by|pending approval)|(?:request(?:ed)?|requesting) (?:a |the )?return|return request|return label|(?:change|redirect(?:ion)?|instruction)s? requested:? (?:to )?return|requested:? return to (?:sender|shipper)/,
      L.inTransit,
      GENERIC,
    ],
    [
      'declined',
      /\b(?:declined|rejected|refused) by (?:the )?(?:recipient|addressee|customer|consignee)|\b(?:recipient|addressee|customer|consignee) (?:has )?(?:declined|rejected|refused)/,
      L.refused,
    ],
    [
      'refused',
      /refused|refusal|rejected by (?:the )?(?:recipient|addressee|customer|consignee|receiver)|(?:recipient|addressee|customer|consignee|receiver) (?:declined|rejected)/,
      L.refused,
    ],
    [
      'not-collected',
      /\b(?:not|never|nobody|no one) (?:been )?collected|\buncollected\b|\bnot picked up (?:within|in time|by the)/,
      L.unclaimed,
    ],
    [
      'unclaimed',
      /not (?:been )?(?:collected|picked up|claimed)(?! from (?:the )?(?:sender|shipper|seller))|uncollected|unclaimed|(?:collection|pick ?-?up|storage|holding|retention) (?:period|time|deadline)\b[^.;]{0,40}?(?:expired|exceeded|ended|elapsed|passed|is over)/,
      L.unclaimed,
    ],
    [
      'heading-back',
      /\b(?:heading|going|travell?ing|on (?:its|the) way|being sent|sent) back to (?:the )?(?:sender|shipper|merchant|seller|origin)/,
      L.returning,
    ],
    [
      'returning',
      /(?:being|will be|to be|is being|has been sent|sent|on (?:its|the) way) (?:back|returned)|\breturning\b|return to (?:sender|shipper|origin)|return(?:ed)? (?:item |parcel |shipment )?in (?:progress|transit)|(?:in transit|en route|forwarded|dispatched) (?:back )?to (?:the )?(?:sender|shipper|origin)|on (?:its|the) way back|sent back|\brts\b/,
      L.returning,
    ],
    [
      'returned',
      /(?:returned|delivered|given|handed)(?: back)? to (?:the )?(?:sender|shipper|seller|merchant|origin|consignor)|return(?:ed)? (?:parcel |item |shipment )?(?:delivered|received) (?:to|by|at) (?:the )?(?:sender|shipper|seller|merchant)|(?:sender|shipper|seller|merchant) (?:has )?(?:received|collected) (?:the )?return|return (?:completed|delivered)/,
      L.returned,
    ],
    ['returned-generic', /\breturned\b|\breturn\b/, L.returning, 0.7],
    // Pickup point: collected by the buyer, waiting there ("not collected" precedes the returns).
    [
      'collected-by-recipient',
      /handed (?:over )?to (?:the )?(?:customer|recipient|addressee|consignee|receiver)|(?:collected|picked up|received|signed for) by (?:the )?(?:recipient|addressee|customer|consignee|buyer|receiver)|(?:recipient|addressee|customer|consignee|buyer|receiver) (?:has )?(?:collected|picked up)|(?:collected|picked up) (?:at|from) (?:the )?(?:pick ?-?up|post office|parcel|locker|counter|collection|service point|access point|retail)/,
      L.delivered,
    ],
    [
      'awaiting-carrier-pickup',
      /(?:awaiting|waiting for|pending|scheduled|requested|booked|arranged) (?:carrier |courier )?pick ?-?up(?: by| from)? (?:the )?(?:carrier|courier|driver|sender|seller|shipper|merchant)|(?:carrier|courier) pick ?-?up (?:scheduled|requested|booked|arranged|pending)|pick ?-?up (?:scheduled|requested|booked|arranged)/,
      L.infoReceived,
    ],
    [
      'ready-to-collect',
      /\b(?:ready|available) (?:to|for) (?:collect|collection|pick ?-?up)\b|\bawaiting (?:collection|pick ?-?up)|\bcan (?:now )?be collected/,
      L.pickupPoint,
    ],
    [
      'pickup-point',
      new RegExp(
        `held[^.;]*?(?:addressee|recipient|customer) (?:notified|informed)|being held for (?:the )?(?:addressee|recipient|customer)|can be collected|held at [^.;]*?(?:access point|pick ?-?up point|locker|post office|service point|parcel shop)|for (?:customer |recipient )?(?:pick ?-?up|collection)\\b|(?:is|are) (?:now )?(?:at|in) (?:the |a |your )?${PICKUP_PLACE}|(?:available|ready|waiting|awaiting|held|kept|stored|holding) (?:for )?(?:(?:the )?(?:recipient|addressee|customer) (?:to |for )?)?(?:collection|pick ?-?up|pickup|to be (?:collected|picked up))|(?:arrived|delivered|deposited|placed|available|dropped|stored|ready) (?:at|in|to) (?:the |a |your )?(?:[a-z]+ )?${PICKUP_PLACE}|${PICKUP_PLACE}[^.;]*?(?:ready|available|waiting|awaiting|arrived)|hold at location|held at (?:the )?(?:post office|counter)|ready to (?:be )?(?:collected|picked up)|(?:please )?collect (?:it|your parcel|your item)|\\b(?:waiting|ready|here) for you (?:at|in)\\b|\\bwaiting for you to (?:collect|pick)`,
      ),
      L.pickupPoint,
    ],
    // Failed deliveries, most specific reason first.
    [
      'attempt-closed',
      /business (?:was )?closed|closed on arrival|(?:premises|office|company|store|shop) (?:was )?closed/,
      L.failedClosed,
    ],
    [
      'attempt-address',
      /(?:attempt|delivery exception|unsuccessful delivery|could not (?:be )?deliver|unable to deliver|undeliverable|not delivered|courier|driver)[^.;]*?(?:(?:incorrect|wrong|incomplete|insufficient|invalid|bad|unknown|inaccessible) address|address (?:is |was )?(?:incorrect|wrong|incomplete|insufficient|invalid|unknown|not found|inaccessible|unidentifiable))|(?:incorrect|wrong|incomplete|insufficient|invalid|bad|unknown) address[^.;]*?(?:attempt|could not (?:be )?deliver|unable to deliver|delivery exception)|undeliverable as addressed|unable to locate (?:the )?(?:address|recipient)|no such (?:number|address|street)|address (?:could not|cannot) be (?:located|found)/,
      L.failedAddress,
    ],
    [
      'attempt-absent',
      /(?:no ?one|nobody) (?:was )?(?:home|available|in|present|at home)|(?:recipient|addressee|customer|consignee|receiver) (?:was )?(?:not (?:available|at home|home|present|in|reachable)|unavailable|absent|unreachable)|not at home|nobody in|(?:we )?missed you|(?:recipient|addressee|customer|consignee) could not be (?:reached|contacted)|\bno (?:authori[sz]ed )?(?:recipient|one|person|adult|signer|signatory) (?:was )?(?:available|present|home|at home)\b|(?:could ?n[o']t|can ?n[o']t|cannot|unable to|did ?n[o']t) get (?:an |any )?(?:answer|reply|response)|no (?:answer|reply|response) at (?:the |your )?(?:door|address)|(?:no ?one|nobody) answered/,
      L.failedAbsent,
    ],
    [
      'address-problem',
      /(?:street|house|building|apartment) number (?:is )?(?:incorrect|wrong|missing|invalid)|(?:incorrect|wrong|incomplete|insufficient|invalid|bad|unknown) address|address (?:is |was )?(?:incorrect|wrong|incomplete|insufficient|invalid|unknown|not found|unidentifiable|problem|issue|error)|(?:addressee|recipient|customer) (?:has )?moved|gone away|addressee unknown|(?:address|house|street|building|flat|apartment)(?: number| name)? (?:could not|cannot|couldn't|can't) be (?:found|located|identified)|(?:could not|cannot|couldn't|unable to) (?:find|locate) (?:the |your )?(?:address|house|street|building|premises)|address (?:does not|doesn't|did not) exist|non-?existent address/,
      L.addressProblem,
    ],
    [
      'not-delivered',
      /not (?:been |be )?delivered|undelivered|undeliverable|(?:could|can|was|were) not (?:be )?deliver|unable to deliver|cannot be delivered|(?:delivery|deliver(?:y)? attempt)[^.;]*?(?:failed|unsuccessful|not successful|not possible|impossible|missed)|(?:failed|unsuccessful|missed|attempted) delivery|delivery (?:was )?attempted|attempt(?:ed)? to deliver|delivery attempt|(?:notice|card|notification|note) (?:was )?left|tried to deliver|(?:leave|left) (?:a )?(?:notice|card)|redelivery|re-delivery|safe ?place unavailable|no safe ?place (?:available|found)/,
      L.failedAttempt,
    ],
    // Look-alikes of delivery.
    [
      'to-carrier-airline',
      /(?:delivered|hand(?:ed)?(?: over)?|tendered|transferred) to (?:the )?(?:airline|air carrier|flight)/,
      L.departedOrigin,
    ],
    [
      'to-last-mile',
      /(?:handed|passed|transferred|given|tendered)(?: over| on)? to (?:evri|yodel|parcelforce|dpd|gls|hermes|inpost|royal mail|usps|canada post|australia post|an post|postnord|bpost|postnl|la poste|correos|correios|poste italiane|deutsche post|poczta polska)\b|(?:now )?with (?:evri|yodel|parcelforce|dpd|gls|hermes|inpost|royal mail|usps|canada post|australia post|an post|postnord|bpost|postnl|la poste|correos|correios|poste italiane|deutsche post) for (?:final |onward |local )?delivery|(?:delivered|handed(?: over| off)?|tendered|transferred|forwarded|passed|given) to (?:the |a )?(?:local|last[- ]mile|final[- ]mile|domestic|national|destination|delivery|postal)(?: delivery| postal| courier)? (?:carrier|courier|post|postal|company|partner|service|operator|agent)|(?:delivered|handed(?: over| off)?|tendered|transferred|forwarded|passed|given) to (?:usps|royal mail|la poste|colissimo|correos|correios|postnl|dhl|ups|fedex|gls|dpd|hermes|evri|inpost|poczta|pttl?|canada post|australia post|japan post)|handover to (?:the )?(?:local|last|delivery|postal|destination)|(?:accepted|received) by (?:the )?(?:local|last[- ]mile|destination|delivery) (?:delivery )?(?:carrier|courier|post|postal|operator|company|partner)|last[- ]mile|new tracking number|delivery partner/,
      L.lastMile,
    ],
    [
      'ready-for-delivery',
      /(?:ready|prepared|preparing|sorted) for (?:final )?delivery|awaiting (?:final )?delivery|being prepared for delivery|(?:due|scheduled) for redelivery/,
      L.destFacility,
    ],
    [
      'seller-notified',
      /\b(?:seller|sender|merchant|shipper|retailer) (?:has )?(?:let us know|told us|notified us|informed us)/,
      L.infoReceived,
    ],
    [
      'ofd-later',
      /\bout for delivery (?:tomorrow|next|on (?:mon|tues|wednes|thurs|fri|satur|sun)day)/,
      L.inTransit,
      0.7,
    ],
    [
      'ofd-courier',
      /\b(?:courier|driver|postman|postwoman|postie|carrier) is (?:now )?(?:delivering|on (?:the|their|his|her) way)|\bloaded (?:on|onto|into) (?:the |a |our )?(?:delivery )?(?:vehicle|van|truck)|\bon (?:its|the|their) way (?:(?:to you|to u|2 u) )?today|(?:^|\b(?:is|are|now|it's) )with (?:our|the|your) (?:delivery )?(?:driver|courier|postman|postwoman|postie)\b|\bbeing delivered today|\bexpect(?:ing)? to deliver (?:it|your [a-z]+|the [a-z]+) today|\bexpect it today/,
      L.outForDelivery,
    ],
    [
      'ofd-abbrev',
      /\bout for (?:dlvry|dlv|delv|dely|del)\b|\bofd\b|\bon (?:veh|vehicle) for (?:dlvry|delivery)/,
      L.outForDelivery,
    ],
    [
      'out-for-delivery',
      /out for delivery|driver has (?:your|the) (?:parcel|package|item)|(?:courier|driver)[^.;]*?on (?:the|their|his|her) way|with (?:the )?delivery (?:courier|driver|agent)|stops? away|(?:with|by) (?:the |our )?(?:courier|driver|postman|postwoman|delivery agent|carrier|mail carrier) for delivery|(?:on|loaded (?:on|onto)) (?:the |a )?(?:delivery )?(?:vehicle|van|truck)|delivery (?:route|round|tour)|(?:is )?being delivered|in delivery|(?:delivery|courier) (?:in progress|under way|underway|on (?:the|its) way)|courier is on (?:the|his|her|their) way|due for delivery today|(?:will be|to be) delivered today|expected (?:to be delivered )?today|dispatched for delivery|sent out for delivery|en route to (?:the )?(?:recipient|delivery address|consignee)|out for dispatch|on ?board for delivery|deliver(?:ed)?[^.;]{0,20}? (?:during|throughout|in the course of) the day/,
      L.outForDelivery,
    ],
    [
      'arrived-delivery-office',
      new RegExp(
        `(?:arrived|arrival|received|scanned|held|processed|in|at) (?:at|in|by) (?:the )?(?:local |destination |your )?(?:delivery (?:office|depot|station|unit|centre|center|facility|hub|base|point)|(?:local )?post office|postal (?:office|unit|branch)|local (?:${PLACE}|office|branch|unit)|post office|delivery office)|delivery (?:office|depot|station|unit)|(?:at|to) (?:the )?(?:local )?post office`,
      ),
      L.destFacility,
    ],
    [
      'will-be-delivered',
      /will deliver(?![^.;]*\btoday\b)|(?:will|to) be delivered|delivery (?:is |has been )?(?:scheduled|expected|planned|estimated|date)|(?:expected|estimated|scheduled|planned|new) delivery|scheduled for (?:final )?delivery|delivery appointment|delivery window|\beta\b/,
      L.inTransit,
      0.7,
    ],
    // Delivered, once every look-alike above has had its chance.
    [
      'left-in-mailbox',
      /\b(?:left|placed|put|posted|dropped|hidden) (?:in|into|through|at|on|behind|under|beside|inside) (?:your |the |a )?(?:[a-z]+ ){0,2}?(?:mail ?box|letter ?box|post ?box|mail ?slot|porch|front door|back door|side door|doorstep|safe ?place|safe location|garage|shed|parcel box|meter box)|\b(?:left|handed|given|delivered)(?: over)? (?:to|with) (?:a |your |the )?(?:neighbou?r|concierge|doorman|porter|receptionist|reception|front desk|building (?:manager|reception|staff)|security desk|mail ?room|caretaker|housemate)|\b(?:received|accepted|signed for|collected) by (?:a |your |the )?(?:neighbou?r|concierge|doorman|porter|receptionist|reception|front desk|security desk|caretaker|housemate)|\bhanded (?:to|over to) (?:the )?(?:recipient|addressee|customer)\b|\bsigned for by\b|\breceived by (?:the )?(?:recipient|addressee|customer)/,
      L.delivered,
    ],
    ['delivered-abbrev', /\b(?:dlvd|dlv'?d|delv'?d|deliv'?d|del'd)\b/, L.delivered],
    [
      'delivered',
      /delivered|deliverd|delivery (?:completed?|successful|confirmed|made)|successfully (?:delivered|handed)|signed (?:for|by)|proof of delivery|left (?:at|in|with|behind) (?:the )?(?:front |back )?(?:door|porch|mailbox|mail box|letterbox|letter box|reception|neighbou?r|safe ?place|garage|parcel box|doorstep)|in (?:the )?(?:mailbox|letterbox)|receiver signed|recipient signed/,
      L.delivered,
    ],
    // Problems that do not stop movement, and those that do.
    [
      'prohibited',
      /lithium|airlines? (?:do|does|will|would) not (?:accept|carry|allow)|not (?:accepted|allowed|permitted) (?:by|on|for) (?:the )?(?:airlines?|air|flights?)|prohibited|forbidden|restricted (?:item|goods|article)|dangerous goods|hazardous|not (?:allowed|permitted) (?:for|to be)|security (?:check|screening|inspection) (?:failed|not passed)|contains? (?:batter(?:y|ies)|liquids?)/,
      L.prohibited,
    ],
    ['damaged', /damaged|damage|broken|\btorn\b|crushed|wet parcel/, L.damaged],
    [
      'lost',
      /unable to locate (?:your|the) (?:package|parcel|item|shipment)|trace has been initiated|\blost\b|missing|cannot be (?:found|located|traced)|could not be (?:found|located|traced)|untraceable|whereabouts unknown/,
      L.lost,
    ],
    ['cancelled', /cancel+ed|cancel+ation|voided|shipment (?:was )?cancel/, L.cancelled],
    ['weather', /weather|storm|snow|flood|typhoon|hurricane|natural disaster|blizzard/, L.weather],
    [
      'misrouted',
      /mis-?sent|mis-?sort(?:ed)?|mis-?routed|mis-?shipped|wrong (?:route|facility|destination|hub)|routing error|sent to (?:the )?wrong|re-?routed|missort/,
      L.misrouted,
    ],
    [
      'delayed',
      /arriving late|running late|delay|late (?:arrival|flight|truck)|behind schedule|later than (?:expected|planned)|postponed|rescheduled|backlog|congestion|held over/,
      L.delayed,
    ],
    [
      'expired',
      /tracking (?:has )?(?:stopped|expired|ended)|no (?:tracking )?(?:updates|information|info) (?:for|in) (?:\d+|a long|many|over)/,
      L.expired,
    ],
    // The journey, from the destination backwards.
    [
      'toward-destination',
      /(?:in transit|en route|on (?:its|the) way|in flight|flying|heading) (?:to|towards) (?:the )?destination (?:country|region)/,
      L.intlTransit,
    ],
    [
      'next-facility',
      /(?:in transit|on (?:its|the) way|en route|moving|forwarded|sent) to (?:the )?next (?:facility|hub|sorting|depot)/,
      L.inTransit,
      GENERIC,
    ],
    [
      'inward-exchange',
      /inward office of exchange|office of exchange of destination|(?:arrived|landed|reached) in (?!transit)(?:the )?[a-z]/,
      L.arrivedDest,
    ],
    [
      'arrived-depot',
      /(?:arrived|arrival|received) (?:at|in) (?:the |our |your )?(?:local |delivery )?depot\b/,
      L.destFacility,
    ],
    [
      'transit-hub-early',
      /\b(?:at|in|through|via) (?:the |a )?transit (?:hub|cent(?:er|re)|facility|point)/,
      L.transitHub,
    ],
    [
      'dest-facility',
      new RegExp(
        `(?:destination|local|delivery|import|inward|regional)(?! (?:origin|export|outward) )[^.;]*?(?:${PLACE}|depot|post office|branch)|(?:${PLACE})[^.;]*?(?:destination|delivery area)|mail cent(?:er|re)`,
      ),
      L.destFacility,
    ],
    [
      'arrived-destination',
      /from abroad|from overseas|received in (?:the )?(?:uk|us|usa|united [a-z]+|destination country)|destination country reached|reached (?:the )?destination country|(?:arrived|arrival|received|landed|reached) (?:at|in) (?:the )?(?:destination (?:country|airport|hub|gateway|office of exchange|port|region)|country of destination|destination\b|importing country)|inward office of exchange|arrived in (?:the )?(?:[a-z]+ )?(?:country|usa|us|uk|europe)|arrived in (?:[a-z]+)$|received by (?:the )?destination (?:post|postal|operator|country|office)|import (?:hub|gateway|scan)|(?:arrival|arrived) (?:at|in) (?:the )?(?:[a-z]+ )?(?:import|inbound)/,
      L.arrivedDest,
    ],
    [
      'transit-hub',
      /transit (?:exchange|country|office|hub|center|centre|point|port|facility|office of exchange)|(?:arrived|departed|arrival|departure) (?:at|from|in) (?:the )?transit(?! airport)/,
      L.transitHub,
    ],
    [
      'departed-origin',
      /airline departure|(?:departed|left|departure from|dispatched from|despatched from|has left|leaving|exported from) (?:from )?(?:the )?(?:origin (?:country|airport|port)|country of origin|exporting country|china|mainland china|hong kong|outward office|export hub|office of exchange|origin\b)|(?:flight|plane|aircraft) (?:has )?(?:departed|took off|taken off)|departed (?:from )?(?:the )?(?:origin )?airport|(?:international|export) dispatch|dispatched (?:to|for) (?:the )?(?:destination country|overseas|abroad)|outward office of exchange|leave (?:the )?(?:origin|country)|(?:handed|delivered)(?: over)? to (?:the )?(?:line-?haul|linehaul|shipping company)/,
      L.departedOrigin,
    ],
    ['enroute-airport', /en ?route to (?:the )?(?:origin )?airport/, L.originFacility],
    [
      'international-transit',
      /in flight|\b(?:flight|aircraft|plane|vessel|ship)\b[^.;]*?(?:in transit|en route|on the way)|(?:arrived|landed|arrival) (?:at|in) (?:the )?(?:[a-z]+ )?airport|airport|on (?:the |a )?(?:flight|plane|vessel|ship)\b|international (?:transit|transport|shipment|transportation)|(?:in transit|en route|on (?:its|the) way) to (?:the )?destination (?:country|region)|plane landed|line-?haul|linehaul|(?:leaving|left) (?:the )?(?:transit|airport)/,
      L.intlTransit,
    ],
    // Collected from the seller: the carrier's pickup, even where the seller's warehouse is named.
    [
      'collected-from-seller',
      /\b(?:collected|picked up|fetched)(?: by [a-z0-9 ]{1,30}?)? from (?:the )?(?:seller|sender|merchant|shipper|vendor)/,
      L.pickedUp,
    ],
    [
      'origin-facility',
      new RegExp(
        `(?:origin|export|outward|consolidation|seller'?s?|shipper'?s?|sender'?s?|china|chinese|overseas|cross-?border|cainiao) (?:[a-z]+ )?(?:${PLACE}|warehouse)|(?:${PLACE}) (?:of|in) (?:origin|china)|warehouse`,
      ),
      L.originFacility,
    ],
    [
      'picked-up',
      /(?:picked up|collected|accepted|received|taken|collect) (?:by|from) (?:the )?(?:carrier|courier|post|sender|shipper|seller|merchant|driver|dhl|ups|fedex|usps|[a-z]+ post|postal service|logistics)|posted|posting|acceptance|accepted|pick ?-?up (?:completed|successful|scan|done)|(?:has been |was )?picked up|drop(?:ped)? off|dropped at|in (?:carrier|courier|fedex|ups|dhl) possession|item received|parcel received|shipment received|received (?:the )?(?:item|parcel|shipment|package)|collected|(?:carrier|courier) has (?:the|your) (?:parcel|package|item|shipment)/,
      L.pickedUp,
    ],
    // The seller still holds the parcel, waiting or "not yet" in any word order.
    [
      'seller-holds',
      /(?:awaiting|waiting (?:for|on)|pending)\b[^.;]{0,40}?\b(?:seller|sender|merchant|shipper|retailer|vendor)|\b(?:seller|sender|merchant|shipper|retailer|vendor)[^.;]{0,30}?(?:not yet|yet to|has ?n[o']t|have ?n[o']t|has not|have not|did ?n[o']t|still (?:preparing|packing|processing))|(?:not yet|yet to|has ?n[o']t|have ?n[o']t|has not|have not|did ?n[o']t|still (?:preparing|packing|processing))\b[^.;]{0,30}?\b(?:seller|sender|merchant|shipper|retailer|vendor)/,
      L.infoReceived,
    ],
    [
      'info-received',
      /(?:parcel|package|item|order|shipment)'?s (?:details|information|data)|(?:details|information|data) (?:have|has) been (?:sent|passed|given|provided|shared) (?:to|with) us|(?:sent|passed|given) to us by (?:the |your )?(?:retailer|sender|seller|shipper|merchant|store|shop)|(?:retailer|sender|seller|shipper|merchant|store|shop) has (?:told|notified|informed) us|(?:as soon as|once|when) (?:it|your (?:parcel|package|item)) (?:reaches|arrives with|gets to) us|we(?:'re| are) expecting (?:your|the) (?:parcel|package|item)|preparing (?:the )?(?:shipment|parcel|package|item)|(?:seller|merchant|shipper|sender) (?:is )?(?:preparing|packing)|(?:seller|merchant|shipper|sender|store|shop|retailer) (?:is )?getting (?:your |the )?(?:order|package|parcel|item|shipment) ready|(?:order|package|parcel|item|shipment) is being (?:prepared|packed)|tracking number (?:generated|created|assigned)|instruction data|(?:provided|sent|transmitted) [^.;]*?electronically|(?:shipment|order|shipping|electronic|pre-?shipment|item|parcel|package|consignment|sender|shipper) (?:information|info|data|details|notification|label)|information (?:received|submitted|transmitted|sent)|(?:label|waybill|consignment note|airway bill) (?:created|printed|generated|issued)|pre-?advice|pre-?alert|(?:awaiting|waiting for|not yet received) (?:the )?(?:item|parcel|shipment|package)|(?:seller|merchant|shipper|sender|order) (?:has )?(?:shipped|packed|dispatched|prepared|created|confirmed|processed)|(?:order|parcel|package|item) (?:has been )?(?:packed|prepared|processed)|not yet (?:received|handed over|in our possession|shipped)|manifest|itmatt|order (?:received|placed|created)|label created|created (?:a )?(?:shipping )?label|ready to ship|pending (?:shipment|dispatch)|(?:outbound|left) (?:from )?(?:the )?(?:seller|merchant)|expected by|(?:shipping|delivery) (?:order|instruction)/,
      L.infoReceived,
    ],
    [
      'facility',
      new RegExp(
        `(?:arrival|departure|origin|destination|export) scan|processed at|arrived at (?:the )?[a-z]+ location|enroute to (?:the )?(?:origin )?airport|(?:arrived|arrival|received|processed|processing|scanned|sorted|sorting|departed|departure|left|leaving|dispatched|inbound|outbound|in|at|into|out of|through|from)\\b[^.;]*?(?:${PLACE})|(?:${PLACE})[^.;]*?(?:arrived|arrival|received|processed|scan|departed|departure|left|dispatched|inbound|outbound)|sorting|sorted`,
      ),
      'facility',
    ],
    [
      'transit-generic',
      /in transit|on (?:its|the) way|in progress|processing|processed|dispatched|shipped|forwarded|en route|enroute|moving|transport|transferred|transfer|departed|departure|arrived|arrival|scanned|scan|on the move|left|handed|tendered/,
      L.inTransit,
      GENERIC,
    ],
  ],
};
