<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ApiError</name>
    <message>
        <source>cannot reach the server: %1</source>
        <translation>impossible de joindre le serveur : %1</translation>
    </message>
    <message>
        <source>the server did not answer in time</source>
        <translation>le serveur n’a pas répondu à temps</translation>
    </message>
    <message>
        <source>the server sent an unexpected answer: %1</source>
        <translation>le serveur a envoyé une réponse inattendue : %1</translation>
    </message>
</context>
<context>
    <name>Attachment</name>
    <message>
        <source>Waiting…</source>
        <translation>En attente…</translation>
    </message>
    <message>
        <source>Cancel sending %1</source>
        <translation>Annuler l’envoi de %1</translation>
    </message>
</context>
<context>
    <name>AttachmentPreview</name>
    <message numerus="yes">
        <source>Send %n file(s) to %1</source>
        <translation>
            <numerusform>Envoyer %n fichier à %1</numerusform>
            <numerusform>Envoyer %n fichiers à %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send %n file(s)</source>
        <translation>
            <numerusform>Envoyer %n fichier</numerusform>
            <numerusform>Envoyer %n fichiers</numerusform>
        </translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>Add a caption (optional)</source>
        <translation>Ajouter une légende (facultatif)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
</context>
<context>
    <name>AudioContent</name>
    <message>
        <source>Could not load the file</source>
        <translation>Impossible de charger le fichier</translation>
    </message>
    <message>
        <source>Audio: %1</source>
        <translation>Audio : %1</translation>
    </message>
    <message>
        <source>No sound device: save the file to play it elsewhere</source>
        <translation>Aucun périphérique audio : enregistrez le fichier pour le lire ailleurs</translation>
    </message>
    <message>
        <source>Cancel downloading %1</source>
        <translation>Annuler le téléchargement de %1</translation>
    </message>
</context>
<context>
    <name>AvatarFile</name>
    <message>
        <source>There is no file at %1.</source>
        <translation>Il n’y a pas de fichier à %1.</translation>
    </message>
    <message>
        <source>%1 is not an image.</source>
        <translation>%1 n’est pas une image.</translation>
    </message>
</context>
<context>
    <name>CallBar</name>
    <message>
        <source>In call with %1 · %2</source>
        <translation>En appel avec %1 · %2</translation>
    </message>
    <message>
        <source>Calling %1…</source>
        <translation>Appel de %1…</translation>
    </message>
    <message>
        <source>Return to call</source>
        <translation>Revenir à l’appel</translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation>Raccrocher</translation>
    </message>
</context>
<context>
    <name>CallView</name>
    <message>
        <source>Calling %1…</source>
        <translation>Appel de %1…</translation>
    </message>
    <message>
        <source>%1 is calling</source>
        <translation>%1 vous appelle</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Back to chat</source>
        <translation>Retour à la discussion</translation>
    </message>
    <message>
        <source>Camera off</source>
        <translation>Couper la caméra</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Réactiver le micro</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Couper le micro</translation>
    </message>
    <message>
        <source>Camera on</source>
        <translation>Activer la caméra</translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation>Raccrocher</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualité</translation>
    </message>
    <message>
        <source>Round trip</source>
        <translation>Aller-retour</translation>
    </message>
    <message>
        <source>Packet loss</source>
        <translation>Perte de paquets</translation>
    </message>
    <message>
        <source>Receiving</source>
        <translation>Réception</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <source>%1 put the call on hold · %2</source>
        <translation>%1 a mis l&apos;appel en attente · %2</translation>
    </message>
    <message>
        <source>%1 is muted</source>
        <translation>%1 a coupé son micro</translation>
    </message>
    <message>
        <source>You put %1 on hold · %2</source>
        <translation>Vous avez mis %1 en attente · %2</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Mettre en attente</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Appareils</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>Microphone</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Caméra</translation>
    </message>
    <message>
        <source>%1 is sharing their screen</source>
        <translation>%1 partage son écran</translation>
    </message>
    <message>
        <source>You are sharing your screen</source>
        <translation>Vous partagez votre écran</translation>
    </message>
    <message>
        <source>Your screen</source>
        <translation>Votre écran</translation>
    </message>
    <message>
        <source>Stop showing your screen</source>
        <translation>Ne plus montrer votre écran</translation>
    </message>
    <message>
        <source>Show your screen to %1</source>
        <translation>Montrer votre écran à %1</translation>
    </message>
    <message>
        <source>Stop sharing</source>
        <translation>Arrêter le partage</translation>
    </message>
    <message>
        <source>Share screen</source>
        <translation>Partager l&apos;écran</translation>
    </message>
    <message>
        <source>Choose a screen or window in your desktop&apos;s dialog</source>
        <translation>Choisissez un écran ou une fenêtre dans la boîte de dialogue de votre bureau</translation>
    </message>
    <message>
        <source>Choosing…</source>
        <translation>Choix en cours…</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
</context>
<context>
    <name>CompletionPopup</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Editing your message</source>
        <translation>Modification de votre message</translation>
    </message>
    <message>
        <source>Replying to %1: %2</source>
        <translation>Réponse à %1 : %2</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Annuler la modification</translation>
    </message>
    <message>
        <source>Cancel reply</source>
        <translation>Annuler la réponse</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Annuler (Échap)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Edit your message…</source>
        <translation>Modifiez votre message…</translation>
    </message>
    <message>
        <source>Write a message…</source>
        <translation>Écrivez un message…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Joindre des fichiers</translation>
    </message>
    <message>
        <source>Insert emoji</source>
        <translation>Insérer un emoji</translation>
    </message>
</context>
<context>
    <name>DeviceChoice</name>
    <message>
        <source>System default</source>
        <translation>Par défaut du système</translation>
    </message>
    <message>
        <source>%1 (unplugged)</source>
        <translation>%1 (débranché)</translation>
    </message>
</context>
<context>
    <name>EmojiPicker</name>
    <message>
        <source>Smileys &amp; emotion</source>
        <translation>Smileys et émotions</translation>
    </message>
    <message>
        <source>People &amp; body</source>
        <translation>Personnes et corps</translation>
    </message>
    <message>
        <source>Animals &amp; nature</source>
        <translation>Animaux et nature</translation>
    </message>
    <message>
        <source>Food &amp; drink</source>
        <translation>Nourriture et boissons</translation>
    </message>
    <message>
        <source>Travel &amp; places</source>
        <translation>Voyages et lieux</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Objets</translation>
    </message>
    <message>
        <source>Symbols</source>
        <translation>Symboles</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Drapeaux</translation>
    </message>
    <message>
        <source>Search emoji</source>
        <translation>Rechercher un emoji</translation>
    </message>
    <message>
        <source>Emoji found</source>
        <translation>Emoji trouvés</translation>
    </message>
    <message>
        <source>No emoji named so</source>
        <translation>Aucun emoji de ce nom</translation>
    </message>
    <message>
        <source>Recently used</source>
        <translation>Utilisés récemment</translation>
    </message>
</context>
<context>
    <name>ErrorNotice</name>
    <message>
        <source>Dismiss</source>
        <translation>Ignorer</translation>
    </message>
</context>
<context>
    <name>FileCard</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>Téléchargement…</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Enregistré dans %1</translation>
    </message>
    <message>
        <source>File %1, %2</source>
        <translation>Fichier %1, %2</translation>
    </message>
    <message>
        <source>A program or script: it can only be saved.</source>
        <translation>Un programme ou un script : il peut seulement être enregistré.</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Ouvrir %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Save %1 as</source>
        <comment>file</comment>
        <translation>Enregistrer %1 sous</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <source>Cancel downloading %1</source>
        <translation>Annuler le téléchargement de %1</translation>
    </message>
</context>
<context>
    <name>FileSharing</name>
    <message>
        <source>Only files on this computer can be sent.</source>
        <translation>Seuls les fichiers de cet ordinateur peuvent être envoyés.</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Joindre des fichiers</translation>
    </message>
    <message>
        <source>Save %1</source>
        <comment>file</comment>
        <translation>Enregistrer %1</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Remplacer le fichier ?</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Garder les deux</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 existe déjà. Le remplacer ?</translation>
    </message>
</context>
<context>
    <name>HtmlSanitizer</name>
    <message>
        <source>Spoiler</source>
        <translation>Divulgâcheur</translation>
    </message>
    <message>
        <source>Spoiler: %1</source>
        <translation>Divulgâcheur : %1</translation>
    </message>
</context>
<context>
    <name>ImageContent</name>
    <message>
        <source>Image: %1</source>
        <translation>Image : %1</translation>
    </message>
    <message>
        <source>Image not available</source>
        <translation>Image indisponible</translation>
    </message>
    <message>
        <source>Cancel downloading %1</source>
        <translation>Annuler le téléchargement de %1</translation>
    </message>
</context>
<context>
    <name>IncomingCallPopup</name>
    <message>
        <source>Incoming video call</source>
        <translation>Appel vidéo entrant</translation>
    </message>
    <message>
        <source>Incoming voice call</source>
        <translation>Appel vocal entrant</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <source>Accept voice</source>
        <translation>Accepter en audio</translation>
    </message>
    <message>
        <source>Accept video</source>
        <translation>Accepter en vidéo</translation>
    </message>
    <message>
        <source>Incoming video call from %1</source>
        <translation>Appel vidéo entrant de %1</translation>
    </message>
    <message>
        <source>Incoming voice call from %1</source>
        <translation>Appel vocal entrant de %1</translation>
    </message>
    <message>
        <source>%1 voice · %2 video · %3 decline</source>
        <translation>%1 audio · %2 vidéo · %3 refuser</translation>
    </message>
    <message>
        <source>%1 accept · %2 decline</source>
        <translation>%1 accepter · %2 refuser</translation>
    </message>
    <message>
        <source>%1 decline</source>
        <translation>%1 refuser</translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message>
        <source>Invite to %1</source>
        <translation>Inviter dans %1</translation>
    </message>
    <message>
        <source>this room</source>
        <translation>ce salon</translation>
    </message>
    <message>
        <source>Name or user id</source>
        <translation>Nom ou identifiant</translation>
    </message>
    <message>
        <source>Name or @user:example.org</source>
        <translation>Nom ou @utilisateur:example.org</translation>
    </message>
    <message>
        <source>People found</source>
        <translation>Personnes trouvées</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Invite %1</source>
        <translation>Inviter %1</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Invité</translation>
    </message>
    <message>
        <source>In the room</source>
        <translation>Dans le salon</translation>
    </message>
    <message>
        <source>Invite</source>
        <translation>Inviter</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>No one found. Enter a full user id like @ann:example.org to invite them.</source>
        <translation>Personne trouvé. Saisissez un identifiant complet comme @ann:example.org pour l’inviter.</translation>
    </message>
    <message>
        <source>Invited: %1</source>
        <translation>Invités : %1</translation>
    </message>
    <message>
        <source>Close the invite dialog</source>
        <translation>Fermer la fenêtre d’invitation</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>LockIcon</name>
    <message>
        <source>Encrypted</source>
        <translation>Chiffré</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>%1 — Atrium</source>
        <translation>%1 — Atrium</translation>
    </message>
    <message>
        <source>Atrium</source>
        <translation>Atrium</translation>
    </message>
    <message>
        <source>Opening your account…</source>
        <translation>Ouverture de votre compte…</translation>
    </message>
    <message>
        <source>(%1) %2</source>
        <translation>(%1) %2</translation>
    </message>
</context>
<context>
    <name>MediaViewer</name>
    <message>
        <source>Fit to window</source>
        <translation>Ajuster à la fenêtre</translation>
    </message>
    <message>
        <source>Fit (0)</source>
        <translation>Ajuster (0)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>Taille réelle</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Fermer (Échap)</translation>
    </message>
    <message>
        <source>The image could not be shown.</source>
        <translation>L’image n’a pas pu être affichée.</translation>
    </message>
    <message>
        <source>Cancel downloading %1</source>
        <translation>Annuler le téléchargement de %1</translation>
    </message>
</context>
<context>
    <name>MemberListPanel</name>
    <message>
        <source>Members (%1)</source>
        <translation>Membres (%1)</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Invite someone to this room</source>
        <translation>Inviter quelqu’un dans ce salon</translation>
    </message>
    <message>
        <source>Invite…</source>
        <translation>Inviter…</translation>
    </message>
    <message>
        <source>Close the member list</source>
        <translation>Fermer la liste des membres</translation>
    </message>
    <message>
        <source>Filter members</source>
        <translation>Filtrer les membres</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 · invited</source>
        <translation>%1 · invité</translation>
    </message>
    <message>
        <source>, verified</source>
        <translation>, vérifié</translation>
    </message>
    <message>
        <source>, verified, has an unverified session</source>
        <translation>, vérifié, a une session non vérifiée</translation>
    </message>
    <message>
        <source>Has a session they have not verified</source>
        <translation>A une session qu’il n’a pas vérifiée</translation>
    </message>
    <message>
        <source>%1 has a session they have not verified.</source>
        <translation>%1 a une session qu’il n’a pas vérifiée.</translation>
    </message>
</context>
<context>
    <name>MessageDelegate</name>
    <message>
        <source>(edited)</source>
        <translation>(modifié)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>message deleted</source>
        <translation>message supprimé</translation>
    </message>
    <message>
        <source>%1 was not sent: %2</source>
        <translation>%1 n’a pas été envoyé : %2</translation>
    </message>
    <message>
        <source>%1 was not sent</source>
        <translation>%1 n’a pas été envoyé</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>In reply to</source>
        <translation>En réponse à</translation>
    </message>
    <message>
        <source>a message not loaded yet</source>
        <translation>un message pas encore chargé</translation>
    </message>
    <message>
        <source>Go to the message replied to</source>
        <translation>Aller au message d’origine</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Non envoyé : %1</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Non envoyé</translation>
    </message>
    <message>
        <source>%1 %2, from %3</source>
        <translation>%1 %2, de %3</translation>
    </message>
    <message>
        <source>%1 reacted with %2</source>
        <translation>%1 a réagi avec %2</translation>
    </message>
    <message>
        <source>React</source>
        <translation>Réagir</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Répondre</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>MessageShield</name>
    <message>
        <source>Encrypted by a device not verified by its owner.</source>
        <translation>Chiffré par un appareil que son propriétaire n’a pas vérifié.</translation>
    </message>
    <message>
        <source>Encrypted by an unknown or deleted device.</source>
        <translation>Chiffré par un appareil inconnu ou supprimé.</translation>
    </message>
    <message>
        <source>The authenticity of this message can&apos;t be guaranteed on this device: its key came from a backup or another device.</source>
        <translation>L&apos;authenticité de ce message ne peut pas être garantie sur cet appareil : sa clé provient d&apos;une sauvegarde ou d&apos;un autre appareil.</translation>
    </message>
</context>
<context>
    <name>NewMessagesLine</name>
    <message>
        <source>New messages</source>
        <translation>Nouveaux messages</translation>
    </message>
</context>
<context>
    <name>NewRoomDialog</name>
    <message>
        <source>Create a room</source>
        <translation>Créer un salon</translation>
    </message>
    <message>
        <source>Room name</source>
        <translation>Nom du salon</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>Topic (optional)</source>
        <translation>Sujet (facultatif)</translation>
    </message>
    <message>
        <source>Private: only people you invite can join</source>
        <translation>Privé : seules les personnes invitées peuvent le rejoindre</translation>
    </message>
    <message>
        <source>Public: anyone can find and join it</source>
        <translation>Public : tout le monde peut le trouver et le rejoindre</translation>
    </message>
    <message>
        <source>End-to-end encrypted (cannot be turned off later)</source>
        <translation>Chiffré de bout en bout (impossible à désactiver ensuite)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Join a room</source>
        <translation>Rejoindre un salon</translation>
    </message>
    <message>
        <source>Room address</source>
        <translation>Adresse du salon</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Rejoindre</translation>
    </message>
    <message>
        <source>#room:example.org, or words to search the directory</source>
        <translation>#salon:example.org, ou des mots pour chercher dans l’annuaire</translation>
    </message>
    <message>
        <source>Public rooms on your server</source>
        <translation>Salons publics de votre serveur</translation>
    </message>
    <message>
        <source>Public rooms</source>
        <translation>Salons publics</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n members</source>
        <translation>
            <numerusform>%1, %n membre</numerusform>
            <numerusform>%1, %n membres</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n members</source>
        <translation>
            <numerusform>%n membre</numerusform>
            <numerusform>%n membres</numerusform>
        </translation>
    </message>
    <message>
        <source>Join %1</source>
        <translation>Rejoindre %1</translation>
    </message>
    <message>
        <source>Show more public rooms</source>
        <translation>Afficher plus de salons publics</translation>
    </message>
    <message>
        <source>More…</source>
        <translation>Plus…</translation>
    </message>
    <message>
        <source>No public rooms found.</source>
        <translation>Aucun salon public trouvé.</translation>
    </message>
</context>
<context>
    <name>NotificationPlanner</name>
    <message>
        <source>🔒 Encrypted message</source>
        <translation>🔒 Message chiffré</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>PlaybackControls</name>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Lire</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Your profile</source>
        <translation>Votre profil</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nom affiché</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Change your avatar</source>
        <translation>Changer votre avatar</translation>
    </message>
    <message>
        <source>Change avatar…</source>
        <translation>Changer l’avatar…</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.gif *.webp)</translation>
    </message>
    <message>
        <source>Choose your avatar</source>
        <translation>Choisissez votre avatar</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>the system keychain refused: %1 (start a keyring such as gnome-keyring, or run with --no-keychain)</source>
        <translation>le trousseau du système a refusé : %1 (démarrez un trousseau comme gnome-keyring, ou lancez Atrium avec --no-keychain)</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is damaged; sign in again</source>
        <translation>%1 est endommagé ; reconnectez-vous</translation>
    </message>
</context>
<context>
    <name>QuickSwitcher</name>
    <message>
        <source>Room to open</source>
        <translation>Salon à ouvrir</translation>
    </message>
    <message>
        <source>Jump to a room…</source>
        <translation>Aller à un salon…</translation>
    </message>
    <message>
        <source>No room matches.</source>
        <translation>Aucun salon ne correspond.</translation>
    </message>
</context>
<context>
    <name>ReactionPicker</name>
    <message>
        <source>React with %1</source>
        <translation>Réagir avec %1</translation>
    </message>
    <message>
        <source>More reactions</source>
        <translation>Plus de réactions</translation>
    </message>
</context>
<context>
    <name>ReadReceipts</name>
    <message>
        <source>Seen by %1</source>
        <translation>Vu par %1</translation>
    </message>
</context>
<context>
    <name>RoomDelegate</name>
    <message>
        <source>Invitation to %1</source>
        <translation>Invitation dans %1</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n unread</source>
        <translation>
            <numerusform>%1, %n non lu</numerusform>
            <numerusform>%1, %n non lus</numerusform>
        </translation>
    </message>
    <message>
        <source>Invited by %1</source>
        <translation>Invité par %1</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>Invitation</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espace</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>Favori</translation>
    </message>
    <message>
        <source>Low priority</source>
        <translation>Priorité basse</translation>
    </message>
    <message>
        <source>Leave room…</source>
        <translation>Quitter le salon…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Paramètres…</translation>
    </message>
    <message>
        <source>99+</source>
        <translation>99+</translation>
    </message>
    <message>
        <source>%1, new messages</source>
        <translation>%1, nouveaux messages</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>RoomDisplayName</name>
    <message>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>Empty Room</source>
        <translation>Salon vide</translation>
    </message>
    <message>
        <source>Empty Room (was %1)</source>
        <translation>Salon vide (auparavant %1)</translation>
    </message>
    <message>
        <source>1 other</source>
        <translation>1 autre personne</translation>
    </message>
    <message numerus="yes">
        <source>%n others</source>
        <translation>
            <numerusform>%n autre personne</numerusform>
            <numerusform>%n autres personnes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and 1 other</source>
        <translation>%1 et 1 autre personne</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n others</source>
        <translation>
            <numerusform>%1 et %n autre personne</numerusform>
            <numerusform>%1 et %n autres personnes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoomHeader</name>
    <message>
        <source>End-to-end encrypted</source>
        <translation>Chiffré de bout en bout</translation>
    </message>
    <message>
        <source>Messages in this room are end-to-end encrypted.</source>
        <translation>Les messages de ce salon sont chiffrés de bout en bout.</translation>
    </message>
    <message>
        <source>Calls are not available.</source>
        <translation>Les appels ne sont pas disponibles.</translation>
    </message>
    <message>
        <source>Voice call</source>
        <translation>Appel vocal</translation>
    </message>
    <message>
        <source>Start a voice call</source>
        <translation>Démarrer un appel vocal</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Appeler</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>Appel vidéo</translation>
    </message>
    <message>
        <source>Start a video call</source>
        <translation>Démarrer un appel vidéo</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
    <message>
        <source>Show the room&apos;s members</source>
        <translation>Afficher les membres du salon</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>👥 %1</source>
        <translation>👥 %1</translation>
    </message>
    <message>
        <source>Invite someone to this room</source>
        <translation>Inviter quelqu’un dans ce salon</translation>
    </message>
    <message>
        <source>Invite</source>
        <translation>Inviter</translation>
    </message>
    <message>
        <source>Room settings</source>
        <translation>Paramètres du salon</translation>
    </message>
    <message>
        <source>Everyone in this room is verified, and so are all their sessions.</source>
        <translation>Tout le monde dans ce salon est vérifié, ainsi que toutes ses sessions.</translation>
    </message>
    <message>
        <source>Someone you verified has a session they have not verified. Check the member list.</source>
        <translation>Quelqu’un que vous avez vérifié a une session qu’il n’a pas vérifiée. Consultez la liste des membres.</translation>
    </message>
</context>
<context>
    <name>RoomList</name>
    <message>
        <source>Yesterday</source>
        <translation>Hier</translation>
    </message>
    <message>
        <source>d MMM</source>
        <extracomment>The day and month of a room&apos;s last message this year (a QDate format).</extracomment>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Salons</translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation>Invitations</translation>
    </message>
    <message>
        <source>Favourites</source>
        <translation>Favoris</translation>
    </message>
    <message>
        <source>Low priority</source>
        <translation>Priorité basse</translation>
    </message>
    <message>
        <source>Decline the invitation to “%1”?</source>
        <translation>Refuser l&apos;invitation à « %1 » ?</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <source>You can join it only if someone invites you again.</source>
        <translation>Vous ne pourrez la rejoindre que si quelqu&apos;un vous invite à nouveau.</translation>
    </message>
</context>
<context>
    <name>RoomListPane</name>
    <message>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>Filter rooms</source>
        <translation>Filtrer les salons</translation>
    </message>
    <message>
        <source>Filter rooms (Ctrl+K to jump)</source>
        <translation>Filtrer les salons (Ctrl+K pour y aller)</translation>
    </message>
    <message>
        <source>No room matches “%1”.</source>
        <translation>Aucun salon ne correspond à « %1 ».</translation>
    </message>
    <message>
        <source>New room</source>
        <translation>Nouveau salon</translation>
    </message>
    <message>
        <source>Create or join a room</source>
        <translation>Créer ou rejoindre un salon</translation>
    </message>
    <message>
        <source>Leave “%1”?</source>
        <translation>Quitter « %1 » ?</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>You will no longer get its messages. To come back to a private room, you need a new invitation.</source>
        <translation>Vous ne recevrez plus ses messages. Pour revenir dans un salon privé, il vous faudra une nouvelle invitation.</translation>
    </message>
    <message>
        <source>Account menu</source>
        <translation>Menu du compte</translation>
    </message>
    <message>
        <source>Security…</source>
        <translation>Sécurité…</translation>
    </message>
    <message>
        <source>Sessions…</source>
        <translation>Sessions…</translation>
    </message>
    <message>
        <source>This session is not verified. Verify it with your recovery key or from another session, so that others trust it and it can read older messages.</source>
        <translation>Cette session n&apos;est pas vérifiée. Vérifiez-la avec votre clé de récupération ou depuis une autre session, pour que les autres lui fassent confiance et qu&apos;elle puisse lire les anciens messages.</translation>
    </message>
    <message>
        <source>Verify this session…</source>
        <translation>Vérifier cette session…</translation>
    </message>
    <message>
        <source>Profile, sessions, security, sign out</source>
        <translation>Profil, sessions, sécurité, déconnexion</translation>
    </message>
    <message>
        <source>Profile…</source>
        <translation>Profil…</translation>
    </message>
</context>
<context>
    <name>RoomSettingsDialog</name>
    <message>
        <source>Room settings</source>
        <translation>Paramètres du salon</translation>
    </message>
    <message>
        <source>Change the room&apos;s avatar</source>
        <translation>Changer l’avatar du salon</translation>
    </message>
    <message>
        <source>Change avatar…</source>
        <translation>Changer l’avatar…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Room name</source>
        <translation>Nom du salon</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>Room topic</source>
        <translation>Sujet du salon</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>All messages</source>
        <translation>Tous les messages</translation>
    </message>
    <message>
        <source>Mentions and keywords</source>
        <translation>Mentions et mots-clés</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Couper le micro</translation>
    </message>
    <message>
        <source>Close the room settings</source>
        <translation>Fermer les paramètres du salon</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Save the name and topic</source>
        <translation>Enregistrer le nom et le sujet</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.gif *.webp)</translation>
    </message>
    <message>
        <source>Choose the room&apos;s avatar</source>
        <translation>Choisir l’avatar du salon</translation>
    </message>
    <message>
        <source>Name, topic and avatar: %1</source>
        <translation>Nom, sujet et avatar : %1</translation>
    </message>
</context>
<context>
    <name>SasEmoji</name>
    <message>
        <source>Dog</source>
        <translation>Chien</translation>
    </message>
    <message>
        <source>Cat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Lion</source>
        <translation>Lion</translation>
    </message>
    <message>
        <source>Horse</source>
        <translation>Cheval</translation>
    </message>
    <message>
        <source>Unicorn</source>
        <translation>Licorne</translation>
    </message>
    <message>
        <source>Pig</source>
        <translation>Cochon</translation>
    </message>
    <message>
        <source>Elephant</source>
        <translation>Éléphant</translation>
    </message>
    <message>
        <source>Rabbit</source>
        <translation>Lapin</translation>
    </message>
    <message>
        <source>Panda</source>
        <translation>Panda</translation>
    </message>
    <message>
        <source>Rooster</source>
        <translation>Coq</translation>
    </message>
    <message>
        <source>Penguin</source>
        <translation>Pingouin</translation>
    </message>
    <message>
        <source>Turtle</source>
        <translation>Tortue</translation>
    </message>
    <message>
        <source>Fish</source>
        <translation>Poisson</translation>
    </message>
    <message>
        <source>Octopus</source>
        <translation>Poulpe</translation>
    </message>
    <message>
        <source>Butterfly</source>
        <translation>Papillon</translation>
    </message>
    <message>
        <source>Flower</source>
        <translation>Fleur</translation>
    </message>
    <message>
        <source>Tree</source>
        <translation>Arbre</translation>
    </message>
    <message>
        <source>Cactus</source>
        <translation>Cactus</translation>
    </message>
    <message>
        <source>Mushroom</source>
        <translation>Champignon</translation>
    </message>
    <message>
        <source>Globe</source>
        <translation>Globe</translation>
    </message>
    <message>
        <source>Moon</source>
        <translation>Lune</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>Nuage</translation>
    </message>
    <message>
        <source>Fire</source>
        <translation>Feu</translation>
    </message>
    <message>
        <source>Banana</source>
        <translation>Banane</translation>
    </message>
    <message>
        <source>Apple</source>
        <translation>Pomme</translation>
    </message>
    <message>
        <source>Strawberry</source>
        <translation>Fraise</translation>
    </message>
    <message>
        <source>Corn</source>
        <translation>Maïs</translation>
    </message>
    <message>
        <source>Pizza</source>
        <translation>Pizza</translation>
    </message>
    <message>
        <source>Cake</source>
        <translation>Gâteau</translation>
    </message>
    <message>
        <source>Heart</source>
        <translation>Cœur</translation>
    </message>
    <message>
        <source>Smiley</source>
        <translation>Sourire</translation>
    </message>
    <message>
        <source>Robot</source>
        <translation>Robot</translation>
    </message>
    <message>
        <source>Hat</source>
        <translation>Chapeau</translation>
    </message>
    <message>
        <source>Glasses</source>
        <translation>Lunettes</translation>
    </message>
    <message>
        <source>Spanner</source>
        <translation>Clé à molette</translation>
    </message>
    <message>
        <source>Santa</source>
        <translation>Père Noël</translation>
    </message>
    <message>
        <source>Thumbs Up</source>
        <translation>Pouce levé</translation>
    </message>
    <message>
        <source>Umbrella</source>
        <translation>Parapluie</translation>
    </message>
    <message>
        <source>Hourglass</source>
        <translation>Sablier</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Horloge</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>Cadeau</translation>
    </message>
    <message>
        <source>Light Bulb</source>
        <translation>Ampoule</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Livre</translation>
    </message>
    <message>
        <source>Pencil</source>
        <translation>Crayon</translation>
    </message>
    <message>
        <source>Paperclip</source>
        <translation>Trombone</translation>
    </message>
    <message>
        <source>Scissors</source>
        <translation>Ciseaux</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Cadenas</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Hammer</source>
        <translation>Marteau</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Drapeau</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Train</translation>
    </message>
    <message>
        <source>Bicycle</source>
        <translation>Vélo</translation>
    </message>
    <message>
        <source>Aeroplane</source>
        <translation>Avion</translation>
    </message>
    <message>
        <source>Rocket</source>
        <translation>Fusée</translation>
    </message>
    <message>
        <source>Trophy</source>
        <translation>Trophée</translation>
    </message>
    <message>
        <source>Ball</source>
        <translation>Ballon</translation>
    </message>
    <message>
        <source>Guitar</source>
        <translation>Guitare</translation>
    </message>
    <message>
        <source>Trumpet</source>
        <translation>Trompette</translation>
    </message>
    <message>
        <source>Bell</source>
        <translation>Cloche</translation>
    </message>
    <message>
        <source>Anchor</source>
        <translation>Ancre</translation>
    </message>
    <message>
        <source>Headphones</source>
        <translation>Casque audio</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Punaise</translation>
    </message>
</context>
<context>
    <name>SecurityDialog</name>
    <message>
        <source>Your message keys are not backed up. Without a backup, a new session cannot read older encrypted messages.</source>
        <translation>Vos clés de messages ne sont pas sauvegardées. Sans sauvegarde, une nouvelle session ne peut pas lire les anciens messages chiffrés.</translation>
    </message>
    <message numerus="yes">
        <source>%n message key(s) backed up; this session keeps the backup up to date.</source>
        <translation>
            <numerusform>%n clé de messages sauvegardée ; cette session tient la sauvegarde à jour.</numerusform>
            <numerusform>%n clés de messages sauvegardées ; cette session tient la sauvegarde à jour.</numerusform>
        </translation>
    </message>
    <message>
        <source>A key backup exists. Enter its recovery key to read older messages here and keep the backup up to date.</source>
        <translation>Une sauvegarde des clés existe. Saisissez sa clé de récupération pour lire ici les anciens messages et tenir la sauvegarde à jour.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Cross-signing is not set up. With it, your sessions vouch for each other and people you verify stay verified on all their devices.</source>
        <translation>La signature croisée n&apos;est pas configurée. Avec elle, vos sessions se portent garantes les unes des autres et les personnes que vous vérifiez restent vérifiées sur tous leurs appareils.</translation>
    </message>
    <message>
        <source>Cross-signing is set up, and this session holds its keys.</source>
        <translation>La signature croisée est configurée et cette session en détient les clés.</translation>
    </message>
    <message>
        <source>Cross-signing is set up; another of your sessions verified this one.</source>
        <translation>La signature croisée est configurée ; une autre de vos sessions a vérifié celle-ci.</translation>
    </message>
    <message>
        <source>Cross-signing was set up by another session. Verify this session from that one (Sessions), or reset cross-signing.</source>
        <translation>La signature croisée a été configurée par une autre session. Vérifiez cette session depuis celle-là (Sessions) ou réinitialisez la signature croisée.</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>Cross-signing</source>
        <translation>Signature croisée</translation>
    </message>
    <message>
        <source>Set up cross-signing</source>
        <translation>Configurer la signature croisée</translation>
    </message>
    <message>
        <source>Set up</source>
        <translation>Configurer</translation>
    </message>
    <message>
        <source>Reset cross-signing</source>
        <translation>Réinitialiser la signature croisée</translation>
    </message>
    <message>
        <source>Reset…</source>
        <translation>Réinitialiser…</translation>
    </message>
    <message>
        <source>New keys replace the old ones: your other sessions, and everyone who verified you, will see you as unverified until you verify again.</source>
        <translation>De nouvelles clés remplacent les anciennes : vos autres sessions, et tous ceux qui vous ont vérifié, vous verront non vérifié jusqu&apos;à une nouvelle vérification.</translation>
    </message>
    <message>
        <source>Keep the current keys</source>
        <translation>Garder les clés actuelles</translation>
    </message>
    <message>
        <source>Your server asks for your password to change the cross-signing keys.</source>
        <translation>Votre serveur demande votre mot de passe pour changer les clés de signature croisée.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Key backup</source>
        <translation>Sauvegarde des clés</translation>
    </message>
    <message>
        <source>Back up message keys</source>
        <translation>Sauvegarder les clés de messages</translation>
    </message>
    <message>
        <source>Back up keys</source>
        <translation>Sauvegarder les clés</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clé de récupération</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Keep this recovery key somewhere safe. It is shown only now, and it is the only way to read your backup on a new session.</source>
        <translation>Conservez cette clé de récupération en lieu sûr. Elle n&apos;est affichée que maintenant et c&apos;est le seul moyen de lire votre sauvegarde dans une nouvelle session.</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>Votre clé de récupération</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>I have saved it</source>
        <translation>Je l&apos;ai enregistrée</translation>
    </message>
    <message>
        <source>Close the security settings</source>
        <translation>Fermer les réglages de sécurité</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Recovery is not set up. It keeps your cross-signing keys and your key backup under one recovery key, so that a new session can verify itself and read your older messages.</source>
        <translation>La récupération n&apos;est pas configurée. Elle conserve vos clés de signature croisée et votre sauvegarde des clés sous une clé de récupération, pour qu&apos;une nouvelle session puisse se vérifier et lire vos anciens messages.</translation>
    </message>
    <message>
        <source>Recovery is set up: your cross-signing keys and your key backup are kept under your recovery key.</source>
        <translation>La récupération est configurée : vos clés de signature croisée et votre sauvegarde des clés sont conservées sous votre clé de récupération.</translation>
    </message>
    <message>
        <source>Enter your recovery key or passphrase to verify this session and read your older messages.</source>
        <translation>Saisissez votre clé de récupération ou votre phrase secrète pour vérifier cette session et lire vos anciens messages.</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Récupération</translation>
    </message>
    <message>
        <source>Recovery passphrase (optional)</source>
        <translation>Phrase secrète de récupération (facultative)</translation>
    </message>
    <message>
        <source>Passphrase (optional)</source>
        <translation>Phrase secrète (facultative)</translation>
    </message>
    <message>
        <source>Set up recovery</source>
        <translation>Configurer la récupération</translation>
    </message>
    <message>
        <source>Recovery key or passphrase</source>
        <translation>Clé de récupération ou phrase secrète</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>A key backup exists: unlocking recovery above restores it here.</source>
        <translation>Une sauvegarde des clés existe : déverrouiller la récupération ci-dessus la restaure ici.</translation>
    </message>
</context>
<context>
    <name>SessionsDialog</name>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Everywhere you are signed in. Verify your other sessions so that they get the keys to your encrypted messages; sign out the ones you do not know.</source>
        <translation>Partout où vous êtes connecté. Vérifiez vos autres sessions pour qu&apos;elles reçoivent les clés de vos messages chiffrés ; déconnectez celles que vous ne reconnaissez pas.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>This session</source>
        <translation>Cette session</translation>
    </message>
    <message>
        <source>Session name</source>
        <translation>Nom de la session</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>last active %1</source>
        <translation>dernière activité %1</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>Non vérifiée</translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation>Renommer %1</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>Verify %1</source>
        <translation>Vérifier %1</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <source>Sign out %1</source>
        <translation>Déconnecter %1</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>Enter your password to sign out %1.</source>
        <translation>Saisissez votre mot de passe pour déconnecter %1.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Close the sessions</source>
        <translation>Fermer les sessions</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>ShareableScreens</name>
    <message>
        <source>All screens · %1</source>
        <translation>Tous les écrans · %1</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Sign in to Atrium</source>
        <translation>Se connecter à Atrium</translation>
    </message>
    <message>
        <source>Homeserver</source>
        <translation>Serveur d’accueil</translation>
    </message>
    <message>
        <source>matrix.example.org (optional with a full user id)</source>
        <translation>matrix.example.org (facultatif avec un identifiant complet)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>ann or @ann:example.org</source>
        <translation>ann ou @ann:example.org</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation>Les mots de passe ne correspondent pas.</translation>
    </message>
    <message>
        <source>Create an account</source>
        <translation>Créer un compte</translation>
    </message>
    <message>
        <source>Confirm password</source>
        <translation>Confirmer le mot de passe</translation>
    </message>
    <message>
        <source>I have an account</source>
        <translation>J’ai déjà un compte</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Création…</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>Créer le compte</translation>
    </message>
</context>
<context>
    <name>SpaceBar</name>
    <message>
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n unread</source>
        <translation>
            <numerusform>%1, %n non lu</numerusform>
            <numerusform>%1, %n non lus</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StateChangeText</name>
    <message>
        <source>%1 joined</source>
        <translation>%1 a rejoint le salon</translation>
    </message>
    <message>
        <source>%1 removed their display name</source>
        <translation>%1 a supprimé son nom d’affichage</translation>
    </message>
    <message>
        <source>%1 set their display name to %2</source>
        <translation>%1 a choisi le nom d’affichage %2</translation>
    </message>
    <message>
        <source>%1 changed their name to %2</source>
        <translation>%1 s’appelle désormais %2</translation>
    </message>
    <message>
        <source>%1 changed their avatar</source>
        <translation>%1 a changé d’avatar</translation>
    </message>
    <message>
        <source>%1 invited %2</source>
        <translation>%1 a invité %2</translation>
    </message>
    <message>
        <source>%1 banned %2</source>
        <translation>%1 a banni %2</translation>
    </message>
    <message>
        <source>%1 banned %2: %3</source>
        <translation>%1 a banni %2 : %3</translation>
    </message>
    <message>
        <source>%1 declined the invitation</source>
        <translation>%1 a refusé l’invitation</translation>
    </message>
    <message>
        <source>%1 withdrew the invitation for %2</source>
        <translation>%1 a retiré l’invitation de %2</translation>
    </message>
    <message>
        <source>%1 unbanned %2</source>
        <translation>%1 a levé le bannissement de %2</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 est parti</translation>
    </message>
    <message>
        <source>%1 removed %2</source>
        <translation>%1 a exclu %2</translation>
    </message>
    <message>
        <source>%1 removed %2: %3</source>
        <translation>%1 a exclu %2 : %3</translation>
    </message>
    <message>
        <source>%1 asked to join</source>
        <translation>%1 a demandé à rejoindre le salon</translation>
    </message>
    <message>
        <source>%1 removed the room name</source>
        <translation>%1 a supprimé le nom du salon</translation>
    </message>
    <message>
        <source>%1 changed the room name to %2</source>
        <translation>%1 a renommé le salon en %2</translation>
    </message>
    <message>
        <source>%1 removed the topic</source>
        <translation>%1 a supprimé le sujet</translation>
    </message>
    <message>
        <source>%1 changed the topic to %2</source>
        <translation>%1 a changé le sujet en « %2 »</translation>
    </message>
    <message>
        <source>%1 removed the room avatar</source>
        <translation>%1 a supprimé l’image du salon</translation>
    </message>
    <message>
        <source>%1 changed the room avatar</source>
        <translation>%1 a changé l’image du salon</translation>
    </message>
    <message>
        <source>%1 created the room</source>
        <translation>%1 a créé le salon</translation>
    </message>
    <message>
        <source>%1 turned on end-to-end encryption</source>
        <translation>%1 a activé le chiffrement de bout en bout</translation>
    </message>
    <message>
        <source>%1 started a video call</source>
        <translation>%1 a démarré un appel vidéo</translation>
    </message>
    <message>
        <source>%1 started a voice call</source>
        <translation>%1 a démarré un appel vocal</translation>
    </message>
    <message>
        <source>%1 declined the call</source>
        <translation>%1 a refusé l’appel</translation>
    </message>
    <message>
        <source>Unanswered call from %1</source>
        <translation>Appel sans réponse de %1</translation>
    </message>
    <message>
        <source>%1 was busy</source>
        <translation>%1 était occupé</translation>
    </message>
    <message>
        <source>Call failed: could not connect</source>
        <translation>Échec de l’appel : connexion impossible</translation>
    </message>
    <message>
        <source>%1 ended the call</source>
        <translation>%1 a mis fin à l’appel</translation>
    </message>
    <message>
        <source>%1 ended the call · %2</source>
        <translation>%1 a mis fin à l’appel · %2</translation>
    </message>
    <message>
        <source>%1 asked %2 to verify</source>
        <translation>%1 a demandé à %2 de se vérifier</translation>
    </message>
    <message>
        <source>Call ended: connection lost · %1</source>
        <translation>Appel terminé : connexion perdue · %1</translation>
    </message>
    <message>
        <source>Call ended: connection lost</source>
        <translation>Appel terminé : connexion perdue</translation>
    </message>
</context>
<context>
    <name>TimelinePane</name>
    <message>
        <source>Choose a room on the left.</source>
        <translation>Choisissez un salon à gauche.</translation>
    </message>
    <message>
        <source>The message replied to is no longer in this room&apos;s history.</source>
        <translation>Le message d’origine n’est plus dans l’historique de ce salon.</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Drop files to send them to %1</source>
        <translation>Déposez des fichiers pour les envoyer à %1</translation>
    </message>
    <message>
        <source>this room</source>
        <translation>ce salon</translation>
    </message>
</context>
<context>
    <name>TransferProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <source>Show Atrium</source>
        <translation>Afficher Atrium</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message numerus="yes">
        <source>Atrium — %n unread</source>
        <translation>
            <numerusform>Atrium — %n non lu</numerusform>
            <numerusform>Atrium — %n non lus</numerusform>
        </translation>
    </message>
    <message>
        <source>Atrium</source>
        <translation>Atrium</translation>
    </message>
</context>
<context>
    <name>TypingIndicator</name>
    <message>
        <source>%1 is typing…</source>
        <translation>%1 écrit…</translation>
    </message>
    <message>
        <source>%1 and %2 are typing…</source>
        <translation>%1 et %2 écrivent…</translation>
    </message>
    <message>
        <source>%1, %2 and %3 are typing…</source>
        <translation>%1, %2 et %3 écrivent…</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2 and %n others are typing…</source>
        <translation>
            <numerusform>%1, %2 et %n autre personne écrivent…</numerusform>
            <numerusform>%1, %2 et %n autres personnes écrivent…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UndecryptableMessage</name>
    <message>
        <source>Unable to decrypt: %1</source>
        <translation>Impossible de déchiffrer : %1</translation>
    </message>
</context>
<context>
    <name>UserCard</name>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Send %1 a direct message</source>
        <translation>Envoyer un message direct à %1</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Role of %1</source>
        <translation>Rôle de %1</translation>
    </message>
    <message>
        <source>Custom (%1)</source>
        <translation>Personnalisé (%1)</translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation>Modérateur</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>Remove %1 from the room</source>
        <translation>Retirer %1 du salon</translation>
    </message>
    <message>
        <source>Remove from room</source>
        <translation>Retirer du salon</translation>
    </message>
    <message>
        <source>Verify %1</source>
        <translation>Vérifier %1</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Vérifier</translation>
    </message>
</context>
<context>
    <name>VerificationDialog</name>
    <message>
        <source>your session %1</source>
        <translation>votre session %1</translation>
    </message>
    <message>
        <source>%1 (session %2)</source>
        <translation>%1 (session %2)</translation>
    </message>
    <message>
        <source>Verify a session</source>
        <translation>Vérifier une session</translation>
    </message>
    <message>
        <source>%1 wants to verify this session.</source>
        <translation>%1 veut vérifier cette session.</translation>
    </message>
    <message>
        <source>Waiting for %1 to accept…</source>
        <translation>En attente de l&apos;acceptation de %1…</translation>
    </message>
    <message>
        <source>Compare these emoji with the ones %1 shows, in the same order.</source>
        <translation>Comparez ces émojis avec ceux qu&apos;affiche %1, dans le même ordre.</translation>
    </message>
    <message>
        <source>Waiting for %1 to confirm…</source>
        <translation>En attente de la confirmation de %1…</translation>
    </message>
    <message>
        <source>Verified: %1 can be trusted with your encrypted messages.</source>
        <translation>Vérifiée : %1 est digne de confiance pour vos messages chiffrés.</translation>
    </message>
    <message>
        <source>Verification cancelled: %1</source>
        <translation>Vérification annulée : %1</translation>
    </message>
    <message>
        <source>Verification cancelled.</source>
        <translation>Vérification annulée.</translation>
    </message>
    <message>
        <source>or the numbers %1</source>
        <translation>ou les nombres %1</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <source>They don&apos;t match</source>
        <translation>Ils ne correspondent pas</translation>
    </message>
    <message>
        <source>They match</source>
        <translation>Ils correspondent</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>VerifiedBadge</name>
    <message>
        <source>Verified</source>
        <translation>Vérifié</translation>
    </message>
</context>
<context>
    <name>VideoContent</name>
    <message>
        <source>Could not load the video</source>
        <translation>Impossible de charger la vidéo</translation>
    </message>
    <message>
        <source>Video: %1</source>
        <translation>Vidéo : %1</translation>
    </message>
    <message>
        <source>Play %1 full size</source>
        <translation>Lire %1 en taille réelle</translation>
    </message>
    <message>
        <source>Full size</source>
        <translation>Taille réelle</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Cancel downloading %1</source>
        <translation>Annuler le téléchargement de %1</translation>
    </message>
</context>
<context>
    <name>atrium::calls::WebRtcSession</name>
    <message>
        <source>the remote description was refused: %1</source>
        <translation>la description de session distante a été refusée : %1</translation>
    </message>
    <message>
        <source>GStreamer elements missing: %1</source>
        <translation>éléments GStreamer manquants : %1</translation>
    </message>
    <message>
        <source>could not build the call pipeline: %1</source>
        <translation>impossible de construire le pipeline de l’appel : %1</translation>
    </message>
    <message>
        <source>could not make the call&apos;s microphone or camera source</source>
        <translation>impossible de créer la source micro ou caméra de l’appel</translation>
    </message>
    <message>
        <source>could not start the call pipeline (no microphone or camera?)</source>
        <translation>impossible de démarrer le pipeline de l’appel (pas de micro ni de caméra ?)</translation>
    </message>
    <message>
        <source>the offer has no Opus audio</source>
        <translation>l’offre ne contient pas d’audio Opus</translation>
    </message>
    <message>
        <source>the %1 is not a usable session description</source>
        <translation>l’%1 n’est pas une description de session utilisable</translation>
    </message>
    <message>
        <source>the connection was lost (ICE failed)</source>
        <translation>la connexion a été perdue (échec ICE)</translation>
    </message>
    <message>
        <source>could not connect (ICE failed)</source>
        <translation>connexion impossible (échec ICE)</translation>
    </message>
    <message>
        <source>the connection was lost (nothing heard from the other side for %1 s)</source>
        <translation>la connexion a été perdue (rien de l’autre côté depuis %1 s)</translation>
    </message>
</context>
<context>
    <name>atrium::matrix::ServerDiscovery</name>
    <message>
        <source>&quot;%1&quot; is not a server name, URL or user id</source>
        <translation>« %1 » n’est ni un nom de serveur, ni une URL, ni un identifiant</translation>
    </message>
    <message>
        <source>server discovery failed: %1</source>
        <translation>échec de la découverte du serveur : %1</translation>
    </message>
    <message>
        <source>the server&apos;s .well-known/matrix/client names no valid homeserver</source>
        <translation>le fichier .well-known/matrix/client du serveur n’indique aucun serveur d’accueil valide</translation>
    </message>
    <message>
        <source>%1 is not reachable as a Matrix homeserver: %2</source>
        <translation>%1 n’est pas joignable comme serveur d’accueil Matrix : %2</translation>
    </message>
    <message>
        <source>%1 does not answer like a Matrix homeserver</source>
        <translation>%1 ne répond pas comme un serveur d’accueil Matrix</translation>
    </message>
</context>
<context>
    <name>atrium::media::MediaDownload</name>
    <message>
        <source>not a valid mxc URI</source>
        <translation>URI mxc non valide</translation>
    </message>
    <message>
        <source>a download needs a destination</source>
        <translation>un téléchargement a besoin d’une destination</translation>
    </message>
    <message>
        <source>no such folder: %1</source>
        <translation>dossier introuvable : %1</translation>
    </message>
    <message>
        <source>%1 is a folder</source>
        <translation>%1 est un dossier</translation>
    </message>
    <message>
        <source>cannot write in %1: %2</source>
        <translation>impossible d’écrire dans %1 : %2</translation>
    </message>
    <message>
        <source>the server has no such file</source>
        <translation>le serveur n’a pas ce fichier</translation>
    </message>
    <message>
        <source>download failed: %1</source>
        <translation>échec du téléchargement : %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>cannot write in %1</source>
        <translation>impossible d’écrire dans %1</translation>
    </message>
    <message>
        <source>cannot replace %1</source>
        <translation>impossible de remplacer %1</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>impossible d’écrire %1</translation>
    </message>
    <message>
        <source>too large to show (%1)</source>
        <translation>trop volumineux pour être affiché (%1)</translation>
    </message>
</context>
<context>
    <name>atrium::media::MediaTransfer</name>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
</context>
<context>
    <name>atrium::media::MediaUpload</name>
    <message>
        <source>cannot read %1</source>
        <translation>impossible de lire %1</translation>
    </message>
    <message>
        <source>%1 is %2; this server accepts files up to %3</source>
        <translation>%1 fait %2 ; ce serveur accepte les fichiers jusqu’à %3</translation>
    </message>
    <message>
        <source>cannot create a temporary file: %1</source>
        <translation>impossible de créer un fichier temporaire : %1</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>the server refused %1 as too large (%2)</source>
        <translation>le serveur a refusé %1, trop volumineux (%2)</translation>
    </message>
    <message>
        <source>upload failed: %1</source>
        <translation>échec de l’envoi : %1</translation>
    </message>
    <message>
        <source>the server&apos;s upload answer has no valid content_uri</source>
        <translation>la réponse du serveur à l’envoi ne contient pas de content_uri valide</translation>
    </message>
</context>
<context>
    <name>atrium::models::CallAlert</name>
    <message>
        <source>Incoming video call</source>
        <translation>Appel vidéo entrant</translation>
    </message>
    <message>
        <source>Incoming voice call</source>
        <translation>Appel vocal entrant</translation>
    </message>
    <message>
        <source>%1 is calling</source>
        <translation>%1 vous appelle</translation>
    </message>
</context>
<context>
    <name>atrium::models::CallController</name>
    <message>
        <source>Calls are possible once you are signed in.</source>
        <translation>Les appels sont possibles une fois connecté.</translation>
    </message>
    <message>
        <source>You are already in a call.</source>
        <translation>Vous êtes déjà en appel.</translation>
    </message>
    <message>
        <source>Open a room to call.</source>
        <translation>Ouvrez un salon pour appeler.</translation>
    </message>
    <message>
        <source>There is nobody else in this room to call.</source>
        <translation>Il n’y a personne d’autre à appeler dans ce salon.</translation>
    </message>
    <message>
        <source>Calls work in direct chats and rooms of two people.</source>
        <translation>Les appels fonctionnent dans les discussions directes et les salons de deux personnes.</translation>
    </message>
    <message>
        <source>Calls need GStreamer elements that are missing: %1</source>
        <translation>Les appels nécessitent des éléments GStreamer manquants : %1</translation>
    </message>
    <message>
        <source>No microphone or camera found: the other side can neither hear nor see you.</source>
        <translation>Aucun micro ni caméra trouvé : l’autre personne ne peut ni vous entendre ni vous voir.</translation>
    </message>
    <message>
        <source>No microphone found: the other side cannot hear you.</source>
        <translation>Aucun micro trouvé : l’autre personne ne peut pas vous entendre.</translation>
    </message>
    <message>
        <source>No camera found: the other side cannot see you.</source>
        <translation>Aucune caméra trouvée : l’autre personne ne peut pas vous voir.</translation>
    </message>
    <message>
        <source>Call failed: %1</source>
        <translation>Échec de l’appel : %1</translation>
    </message>
    <message>
        <source>the microphone or camera could not be used</source>
        <translation>le micro ou la caméra n’a pas pu être utilisé</translation>
    </message>
    <message>
        <source>Answered on another device</source>
        <translation>Répondu sur un autre appareil</translation>
    </message>
    <message>
        <source>%1 is busy</source>
        <translation>%1 est occupé</translation>
    </message>
    <message>
        <source>%1 declined the call</source>
        <translation>%1 a refusé l’appel</translation>
    </message>
    <message>
        <source>Call declined</source>
        <translation>Appel refusé</translation>
    </message>
    <message>
        <source>Missed call</source>
        <translation>Appel manqué</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Pas de réponse</translation>
    </message>
    <message>
        <source>Call ended · %1</source>
        <translation>Appel terminé · %1</translation>
    </message>
    <message>
        <source>Call cancelled</source>
        <translation>Appel annulé</translation>
    </message>
    <message>
        <source>Call ended</source>
        <translation>Appel terminé</translation>
    </message>
    <message>
        <source>Connection lost · %1</source>
        <translation>Connexion perdue · %1</translation>
    </message>
    <message>
        <source>%1 was unplugged: the default camera takes its place.</source>
        <translation>%1 a été débranchée : la caméra par défaut prend le relais.</translation>
    </message>
    <message>
        <source>%1 was unplugged: the default microphone takes its place.</source>
        <translation>%1 a été débranché : le microphone par défaut prend le relais.</translation>
    </message>
    <message>
        <source>%1 stopped working: the default camera takes its place.</source>
        <translation>%1 ne fonctionne plus : la caméra par défaut prend le relais.</translation>
    </message>
    <message>
        <source>%1 stopped working: the default microphone takes its place.</source>
        <translation>%1 ne fonctionne plus : le microphone par défaut prend le relais.</translation>
    </message>
    <message>
        <source>Screen sharing needs the GStreamer element ximagesrc (gstreamer1.0-plugins-good).</source>
        <translation>Le partage d&apos;écran nécessite l&apos;élément GStreamer ximagesrc (gstreamer1.0-plugins-good).</translation>
    </message>
    <message>
        <source>Your screen could not be captured.</source>
        <translation>Votre écran n&apos;a pas pu être capturé.</translation>
    </message>
    <message>
        <source>Screen sharing stopped: your screen could not be captured.</source>
        <translation>Partage d&apos;écran arrêté : votre écran n&apos;a pas pu être capturé.</translation>
    </message>
    <message>
        <source>The camera could not be turned on.</source>
        <translation>La caméra n&apos;a pas pu être allumée.</translation>
    </message>
    <message>
        <source>Screen sharing on Wayland needs the desktop portal (xdg-desktop-portal, with the backend for your desktop).</source>
        <translation>Le partage d’écran sous Wayland nécessite le portail du bureau (xdg-desktop-portal, avec le backend de votre bureau).</translation>
    </message>
    <message>
        <source>Screen sharing on Wayland needs the GStreamer element pipewiresrc (gstreamer1.0-pipewire).</source>
        <translation>Le partage d’écran sous Wayland nécessite l’élément GStreamer pipewiresrc (gstreamer1.0-pipewire).</translation>
    </message>
    <message>
        <source>Screen sharing could not start: %1</source>
        <translation>Le partage d’écran n’a pas pu démarrer : %1</translation>
    </message>
    <message>
        <source>%1&apos;s app did not answer in time: they may not see your change.</source>
        <translation>L’application de %1 n’a pas répondu à temps : votre changement ne lui est peut-être pas parvenu.</translation>
    </message>
    <message>
        <source>not even through your server&apos;s relay (TURN)</source>
        <translation>pas même via le relais de votre serveur (TURN)</translation>
    </message>
    <message>
        <source>no direct path, and your server offers no relay (TURN)</source>
        <translation>aucun chemin direct, et votre serveur n’offre pas de relais (TURN)</translation>
    </message>
    <message>
        <source>Call failed: could not connect (%1)</source>
        <translation>Échec de l’appel : connexion impossible (%1)</translation>
    </message>
</context>
<context>
    <name>atrium::models::CallQuality</name>
    <message>
        <source>%1 kbit/s</source>
        <translation>%1 kbit/s</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>%1 sent, %2 received</source>
        <translation>%1 envoyé, %2 reçu</translation>
    </message>
</context>
<context>
    <name>atrium::models::DesktopNotifier</name>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Refuser</translation>
    </message>
</context>
<context>
    <name>atrium::models::DevicesController</name>
    <message>
        <source>Could not list the sessions: %1</source>
        <translation>Impossible de lister les sessions : %1</translation>
    </message>
    <message>
        <source>Could not rename the session: %1</source>
        <translation>Impossible de renommer la session : %1</translation>
    </message>
    <message>
        <source>This session is signed out with “Sign out”, not from the list.</source>
        <translation>Cette session se déconnecte avec « Se déconnecter », pas depuis la liste.</translation>
    </message>
    <message>
        <source>The server asks for a way of signing in Atrium does not support; sign the session out with another client.</source>
        <translation>Le serveur demande un mode de connexion qu’Atrium ne prend pas en charge ; déconnectez la session avec un autre client.</translation>
    </message>
    <message>
        <source>Could not sign the session out: %1</source>
        <translation>Impossible de déconnecter la session : %1</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Saisissez votre mot de passe.</translation>
    </message>
    <message>
        <source>Wrong password.</source>
        <translation>Mot de passe incorrect.</translation>
    </message>
</context>
<context>
    <name>atrium::models::MediaController</name>
    <message>
        <source>unknown image</source>
        <translation>image inconnue</translation>
    </message>
    <message>
        <source>not signed in</source>
        <translation>non connecté</translation>
    </message>
    <message>
        <source>the file&apos;s key is not valid: %1</source>
        <translation>la clé du fichier n’est pas valide : %1</translation>
    </message>
    <message>
        <source>signed out</source>
        <translation>déconnecté</translation>
    </message>
    <message>
        <source>This file cannot be downloaded.</source>
        <translation>Ce fichier ne peut pas être téléchargé.</translation>
    </message>
    <message>
        <source>The file&apos;s key is not valid: %1</source>
        <translation>La clé du fichier n’est pas valide : %1</translation>
    </message>
    <message>
        <source>Could not download %1: %2</source>
        <translation>Impossible de télécharger %1 : %2</translation>
    </message>
    <message>
        <source>%1 could run programs on this computer. Save it instead, and open it only if you trust it.</source>
        <translation>%1 pourrait exécuter des programmes sur cet ordinateur. Enregistrez-le plutôt, et ne l’ouvrez que si vous lui faites confiance.</translation>
    </message>
    <message>
        <source>Cannot write in %1</source>
        <translation>Impossible d’écrire dans %1</translation>
    </message>
    <message>
        <source>%1 is a program, whatever its name says. Save it instead, and open it only if you trust it.</source>
        <translation>%1 est un programme, quoi qu’en dise son nom. Enregistrez-le plutôt, et ne l’ouvrez que si vous lui faites confiance.</translation>
    </message>
    <message>
        <source>No application opens %1.</source>
        <translation>Aucune application n’ouvre %1.</translation>
    </message>
    <message>
        <source>Only files on this computer can be sent.</source>
        <translation>Seuls les fichiers de cet ordinateur peuvent être envoyés.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Non envoyé : %1</translation>
    </message>
    <message>
        <source>too large to play here (%1); save it to play it</source>
        <translation>trop volumineux pour être lu ici (%1) ; enregistrez-le pour le lire</translation>
    </message>
    <message>
        <source>%1 is %2; this server accepts files up to %3.</source>
        <translation>%1 fait %2 ; ce serveur accepte les fichiers jusqu’à %3.</translation>
    </message>
</context>
<context>
    <name>atrium::models::MemberListModel</name>
    <message>
        <source>Admin</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation>Modérateur</translation>
    </message>
    <message>
        <source>Custom (%1)</source>
        <translation>Personnalisé (%1)</translation>
    </message>
</context>
<context>
    <name>atrium::models::OwnProfile</name>
    <message>
        <source>Could not change your name: %1</source>
        <translation>Impossible de changer votre nom : %1</translation>
    </message>
    <message>
        <source>Could not upload your avatar: %1</source>
        <translation>Impossible de téléverser votre avatar : %1</translation>
    </message>
    <message>
        <source>Could not change your avatar: %1</source>
        <translation>Impossible de changer votre avatar : %1</translation>
    </message>
</context>
<context>
    <name>atrium::models::PublicRoomsModel</name>
    <message>
        <source>Could not read the room directory: %1</source>
        <translation>Impossible de lire l’annuaire des salons : %1</translation>
    </message>
</context>
<context>
    <name>atrium::models::RoomInfo</name>
    <message>
        <source>Changing this needs power level %1 (%2); yours is %3.</source>
        <translation>Modifier ceci demande le niveau de pouvoir %1 (%2) ; le vôtre est %3.</translation>
    </message>
    <message>
        <source>everyone</source>
        <translation>tout le monde</translation>
    </message>
    <message>
        <source>Inviting needs power level %1; yours is %2.</source>
        <translation>Inviter demande le niveau de pouvoir %1 ; le vôtre est %2.</translation>
    </message>
    <message>
        <source>Could not save the room&apos;s settings: %1</source>
        <translation>Impossible d’enregistrer les paramètres du salon : %1</translation>
    </message>
    <message>
        <source>Could not upload the avatar: %1</source>
        <translation>Impossible d’envoyer l’avatar : %1</translation>
    </message>
    <message>
        <source>Could not change the avatar: %1</source>
        <translation>Impossible de changer l’avatar : %1</translation>
    </message>
    <message>
        <source>Could not change the notification level: %1</source>
        <translation>Impossible de changer le niveau de notification : %1</translation>
    </message>
    <message>
        <source>Enter a user id like @ann:example.org.</source>
        <translation>Saisissez un identifiant comme @ann:example.org.</translation>
    </message>
    <message>
        <source>Could not invite %1: %2</source>
        <translation>Impossible d’inviter %1 : %2</translation>
    </message>
    <message>
        <source>Could not remove %1: %2</source>
        <translation>Impossible de retirer %1 : %2</translation>
    </message>
    <message>
        <source>You cannot give a level above your own (%1).</source>
        <translation>Vous ne pouvez pas donner un niveau supérieur au vôtre (%1).</translation>
    </message>
    <message>
        <source>Could not change the role of %1: %2</source>
        <translation>Impossible de changer le rôle de %1 : %2</translation>
    </message>
</context>
<context>
    <name>atrium::models::RoomListModel</name>
    <message>
        <source>🔒 Encrypted message</source>
        <translation>🔒 Message chiffré</translation>
    </message>
    <message>
        <source>Message deleted</source>
        <translation>Message supprimé</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
</context>
<context>
    <name>atrium::models::ScreenCastPortal</name>
    <message>
        <source>The desktop portal cannot share screens here (%1).</source>
        <translation>Le portail du bureau ne peut pas partager d’écran ici (%1).</translation>
    </message>
    <message>
        <source>The desktop portal offers no screens or windows to share.</source>
        <translation>Le portail du bureau ne propose aucun écran ni aucune fenêtre à partager.</translation>
    </message>
    <message>
        <source>The desktop portal opened no session.</source>
        <translation>Le portail du bureau n’a ouvert aucune session.</translation>
    </message>
    <message>
        <source>The desktop portal started no stream.</source>
        <translation>Le portail du bureau n’a démarré aucun flux.</translation>
    </message>
    <message>
        <source>The desktop portal gave no access to the screen&apos;s stream (%1).</source>
        <translation>Le portail du bureau n’a pas donné accès au flux de l’écran (%1).</translation>
    </message>
    <message>
        <source>The desktop portal refused to share the screen (%1).</source>
        <translation>Le portail du bureau a refusé de partager l’écran (%1).</translation>
    </message>
    <message>
        <source>The desktop portal could not share the screen.</source>
        <translation>Le portail du bureau n’a pas pu partager l’écran.</translation>
    </message>
</context>
<context>
    <name>atrium::models::SecurityController</name>
    <message>
        <source>Enter your password.</source>
        <translation>Saisissez votre mot de passe.</translation>
    </message>
    <message numerus="yes">
        <source>Restored %n of %1 message keys.</source>
        <translation>
            <numerusform>%n clé de messages restaurée sur %1.</numerusform>
            <numerusform>%n clés de messages restaurées sur %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>This session is now verified with your cross-signing keys.</source>
        <translation>Cette session est maintenant vérifiée avec vos clés de signature croisée.</translation>
    </message>
    <message numerus="yes">
        <source>Restored %n message key(s) from the key backup.</source>
        <translation>
            <numerusform>%n clé de message restaurée depuis la sauvegarde des clés.</numerusform>
            <numerusform>%n clés de message restaurées depuis la sauvegarde des clés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atrium::models::SessionController</name>
    <message>
        <source>Enter a user name and a password.</source>
        <translation>Saisissez un nom d’utilisateur et un mot de passe.</translation>
    </message>
    <message>
        <source>Enter a homeserver, or a full user id such as @ann:example.org.</source>
        <translation>Saisissez un serveur d’accueil, ou un identifiant complet comme @ann:example.org.</translation>
    </message>
    <message>
        <source>Could not join: %1</source>
        <translation>Impossible de rejoindre : %1</translation>
    </message>
    <message>
        <source>Could not decline: %1</source>
        <translation>Impossible de refuser : %1</translation>
    </message>
    <message>
        <source>Could not change the room&apos;s tags: %1</source>
        <translation>Impossible de modifier les étiquettes du salon : %1</translation>
    </message>
    <message>
        <source>Not sent: you are signed out, or the message could not be saved for sending.</source>
        <translation>Non envoyé : vous êtes déconnecté, ou le message n’a pas pu être enregistré pour l’envoi.</translation>
    </message>
    <message>
        <source>You are not signed in.</source>
        <translation>Vous n’êtes pas connecté.</translation>
    </message>
    <message>
        <source>Give the room a name.</source>
        <translation>Donnez un nom au salon.</translation>
    </message>
    <message>
        <source>Could not create the room: %1</source>
        <translation>Impossible de créer le salon : %1</translation>
    </message>
    <message>
        <source>Enter a room address like #room:example.org, or a room id like !id:example.org.</source>
        <translation>Saisissez une adresse de salon comme #salon:example.org ou un identifiant comme !id:example.org.</translation>
    </message>
    <message>
        <source>Could not join %1: %2</source>
        <translation>Impossible de rejoindre %1 : %2</translation>
    </message>
    <message>
        <source>Could not leave: %1</source>
        <translation>Impossible de quitter : %1</translation>
    </message>
    <message>
        <source>%1 is not someone you can message.</source>
        <translation>Vous ne pouvez pas écrire à %1.</translation>
    </message>
    <message>
        <source>Could not start a chat with %1: %2</source>
        <translation>Impossible de démarrer une discussion avec %1 : %2</translation>
    </message>
    <message>
        <source>The chat with %1 was created but could not be marked as direct: %2</source>
        <translation>La discussion avec %1 a été créée mais n’a pas pu être marquée comme directe : %2</translation>
    </message>
</context>
<context>
    <name>atrium::models::TimelineModel</name>
    <message>
        <source>message deleted</source>
        <translation>message supprimé</translation>
    </message>
    <message>
        <source>Your reaction %1</source>
        <translation>Votre réaction %1</translation>
    </message>
    <message>
        <source>Deleting a message</source>
        <translation>Suppression d’un message</translation>
    </message>
    <message>
        <source>Your edit: %1</source>
        <translation>Votre modification : %1</translation>
    </message>
    <message>
        <source>Unable to decrypt this message</source>
        <translation>Impossible de déchiffrer ce message</translation>
    </message>
    <message>
        <source>this device does not have the key</source>
        <translation>cet appareil n’a pas la clé</translation>
    </message>
    <message>
        <source>the sender&apos;s key for this message has not arrived</source>
        <translation>la clé de l’expéditeur pour ce message n’est pas encore arrivée</translation>
    </message>
    <message>
        <source>this device received the key only from a later message on</source>
        <translation>cet appareil n’a reçu la clé qu’à partir d’un message ultérieur</translation>
    </message>
    <message>
        <source>refused: this message was sent before, as another event</source>
        <translation>refusé : ce message a déjà été envoyé comme un autre événement</translation>
    </message>
    <message>
        <source>refused: the message was encrypted for another room</source>
        <translation>refusé : le message a été chiffré pour un autre salon</translation>
    </message>
    <message>
        <source>the encrypted message is malformed</source>
        <translation>le message chiffré est mal formé</translation>
    </message>
    <message>
        <source>cannot decrypt: %1</source>
        <translation>impossible de déchiffrer : %1</translation>
    </message>
</context>
<context>
    <name>atrium::models::UserDirectoryModel</name>
    <message>
        <source>Could not search the user directory: %1</source>
        <translation>Impossible de chercher dans l’annuaire des utilisateurs : %1</translation>
    </message>
</context>
<context>
    <name>atrium::models::VerificationController</name>
    <message>
        <source>The verification is no longer running.</source>
        <translation>La vérification n’est plus en cours.</translation>
    </message>
    <message>
        <source>The emoji did not match.</source>
        <translation>Les émojis ne correspondaient pas.</translation>
    </message>
    <message>
        <source>The verification took too long.</source>
        <translation>La vérification a pris trop de temps.</translation>
    </message>
    <message>
        <source>The other side cancelled.</source>
        <translation>L’autre partie a annulé.</translation>
    </message>
    <message>
        <source>You cancelled.</source>
        <translation>Vous avez annulé.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>atrium::store::FileSecretStore</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>the file %1 (readable only by you; no keychain in use)</source>
        <translation>le fichier %1 (lisible par vous seul ; aucun trousseau utilisé)</translation>
    </message>
</context>
<context>
    <name>atrium::store::KeychainSecretStore</name>
    <message>
        <source>the system keychain</source>
        <translation>le trousseau du système</translation>
    </message>
</context>
<context>
    <name>atrium::sync::CrossSigningSetup</name>
    <message>
        <source>Could not read the published keys: %1</source>
        <translation>Impossible de lire les clés publiées : %1</translation>
    </message>
    <message>
        <source>Cross-signing is already set up by another session. Verify this session from it, or reset cross-signing.</source>
        <translation>Une autre session a déjà configuré la signature croisée. Vérifiez cette session depuis celle-ci ou réinitialisez la signature croisée.</translation>
    </message>
    <message>
        <source>Could not prepare the keys: %1</source>
        <translation>Impossible de préparer les clés : %1</translation>
    </message>
    <message>
        <source>Could not publish the cross-signing keys: %1</source>
        <translation>Impossible de publier les clés de signature croisée : %1</translation>
    </message>
    <message>
        <source>The server asks for a way of signing in Atrium does not support.</source>
        <translation>Le serveur demande un mode de connexion qu&apos;Atrium ne prend pas en charge.</translation>
    </message>
    <message>
        <source>Wrong password.</source>
        <translation>Mot de passe incorrect.</translation>
    </message>
    <message>
        <source>The cross-signing keys could not be saved on this device.</source>
        <translation>Impossible d&apos;enregistrer les clés de signature croisée sur cet appareil.</translation>
    </message>
    <message>
        <source>Could not publish the signatures: %1</source>
        <translation>Impossible de publier les signatures : %1</translation>
    </message>
    <message>
        <source>The server refused the signatures.</source>
        <translation>Le serveur a refusé les signatures.</translation>
    </message>
</context>
<context>
    <name>atrium::sync::EncryptionService</name>
    <message>
        <source>could not load the room&apos;s members to share its key</source>
        <translation>impossible de charger les membres du salon pour partager sa clé</translation>
    </message>
</context>
<context>
    <name>atrium::sync::KeyBackup</name>
    <message>
        <source>Could not make a backup key: %1</source>
        <translation>Impossible de créer une clé de sauvegarde : %1</translation>
    </message>
    <message>
        <source>Could not create the backup: %1</source>
        <translation>Impossible de créer la sauvegarde : %1</translation>
    </message>
    <message>
        <source>The backup key could not be saved here.</source>
        <translation>Impossible d&apos;enregistrer ici la clé de sauvegarde.</translation>
    </message>
    <message>
        <source>the backup state could not be saved</source>
        <translation>impossible d&apos;enregistrer l&apos;état de la sauvegarde</translation>
    </message>
    <message>
        <source>That recovery key cannot be read: %1</source>
        <translation>Cette clé de récupération est illisible : %1</translation>
    </message>
    <message>
        <source>There is no key backup on the server.</source>
        <translation>Il n&apos;y a pas de sauvegarde des clés sur le serveur.</translation>
    </message>
    <message>
        <source>Could not read the backup: %1</source>
        <translation>Impossible de lire la sauvegarde : %1</translation>
    </message>
    <message>
        <source>This recovery key does not belong to the current backup.</source>
        <translation>Cette clé de récupération ne correspond pas à la sauvegarde actuelle.</translation>
    </message>
</context>
<context>
    <name>atrium::sync::RoomHistory</name>
    <message>
        <source>could not store the room&apos;s history</source>
        <translation>impossible d’enregistrer l’historique du salon</translation>
    </message>
    <message>
        <source>could not store the member list</source>
        <translation>impossible d’enregistrer la liste des membres</translation>
    </message>
</context>
<context>
    <name>atrium::sync::RoomKeyDistributor</name>
    <message>
        <source>cannot start an encryption session for this room</source>
        <translation>impossible de démarrer une session de chiffrement pour ce salon</translation>
    </message>
</context>
<context>
    <name>atrium::sync::SecretStorage</name>
    <message>
        <source>Could not read secret storage: %1</source>
        <translation>Impossible de lire le stockage secret : %1</translation>
    </message>
    <message>
        <source>Secret storage is already set up for this account. Unlock it with its recovery key, or replace it.</source>
        <translation>Ce compte a déjà un stockage secret. Déverrouillez-le avec sa clé de récupération, ou remplacez-le.</translation>
    </message>
    <message>
        <source>The key backup could not be checked: %1</source>
        <translation>La sauvegarde des clés n&apos;a pas pu être vérifiée : %1</translation>
    </message>
    <message>
        <source>The key backup on the server was made by another session. Restore it here, then set up secret storage again to keep its key.</source>
        <translation>La sauvegarde des clés sur le serveur a été faite par une autre session. Restaurez-la ici, puis configurez à nouveau le stockage secret pour conserver sa clé.</translation>
    </message>
    <message>
        <source>No key backup was made: %1</source>
        <translation>Aucune sauvegarde des clés n&apos;a été créée : %1</translation>
    </message>
    <message>
        <source>Could not save secret storage: %1</source>
        <translation>Impossible d&apos;enregistrer le stockage secret : %1</translation>
    </message>
    <message>
        <source>Secret storage is not set up for this account.</source>
        <translation>Ce compte n&apos;a pas de stockage secret.</translation>
    </message>
    <message>
        <source>That recovery key or passphrase is wrong.</source>
        <translation>Cette clé de récupération ou cette phrase secrète est incorrecte.</translation>
    </message>
    <message>
        <source>Some secrets could not be decrypted; they may have been changed.</source>
        <translation>Certains secrets n&apos;ont pas pu être déchiffrés ; ils ont peut-être été modifiés.</translation>
    </message>
    <message>
        <source>Could not read the published keys: %1</source>
        <translation>Impossible de lire les clés publiées : %1</translation>
    </message>
    <message>
        <source>Could not keep the cross-signing keys: %1</source>
        <translation>Impossible de conserver les clés de signature croisée : %1</translation>
    </message>
    <message>
        <source>The cross-signing keys in secret storage are not the ones the account uses now.</source>
        <translation>Les clés de signature croisée du stockage secret ne sont pas celles que le compte utilise maintenant.</translation>
    </message>
    <message>
        <source>The server refused this session&apos;s signature.</source>
        <translation>Le serveur a refusé la signature de cette session.</translation>
    </message>
    <message>
        <source>History could not be restored from the key backup: %1</source>
        <translation>L&apos;historique n&apos;a pas pu être restauré depuis la sauvegarde des clés : %1</translation>
    </message>
</context>
<context>
    <name>atrium::sync::SendQueue</name>
    <message>
        <source>this client cannot upload files</source>
        <translation>ce client ne peut pas envoyer de fichiers</translation>
    </message>
</context>
<context>
    <name>atrium::sync::Session</name>
    <message>
        <source>wrong user name or password</source>
        <translation>nom d’utilisateur ou mot de passe incorrect</translation>
    </message>
    <message>
        <source>cannot reach %1: %2</source>
        <translation>impossible de joindre %1 : %2</translation>
    </message>
    <message>
        <source>the server&apos;s sign-in answer lacks a user id or access token</source>
        <translation>la réponse du serveur à la connexion ne contient ni identifiant ni jeton d’accès</translation>
    </message>
    <message>
        <source>cannot save the session in %1: %2</source>
        <translation>impossible d’enregistrer la session dans %1 : %2</translation>
    </message>
    <message>
        <source>signed in, but cannot keep the access token: %1</source>
        <translation>connecté, mais impossible de conserver le jeton d’accès : %1</translation>
    </message>
    <message>
        <source>no saved session in %1; sign in first</source>
        <translation>aucune session enregistrée dans %1 ; connectez-vous d’abord</translation>
    </message>
    <message>
        <source>the access token for %1 is missing from %2; sign in again</source>
        <translation>le jeton d’accès de %1 manque dans %2 ; reconnectez-vous</translation>
    </message>
    <message>
        <source>cannot open the local store: %1</source>
        <translation>impossible d’ouvrir le stockage local : %1</translation>
    </message>
    <message>
        <source>cannot keep the encryption key: %1</source>
        <translation>impossible de conserver la clé de chiffrement : %1</translation>
    </message>
    <message>
        <source>not signed in</source>
        <translation>non connecté</translation>
    </message>
    <message>
        <source>%1 does not offer signing in with a password, only %2, which Atrium cannot do yet</source>
        <translation>%1 ne propose pas la connexion par mot de passe, seulement %2, ce qu’Atrium ne sait pas encore faire</translation>
    </message>
    <message>
        <source>single sign-on</source>
        <translation>l’authentification unique</translation>
    </message>
    <message>
        <source>a login token</source>
        <translation>un jeton de connexion</translation>
    </message>
    <message>
        <source>%1 asks for more than a user name and password to create an account; create it on the server&apos;s own site, then sign in here</source>
        <translation>%1 demande plus qu’un nom d’utilisateur et un mot de passe pour créer un compte ; créez-le sur le site du serveur, puis connectez-vous ici</translation>
    </message>
</context>
<context>
    <name>atrium::sync::VerificationService</name>
    <message>
        <source>no keys are known for device %1 of %2</source>
        <translation>aucune clé connue pour l’appareil %1 de %2</translation>
    </message>
    <message>
        <source>cannot reach the server: %1</source>
        <translation>impossible de joindre le serveur : %1</translation>
    </message>
    <message>
        <source>the verified device could not be saved</source>
        <translation>l’appareil vérifié n’a pas pu être enregistré</translation>
    </message>
    <message>
        <source>this device has no keys to verify with yet</source>
        <translation>cet appareil n&apos;a pas encore de clés pour vérifier</translation>
    </message>
</context>
</TS>
