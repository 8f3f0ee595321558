<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ApiError</name>
    <message>
        <source>cannot reach the server: %1</source>
        <translation>Server nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>the server did not answer in time</source>
        <translation>der Server hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>the server sent an unexpected answer: %1</source>
        <translation>der Server hat unerwartet geantwortet: %1</translation>
    </message>
</context>
<context>
    <name>Attachment</name>
    <message>
        <source>Waiting…</source>
        <translation>Wartet …</translation>
    </message>
    <message>
        <source>Cancel sending %1</source>
        <translation>Senden von %1 abbrechen</translation>
    </message>
</context>
<context>
    <name>AttachmentPreview</name>
    <message numerus="yes">
        <source>Send %n file(s) to %1</source>
        <translation>
            <numerusform>%n Datei an %1 senden</numerusform>
            <numerusform>%n Dateien an %1 senden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send %n file(s)</source>
        <translation>
            <numerusform>%n Datei senden</numerusform>
            <numerusform>%n Dateien senden</numerusform>
        </translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Beschriftung</translation>
    </message>
    <message>
        <source>Add a caption (optional)</source>
        <translation>Beschriftung hinzufügen (optional)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
</context>
<context>
    <name>AudioContent</name>
    <message>
        <source>Could not load the file</source>
        <translation>Die Datei konnte nicht geladen werden</translation>
    </message>
    <message>
        <source>Audio: %1</source>
        <translation>Audio: %1</translation>
    </message>
    <message>
        <source>No sound device: save the file to play it elsewhere</source>
        <translation>Kein Audiogerät: Datei speichern, um sie anderswo abzuspielen</translation>
    </message>
    <message>
        <source>Cancel downloading %1</source>
        <translation>Herunterladen von %1 abbrechen</translation>
    </message>
</context>
<context>
    <name>AvatarFile</name>
    <message>
        <source>There is no file at %1.</source>
        <translation>Unter %1 gibt es keine Datei.</translation>
    </message>
    <message>
        <source>%1 is not an image.</source>
        <translation>%1 ist kein Bild.</translation>
    </message>
</context>
<context>
    <name>CallBar</name>
    <message>
        <source>In call with %1 · %2</source>
        <translation>Im Anruf mit %1 · %2</translation>
    </message>
    <message>
        <source>Calling %1…</source>
        <translation>%1 wird angerufen …</translation>
    </message>
    <message>
        <source>Return to call</source>
        <translation>Zurück zum Anruf</translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation>Auflegen</translation>
    </message>
</context>
<context>
    <name>CallView</name>
    <message>
        <source>Calling %1…</source>
        <translation>%1 wird angerufen …</translation>
    </message>
    <message>
        <source>%1 is calling</source>
        <translation>%1 ruft an</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt …</translation>
    </message>
    <message>
        <source>Back to chat</source>
        <translation>Zurück zum Chat</translation>
    </message>
    <message>
        <source>Camera off</source>
        <translation>Kamera aus</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Stummschaltung aufheben</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Stummschalten</translation>
    </message>
    <message>
        <source>Camera on</source>
        <translation>Kamera an</translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation>Auflegen</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualität</translation>
    </message>
    <message>
        <source>Round trip</source>
        <translation>Umlaufzeit</translation>
    </message>
    <message>
        <source>Packet loss</source>
        <translation>Paketverlust</translation>
    </message>
    <message>
        <source>Receiving</source>
        <translation>Empfang</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>%1 put the call on hold · %2</source>
        <translation>%1 hat den Anruf gehalten · %2</translation>
    </message>
    <message>
        <source>%1 is muted</source>
        <translation>%1 ist stummgeschaltet</translation>
    </message>
    <message>
        <source>You put %1 on hold · %2</source>
        <translation>Sie halten den Anruf mit %1 · %2</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>Mikrofon</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <source>%1 is sharing their screen</source>
        <translation>%1 teilt den Bildschirm</translation>
    </message>
    <message>
        <source>You are sharing your screen</source>
        <translation>Sie geben Ihren Bildschirm frei</translation>
    </message>
    <message>
        <source>Your screen</source>
        <translation>Ihr Bildschirm</translation>
    </message>
    <message>
        <source>Stop showing your screen</source>
        <translation>Bildschirm nicht mehr zeigen</translation>
    </message>
    <message>
        <source>Show your screen to %1</source>
        <translation>Ihren Bildschirm %1 zeigen</translation>
    </message>
    <message>
        <source>Stop sharing</source>
        <translation>Freigabe beenden</translation>
    </message>
    <message>
        <source>Share screen</source>
        <translation>Bildschirm freigeben</translation>
    </message>
    <message>
        <source>Choose a screen or window in your desktop&apos;s dialog</source>
        <translation>Wählen Sie im Dialog Ihres Desktops einen Bildschirm oder ein Fenster</translation>
    </message>
    <message>
        <source>Choosing…</source>
        <translation>Auswahl…</translation>
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
        <translation>Sie bearbeiten Ihre Nachricht</translation>
    </message>
    <message>
        <source>Replying to %1: %2</source>
        <translation>Antwort an %1: %2</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Bearbeiten abbrechen</translation>
    </message>
    <message>
        <source>Cancel reply</source>
        <translation>Antwort abbrechen</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Abbrechen (Esc)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Edit your message…</source>
        <translation>Nachricht bearbeiten …</translation>
    </message>
    <message>
        <source>Write a message…</source>
        <translation>Nachricht schreiben …</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Dateien anhängen</translation>
    </message>
    <message>
        <source>Insert emoji</source>
        <translation>Emoji einfügen</translation>
    </message>
</context>
<context>
    <name>DeviceChoice</name>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>%1 (unplugged)</source>
        <translation>%1 (nicht angeschlossen)</translation>
    </message>
</context>
<context>
    <name>EmojiPicker</name>
    <message>
        <source>Smileys &amp; emotion</source>
        <translation>Smileys &amp; Gefühle</translation>
    </message>
    <message>
        <source>People &amp; body</source>
        <translation>Menschen &amp; Körper</translation>
    </message>
    <message>
        <source>Animals &amp; nature</source>
        <translation>Tiere &amp; Natur</translation>
    </message>
    <message>
        <source>Food &amp; drink</source>
        <translation>Essen &amp; Trinken</translation>
    </message>
    <message>
        <source>Travel &amp; places</source>
        <translation>Reisen &amp; Orte</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Aktivitäten</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Objekte</translation>
    </message>
    <message>
        <source>Symbols</source>
        <translation>Symbole</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Flaggen</translation>
    </message>
    <message>
        <source>Search emoji</source>
        <translation>Emoji suchen</translation>
    </message>
    <message>
        <source>Emoji found</source>
        <translation>Gefundene Emoji</translation>
    </message>
    <message>
        <source>No emoji named so</source>
        <translation>Kein Emoji mit diesem Namen</translation>
    </message>
    <message>
        <source>Recently used</source>
        <translation>Zuletzt verwendet</translation>
    </message>
</context>
<context>
    <name>ErrorNotice</name>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>FileCard</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>Wird heruntergeladen …</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Gespeichert unter %1</translation>
    </message>
    <message>
        <source>File %1, %2</source>
        <translation>Datei %1, %2</translation>
    </message>
    <message>
        <source>A program or script: it can only be saved.</source>
        <translation>Ein Programm oder Skript: Es kann nur gespeichert werden.</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Save %1 as</source>
        <comment>file</comment>
        <translation>%1 speichern unter</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Speichern unter …</translation>
    </message>
    <message>
        <source>Cancel downloading %1</source>
        <translation>Herunterladen von %1 abbrechen</translation>
    </message>
</context>
<context>
    <name>FileSharing</name>
    <message>
        <source>Only files on this computer can be sent.</source>
        <translation>Nur Dateien auf diesem Computer können gesendet werden.</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Dateien anhängen</translation>
    </message>
    <message>
        <source>Save %1</source>
        <comment>file</comment>
        <translation>%1 speichern</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Datei ersetzen?</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Beide behalten</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 ist bereits vorhanden. Ersetzen?</translation>
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
        <translation>Bild: %1</translation>
    </message>
    <message>
        <source>Image not available</source>
        <translation>Bild nicht verfügbar</translation>
    </message>
    <message>
        <source>Cancel downloading %1</source>
        <translation>Herunterladen von %1 abbrechen</translation>
    </message>
</context>
<context>
    <name>IncomingCallPopup</name>
    <message>
        <source>Incoming video call</source>
        <translation>Eingehender Videoanruf</translation>
    </message>
    <message>
        <source>Incoming voice call</source>
        <translation>Eingehender Sprachanruf</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Accept voice</source>
        <translation>Mit Audio annehmen</translation>
    </message>
    <message>
        <source>Accept video</source>
        <translation>Mit Video annehmen</translation>
    </message>
    <message>
        <source>Incoming video call from %1</source>
        <translation>Eingehender Videoanruf von %1</translation>
    </message>
    <message>
        <source>Incoming voice call from %1</source>
        <translation>Eingehender Sprachanruf von %1</translation>
    </message>
    <message>
        <source>%1 voice · %2 video · %3 decline</source>
        <translation>%1 Sprache · %2 Video · %3 ablehnen</translation>
    </message>
    <message>
        <source>%1 accept · %2 decline</source>
        <translation>%1 annehmen · %2 ablehnen</translation>
    </message>
    <message>
        <source>%1 decline</source>
        <translation>%1 ablehnen</translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message>
        <source>Invite to %1</source>
        <translation>In %1 einladen</translation>
    </message>
    <message>
        <source>this room</source>
        <translation>diesen Raum</translation>
    </message>
    <message>
        <source>Name or user id</source>
        <translation>Name oder Benutzer-ID</translation>
    </message>
    <message>
        <source>Name or @user:example.org</source>
        <translation>Name oder @benutzer:example.org</translation>
    </message>
    <message>
        <source>People found</source>
        <translation>Gefundene Personen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Invite %1</source>
        <translation>%1 einladen</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Eingeladen</translation>
    </message>
    <message>
        <source>In the room</source>
        <translation>Im Raum</translation>
    </message>
    <message>
        <source>Invite</source>
        <translation>Einladen</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche …</translation>
    </message>
    <message>
        <source>No one found. Enter a full user id like @ann:example.org to invite them.</source>
        <translation>Niemand gefunden. Geben Sie eine vollständige Benutzer-ID wie @ann:example.org ein, um die Person einzuladen.</translation>
    </message>
    <message>
        <source>Invited: %1</source>
        <translation>Eingeladen: %1</translation>
    </message>
    <message>
        <source>Close the invite dialog</source>
        <translation>Einladungsdialog schließen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>LockIcon</name>
    <message>
        <source>Encrypted</source>
        <translation>Verschlüsselt</translation>
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
        <translation>Ihr Konto wird geöffnet …</translation>
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
        <translation>An Fenster anpassen</translation>
    </message>
    <message>
        <source>Fit (0)</source>
        <translation>Anpassen (0)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Anpassen</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>Originalgröße</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Speichern unter …</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <source>The image could not be shown.</source>
        <translation>Das Bild konnte nicht angezeigt werden.</translation>
    </message>
    <message>
        <source>Cancel downloading %1</source>
        <translation>Herunterladen von %1 abbrechen</translation>
    </message>
</context>
<context>
    <name>MemberListPanel</name>
    <message>
        <source>Members (%1)</source>
        <translation>Mitglieder (%1)</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Invite someone to this room</source>
        <translation>Jemanden in diesen Raum einladen</translation>
    </message>
    <message>
        <source>Invite…</source>
        <translation>Einladen …</translation>
    </message>
    <message>
        <source>Close the member list</source>
        <translation>Mitgliederliste schließen</translation>
    </message>
    <message>
        <source>Filter members</source>
        <translation>Mitglieder filtern</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 · invited</source>
        <translation>%1 · eingeladen</translation>
    </message>
    <message>
        <source>, verified</source>
        <translation>, verifiziert</translation>
    </message>
    <message>
        <source>, verified, has an unverified session</source>
        <translation>, verifiziert, hat eine nicht verifizierte Sitzung</translation>
    </message>
    <message>
        <source>Has a session they have not verified</source>
        <translation>Hat eine nicht verifizierte Sitzung</translation>
    </message>
    <message>
        <source>%1 has a session they have not verified.</source>
        <translation>%1 hat eine nicht verifizierte Sitzung.</translation>
    </message>
</context>
<context>
    <name>MessageDelegate</name>
    <message>
        <source>(edited)</source>
        <translation>(bearbeitet)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>message deleted</source>
        <translation>Nachricht gelöscht</translation>
    </message>
    <message>
        <source>%1 was not sent: %2</source>
        <translation>%1 wurde nicht gesendet: %2</translation>
    </message>
    <message>
        <source>%1 was not sent</source>
        <translation>%1 wurde nicht gesendet</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>In reply to</source>
        <translation>Antwort auf</translation>
    </message>
    <message>
        <source>a message not loaded yet</source>
        <translation>eine noch nicht geladene Nachricht</translation>
    </message>
    <message>
        <source>Go to the message replied to</source>
        <translation>Zur beantworteten Nachricht springen</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <source>%1 %2, from %3</source>
        <translation>%1 %2, von %3</translation>
    </message>
    <message>
        <source>%1 reacted with %2</source>
        <translation>%1 hat mit %2 reagiert</translation>
    </message>
    <message>
        <source>React</source>
        <translation>Reagieren</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>MessageShield</name>
    <message>
        <source>Encrypted by a device not verified by its owner.</source>
        <translation>Verschlüsselt von einem Gerät, das sein Besitzer nicht verifiziert hat.</translation>
    </message>
    <message>
        <source>Encrypted by an unknown or deleted device.</source>
        <translation>Verschlüsselt von einem unbekannten oder gelöschten Gerät.</translation>
    </message>
    <message>
        <source>The authenticity of this message can&apos;t be guaranteed on this device: its key came from a backup or another device.</source>
        <translation>Die Echtheit dieser Nachricht kann auf diesem Gerät nicht garantiert werden: Ihr Schlüssel stammt aus einer Sicherung oder von einem anderen Gerät.</translation>
    </message>
</context>
<context>
    <name>NewMessagesLine</name>
    <message>
        <source>New messages</source>
        <translation>Neue Nachrichten</translation>
    </message>
</context>
<context>
    <name>NewRoomDialog</name>
    <message>
        <source>Create a room</source>
        <translation>Raum erstellen</translation>
    </message>
    <message>
        <source>Room name</source>
        <translation>Raumname</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Topic (optional)</source>
        <translation>Thema (optional)</translation>
    </message>
    <message>
        <source>Private: only people you invite can join</source>
        <translation>Privat: Nur eingeladene Personen können beitreten</translation>
    </message>
    <message>
        <source>Public: anyone can find and join it</source>
        <translation>Öffentlich: Jeder kann ihn finden und beitreten</translation>
    </message>
    <message>
        <source>End-to-end encrypted (cannot be turned off later)</source>
        <translation>Ende-zu-Ende-verschlüsselt (lässt sich später nicht abschalten)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>Join a room</source>
        <translation>Einem Raum beitreten</translation>
    </message>
    <message>
        <source>Room address</source>
        <translation>Raumadresse</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Beitreten</translation>
    </message>
    <message>
        <source>#room:example.org, or words to search the directory</source>
        <translation>#raum:example.org oder Suchbegriffe für das Verzeichnis</translation>
    </message>
    <message>
        <source>Public rooms on your server</source>
        <translation>Öffentliche Räume auf Ihrem Server</translation>
    </message>
    <message>
        <source>Public rooms</source>
        <translation>Öffentliche Räume</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n members</source>
        <translation>
            <numerusform>%1, %n Mitglied</numerusform>
            <numerusform>%1, %n Mitglieder</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n members</source>
        <translation>
            <numerusform>%n Mitglied</numerusform>
            <numerusform>%n Mitglieder</numerusform>
        </translation>
    </message>
    <message>
        <source>Join %1</source>
        <translation>%1 beitreten</translation>
    </message>
    <message>
        <source>Show more public rooms</source>
        <translation>Weitere öffentliche Räume anzeigen</translation>
    </message>
    <message>
        <source>More…</source>
        <translation>Mehr …</translation>
    </message>
    <message>
        <source>No public rooms found.</source>
        <translation>Keine öffentlichen Räume gefunden.</translation>
    </message>
</context>
<context>
    <name>NotificationPlanner</name>
    <message>
        <source>🔒 Encrypted message</source>
        <translation>🔒 Verschlüsselte Nachricht</translation>
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
        <translation>Pause</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Abspielen</translation>
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
        <translation>Ihr Profil</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Change your avatar</source>
        <translation>Ihr Profilbild ändern</translation>
    </message>
    <message>
        <source>Change avatar…</source>
        <translation>Bild ändern …</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.gif *.webp)</translation>
    </message>
    <message>
        <source>Choose your avatar</source>
        <translation>Profilbild auswählen</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>the system keychain refused: %1 (start a keyring such as gnome-keyring, or run with --no-keychain)</source>
        <translation>der Schlüsselbund des Systems hat abgelehnt: %1 (starten Sie einen Schlüsselbund wie gnome-keyring oder starten Sie Atrium mit --no-keychain)</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is damaged; sign in again</source>
        <translation>%1 ist beschädigt; bitte melden Sie sich erneut an</translation>
    </message>
</context>
<context>
    <name>QuickSwitcher</name>
    <message>
        <source>Room to open</source>
        <translation>Zu öffnender Raum</translation>
    </message>
    <message>
        <source>Jump to a room…</source>
        <translation>Zu einem Raum springen …</translation>
    </message>
    <message>
        <source>No room matches.</source>
        <translation>Kein Raum passt.</translation>
    </message>
</context>
<context>
    <name>ReactionPicker</name>
    <message>
        <source>React with %1</source>
        <translation>Mit %1 reagieren</translation>
    </message>
    <message>
        <source>More reactions</source>
        <translation>Weitere Reaktionen</translation>
    </message>
</context>
<context>
    <name>ReadReceipts</name>
    <message>
        <source>Seen by %1</source>
        <translation>Gesehen von %1</translation>
    </message>
</context>
<context>
    <name>RoomDelegate</name>
    <message>
        <source>Invitation to %1</source>
        <translation>Einladung in %1</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n unread</source>
        <translation>
            <numerusform>%1, %n ungelesen</numerusform>
            <numerusform>%1, %n ungelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>Invited by %1</source>
        <translation>Eingeladen von %1</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>Einladung</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>Favorit</translation>
    </message>
    <message>
        <source>Low priority</source>
        <translation>Niedrige Priorität</translation>
    </message>
    <message>
        <source>Leave room…</source>
        <translation>Raum verlassen…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Einstellungen …</translation>
    </message>
    <message>
        <source>99+</source>
        <translation>99+</translation>
    </message>
    <message>
        <source>%1, new messages</source>
        <translation>%1, neue Nachrichten</translation>
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
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>Empty Room</source>
        <translation>Leerer Raum</translation>
    </message>
    <message>
        <source>Empty Room (was %1)</source>
        <translation>Leerer Raum (war %1)</translation>
    </message>
    <message>
        <source>1 other</source>
        <translation>1 weitere Person</translation>
    </message>
    <message numerus="yes">
        <source>%n others</source>
        <translation>
            <numerusform>%n weitere Person</numerusform>
            <numerusform>%n weitere Personen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and 1 other</source>
        <translation>%1 und 1 weitere Person</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n others</source>
        <translation>
            <numerusform>%1 und %n weitere Person</numerusform>
            <numerusform>%1 und %n weitere Personen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoomHeader</name>
    <message>
        <source>End-to-end encrypted</source>
        <translation>Ende-zu-Ende-verschlüsselt</translation>
    </message>
    <message>
        <source>Messages in this room are end-to-end encrypted.</source>
        <translation>Nachrichten in diesem Raum sind Ende-zu-Ende-verschlüsselt.</translation>
    </message>
    <message>
        <source>Calls are not available.</source>
        <translation>Anrufe sind nicht verfügbar.</translation>
    </message>
    <message>
        <source>Voice call</source>
        <translation>Sprachanruf</translation>
    </message>
    <message>
        <source>Start a voice call</source>
        <translation>Sprachanruf starten</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Anrufen</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>Videoanruf</translation>
    </message>
    <message>
        <source>Start a video call</source>
        <translation>Videoanruf starten</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Show the room&apos;s members</source>
        <translation>Mitglieder des Raums anzeigen</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>👥 %1</source>
        <translation>👥 %1</translation>
    </message>
    <message>
        <source>Invite someone to this room</source>
        <translation>Jemanden in diesen Raum einladen</translation>
    </message>
    <message>
        <source>Invite</source>
        <translation>Einladen</translation>
    </message>
    <message>
        <source>Room settings</source>
        <translation>Raumeinstellungen</translation>
    </message>
    <message>
        <source>Everyone in this room is verified, and so are all their sessions.</source>
        <translation>Alle in diesem Raum sind verifiziert, ebenso alle ihre Sitzungen.</translation>
    </message>
    <message>
        <source>Someone you verified has a session they have not verified. Check the member list.</source>
        <translation>Jemand, den Sie verifiziert haben, hat eine nicht verifizierte Sitzung. Sehen Sie in der Mitgliederliste nach.</translation>
    </message>
</context>
<context>
    <name>RoomList</name>
    <message>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <source>d MMM</source>
        <extracomment>The day and month of a room&apos;s last message this year (a QDate format).</extracomment>
        <translation>d. MMM</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Räume</translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation>Einladungen</translation>
    </message>
    <message>
        <source>Favourites</source>
        <translation>Favoriten</translation>
    </message>
    <message>
        <source>Low priority</source>
        <translation>Niedrige Priorität</translation>
    </message>
    <message>
        <source>Decline the invitation to “%1”?</source>
        <translation>Die Einladung zu „%1“ ablehnen?</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>You can join it only if someone invites you again.</source>
        <translation>Beitreten können Sie dann nur, wenn Sie erneut eingeladen werden.</translation>
    </message>
</context>
<context>
    <name>RoomListPane</name>
    <message>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Filter rooms</source>
        <translation>Räume filtern</translation>
    </message>
    <message>
        <source>Filter rooms (Ctrl+K to jump)</source>
        <translation>Räume filtern (Strg+K zum Springen)</translation>
    </message>
    <message>
        <source>No room matches “%1”.</source>
        <translation>Kein Raum passt zu „%1“.</translation>
    </message>
    <message>
        <source>New room</source>
        <translation>Neuer Raum</translation>
    </message>
    <message>
        <source>Create or join a room</source>
        <translation>Raum erstellen oder beitreten</translation>
    </message>
    <message>
        <source>Leave “%1”?</source>
        <translation>„%1“ verlassen?</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Verlassen</translation>
    </message>
    <message>
        <source>You will no longer get its messages. To come back to a private room, you need a new invitation.</source>
        <translation>Sie erhalten keine Nachrichten mehr aus diesem Raum. Um in einen privaten Raum zurückzukehren, brauchen Sie eine neue Einladung.</translation>
    </message>
    <message>
        <source>Account menu</source>
        <translation>Kontomenü</translation>
    </message>
    <message>
        <source>Security…</source>
        <translation>Sicherheit…</translation>
    </message>
    <message>
        <source>Sessions…</source>
        <translation>Sitzungen…</translation>
    </message>
    <message>
        <source>This session is not verified. Verify it with your recovery key or from another session, so that others trust it and it can read older messages.</source>
        <translation>Diese Sitzung ist nicht verifiziert. Verifiziere sie mit deinem Wiederherstellungsschlüssel oder von einer anderen Sitzung aus, damit andere ihr vertrauen und sie ältere Nachrichten lesen kann.</translation>
    </message>
    <message>
        <source>Verify this session…</source>
        <translation>Diese Sitzung verifizieren…</translation>
    </message>
    <message>
        <source>Profile, sessions, security, sign out</source>
        <translation>Profil, Sitzungen, Sicherheit, Abmelden</translation>
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
        <translation>Raumeinstellungen</translation>
    </message>
    <message>
        <source>Change the room&apos;s avatar</source>
        <translation>Raumbild ändern</translation>
    </message>
    <message>
        <source>Change avatar…</source>
        <translation>Bild ändern …</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Room name</source>
        <translation>Raumname</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Room topic</source>
        <translation>Raumthema</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>All messages</source>
        <translation>Alle Nachrichten</translation>
    </message>
    <message>
        <source>Mentions and keywords</source>
        <translation>Erwähnungen und Stichwörter</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Stummschalten</translation>
    </message>
    <message>
        <source>Close the room settings</source>
        <translation>Raumeinstellungen schließen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Save the name and topic</source>
        <translation>Name und Thema speichern</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.gif *.webp)</translation>
    </message>
    <message>
        <source>Choose the room&apos;s avatar</source>
        <translation>Raumbild wählen</translation>
    </message>
    <message>
        <source>Name, topic and avatar: %1</source>
        <translation>Name, Thema und Avatar: %1</translation>
    </message>
</context>
<context>
    <name>SasEmoji</name>
    <message>
        <source>Dog</source>
        <translation>Hund</translation>
    </message>
    <message>
        <source>Cat</source>
        <translation>Katze</translation>
    </message>
    <message>
        <source>Lion</source>
        <translation>Löwe</translation>
    </message>
    <message>
        <source>Horse</source>
        <translation>Pferd</translation>
    </message>
    <message>
        <source>Unicorn</source>
        <translation>Einhorn</translation>
    </message>
    <message>
        <source>Pig</source>
        <translation>Schwein</translation>
    </message>
    <message>
        <source>Elephant</source>
        <translation>Elefant</translation>
    </message>
    <message>
        <source>Rabbit</source>
        <translation>Hase</translation>
    </message>
    <message>
        <source>Panda</source>
        <translation>Panda</translation>
    </message>
    <message>
        <source>Rooster</source>
        <translation>Hahn</translation>
    </message>
    <message>
        <source>Penguin</source>
        <translation>Pinguin</translation>
    </message>
    <message>
        <source>Turtle</source>
        <translation>Schildkröte</translation>
    </message>
    <message>
        <source>Fish</source>
        <translation>Fisch</translation>
    </message>
    <message>
        <source>Octopus</source>
        <translation>Oktopus</translation>
    </message>
    <message>
        <source>Butterfly</source>
        <translation>Schmetterling</translation>
    </message>
    <message>
        <source>Flower</source>
        <translation>Blume</translation>
    </message>
    <message>
        <source>Tree</source>
        <translation>Baum</translation>
    </message>
    <message>
        <source>Cactus</source>
        <translation>Kaktus</translation>
    </message>
    <message>
        <source>Mushroom</source>
        <translation>Pilz</translation>
    </message>
    <message>
        <source>Globe</source>
        <translation>Globus</translation>
    </message>
    <message>
        <source>Moon</source>
        <translation>Mond</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>Wolke</translation>
    </message>
    <message>
        <source>Fire</source>
        <translation>Feuer</translation>
    </message>
    <message>
        <source>Banana</source>
        <translation>Banane</translation>
    </message>
    <message>
        <source>Apple</source>
        <translation>Apfel</translation>
    </message>
    <message>
        <source>Strawberry</source>
        <translation>Erdbeere</translation>
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
        <translation>Kuchen</translation>
    </message>
    <message>
        <source>Heart</source>
        <translation>Herz</translation>
    </message>
    <message>
        <source>Smiley</source>
        <translation>Smiley</translation>
    </message>
    <message>
        <source>Robot</source>
        <translation>Roboter</translation>
    </message>
    <message>
        <source>Hat</source>
        <translation>Hut</translation>
    </message>
    <message>
        <source>Glasses</source>
        <translation>Brille</translation>
    </message>
    <message>
        <source>Spanner</source>
        <translation>Schraubenschlüssel</translation>
    </message>
    <message>
        <source>Santa</source>
        <translation>Weihnachtsmann</translation>
    </message>
    <message>
        <source>Thumbs Up</source>
        <translation>Daumen hoch</translation>
    </message>
    <message>
        <source>Umbrella</source>
        <translation>Regenschirm</translation>
    </message>
    <message>
        <source>Hourglass</source>
        <translation>Sanduhr</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Uhr</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>Geschenk</translation>
    </message>
    <message>
        <source>Light Bulb</source>
        <translation>Glühbirne</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Buch</translation>
    </message>
    <message>
        <source>Pencil</source>
        <translation>Bleistift</translation>
    </message>
    <message>
        <source>Paperclip</source>
        <translation>Büroklammer</translation>
    </message>
    <message>
        <source>Scissors</source>
        <translation>Schere</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Schloss</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Hammer</source>
        <translation>Hammer</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Flagge</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Zug</translation>
    </message>
    <message>
        <source>Bicycle</source>
        <translation>Fahrrad</translation>
    </message>
    <message>
        <source>Aeroplane</source>
        <translation>Flugzeug</translation>
    </message>
    <message>
        <source>Rocket</source>
        <translation>Rakete</translation>
    </message>
    <message>
        <source>Trophy</source>
        <translation>Pokal</translation>
    </message>
    <message>
        <source>Ball</source>
        <translation>Ball</translation>
    </message>
    <message>
        <source>Guitar</source>
        <translation>Gitarre</translation>
    </message>
    <message>
        <source>Trumpet</source>
        <translation>Trompete</translation>
    </message>
    <message>
        <source>Bell</source>
        <translation>Glocke</translation>
    </message>
    <message>
        <source>Anchor</source>
        <translation>Anker</translation>
    </message>
    <message>
        <source>Headphones</source>
        <translation>Kopfhörer</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Stecknadel</translation>
    </message>
</context>
<context>
    <name>SecurityDialog</name>
    <message>
        <source>Your message keys are not backed up. Without a backup, a new session cannot read older encrypted messages.</source>
        <translation>Deine Nachrichtenschlüssel sind nicht gesichert. Ohne Sicherung kann eine neue Sitzung ältere verschlüsselte Nachrichten nicht lesen.</translation>
    </message>
    <message numerus="yes">
        <source>%n message key(s) backed up; this session keeps the backup up to date.</source>
        <translation>
            <numerusform>%n Nachrichtenschlüssel gesichert; diese Sitzung hält die Sicherung aktuell.</numerusform>
            <numerusform>%n Nachrichtenschlüssel gesichert; diese Sitzung hält die Sicherung aktuell.</numerusform>
        </translation>
    </message>
    <message>
        <source>A key backup exists. Enter its recovery key to read older messages here and keep the backup up to date.</source>
        <translation>Es gibt eine Schlüsselsicherung. Gib ihren Wiederherstellungsschlüssel ein, um hier ältere Nachrichten zu lesen und die Sicherung aktuell zu halten.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Cross-signing is not set up. With it, your sessions vouch for each other and people you verify stay verified on all their devices.</source>
        <translation>Cross-Signing ist nicht eingerichtet. Damit bürgen deine Sitzungen füreinander, und Personen, die du verifizierst, bleiben auf all ihren Geräten verifiziert.</translation>
    </message>
    <message>
        <source>Cross-signing is set up, and this session holds its keys.</source>
        <translation>Cross-Signing ist eingerichtet, und diese Sitzung besitzt die Schlüssel.</translation>
    </message>
    <message>
        <source>Cross-signing is set up; another of your sessions verified this one.</source>
        <translation>Cross-Signing ist eingerichtet; eine andere deiner Sitzungen hat diese verifiziert.</translation>
    </message>
    <message>
        <source>Cross-signing was set up by another session. Verify this session from that one (Sessions), or reset cross-signing.</source>
        <translation>Cross-Signing wurde von einer anderen Sitzung eingerichtet. Verifiziere diese Sitzung von dort aus (Sitzungen) oder setze Cross-Signing zurück.</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Cross-signing</source>
        <translation>Cross-Signing</translation>
    </message>
    <message>
        <source>Set up cross-signing</source>
        <translation>Cross-Signing einrichten</translation>
    </message>
    <message>
        <source>Set up</source>
        <translation>Einrichten</translation>
    </message>
    <message>
        <source>Reset cross-signing</source>
        <translation>Cross-Signing zurücksetzen</translation>
    </message>
    <message>
        <source>Reset…</source>
        <translation>Zurücksetzen…</translation>
    </message>
    <message>
        <source>New keys replace the old ones: your other sessions, and everyone who verified you, will see you as unverified until you verify again.</source>
        <translation>Neue Schlüssel ersetzen die alten: Deine anderen Sitzungen und alle, die dich verifiziert haben, sehen dich als nicht verifiziert, bis du erneut verifizierst.</translation>
    </message>
    <message>
        <source>Keep the current keys</source>
        <translation>Aktuelle Schlüssel behalten</translation>
    </message>
    <message>
        <source>Your server asks for your password to change the cross-signing keys.</source>
        <translation>Dein Server verlangt dein Passwort, um die Cross-Signing-Schlüssel zu ändern.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Key backup</source>
        <translation>Schlüsselsicherung</translation>
    </message>
    <message>
        <source>Back up message keys</source>
        <translation>Nachrichtenschlüssel sichern</translation>
    </message>
    <message>
        <source>Back up keys</source>
        <translation>Schlüssel sichern</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Keep this recovery key somewhere safe. It is shown only now, and it is the only way to read your backup on a new session.</source>
        <translation>Bewahre diesen Wiederherstellungsschlüssel sicher auf. Er wird nur jetzt angezeigt und ist der einzige Weg, deine Sicherung in einer neuen Sitzung zu lesen.</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>Dein Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>I have saved it</source>
        <translation>Ich habe ihn gesichert</translation>
    </message>
    <message>
        <source>Close the security settings</source>
        <translation>Sicherheitseinstellungen schließen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Recovery is not set up. It keeps your cross-signing keys and your key backup under one recovery key, so that a new session can verify itself and read your older messages.</source>
        <translation>Die Wiederherstellung ist nicht eingerichtet. Sie bewahrt deine Cross-Signing-Schlüssel und deine Schlüsselsicherung unter einem Wiederherstellungsschlüssel auf, damit eine neue Sitzung sich selbst verifizieren und ältere Nachrichten lesen kann.</translation>
    </message>
    <message>
        <source>Recovery is set up: your cross-signing keys and your key backup are kept under your recovery key.</source>
        <translation>Die Wiederherstellung ist eingerichtet: Deine Cross-Signing-Schlüssel und deine Schlüsselsicherung sind unter deinem Wiederherstellungsschlüssel aufbewahrt.</translation>
    </message>
    <message>
        <source>Enter your recovery key or passphrase to verify this session and read your older messages.</source>
        <translation>Gib deinen Wiederherstellungsschlüssel oder deine Passphrase ein, um diese Sitzung zu verifizieren und ältere Nachrichten zu lesen.</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Wiederherstellung</translation>
    </message>
    <message>
        <source>Recovery passphrase (optional)</source>
        <translation>Passphrase für die Wiederherstellung (optional)</translation>
    </message>
    <message>
        <source>Passphrase (optional)</source>
        <translation>Passphrase (optional)</translation>
    </message>
    <message>
        <source>Set up recovery</source>
        <translation>Wiederherstellung einrichten</translation>
    </message>
    <message>
        <source>Recovery key or passphrase</source>
        <translation>Wiederherstellungsschlüssel oder Passphrase</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>A key backup exists: unlocking recovery above restores it here.</source>
        <translation>Es gibt eine Schlüsselsicherung: Das Entsperren der Wiederherstellung oben stellt sie hier wieder her.</translation>
    </message>
</context>
<context>
    <name>SessionsDialog</name>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Everywhere you are signed in. Verify your other sessions so that they get the keys to your encrypted messages; sign out the ones you do not know.</source>
        <translation>Überall, wo du angemeldet bist. Verifiziere deine anderen Sitzungen, damit sie die Schlüssel zu deinen verschlüsselten Nachrichten bekommen; melde die ab, die du nicht kennst.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>This session</source>
        <translation>Diese Sitzung</translation>
    </message>
    <message>
        <source>Session name</source>
        <translation>Name der Sitzung</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>last active %1</source>
        <translation>zuletzt aktiv %1</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>Nicht verifiziert</translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation>%1 umbenennen</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Verify %1</source>
        <translation>%1 verifizieren</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Verifizieren</translation>
    </message>
    <message>
        <source>Sign out %1</source>
        <translation>%1 abmelden</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Enter your password to sign out %1.</source>
        <translation>Gib dein Passwort ein, um %1 abzumelden.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Close the sessions</source>
        <translation>Sitzungen schließen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>ShareableScreens</name>
    <message>
        <source>All screens · %1</source>
        <translation>Alle Bildschirme · %1</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Sign in to Atrium</source>
        <translation>Bei Atrium anmelden</translation>
    </message>
    <message>
        <source>Homeserver</source>
        <translation>Homeserver</translation>
    </message>
    <message>
        <source>matrix.example.org (optional with a full user id)</source>
        <translation>matrix.example.org (optional bei vollständiger Benutzer-ID)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>ann or @ann:example.org</source>
        <translation>ann oder @ann:example.org</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft …</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation>Die Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Create an account</source>
        <translation>Konto erstellen</translation>
    </message>
    <message>
        <source>Confirm password</source>
        <translation>Passwort bestätigen</translation>
    </message>
    <message>
        <source>I have an account</source>
        <translation>Ich habe ein Konto</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Wird erstellt…</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>Konto erstellen</translation>
    </message>
</context>
<context>
    <name>SpaceBar</name>
    <message>
        <source>Home</source>
        <translation>Start</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n unread</source>
        <translation>
            <numerusform>%1, %n ungelesen</numerusform>
            <numerusform>%1, %n ungelesen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StateChangeText</name>
    <message>
        <source>%1 joined</source>
        <translation>%1 ist beigetreten</translation>
    </message>
    <message>
        <source>%1 removed their display name</source>
        <translation>%1 hat den Anzeigenamen entfernt</translation>
    </message>
    <message>
        <source>%1 set their display name to %2</source>
        <translation>%1 hat den Anzeigenamen auf %2 gesetzt</translation>
    </message>
    <message>
        <source>%1 changed their name to %2</source>
        <translation>%1 heißt jetzt %2</translation>
    </message>
    <message>
        <source>%1 changed their avatar</source>
        <translation>%1 hat das Profilbild geändert</translation>
    </message>
    <message>
        <source>%1 invited %2</source>
        <translation>%1 hat %2 eingeladen</translation>
    </message>
    <message>
        <source>%1 banned %2</source>
        <translation>%1 hat %2 gesperrt</translation>
    </message>
    <message>
        <source>%1 banned %2: %3</source>
        <translation>%1 hat %2 gesperrt: %3</translation>
    </message>
    <message>
        <source>%1 declined the invitation</source>
        <translation>%1 hat die Einladung abgelehnt</translation>
    </message>
    <message>
        <source>%1 withdrew the invitation for %2</source>
        <translation>%1 hat die Einladung für %2 zurückgezogen</translation>
    </message>
    <message>
        <source>%1 unbanned %2</source>
        <translation>%1 hat die Sperre von %2 aufgehoben</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 hat den Raum verlassen</translation>
    </message>
    <message>
        <source>%1 removed %2</source>
        <translation>%1 hat %2 entfernt</translation>
    </message>
    <message>
        <source>%1 removed %2: %3</source>
        <translation>%1 hat %2 entfernt: %3</translation>
    </message>
    <message>
        <source>%1 asked to join</source>
        <translation>%1 möchte beitreten</translation>
    </message>
    <message>
        <source>%1 removed the room name</source>
        <translation>%1 hat den Raumnamen entfernt</translation>
    </message>
    <message>
        <source>%1 changed the room name to %2</source>
        <translation>%1 hat den Raum in %2 umbenannt</translation>
    </message>
    <message>
        <source>%1 removed the topic</source>
        <translation>%1 hat das Thema entfernt</translation>
    </message>
    <message>
        <source>%1 changed the topic to %2</source>
        <translation>%1 hat das Thema auf „%2“ geändert</translation>
    </message>
    <message>
        <source>%1 removed the room avatar</source>
        <translation>%1 hat das Raumbild entfernt</translation>
    </message>
    <message>
        <source>%1 changed the room avatar</source>
        <translation>%1 hat das Raumbild geändert</translation>
    </message>
    <message>
        <source>%1 created the room</source>
        <translation>%1 hat den Raum erstellt</translation>
    </message>
    <message>
        <source>%1 turned on end-to-end encryption</source>
        <translation>%1 hat die Ende-zu-Ende-Verschlüsselung eingeschaltet</translation>
    </message>
    <message>
        <source>%1 started a video call</source>
        <translation>%1 hat einen Videoanruf gestartet</translation>
    </message>
    <message>
        <source>%1 started a voice call</source>
        <translation>%1 hat einen Sprachanruf gestartet</translation>
    </message>
    <message>
        <source>%1 declined the call</source>
        <translation>%1 hat den Anruf abgelehnt</translation>
    </message>
    <message>
        <source>Unanswered call from %1</source>
        <translation>Unbeantworteter Anruf von %1</translation>
    </message>
    <message>
        <source>%1 was busy</source>
        <translation>%1 war besetzt</translation>
    </message>
    <message>
        <source>Call failed: could not connect</source>
        <translation>Anruf fehlgeschlagen: keine Verbindung möglich</translation>
    </message>
    <message>
        <source>%1 ended the call</source>
        <translation>%1 hat den Anruf beendet</translation>
    </message>
    <message>
        <source>%1 ended the call · %2</source>
        <translation>%1 hat den Anruf beendet · %2</translation>
    </message>
    <message>
        <source>%1 asked %2 to verify</source>
        <translation>%1 hat %2 um eine Verifizierung gebeten</translation>
    </message>
    <message>
        <source>Call ended: connection lost · %1</source>
        <translation>Anruf beendet: Verbindung verloren · %1</translation>
    </message>
    <message>
        <source>Call ended: connection lost</source>
        <translation>Anruf beendet: Verbindung verloren</translation>
    </message>
</context>
<context>
    <name>TimelinePane</name>
    <message>
        <source>Choose a room on the left.</source>
        <translation>Wählen Sie links einen Raum.</translation>
    </message>
    <message>
        <source>The message replied to is no longer in this room&apos;s history.</source>
        <translation>Die beantwortete Nachricht ist nicht mehr im Verlauf dieses Raums.</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Drop files to send them to %1</source>
        <translation>Dateien hier ablegen, um sie an %1 zu senden</translation>
    </message>
    <message>
        <source>this room</source>
        <translation>diesen Raum</translation>
    </message>
</context>
<context>
    <name>TransferProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <source>Show Atrium</source>
        <translation>Atrium anzeigen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message numerus="yes">
        <source>Atrium — %n unread</source>
        <translation>
            <numerusform>Atrium — %n ungelesen</numerusform>
            <numerusform>Atrium — %n ungelesen</numerusform>
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
        <translation>%1 schreibt …</translation>
    </message>
    <message>
        <source>%1 and %2 are typing…</source>
        <translation>%1 und %2 schreiben …</translation>
    </message>
    <message>
        <source>%1, %2 and %3 are typing…</source>
        <translation>%1, %2 und %3 schreiben …</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2 and %n others are typing…</source>
        <translation>
            <numerusform>%1, %2 und %n weitere Person schreiben …</numerusform>
            <numerusform>%1, %2 und %n weitere Personen schreiben …</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UndecryptableMessage</name>
    <message>
        <source>Unable to decrypt: %1</source>
        <translation>Entschlüsselung nicht möglich: %1</translation>
    </message>
</context>
<context>
    <name>UserCard</name>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>Send %1 a direct message</source>
        <translation>%1 eine Direktnachricht senden</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Role of %1</source>
        <translation>Rolle von %1</translation>
    </message>
    <message>
        <source>Custom (%1)</source>
        <translation>Benutzerdefiniert (%1)</translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation>Moderator</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Remove %1 from the room</source>
        <translation>%1 aus dem Raum entfernen</translation>
    </message>
    <message>
        <source>Remove from room</source>
        <translation>Aus dem Raum entfernen</translation>
    </message>
    <message>
        <source>Verify %1</source>
        <translation>%1 verifizieren</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Verifizieren</translation>
    </message>
</context>
<context>
    <name>VerificationDialog</name>
    <message>
        <source>your session %1</source>
        <translation>deine Sitzung %1</translation>
    </message>
    <message>
        <source>%1 (session %2)</source>
        <translation>%1 (Sitzung %2)</translation>
    </message>
    <message>
        <source>Verify a session</source>
        <translation>Sitzung verifizieren</translation>
    </message>
    <message>
        <source>%1 wants to verify this session.</source>
        <translation>%1 möchte diese Sitzung verifizieren.</translation>
    </message>
    <message>
        <source>Waiting for %1 to accept…</source>
        <translation>Warte, bis %1 annimmt…</translation>
    </message>
    <message>
        <source>Compare these emoji with the ones %1 shows, in the same order.</source>
        <translation>Vergleiche diese Emoji mit denen, die %1 zeigt, in derselben Reihenfolge.</translation>
    </message>
    <message>
        <source>Waiting for %1 to confirm…</source>
        <translation>Warte auf die Bestätigung von %1…</translation>
    </message>
    <message>
        <source>Verified: %1 can be trusted with your encrypted messages.</source>
        <translation>Verifiziert: %1 kann deinen verschlüsselten Nachrichten vertraut werden.</translation>
    </message>
    <message>
        <source>Verification cancelled: %1</source>
        <translation>Verifizierung abgebrochen: %1</translation>
    </message>
    <message>
        <source>Verification cancelled.</source>
        <translation>Verifizierung abgebrochen.</translation>
    </message>
    <message>
        <source>or the numbers %1</source>
        <translation>oder die Zahlen %1</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>They don&apos;t match</source>
        <translation>Sie stimmen nicht überein</translation>
    </message>
    <message>
        <source>They match</source>
        <translation>Sie stimmen überein</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>VerifiedBadge</name>
    <message>
        <source>Verified</source>
        <translation>Verifiziert</translation>
    </message>
</context>
<context>
    <name>VideoContent</name>
    <message>
        <source>Could not load the video</source>
        <translation>Das Video konnte nicht geladen werden</translation>
    </message>
    <message>
        <source>Video: %1</source>
        <translation>Video: %1</translation>
    </message>
    <message>
        <source>Play %1 full size</source>
        <translation>%1 in voller Größe abspielen</translation>
    </message>
    <message>
        <source>Full size</source>
        <translation>Volle Größe</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Cancel downloading %1</source>
        <translation>Herunterladen von %1 abbrechen</translation>
    </message>
</context>
<context>
    <name>atrium::calls::WebRtcSession</name>
    <message>
        <source>the remote description was refused: %1</source>
        <translation>die Sitzungsbeschreibung der Gegenseite wurde abgelehnt: %1</translation>
    </message>
    <message>
        <source>GStreamer elements missing: %1</source>
        <translation>fehlende GStreamer-Elemente: %1</translation>
    </message>
    <message>
        <source>could not build the call pipeline: %1</source>
        <translation>die Anruf-Pipeline konnte nicht aufgebaut werden: %1</translation>
    </message>
    <message>
        <source>could not make the call&apos;s microphone or camera source</source>
        <translation>Mikrofon- oder Kameraquelle des Anrufs konnte nicht erstellt werden</translation>
    </message>
    <message>
        <source>could not start the call pipeline (no microphone or camera?)</source>
        <translation>die Anruf-Pipeline konnte nicht starten (kein Mikrofon oder keine Kamera?)</translation>
    </message>
    <message>
        <source>the offer has no Opus audio</source>
        <translation>das Angebot enthält kein Opus-Audio</translation>
    </message>
    <message>
        <source>the %1 is not a usable session description</source>
        <translation>die %1 ist keine brauchbare Sitzungsbeschreibung</translation>
    </message>
    <message>
        <source>the connection was lost (ICE failed)</source>
        <translation>die Verbindung ist abgebrochen (ICE fehlgeschlagen)</translation>
    </message>
    <message>
        <source>could not connect (ICE failed)</source>
        <translation>keine Verbindung möglich (ICE fehlgeschlagen)</translation>
    </message>
    <message>
        <source>the connection was lost (nothing heard from the other side for %1 s)</source>
        <translation>die Verbindung ist abgebrochen (seit %1 s nichts von der Gegenseite)</translation>
    </message>
</context>
<context>
    <name>atrium::matrix::ServerDiscovery</name>
    <message>
        <source>&quot;%1&quot; is not a server name, URL or user id</source>
        <translation>„%1“ ist kein Servername, keine URL und keine Benutzer-ID</translation>
    </message>
    <message>
        <source>server discovery failed: %1</source>
        <translation>Servererkennung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>the server&apos;s .well-known/matrix/client names no valid homeserver</source>
        <translation>.well-known/matrix/client des Servers nennt keinen gültigen Homeserver</translation>
    </message>
    <message>
        <source>%1 is not reachable as a Matrix homeserver: %2</source>
        <translation>%1 ist als Matrix-Homeserver nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>%1 does not answer like a Matrix homeserver</source>
        <translation>%1 antwortet nicht wie ein Matrix-Homeserver</translation>
    </message>
</context>
<context>
    <name>atrium::media::MediaDownload</name>
    <message>
        <source>not a valid mxc URI</source>
        <translation>keine gültige mxc-URI</translation>
    </message>
    <message>
        <source>a download needs a destination</source>
        <translation>ein Download braucht ein Ziel</translation>
    </message>
    <message>
        <source>no such folder: %1</source>
        <translation>Ordner nicht vorhanden: %1</translation>
    </message>
    <message>
        <source>%1 is a folder</source>
        <translation>%1 ist ein Ordner</translation>
    </message>
    <message>
        <source>cannot write in %1: %2</source>
        <translation>in %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>the server has no such file</source>
        <translation>der Server hat diese Datei nicht</translation>
    </message>
    <message>
        <source>download failed: %1</source>
        <translation>Download fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot write in %1</source>
        <translation>in %1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>cannot replace %1</source>
        <translation>%1 kann nicht ersetzt werden</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>too large to show (%1)</source>
        <translation>zu groß zum Anzeigen (%1)</translation>
    </message>
</context>
<context>
    <name>atrium::media::MediaTransfer</name>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>atrium::media::MediaUpload</name>
    <message>
        <source>cannot read %1</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1 is %2; this server accepts files up to %3</source>
        <translation>%1 ist %2 groß; dieser Server nimmt Dateien bis %3 an</translation>
    </message>
    <message>
        <source>cannot create a temporary file: %1</source>
        <translation>temporäre Datei kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the server refused %1 as too large (%2)</source>
        <translation>der Server hat %1 als zu groß abgelehnt (%2)</translation>
    </message>
    <message>
        <source>upload failed: %1</source>
        <translation>Hochladen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>the server&apos;s upload answer has no valid content_uri</source>
        <translation>die Antwort des Servers auf das Hochladen enthält keine gültige content_uri</translation>
    </message>
</context>
<context>
    <name>atrium::models::CallAlert</name>
    <message>
        <source>Incoming video call</source>
        <translation>Eingehender Videoanruf</translation>
    </message>
    <message>
        <source>Incoming voice call</source>
        <translation>Eingehender Sprachanruf</translation>
    </message>
    <message>
        <source>%1 is calling</source>
        <translation>%1 ruft an</translation>
    </message>
</context>
<context>
    <name>atrium::models::CallController</name>
    <message>
        <source>Calls are possible once you are signed in.</source>
        <translation>Anrufe sind nach der Anmeldung möglich.</translation>
    </message>
    <message>
        <source>You are already in a call.</source>
        <translation>Sie sind bereits in einem Anruf.</translation>
    </message>
    <message>
        <source>Open a room to call.</source>
        <translation>Öffnen Sie einen Raum, um anzurufen.</translation>
    </message>
    <message>
        <source>There is nobody else in this room to call.</source>
        <translation>In diesem Raum ist niemand sonst, den Sie anrufen können.</translation>
    </message>
    <message>
        <source>Calls work in direct chats and rooms of two people.</source>
        <translation>Anrufe funktionieren in Direktchats und Räumen mit zwei Personen.</translation>
    </message>
    <message>
        <source>Calls need GStreamer elements that are missing: %1</source>
        <translation>Für Anrufe fehlen GStreamer-Elemente: %1</translation>
    </message>
    <message>
        <source>No microphone or camera found: the other side can neither hear nor see you.</source>
        <translation>Kein Mikrofon und keine Kamera gefunden: Die Gegenseite kann Sie weder hören noch sehen.</translation>
    </message>
    <message>
        <source>No microphone found: the other side cannot hear you.</source>
        <translation>Kein Mikrofon gefunden: Die Gegenseite kann Sie nicht hören.</translation>
    </message>
    <message>
        <source>No camera found: the other side cannot see you.</source>
        <translation>Keine Kamera gefunden: Die Gegenseite kann Sie nicht sehen.</translation>
    </message>
    <message>
        <source>Call failed: %1</source>
        <translation>Anruf fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>the microphone or camera could not be used</source>
        <translation>Mikrofon oder Kamera konnten nicht verwendet werden</translation>
    </message>
    <message>
        <source>Answered on another device</source>
        <translation>Auf einem anderen Gerät angenommen</translation>
    </message>
    <message>
        <source>%1 is busy</source>
        <translation>%1 ist besetzt</translation>
    </message>
    <message>
        <source>%1 declined the call</source>
        <translation>%1 hat den Anruf abgelehnt</translation>
    </message>
    <message>
        <source>Call declined</source>
        <translation>Anruf abgelehnt</translation>
    </message>
    <message>
        <source>Missed call</source>
        <translation>Verpasster Anruf</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Keine Antwort</translation>
    </message>
    <message>
        <source>Call ended · %1</source>
        <translation>Anruf beendet · %1</translation>
    </message>
    <message>
        <source>Call cancelled</source>
        <translation>Anruf abgebrochen</translation>
    </message>
    <message>
        <source>Call ended</source>
        <translation>Anruf beendet</translation>
    </message>
    <message>
        <source>Connection lost · %1</source>
        <translation>Verbindung verloren · %1</translation>
    </message>
    <message>
        <source>%1 was unplugged: the default camera takes its place.</source>
        <translation>%1 wurde getrennt: Die Standardkamera wird stattdessen verwendet.</translation>
    </message>
    <message>
        <source>%1 was unplugged: the default microphone takes its place.</source>
        <translation>%1 wurde getrennt: Das Standardmikrofon wird stattdessen verwendet.</translation>
    </message>
    <message>
        <source>%1 stopped working: the default camera takes its place.</source>
        <translation>%1 funktioniert nicht mehr: Die Standardkamera wird stattdessen verwendet.</translation>
    </message>
    <message>
        <source>%1 stopped working: the default microphone takes its place.</source>
        <translation>%1 funktioniert nicht mehr: Das Standardmikrofon wird stattdessen verwendet.</translation>
    </message>
    <message>
        <source>Screen sharing needs the GStreamer element ximagesrc (gstreamer1.0-plugins-good).</source>
        <translation>Für die Bildschirmfreigabe wird das GStreamer-Element ximagesrc (gstreamer1.0-plugins-good) benötigt.</translation>
    </message>
    <message>
        <source>Your screen could not be captured.</source>
        <translation>Ihr Bildschirm konnte nicht aufgenommen werden.</translation>
    </message>
    <message>
        <source>Screen sharing stopped: your screen could not be captured.</source>
        <translation>Bildschirmfreigabe beendet: Ihr Bildschirm konnte nicht aufgenommen werden.</translation>
    </message>
    <message>
        <source>The camera could not be turned on.</source>
        <translation>Die Kamera konnte nicht eingeschaltet werden.</translation>
    </message>
    <message>
        <source>Screen sharing on Wayland needs the desktop portal (xdg-desktop-portal, with the backend for your desktop).</source>
        <translation>Bildschirmfreigabe unter Wayland braucht das Desktop-Portal (xdg-desktop-portal mit dem Backend für Ihren Desktop).</translation>
    </message>
    <message>
        <source>Screen sharing on Wayland needs the GStreamer element pipewiresrc (gstreamer1.0-pipewire).</source>
        <translation>Bildschirmfreigabe unter Wayland braucht das GStreamer-Element pipewiresrc (gstreamer1.0-pipewire).</translation>
    </message>
    <message>
        <source>Screen sharing could not start: %1</source>
        <translation>Bildschirmfreigabe konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>%1&apos;s app did not answer in time: they may not see your change.</source>
        <translation>Die App von %1 hat nicht rechtzeitig geantwortet: Ihre Änderung kommt dort vielleicht nicht an.</translation>
    </message>
    <message>
        <source>not even through your server&apos;s relay (TURN)</source>
        <translation>auch nicht über das Relay Ihres Servers (TURN)</translation>
    </message>
    <message>
        <source>no direct path, and your server offers no relay (TURN)</source>
        <translation>kein direkter Weg, und Ihr Server bietet kein Relay (TURN)</translation>
    </message>
    <message>
        <source>Call failed: could not connect (%1)</source>
        <translation>Anruf fehlgeschlagen: keine Verbindung möglich (%1)</translation>
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
        <translation>keines</translation>
    </message>
    <message>
        <source>%1 sent, %2 received</source>
        <translation>%1 gesendet, %2 empfangen</translation>
    </message>
</context>
<context>
    <name>atrium::models::DesktopNotifier</name>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Ablehnen</translation>
    </message>
</context>
<context>
    <name>atrium::models::DevicesController</name>
    <message>
        <source>Could not list the sessions: %1</source>
        <translation>Die Sitzungen konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>Could not rename the session: %1</source>
        <translation>Die Sitzung konnte nicht umbenannt werden: %1</translation>
    </message>
    <message>
        <source>This session is signed out with “Sign out”, not from the list.</source>
        <translation>Diese Sitzung wird mit „Abmelden“ abgemeldet, nicht aus der Liste.</translation>
    </message>
    <message>
        <source>The server asks for a way of signing in Atrium does not support; sign the session out with another client.</source>
        <translation>Der Server verlangt eine Anmeldeart, die Atrium nicht unterstützt; melden Sie die Sitzung mit einem anderen Client ab.</translation>
    </message>
    <message>
        <source>Could not sign the session out: %1</source>
        <translation>Die Sitzung konnte nicht abgemeldet werden: %1</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Geben Sie Ihr Passwort ein.</translation>
    </message>
    <message>
        <source>Wrong password.</source>
        <translation>Falsches Passwort.</translation>
    </message>
</context>
<context>
    <name>atrium::models::MediaController</name>
    <message>
        <source>unknown image</source>
        <translation>unbekanntes Bild</translation>
    </message>
    <message>
        <source>not signed in</source>
        <translation>nicht angemeldet</translation>
    </message>
    <message>
        <source>the file&apos;s key is not valid: %1</source>
        <translation>der Schlüssel der Datei ist ungültig: %1</translation>
    </message>
    <message>
        <source>signed out</source>
        <translation>abgemeldet</translation>
    </message>
    <message>
        <source>This file cannot be downloaded.</source>
        <translation>Diese Datei kann nicht heruntergeladen werden.</translation>
    </message>
    <message>
        <source>The file&apos;s key is not valid: %1</source>
        <translation>Der Schlüssel der Datei ist ungültig: %1</translation>
    </message>
    <message>
        <source>Could not download %1: %2</source>
        <translation>%1 konnte nicht heruntergeladen werden: %2</translation>
    </message>
    <message>
        <source>%1 could run programs on this computer. Save it instead, and open it only if you trust it.</source>
        <translation>%1 könnte Programme auf diesem Computer ausführen. Speichern Sie die Datei stattdessen und öffnen Sie sie nur, wenn Sie ihr vertrauen.</translation>
    </message>
    <message>
        <source>Cannot write in %1</source>
        <translation>In %1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>%1 is a program, whatever its name says. Save it instead, and open it only if you trust it.</source>
        <translation>%1 ist ein Programm, was auch immer der Name sagt. Speichern Sie die Datei stattdessen und öffnen Sie sie nur, wenn Sie ihr vertrauen.</translation>
    </message>
    <message>
        <source>No application opens %1.</source>
        <translation>Keine Anwendung öffnet %1.</translation>
    </message>
    <message>
        <source>Only files on this computer can be sent.</source>
        <translation>Nur Dateien auf diesem Computer können gesendet werden.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message>
        <source>too large to play here (%1); save it to play it</source>
        <translation>zu groß, um hier abgespielt zu werden (%1); speichern Sie die Datei, um sie abzuspielen</translation>
    </message>
    <message>
        <source>%1 is %2; this server accepts files up to %3.</source>
        <translation>%1 ist %2 groß; dieser Server nimmt Dateien bis %3 an.</translation>
    </message>
</context>
<context>
    <name>atrium::models::MemberListModel</name>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation>Moderator</translation>
    </message>
    <message>
        <source>Custom (%1)</source>
        <translation>Benutzerdefiniert (%1)</translation>
    </message>
</context>
<context>
    <name>atrium::models::OwnProfile</name>
    <message>
        <source>Could not change your name: %1</source>
        <translation>Ihr Name konnte nicht geändert werden: %1</translation>
    </message>
    <message>
        <source>Could not upload your avatar: %1</source>
        <translation>Ihr Profilbild konnte nicht hochgeladen werden: %1</translation>
    </message>
    <message>
        <source>Could not change your avatar: %1</source>
        <translation>Ihr Profilbild konnte nicht geändert werden: %1</translation>
    </message>
</context>
<context>
    <name>atrium::models::PublicRoomsModel</name>
    <message>
        <source>Could not read the room directory: %1</source>
        <translation>Das Raumverzeichnis konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>atrium::models::RoomInfo</name>
    <message>
        <source>Changing this needs power level %1 (%2); yours is %3.</source>
        <translation>Dafür ist die Berechtigungsstufe %1 (%2) nötig; Ihre ist %3.</translation>
    </message>
    <message>
        <source>everyone</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>Inviting needs power level %1; yours is %2.</source>
        <translation>Einladen erfordert die Berechtigungsstufe %1; Ihre ist %2.</translation>
    </message>
    <message>
        <source>Could not save the room&apos;s settings: %1</source>
        <translation>Die Raumeinstellungen konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Could not upload the avatar: %1</source>
        <translation>Das Bild konnte nicht hochgeladen werden: %1</translation>
    </message>
    <message>
        <source>Could not change the avatar: %1</source>
        <translation>Das Bild konnte nicht geändert werden: %1</translation>
    </message>
    <message>
        <source>Could not change the notification level: %1</source>
        <translation>Die Benachrichtigungsstufe konnte nicht geändert werden: %1</translation>
    </message>
    <message>
        <source>Enter a user id like @ann:example.org.</source>
        <translation>Geben Sie eine Benutzer-ID wie @ann:example.org ein.</translation>
    </message>
    <message>
        <source>Could not invite %1: %2</source>
        <translation>%1 konnte nicht eingeladen werden: %2</translation>
    </message>
    <message>
        <source>Could not remove %1: %2</source>
        <translation>%1 konnte nicht entfernt werden: %2</translation>
    </message>
    <message>
        <source>You cannot give a level above your own (%1).</source>
        <translation>Sie können keine höhere Stufe als Ihre eigene (%1) vergeben.</translation>
    </message>
    <message>
        <source>Could not change the role of %1: %2</source>
        <translation>Die Rolle von %1 konnte nicht geändert werden: %2</translation>
    </message>
</context>
<context>
    <name>atrium::models::RoomListModel</name>
    <message>
        <source>🔒 Encrypted message</source>
        <translation>🔒 Verschlüsselte Nachricht</translation>
    </message>
    <message>
        <source>Message deleted</source>
        <translation>Nachricht gelöscht</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Du</translation>
    </message>
</context>
<context>
    <name>atrium::models::ScreenCastPortal</name>
    <message>
        <source>The desktop portal cannot share screens here (%1).</source>
        <translation>Das Desktop-Portal kann hier keine Bildschirme freigeben (%1).</translation>
    </message>
    <message>
        <source>The desktop portal offers no screens or windows to share.</source>
        <translation>Das Desktop-Portal bietet keine Bildschirme oder Fenster zum Freigeben an.</translation>
    </message>
    <message>
        <source>The desktop portal opened no session.</source>
        <translation>Das Desktop-Portal hat keine Sitzung geöffnet.</translation>
    </message>
    <message>
        <source>The desktop portal started no stream.</source>
        <translation>Das Desktop-Portal hat keinen Stream gestartet.</translation>
    </message>
    <message>
        <source>The desktop portal gave no access to the screen&apos;s stream (%1).</source>
        <translation>Das Desktop-Portal hat keinen Zugriff auf den Stream des Bildschirms gegeben (%1).</translation>
    </message>
    <message>
        <source>The desktop portal refused to share the screen (%1).</source>
        <translation>Das Desktop-Portal hat die Bildschirmfreigabe abgelehnt (%1).</translation>
    </message>
    <message>
        <source>The desktop portal could not share the screen.</source>
        <translation>Das Desktop-Portal konnte den Bildschirm nicht freigeben.</translation>
    </message>
</context>
<context>
    <name>atrium::models::SecurityController</name>
    <message>
        <source>Enter your password.</source>
        <translation>Geben Sie Ihr Passwort ein.</translation>
    </message>
    <message numerus="yes">
        <source>Restored %n of %1 message keys.</source>
        <translation>
            <numerusform>%n von %1 Nachrichtenschlüsseln wiederhergestellt.</numerusform>
            <numerusform>%n von %1 Nachrichtenschlüsseln wiederhergestellt.</numerusform>
        </translation>
    </message>
    <message>
        <source>This session is now verified with your cross-signing keys.</source>
        <translation>Diese Sitzung ist jetzt mit deinen Cross-Signing-Schlüsseln verifiziert.</translation>
    </message>
    <message numerus="yes">
        <source>Restored %n message key(s) from the key backup.</source>
        <translation>
            <numerusform>%n Nachrichtenschlüssel aus der Schlüsselsicherung wiederhergestellt.</numerusform>
            <numerusform>%n Nachrichtenschlüssel aus der Schlüsselsicherung wiederhergestellt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atrium::models::SessionController</name>
    <message>
        <source>Enter a user name and a password.</source>
        <translation>Geben Sie einen Benutzernamen und ein Passwort ein.</translation>
    </message>
    <message>
        <source>Enter a homeserver, or a full user id such as @ann:example.org.</source>
        <translation>Geben Sie einen Homeserver oder eine vollständige Benutzer-ID wie @ann:example.org ein.</translation>
    </message>
    <message>
        <source>Could not join: %1</source>
        <translation>Beitritt nicht möglich: %1</translation>
    </message>
    <message>
        <source>Could not decline: %1</source>
        <translation>Ablehnen nicht möglich: %1</translation>
    </message>
    <message>
        <source>Could not change the room&apos;s tags: %1</source>
        <translation>Die Markierungen des Raums konnten nicht geändert werden: %1</translation>
    </message>
    <message>
        <source>Not sent: you are signed out, or the message could not be saved for sending.</source>
        <translation>Nicht gesendet: Sie sind abgemeldet, oder die Nachricht konnte nicht zum Senden gespeichert werden.</translation>
    </message>
    <message>
        <source>You are not signed in.</source>
        <translation>Sie sind nicht angemeldet.</translation>
    </message>
    <message>
        <source>Give the room a name.</source>
        <translation>Geben Sie dem Raum einen Namen.</translation>
    </message>
    <message>
        <source>Could not create the room: %1</source>
        <translation>Der Raum konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>Enter a room address like #room:example.org, or a room id like !id:example.org.</source>
        <translation>Geben Sie eine Raumadresse wie #raum:example.org oder eine Raum-ID wie !id:example.org ein.</translation>
    </message>
    <message>
        <source>Could not join %1: %2</source>
        <translation>Beitritt zu %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Could not leave: %1</source>
        <translation>Verlassen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1 is not someone you can message.</source>
        <translation>%1 können Sie keine Nachricht senden.</translation>
    </message>
    <message>
        <source>Could not start a chat with %1: %2</source>
        <translation>Der Chat mit %1 konnte nicht begonnen werden: %2</translation>
    </message>
    <message>
        <source>The chat with %1 was created but could not be marked as direct: %2</source>
        <translation>Der Chat mit %1 wurde erstellt, konnte aber nicht als Direktchat markiert werden: %2</translation>
    </message>
</context>
<context>
    <name>atrium::models::TimelineModel</name>
    <message>
        <source>message deleted</source>
        <translation>Nachricht gelöscht</translation>
    </message>
    <message>
        <source>Your reaction %1</source>
        <translation>Ihre Reaktion %1</translation>
    </message>
    <message>
        <source>Deleting a message</source>
        <translation>Eine Nachricht wird gelöscht</translation>
    </message>
    <message>
        <source>Your edit: %1</source>
        <translation>Ihre Änderung: %1</translation>
    </message>
    <message>
        <source>Unable to decrypt this message</source>
        <translation>Diese Nachricht kann nicht entschlüsselt werden</translation>
    </message>
    <message>
        <source>this device does not have the key</source>
        <translation>diesem Gerät fehlt der Schlüssel</translation>
    </message>
    <message>
        <source>the sender&apos;s key for this message has not arrived</source>
        <translation>der Schlüssel des Absenders für diese Nachricht ist noch nicht angekommen</translation>
    </message>
    <message>
        <source>this device received the key only from a later message on</source>
        <translation>dieses Gerät hat den Schlüssel erst ab einer späteren Nachricht erhalten</translation>
    </message>
    <message>
        <source>refused: this message was sent before, as another event</source>
        <translation>abgelehnt: diese Nachricht wurde schon einmal als anderes Ereignis gesendet</translation>
    </message>
    <message>
        <source>refused: the message was encrypted for another room</source>
        <translation>abgelehnt: die Nachricht wurde für einen anderen Raum verschlüsselt</translation>
    </message>
    <message>
        <source>the encrypted message is malformed</source>
        <translation>die verschlüsselte Nachricht ist fehlerhaft</translation>
    </message>
    <message>
        <source>cannot decrypt: %1</source>
        <translation>Entschlüsselung nicht möglich: %1</translation>
    </message>
</context>
<context>
    <name>atrium::models::UserDirectoryModel</name>
    <message>
        <source>Could not search the user directory: %1</source>
        <translation>Das Benutzerverzeichnis konnte nicht durchsucht werden: %1</translation>
    </message>
</context>
<context>
    <name>atrium::models::VerificationController</name>
    <message>
        <source>The verification is no longer running.</source>
        <translation>Die Verifizierung läuft nicht mehr.</translation>
    </message>
    <message>
        <source>The emoji did not match.</source>
        <translation>Die Emojis stimmten nicht überein.</translation>
    </message>
    <message>
        <source>The verification took too long.</source>
        <translation>Die Verifizierung hat zu lange gedauert.</translation>
    </message>
    <message>
        <source>The other side cancelled.</source>
        <translation>Die Gegenseite hat abgebrochen.</translation>
    </message>
    <message>
        <source>You cancelled.</source>
        <translation>Sie haben abgebrochen.</translation>
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
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>the file %1 (readable only by you; no keychain in use)</source>
        <translation>die Datei %1 (nur für Sie lesbar; kein Schlüsselbund in Gebrauch)</translation>
    </message>
</context>
<context>
    <name>atrium::store::KeychainSecretStore</name>
    <message>
        <source>the system keychain</source>
        <translation>der Schlüsselbund des Systems</translation>
    </message>
</context>
<context>
    <name>atrium::sync::CrossSigningSetup</name>
    <message>
        <source>Could not read the published keys: %1</source>
        <translation>Die veröffentlichten Schlüssel konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cross-signing is already set up by another session. Verify this session from it, or reset cross-signing.</source>
        <translation>Cross-Signing wurde bereits von einer anderen Sitzung eingerichtet. Verifiziere diese Sitzung von dort aus oder setze Cross-Signing zurück.</translation>
    </message>
    <message>
        <source>Could not prepare the keys: %1</source>
        <translation>Die Schlüssel konnten nicht vorbereitet werden: %1</translation>
    </message>
    <message>
        <source>Could not publish the cross-signing keys: %1</source>
        <translation>Die Cross-Signing-Schlüssel konnten nicht veröffentlicht werden: %1</translation>
    </message>
    <message>
        <source>The server asks for a way of signing in Atrium does not support.</source>
        <translation>Der Server verlangt eine Anmeldeart, die Atrium nicht unterstützt.</translation>
    </message>
    <message>
        <source>Wrong password.</source>
        <translation>Falsches Passwort.</translation>
    </message>
    <message>
        <source>The cross-signing keys could not be saved on this device.</source>
        <translation>Die Cross-Signing-Schlüssel konnten auf diesem Gerät nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Could not publish the signatures: %1</source>
        <translation>Die Signaturen konnten nicht veröffentlicht werden: %1</translation>
    </message>
    <message>
        <source>The server refused the signatures.</source>
        <translation>Der Server hat die Signaturen abgelehnt.</translation>
    </message>
</context>
<context>
    <name>atrium::sync::EncryptionService</name>
    <message>
        <source>could not load the room&apos;s members to share its key</source>
        <translation>die Mitglieder des Raums konnten nicht geladen werden, um seinen Schlüssel zu teilen</translation>
    </message>
</context>
<context>
    <name>atrium::sync::KeyBackup</name>
    <message>
        <source>Could not make a backup key: %1</source>
        <translation>Es konnte kein Sicherungsschlüssel erzeugt werden: %1</translation>
    </message>
    <message>
        <source>Could not create the backup: %1</source>
        <translation>Die Sicherung konnte nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>The backup key could not be saved here.</source>
        <translation>Der Sicherungsschlüssel konnte hier nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>the backup state could not be saved</source>
        <translation>der Stand der Sicherung konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>That recovery key cannot be read: %1</source>
        <translation>Dieser Wiederherstellungsschlüssel ist nicht lesbar: %1</translation>
    </message>
    <message>
        <source>There is no key backup on the server.</source>
        <translation>Auf dem Server gibt es keine Schlüsselsicherung.</translation>
    </message>
    <message>
        <source>Could not read the backup: %1</source>
        <translation>Die Sicherung konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>This recovery key does not belong to the current backup.</source>
        <translation>Dieser Wiederherstellungsschlüssel gehört nicht zur aktuellen Sicherung.</translation>
    </message>
</context>
<context>
    <name>atrium::sync::RoomHistory</name>
    <message>
        <source>could not store the room&apos;s history</source>
        <translation>der Verlauf des Raums konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>could not store the member list</source>
        <translation>die Mitgliederliste konnte nicht gespeichert werden</translation>
    </message>
</context>
<context>
    <name>atrium::sync::RoomKeyDistributor</name>
    <message>
        <source>cannot start an encryption session for this room</source>
        <translation>für diesen Raum kann keine Verschlüsselungssitzung gestartet werden</translation>
    </message>
</context>
<context>
    <name>atrium::sync::SecretStorage</name>
    <message>
        <source>Could not read secret storage: %1</source>
        <translation>Der geheime Speicher konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Secret storage is already set up for this account. Unlock it with its recovery key, or replace it.</source>
        <translation>Für dieses Konto ist bereits ein geheimer Speicher eingerichtet. Entsperre ihn mit seinem Wiederherstellungsschlüssel oder ersetze ihn.</translation>
    </message>
    <message>
        <source>The key backup could not be checked: %1</source>
        <translation>Die Schlüsselsicherung konnte nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>The key backup on the server was made by another session. Restore it here, then set up secret storage again to keep its key.</source>
        <translation>Die Schlüsselsicherung auf dem Server stammt von einer anderen Sitzung. Stelle sie hier wieder her und richte dann den geheimen Speicher erneut ein, um ihren Schlüssel aufzubewahren.</translation>
    </message>
    <message>
        <source>No key backup was made: %1</source>
        <translation>Es wurde keine Schlüsselsicherung angelegt: %1</translation>
    </message>
    <message>
        <source>Could not save secret storage: %1</source>
        <translation>Der geheime Speicher konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Secret storage is not set up for this account.</source>
        <translation>Für dieses Konto ist kein geheimer Speicher eingerichtet.</translation>
    </message>
    <message>
        <source>That recovery key or passphrase is wrong.</source>
        <translation>Dieser Wiederherstellungsschlüssel oder diese Passphrase ist falsch.</translation>
    </message>
    <message>
        <source>Some secrets could not be decrypted; they may have been changed.</source>
        <translation>Einige Geheimnisse konnten nicht entschlüsselt werden; sie wurden möglicherweise verändert.</translation>
    </message>
    <message>
        <source>Could not read the published keys: %1</source>
        <translation>Die veröffentlichten Schlüssel konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Could not keep the cross-signing keys: %1</source>
        <translation>Die Cross-Signing-Schlüssel konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The cross-signing keys in secret storage are not the ones the account uses now.</source>
        <translation>Die Cross-Signing-Schlüssel im geheimen Speicher sind nicht die, die das Konto jetzt verwendet.</translation>
    </message>
    <message>
        <source>The server refused this session&apos;s signature.</source>
        <translation>Der Server hat die Signatur dieser Sitzung abgelehnt.</translation>
    </message>
    <message>
        <source>History could not be restored from the key backup: %1</source>
        <translation>Der Verlauf konnte nicht aus der Schlüsselsicherung wiederhergestellt werden: %1</translation>
    </message>
</context>
<context>
    <name>atrium::sync::SendQueue</name>
    <message>
        <source>this client cannot upload files</source>
        <translation>dieser Client kann keine Dateien hochladen</translation>
    </message>
</context>
<context>
    <name>atrium::sync::Session</name>
    <message>
        <source>wrong user name or password</source>
        <translation>falscher Benutzername oder falsches Passwort</translation>
    </message>
    <message>
        <source>cannot reach %1: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>the server&apos;s sign-in answer lacks a user id or access token</source>
        <translation>der Antwort des Servers auf die Anmeldung fehlt eine Benutzer-ID oder ein Zugangstoken</translation>
    </message>
    <message>
        <source>cannot save the session in %1: %2</source>
        <translation>die Sitzung kann nicht in %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>signed in, but cannot keep the access token: %1</source>
        <translation>angemeldet, aber das Zugangstoken kann nicht aufbewahrt werden: %1</translation>
    </message>
    <message>
        <source>no saved session in %1; sign in first</source>
        <translation>keine gespeicherte Sitzung in %1; bitte zuerst anmelden</translation>
    </message>
    <message>
        <source>the access token for %1 is missing from %2; sign in again</source>
        <translation>das Zugangstoken für %1 fehlt in %2; bitte erneut anmelden</translation>
    </message>
    <message>
        <source>cannot open the local store: %1</source>
        <translation>der lokale Speicher kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>cannot keep the encryption key: %1</source>
        <translation>der Verschlüsselungsschlüssel kann nicht aufbewahrt werden: %1</translation>
    </message>
    <message>
        <source>not signed in</source>
        <translation>nicht angemeldet</translation>
    </message>
    <message>
        <source>%1 does not offer signing in with a password, only %2, which Atrium cannot do yet</source>
        <translation>%1 bietet keine Anmeldung mit Passwort an, nur %2, was Atrium noch nicht kann</translation>
    </message>
    <message>
        <source>single sign-on</source>
        <translation>Single Sign-On</translation>
    </message>
    <message>
        <source>a login token</source>
        <translation>ein Anmelde-Token</translation>
    </message>
    <message>
        <source>%1 asks for more than a user name and password to create an account; create it on the server&apos;s own site, then sign in here</source>
        <translation>%1 verlangt zum Anlegen eines Kontos mehr als Benutzername und Passwort; legen Sie es auf der Website des Servers an und melden Sie sich dann hier an</translation>
    </message>
</context>
<context>
    <name>atrium::sync::VerificationService</name>
    <message>
        <source>no keys are known for device %1 of %2</source>
        <translation>für Gerät %1 von %2 sind keine Schlüssel bekannt</translation>
    </message>
    <message>
        <source>cannot reach the server: %1</source>
        <translation>der Server ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>the verified device could not be saved</source>
        <translation>das verifizierte Gerät konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>this device has no keys to verify with yet</source>
        <translation>dieses Gerät hat noch keine Schlüssel zum Verifizieren</translation>
    </message>
</context>
</TS>
