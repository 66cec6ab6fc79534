/**
 * @module core/advice/texts/pt-br
 * Frases de orientação em português do Brasil.
 */
import type { AdviceTexts } from './types.js';

export const ptBR: AdviceTexts = {
  headline: {
    order_closed: [
      'Este pedido está encerrado',
      'A loja encerrou o pedido {orderNumber}, então não dá mais para abrir uma nova disputa nele.',
    ],
    dispute_open: [
      'Sua disputa está em andamento',
      'Já existe uma disputa aberta para o pedido {orderNumber}. Só é permitida uma por pedido: continue complementando essa.',
    ],
    not_found_recent: [
      'Ainda não aparece nas transportadoras',
      'Um código novo costuma levar de 24 a 72 horas para mostrar a primeira leitura. É normal logo após o envio.',
    ],
    not_found_old: [
      'Este código continua sem mostrar nada',
      'Já se passaram mais de três dias e nenhuma transportadora reconhece {trackingNumber}. O código pode ter sido digitado errado, ou o vendedor informou o código errado.',
    ],
    wrong_country: [
      'Indo para outro país',
      'O rastreio aponta para um país diferente do seu pedido. O código pode ser de outra pessoa, ou a encomenda foi desviada.',
    ],
    returned: [
      'Devolvido ao vendedor',
      'A encomenda voltou para o remetente. Causas comuns: problema no endereço, encomenda não retirada, recusa na alfândega ou erro da transportadora.',
    ],
    returning: [
      'Voltando para o vendedor',
      'A transportadora está devolvendo a encomenda. Descubra o motivo agora: às vezes ainda dá para interromper a devolução.',
    ],
    delivered_not_received: [
      'Consta como entregue, mas não está com você',
      'Não confirme o recebimento. Procure primeiro nos lugares de sempre, depois pergunte à transportadora onde deixou e guarde cada resposta como prova.',
    ],
    wrong_city: [
      'O local de entrega não bate com a sua cidade',
      'A última leitura foi em {city}, não na cidade do seu pedido. Às vezes o centro local fica em outra cidade, mas confira.',
    ],
    delivered: [
      'Entregue',
      'A transportadora informa que a encomenda foi entregue. Confira o conteúdo antes de confirmar o recebimento.',
    ],
    customs_refused: [
      'Recusado ou apreendido na alfândega',
      'A alfândega não vai liberar esta encomenda. Peça a decisão oficial: é a sua melhor prova numa disputa.',
    ],
    customs_payment_due: [
      'Taxas de importação a pagar',
      'A alfândega ou a transportadora aguarda o pagamento de impostos antes da entrega. Pague somente pelo aviso oficial.',
    ],
    customs_documents_needed: [
      'A alfândega pede documentos',
      'A encomenda fica retida até a alfândega receber os documentos solicitados. Sem eles, ela pode ser devolvida.',
    ],
    customs_held: [
      'Retido na alfândega',
      'A alfândega está fiscalizando a encomenda. Isso costuma levar alguns dias; fique atento a uma mensagem da alfândega ou da transportadora.',
    ],
    lost_or_damaged: [
      'Informado como extraviado ou danificado',
      'A transportadora relata um problema com a própria encomenda. Obtenha a declaração dela e peça uma solução ao vendedor.',
    ],
    failed_attempt: [
      'Tentativa de entrega sem sucesso',
      'O entregador não conseguiu entregar a encomenda. Agende uma nova entrega ou retire-a antes do fim do prazo de guarda.',
    ],
    pickup_waiting: [
      'Aguardando sua retirada',
      'A encomenda está num ponto de retirada ou armário. Se não for retirada a tempo, ela volta ao remetente.',
    ],
    out_for_delivery: [
      'Saiu para entrega',
      'O entregador está com a encomenda e deve chegar em breve.',
    ],
    exception: [
      'A transportadora informa um problema',
      'Algo interrompeu a entrega. Leia o último evento e consulte a transportadora.',
    ],
    silence_transit_long: [
      'Sem notícias há {days} dias',
      'Mesmo nas linhas econômicas mais lentas, as encomendas costumam chegar em cerca de 30 dias após a última leitura em trânsito. Hora de cobrar o vendedor e preparar uma disputa.',
    ],
    silence_destination_long: [
      'Parado no seu país há {days} dias',
      'A encomenda chegou ao seu país, mas a transportadora local não mostra nada há muito tempo. Fale diretamente com ela.',
    ],
    silence_beyond_lane: [
      'Mais tempo que o normal nesta etapa',
      'Sem notícias há {days} dias: mais do que 90% das encomendas desta rota passam nesta etapa ({p90Days} dias).',
    ],
    silence_within_lane: [
      'Parado, mas dentro do normal',
      'Sem notícias há {days} dias, o que ainda está dentro do tempo habitual desta etapa nesta rota.',
    ],
    silence_just_issued: [
      'Etiqueta criada, aguardando a primeira leitura',
      'A primeira leitura da transportadora costuma levar de 24 a 72 horas, e alguns dias sem novidades após o envio são comuns.',
    ],
    silence_no_handover: [
      'Ainda não entregue à transportadora?',
      'A etiqueta existe, mas nenhuma transportadora leu a encomenda há {days} dias. Pergunte ao vendedor se ela realmente foi enviada.',
    ],
    silence_origin: [
      'Parado no país de origem',
      'Sem atualização há {days} dias antes da saída. Pausas curtas são comuns; uma mais longa merece uma pergunta ao vendedor.',
    ],
    silence_transit: [
      'Parado no trânsito internacional',
      'Sem atualização há {days} dias. Voos e centros de trânsito muitas vezes não registram nada por um tempo; fique de olho na sua proteção ao comprador.',
    ],
    silence_customs: [
      'A alfândega está demorando',
      'A encomenda está na alfândega há {days} dias. O desembaraço costuma levar de 2 a 7 dias úteis.',
    ],
    silence_destination: [
      'Já no seu país: veja a transportadora local',
      'Sem atualização há {days} dias desde a chegada. A transportadora local costuma mostrar mais pelo próprio código ({lastMileNumber}).',
    ],
    moving: ['A caminho', 'Nada fora do normal por enquanto. Continuamos verificando para você.'],
    protection_ending: [
      'A proteção ao comprador termina em breve',
      'O último dia para abrir uma disputa do pedido {orderNumber} é {lastDay}. Se a encomenda não chegar até lá, abra uma antes dessa data.',
    ],
    protection_passed: [
      'A proteção ao comprador terminou',
      'O último dia para abrir uma disputa ({lastDay}) já passou. Agora só o atendimento da loja pode ajudar.',
    ],
  },
  action: {
    check_typo: 'Confira o código: você quis dizer {suggestions}?',
    wait_activation: 'Espere de 24 a 72 horas após o envio e verifique de novo.',
    try_other_sites: 'Teste o código também no site da transportadora e no Cainiao.',
    ask_seller_number:
      'Pergunte ao vendedor qual transportadora está com a encomenda e peça um código que funcione.',
    wait_and_check_later: 'Nada a fazer por enquanto: verifique de novo em alguns dias.',
    ask_seller_handover:
      'Peça ao vendedor que confirme que a encomenda foi entregue à transportadora.',
    check_local_carrier:
      'Consulte o código da transportadora local ({lastMileNumber}) no site dela.',
    contact_carrier:
      'Entre em contato com a transportadora com seu código de rastreio e pergunte o que está acontecendo.',
    check_customs_messages:
      'Procure um e-mail, SMS ou carta da alfândega ou da transportadora, inclusive na pasta de spam.',
    verify_address_phone:
      'Confira se o endereço e o telefone do pedido estão completos e corretos.',
    contact_customs:
      'Se nada chegar, ligue para a alfândega indicada abaixo com seu código de rastreio.',
    pay_duties_official:
      'Pague somente pelo aviso oficial da alfândega ou da transportadora, nunca por um link em mensagem inesperada.',
    send_customs_documents: 'Envie à alfândega os documentos pedidos o quanto antes.',
    ask_seller_invoice:
      'Peça ao vendedor a nota fiscal ou qualquer outro documento que a alfândega exija.',
    get_customs_document:
      'Obtenha o documento oficial da alfândega que explica por que a encomenda foi barrada.',
    arrange_redelivery: 'Agende uma nova entrega com a transportadora, pelo aviso ou pelo site.',
    fix_address_with_carrier:
      'Passe à transportadora os dados de endereço que faltam (apartamento, complemento, nome na porta).',
    collect_at_pickup: 'Retire a encomenda no ponto de retirada ou armário antes do último dia.',
    bring_id_and_code: 'Leve um documento com foto e o código ou aviso que você recebeu.',
    prepare_to_receive:
      'Fique disponível hoje: mantenha o celular por perto e, se puder, alguém em casa.',
    search_around: 'Siga a lista abaixo: caixa de correio, porta, vizinhos, portaria, armário.',
    ask_carrier_delivery_proof:
      'Se não estiver lá, fale com a transportadora local em um ou dois dias e peça uma prova: foto, assinatura, localização GPS.',
    message_seller: 'Escreva ao vendedor pela página do pedido e guarde a conversa.',
    do_not_confirm_receipt: 'Não confirme o recebimento de uma encomenda que você não tem.',
    open_dispute: 'Se o vendedor não resolver, abra uma disputa pela página do pedido.',
    open_dispute_before_deadline:
      'Abra uma disputa antes de {lastDay} se a encomenda não chegar; não espere por mais promessas.',
    prepare_evidence: 'Reúna suas provas agora (veja a lista abaixo).',
    save_screenshots: 'Tire prints da página de rastreio e do seu pedido.',
    check_return_reason: 'Procure nos eventos de rastreio o motivo da devolução.',
    ask_seller_resend: 'Pergunte ao vendedor se ele pode reenviar.',
    no_payment_outside_platform: 'Não pague nada a mais fora do pagamento da própria loja.',
    compare_address: 'Compare o local mostrado no rastreio com o endereço do seu pedido.',
    check_and_confirm: 'Abra a encomenda, confira os itens e só então confirme o recebimento.',
    photograph_damage:
      'Se algo estiver quebrado ou faltando, fotografe a caixa e o conteúdo antes de jogar qualquer coisa fora.',
    follow_dispute:
      'Responda ao vendedor e à plataforma dentro do prazo mostrado na página da disputa.',
    add_evidence_to_dispute: 'Acrescente as novas provas à disputa aberta em vez de abrir outra.',
    contact_support: 'Fale com o atendimento da loja e explique seu caso com as provas.',
    dispute_window_passed: 'Não é mais possível abrir uma disputa: o prazo permitido passou.',
    dispute_already_open: 'Não é possível abrir outra disputa: este pedido já tem uma.',
    dispute_order_closed:
      'Não é possível abrir disputa num pedido encerrado (reembolsado ou com recebimento confirmado).',
    consolidated_one_parcel:
      'Vários pedidos seus viajam juntos com este único código: é normal e significa uma só entrega.',
    split_track_all: 'Este pedido foi dividido em várias encomendas: acompanhe cada código.',
    split_wait_all:
      'Espere todas as encomendas do pedido chegarem antes de confirmar o recebimento.',
  },
  deadline: {
    dispute_last_day: 'Último dia para abrir uma disputa: {date}.',
    dispute_reminder: 'Lembrete em {date}: a proteção ao comprador termina em {lastDay}.',
    dispute_after_delivery: 'Último dia para abrir uma disputa após a entrega: {date}.',
    pickup_last_day: 'Último dia para retirar: {date}.',
  },
  template: {
    seller_no_update: {
      subject: 'Pedido {orderNumber}: rastreio sem atualização há {days} dias',
      body: 'Olá,\n\nO código de rastreio {trackingNumber} do meu pedido {orderNumber} (feito em {orderDate}) não muda há {days} dias. Você pode verificar com a transportadora se a encomenda está mesmo a caminho? Se houver um novo código de rastreio, por favor me envie.\n\nAgradeço desde já.',
    },
    seller_invalid_number: {
      subject: 'Pedido {orderNumber}: código de rastreio não funciona',
      body: 'Olá,\n\nNenhum site de rastreio reconhece o código {trackingNumber} do meu pedido {orderNumber} (feito em {orderDate}). Por favor, me diga qual transportadora está com a encomenda e me envie um código que funcione.\n\nAgradeço desde já.',
    },
    seller_not_received: {
      subject: 'Pedido {orderNumber}: consta como entregue, mas não recebi',
      body: 'Olá,\n\nO rastreio do pedido {orderNumber} ({trackingNumber}) diz que a encomenda foi entregue em {deliveredDate}, mas ela não está comigo. Verifiquei a caixa de correio, a porta, os vizinhos e a transportadora local. Por favor, envie o comprovante de entrega ou me ajude a encontrar a encomenda. Se ela não for encontrada, vou abrir uma disputa.\n\nAgradeço desde já.',
    },
    carrier_not_received: {
      subject: 'Encomenda {trackingNumber}: consta entregue, mas nada recebido',
      body: 'Olá,\n\nO rastreio de vocês mostra a encomenda {trackingNumber} como entregue em {deliveredDate}, mas ela nunca chegou até mim. Podem me dizer exatamente onde e a quem foi entregue, e enviar a foto ou a assinatura da entrega, se houver?\n\nAgradeço desde já.',
    },
    dispute_delivered_not_received: {
      body: 'O rastreio de {trackingNumber} mostra "entregue" em {deliveredDate}, mas eu nunca recebi a encomenda. O endereço do meu pedido está correto. Consultei a transportadora local e os vizinhos, e a encomenda não foi entregue a mim. Solicito o reembolso total.',
    },
    seller_protection_ending: {
      subject: 'Pedido {orderNumber}: a proteção ao comprador termina em {lastDay}',
      body: 'Olá,\n\nMinha proteção ao comprador do pedido {orderNumber} termina em {lastDay} e a encomenda ({trackingNumber}) ainda não chegou. Por favor, me diga onde ela está. Sem notícias claras antes dessa data, vou abrir uma disputa para proteger meu pedido.\n\nAgradeço desde já.',
    },
    dispute_not_received: {
      body: 'Fiz o pedido em {orderDate} (pedido {orderNumber}) e a encomenda {trackingNumber} não chegou até mim. O rastreio não mostra nenhuma entrega e o vendedor não resolveu o problema. Solicito o reembolso total.',
    },
    seller_wrong_address: {
      subject: 'Pedido {orderNumber}: o rastreio mostra outro destino',
      body: 'Olá,\n\nO rastreio de {trackingNumber} mostra a encomenda indo para um lugar que não é o endereço do meu pedido {orderNumber}. Por favor, confira o código e me envie as informações de rastreio corretas.\n\nAgradeço desde já.',
    },
    dispute_wrong_address: {
      body: 'O rastreio de {trackingNumber} mostra a encomenda indo para um lugar diferente do endereço do pedido {orderNumber}. Anexei prints do rastreio e do endereço do pedido. A encomenda não está vindo para mim, por isso solicito o reembolso total.',
    },
    seller_returned: {
      subject: 'Pedido {orderNumber}: encomenda devolvida ao remetente',
      body: 'Olá,\n\nO rastreio de {trackingNumber} mostra que meu pedido {orderNumber} está voltando para você. Pode me dizer o motivo e reenviar para o endereço do pedido? Se não for possível reenviar, vou pedir o reembolso.\n\nAgradeço desde já.',
    },
    dispute_returned: {
      body: 'A encomenda {trackingNumber} do pedido {orderNumber} foi devolvida ao vendedor, como mostra o rastreio anexo. Não recebi meu pedido e solicito o reembolso total.',
    },
    seller_customs_documents: {
      subject: 'Pedido {orderNumber}: documentos pedidos pela alfândega',
      body: 'Olá,\n\nA alfândega reteve minha encomenda {trackingNumber} (pedido {orderNumber}) e pede documentos. Por favor, me envie o quanto antes a nota fiscal e qualquer outro documento necessário para o desembaraço.\n\nAgradeço desde já.',
    },
    dispute_customs: {
      body: 'A alfândega não liberou a encomenda {trackingNumber} do pedido {orderNumber}. Anexei o documento oficial da alfândega com o motivo. Não recebi meu pedido e solicito o reembolso.',
    },
  },
  notReceived: {
    mailbox: 'Sua caixa de correio',
    door: 'Na frente da porta, na varanda ou no quintal',
    locker: 'Um armário de encomendas próximo',
    reception: 'A portaria, a recepção ou a sala de encomendas do prédio',
    neighbours: 'Seus vizinhos',
    household: 'Familiares ou quem mora com você',
    post_office: 'A agência dos Correios ou o ponto de retirada mais próximo',
    carrier_proof: 'Os detalhes de entrega da transportadora: foto, assinatura ou local',
  },
  evidence: {
    tracking_number: 'Print do código de rastreio',
    tracking_history: 'Print de todo o histórico de rastreio',
    order_details: 'Print dos detalhes do pedido',
    address: 'Print do seu endereço de entrega',
    carrier_reply: 'A resposta da transportadora, se houver',
    wrong_place: 'Print mostrando a cidade ou o país errado, se esse for o problema',
    seller_messages: 'Suas mensagens com o vendedor',
    not_delivered_proof: 'Qualquer coisa que mostre que a encomenda não chegou ao seu endereço',
    protection_time: 'Print do prazo de proteção ao comprador ou da previsão de entrega',
  },
  note: {
    zone_assumed: 'Não sabemos seu fuso horário, então as datas são contadas em UTC.',
    lane_p90: 'Nesta rota, 90% das encomendas saem desta etapa em até {p90Days} dias.',
  },
  contactName: { customs: 'Alfândega', post_office: 'Agência postal', seller: 'Vendedor' },
  missing: {
    orderNumber: '[número do pedido]',
    trackingNumber: '[código de rastreio]',
    orderDate: '[data do pedido]',
    deliveredDate: '[data da entrega]',
    lastDay: '[último dia]',
    days: 'vários',
    lastMileNumber: 'o código local',
    suggestions: 'um código parecido',
    date: '[data]',
    daysLeft: '?',
    p90Days: '?',
    city: 'outra cidade',
  },
};
