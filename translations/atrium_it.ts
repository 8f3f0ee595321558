<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it">
<context>
    <name>ApiError</name>
    <message>
        <source>cannot reach the server: %1</source>
        <translation>impossibile raggiungere il server: %1</translation>
    </message>
    <message>
        <source>the server did not answer in time</source>
        <translation>il server non ha risposto in tempo</translation>
    </message>
    <message>
        <source>the server sent an unexpected answer: %1</source>
        <translation>il server ha inviato una risposta inattesa: %1</translation>
    </message>
</context>
<context>
    <name>Attachment</name>
    <message>
        <source>Waiting…</source>
        <translation>In attesa…</translation>
    </message>
    <message>
        <source>Cancel sending %1</source>
        <translation>Annulla l’invio di %1</translation>
    </message>
</context>
<context>
    <name>AttachmentPreview</name>
    <message numerus="yes">
        <source>Send %n file(s) to %1</source>
        <translation>
            <numerusform>Invia %n file a %1</numerusform>
            <numerusform>Invia %n file a %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send %n file(s)</source>
        <translation>
            <numerusform>Invia %n file</numerusform>
            <numerusform>Invia %n file</numerusform>
        </translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Didascalia</translation>
    </message>
    <message>
        <source>Add a caption (optional)</source>
        <translation>Aggiungi una didascalia (facoltativa)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Invia</translation>
    </message>
</context>
<context>
    <name>AudioContent</name>
    <message>
        <source>Could not load the file</source>
        <translation>Impossibile caricare il file</translation>
    </message>
    <message>
        <source>Audio: %1</source>
        <translation>Audio: %1</translation>
    </message>
    <message>
        <source>No sound device: save the file to play it elsewhere</source>
        <translation>Nessun dispositivo audio: salva il file per riprodurlo altrove</translation>
    </message>
    <message>
        <source>Cancel downloading %1</source>
        <translation>Annulla il download di %1</translation>
    </message>
</context>
<context>
    <name>AvatarFile</name>
    <message>
        <source>There is no file at %1.</source>
        <translation>Non c’è alcun file in %1.</translation>
    </message>
    <message>
        <source>%1 is not an image.</source>
        <translation>%1 non è un’immagine.</translation>
    </message>
</context>
<context>
    <name>CallBar</name>
    <message>
        <source>In call with %1 · %2</source>
        <translation>In chiamata con %1 · %2</translation>
    </message>
    <message>
        <source>Calling %1…</source>
        <translation>Chiamata a %1…</translation>
    </message>
    <message>
        <source>Return to call</source>
        <translation>Torna alla chiamata</translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation>Riaggancia</translation>
    </message>
</context>
<context>
    <name>CallView</name>
    <message>
        <source>Calling %1…</source>
        <translation>Chiamata a %1…</translation>
    </message>
    <message>
        <source>%1 is calling</source>
        <translation>%1 ti sta chiamando</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connessione…</translation>
    </message>
    <message>
        <source>Back to chat</source>
        <translation>Torna alla chat</translation>
    </message>
    <message>
        <source>Camera off</source>
        <translation>Disattiva videocamera</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Riattiva microfono</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Disattiva microfono</translation>
    </message>
    <message>
        <source>Camera on</source>
        <translation>Attiva videocamera</translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation>Riaggancia</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualità</translation>
    </message>
    <message>
        <source>Round trip</source>
        <translation>Andata e ritorno</translation>
    </message>
    <message>
        <source>Packet loss</source>
        <translation>Perdita di pacchetti</translation>
    </message>
    <message>
        <source>Receiving</source>
        <translation>In ricezione</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>In invio</translation>
    </message>
    <message>
        <source>%1 put the call on hold · %2</source>
        <translation>%1 ha messo la chiamata in attesa · %2</translation>
    </message>
    <message>
        <source>%1 is muted</source>
        <translation>%1 ha il microfono disattivato</translation>
    </message>
    <message>
        <source>You put %1 on hold · %2</source>
        <translation>Hai messo %1 in attesa · %2</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Riprendi</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Metti in attesa</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Dispositivi</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>Microfono</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Fotocamera</translation>
    </message>
    <message>
        <source>%1 is sharing their screen</source>
        <translation>%1 sta condividendo lo schermo</translation>
    </message>
    <message>
        <source>You are sharing your screen</source>
        <translation>Stai condividendo lo schermo</translation>
    </message>
    <message>
        <source>Your screen</source>
        <translation>Il tuo schermo</translation>
    </message>
    <message>
        <source>Stop showing your screen</source>
        <translation>Smetti di mostrare lo schermo</translation>
    </message>
    <message>
        <source>Show your screen to %1</source>
        <translation>Mostra lo schermo a %1</translation>
    </message>
    <message>
        <source>Stop sharing</source>
        <translation>Interrompi condivisione</translation>
    </message>
    <message>
        <source>Share screen</source>
        <translation>Condividi schermo</translation>
    </message>
    <message>
        <source>Choose a screen or window in your desktop&apos;s dialog</source>
        <translation>Scegli uno schermo o una finestra nella finestra di dialogo del desktop</translation>
    </message>
    <message>
        <source>Choosing…</source>
        <translation>Scelta in corso…</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
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
        <translation>Modifica del tuo messaggio</translation>
    </message>
    <message>
        <source>Replying to %1: %2</source>
        <translation>Risposta a %1: %2</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Annulla modifica</translation>
    </message>
    <message>
        <source>Cancel reply</source>
        <translation>Annulla risposta</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Annulla (Esc)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Messaggio</translation>
    </message>
    <message>
        <source>Edit your message…</source>
        <translation>Modifica il tuo messaggio…</translation>
    </message>
    <message>
        <source>Write a message…</source>
        <translation>Scrivi un messaggio…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Invia</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Allega file</translation>
    </message>
    <message>
        <source>Insert emoji</source>
        <translation>Inserisci emoji</translation>
    </message>
</context>
<context>
    <name>DeviceChoice</name>
    <message>
        <source>System default</source>
        <translation>Predefinito di sistema</translation>
    </message>
    <message>
        <source>%1 (unplugged)</source>
        <translation>%1 (scollegato)</translation>
    </message>
</context>
<context>
    <name>EmojiPicker</name>
    <message>
        <source>Smileys &amp; emotion</source>
        <translation>Faccine ed emozioni</translation>
    </message>
    <message>
        <source>People &amp; body</source>
        <translation>Persone e corpo</translation>
    </message>
    <message>
        <source>Animals &amp; nature</source>
        <translation>Animali e natura</translation>
    </message>
    <message>
        <source>Food &amp; drink</source>
        <translation>Cibo e bevande</translation>
    </message>
    <message>
        <source>Travel &amp; places</source>
        <translation>Viaggi e luoghi</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Attività</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Oggetti</translation>
    </message>
    <message>
        <source>Symbols</source>
        <translation>Simboli</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Bandiere</translation>
    </message>
    <message>
        <source>Search emoji</source>
        <translation>Cerca emoji</translation>
    </message>
    <message>
        <source>Emoji found</source>
        <translation>Emoji trovate</translation>
    </message>
    <message>
        <source>No emoji named so</source>
        <translation>Nessuna emoji con questo nome</translation>
    </message>
    <message>
        <source>Recently used</source>
        <translation>Usate di recente</translation>
    </message>
</context>
<context>
    <name>ErrorNotice</name>
    <message>
        <source>Dismiss</source>
        <translation>Ignora</translation>
    </message>
</context>
<context>
    <name>FileCard</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 di %2</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>Download in corso…</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Salvato in %1</translation>
    </message>
    <message>
        <source>File %1, %2</source>
        <translation>File %1, %2</translation>
    </message>
    <message>
        <source>A program or script: it can only be saved.</source>
        <translation>Un programma o uno script: può essere solo salvato.</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Apri %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Apri</translation>
    </message>
    <message>
        <source>Save %1 as</source>
        <comment>file</comment>
        <translation>Salva %1 come</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Salva come…</translation>
    </message>
    <message>
        <source>Cancel downloading %1</source>
        <translation>Annulla il download di %1</translation>
    </message>
</context>
<context>
    <name>FileSharing</name>
    <message>
        <source>Only files on this computer can be sent.</source>
        <translation>Si possono inviare solo file presenti su questo computer.</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Allega file</translation>
    </message>
    <message>
        <source>Save %1</source>
        <comment>file</comment>
        <translation>Salva %1</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Sostituire il file?</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Sostituisci</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Mantieni entrambi</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 esiste già. Sostituirlo?</translation>
    </message>
</context>
<context>
    <name>HtmlSanitizer</name>
    <message>
        <source>Spoiler</source>
        <translation>Spoiler</translation>
    </message>
    <message>
        <source>Spoiler: %1</source>
        <translation>Spoiler: %1</translation>
    </message>
</context>
<context>
    <name>ImageContent</name>
    <message>
        <source>Image: %1</source>
        <translation>Immagine: %1</translation>
    </message>
    <message>
        <source>Image not available</source>
        <translation>Immagine non disponibile</translation>
    </message>
    <message>
        <source>Cancel downloading %1</source>
        <translation>Annulla il download di %1</translation>
    </message>
</context>
<context>
    <name>IncomingCallPopup</name>
    <message>
        <source>Incoming video call</source>
        <translation>Videochiamata in arrivo</translation>
    </message>
    <message>
        <source>Incoming voice call</source>
        <translation>Chiamata vocale in arrivo</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Rifiuta</translation>
    </message>
    <message>
        <source>Accept voice</source>
        <translation>Accetta solo voce</translation>
    </message>
    <message>
        <source>Accept video</source>
        <translation>Accetta con video</translation>
    </message>
    <message>
        <source>Incoming video call from %1</source>
        <translation>Videochiamata in arrivo da %1</translation>
    </message>
    <message>
        <source>Incoming voice call from %1</source>
        <translation>Chiamata vocale in arrivo da %1</translation>
    </message>
    <message>
        <source>%1 voice · %2 video · %3 decline</source>
        <translation>%1 voce · %2 video · %3 rifiuta</translation>
    </message>
    <message>
        <source>%1 accept · %2 decline</source>
        <translation>%1 accetta · %2 rifiuta</translation>
    </message>
    <message>
        <source>%1 decline</source>
        <translation>%1 rifiuta</translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message>
        <source>Invite to %1</source>
        <translation>Invita in %1</translation>
    </message>
    <message>
        <source>this room</source>
        <translation>questa stanza</translation>
    </message>
    <message>
        <source>Name or user id</source>
        <translation>Nome o ID utente</translation>
    </message>
    <message>
        <source>Name or @user:example.org</source>
        <translation>Nome o @utente:example.org</translation>
    </message>
    <message>
        <source>People found</source>
        <translation>Persone trovate</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Invite %1</source>
        <translation>Invita %1</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Invitato</translation>
    </message>
    <message>
        <source>In the room</source>
        <translation>Nella stanza</translation>
    </message>
    <message>
        <source>Invite</source>
        <translation>Invita</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Ricerca…</translation>
    </message>
    <message>
        <source>No one found. Enter a full user id like @ann:example.org to invite them.</source>
        <translation>Nessuno trovato. Inserisci un ID utente completo come @ann:example.org per invitarlo.</translation>
    </message>
    <message>
        <source>Invited: %1</source>
        <translation>Invitati: %1</translation>
    </message>
    <message>
        <source>Close the invite dialog</source>
        <translation>Chiudi la finestra di invito</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
</context>
<context>
    <name>LockIcon</name>
    <message>
        <source>Encrypted</source>
        <translation>Crittografata</translation>
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
        <translation>Apertura del tuo account…</translation>
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
        <translation>Adatta alla finestra</translation>
    </message>
    <message>
        <source>Fit (0)</source>
        <translation>Adatta (0)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Adatta</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>Dimensioni reali</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Apri</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Salva come…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Chiudi (Esc)</translation>
    </message>
    <message>
        <source>The image could not be shown.</source>
        <translation>Impossibile mostrare l’immagine.</translation>
    </message>
    <message>
        <source>Cancel downloading %1</source>
        <translation>Annulla il download di %1</translation>
    </message>
</context>
<context>
    <name>MemberListPanel</name>
    <message>
        <source>Members (%1)</source>
        <translation>Membri (%1)</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membri</translation>
    </message>
    <message>
        <source>Invite someone to this room</source>
        <translation>Invita qualcuno in questa stanza</translation>
    </message>
    <message>
        <source>Invite…</source>
        <translation>Invita…</translation>
    </message>
    <message>
        <source>Close the member list</source>
        <translation>Chiudi l’elenco dei membri</translation>
    </message>
    <message>
        <source>Filter members</source>
        <translation>Filtra i membri</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 · invited</source>
        <translation>%1 · invitato</translation>
    </message>
    <message>
        <source>, verified</source>
        <translation>, verificato</translation>
    </message>
    <message>
        <source>, verified, has an unverified session</source>
        <translation>, verificato, ha una sessione non verificata</translation>
    </message>
    <message>
        <source>Has a session they have not verified</source>
        <translation>Ha una sessione che non ha verificato</translation>
    </message>
    <message>
        <source>%1 has a session they have not verified.</source>
        <translation>%1 ha una sessione che non ha verificato.</translation>
    </message>
</context>
<context>
    <name>MessageDelegate</name>
    <message>
        <source>(edited)</source>
        <translation>(modificato)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>message deleted</source>
        <translation>messaggio eliminato</translation>
    </message>
    <message>
        <source>%1 was not sent: %2</source>
        <translation>%1 non è stato inviato: %2</translation>
    </message>
    <message>
        <source>%1 was not sent</source>
        <translation>%1 non è stato inviato</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Riprova</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Scarta</translation>
    </message>
    <message>
        <source>In reply to</source>
        <translation>In risposta a</translation>
    </message>
    <message>
        <source>a message not loaded yet</source>
        <translation>un messaggio non ancora caricato</translation>
    </message>
    <message>
        <source>Go to the message replied to</source>
        <translation>Vai al messaggio a cui si risponde</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Non inviato: %1</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Non inviato</translation>
    </message>
    <message>
        <source>%1 %2, from %3</source>
        <translation>%1 %2, da %3</translation>
    </message>
    <message>
        <source>%1 reacted with %2</source>
        <translation>%1 ha reagito con %2</translation>
    </message>
    <message>
        <source>React</source>
        <translation>Reagisci</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Rispondi</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifica</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
</context>
<context>
    <name>MessageShield</name>
    <message>
        <source>Encrypted by a device not verified by its owner.</source>
        <translation>Crittografato da un dispositivo non verificato dal suo proprietario.</translation>
    </message>
    <message>
        <source>Encrypted by an unknown or deleted device.</source>
        <translation>Crittografato da un dispositivo sconosciuto o eliminato.</translation>
    </message>
    <message>
        <source>The authenticity of this message can&apos;t be guaranteed on this device: its key came from a backup or another device.</source>
        <translation>L&apos;autenticità di questo messaggio non può essere garantita su questo dispositivo: la sua chiave proviene da un backup o da un altro dispositivo.</translation>
    </message>
</context>
<context>
    <name>NewMessagesLine</name>
    <message>
        <source>New messages</source>
        <translation>Nuovi messaggi</translation>
    </message>
</context>
<context>
    <name>NewRoomDialog</name>
    <message>
        <source>Create a room</source>
        <translation>Crea una stanza</translation>
    </message>
    <message>
        <source>Room name</source>
        <translation>Nome della stanza</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Argomento</translation>
    </message>
    <message>
        <source>Topic (optional)</source>
        <translation>Argomento (facoltativo)</translation>
    </message>
    <message>
        <source>Private: only people you invite can join</source>
        <translation>Privata: può entrare solo chi inviti</translation>
    </message>
    <message>
        <source>Public: anyone can find and join it</source>
        <translation>Pubblica: chiunque può trovarla ed entrare</translation>
    </message>
    <message>
        <source>End-to-end encrypted (cannot be turned off later)</source>
        <translation>Crittografia end-to-end (non si può disattivare in seguito)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crea</translation>
    </message>
    <message>
        <source>Join a room</source>
        <translation>Entra in una stanza</translation>
    </message>
    <message>
        <source>Room address</source>
        <translation>Indirizzo della stanza</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Entra</translation>
    </message>
    <message>
        <source>#room:example.org, or words to search the directory</source>
        <translation>#stanza:example.org, o parole per cercare nell’elenco</translation>
    </message>
    <message>
        <source>Public rooms on your server</source>
        <translation>Stanze pubbliche sul tuo server</translation>
    </message>
    <message>
        <source>Public rooms</source>
        <translation>Stanze pubbliche</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n members</source>
        <translation>
            <numerusform>%1, %n membro</numerusform>
            <numerusform>%1, %n membri</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n members</source>
        <translation>
            <numerusform>%n membro</numerusform>
            <numerusform>%n membri</numerusform>
        </translation>
    </message>
    <message>
        <source>Join %1</source>
        <translation>Entra in %1</translation>
    </message>
    <message>
        <source>Show more public rooms</source>
        <translation>Mostra altre stanze pubbliche</translation>
    </message>
    <message>
        <source>More…</source>
        <translation>Altro…</translation>
    </message>
    <message>
        <source>No public rooms found.</source>
        <translation>Nessuna stanza pubblica trovata.</translation>
    </message>
</context>
<context>
    <name>NotificationPlanner</name>
    <message>
        <source>🔒 Encrypted message</source>
        <translation>🔒 Messaggio crittografato</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>PlaybackControls</name>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Riproduci</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Posizione</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Your profile</source>
        <translation>Il tuo profilo</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nome visualizzato</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Salvataggio…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <source>Change your avatar</source>
        <translation>Cambia il tuo avatar</translation>
    </message>
    <message>
        <source>Change avatar…</source>
        <translation>Cambia avatar…</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp)</source>
        <translation>Immagini (*.png *.jpg *.jpeg *.gif *.webp)</translation>
    </message>
    <message>
        <source>Choose your avatar</source>
        <translation>Scegli il tuo avatar</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>the system keychain refused: %1 (start a keyring such as gnome-keyring, or run with --no-keychain)</source>
        <translation>il portachiavi di sistema ha rifiutato: %1 (avvia un portachiavi come gnome-keyring o esegui Atrium con --no-keychain)</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossibile leggere %1: %2</translation>
    </message>
    <message>
        <source>%1 is damaged; sign in again</source>
        <translation>%1 è danneggiato; accedi di nuovo</translation>
    </message>
</context>
<context>
    <name>QuickSwitcher</name>
    <message>
        <source>Room to open</source>
        <translation>Stanza da aprire</translation>
    </message>
    <message>
        <source>Jump to a room…</source>
        <translation>Vai a una stanza…</translation>
    </message>
    <message>
        <source>No room matches.</source>
        <translation>Nessuna stanza corrisponde.</translation>
    </message>
</context>
<context>
    <name>ReactionPicker</name>
    <message>
        <source>React with %1</source>
        <translation>Reagisci con %1</translation>
    </message>
    <message>
        <source>More reactions</source>
        <translation>Altre reazioni</translation>
    </message>
</context>
<context>
    <name>ReadReceipts</name>
    <message>
        <source>Seen by %1</source>
        <translation>Visto da %1</translation>
    </message>
</context>
<context>
    <name>RoomDelegate</name>
    <message>
        <source>Invitation to %1</source>
        <translation>Invito in %1</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n unread</source>
        <translation>
            <numerusform>%1, %n non letto</numerusform>
            <numerusform>%1, %n non letti</numerusform>
        </translation>
    </message>
    <message>
        <source>Invited by %1</source>
        <translation>Invitato da %1</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>Invito</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Spazio</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accetta</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Rifiuta</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>Preferita</translation>
    </message>
    <message>
        <source>Low priority</source>
        <translation>Bassa priorità</translation>
    </message>
    <message>
        <source>Leave room…</source>
        <translation>Esci dalla stanza…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Impostazioni…</translation>
    </message>
    <message>
        <source>99+</source>
        <translation>99+</translation>
    </message>
    <message>
        <source>%1, new messages</source>
        <translation>%1, nuovi messaggi</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>RoomDisplayName</name>
    <message>
        <source>%1 and %2</source>
        <translation>%1 e %2</translation>
    </message>
    <message>
        <source>Empty Room</source>
        <translation>Stanza vuota</translation>
    </message>
    <message>
        <source>Empty Room (was %1)</source>
        <translation>Stanza vuota (prima %1)</translation>
    </message>
    <message>
        <source>1 other</source>
        <translation>1 altra persona</translation>
    </message>
    <message numerus="yes">
        <source>%n others</source>
        <translation>
            <numerusform>%n altra persona</numerusform>
            <numerusform>%n altre persone</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and 1 other</source>
        <translation>%1 e 1 altra persona</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n others</source>
        <translation>
            <numerusform>%1 e %n altra persona</numerusform>
            <numerusform>%1 e %n altre persone</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoomHeader</name>
    <message>
        <source>End-to-end encrypted</source>
        <translation>Crittografia end-to-end</translation>
    </message>
    <message>
        <source>Messages in this room are end-to-end encrypted.</source>
        <translation>I messaggi in questa stanza sono crittografati end-to-end.</translation>
    </message>
    <message>
        <source>Calls are not available.</source>
        <translation>Le chiamate non sono disponibili.</translation>
    </message>
    <message>
        <source>Voice call</source>
        <translation>Chiamata vocale</translation>
    </message>
    <message>
        <source>Start a voice call</source>
        <translation>Avvia una chiamata vocale</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Chiama</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>Videochiamata</translation>
    </message>
    <message>
        <source>Start a video call</source>
        <translation>Avvia una videochiamata</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Show the room&apos;s members</source>
        <translation>Mostra i membri della stanza</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membri</translation>
    </message>
    <message>
        <source>👥 %1</source>
        <translation>👥 %1</translation>
    </message>
    <message>
        <source>Invite someone to this room</source>
        <translation>Invita qualcuno in questa stanza</translation>
    </message>
    <message>
        <source>Invite</source>
        <translation>Invita</translation>
    </message>
    <message>
        <source>Room settings</source>
        <translation>Impostazioni della stanza</translation>
    </message>
    <message>
        <source>Everyone in this room is verified, and so are all their sessions.</source>
        <translation>Tutti in questa stanza sono verificati, e così tutte le loro sessioni.</translation>
    </message>
    <message>
        <source>Someone you verified has a session they have not verified. Check the member list.</source>
        <translation>Qualcuno che hai verificato ha una sessione che non ha verificato. Controlla l’elenco dei membri.</translation>
    </message>
</context>
<context>
    <name>RoomList</name>
    <message>
        <source>Yesterday</source>
        <translation>Ieri</translation>
    </message>
    <message>
        <source>d MMM</source>
        <extracomment>The day and month of a room&apos;s last message this year (a QDate format).</extracomment>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Stanze</translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation>Inviti</translation>
    </message>
    <message>
        <source>Favourites</source>
        <translation>Preferite</translation>
    </message>
    <message>
        <source>Low priority</source>
        <translation>Bassa priorità</translation>
    </message>
    <message>
        <source>Decline the invitation to “%1”?</source>
        <translation>Rifiutare l&apos;invito a «%1»?</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Rifiuta</translation>
    </message>
    <message>
        <source>You can join it only if someone invites you again.</source>
        <translation>Potrai entrare solo se qualcuno ti invita di nuovo.</translation>
    </message>
</context>
<context>
    <name>RoomListPane</name>
    <message>
        <source>Sign out</source>
        <translation>Esci</translation>
    </message>
    <message>
        <source>Filter rooms</source>
        <translation>Filtra stanze</translation>
    </message>
    <message>
        <source>Filter rooms (Ctrl+K to jump)</source>
        <translation>Filtra stanze (Ctrl+K per saltare)</translation>
    </message>
    <message>
        <source>No room matches “%1”.</source>
        <translation>Nessuna stanza corrisponde a «%1».</translation>
    </message>
    <message>
        <source>New room</source>
        <translation>Nuova stanza</translation>
    </message>
    <message>
        <source>Create or join a room</source>
        <translation>Crea una stanza o entra in una</translation>
    </message>
    <message>
        <source>Leave “%1”?</source>
        <translation>Uscire da «%1»?</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Esci</translation>
    </message>
    <message>
        <source>You will no longer get its messages. To come back to a private room, you need a new invitation.</source>
        <translation>Non riceverai più i suoi messaggi. Per tornare in una stanza privata ti servirà un nuovo invito.</translation>
    </message>
    <message>
        <source>Account menu</source>
        <translation>Menu dell&apos;account</translation>
    </message>
    <message>
        <source>Security…</source>
        <translation>Sicurezza…</translation>
    </message>
    <message>
        <source>Sessions…</source>
        <translation>Sessioni…</translation>
    </message>
    <message>
        <source>This session is not verified. Verify it with your recovery key or from another session, so that others trust it and it can read older messages.</source>
        <translation>Questa sessione non è verificata. Verificala con la chiave di recupero o da un&apos;altra sessione, così gli altri se ne fidano e può leggere i messaggi precedenti.</translation>
    </message>
    <message>
        <source>Verify this session…</source>
        <translation>Verifica questa sessione…</translation>
    </message>
    <message>
        <source>Profile, sessions, security, sign out</source>
        <translation>Profilo, sessioni, sicurezza, esci</translation>
    </message>
    <message>
        <source>Profile…</source>
        <translation>Profilo…</translation>
    </message>
</context>
<context>
    <name>RoomSettingsDialog</name>
    <message>
        <source>Room settings</source>
        <translation>Impostazioni della stanza</translation>
    </message>
    <message>
        <source>Change the room&apos;s avatar</source>
        <translation>Cambia l’avatar della stanza</translation>
    </message>
    <message>
        <source>Change avatar…</source>
        <translation>Cambia avatar…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Room name</source>
        <translation>Nome della stanza</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Argomento</translation>
    </message>
    <message>
        <source>Room topic</source>
        <translation>Argomento della stanza</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifiche</translation>
    </message>
    <message>
        <source>All messages</source>
        <translation>Tutti i messaggi</translation>
    </message>
    <message>
        <source>Mentions and keywords</source>
        <translation>Menzioni e parole chiave</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Disattiva microfono</translation>
    </message>
    <message>
        <source>Close the room settings</source>
        <translation>Chiudi le impostazioni della stanza</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Save the name and topic</source>
        <translation>Salva nome e argomento</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp)</source>
        <translation>Immagini (*.png *.jpg *.jpeg *.gif *.webp)</translation>
    </message>
    <message>
        <source>Choose the room&apos;s avatar</source>
        <translation>Scegli l’avatar della stanza</translation>
    </message>
    <message>
        <source>Name, topic and avatar: %1</source>
        <translation>Nome, argomento e avatar: %1</translation>
    </message>
</context>
<context>
    <name>SasEmoji</name>
    <message>
        <source>Dog</source>
        <translation>Cane</translation>
    </message>
    <message>
        <source>Cat</source>
        <translation>Gatto</translation>
    </message>
    <message>
        <source>Lion</source>
        <translation>Leone</translation>
    </message>
    <message>
        <source>Horse</source>
        <translation>Cavallo</translation>
    </message>
    <message>
        <source>Unicorn</source>
        <translation>Unicorno</translation>
    </message>
    <message>
        <source>Pig</source>
        <translation>Maiale</translation>
    </message>
    <message>
        <source>Elephant</source>
        <translation>Elefante</translation>
    </message>
    <message>
        <source>Rabbit</source>
        <translation>Coniglio</translation>
    </message>
    <message>
        <source>Panda</source>
        <translation>Panda</translation>
    </message>
    <message>
        <source>Rooster</source>
        <translation>Gallo</translation>
    </message>
    <message>
        <source>Penguin</source>
        <translation>Pinguino</translation>
    </message>
    <message>
        <source>Turtle</source>
        <translation>Tartaruga</translation>
    </message>
    <message>
        <source>Fish</source>
        <translation>Pesce</translation>
    </message>
    <message>
        <source>Octopus</source>
        <translation>Polpo</translation>
    </message>
    <message>
        <source>Butterfly</source>
        <translation>Farfalla</translation>
    </message>
    <message>
        <source>Flower</source>
        <translation>Fiore</translation>
    </message>
    <message>
        <source>Tree</source>
        <translation>Albero</translation>
    </message>
    <message>
        <source>Cactus</source>
        <translation>Cactus</translation>
    </message>
    <message>
        <source>Mushroom</source>
        <translation>Fungo</translation>
    </message>
    <message>
        <source>Globe</source>
        <translation>Globo</translation>
    </message>
    <message>
        <source>Moon</source>
        <translation>Luna</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>Nuvola</translation>
    </message>
    <message>
        <source>Fire</source>
        <translation>Fuoco</translation>
    </message>
    <message>
        <source>Banana</source>
        <translation>Banana</translation>
    </message>
    <message>
        <source>Apple</source>
        <translation>Mela</translation>
    </message>
    <message>
        <source>Strawberry</source>
        <translation>Fragola</translation>
    </message>
    <message>
        <source>Corn</source>
        <translation>Mais</translation>
    </message>
    <message>
        <source>Pizza</source>
        <translation>Pizza</translation>
    </message>
    <message>
        <source>Cake</source>
        <translation>Torta</translation>
    </message>
    <message>
        <source>Heart</source>
        <translation>Cuore</translation>
    </message>
    <message>
        <source>Smiley</source>
        <translation>Faccina</translation>
    </message>
    <message>
        <source>Robot</source>
        <translation>Robot</translation>
    </message>
    <message>
        <source>Hat</source>
        <translation>Cappello</translation>
    </message>
    <message>
        <source>Glasses</source>
        <translation>Occhiali</translation>
    </message>
    <message>
        <source>Spanner</source>
        <translation>Chiave inglese</translation>
    </message>
    <message>
        <source>Santa</source>
        <translation>Babbo Natale</translation>
    </message>
    <message>
        <source>Thumbs Up</source>
        <translation>Pollice in su</translation>
    </message>
    <message>
        <source>Umbrella</source>
        <translation>Ombrello</translation>
    </message>
    <message>
        <source>Hourglass</source>
        <translation>Clessidra</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Orologio</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>Regalo</translation>
    </message>
    <message>
        <source>Light Bulb</source>
        <translation>Lampadina</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Libro</translation>
    </message>
    <message>
        <source>Pencil</source>
        <translation>Matita</translation>
    </message>
    <message>
        <source>Paperclip</source>
        <translation>Graffetta</translation>
    </message>
    <message>
        <source>Scissors</source>
        <translation>Forbici</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Lucchetto</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Chiave</translation>
    </message>
    <message>
        <source>Hammer</source>
        <translation>Martello</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Bandiera</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Treno</translation>
    </message>
    <message>
        <source>Bicycle</source>
        <translation>Bicicletta</translation>
    </message>
    <message>
        <source>Aeroplane</source>
        <translation>Aereo</translation>
    </message>
    <message>
        <source>Rocket</source>
        <translation>Razzo</translation>
    </message>
    <message>
        <source>Trophy</source>
        <translation>Trofeo</translation>
    </message>
    <message>
        <source>Ball</source>
        <translation>Palla</translation>
    </message>
    <message>
        <source>Guitar</source>
        <translation>Chitarra</translation>
    </message>
    <message>
        <source>Trumpet</source>
        <translation>Tromba</translation>
    </message>
    <message>
        <source>Bell</source>
        <translation>Campana</translation>
    </message>
    <message>
        <source>Anchor</source>
        <translation>Ancora</translation>
    </message>
    <message>
        <source>Headphones</source>
        <translation>Cuffie</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Cartella</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Puntina</translation>
    </message>
</context>
<context>
    <name>SecurityDialog</name>
    <message>
        <source>Your message keys are not backed up. Without a backup, a new session cannot read older encrypted messages.</source>
        <translation>Le chiavi dei tuoi messaggi non hanno un backup. Senza backup, una nuova sessione non può leggere i messaggi cifrati precedenti.</translation>
    </message>
    <message numerus="yes">
        <source>%n message key(s) backed up; this session keeps the backup up to date.</source>
        <translation>
            <numerusform>%n chiave dei messaggi nel backup; questa sessione lo tiene aggiornato.</numerusform>
            <numerusform>%n chiavi dei messaggi nel backup; questa sessione lo tiene aggiornato.</numerusform>
        </translation>
    </message>
    <message>
        <source>A key backup exists. Enter its recovery key to read older messages here and keep the backup up to date.</source>
        <translation>Esiste un backup delle chiavi. Inserisci la sua chiave di recupero per leggere qui i messaggi precedenti e tenere aggiornato il backup.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Verifica in corso…</translation>
    </message>
    <message>
        <source>Cross-signing is not set up. With it, your sessions vouch for each other and people you verify stay verified on all their devices.</source>
        <translation>La firma incrociata non è configurata. Con essa le tue sessioni garantiscono l&apos;una per l&apos;altra e le persone che verifichi restano verificate su tutti i loro dispositivi.</translation>
    </message>
    <message>
        <source>Cross-signing is set up, and this session holds its keys.</source>
        <translation>La firma incrociata è configurata e questa sessione ne possiede le chiavi.</translation>
    </message>
    <message>
        <source>Cross-signing is set up; another of your sessions verified this one.</source>
        <translation>La firma incrociata è configurata; un&apos;altra delle tue sessioni ha verificato questa.</translation>
    </message>
    <message>
        <source>Cross-signing was set up by another session. Verify this session from that one (Sessions), or reset cross-signing.</source>
        <translation>La firma incrociata è stata configurata da un&apos;altra sessione. Verifica questa sessione da quella (Sessioni) o reimposta la firma incrociata.</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicurezza</translation>
    </message>
    <message>
        <source>Cross-signing</source>
        <translation>Firma incrociata</translation>
    </message>
    <message>
        <source>Set up cross-signing</source>
        <translation>Configura la firma incrociata</translation>
    </message>
    <message>
        <source>Set up</source>
        <translation>Configura</translation>
    </message>
    <message>
        <source>Reset cross-signing</source>
        <translation>Reimposta la firma incrociata</translation>
    </message>
    <message>
        <source>Reset…</source>
        <translation>Reimposta…</translation>
    </message>
    <message>
        <source>New keys replace the old ones: your other sessions, and everyone who verified you, will see you as unverified until you verify again.</source>
        <translation>Le nuove chiavi sostituiscono le vecchie: le tue altre sessioni, e chiunque ti abbia verificato, ti vedranno come non verificato finché non verifichi di nuovo.</translation>
    </message>
    <message>
        <source>Keep the current keys</source>
        <translation>Mantieni le chiavi attuali</translation>
    </message>
    <message>
        <source>Your server asks for your password to change the cross-signing keys.</source>
        <translation>Il tuo server chiede la password per cambiare le chiavi di firma incrociata.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continua</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Key backup</source>
        <translation>Backup delle chiavi</translation>
    </message>
    <message>
        <source>Back up message keys</source>
        <translation>Esegui il backup delle chiavi dei messaggi</translation>
    </message>
    <message>
        <source>Back up keys</source>
        <translation>Backup delle chiavi</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Chiave di recupero</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Ripristina</translation>
    </message>
    <message>
        <source>Keep this recovery key somewhere safe. It is shown only now, and it is the only way to read your backup on a new session.</source>
        <translation>Conserva questa chiave di recupero in un posto sicuro. Viene mostrata solo ora ed è l&apos;unico modo per leggere il tuo backup in una nuova sessione.</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>La tua chiave di recupero</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copia</translation>
    </message>
    <message>
        <source>I have saved it</source>
        <translation>L&apos;ho salvata</translation>
    </message>
    <message>
        <source>Close the security settings</source>
        <translation>Chiudi le impostazioni di sicurezza</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Recovery is not set up. It keeps your cross-signing keys and your key backup under one recovery key, so that a new session can verify itself and read your older messages.</source>
        <translation>Il recupero non è configurato. Conserva le chiavi di firma incrociata e il backup delle chiavi sotto un&apos;unica chiave di recupero, così una nuova sessione può verificarsi e leggere i messaggi precedenti.</translation>
    </message>
    <message>
        <source>Recovery is set up: your cross-signing keys and your key backup are kept under your recovery key.</source>
        <translation>Il recupero è configurato: le chiavi di firma incrociata e il backup delle chiavi sono conservati sotto la tua chiave di recupero.</translation>
    </message>
    <message>
        <source>Enter your recovery key or passphrase to verify this session and read your older messages.</source>
        <translation>Inserisci la chiave di recupero o la passphrase per verificare questa sessione e leggere i messaggi precedenti.</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Recupero</translation>
    </message>
    <message>
        <source>Recovery passphrase (optional)</source>
        <translation>Passphrase di recupero (facoltativa)</translation>
    </message>
    <message>
        <source>Passphrase (optional)</source>
        <translation>Passphrase (facoltativa)</translation>
    </message>
    <message>
        <source>Set up recovery</source>
        <translation>Configura il recupero</translation>
    </message>
    <message>
        <source>Recovery key or passphrase</source>
        <translation>Chiave di recupero o passphrase</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Sblocca</translation>
    </message>
    <message>
        <source>A key backup exists: unlocking recovery above restores it here.</source>
        <translation>Esiste un backup delle chiavi: sbloccare il recupero qui sopra lo ripristina qui.</translation>
    </message>
</context>
<context>
    <name>SessionsDialog</name>
    <message>
        <source>Sessions</source>
        <translation>Sessioni</translation>
    </message>
    <message>
        <source>Everywhere you are signed in. Verify your other sessions so that they get the keys to your encrypted messages; sign out the ones you do not know.</source>
        <translation>Ovunque hai effettuato l&apos;accesso. Verifica le tue altre sessioni perché ricevano le chiavi dei messaggi cifrati; disconnetti quelle che non riconosci.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>This session</source>
        <translation>Questa sessione</translation>
    </message>
    <message>
        <source>Session name</source>
        <translation>Nome della sessione</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>last active %1</source>
        <translation>ultima attività %1</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>Non verificata</translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation>Rinomina %1</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Rinomina</translation>
    </message>
    <message>
        <source>Verify %1</source>
        <translation>Verifica %1</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Verifica</translation>
    </message>
    <message>
        <source>Sign out %1</source>
        <translation>Disconnetti %1</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Esci</translation>
    </message>
    <message>
        <source>Enter your password to sign out %1.</source>
        <translation>Inserisci la password per disconnettere %1.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Close the sessions</source>
        <translation>Chiudi le sessioni</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
</context>
<context>
    <name>ShareableScreens</name>
    <message>
        <source>All screens · %1</source>
        <translation>Tutti gli schermi · %1</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Sign in to Atrium</source>
        <translation>Accedi ad Atrium</translation>
    </message>
    <message>
        <source>Homeserver</source>
        <translation>Homeserver</translation>
    </message>
    <message>
        <source>matrix.example.org (optional with a full user id)</source>
        <translation>matrix.example.org (facoltativo con un ID utente completo)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utente</translation>
    </message>
    <message>
        <source>ann or @ann:example.org</source>
        <translation>ann o @ann:example.org</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Accesso in corso…</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Accedi</translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation>Le password non corrispondono.</translation>
    </message>
    <message>
        <source>Create an account</source>
        <translation>Crea un account</translation>
    </message>
    <message>
        <source>Confirm password</source>
        <translation>Conferma password</translation>
    </message>
    <message>
        <source>I have an account</source>
        <translation>Ho già un account</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Creazione…</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>Crea account</translation>
    </message>
</context>
<context>
    <name>SpaceBar</name>
    <message>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n unread</source>
        <translation>
            <numerusform>%1, %n non letto</numerusform>
            <numerusform>%1, %n non letti</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StateChangeText</name>
    <message>
        <source>%1 joined</source>
        <translation>%1 è entrato</translation>
    </message>
    <message>
        <source>%1 removed their display name</source>
        <translation>%1 ha rimosso il proprio nome visualizzato</translation>
    </message>
    <message>
        <source>%1 set their display name to %2</source>
        <translation>%1 ha impostato il nome visualizzato %2</translation>
    </message>
    <message>
        <source>%1 changed their name to %2</source>
        <translation>%1 ha cambiato nome in %2</translation>
    </message>
    <message>
        <source>%1 changed their avatar</source>
        <translation>%1 ha cambiato avatar</translation>
    </message>
    <message>
        <source>%1 invited %2</source>
        <translation>%1 ha invitato %2</translation>
    </message>
    <message>
        <source>%1 banned %2</source>
        <translation>%1 ha bandito %2</translation>
    </message>
    <message>
        <source>%1 banned %2: %3</source>
        <translation>%1 ha bandito %2: %3</translation>
    </message>
    <message>
        <source>%1 declined the invitation</source>
        <translation>%1 ha rifiutato l’invito</translation>
    </message>
    <message>
        <source>%1 withdrew the invitation for %2</source>
        <translation>%1 ha ritirato l’invito per %2</translation>
    </message>
    <message>
        <source>%1 unbanned %2</source>
        <translation>%1 ha revocato il bando di %2</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 è uscito</translation>
    </message>
    <message>
        <source>%1 removed %2</source>
        <translation>%1 ha rimosso %2</translation>
    </message>
    <message>
        <source>%1 removed %2: %3</source>
        <translation>%1 ha rimosso %2: %3</translation>
    </message>
    <message>
        <source>%1 asked to join</source>
        <translation>%1 ha chiesto di entrare</translation>
    </message>
    <message>
        <source>%1 removed the room name</source>
        <translation>%1 ha rimosso il nome della stanza</translation>
    </message>
    <message>
        <source>%1 changed the room name to %2</source>
        <translation>%1 ha rinominato la stanza in %2</translation>
    </message>
    <message>
        <source>%1 removed the topic</source>
        <translation>%1 ha rimosso l’argomento</translation>
    </message>
    <message>
        <source>%1 changed the topic to %2</source>
        <translation>%1 ha cambiato l’argomento in «%2»</translation>
    </message>
    <message>
        <source>%1 removed the room avatar</source>
        <translation>%1 ha rimosso l’immagine della stanza</translation>
    </message>
    <message>
        <source>%1 changed the room avatar</source>
        <translation>%1 ha cambiato l’immagine della stanza</translation>
    </message>
    <message>
        <source>%1 created the room</source>
        <translation>%1 ha creato la stanza</translation>
    </message>
    <message>
        <source>%1 turned on end-to-end encryption</source>
        <translation>%1 ha attivato la crittografia end-to-end</translation>
    </message>
    <message>
        <source>%1 started a video call</source>
        <translation>%1 ha avviato una videochiamata</translation>
    </message>
    <message>
        <source>%1 started a voice call</source>
        <translation>%1 ha avviato una chiamata vocale</translation>
    </message>
    <message>
        <source>%1 declined the call</source>
        <translation>%1 ha rifiutato la chiamata</translation>
    </message>
    <message>
        <source>Unanswered call from %1</source>
        <translation>Chiamata senza risposta da %1</translation>
    </message>
    <message>
        <source>%1 was busy</source>
        <translation>%1 era occupato</translation>
    </message>
    <message>
        <source>Call failed: could not connect</source>
        <translation>Chiamata non riuscita: impossibile connettersi</translation>
    </message>
    <message>
        <source>%1 ended the call</source>
        <translation>%1 ha terminato la chiamata</translation>
    </message>
    <message>
        <source>%1 ended the call · %2</source>
        <translation>%1 ha terminato la chiamata · %2</translation>
    </message>
    <message>
        <source>%1 asked %2 to verify</source>
        <translation>%1 ha chiesto a %2 di verificarsi</translation>
    </message>
    <message>
        <source>Call ended: connection lost · %1</source>
        <translation>Chiamata terminata: connessione persa · %1</translation>
    </message>
    <message>
        <source>Call ended: connection lost</source>
        <translation>Chiamata terminata: connessione persa</translation>
    </message>
</context>
<context>
    <name>TimelinePane</name>
    <message>
        <source>Choose a room on the left.</source>
        <translation>Scegli una stanza a sinistra.</translation>
    </message>
    <message>
        <source>The message replied to is no longer in this room&apos;s history.</source>
        <translation>Il messaggio a cui si risponde non è più nella cronologia di questa stanza.</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messaggi</translation>
    </message>
    <message>
        <source>Drop files to send them to %1</source>
        <translation>Rilascia i file per inviarli a %1</translation>
    </message>
    <message>
        <source>this room</source>
        <translation>questa stanza</translation>
    </message>
</context>
<context>
    <name>TransferProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <source>Show Atrium</source>
        <translation>Mostra Atrium</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Esci</translation>
    </message>
    <message numerus="yes">
        <source>Atrium — %n unread</source>
        <translation>
            <numerusform>Atrium — %n non letto</numerusform>
            <numerusform>Atrium — %n non letti</numerusform>
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
        <translation>%1 sta scrivendo…</translation>
    </message>
    <message>
        <source>%1 and %2 are typing…</source>
        <translation>%1 e %2 stanno scrivendo…</translation>
    </message>
    <message>
        <source>%1, %2 and %3 are typing…</source>
        <translation>%1, %2 e %3 stanno scrivendo…</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2 and %n others are typing…</source>
        <translation>
            <numerusform>%1, %2 e %n altra persona stanno scrivendo…</numerusform>
            <numerusform>%1, %2 e altre %n persone stanno scrivendo…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UndecryptableMessage</name>
    <message>
        <source>Unable to decrypt: %1</source>
        <translation>Impossibile decifrare: %1</translation>
    </message>
</context>
<context>
    <name>UserCard</name>
    <message>
        <source>Member</source>
        <translation>Membro</translation>
    </message>
    <message>
        <source>Send %1 a direct message</source>
        <translation>Invia un messaggio diretto a %1</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Messaggio</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <source>Role of %1</source>
        <translation>Ruolo di %1</translation>
    </message>
    <message>
        <source>Custom (%1)</source>
        <translation>Personalizzato (%1)</translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation>Moderatore</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Amministratore</translation>
    </message>
    <message>
        <source>Remove %1 from the room</source>
        <translation>Rimuovi %1 dalla stanza</translation>
    </message>
    <message>
        <source>Remove from room</source>
        <translation>Rimuovi dalla stanza</translation>
    </message>
    <message>
        <source>Verify %1</source>
        <translation>Verifica %1</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Verifica</translation>
    </message>
</context>
<context>
    <name>VerificationDialog</name>
    <message>
        <source>your session %1</source>
        <translation>la tua sessione %1</translation>
    </message>
    <message>
        <source>%1 (session %2)</source>
        <translation>%1 (sessione %2)</translation>
    </message>
    <message>
        <source>Verify a session</source>
        <translation>Verifica una sessione</translation>
    </message>
    <message>
        <source>%1 wants to verify this session.</source>
        <translation>%1 vuole verificare questa sessione.</translation>
    </message>
    <message>
        <source>Waiting for %1 to accept…</source>
        <translation>In attesa che %1 accetti…</translation>
    </message>
    <message>
        <source>Compare these emoji with the ones %1 shows, in the same order.</source>
        <translation>Confronta queste emoji con quelle mostrate da %1, nello stesso ordine.</translation>
    </message>
    <message>
        <source>Waiting for %1 to confirm…</source>
        <translation>In attesa della conferma di %1…</translation>
    </message>
    <message>
        <source>Verified: %1 can be trusted with your encrypted messages.</source>
        <translation>Verificata: %1 è affidabile per i tuoi messaggi cifrati.</translation>
    </message>
    <message>
        <source>Verification cancelled: %1</source>
        <translation>Verifica annullata: %1</translation>
    </message>
    <message>
        <source>Verification cancelled.</source>
        <translation>Verifica annullata.</translation>
    </message>
    <message>
        <source>or the numbers %1</source>
        <translation>o i numeri %1</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accetta</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Rifiuta</translation>
    </message>
    <message>
        <source>They don&apos;t match</source>
        <translation>Non corrispondono</translation>
    </message>
    <message>
        <source>They match</source>
        <translation>Corrispondono</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
</context>
<context>
    <name>VerifiedBadge</name>
    <message>
        <source>Verified</source>
        <translation>Verificato</translation>
    </message>
</context>
<context>
    <name>VideoContent</name>
    <message>
        <source>Could not load the video</source>
        <translation>Impossibile caricare il video</translation>
    </message>
    <message>
        <source>Video: %1</source>
        <translation>Video: %1</translation>
    </message>
    <message>
        <source>Play %1 full size</source>
        <translation>Riproduci %1 a dimensione piena</translation>
    </message>
    <message>
        <source>Full size</source>
        <translation>Dimensione piena</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Cancel downloading %1</source>
        <translation>Annulla il download di %1</translation>
    </message>
</context>
<context>
    <name>atrium::calls::WebRtcSession</name>
    <message>
        <source>the remote description was refused: %1</source>
        <translation>la descrizione di sessione remota è stata rifiutata: %1</translation>
    </message>
    <message>
        <source>GStreamer elements missing: %1</source>
        <translation>elementi GStreamer mancanti: %1</translation>
    </message>
    <message>
        <source>could not build the call pipeline: %1</source>
        <translation>impossibile costruire la pipeline della chiamata: %1</translation>
    </message>
    <message>
        <source>could not make the call&apos;s microphone or camera source</source>
        <translation>impossibile creare la sorgente di microfono o fotocamera della chiamata</translation>
    </message>
    <message>
        <source>could not start the call pipeline (no microphone or camera?)</source>
        <translation>impossibile avviare la pipeline della chiamata (nessun microfono o fotocamera?)</translation>
    </message>
    <message>
        <source>the offer has no Opus audio</source>
        <translation>l’offerta non contiene audio Opus</translation>
    </message>
    <message>
        <source>the %1 is not a usable session description</source>
        <translation>la %1 non è una descrizione di sessione utilizzabile</translation>
    </message>
    <message>
        <source>the connection was lost (ICE failed)</source>
        <translation>la connessione è stata persa (ICE non riuscito)</translation>
    </message>
    <message>
        <source>could not connect (ICE failed)</source>
        <translation>impossibile connettersi (ICE non riuscito)</translation>
    </message>
    <message>
        <source>the connection was lost (nothing heard from the other side for %1 s)</source>
        <translation>la connessione è stata persa (nulla dall’altra parte per %1 s)</translation>
    </message>
</context>
<context>
    <name>atrium::matrix::ServerDiscovery</name>
    <message>
        <source>&quot;%1&quot; is not a server name, URL or user id</source>
        <translation>«%1» non è un nome di server, un URL o un ID utente</translation>
    </message>
    <message>
        <source>server discovery failed: %1</source>
        <translation>individuazione del server non riuscita: %1</translation>
    </message>
    <message>
        <source>the server&apos;s .well-known/matrix/client names no valid homeserver</source>
        <translation>il file .well-known/matrix/client del server non indica un homeserver valido</translation>
    </message>
    <message>
        <source>%1 is not reachable as a Matrix homeserver: %2</source>
        <translation>%1 non è raggiungibile come homeserver Matrix: %2</translation>
    </message>
    <message>
        <source>%1 does not answer like a Matrix homeserver</source>
        <translation>%1 non risponde come un homeserver Matrix</translation>
    </message>
</context>
<context>
    <name>atrium::media::MediaDownload</name>
    <message>
        <source>not a valid mxc URI</source>
        <translation>URI mxc non valido</translation>
    </message>
    <message>
        <source>a download needs a destination</source>
        <translation>un download ha bisogno di una destinazione</translation>
    </message>
    <message>
        <source>no such folder: %1</source>
        <translation>cartella inesistente: %1</translation>
    </message>
    <message>
        <source>%1 is a folder</source>
        <translation>%1 è una cartella</translation>
    </message>
    <message>
        <source>cannot write in %1: %2</source>
        <translation>impossibile scrivere in %1: %2</translation>
    </message>
    <message>
        <source>the server has no such file</source>
        <translation>il server non ha questo file</translation>
    </message>
    <message>
        <source>download failed: %1</source>
        <translation>download non riuscito: %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossibile scrivere %1: %2</translation>
    </message>
    <message>
        <source>cannot write in %1</source>
        <translation>impossibile scrivere in %1</translation>
    </message>
    <message>
        <source>cannot replace %1</source>
        <translation>impossibile sostituire %1</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>impossibile scrivere %1</translation>
    </message>
    <message>
        <source>too large to show (%1)</source>
        <translation>troppo grande da mostrare (%1)</translation>
    </message>
</context>
<context>
    <name>atrium::media::MediaTransfer</name>
    <message>
        <source>cancelled</source>
        <translation>annullato</translation>
    </message>
</context>
<context>
    <name>atrium::media::MediaUpload</name>
    <message>
        <source>cannot read %1</source>
        <translation>impossibile leggere %1</translation>
    </message>
    <message>
        <source>%1 is %2; this server accepts files up to %3</source>
        <translation>%1 pesa %2; questo server accetta file fino a %3</translation>
    </message>
    <message>
        <source>cannot create a temporary file: %1</source>
        <translation>impossibile creare un file temporaneo: %1</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossibile leggere %1: %2</translation>
    </message>
    <message>
        <source>the server refused %1 as too large (%2)</source>
        <translation>il server ha rifiutato %1 perché troppo grande (%2)</translation>
    </message>
    <message>
        <source>upload failed: %1</source>
        <translation>caricamento non riuscito: %1</translation>
    </message>
    <message>
        <source>the server&apos;s upload answer has no valid content_uri</source>
        <translation>la risposta del server al caricamento non contiene un content_uri valido</translation>
    </message>
</context>
<context>
    <name>atrium::models::CallAlert</name>
    <message>
        <source>Incoming video call</source>
        <translation>Videochiamata in arrivo</translation>
    </message>
    <message>
        <source>Incoming voice call</source>
        <translation>Chiamata vocale in arrivo</translation>
    </message>
    <message>
        <source>%1 is calling</source>
        <translation>%1 sta chiamando</translation>
    </message>
</context>
<context>
    <name>atrium::models::CallController</name>
    <message>
        <source>Calls are possible once you are signed in.</source>
        <translation>Le chiamate sono possibili dopo l’accesso.</translation>
    </message>
    <message>
        <source>You are already in a call.</source>
        <translation>Sei già in una chiamata.</translation>
    </message>
    <message>
        <source>Open a room to call.</source>
        <translation>Apri una stanza per chiamare.</translation>
    </message>
    <message>
        <source>There is nobody else in this room to call.</source>
        <translation>Non c’è nessun altro da chiamare in questa stanza.</translation>
    </message>
    <message>
        <source>Calls work in direct chats and rooms of two people.</source>
        <translation>Le chiamate funzionano nelle chat dirette e nelle stanze di due persone.</translation>
    </message>
    <message>
        <source>Calls need GStreamer elements that are missing: %1</source>
        <translation>Per le chiamate mancano elementi GStreamer: %1</translation>
    </message>
    <message>
        <source>No microphone or camera found: the other side can neither hear nor see you.</source>
        <translation>Nessun microfono né videocamera trovati: l’altra parte non può né sentirti né vederti.</translation>
    </message>
    <message>
        <source>No microphone found: the other side cannot hear you.</source>
        <translation>Nessun microfono trovato: l’altra parte non può sentirti.</translation>
    </message>
    <message>
        <source>No camera found: the other side cannot see you.</source>
        <translation>Nessuna videocamera trovata: l’altra parte non può vederti.</translation>
    </message>
    <message>
        <source>Call failed: %1</source>
        <translation>Chiamata non riuscita: %1</translation>
    </message>
    <message>
        <source>the microphone or camera could not be used</source>
        <translation>impossibile usare il microfono o la videocamera</translation>
    </message>
    <message>
        <source>Answered on another device</source>
        <translation>Risposto su un altro dispositivo</translation>
    </message>
    <message>
        <source>%1 is busy</source>
        <translation>%1 è occupato</translation>
    </message>
    <message>
        <source>%1 declined the call</source>
        <translation>%1 ha rifiutato la chiamata</translation>
    </message>
    <message>
        <source>Call declined</source>
        <translation>Chiamata rifiutata</translation>
    </message>
    <message>
        <source>Missed call</source>
        <translation>Chiamata persa</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Nessuna risposta</translation>
    </message>
    <message>
        <source>Call ended · %1</source>
        <translation>Chiamata terminata · %1</translation>
    </message>
    <message>
        <source>Call cancelled</source>
        <translation>Chiamata annullata</translation>
    </message>
    <message>
        <source>Call ended</source>
        <translation>Chiamata terminata</translation>
    </message>
    <message>
        <source>Connection lost · %1</source>
        <translation>Connessione persa · %1</translation>
    </message>
    <message>
        <source>%1 was unplugged: the default camera takes its place.</source>
        <translation>%1 è stata scollegata: al suo posto si usa la fotocamera predefinita.</translation>
    </message>
    <message>
        <source>%1 was unplugged: the default microphone takes its place.</source>
        <translation>%1 è stato scollegato: al suo posto si usa il microfono predefinito.</translation>
    </message>
    <message>
        <source>%1 stopped working: the default camera takes its place.</source>
        <translation>%1 ha smesso di funzionare: al suo posto si usa la fotocamera predefinita.</translation>
    </message>
    <message>
        <source>%1 stopped working: the default microphone takes its place.</source>
        <translation>%1 ha smesso di funzionare: al suo posto si usa il microfono predefinito.</translation>
    </message>
    <message>
        <source>Screen sharing needs the GStreamer element ximagesrc (gstreamer1.0-plugins-good).</source>
        <translation>La condivisione dello schermo richiede l&apos;elemento GStreamer ximagesrc (gstreamer1.0-plugins-good).</translation>
    </message>
    <message>
        <source>Your screen could not be captured.</source>
        <translation>Impossibile acquisire lo schermo.</translation>
    </message>
    <message>
        <source>Screen sharing stopped: your screen could not be captured.</source>
        <translation>Condivisione dello schermo interrotta: impossibile acquisire lo schermo.</translation>
    </message>
    <message>
        <source>The camera could not be turned on.</source>
        <translation>Impossibile accendere la fotocamera.</translation>
    </message>
    <message>
        <source>Screen sharing on Wayland needs the desktop portal (xdg-desktop-portal, with the backend for your desktop).</source>
        <translation>La condivisione dello schermo su Wayland richiede il portale del desktop (xdg-desktop-portal, con il backend del tuo desktop).</translation>
    </message>
    <message>
        <source>Screen sharing on Wayland needs the GStreamer element pipewiresrc (gstreamer1.0-pipewire).</source>
        <translation>La condivisione dello schermo su Wayland richiede l’elemento GStreamer pipewiresrc (gstreamer1.0-pipewire).</translation>
    </message>
    <message>
        <source>Screen sharing could not start: %1</source>
        <translation>Impossibile avviare la condivisione dello schermo: %1</translation>
    </message>
    <message>
        <source>%1&apos;s app did not answer in time: they may not see your change.</source>
        <translation>L’app di %1 non ha risposto in tempo: potrebbe non vedere la tua modifica.</translation>
    </message>
    <message>
        <source>not even through your server&apos;s relay (TURN)</source>
        <translation>nemmeno tramite il relay del tuo server (TURN)</translation>
    </message>
    <message>
        <source>no direct path, and your server offers no relay (TURN)</source>
        <translation>nessun percorso diretto e il tuo server non offre un relay (TURN)</translation>
    </message>
    <message>
        <source>Call failed: could not connect (%1)</source>
        <translation>Chiamata non riuscita: impossibile connettersi (%1)</translation>
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
        <translation>%1%</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuno</translation>
    </message>
    <message>
        <source>%1 sent, %2 received</source>
        <translation>%1 inviato, %2 ricevuto</translation>
    </message>
</context>
<context>
    <name>atrium::models::DesktopNotifier</name>
    <message>
        <source>Open</source>
        <translation>Apri</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accetta</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Rifiuta</translation>
    </message>
</context>
<context>
    <name>atrium::models::DevicesController</name>
    <message>
        <source>Could not list the sessions: %1</source>
        <translation>Impossibile elencare le sessioni: %1</translation>
    </message>
    <message>
        <source>Could not rename the session: %1</source>
        <translation>Impossibile rinominare la sessione: %1</translation>
    </message>
    <message>
        <source>This session is signed out with “Sign out”, not from the list.</source>
        <translation>Questa sessione si chiude con «Esci», non dall’elenco.</translation>
    </message>
    <message>
        <source>The server asks for a way of signing in Atrium does not support; sign the session out with another client.</source>
        <translation>Il server chiede un metodo di accesso che Atrium non supporta; chiudi la sessione con un altro client.</translation>
    </message>
    <message>
        <source>Could not sign the session out: %1</source>
        <translation>Impossibile chiudere la sessione: %1</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Inserisci la password.</translation>
    </message>
    <message>
        <source>Wrong password.</source>
        <translation>Password errata.</translation>
    </message>
</context>
<context>
    <name>atrium::models::MediaController</name>
    <message>
        <source>unknown image</source>
        <translation>immagine sconosciuta</translation>
    </message>
    <message>
        <source>not signed in</source>
        <translation>accesso non eseguito</translation>
    </message>
    <message>
        <source>the file&apos;s key is not valid: %1</source>
        <translation>la chiave del file non è valida: %1</translation>
    </message>
    <message>
        <source>signed out</source>
        <translation>disconnesso</translation>
    </message>
    <message>
        <source>This file cannot be downloaded.</source>
        <translation>Questo file non può essere scaricato.</translation>
    </message>
    <message>
        <source>The file&apos;s key is not valid: %1</source>
        <translation>La chiave del file non è valida: %1</translation>
    </message>
    <message>
        <source>Could not download %1: %2</source>
        <translation>Impossibile scaricare %1: %2</translation>
    </message>
    <message>
        <source>%1 could run programs on this computer. Save it instead, and open it only if you trust it.</source>
        <translation>%1 potrebbe eseguire programmi su questo computer. Salvalo invece, e aprilo solo se ti fidi.</translation>
    </message>
    <message>
        <source>Cannot write in %1</source>
        <translation>Impossibile scrivere in %1</translation>
    </message>
    <message>
        <source>%1 is a program, whatever its name says. Save it instead, and open it only if you trust it.</source>
        <translation>%1 è un programma, qualunque cosa dica il nome. Salvalo invece, e aprilo solo se ti fidi.</translation>
    </message>
    <message>
        <source>No application opens %1.</source>
        <translation>Nessuna applicazione apre %1.</translation>
    </message>
    <message>
        <source>Only files on this computer can be sent.</source>
        <translation>Si possono inviare solo file presenti su questo computer.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Non inviato: %1</translation>
    </message>
    <message>
        <source>too large to play here (%1); save it to play it</source>
        <translation>troppo grande per essere riprodotto qui (%1); salvalo per riprodurlo</translation>
    </message>
    <message>
        <source>%1 is %2; this server accepts files up to %3.</source>
        <translation>%1 pesa %2; questo server accetta file fino a %3.</translation>
    </message>
</context>
<context>
    <name>atrium::models::MemberListModel</name>
    <message>
        <source>Admin</source>
        <translation>Amministratore</translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation>Moderatore</translation>
    </message>
    <message>
        <source>Custom (%1)</source>
        <translation>Personalizzato (%1)</translation>
    </message>
</context>
<context>
    <name>atrium::models::OwnProfile</name>
    <message>
        <source>Could not change your name: %1</source>
        <translation>Impossibile cambiare il tuo nome: %1</translation>
    </message>
    <message>
        <source>Could not upload your avatar: %1</source>
        <translation>Impossibile caricare il tuo avatar: %1</translation>
    </message>
    <message>
        <source>Could not change your avatar: %1</source>
        <translation>Impossibile cambiare il tuo avatar: %1</translation>
    </message>
</context>
<context>
    <name>atrium::models::PublicRoomsModel</name>
    <message>
        <source>Could not read the room directory: %1</source>
        <translation>Impossibile leggere l’elenco delle stanze: %1</translation>
    </message>
</context>
<context>
    <name>atrium::models::RoomInfo</name>
    <message>
        <source>Changing this needs power level %1 (%2); yours is %3.</source>
        <translation>Per cambiarlo serve il livello di potere %1 (%2); il tuo è %3.</translation>
    </message>
    <message>
        <source>everyone</source>
        <translation>tutti</translation>
    </message>
    <message>
        <source>Inviting needs power level %1; yours is %2.</source>
        <translation>Per invitare serve il livello di potere %1; il tuo è %2.</translation>
    </message>
    <message>
        <source>Could not save the room&apos;s settings: %1</source>
        <translation>Impossibile salvare le impostazioni della stanza: %1</translation>
    </message>
    <message>
        <source>Could not upload the avatar: %1</source>
        <translation>Impossibile caricare l’avatar: %1</translation>
    </message>
    <message>
        <source>Could not change the avatar: %1</source>
        <translation>Impossibile cambiare l’avatar: %1</translation>
    </message>
    <message>
        <source>Could not change the notification level: %1</source>
        <translation>Impossibile cambiare il livello di notifica: %1</translation>
    </message>
    <message>
        <source>Enter a user id like @ann:example.org.</source>
        <translation>Inserisci un ID utente come @ann:example.org.</translation>
    </message>
    <message>
        <source>Could not invite %1: %2</source>
        <translation>Impossibile invitare %1: %2</translation>
    </message>
    <message>
        <source>Could not remove %1: %2</source>
        <translation>Impossibile rimuovere %1: %2</translation>
    </message>
    <message>
        <source>You cannot give a level above your own (%1).</source>
        <translation>Non puoi assegnare un livello superiore al tuo (%1).</translation>
    </message>
    <message>
        <source>Could not change the role of %1: %2</source>
        <translation>Impossibile cambiare il ruolo di %1: %2</translation>
    </message>
</context>
<context>
    <name>atrium::models::RoomListModel</name>
    <message>
        <source>🔒 Encrypted message</source>
        <translation>🔒 Messaggio crittografato</translation>
    </message>
    <message>
        <source>Message deleted</source>
        <translation>Messaggio eliminato</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Tu</translation>
    </message>
</context>
<context>
    <name>atrium::models::ScreenCastPortal</name>
    <message>
        <source>The desktop portal cannot share screens here (%1).</source>
        <translation>Il portale del desktop non può condividere schermi qui (%1).</translation>
    </message>
    <message>
        <source>The desktop portal offers no screens or windows to share.</source>
        <translation>Il portale del desktop non offre schermi o finestre da condividere.</translation>
    </message>
    <message>
        <source>The desktop portal opened no session.</source>
        <translation>Il portale del desktop non ha aperto alcuna sessione.</translation>
    </message>
    <message>
        <source>The desktop portal started no stream.</source>
        <translation>Il portale del desktop non ha avviato alcun flusso.</translation>
    </message>
    <message>
        <source>The desktop portal gave no access to the screen&apos;s stream (%1).</source>
        <translation>Il portale del desktop non ha dato accesso al flusso dello schermo (%1).</translation>
    </message>
    <message>
        <source>The desktop portal refused to share the screen (%1).</source>
        <translation>Il portale del desktop ha rifiutato di condividere lo schermo (%1).</translation>
    </message>
    <message>
        <source>The desktop portal could not share the screen.</source>
        <translation>Il portale del desktop non è riuscito a condividere lo schermo.</translation>
    </message>
</context>
<context>
    <name>atrium::models::SecurityController</name>
    <message>
        <source>Enter your password.</source>
        <translation>Inserisci la password.</translation>
    </message>
    <message numerus="yes">
        <source>Restored %n of %1 message keys.</source>
        <translation>
            <numerusform>Ripristinata %n chiave su %1.</numerusform>
            <numerusform>Ripristinate %n chiavi su %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>This session is now verified with your cross-signing keys.</source>
        <translation>Questa sessione è ora verificata con le tue chiavi di firma incrociata.</translation>
    </message>
    <message numerus="yes">
        <source>Restored %n message key(s) from the key backup.</source>
        <translation>
            <numerusform>Ripristinata %n chiave dei messaggi dal backup delle chiavi.</numerusform>
            <numerusform>Ripristinate %n chiavi dei messaggi dal backup delle chiavi.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atrium::models::SessionController</name>
    <message>
        <source>Enter a user name and a password.</source>
        <translation>Inserisci un nome utente e una password.</translation>
    </message>
    <message>
        <source>Enter a homeserver, or a full user id such as @ann:example.org.</source>
        <translation>Inserisci un homeserver o un ID utente completo come @ann:example.org.</translation>
    </message>
    <message>
        <source>Could not join: %1</source>
        <translation>Impossibile entrare: %1</translation>
    </message>
    <message>
        <source>Could not decline: %1</source>
        <translation>Impossibile rifiutare: %1</translation>
    </message>
    <message>
        <source>Could not change the room&apos;s tags: %1</source>
        <translation>Impossibile cambiare le etichette della stanza: %1</translation>
    </message>
    <message>
        <source>Not sent: you are signed out, or the message could not be saved for sending.</source>
        <translation>Non inviato: sei disconnesso, oppure non è stato possibile salvare il messaggio per l’invio.</translation>
    </message>
    <message>
        <source>You are not signed in.</source>
        <translation>Non hai effettuato l’accesso.</translation>
    </message>
    <message>
        <source>Give the room a name.</source>
        <translation>Dai un nome alla stanza.</translation>
    </message>
    <message>
        <source>Could not create the room: %1</source>
        <translation>Impossibile creare la stanza: %1</translation>
    </message>
    <message>
        <source>Enter a room address like #room:example.org, or a room id like !id:example.org.</source>
        <translation>Inserisci un indirizzo di stanza come #stanza:example.org o un id di stanza come !id:example.org.</translation>
    </message>
    <message>
        <source>Could not join %1: %2</source>
        <translation>Impossibile entrare in %1: %2</translation>
    </message>
    <message>
        <source>Could not leave: %1</source>
        <translation>Impossibile uscire: %1</translation>
    </message>
    <message>
        <source>%1 is not someone you can message.</source>
        <translation>Non puoi inviare messaggi a %1.</translation>
    </message>
    <message>
        <source>Could not start a chat with %1: %2</source>
        <translation>Impossibile avviare una chat con %1: %2</translation>
    </message>
    <message>
        <source>The chat with %1 was created but could not be marked as direct: %2</source>
        <translation>La chat con %1 è stata creata ma non è stato possibile segnarla come diretta: %2</translation>
    </message>
</context>
<context>
    <name>atrium::models::TimelineModel</name>
    <message>
        <source>message deleted</source>
        <translation>messaggio eliminato</translation>
    </message>
    <message>
        <source>Your reaction %1</source>
        <translation>La tua reazione %1</translation>
    </message>
    <message>
        <source>Deleting a message</source>
        <translation>Eliminazione di un messaggio</translation>
    </message>
    <message>
        <source>Your edit: %1</source>
        <translation>La tua modifica: %1</translation>
    </message>
    <message>
        <source>Unable to decrypt this message</source>
        <translation>Impossibile decifrare questo messaggio</translation>
    </message>
    <message>
        <source>this device does not have the key</source>
        <translation>questo dispositivo non ha la chiave</translation>
    </message>
    <message>
        <source>the sender&apos;s key for this message has not arrived</source>
        <translation>la chiave del mittente per questo messaggio non è ancora arrivata</translation>
    </message>
    <message>
        <source>this device received the key only from a later message on</source>
        <translation>questo dispositivo ha ricevuto la chiave solo da un messaggio successivo in poi</translation>
    </message>
    <message>
        <source>refused: this message was sent before, as another event</source>
        <translation>rifiutato: questo messaggio è già stato inviato come un altro evento</translation>
    </message>
    <message>
        <source>refused: the message was encrypted for another room</source>
        <translation>rifiutato: il messaggio è stato cifrato per un’altra stanza</translation>
    </message>
    <message>
        <source>the encrypted message is malformed</source>
        <translation>il messaggio cifrato non è valido</translation>
    </message>
    <message>
        <source>cannot decrypt: %1</source>
        <translation>impossibile decifrare: %1</translation>
    </message>
</context>
<context>
    <name>atrium::models::UserDirectoryModel</name>
    <message>
        <source>Could not search the user directory: %1</source>
        <translation>Impossibile cercare nell’elenco utenti: %1</translation>
    </message>
</context>
<context>
    <name>atrium::models::VerificationController</name>
    <message>
        <source>The verification is no longer running.</source>
        <translation>La verifica non è più in corso.</translation>
    </message>
    <message>
        <source>The emoji did not match.</source>
        <translation>Le emoji non corrispondevano.</translation>
    </message>
    <message>
        <source>The verification took too long.</source>
        <translation>La verifica ha richiesto troppo tempo.</translation>
    </message>
    <message>
        <source>The other side cancelled.</source>
        <translation>L’altra parte ha annullato.</translation>
    </message>
    <message>
        <source>You cancelled.</source>
        <translation>Hai annullato.</translation>
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
        <translation>impossibile leggere %1: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossibile scrivere %1: %2</translation>
    </message>
    <message>
        <source>the file %1 (readable only by you; no keychain in use)</source>
        <translation>il file %1 (leggibile solo da te; nessun portachiavi in uso)</translation>
    </message>
</context>
<context>
    <name>atrium::store::KeychainSecretStore</name>
    <message>
        <source>the system keychain</source>
        <translation>il portachiavi di sistema</translation>
    </message>
</context>
<context>
    <name>atrium::sync::CrossSigningSetup</name>
    <message>
        <source>Could not read the published keys: %1</source>
        <translation>Impossibile leggere le chiavi pubblicate: %1</translation>
    </message>
    <message>
        <source>Cross-signing is already set up by another session. Verify this session from it, or reset cross-signing.</source>
        <translation>Un&apos;altra sessione ha già configurato la firma incrociata. Verifica questa sessione da quella o reimposta la firma incrociata.</translation>
    </message>
    <message>
        <source>Could not prepare the keys: %1</source>
        <translation>Impossibile preparare le chiavi: %1</translation>
    </message>
    <message>
        <source>Could not publish the cross-signing keys: %1</source>
        <translation>Impossibile pubblicare le chiavi di firma incrociata: %1</translation>
    </message>
    <message>
        <source>The server asks for a way of signing in Atrium does not support.</source>
        <translation>Il server chiede un metodo di accesso che Atrium non supporta.</translation>
    </message>
    <message>
        <source>Wrong password.</source>
        <translation>Password errata.</translation>
    </message>
    <message>
        <source>The cross-signing keys could not be saved on this device.</source>
        <translation>Impossibile salvare le chiavi di firma incrociata su questo dispositivo.</translation>
    </message>
    <message>
        <source>Could not publish the signatures: %1</source>
        <translation>Impossibile pubblicare le firme: %1</translation>
    </message>
    <message>
        <source>The server refused the signatures.</source>
        <translation>Il server ha rifiutato le firme.</translation>
    </message>
</context>
<context>
    <name>atrium::sync::EncryptionService</name>
    <message>
        <source>could not load the room&apos;s members to share its key</source>
        <translation>impossibile caricare i membri della stanza per condividerne la chiave</translation>
    </message>
</context>
<context>
    <name>atrium::sync::KeyBackup</name>
    <message>
        <source>Could not make a backup key: %1</source>
        <translation>Impossibile creare una chiave di backup: %1</translation>
    </message>
    <message>
        <source>Could not create the backup: %1</source>
        <translation>Impossibile creare il backup: %1</translation>
    </message>
    <message>
        <source>The backup key could not be saved here.</source>
        <translation>Impossibile salvare qui la chiave di backup.</translation>
    </message>
    <message>
        <source>the backup state could not be saved</source>
        <translation>impossibile salvare lo stato del backup</translation>
    </message>
    <message>
        <source>That recovery key cannot be read: %1</source>
        <translation>Impossibile leggere quella chiave di recupero: %1</translation>
    </message>
    <message>
        <source>There is no key backup on the server.</source>
        <translation>Sul server non c&apos;è alcun backup delle chiavi.</translation>
    </message>
    <message>
        <source>Could not read the backup: %1</source>
        <translation>Impossibile leggere il backup: %1</translation>
    </message>
    <message>
        <source>This recovery key does not belong to the current backup.</source>
        <translation>Questa chiave di recupero non appartiene al backup attuale.</translation>
    </message>
</context>
<context>
    <name>atrium::sync::RoomHistory</name>
    <message>
        <source>could not store the room&apos;s history</source>
        <translation>impossibile salvare la cronologia della stanza</translation>
    </message>
    <message>
        <source>could not store the member list</source>
        <translation>impossibile salvare l’elenco dei membri</translation>
    </message>
</context>
<context>
    <name>atrium::sync::RoomKeyDistributor</name>
    <message>
        <source>cannot start an encryption session for this room</source>
        <translation>impossibile avviare una sessione di crittografia per questa stanza</translation>
    </message>
</context>
<context>
    <name>atrium::sync::SecretStorage</name>
    <message>
        <source>Could not read secret storage: %1</source>
        <translation>Impossibile leggere l&apos;archivio segreto: %1</translation>
    </message>
    <message>
        <source>Secret storage is already set up for this account. Unlock it with its recovery key, or replace it.</source>
        <translation>Questo account ha già un archivio segreto. Sbloccalo con la sua chiave di recupero o sostituiscilo.</translation>
    </message>
    <message>
        <source>The key backup could not be checked: %1</source>
        <translation>Impossibile controllare il backup delle chiavi: %1</translation>
    </message>
    <message>
        <source>The key backup on the server was made by another session. Restore it here, then set up secret storage again to keep its key.</source>
        <translation>Il backup delle chiavi sul server è stato creato da un&apos;altra sessione. Ripristinalo qui, poi configura di nuovo l&apos;archivio segreto per conservarne la chiave.</translation>
    </message>
    <message>
        <source>No key backup was made: %1</source>
        <translation>Nessun backup delle chiavi è stato creato: %1</translation>
    </message>
    <message>
        <source>Could not save secret storage: %1</source>
        <translation>Impossibile salvare l&apos;archivio segreto: %1</translation>
    </message>
    <message>
        <source>Secret storage is not set up for this account.</source>
        <translation>Questo account non ha un archivio segreto.</translation>
    </message>
    <message>
        <source>That recovery key or passphrase is wrong.</source>
        <translation>La chiave di recupero o la passphrase è errata.</translation>
    </message>
    <message>
        <source>Some secrets could not be decrypted; they may have been changed.</source>
        <translation>Alcuni segreti non sono stati decifrati; potrebbero essere stati modificati.</translation>
    </message>
    <message>
        <source>Could not read the published keys: %1</source>
        <translation>Impossibile leggere le chiavi pubblicate: %1</translation>
    </message>
    <message>
        <source>Could not keep the cross-signing keys: %1</source>
        <translation>Impossibile conservare le chiavi di firma incrociata: %1</translation>
    </message>
    <message>
        <source>The cross-signing keys in secret storage are not the ones the account uses now.</source>
        <translation>Le chiavi di firma incrociata nell&apos;archivio segreto non sono quelle che l&apos;account usa ora.</translation>
    </message>
    <message>
        <source>The server refused this session&apos;s signature.</source>
        <translation>Il server ha rifiutato la firma di questa sessione.</translation>
    </message>
    <message>
        <source>History could not be restored from the key backup: %1</source>
        <translation>Impossibile ripristinare la cronologia dal backup delle chiavi: %1</translation>
    </message>
</context>
<context>
    <name>atrium::sync::SendQueue</name>
    <message>
        <source>this client cannot upload files</source>
        <translation>questo client non può caricare file</translation>
    </message>
</context>
<context>
    <name>atrium::sync::Session</name>
    <message>
        <source>wrong user name or password</source>
        <translation>nome utente o password errati</translation>
    </message>
    <message>
        <source>cannot reach %1: %2</source>
        <translation>impossibile raggiungere %1: %2</translation>
    </message>
    <message>
        <source>the server&apos;s sign-in answer lacks a user id or access token</source>
        <translation>alla risposta del server all’accesso mancano l’ID utente o il token di accesso</translation>
    </message>
    <message>
        <source>cannot save the session in %1: %2</source>
        <translation>impossibile salvare la sessione in %1: %2</translation>
    </message>
    <message>
        <source>signed in, but cannot keep the access token: %1</source>
        <translation>accesso eseguito, ma impossibile conservare il token di accesso: %1</translation>
    </message>
    <message>
        <source>no saved session in %1; sign in first</source>
        <translation>nessuna sessione salvata in %1; accedi prima</translation>
    </message>
    <message>
        <source>the access token for %1 is missing from %2; sign in again</source>
        <translation>il token di accesso di %1 manca in %2; accedi di nuovo</translation>
    </message>
    <message>
        <source>cannot open the local store: %1</source>
        <translation>impossibile aprire l’archivio locale: %1</translation>
    </message>
    <message>
        <source>cannot keep the encryption key: %1</source>
        <translation>impossibile conservare la chiave di crittografia: %1</translation>
    </message>
    <message>
        <source>not signed in</source>
        <translation>accesso non eseguito</translation>
    </message>
    <message>
        <source>%1 does not offer signing in with a password, only %2, which Atrium cannot do yet</source>
        <translation>%1 non consente l’accesso con password, solo %2, che Atrium non supporta ancora</translation>
    </message>
    <message>
        <source>single sign-on</source>
        <translation>single sign-on</translation>
    </message>
    <message>
        <source>a login token</source>
        <translation>un token di accesso</translation>
    </message>
    <message>
        <source>%1 asks for more than a user name and password to create an account; create it on the server&apos;s own site, then sign in here</source>
        <translation>%1 richiede più di nome utente e password per creare un account; crealo sul sito del server, poi accedi qui</translation>
    </message>
</context>
<context>
    <name>atrium::sync::VerificationService</name>
    <message>
        <source>no keys are known for device %1 of %2</source>
        <translation>nessuna chiave nota per il dispositivo %1 di %2</translation>
    </message>
    <message>
        <source>cannot reach the server: %1</source>
        <translation>impossibile raggiungere il server: %1</translation>
    </message>
    <message>
        <source>the verified device could not be saved</source>
        <translation>impossibile salvare il dispositivo verificato</translation>
    </message>
    <message>
        <source>this device has no keys to verify with yet</source>
        <translation>questo dispositivo non ha ancora chiavi per verificare</translation>
    </message>
</context>
</TS>
