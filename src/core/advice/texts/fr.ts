/**
 * @module core/advice/texts/fr
 * Phrases de conseil en français.
 */
import type { AdviceTexts } from './types.js';

export const fr: AdviceTexts = {
  headline: {
    order_closed: [
      'Cette commande est clôturée',
      'La boutique a clôturé la commande {orderNumber} : il n’est plus possible d’y ouvrir un nouveau litige.',
    ],
    dispute_open: [
      'Votre litige est en cours',
      'Un litige est déjà ouvert pour la commande {orderNumber}. Un seul est permis par commande : complétez celui-ci.',
    ],
    not_found_recent: [
      'Pas encore connu des transporteurs',
      'Un numéro tout neuf met souvent 24 à 72 heures avant d’afficher son premier scan. C’est normal juste après l’expédition.',
    ],
    not_found_old: [
      'Ce numéro ne donne toujours rien',
      'Plus de trois jours ont passé et aucun transporteur ne connaît {trackingNumber}. Le numéro est peut-être mal saisi, ou le vendeur s’est trompé.',
    ],
    wrong_country: [
      'En route vers un autre pays',
      'Le suivi indique un pays différent de celui de votre commande. Le numéro appartient peut-être à quelqu’un d’autre, ou le colis a été mal acheminé.',
    ],
    returned: [
      'Renvoyé au vendeur',
      'Le colis est reparti chez l’expéditeur. Causes fréquentes : adresse incomplète, colis non retiré, refus en douane ou erreur du transporteur.',
    ],
    returning: [
      'En retour vers le vendeur',
      'Le transporteur renvoie le colis. Renseignez-vous tout de suite : le retour peut parfois encore être arrêté.',
    ],
    delivered_not_received: [
      'Indiqué livré, mais pas chez vous',
      'Ne confirmez pas la réception. Cherchez d’abord aux endroits habituels, puis demandez au transporteur où il l’a laissé, et gardez chaque réponse comme preuve.',
    ],
    wrong_city: [
      'Le lieu de livraison ne correspond pas à votre ville',
      'Le dernier scan a eu lieu à {city}, pas dans la ville de votre commande. Les dépôts locaux sont parfois ailleurs, mais vérifiez.',
    ],
    delivered: [
      'Livré',
      'Le transporteur indique que le colis a été livré. Vérifiez le contenu avant de confirmer la réception.',
    ],
    customs_refused: [
      'Refusé ou saisi en douane',
      'La douane ne libère pas ce colis. Demandez la décision officielle : c’est votre meilleure preuve en cas de litige.',
    ],
    customs_payment_due: [
      'Frais d’importation à régler',
      'La douane ou le transporteur attend le paiement de droits ou de taxes avant de livrer. Payez uniquement via l’avis officiel.',
    ],
    customs_documents_needed: [
      'La douane demande des documents',
      'Le colis reste bloqué tant que la douane n’a pas reçu les pièces demandées. Sans elles, il risque d’être renvoyé.',
    ],
    customs_held: [
      'Retenu en douane',
      'La douane contrôle le colis. Cela prend en général quelques jours ; surveillez un message de la douane ou du transporteur.',
    ],
    lost_or_damaged: [
      'Signalé perdu ou endommagé',
      'Le transporteur signale un problème sur le colis lui-même. Obtenez sa déclaration et demandez une solution au vendeur.',
    ],
    failed_attempt: [
      'Tentative de livraison échouée',
      'Le livreur n’a pas pu remettre le colis. Programmez une nouvelle livraison ou retirez-le avant la fin du délai de garde.',
    ],
    pickup_waiting: [
      'Il vous attend au point de retrait',
      'Le colis est dans un point relais ou une consigne. S’il n’est pas retiré à temps, il repart chez l’expéditeur.',
    ],
    out_for_delivery: ['En cours de livraison', 'Le livreur a le colis et devrait passer bientôt.'],
    exception: [
      'Le transporteur signale un incident',
      'Quelque chose a interrompu la livraison. Lisez le dernier événement et renseignez-vous auprès du transporteur.',
    ],
    silence_transit_long: [
      'Aucune nouvelle depuis {days} jours',
      'Même sur les lignes économiques les plus lentes, un colis arrive en général dans les 30 jours suivant son dernier scan de transit. Il est temps de relancer le vendeur et de préparer un litige.',
    ],
    silence_destination_long: [
      'Bloqué dans votre pays depuis {days} jours',
      'Le colis est arrivé dans votre pays, mais le transporteur local n’affiche rien depuis longtemps. Contactez-le directement.',
    ],
    silence_beyond_lane: [
      'Plus long que d’habitude à cette étape',
      'Aucune nouvelle depuis {days} jours : plus que ce que 90 % des colis de ce trajet passent à cette étape ({p90Days} jours).',
    ],
    silence_within_lane: [
      'Calme, mais dans les temps habituels',
      'Aucune nouvelle depuis {days} jours, ce qui reste dans la durée habituelle de cette étape sur ce trajet.',
    ],
    silence_just_issued: [
      'Étiquette créée, en attente du premier scan',
      'Le premier scan du transporteur prend souvent 24 à 72 heures, et quelques jours sans nouvelles après l’envoi sont fréquents.',
    ],
    silence_no_handover: [
      'Toujours pas remis au transporteur ?',
      'L’étiquette existe, mais aucun transporteur n’a scanné le colis depuis {days} jours. Demandez au vendeur s’il est vraiment parti.',
    ],
    silence_origin: [
      'Calme dans le pays d’origine',
      'Aucune mise à jour depuis {days} jours avant le départ. Les courtes pauses sont courantes ; une plus longue mérite une question au vendeur.',
    ],
    silence_transit: [
      'Calme pendant le transport international',
      'Aucune mise à jour depuis {days} jours. Vols et plateformes de transit ne scannent souvent rien pendant un moment ; gardez un œil sur votre protection acheteur.',
    ],
    silence_customs: [
      'La douane prend son temps',
      'Le colis est en douane depuis {days} jours. Le dédouanement prend en général 2 à 7 jours ouvrés.',
    ],
    silence_destination: [
      'Dans votre pays : voyez le transporteur local',
      'Aucune mise à jour depuis {days} jours après l’arrivée. Le transporteur local en montre souvent davantage sous son propre numéro ({lastMileNumber}).',
    ],
    moving: ['En route', 'Rien d’anormal pour l’instant. Nous continuons de vérifier pour vous.'],
    protection_ending: [
      'La protection acheteur se termine bientôt',
      'Le dernier jour pour ouvrir un litige sur la commande {orderNumber} est le {lastDay}. Si le colis n’est pas arrivé d’ici là, ouvrez-en un avant cette date.',
    ],
    protection_passed: [
      'La protection acheteur est terminée',
      'Le dernier jour pour ouvrir un litige ({lastDay}) est passé. Seul le service client du site peut encore vous aider.',
    ],
  },
  action: {
    check_typo: 'Vérifiez le numéro : vouliez-vous dire {suggestions} ?',
    wait_activation: 'Laissez passer 24 à 72 heures après l’expédition, puis revérifiez.',
    try_other_sites: 'Essayez aussi le numéro sur le site du transporteur et sur Cainiao.',
    ask_seller_number:
      'Demandez au vendeur quel transporteur a le colis et un numéro qui fonctionne.',
    wait_and_check_later: 'Rien à faire pour l’instant : revérifiez dans quelques jours.',
    ask_seller_handover:
      'Demandez au vendeur de confirmer que le colis a bien été remis au transporteur.',
    check_local_carrier:
      'Consultez le numéro du transporteur local ({lastMileNumber}) sur son propre site.',
    contact_carrier:
      'Contactez le transporteur avec votre numéro de suivi et demandez ce qui se passe.',
    check_customs_messages:
      'Cherchez un e-mail, un SMS ou un courrier de la douane ou du transporteur, y compris dans les indésirables.',
    verify_address_phone:
      'Vérifiez que l’adresse et le numéro de téléphone de la commande sont complets et exacts.',
    contact_customs:
      'Sans nouvelles, appelez le bureau de douane ci-dessous avec votre numéro de suivi.',
    pay_duties_official:
      'Payez uniquement via l’avis officiel de la douane ou du transporteur, jamais par un lien reçu à l’improviste.',
    send_customs_documents: 'Envoyez au plus vite à la douane les documents demandés.',
    ask_seller_invoice:
      'Demandez au vendeur la facture ou tout autre document exigé par la douane.',
    get_customs_document:
      'Procurez-vous le document officiel de la douane indiquant pourquoi le colis a été arrêté.',
    arrange_redelivery:
      'Programmez une nouvelle livraison avec le transporteur, via l’avis de passage ou son site.',
    fix_address_with_carrier:
      'Donnez au transporteur les éléments d’adresse manquants (appartement, code d’accès, nom sur la boîte).',
    collect_at_pickup: 'Retirez le colis au point relais ou à la consigne avant le dernier jour.',
    bring_id_and_code: 'Munissez-vous d’une pièce d’identité et du code ou de l’avis reçu.',
    prepare_to_receive:
      'Restez joignable aujourd’hui : gardez votre téléphone à portée et, si possible, quelqu’un à la maison.',
    search_around:
      'Parcourez la liste ci-dessous : boîte aux lettres, porte, voisins, gardien, consigne.',
    ask_carrier_delivery_proof:
      'S’il n’y est pas, contactez le transporteur local sous un ou deux jours et demandez une preuve : photo, signature, position GPS.',
    message_seller: 'Écrivez au vendeur depuis la page de la commande et conservez l’échange.',
    do_not_confirm_receipt: 'Ne confirmez pas la réception d’un colis que vous n’avez pas.',
    open_dispute:
      'Si le vendeur ne règle pas le problème, ouvrez un litige depuis la page de la commande.',
    open_dispute_before_deadline:
      'Ouvrez un litige avant le {lastDay} si le colis n’est pas arrivé ; n’attendez pas de nouvelles promesses.',
    prepare_evidence: 'Rassemblez vos preuves dès maintenant (voir la liste ci-dessous).',
    save_screenshots: 'Faites des captures d’écran de la page de suivi et de votre commande.',
    check_return_reason: 'Cherchez dans les événements de suivi la raison du retour.',
    ask_seller_resend: 'Demandez au vendeur s’il peut renvoyer le colis.',
    no_payment_outside_platform: 'Ne payez rien de plus en dehors du paiement de la boutique.',
    compare_address: 'Comparez le lieu indiqué dans le suivi avec l’adresse de votre commande.',
    check_and_confirm:
      'Ouvrez le colis, vérifiez les articles, et seulement ensuite confirmez la réception.',
    photograph_damage:
      'Si quelque chose est cassé ou manque, photographiez le carton et le contenu avant de jeter quoi que ce soit.',
    follow_dispute:
      'Répondez au vendeur et à la plateforme dans le délai affiché sur la page du litige.',
    add_evidence_to_dispute:
      'Ajoutez les nouvelles preuves au litige ouvert au lieu d’en lancer un autre.',
    contact_support: 'Contactez le service client du site et exposez votre cas avec vos preuves.',
    dispute_window_passed: 'Un litige ne peut plus être ouvert : le délai autorisé est dépassé.',
    dispute_already_open: 'Impossible d’ouvrir un nouveau litige : cette commande en a déjà un.',
    dispute_order_closed:
      'Impossible d’ouvrir un litige sur une commande clôturée (remboursée ou réception confirmée).',
    consolidated_one_parcel:
      'Plusieurs de vos commandes voyagent ensemble sous ce seul numéro : c’est normal, et cela fait une seule livraison.',
    split_track_all: 'Cette commande a été divisée en plusieurs colis : suivez chaque numéro.',
    split_wait_all:
      'Attendez que tous les colis de la commande soient arrivés avant de confirmer la réception.',
  },
  deadline: {
    dispute_last_day: 'Dernier jour pour ouvrir un litige : {date}.',
    dispute_reminder: 'Rappel le {date} : la protection acheteur se termine le {lastDay}.',
    dispute_after_delivery: 'Dernier jour pour ouvrir un litige après la livraison : {date}.',
    pickup_last_day: 'Dernier jour pour retirer le colis : {date}.',
  },
  template: {
    seller_no_update: {
      subject: 'Commande {orderNumber} : aucun suivi depuis {days} jours',
      body: 'Bonjour,\n\nLe numéro de suivi {trackingNumber} de ma commande {orderNumber} (passée le {orderDate}) n’a pas bougé depuis {days} jours. Pourriez-vous vérifier auprès du transporteur que le colis est bien en route ? S’il a un nouveau numéro de suivi, merci de me l’envoyer.\n\nMerci d’avance.',
    },
    seller_invalid_number: {
      subject: 'Commande {orderNumber} : numéro de suivi introuvable',
      body: 'Bonjour,\n\nAucun site de suivi ne reconnaît le numéro {trackingNumber} de ma commande {orderNumber} (passée le {orderDate}). Pouvez-vous m’indiquer quel transporteur s’occupe du colis et m’envoyer un numéro valide ?\n\nMerci d’avance.',
    },
    seller_not_received: {
      subject: 'Commande {orderNumber} : indiquée livrée mais non reçue',
      body: 'Bonjour,\n\nLe suivi de la commande {orderNumber} ({trackingNumber}) indique une livraison le {deliveredDate}, mais je n’ai rien reçu. J’ai vérifié ma boîte aux lettres, ma porte, mes voisins et le transporteur local. Merci de m’envoyer la preuve de livraison ou de m’aider à retrouver le colis. S’il reste introuvable, j’ouvrirai un litige.\n\nMerci d’avance.',
    },
    carrier_not_received: {
      subject: 'Colis {trackingNumber} : indiqué livré mais rien reçu',
      body: 'Bonjour,\n\nVotre suivi indique que le colis {trackingNumber} a été livré le {deliveredDate}, mais il ne m’est jamais parvenu. Pourriez-vous me dire précisément où et à qui il a été remis, et m’envoyer la photo ou la signature de livraison si vous en avez une ?\n\nMerci d’avance.',
    },
    dispute_delivered_not_received: {
      body: 'Le suivi de {trackingNumber} indique « livré » le {deliveredDate}, mais je n’ai jamais reçu le colis. L’adresse de ma commande est correcte. J’ai vérifié auprès du transporteur local et de mes voisins : le colis ne m’a pas été remis. Je demande un remboursement intégral.',
    },
    seller_protection_ending: {
      subject: 'Commande {orderNumber} : la protection acheteur se termine le {lastDay}',
      body: 'Bonjour,\n\nMa protection acheteur pour la commande {orderNumber} se termine le {lastDay} et le colis ({trackingNumber}) n’est toujours pas arrivé. Pouvez-vous me dire où il se trouve ? Sans nouvelles claires avant cette date, j’ouvrirai un litige pour protéger ma commande.\n\nMerci d’avance.',
    },
    dispute_not_received: {
      body: 'J’ai commandé le {orderDate} (commande {orderNumber}) et le colis {trackingNumber} ne m’est pas parvenu. Le suivi ne montre aucune livraison et le vendeur n’a pas réglé le problème. Je demande un remboursement intégral.',
    },
    seller_wrong_address: {
      subject: 'Commande {orderNumber} : le suivi indique une autre destination',
      body: 'Bonjour,\n\nLe suivi de {trackingNumber} montre un colis qui part vers un lieu qui n’est pas l’adresse de ma commande {orderNumber}. Merci de vérifier le numéro et de m’envoyer les bonnes informations de suivi.\n\nMerci d’avance.',
    },
    dispute_wrong_address: {
      body: 'Le suivi de {trackingNumber} montre un colis qui part vers un autre lieu que l’adresse de la commande {orderNumber}. Je joins des captures du suivi et de mon adresse de commande. Le colis ne vient pas chez moi : je demande un remboursement intégral.',
    },
    seller_returned: {
      subject: 'Commande {orderNumber} : colis renvoyé à l’expéditeur',
      body: 'Bonjour,\n\nLe suivi de {trackingNumber} montre que ma commande {orderNumber} vous est renvoyée. Pouvez-vous m’en expliquer la raison et la réexpédier à l’adresse de la commande ? Si ce n’est pas possible, je demanderai un remboursement.\n\nMerci d’avance.',
    },
    dispute_returned: {
      body: 'Le colis {trackingNumber} de la commande {orderNumber} a été renvoyé au vendeur, comme le montre le suivi joint. Je n’ai pas reçu ma commande et je demande un remboursement intégral.',
    },
    seller_customs_documents: {
      subject: 'Commande {orderNumber} : documents demandés par la douane',
      body: 'Bonjour,\n\nLa douane retient mon colis {trackingNumber} (commande {orderNumber}) et demande des documents. Merci de m’envoyer au plus vite la facture et toute autre pièce nécessaire au dédouanement.\n\nMerci d’avance.',
    },
    dispute_customs: {
      body: 'La douane n’a pas libéré le colis {trackingNumber} de la commande {orderNumber}. Je joins le document officiel de la douane qui en donne la raison. Je n’ai pas reçu ma commande et je demande un remboursement.',
    },
  },
  notReceived: {
    mailbox: 'Votre boîte aux lettres',
    door: 'Devant votre porte, sous le porche ou dans le jardin',
    locker: 'Une consigne à colis proche',
    reception: 'L’accueil, la loge du gardien ou le local à colis',
    neighbours: 'Vos voisins',
    household: 'Les membres de votre foyer ou colocataires',
    post_office: 'Le bureau de poste ou le point relais le plus proche',
    carrier_proof: 'Les détails de livraison du transporteur : photo, signature ou lieu',
  },
  evidence: {
    tracking_number: 'Capture du numéro de suivi',
    tracking_history: 'Capture de tout l’historique de suivi',
    order_details: 'Capture du détail de la commande',
    address: 'Capture de votre adresse de livraison',
    carrier_reply: 'La réponse du transporteur, si vous en avez une',
    wrong_place: 'Capture montrant la mauvaise ville ou le mauvais pays, si c’est le problème',
    seller_messages: 'Vos échanges avec le vendeur',
    not_delivered_proof: 'Tout ce qui montre que le colis n’est pas arrivé à votre adresse',
    protection_time: 'Capture de la durée de protection acheteur ou du délai de livraison annoncé',
  },
  note: {
    zone_assumed: 'Votre fuseau horaire est inconnu : les dates sont comptées en UTC.',
    lane_p90: 'Sur ce trajet, 90 % des colis quittent cette étape en {p90Days} jours au plus.',
  },
  contactName: { customs: 'Douane', post_office: 'Bureau de poste', seller: 'Vendeur' },
  missing: {
    orderNumber: '[numéro de commande]',
    trackingNumber: '[numéro de suivi]',
    orderDate: '[date de commande]',
    deliveredDate: '[date de livraison]',
    lastDay: '[dernier jour]',
    days: 'plusieurs',
    lastMileNumber: 'le numéro local',
    suggestions: 'un numéro proche',
    date: '[date]',
    daysLeft: '?',
    p90Days: '?',
    city: 'une autre ville',
  },
};
