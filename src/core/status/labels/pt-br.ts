/**
 * @module core/status/labels/pt-br
 * As palavras em português do Brasil para os status: rótulos curtos e explicações simples
 * para quem espera uma encomenda vinda da China.
 */
import type { StatusTexts } from './types.js';

export const ptBR: StatusTexts = {
  status: {
    pending: [
      'Aguardando informações',
      'O código de rastreio está cadastrado, mas a transportadora ainda não informou nada. É normal com um código novo: os primeiros eventos costumam aparecer de 24 a 72 horas depois do envio.',
    ],
    info_received: [
      'Etiqueta gerada',
      'O vendedor preparou o envio e passou os dados para a transportadora, mas a encomenda ainda não foi escaneada. É comum ficar de dois a cinco dias sem novidades nessa fase.',
    ],
    in_transit: [
      'Em trânsito',
      'Sua encomenda está a caminho pela rede da transportadora. Saindo da China, a viagem toda costuma levar de duas a seis semanas no frete padrão, e alguns dias sem atualização são totalmente normais.',
    ],
    out_for_delivery: [
      'Saiu para entrega',
      'Um entregador está com sua encomenda e deve passar hoje. Deixe o celular por perto e garanta que alguém possa receber.',
    ],
    failed_attempt: [
      'Entrega não realizada',
      'O entregador passou, mas não conseguiu entregar, quase sempre porque não havia ninguém. Aguarde nova tentativa ou um aviso com o local de retirada; se nada acontecer em dois dias, fale com a transportadora local.',
    ],
    available_for_pickup: [
      'Disponível para retirada',
      'Sua encomenda está esperando numa agência dos Correios, ponto de retirada ou armário inteligente. Leve documento ou código de retirada e não demore: ela costuma ficar guardada uns 15 dias antes de voltar.',
    ],
    delivered: [
      'Entregue',
      'A transportadora diz que a encomenda foi entregue. Se não encontrar, confira a caixa de correio, os vizinhos e a portaria, fale com a transportadora local e não confirme o recebimento na loja antes de estar com ela em mãos.',
    ],
    exception: [
      'Problema na entrega',
      'Algo interrompeu o trajeto: alfândega, problema no endereço, devolução ou avaria. O último evento mostra o motivo, e geralmente é preciso uma ação sua, do vendedor ou da transportadora.',
    ],
    expired: [
      'Rastreio encerrado',
      'Faz tanto tempo sem atualização que o rastreio parou. A encomenda ainda pode chegar, mas se a sua proteção ao comprador estiver acabando, fale com o vendedor e abra uma disputa antes do prazo.',
    ],
  },
  milestone: {
    label_created: [
      'Etiqueta gerada',
      'O vendedor gerou a etiqueta e a transportadora sabe que a encomenda vem aí, mas ainda não a recebeu. Um código novo costuma ficar sem eventos por 24 a 72 horas, então ainda não há motivo para preocupação.',
    ],
    picked_up: [
      'Coletado',
      'A transportadora coletou a encomenda e registrou no sistema. Daqui em diante as atualizações devem começar a aparecer, geralmente em um ou dois dias.',
    ],
    origin_facility: [
      'No centro de distribuição',
      'A encomenda está num centro de triagem ou armazém no país de origem, quase sempre a China, sendo agrupada com outras que vão para a sua região. Isso leva normalmente de um a poucos dias.',
    ],
    export_customs: [
      'Alfândega de exportação',
      'A encomenda passa pela alfândega antes de sair do país de origem. É uma verificação de rotina que costuma levar um ou dois dias.',
    ],
    departed_origin: [
      'Saiu do país de origem',
      'A encomenda já deixou o país de origem, muitas vezes de avião. É normal passar alguns dias sem novidades durante a viagem.',
    ],
    international_transit: [
      'Trânsito internacional',
      'A encomenda está viajando entre países, normalmente de avião. Nesse trecho é comum ficar vários dias sem atualização, até uma ou duas semanas nos fretes econômicos.',
    ],
    transit_hub: [
      'Em país de trânsito',
      'A encomenda está passando por um centro logístico em outro país a caminho de você. É uma parada normal, que costuma durar de um a poucos dias.',
    ],
    arrived_destination: [
      'Chegou ao seu país',
      'A encomenda chegou ao seu país e agora passa pela fiscalização aduaneira antes de seguir com a transportadora local. A alfândega costuma levar alguns dias.',
    ],
    import_customs: [
      'Na fiscalização aduaneira',
      'A alfândega do seu país está analisando a encomenda e os impostos de importação que possam ser cobrados. Pode levar de algumas horas a cerca de uma semana; fique de olho no e-mail e no SMS caso peçam algo.',
    ],
    customs_released: [
      'Liberado pela alfândega',
      'A alfândega liberou a encomenda, que pode seguir para o seu endereço. A transportadora local normalmente assume em poucos dias.',
    ],
    handed_to_last_mile: [
      'Com a transportadora local',
      'A encomenda agora está com a empresa que entrega no seu país, às vezes com um novo código de rastreio. O primeiro registro dela pode demorar alguns dias, então consulte também o site dela.',
    ],
    destination_facility: [
      'Na unidade de entrega',
      'A encomenda está numa unidade de tratamento ou de distribuição perto de você. A entrega costuma acontecer em um a três dias.',
    ],
    out_for_delivery: [
      'Saiu para entrega',
      'A encomenda está com o entregador e deve chegar hoje. Garanta que alguém possa receber.',
    ],
    pickup_point: [
      'No ponto de retirada',
      'A encomenda espera por você numa agência dos Correios, ponto de retirada ou armário. Retire dentro do prazo de guarda, geralmente cerca de 15 dias, ou ela será devolvida.',
    ],
    delivered: [
      'Entregue',
      'A encomenda foi entregue ou deixada no seu endereço. Se não estiver lá, pergunte primeiro aos vizinhos e à transportadora local.',
    ],
    returning: [
      'Voltando ao remetente',
      'A encomenda está voltando para o vendedor, por exemplo após tentativas de entrega sem sucesso, problema no endereço ou recusa na alfândega. Peça ao vendedor um reenvio ou reembolso e guarde prints da tela.',
    ],
    returned: [
      'Devolvido ao remetente',
      'A encomenda voltou para o vendedor. Peça que ele envie de novo ou faça o reembolso; se ele não ajudar, abra uma disputa com os prints do rastreio.',
    ],
  },
  reason: {
    customs_held: [
      'Retido na alfândega',
      'A alfândega reteve a encomenda para inspeção ou porque precisa de mais informações. Costuma se resolver em alguns dias; fique atento a avisos da alfândega ou da transportadora e entre em contato se nada mudar por muito tempo.',
    ],
    customs_payment_due: [
      'Impostos a pagar',
      'É preciso pagar impostos ou taxas antes que a alfândega libere a encomenda. Pague só pelo canal oficial da transportadora ou da Receita, e logo, para evitar a devolução.',
    ],
    customs_documents_needed: [
      'Documentos solicitados',
      'A alfândega precisa de informações ou documentos seus, como nota fiscal ou CPF, para liberar a encomenda. Responda rápido: um pedido ignorado pode fazer a encomenda voltar.',
    ],
    customs_refused: [
      'Recusado pela alfândega',
      'A alfândega recusou ou apreendeu a encomenda, que não será entregue. Peça um documento oficial com o motivo e use-o para pedir reembolso ao vendedor.',
    ],
    address_problem: [
      'Problema no endereço',
      'Não foi possível entregar porque o endereço está errado, incompleto ou ilegível. Confira o endereço do pedido e informe à transportadora local o que falta, como número do apartamento ou complemento.',
    ],
    recipient_absent: [
      'Destinatário ausente',
      'O entregador não encontrou ninguém para receber. Procure um aviso com a nova tentativa ou o local onde a encomenda ficou.',
    ],
    refused: [
      'Recusado na entrega',
      'A encomenda foi recusada no momento da entrega. Se não foi sua intenção, ligue logo para a transportadora antes que ela seja devolvida.',
    ],
    business_closed: [
      'Estabelecimento fechado',
      'O endereço é de um estabelecimento que estava fechado na hora da entrega. Em geral há nova tentativa no próximo dia útil.',
    ],
    unclaimed: [
      'Não retirado no prazo',
      'Ninguém retirou a encomenda dentro do prazo de guarda, normalmente uns 15 dias, e ela será devolvida. Ligue já para a transportadora caso ainda esteja lá.',
    ],
    returning_to_sender: [
      'Em devolução',
      'A encomenda está voltando para o vendedor. Fale com ele para combinar um novo envio ou o reembolso.',
    ],
    returned_to_sender: [
      'De volta ao remetente',
      'A encomenda chegou de volta ao vendedor. Peça reenvio ou reembolso e abra uma disputa se ele não ajudar.',
    ],
    lost: [
      'Extraviado',
      'A transportadora informa que a encomenda foi extraviada. Peça ao vendedor reembolso ou reposição e, se precisar, abra uma disputa com os prints do rastreio.',
    ],
    damaged: [
      'Avariado',
      'A encomenda foi danificada no caminho. Fotografe a embalagem e o conteúdo e fale com o vendedor: produto avariado dá direito a reembolso ou troca.',
    ],
    destroyed: [
      'Destruído',
      'A encomenda foi destruída, geralmente pela alfândega ou após um incidente grave, e não vai chegar. Peça reembolso ao vendedor ou abra uma disputa.',
    ],
    cancelled: [
      'Envio cancelado',
      'O envio foi cancelado e não vai seguir. Confira o pedido e pergunte ao vendedor se vai reenviar ou reembolsar.',
    ],
    delayed: [
      'Atrasado',
      'A encomenda atrasou em algum ponto, mas continua andando. Isso é comum em feriados e grandes promoções, e costuma se normalizar em poucos dias.',
    ],
    weather: [
      'Atraso pelo clima',
      'O mau tempo está atrasando o transporte. A encomenda volta a andar quando o tempo melhorar, normalmente em poucos dias.',
    ],
    misrouted: [
      'Erro de encaminhamento',
      'A encomenda foi parar no lugar errado e está sendo redirecionada, o que costuma somar alguns dias. Se o rastreio continuar mostrando outra cidade ou país, avise o vendedor.',
    ],
    prohibited_item: [
      'Item proibido',
      'A encomenda contém algo que não pode ser enviado ou importado, por isso está retida ou voltando. Fale com o vendedor sobre o reembolso.',
    ],
    other: [
      'Ocorrência na entrega',
      'A transportadora registrou um problema sem dar detalhes. Leia o último evento e fale com a transportadora ou o vendedor se não se resolver logo.',
    ],
  },
  order: {
    placed: [
      'Pedido feito',
      'Você fez o pedido e o vendedor já foi avisado. Em seguida vêm o pagamento e a preparação.',
    ],
    awaiting_payment: [
      'Aguardando pagamento',
      'O pedido espera a confirmação do seu pagamento. Nada é enviado antes disso.',
    ],
    awaiting_clarification: [
      'Aguardando sua resposta',
      'O vendedor precisa de mais informações, como tamanho, cor ou um detalhe do endereço, para continuar. Veja suas mensagens e responda para não atrasar o pedido.',
    ],
    amount_updated: [
      'Valor atualizado',
      'O vendedor alterou o total, por exemplo o preço do item ou o frete. Confira o novo valor antes de seguir.',
    ],
    processing: [
      'Em processamento',
      'O pedido está sendo processado e o pagamento ainda pode estar em confirmação. Os vendedores costumam levar de um dia a uma semana para despachar.',
    ],
    paid: [
      'Pago',
      'O pagamento foi confirmado e o vendedor está preparando o envio. O código de rastreio vem quando ele despachar.',
    ],
    packed: [
      'Embalado',
      'O vendedor embalou seu pedido, que está pronto para ir para a transportadora.',
    ],
    consolidated: [
      'Agrupado em um pacote',
      'Seus itens foram reunidos com outros num só pacote, então vários pedidos podem ter o mesmo código de rastreio. É normal e muitas vezes mais rápido.',
    ],
    invoice_available: [
      'Nota fiscal disponível',
      'O vendedor emitiu a nota fiscal; ela está nos detalhes do pedido.',
    ],
    shipped: [
      'Enviado',
      'O vendedor despachou o pedido e normalmente já existe código de rastreio. Pode levar de 24 a 72 horas até a transportadora mostrar os primeiros eventos.',
    ],
    completed: [
      'Concluído',
      'O pedido foi encerrado: entregue e confirmado, ou finalizado pela loja. Em geral ainda dá para abrir disputa por cerca de 15 dias após a entrega.',
    ],
    cancelled: [
      'Cancelado',
      'O pedido foi cancelado por você ou pelo vendedor e não será enviado. Qualquer valor pago deve ser devolvido.',
    ],
    refunded: [
      'Reembolsado',
      'Seu dinheiro foi devolvido. Pode levar algumas semanas para aparecer, conforme a forma de pagamento.',
    ],
    abandoned: [
      'Abandonado',
      'O pedido não foi concluído, por exemplo porque o pagamento ficou pela metade, e foi encerrado. Nada será enviado.',
    ],
    unfulfillable: [
      'Não pode ser atendido',
      'O vendedor não consegue atender o pedido, por exemplo por falta de estoque ou porque não entrega no seu endereço. O esperado é cancelamento com reembolso.',
    ],
  },
  progress: {
    ordered: ['Pedido feito', 'O pedido foi feito ao vendedor.'],
    shipped: ['Enviado', 'O vendedor despachou a encomenda ou gerou a etiqueta.'],
    picked_up: ['Coletado', 'A transportadora já está com a encomenda.'],
    left_origin: ['Saiu da origem', 'A encomenda saiu do país do vendedor.'],
    arrived_destination: ['No seu país', 'A encomenda chegou ao seu país.'],
    customs_cleared: ['Liberado na alfândega', 'A alfândega liberou a encomenda.'],
    out_for_delivery: [
      'Saiu para entrega',
      'A encomenda está na reta final, com o entregador ou num ponto de retirada.',
    ],
    delivered: ['Entregue', 'A encomenda chegou até você.'],
  },
};
