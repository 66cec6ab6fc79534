/**
 * @module core/status/labels/fr
 * Les mots français des statuts : libellés courts et explications simples pour un acheteur
 * qui attend un colis venu de Chine.
 */
import type { StatusTexts } from './types.js';

export const fr: StatusTexts = {
  status: {
    pending: [
      'En attente d’informations',
      'Le numéro de suivi est bien enregistré, mais le transporteur n’a encore rien signalé. C’est normal pour un numéro tout neuf : les premiers événements apparaissent en général 24 à 72 heures après l’expédition.',
    ],
    info_received: [
      'Étiquette créée',
      'Le vendeur a préparé l’envoi et transmis ses données au transporteur, mais le colis n’a pas encore été scanné. Il est courant de rester deux à cinq jours sans nouvelles à ce stade.',
    ],
    in_transit: [
      'En transit',
      'Votre colis est en route dans le réseau du transporteur. Depuis la Chine, comptez en général deux à six semaines en livraison standard, et quelques jours sans mise à jour n’ont rien d’inquiétant.',
    ],
    out_for_delivery: [
      'En cours de livraison',
      'Un livreur a votre colis et devrait passer aujourd’hui. Gardez votre téléphone à portée de main et prévoyez quelqu’un pour le réceptionner.',
    ],
    failed_attempt: [
      'Livraison manquée',
      'Le livreur est passé mais n’a pas pu remettre le colis, le plus souvent parce que personne n’était là. Attendez un nouveau passage ou un avis indiquant le point de retrait ; sans nouvelles sous deux jours, appelez le transporteur local.',
    ],
    available_for_pickup: [
      'Disponible en point relais',
      'Votre colis vous attend dans un bureau de poste, un point relais ou une consigne. Munissez-vous d’une pièce d’identité ou du code de retrait et passez vite : il est gardé environ 15 jours avant de repartir.',
    ],
    delivered: [
      'Livré',
      'Le transporteur indique que votre colis a été livré. S’il est introuvable, regardez dans la boîte aux lettres, chez les voisins ou à l’accueil, puis contactez le transporteur local, et ne confirmez pas la réception tant que vous ne l’avez pas en main.',
    ],
    exception: [
      'Incident de livraison',
      'Quelque chose bloque l’acheminement : douane, problème d’adresse, retour ou colis endommagé. Le dernier événement en précise la cause, et il faut souvent une action de votre part, du vendeur ou du transporteur.',
    ],
    expired: [
      'Suivi interrompu',
      'Aucune mise à jour depuis si longtemps que le suivi s’est arrêté. Le colis peut encore arriver, mais si votre protection acheteur touche à sa fin, contactez le vendeur et ouvrez un litige avant l’échéance.',
    ],
  },
  milestone: {
    label_created: [
      'Étiquette créée',
      'Le vendeur a imprimé l’étiquette et le transporteur attend le colis, sans l’avoir encore reçu. Un nouveau numéro reste souvent muet 24 à 72 heures : pas d’inquiétude pour l’instant.',
    ],
    picked_up: [
      'Pris en charge',
      'Le transporteur a récupéré le colis et l’a enregistré. Les mises à jour devraient maintenant arriver, en général sous un ou deux jours.',
    ],
    origin_facility: [
      'Au centre de tri',
      'Le colis se trouve dans un centre de tri ou un entrepôt du pays d’origine, le plus souvent la Chine, où il est regroupé avec d’autres envois vers votre région. Cela prend normalement un à quelques jours.',
    ],
    export_customs: [
      'Douane à l’export',
      'Le colis passe la douane avant de quitter le pays d’origine. C’est un contrôle de routine qui dure en général un ou deux jours.',
    ],
    departed_origin: [
      'Parti du pays d’origine',
      'Le colis a quitté le pays d’origine, souvent par avion. Quelques jours sans nouvelles pendant le trajet sont tout à fait normaux.',
    ],
    international_transit: [
      'Transit international',
      'Le colis voyage d’un pays à l’autre, le plus souvent en avion. Cette étape reste fréquemment silencieuse plusieurs jours, jusqu’à une ou deux semaines avec les envois économiques, et c’est normal.',
    ],
    transit_hub: [
      'En pays de transit',
      'Le colis fait escale dans une plateforme logistique d’un autre pays avant de continuer vers vous. Cet arrêt habituel dure d’un à quelques jours.',
    ],
    arrived_destination: [
      'Arrivé dans votre pays',
      'Le colis est arrivé dans votre pays et va passer la douane avant d’être confié à un transporteur local. Le dédouanement prend en général quelques jours.',
    ],
    import_customs: [
      'En dédouanement',
      'La douane de votre pays contrôle le colis et les éventuelles taxes à l’import. Comptez de quelques heures à environ une semaine ; surveillez vos e-mails et SMS au cas où l’on vous demanderait quelque chose.',
    ],
    customs_released: [
      'Dédouané',
      'La douane a libéré le colis, qui peut poursuivre sa route jusqu’à chez vous. Le transporteur local le récupère normalement sous quelques jours.',
    ],
    handed_to_last_mile: [
      'Confié au transporteur local',
      'Le colis est maintenant entre les mains de la société qui livre dans votre pays, parfois sous un nouveau numéro de suivi. Son premier scan peut mettre quelques jours à apparaître : consultez aussi son site.',
    ],
    destination_facility: [
      'Au centre de distribution',
      'Le colis est dans un centre de tri ou un bureau de distribution près de chez vous. La livraison suit généralement sous un à trois jours.',
    ],
    out_for_delivery: [
      'En cours de livraison',
      'Le colis est entre les mains d’un livreur et devrait arriver aujourd’hui. Prévoyez quelqu’un pour le recevoir.',
    ],
    pickup_point: [
      'En point relais',
      'Le colis vous attend dans un bureau de poste, un point relais ou une consigne. Retirez-le dans le délai de garde, environ 15 jours en général, sinon il repartira.',
    ],
    delivered: [
      'Livré',
      'Le colis a été remis ou déposé à votre adresse. S’il n’y est pas, renseignez-vous d’abord auprès des voisins et du transporteur local.',
    ],
    returning: [
      'Retour à l’expéditeur',
      'Le colis repart vers le vendeur, par exemple après des tentatives de livraison manquées, une adresse incorrecte ou un refus en douane. Demandez au vendeur un renvoi ou un remboursement, et gardez des captures d’écran.',
    ],
    returned: [
      'Retourné à l’expéditeur',
      'Le colis est revenu chez le vendeur. Demandez-lui de le renvoyer ou de vous rembourser ; s’il refuse, ouvrez un litige avec vos captures du suivi.',
    ],
  },
  reason: {
    customs_held: [
      'Retenu en douane',
      'La douane garde le colis pour un contrôle ou un complément d’information. Cela se règle souvent en quelques jours ; guettez un message de la douane ou du transporteur, et contactez-les si rien ne bouge longtemps.',
    ],
    customs_payment_due: [
      'Taxes à payer',
      'Des droits ou taxes doivent être réglés avant que la douane ne libère le colis. Payez uniquement via le canal officiel du transporteur ou des douanes, et sans tarder pour éviter un retour.',
    ],
    customs_documents_needed: [
      'Documents demandés',
      'La douane a besoin d’informations ou de justificatifs de votre part, comme une facture ou une pièce d’identité. Répondez vite : une demande restée sans réponse peut renvoyer le colis.',
    ],
    customs_refused: [
      'Refusé par la douane',
      'La douane a refusé ou saisi le colis, qui ne sera pas livré. Demandez-lui un document officiel expliquant pourquoi et servez-vous-en pour obtenir un remboursement du vendeur.',
    ],
    address_problem: [
      'Problème d’adresse',
      'Le transporteur n’a pas pu livrer car l’adresse est fausse, incomplète ou illisible. Vérifiez celle de votre commande et donnez au transporteur local ce qui manque, comme le numéro d’appartement.',
    ],
    recipient_absent: [
      'Destinataire absent',
      'Le livreur n’a trouvé personne à qui remettre le colis. Cherchez un avis de passage indiquant une nouvelle tentative ou le point de retrait.',
    ],
    refused: [
      'Refusé à la livraison',
      'Le colis a été refusé au moment de la livraison. Si ce n’était pas voulu, appelez vite le transporteur avant qu’il ne reparte.',
    ],
    business_closed: [
      'Établissement fermé',
      'L’adresse est celle d’une entreprise fermée au passage du livreur. Un nouveau passage a généralement lieu le jour ouvré suivant.',
    ],
    unclaimed: [
      'Non retiré à temps',
      'Le colis n’a pas été retiré dans le délai de garde, environ 15 jours en général, et repart donc. Appelez tout de suite le transporteur s’il est peut-être encore sur place.',
    ],
    returning_to_sender: [
      'En retour',
      'Le colis fait le chemin inverse vers le vendeur. Contactez-le pour convenir d’un nouvel envoi ou d’un remboursement.',
    ],
    returned_to_sender: [
      'Revenu chez l’expéditeur',
      'Le colis est de retour chez le vendeur. Demandez un renvoi ou un remboursement, et ouvrez un litige s’il ne vous aide pas.',
    ],
    lost: [
      'Perdu',
      'Le transporteur déclare le colis perdu. Demandez au vendeur un remboursement ou un remplacement, et ouvrez un litige avec vos captures du suivi si besoin.',
    ],
    damaged: [
      'Endommagé',
      'Le colis a été abîmé pendant le transport. Photographiez l’emballage et le contenu puis contactez le vendeur : un article endommagé donne droit à un remboursement ou un échange.',
    ],
    destroyed: [
      'Détruit',
      'Le colis a été détruit, en général par la douane ou après un incident grave, et n’arrivera pas. Demandez un remboursement au vendeur ou ouvrez un litige.',
    ],
    cancelled: [
      'Envoi annulé',
      'L’envoi a été annulé et ne partira pas. Vérifiez votre commande et demandez au vendeur s’il va réexpédier ou rembourser.',
    ],
    delayed: [
      'Retardé',
      'Le colis a pris du retard quelque part, mais il avance toujours. C’est fréquent pendant les fêtes et les grandes promotions, et le retard se rattrape souvent en quelques jours.',
    ],
    weather: [
      'Retard météo',
      'Le mauvais temps ralentit les transports. Le colis repartira dès que les conditions s’amélioreront, normalement sous quelques jours.',
    ],
    misrouted: [
      'Erreur d’acheminement',
      'Le colis est parti au mauvais endroit et il est en cours de réacheminement, ce qui ajoute souvent quelques jours. Si le suivi continue d’afficher une autre ville ou un autre pays, prévenez le vendeur.',
    ],
    prohibited_item: [
      'Article interdit',
      'Le colis contient un article interdit à l’envoi ou à l’importation ; il est donc bloqué ou renvoyé. Contactez le vendeur pour être remboursé.',
    ],
    other: [
      'Incident signalé',
      'Le transporteur signale un problème sans préciser lequel. Lisez le dernier événement et contactez le transporteur ou le vendeur si la situation ne se débloque pas rapidement.',
    ],
  },
  order: {
    placed: [
      'Commande passée',
      'Votre commande est enregistrée et le vendeur a été prévenu. Viennent ensuite le paiement et la préparation.',
    ],
    awaiting_payment: [
      'En attente de paiement',
      'La commande attend la validation de votre paiement. Rien ne sera expédié avant sa confirmation.',
    ],
    awaiting_clarification: [
      'Réponse attendue',
      'Le vendeur a besoin d’une précision de votre part, comme une taille, une couleur ou un détail d’adresse, pour continuer. Consultez vos messages et répondez pour ne pas bloquer la commande.',
    ],
    amount_updated: [
      'Montant modifié',
      'Le vendeur a changé le total, par exemple le prix de l’article ou les frais de port. Vérifiez le nouveau montant avant de continuer.',
    ],
    processing: [
      'En traitement',
      'La commande est en cours de traitement et le paiement peut encore être en validation. Les vendeurs expédient en général sous un jour à une semaine.',
    ],
    paid: [
      'Payée',
      'Le paiement est confirmé et le vendeur prépare l’expédition. Le numéro de suivi arrivera au moment de l’envoi.',
    ],
    packed: [
      'Emballée',
      'Le vendeur a emballé votre commande, prête à être remise au transporteur.',
    ],
    consolidated: [
      'Regroupée en un colis',
      'Vos articles ont été réunis avec d’autres dans un seul colis : plusieurs commandes peuvent donc partager le même numéro de suivi. C’est normal, et souvent plus rapide.',
    ],
    invoice_available: [
      'Facture disponible',
      'Le vendeur a émis la facture, consultable dans le détail de votre commande.',
    ],
    shipped: [
      'Expédiée',
      'Le vendeur a envoyé la commande et un numéro de suivi est en principe disponible. Il faut parfois 24 à 72 heures avant que le transporteur n’affiche les premiers événements.',
    ],
    completed: [
      'Terminée',
      'La commande est clôturée : livrée et confirmée, ou close par la boutique. Un litige reste en général possible environ 15 jours après la livraison.',
    ],
    cancelled: [
      'Annulée',
      'La commande a été annulée par vous ou par le vendeur et ne sera pas expédiée. Tout paiement doit vous être restitué.',
    ],
    refunded: [
      'Remboursée',
      'Votre argent vous a été renvoyé. Il peut falloir quelques semaines pour le voir apparaître, selon votre moyen de paiement.',
    ],
    abandoned: [
      'Abandonnée',
      'La commande n’a jamais été finalisée, par exemple faute de paiement complet, et elle a été close. Rien ne sera expédié.',
    ],
    unfulfillable: [
      'Impossible à honorer',
      'Le vendeur ne peut pas exécuter la commande, par exemple en cas de rupture de stock ou si l’article ne peut pas être livré à votre adresse. Attendez-vous à une annulation et un remboursement.',
    ],
  },
  progress: {
    ordered: ['Commandé', 'La commande a été passée auprès du vendeur.'],
    shipped: ['Expédié', 'Le vendeur a envoyé le colis ou créé son étiquette.'],
    picked_up: ['Pris en charge', 'Le transporteur a le colis entre les mains.'],
    left_origin: ['Parti du pays d’origine', 'Le colis a quitté le pays du vendeur.'],
    arrived_destination: ['Dans votre pays', 'Le colis est arrivé dans votre pays.'],
    customs_cleared: ['Dédouané', 'La douane a laissé passer le colis.'],
    out_for_delivery: [
      'En livraison',
      'Le colis est sur la dernière ligne droite, avec un livreur ou en point relais.',
    ],
    delivered: ['Livré', 'Le colis vous est parvenu.'],
  },
};
