/**
 * @module core/classify/rules/pt
 * Portuguese text rules (Correios do Brasil, CTT). "Não entregue", "tentativa de entrega" and
 * "aguardando retirada" come before "entregue".
 */
import { GENERIC, L, type LanguageRules } from './labels.js';

export const PT: LanguageRules = {
  lang: 'pt',
  hints: [
    'objeto',
    'o',
    'ao',
    'do',
    'da',
    'de',
    'em',
    'para',
    'entregue',
    'entrega',
    'destinatario',
    'remetente',
    'unidade',
    'encaminhado',
    'postado',
    'saiu',
    'aguardando',
    'retirada',
    'pais',
    'fiscalizacao',
    'aduaneira',
    'transito',
    'recebido',
    'correios',
    'encomenda',
    'nao',
    'foi',
  ],
  rules: [
    ['export-held', /exporta[^.;]*?(?:retid|detid)|(?:retid|detid)[^.;]*?exportacao/, L.exportHeld],
    [
      'customs-refused',
      /importacao[^.;]*?nao (?:foi )?autorizada|(?:apreendid|confiscad|recusad|devolvid)[^.;]*?(?:aduan|fiscaliza|receita)|(?:importacao|entrada) (?:nao autorizada|proibida)/,
      L.customsRefused,
    ],
    ['export-customs', /(?:alfandega|aduana|despacho|desembaraco) de exportacao/, L.exportCustoms],
    [
      'customs-payment-early',
      /aguarda(?:ndo)? (?:o )?pagamento|\bpague\b|(?:efetue|realize) o pagamento/,
      L.customsPayment,
    ],
    [
      'customs-released',
      /desalfandegad|devolvid[oa] pela alfandega|fiscalizacao aduaneira (?:finalizada|concluida)|(?<!(?:seja|sera|ser|for|possa ser) )(?:liberad|desembaracad)[^.;]*?(?:aduan|fiscaliza|tributa|alfandega)?|desembaraco (?:concluido|realizado)|passou (?:pela|na|pelo) (?:alfandega|aduana|fiscalizacao|controle aduaneiro)|pagamento confirmado|saiu da (?:alfandega|aduana)/,
      L.customsReleased,
    ],
    [
      'customs-payment',
      /aguarda(?:ndo)? pagamento|(?:necessario|precisa|deve|devera) (?:pagar|efetuar o pagamento)|pagar (?:o |os |a |as )?(?:imposto|taxa|icms|tributo|direitos)|(?:direitos|iva|impostos)[^.;]*?(?:pagar|pagamento|aguard)|(?:pagamento|pagar|tributo|taxa|imposto|despacho postal)[^.;]*?(?:pendente|aguardando|necessario|importacao|devido)|(?:efetue|realize) o pagamento/,
      L.customsPayment,
    ],
    [
      'customs-docs',
      /falta(?:m)? (?:a |o |os |as )?(?:fatura|documenta|documento|cpf|informac)|(?:documenta|documento|fatura|cpf|declaracao)[^.;]*?(?:aduan|fiscaliz|pendente|necessari|solicitad)|(?:aduan|alfandega)[^.;]*?(?:solicit|exige|requer)[^.;]*?(?:fatura|documento|informac|cpf)|aguardando (?:documenta|informac|cpf)|(?:necessario|preciso|precisa|deve|devera|obrigatorio|favor|solicitamos)[^.;]{0,25}?(?:enviar|apresentar|fornecer|anexar|informar|envie|apresente)[^.;]{0,25}?(?:fatura|nota fiscal|documento|comprovante|declaracao|cpf|invoice)/,
      L.customsDocs,
    ],
    [
      'customs-held',
      /retid[oa][^.;]*?(?:aduan|alfandega|fiscaliza)|(?:aduan|alfandega|fiscaliza)[^.;]*?(?:retid|detid|pendencia)/,
      L.customsHeld,
    ],
    [
      'import-customs',
      /fiscalizacao|aduan|alfandega|autoridade aduaneira|receita federal|importacao/,
      L.importCustoms,
    ],
    [
      'return-requested',
      /solicitada a devolucao|(?:solicitada|solicitacao de) devolucao|devolucao (?:ao remetente )?solicitada/,
      L.inTransit,
      GENERIC,
    ],
    ['rejected', /recus|rejeitad/, L.refused],
    ['refused', /recusad|recusou/, L.refused],
    [
      'unclaimed',
      /nao retirou|nao (?:foi )?(?:retirad|procurad|reclamad|levantad)|prazo de (?:retirada|guarda) (?:expirado|encerrado|esgotado)/,
      L.unclaimed,
    ],
    [
      'returned',
      /entregue ao (?:remetente|expedidor)|devolucao (?:entregue|concluida)|recebid[oa] (?:de volta )?pelo (?:remetente|expedidor|vendedor)|devolvid[oa] e (?:recebid|entregue)/,
      L.returned,
    ],
    [
      'returning',
      /entrega ao remetente|devolucao|devolvid|em retorno|retorno ao remetente|sera devolvido|retornando|(?:retorna|volta|voltando|regressa|regressando|a caminho) (?:ao|do|para o) remetente/,
      L.returning,
    ],
    [
      'collected-by-recipient',
      /(?:retirad|levantad)[oa] (?:n[ao] [a-z ]{2,30}? )?pelo (?:destinatario|cliente|comprador)|(?<!para )retirad[oa] pelo destinatario|(?:destinatario )?retirou|entregue na (?:agencia|unidade) ao destinatario/,
      L.delivered,
    ],
    [
      'pickup-point',
      /disponivel na agencia|aguardando retirada|disponivel para retirada|(?:objeto )?(?:disponivel|aguardando) (?:na|em) (?:agencia|unidade|ponto|locker|caixa postal)|ponto de retirada|locker|retire (?:o objeto|seu objeto)|pronto para retirada|levantamento|ponto ctt/,
      L.pickupPoint,
    ],
    [
      'attempt-closed',
      /estabelecimento fechado|empresa (?:sem expediente|fechada)/,
      L.failedClosed,
    ],
    [
      'attempt-address',
      /(?:tentativa|nao (?:foi )?(?:possivel )?entregar|nao entregue|nao pode ser (?:efetuada|entregue|realizada))[^;]*?endereco (?:incorreto|incompleto|insuficiente|inexistente)|endereco (?:incorreto|incompleto|insuficiente|inexistente)[^;]*?(?:tentativa|nao (?:foi )?(?:possivel )?entregar|nao entregue|nao pode ser (?:efetuada|entregue))|numero (?:do imovel )?(?:nao localizado|inexistente)|mudou-se|desconhecido/,
      L.failedAddress,
    ],
    [
      'address-problem',
      /endereco (?:incorreto|incompleto|insuficiente|inexistente|nao (?:foi )?(?:localizado|encontrado))|numero (?:do imovel )?(?:nao localizado|inexistente)/,
      L.addressProblem,
    ],
    [
      'attempt-absent',
      /destinatario ausente|ausente|carteiro nao atendido|ninguem (?:em casa|no endereco|para receber)/,
      L.failedAbsent,
    ],
    [
      'not-delivered',
      /nao (?:foi )?entregue|nao entregue|nao (?:foi )?(?:possivel )?(?:entregar|realizar a entrega)|tentativa de entrega|entrega nao (?:realizada|efetuada)|nova tentativa/,
      L.failedAttempt,
    ],
    ['to-airline', /entregue a (?:companhia aerea|linha aerea)/, L.departedOrigin],
    [
      'to-last-mile',
      /transportadora (?:parceira|local|responsavel pela entrega)|(?:repassad|entregu|transferid|encaminhad)[oae] (?:a|ao|para a|para o) (?:jadlog|loggi|total express|sequoia|azul cargo|ctt|dpd|gls|seur|mrw|correios) para (?:a )?(?:entrega|distribuicao)|entregue a [a-z0-9 ]+ para (?:distribuicao|entrega)|(?:encaminhado|entregue|transferido) (?:para|a|ao) (?:a )?(?:transportadora|parceiro|operador) (?:local|de entrega)|novo (?:codigo|numero) de rastreamento/,
      L.lastMile,
    ],
    [
      'ofd-courier',
      /(?:carteiro|entregador|motorista|estafeta|estafeta)[^.;]{0,30}?(?:a caminho|em rota|saiu)|saiu para (?:entrega|distribuicao)/,
      L.outForDelivery,
    ],
    [
      'out-for-delivery',
      /saiu para entrega|em distribuicao|em rota de entrega|em (?:processo de )?entrega|com o carteiro|a caminho do destinatario|saira para entrega|\b(?:chega|chegara|entregamos|entrega|recebe|recebera)\b[^.;]{0,20}?\bhoje\b|\bhoje\b[^.;]{0,20}?\b(?:chega|entrega|recebe)|entreg[^.;]{0,30}?(?:ao longo|no decorrer|no correr) do dia(?! de amanha)/,
      L.outForDelivery,
    ],
    [
      'will-be-delivered',
      /entregara\b|entregaremos|sera entregue|entrega sera (?:feita|realizada|efetuada)|previsao de entrega|entrega (?:prevista|agendada)|data (?:prevista|estimada|agendada) (?:de|da|para a?) ?entrega|(?:prevista|\bagendada|programada) para/,
      L.inTransit,
      0.7,
    ],
    [
      'arrived-delivery-office',
      /pronto para (?:sair para )?(?:a )?entrega|aguardando distribuicao|(?:recebido|chegou) na unidade de (?:distribuicao|entrega)|unidade de distribuicao|centro de distribuicao domiciliaria|cdd|centro operacional|agencia (?:dos correios )?de destino|chegou a agencia/,
      L.destFacility,
    ],
    [
      'received-by-recipient',
      /(?:recebid|retirad|levantad)[oa] (?:pelo|pela|por) (?:o |a )?(?:destinatario|cliente)/,
      L.delivered,
    ],
    ['delivered', /entregue|entrega (?:realizada|efetuada|concluida)/, L.delivered],
    ['prohibited', /litio|proibid|restrit|nao permitid/, L.prohibited],
    ['destroyed', /destruid|incinerad/, L.destroyed],
    ['damaged', /avariad|danificad|violad/, L.damaged],
    ['lost', /extraviad|perdid|roubad|nao localizado/, L.lost],
    ['cancelled', /cancelad/, L.cancelled],
    ['weather', /climatic|chuva|tempestade|intemperie|inundac|enchente|alagamento/, L.weather],
    [
      'misrouted',
      /correcao de rota|encaminhado (?:indevidamente|incorretamente)|erro de encaminhamento/,
      L.misrouted,
    ],
    ['delayed', /atras|demora|reagendad|remarcad|adiad/, L.delayed],
    ['transit-hub', /pais intermediario|pais de transito/, L.transitHub],
    [
      'arrived-destination',
      /centro internacional|chegada (?:a|ao) (?:portugal|brasil|pais)|recebido (?:pelos )?correios do brasil|(?:chegou|chegada|recebido) (?:a|ao|no|em) (?:brasil|pais de destino|portugal)|recebid[oa] no pais de destino|unidade de tratamento internacional/,
      L.arrivedDest,
    ],
    [
      'departed-origin',
      /partiu do aeroporto|aeroporto de origem|despachado para o (?:brasil|pais de destino)|(?:saiu|partiu|enviado) (?:do|de) (?:pais de origem|china)|encaminhado para o brasil|postado no exterior|em transito para o brasil|saida do pais de origem|decol(?:ou|agem)/,
      L.departedOrigin,
    ],
    [
      'international-transit',
      /transito internacional|\bvoo\b|aeroporto|(?:no|a bordo do) aviao/,
      L.intlTransit,
    ],
    ['origin-unit', /unidade de exportacao/, L.originFacility],
    [
      'picked-up',
      /objeto recebido pela transportadora|postad[oa]|\baceite\b|coletad[oa]|recebid[oa] (?:na agencia|pelo correio|do remetente)|objeto recebido na unidade de exportacao|admitido/,
      L.pickedUp,
    ],
    // The seller still holds the parcel, waiting or "not yet" in any word order.
    [
      'seller-holds',
      /(?:aguardando|aguarda|a espera)\b[^.;]{0,40}?\b(?:vendedor|remetente|lojista)|\b(?:vendedor|remetente|lojista)[^.;]{0,30}?(?:ainda nao|nao (?:enviou|postou|despachou))|(?:ainda nao|nao (?:enviou|postou|despachou))\b[^.;]{0,30}?\b(?:vendedor|remetente|lojista)/,
      L.infoReceived,
    ],
    [
      'info-received',
      /informac(?:oes|ao) do pedido|aguardando coleta|pedido recebido|registado pelo remetente|ainda nao recebemos|etiqueta (?:emitida|criada|gerada)|(?:dados|informac(?:oes|ao)) (?:do objeto |da remessa )?(?:recebid|enviad)|aguardando postagem|pre-?postagem|objeto (?:ainda )?nao (?:foi )?postado|pedido (?:criado|registrado)/,
      L.infoReceived,
    ],
    ['expired', /rastreamento encerrado|sem atualizac/, L.expired],
    ['dest-facility', /(?:unidade|centro)[^.;]*?(?:distribuicao|entrega|destino)/, L.destFacility],
    [
      'origin-facility-named',
      /(?:centro|unidade|armazem)[^.;]*?(?:de |do pais de )origem/,
      L.originFacility,
    ],
    [
      'facility',
      /unidade de tratamento|centro de (?:tratamento|triagem|distribuicao)|triagem|unidade operacional|armazem/,
      'facility',
    ],
    [
      'transit-generic',
      /encaminhad|em transito|transferid|a caminho|em movimento|transito/,
      L.inTransit,
      GENERIC,
    ],
  ],
};
