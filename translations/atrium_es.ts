<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>ApiError</name>
    <message>
        <source>cannot reach the server: %1</source>
        <translation>no se puede conectar con el servidor: %1</translation>
    </message>
    <message>
        <source>the server did not answer in time</source>
        <translation>el servidor no respondió a tiempo</translation>
    </message>
    <message>
        <source>the server sent an unexpected answer: %1</source>
        <translation>el servidor envió una respuesta inesperada: %1</translation>
    </message>
</context>
<context>
    <name>Attachment</name>
    <message>
        <source>Waiting…</source>
        <translation>En espera…</translation>
    </message>
    <message>
        <source>Cancel sending %1</source>
        <translation>Cancelar el envío de %1</translation>
    </message>
</context>
<context>
    <name>AttachmentPreview</name>
    <message numerus="yes">
        <source>Send %n file(s) to %1</source>
        <translation>
            <numerusform>Enviar %n archivo a %1</numerusform>
            <numerusform>Enviar %n archivos a %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send %n file(s)</source>
        <translation>
            <numerusform>Enviar %n archivo</numerusform>
            <numerusform>Enviar %n archivos</numerusform>
        </translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Leyenda</translation>
    </message>
    <message>
        <source>Add a caption (optional)</source>
        <translation>Añade una leyenda (opcional)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
</context>
<context>
    <name>AudioContent</name>
    <message>
        <source>Could not load the file</source>
        <translation>No se pudo cargar el archivo</translation>
    </message>
    <message>
        <source>Audio: %1</source>
        <translation>Audio: %1</translation>
    </message>
    <message>
        <source>No sound device: save the file to play it elsewhere</source>
        <translation>No hay dispositivo de sonido: guarda el archivo para reproducirlo en otro sitio</translation>
    </message>
    <message>
        <source>Cancel downloading %1</source>
        <translation>Cancelar la descarga de %1</translation>
    </message>
</context>
<context>
    <name>AvatarFile</name>
    <message>
        <source>There is no file at %1.</source>
        <translation>No hay ningún archivo en %1.</translation>
    </message>
    <message>
        <source>%1 is not an image.</source>
        <translation>%1 no es una imagen.</translation>
    </message>
</context>
<context>
    <name>CallBar</name>
    <message>
        <source>In call with %1 · %2</source>
        <translation>En llamada con %1 · %2</translation>
    </message>
    <message>
        <source>Calling %1…</source>
        <translation>Llamando a %1…</translation>
    </message>
    <message>
        <source>Return to call</source>
        <translation>Volver a la llamada</translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation>Colgar</translation>
    </message>
</context>
<context>
    <name>CallView</name>
    <message>
        <source>Calling %1…</source>
        <translation>Llamando a %1…</translation>
    </message>
    <message>
        <source>%1 is calling</source>
        <translation>%1 te está llamando</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Back to chat</source>
        <translation>Volver al chat</translation>
    </message>
    <message>
        <source>Camera off</source>
        <translation>Apagar cámara</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Activar micrófono</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Silenciar</translation>
    </message>
    <message>
        <source>Camera on</source>
        <translation>Encender cámara</translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation>Colgar</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Calidad</translation>
    </message>
    <message>
        <source>Round trip</source>
        <translation>Ida y vuelta</translation>
    </message>
    <message>
        <source>Packet loss</source>
        <translation>Pérdida de paquetes</translation>
    </message>
    <message>
        <source>Receiving</source>
        <translation>Recibiendo</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <source>%1 put the call on hold · %2</source>
        <translation>%1 puso la llamada en espera · %2</translation>
    </message>
    <message>
        <source>%1 is muted</source>
        <translation>%1 tiene el micrófono silenciado</translation>
    </message>
    <message>
        <source>You put %1 on hold · %2</source>
        <translation>Has puesto a %1 en espera · %2</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Dispositivos</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>Micrófono</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Cámara</translation>
    </message>
    <message>
        <source>%1 is sharing their screen</source>
        <translation>%1 está compartiendo su pantalla</translation>
    </message>
    <message>
        <source>You are sharing your screen</source>
        <translation>Estás compartiendo tu pantalla</translation>
    </message>
    <message>
        <source>Your screen</source>
        <translation>Tu pantalla</translation>
    </message>
    <message>
        <source>Stop showing your screen</source>
        <translation>Dejar de mostrar tu pantalla</translation>
    </message>
    <message>
        <source>Show your screen to %1</source>
        <translation>Mostrar tu pantalla a %1</translation>
    </message>
    <message>
        <source>Stop sharing</source>
        <translation>Dejar de compartir</translation>
    </message>
    <message>
        <source>Share screen</source>
        <translation>Compartir pantalla</translation>
    </message>
    <message>
        <source>Choose a screen or window in your desktop&apos;s dialog</source>
        <translation>Elige una pantalla o una ventana en el diálogo de tu escritorio</translation>
    </message>
    <message>
        <source>Choosing…</source>
        <translation>Eligiendo…</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vídeo</translation>
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
        <translation>Editando tu mensaje</translation>
    </message>
    <message>
        <source>Replying to %1: %2</source>
        <translation>Respondiendo a %1: %2</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Cancelar edición</translation>
    </message>
    <message>
        <source>Cancel reply</source>
        <translation>Cancelar respuesta</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Cancelar (Esc)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Edit your message…</source>
        <translation>Edita tu mensaje…</translation>
    </message>
    <message>
        <source>Write a message…</source>
        <translation>Escribe un mensaje…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Adjuntar archivos</translation>
    </message>
    <message>
        <source>Insert emoji</source>
        <translation>Insertar emoji</translation>
    </message>
</context>
<context>
    <name>DeviceChoice</name>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>%1 (unplugged)</source>
        <translation>%1 (desconectado)</translation>
    </message>
</context>
<context>
    <name>EmojiPicker</name>
    <message>
        <source>Smileys &amp; emotion</source>
        <translation>Caritas y emociones</translation>
    </message>
    <message>
        <source>People &amp; body</source>
        <translation>Personas y cuerpo</translation>
    </message>
    <message>
        <source>Animals &amp; nature</source>
        <translation>Animales y naturaleza</translation>
    </message>
    <message>
        <source>Food &amp; drink</source>
        <translation>Comida y bebida</translation>
    </message>
    <message>
        <source>Travel &amp; places</source>
        <translation>Viajes y lugares</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Actividades</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Objetos</translation>
    </message>
    <message>
        <source>Symbols</source>
        <translation>Símbolos</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Banderas</translation>
    </message>
    <message>
        <source>Search emoji</source>
        <translation>Buscar emoji</translation>
    </message>
    <message>
        <source>Emoji found</source>
        <translation>Emoji encontrados</translation>
    </message>
    <message>
        <source>No emoji named so</source>
        <translation>Ningún emoji se llama así</translation>
    </message>
    <message>
        <source>Recently used</source>
        <translation>Usados recientemente</translation>
    </message>
</context>
<context>
    <name>ErrorNotice</name>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
</context>
<context>
    <name>FileCard</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>Descargando…</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Guardado en %1</translation>
    </message>
    <message>
        <source>File %1, %2</source>
        <translation>Archivo %1, %2</translation>
    </message>
    <message>
        <source>A program or script: it can only be saved.</source>
        <translation>Un programa o script: solo se puede guardar.</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Abrir %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Save %1 as</source>
        <comment>file</comment>
        <translation>Guardar %1 como</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Guardar como…</translation>
    </message>
    <message>
        <source>Cancel downloading %1</source>
        <translation>Cancelar la descarga de %1</translation>
    </message>
</context>
<context>
    <name>FileSharing</name>
    <message>
        <source>Only files on this computer can be sent.</source>
        <translation>Solo se pueden enviar archivos de este ordenador.</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Adjuntar archivos</translation>
    </message>
    <message>
        <source>Save %1</source>
        <comment>file</comment>
        <translation>Guardar %1</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>¿Reemplazar el archivo?</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Reemplazar</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Conservar ambos</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 ya existe. ¿Reemplazarlo?</translation>
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
        <translation>Imagen: %1</translation>
    </message>
    <message>
        <source>Image not available</source>
        <translation>Imagen no disponible</translation>
    </message>
    <message>
        <source>Cancel downloading %1</source>
        <translation>Cancelar la descarga de %1</translation>
    </message>
</context>
<context>
    <name>IncomingCallPopup</name>
    <message>
        <source>Incoming video call</source>
        <translation>Videollamada entrante</translation>
    </message>
    <message>
        <source>Incoming voice call</source>
        <translation>Llamada de voz entrante</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <source>Accept voice</source>
        <translation>Aceptar con voz</translation>
    </message>
    <message>
        <source>Accept video</source>
        <translation>Aceptar con vídeo</translation>
    </message>
    <message>
        <source>Incoming video call from %1</source>
        <translation>Videollamada entrante de %1</translation>
    </message>
    <message>
        <source>Incoming voice call from %1</source>
        <translation>Llamada de voz entrante de %1</translation>
    </message>
    <message>
        <source>%1 voice · %2 video · %3 decline</source>
        <translation>%1 voz · %2 vídeo · %3 rechazar</translation>
    </message>
    <message>
        <source>%1 accept · %2 decline</source>
        <translation>%1 aceptar · %2 rechazar</translation>
    </message>
    <message>
        <source>%1 decline</source>
        <translation>%1 rechazar</translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message>
        <source>Invite to %1</source>
        <translation>Invitar a %1</translation>
    </message>
    <message>
        <source>this room</source>
        <translation>esta sala</translation>
    </message>
    <message>
        <source>Name or user id</source>
        <translation>Nombre o ID de usuario</translation>
    </message>
    <message>
        <source>Name or @user:example.org</source>
        <translation>Nombre o @usuario:example.org</translation>
    </message>
    <message>
        <source>People found</source>
        <translation>Personas encontradas</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Invite %1</source>
        <translation>Invitar a %1</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Invitado</translation>
    </message>
    <message>
        <source>In the room</source>
        <translation>En la sala</translation>
    </message>
    <message>
        <source>Invite</source>
        <translation>Invitar</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <source>No one found. Enter a full user id like @ann:example.org to invite them.</source>
        <translation>No se encontró a nadie. Escribe un ID de usuario completo como @ann:example.org para invitarle.</translation>
    </message>
    <message>
        <source>Invited: %1</source>
        <translation>Invitados: %1</translation>
    </message>
    <message>
        <source>Close the invite dialog</source>
        <translation>Cerrar el diálogo de invitación</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>LockIcon</name>
    <message>
        <source>Encrypted</source>
        <translation>Cifrado</translation>
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
        <translation>Abriendo tu cuenta…</translation>
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
        <translation>Ajustar a la ventana</translation>
    </message>
    <message>
        <source>Fit (0)</source>
        <translation>Ajustar (0)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>Tamaño real</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Guardar como…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Cerrar (Esc)</translation>
    </message>
    <message>
        <source>The image could not be shown.</source>
        <translation>No se pudo mostrar la imagen.</translation>
    </message>
    <message>
        <source>Cancel downloading %1</source>
        <translation>Cancelar la descarga de %1</translation>
    </message>
</context>
<context>
    <name>MemberListPanel</name>
    <message>
        <source>Members (%1)</source>
        <translation>Miembros (%1)</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <source>Invite someone to this room</source>
        <translation>Invitar a alguien a esta sala</translation>
    </message>
    <message>
        <source>Invite…</source>
        <translation>Invitar…</translation>
    </message>
    <message>
        <source>Close the member list</source>
        <translation>Cerrar la lista de miembros</translation>
    </message>
    <message>
        <source>Filter members</source>
        <translation>Filtrar miembros</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 · invited</source>
        <translation>%1 · invitado</translation>
    </message>
    <message>
        <source>, verified</source>
        <translation>, verificado</translation>
    </message>
    <message>
        <source>, verified, has an unverified session</source>
        <translation>, verificado, tiene una sesión sin verificar</translation>
    </message>
    <message>
        <source>Has a session they have not verified</source>
        <translation>Tiene una sesión que no ha verificado</translation>
    </message>
    <message>
        <source>%1 has a session they have not verified.</source>
        <translation>%1 tiene una sesión que no ha verificado.</translation>
    </message>
</context>
<context>
    <name>MessageDelegate</name>
    <message>
        <source>(edited)</source>
        <translation>(editado)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>message deleted</source>
        <translation>mensaje eliminado</translation>
    </message>
    <message>
        <source>%1 was not sent: %2</source>
        <translation>%1 no se envió: %2</translation>
    </message>
    <message>
        <source>%1 was not sent</source>
        <translation>%1 no se envió</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>In reply to</source>
        <translation>En respuesta a</translation>
    </message>
    <message>
        <source>a message not loaded yet</source>
        <translation>un mensaje aún no cargado</translation>
    </message>
    <message>
        <source>Go to the message replied to</source>
        <translation>Ir al mensaje respondido</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>No enviado: %1</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>No enviado</translation>
    </message>
    <message>
        <source>%1 %2, from %3</source>
        <translation>%1 %2, de %3</translation>
    </message>
    <message>
        <source>%1 reacted with %2</source>
        <translation>%1 reaccionó con %2</translation>
    </message>
    <message>
        <source>React</source>
        <translation>Reaccionar</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Responder</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
</context>
<context>
    <name>MessageShield</name>
    <message>
        <source>Encrypted by a device not verified by its owner.</source>
        <translation>Cifrado por un dispositivo que su propietario no ha verificado.</translation>
    </message>
    <message>
        <source>Encrypted by an unknown or deleted device.</source>
        <translation>Cifrado por un dispositivo desconocido o eliminado.</translation>
    </message>
    <message>
        <source>The authenticity of this message can&apos;t be guaranteed on this device: its key came from a backup or another device.</source>
        <translation>No se puede garantizar la autenticidad de este mensaje en este dispositivo: su clave procede de una copia de seguridad o de otro dispositivo.</translation>
    </message>
</context>
<context>
    <name>NewMessagesLine</name>
    <message>
        <source>New messages</source>
        <translation>Mensajes nuevos</translation>
    </message>
</context>
<context>
    <name>NewRoomDialog</name>
    <message>
        <source>Create a room</source>
        <translation>Crear una sala</translation>
    </message>
    <message>
        <source>Room name</source>
        <translation>Nombre de la sala</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Topic (optional)</source>
        <translation>Tema (opcional)</translation>
    </message>
    <message>
        <source>Private: only people you invite can join</source>
        <translation>Privada: solo pueden unirse las personas que invites</translation>
    </message>
    <message>
        <source>Public: anyone can find and join it</source>
        <translation>Pública: cualquiera puede encontrarla y unirse</translation>
    </message>
    <message>
        <source>End-to-end encrypted (cannot be turned off later)</source>
        <translation>Cifrado de extremo a extremo (no se puede desactivar después)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <source>Join a room</source>
        <translation>Unirse a una sala</translation>
    </message>
    <message>
        <source>Room address</source>
        <translation>Dirección de la sala</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Unirse</translation>
    </message>
    <message>
        <source>#room:example.org, or words to search the directory</source>
        <translation>#sala:example.org, o palabras para buscar en el directorio</translation>
    </message>
    <message>
        <source>Public rooms on your server</source>
        <translation>Salas públicas de tu servidor</translation>
    </message>
    <message>
        <source>Public rooms</source>
        <translation>Salas públicas</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n members</source>
        <translation>
            <numerusform>%1, %n miembro</numerusform>
            <numerusform>%1, %n miembros</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n members</source>
        <translation>
            <numerusform>%n miembro</numerusform>
            <numerusform>%n miembros</numerusform>
        </translation>
    </message>
    <message>
        <source>Join %1</source>
        <translation>Unirse a %1</translation>
    </message>
    <message>
        <source>Show more public rooms</source>
        <translation>Mostrar más salas públicas</translation>
    </message>
    <message>
        <source>More…</source>
        <translation>Más…</translation>
    </message>
    <message>
        <source>No public rooms found.</source>
        <translation>No se encontraron salas públicas.</translation>
    </message>
</context>
<context>
    <name>NotificationPlanner</name>
    <message>
        <source>🔒 Encrypted message</source>
        <translation>🔒 Mensaje cifrado</translation>
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
        <translation>Reproducir</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Posición</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Your profile</source>
        <translation>Tu perfil</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nombre visible</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Change your avatar</source>
        <translation>Cambiar tu avatar</translation>
    </message>
    <message>
        <source>Change avatar…</source>
        <translation>Cambiar avatar…</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg *.gif *.webp)</translation>
    </message>
    <message>
        <source>Choose your avatar</source>
        <translation>Elige tu avatar</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>the system keychain refused: %1 (start a keyring such as gnome-keyring, or run with --no-keychain)</source>
        <translation>el llavero del sistema se negó: %1 (inicia un llavero como gnome-keyring o ejecuta Atrium con --no-keychain)</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is damaged; sign in again</source>
        <translation>%1 está dañado; vuelve a iniciar sesión</translation>
    </message>
</context>
<context>
    <name>QuickSwitcher</name>
    <message>
        <source>Room to open</source>
        <translation>Sala que abrir</translation>
    </message>
    <message>
        <source>Jump to a room…</source>
        <translation>Ir a una sala…</translation>
    </message>
    <message>
        <source>No room matches.</source>
        <translation>Ninguna sala coincide.</translation>
    </message>
</context>
<context>
    <name>ReactionPicker</name>
    <message>
        <source>React with %1</source>
        <translation>Reaccionar con %1</translation>
    </message>
    <message>
        <source>More reactions</source>
        <translation>Más reacciones</translation>
    </message>
</context>
<context>
    <name>ReadReceipts</name>
    <message>
        <source>Seen by %1</source>
        <translation>Visto por %1</translation>
    </message>
</context>
<context>
    <name>RoomDelegate</name>
    <message>
        <source>Invitation to %1</source>
        <translation>Invitación a %1</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n unread</source>
        <translation>
            <numerusform>%1, %n sin leer</numerusform>
            <numerusform>%1, %n sin leer</numerusform>
        </translation>
    </message>
    <message>
        <source>Invited by %1</source>
        <translation>Invitado por %1</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>Invitación</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espacio</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>Favorito</translation>
    </message>
    <message>
        <source>Low priority</source>
        <translation>Prioridad baja</translation>
    </message>
    <message>
        <source>Leave room…</source>
        <translation>Salir de la sala…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Ajustes…</translation>
    </message>
    <message>
        <source>99+</source>
        <translation>99+</translation>
    </message>
    <message>
        <source>%1, new messages</source>
        <translation>%1, mensajes nuevos</translation>
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
        <translation>%1 y %2</translation>
    </message>
    <message>
        <source>Empty Room</source>
        <translation>Sala vacía</translation>
    </message>
    <message>
        <source>Empty Room (was %1)</source>
        <translation>Sala vacía (antes %1)</translation>
    </message>
    <message>
        <source>1 other</source>
        <translation>1 persona más</translation>
    </message>
    <message numerus="yes">
        <source>%n others</source>
        <translation>
            <numerusform>%n persona más</numerusform>
            <numerusform>%n personas más</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and 1 other</source>
        <translation>%1 y 1 persona más</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n others</source>
        <translation>
            <numerusform>%1 y %n persona más</numerusform>
            <numerusform>%1 y %n personas más</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoomHeader</name>
    <message>
        <source>End-to-end encrypted</source>
        <translation>Cifrado de extremo a extremo</translation>
    </message>
    <message>
        <source>Messages in this room are end-to-end encrypted.</source>
        <translation>Los mensajes de esta sala están cifrados de extremo a extremo.</translation>
    </message>
    <message>
        <source>Calls are not available.</source>
        <translation>Las llamadas no están disponibles.</translation>
    </message>
    <message>
        <source>Voice call</source>
        <translation>Llamada de voz</translation>
    </message>
    <message>
        <source>Start a voice call</source>
        <translation>Iniciar una llamada de voz</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Llamar</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>Videollamada</translation>
    </message>
    <message>
        <source>Start a video call</source>
        <translation>Iniciar una videollamada</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vídeo</translation>
    </message>
    <message>
        <source>Show the room&apos;s members</source>
        <translation>Mostrar los miembros de la sala</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <source>👥 %1</source>
        <translation>👥 %1</translation>
    </message>
    <message>
        <source>Invite someone to this room</source>
        <translation>Invitar a alguien a esta sala</translation>
    </message>
    <message>
        <source>Invite</source>
        <translation>Invitar</translation>
    </message>
    <message>
        <source>Room settings</source>
        <translation>Ajustes de la sala</translation>
    </message>
    <message>
        <source>Everyone in this room is verified, and so are all their sessions.</source>
        <translation>Todos en esta sala están verificados, y también todas sus sesiones.</translation>
    </message>
    <message>
        <source>Someone you verified has a session they have not verified. Check the member list.</source>
        <translation>Alguien a quien verificaste tiene una sesión que no ha verificado. Revisa la lista de miembros.</translation>
    </message>
</context>
<context>
    <name>RoomList</name>
    <message>
        <source>Yesterday</source>
        <translation>Ayer</translation>
    </message>
    <message>
        <source>d MMM</source>
        <extracomment>The day and month of a room&apos;s last message this year (a QDate format).</extracomment>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Salas</translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation>Invitaciones</translation>
    </message>
    <message>
        <source>Favourites</source>
        <translation>Favoritos</translation>
    </message>
    <message>
        <source>Low priority</source>
        <translation>Prioridad baja</translation>
    </message>
    <message>
        <source>Decline the invitation to “%1”?</source>
        <translation>¿Rechazar la invitación a «%1»?</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <source>You can join it only if someone invites you again.</source>
        <translation>Solo podrá unirse si alguien vuelve a invitarle.</translation>
    </message>
</context>
<context>
    <name>RoomListPane</name>
    <message>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <source>Filter rooms</source>
        <translation>Filtrar salas</translation>
    </message>
    <message>
        <source>Filter rooms (Ctrl+K to jump)</source>
        <translation>Filtrar salas (Ctrl+K para saltar)</translation>
    </message>
    <message>
        <source>No room matches “%1”.</source>
        <translation>Ninguna sala coincide con «%1».</translation>
    </message>
    <message>
        <source>New room</source>
        <translation>Nueva sala</translation>
    </message>
    <message>
        <source>Create or join a room</source>
        <translation>Crear una sala o unirse a una</translation>
    </message>
    <message>
        <source>Leave “%1”?</source>
        <translation>¿Salir de «%1»?</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>You will no longer get its messages. To come back to a private room, you need a new invitation.</source>
        <translation>Dejarás de recibir sus mensajes. Para volver a una sala privada necesitarás una nueva invitación.</translation>
    </message>
    <message>
        <source>Account menu</source>
        <translation>Menú de la cuenta</translation>
    </message>
    <message>
        <source>Security…</source>
        <translation>Seguridad…</translation>
    </message>
    <message>
        <source>Sessions…</source>
        <translation>Sesiones…</translation>
    </message>
    <message>
        <source>This session is not verified. Verify it with your recovery key or from another session, so that others trust it and it can read older messages.</source>
        <translation>Esta sesión no está verificada. Verifícala con tu clave de recuperación o desde otra sesión, para que los demás confíen en ella y pueda leer los mensajes anteriores.</translation>
    </message>
    <message>
        <source>Verify this session…</source>
        <translation>Verificar esta sesión…</translation>
    </message>
    <message>
        <source>Profile, sessions, security, sign out</source>
        <translation>Perfil, sesiones, seguridad, cerrar sesión</translation>
    </message>
    <message>
        <source>Profile…</source>
        <translation>Perfil…</translation>
    </message>
</context>
<context>
    <name>RoomSettingsDialog</name>
    <message>
        <source>Room settings</source>
        <translation>Ajustes de la sala</translation>
    </message>
    <message>
        <source>Change the room&apos;s avatar</source>
        <translation>Cambiar el avatar de la sala</translation>
    </message>
    <message>
        <source>Change avatar…</source>
        <translation>Cambiar avatar…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Room name</source>
        <translation>Nombre de la sala</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Room topic</source>
        <translation>Tema de la sala</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notificaciones</translation>
    </message>
    <message>
        <source>All messages</source>
        <translation>Todos los mensajes</translation>
    </message>
    <message>
        <source>Mentions and keywords</source>
        <translation>Menciones y palabras clave</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Silenciar</translation>
    </message>
    <message>
        <source>Close the room settings</source>
        <translation>Cerrar los ajustes de la sala</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Save the name and topic</source>
        <translation>Guardar el nombre y el tema</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg *.gif *.webp)</translation>
    </message>
    <message>
        <source>Choose the room&apos;s avatar</source>
        <translation>Elegir el avatar de la sala</translation>
    </message>
    <message>
        <source>Name, topic and avatar: %1</source>
        <translation>Nombre, tema y avatar: %1</translation>
    </message>
</context>
<context>
    <name>SasEmoji</name>
    <message>
        <source>Dog</source>
        <translation>Perro</translation>
    </message>
    <message>
        <source>Cat</source>
        <translation>Gato</translation>
    </message>
    <message>
        <source>Lion</source>
        <translation>León</translation>
    </message>
    <message>
        <source>Horse</source>
        <translation>Caballo</translation>
    </message>
    <message>
        <source>Unicorn</source>
        <translation>Unicornio</translation>
    </message>
    <message>
        <source>Pig</source>
        <translation>Cerdo</translation>
    </message>
    <message>
        <source>Elephant</source>
        <translation>Elefante</translation>
    </message>
    <message>
        <source>Rabbit</source>
        <translation>Conejo</translation>
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
        <translation>Pingüino</translation>
    </message>
    <message>
        <source>Turtle</source>
        <translation>Tortuga</translation>
    </message>
    <message>
        <source>Fish</source>
        <translation>Pez</translation>
    </message>
    <message>
        <source>Octopus</source>
        <translation>Pulpo</translation>
    </message>
    <message>
        <source>Butterfly</source>
        <translation>Mariposa</translation>
    </message>
    <message>
        <source>Flower</source>
        <translation>Flor</translation>
    </message>
    <message>
        <source>Tree</source>
        <translation>Árbol</translation>
    </message>
    <message>
        <source>Cactus</source>
        <translation>Cactus</translation>
    </message>
    <message>
        <source>Mushroom</source>
        <translation>Seta</translation>
    </message>
    <message>
        <source>Globe</source>
        <translation>Globo terráqueo</translation>
    </message>
    <message>
        <source>Moon</source>
        <translation>Luna</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>Nube</translation>
    </message>
    <message>
        <source>Fire</source>
        <translation>Fuego</translation>
    </message>
    <message>
        <source>Banana</source>
        <translation>Plátano</translation>
    </message>
    <message>
        <source>Apple</source>
        <translation>Manzana</translation>
    </message>
    <message>
        <source>Strawberry</source>
        <translation>Fresa</translation>
    </message>
    <message>
        <source>Corn</source>
        <translation>Maíz</translation>
    </message>
    <message>
        <source>Pizza</source>
        <translation>Pizza</translation>
    </message>
    <message>
        <source>Cake</source>
        <translation>Tarta</translation>
    </message>
    <message>
        <source>Heart</source>
        <translation>Corazón</translation>
    </message>
    <message>
        <source>Smiley</source>
        <translation>Emoticono</translation>
    </message>
    <message>
        <source>Robot</source>
        <translation>Robot</translation>
    </message>
    <message>
        <source>Hat</source>
        <translation>Sombrero</translation>
    </message>
    <message>
        <source>Glasses</source>
        <translation>Gafas</translation>
    </message>
    <message>
        <source>Spanner</source>
        <translation>Llave inglesa</translation>
    </message>
    <message>
        <source>Santa</source>
        <translation>Papá Noel</translation>
    </message>
    <message>
        <source>Thumbs Up</source>
        <translation>Pulgar arriba</translation>
    </message>
    <message>
        <source>Umbrella</source>
        <translation>Paraguas</translation>
    </message>
    <message>
        <source>Hourglass</source>
        <translation>Reloj de arena</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Reloj</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>Regalo</translation>
    </message>
    <message>
        <source>Light Bulb</source>
        <translation>Bombilla</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Libro</translation>
    </message>
    <message>
        <source>Pencil</source>
        <translation>Lápiz</translation>
    </message>
    <message>
        <source>Paperclip</source>
        <translation>Clip</translation>
    </message>
    <message>
        <source>Scissors</source>
        <translation>Tijeras</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Candado</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Llave</translation>
    </message>
    <message>
        <source>Hammer</source>
        <translation>Martillo</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Bandera</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Tren</translation>
    </message>
    <message>
        <source>Bicycle</source>
        <translation>Bicicleta</translation>
    </message>
    <message>
        <source>Aeroplane</source>
        <translation>Avión</translation>
    </message>
    <message>
        <source>Rocket</source>
        <translation>Cohete</translation>
    </message>
    <message>
        <source>Trophy</source>
        <translation>Trofeo</translation>
    </message>
    <message>
        <source>Ball</source>
        <translation>Pelota</translation>
    </message>
    <message>
        <source>Guitar</source>
        <translation>Guitarra</translation>
    </message>
    <message>
        <source>Trumpet</source>
        <translation>Trompeta</translation>
    </message>
    <message>
        <source>Bell</source>
        <translation>Campana</translation>
    </message>
    <message>
        <source>Anchor</source>
        <translation>Ancla</translation>
    </message>
    <message>
        <source>Headphones</source>
        <translation>Auriculares</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Alfiler</translation>
    </message>
</context>
<context>
    <name>SecurityDialog</name>
    <message>
        <source>Your message keys are not backed up. Without a backup, a new session cannot read older encrypted messages.</source>
        <translation>Tus claves de mensajes no tienen copia de seguridad. Sin ella, una sesión nueva no puede leer mensajes cifrados anteriores.</translation>
    </message>
    <message numerus="yes">
        <source>%n message key(s) backed up; this session keeps the backup up to date.</source>
        <translation>
            <numerusform>%n clave de mensajes en la copia; esta sesión la mantiene al día.</numerusform>
            <numerusform>%n claves de mensajes en la copia; esta sesión la mantiene al día.</numerusform>
        </translation>
    </message>
    <message>
        <source>A key backup exists. Enter its recovery key to read older messages here and keep the backup up to date.</source>
        <translation>Existe una copia de seguridad de claves. Introduce su clave de recuperación para leer aquí los mensajes anteriores y mantener la copia al día.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>Cross-signing is not set up. With it, your sessions vouch for each other and people you verify stay verified on all their devices.</source>
        <translation>La firma cruzada no está configurada. Con ella, tus sesiones se avalan entre sí y las personas que verifiques siguen verificadas en todos sus dispositivos.</translation>
    </message>
    <message>
        <source>Cross-signing is set up, and this session holds its keys.</source>
        <translation>La firma cruzada está configurada y esta sesión tiene sus claves.</translation>
    </message>
    <message>
        <source>Cross-signing is set up; another of your sessions verified this one.</source>
        <translation>La firma cruzada está configurada; otra de tus sesiones verificó esta.</translation>
    </message>
    <message>
        <source>Cross-signing was set up by another session. Verify this session from that one (Sessions), or reset cross-signing.</source>
        <translation>Otra sesión configuró la firma cruzada. Verifica esta sesión desde aquella (Sesiones) o restablece la firma cruzada.</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>Cross-signing</source>
        <translation>Firma cruzada</translation>
    </message>
    <message>
        <source>Set up cross-signing</source>
        <translation>Configurar la firma cruzada</translation>
    </message>
    <message>
        <source>Set up</source>
        <translation>Configurar</translation>
    </message>
    <message>
        <source>Reset cross-signing</source>
        <translation>Restablecer la firma cruzada</translation>
    </message>
    <message>
        <source>Reset…</source>
        <translation>Restablecer…</translation>
    </message>
    <message>
        <source>New keys replace the old ones: your other sessions, and everyone who verified you, will see you as unverified until you verify again.</source>
        <translation>Las claves nuevas sustituyen a las antiguas: tus otras sesiones, y quienes te verificaron, te verán sin verificar hasta que vuelvas a verificar.</translation>
    </message>
    <message>
        <source>Keep the current keys</source>
        <translation>Mantener las claves actuales</translation>
    </message>
    <message>
        <source>Your server asks for your password to change the cross-signing keys.</source>
        <translation>Tu servidor pide tu contraseña para cambiar las claves de firma cruzada.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Key backup</source>
        <translation>Copia de seguridad de claves</translation>
    </message>
    <message>
        <source>Back up message keys</source>
        <translation>Hacer copia de las claves de mensajes</translation>
    </message>
    <message>
        <source>Back up keys</source>
        <translation>Hacer copia de las claves</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Keep this recovery key somewhere safe. It is shown only now, and it is the only way to read your backup on a new session.</source>
        <translation>Guarda esta clave de recuperación en un lugar seguro. Solo se muestra ahora y es la única forma de leer tu copia en una sesión nueva.</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>Tu clave de recuperación</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>I have saved it</source>
        <translation>Ya la he guardado</translation>
    </message>
    <message>
        <source>Close the security settings</source>
        <translation>Cerrar los ajustes de seguridad</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Recovery is not set up. It keeps your cross-signing keys and your key backup under one recovery key, so that a new session can verify itself and read your older messages.</source>
        <translation>La recuperación no está configurada. Guarda tus claves de firma cruzada y tu copia de claves bajo una clave de recuperación, para que una sesión nueva pueda verificarse y leer tus mensajes anteriores.</translation>
    </message>
    <message>
        <source>Recovery is set up: your cross-signing keys and your key backup are kept under your recovery key.</source>
        <translation>La recuperación está configurada: tus claves de firma cruzada y tu copia de claves se guardan bajo tu clave de recuperación.</translation>
    </message>
    <message>
        <source>Enter your recovery key or passphrase to verify this session and read your older messages.</source>
        <translation>Introduce tu clave de recuperación o frase de contraseña para verificar esta sesión y leer tus mensajes anteriores.</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Recuperación</translation>
    </message>
    <message>
        <source>Recovery passphrase (optional)</source>
        <translation>Frase de contraseña de recuperación (opcional)</translation>
    </message>
    <message>
        <source>Passphrase (optional)</source>
        <translation>Frase de contraseña (opcional)</translation>
    </message>
    <message>
        <source>Set up recovery</source>
        <translation>Configurar la recuperación</translation>
    </message>
    <message>
        <source>Recovery key or passphrase</source>
        <translation>Clave de recuperación o frase de contraseña</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>A key backup exists: unlocking recovery above restores it here.</source>
        <translation>Existe una copia de claves: al desbloquear la recuperación de arriba se restaura aquí.</translation>
    </message>
</context>
<context>
    <name>SessionsDialog</name>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Everywhere you are signed in. Verify your other sessions so that they get the keys to your encrypted messages; sign out the ones you do not know.</source>
        <translation>Todos los lugares donde has iniciado sesión. Verifica tus otras sesiones para que reciban las claves de tus mensajes cifrados; cierra las que no reconozcas.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>This session</source>
        <translation>Esta sesión</translation>
    </message>
    <message>
        <source>Session name</source>
        <translation>Nombre de la sesión</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>last active %1</source>
        <translation>última actividad %1</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>Sin verificar</translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation>Cambiar el nombre de %1</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Cambiar nombre</translation>
    </message>
    <message>
        <source>Verify %1</source>
        <translation>Verificar %1</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Verificar</translation>
    </message>
    <message>
        <source>Sign out %1</source>
        <translation>Cerrar la sesión %1</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <source>Enter your password to sign out %1.</source>
        <translation>Introduce tu contraseña para cerrar la sesión %1.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Close the sessions</source>
        <translation>Cerrar las sesiones</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>ShareableScreens</name>
    <message>
        <source>All screens · %1</source>
        <translation>Todas las pantallas · %1</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Sign in to Atrium</source>
        <translation>Iniciar sesión en Atrium</translation>
    </message>
    <message>
        <source>Homeserver</source>
        <translation>Servidor base</translation>
    </message>
    <message>
        <source>matrix.example.org (optional with a full user id)</source>
        <translation>matrix.example.org (opcional con un ID de usuario completo)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>ann or @ann:example.org</source>
        <translation>ann o @ann:example.org</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation>Las contraseñas no coinciden.</translation>
    </message>
    <message>
        <source>Create an account</source>
        <translation>Crear una cuenta</translation>
    </message>
    <message>
        <source>Confirm password</source>
        <translation>Confirmar contraseña</translation>
    </message>
    <message>
        <source>I have an account</source>
        <translation>Ya tengo una cuenta</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Creando…</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>Crear cuenta</translation>
    </message>
</context>
<context>
    <name>SpaceBar</name>
    <message>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n unread</source>
        <translation>
            <numerusform>%1, %n sin leer</numerusform>
            <numerusform>%1, %n sin leer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StateChangeText</name>
    <message>
        <source>%1 joined</source>
        <translation>%1 se unió</translation>
    </message>
    <message>
        <source>%1 removed their display name</source>
        <translation>%1 quitó su nombre visible</translation>
    </message>
    <message>
        <source>%1 set their display name to %2</source>
        <translation>%1 puso %2 como nombre visible</translation>
    </message>
    <message>
        <source>%1 changed their name to %2</source>
        <translation>%1 cambió su nombre a %2</translation>
    </message>
    <message>
        <source>%1 changed their avatar</source>
        <translation>%1 cambió su avatar</translation>
    </message>
    <message>
        <source>%1 invited %2</source>
        <translation>%1 invitó a %2</translation>
    </message>
    <message>
        <source>%1 banned %2</source>
        <translation>%1 vetó a %2</translation>
    </message>
    <message>
        <source>%1 banned %2: %3</source>
        <translation>%1 vetó a %2: %3</translation>
    </message>
    <message>
        <source>%1 declined the invitation</source>
        <translation>%1 rechazó la invitación</translation>
    </message>
    <message>
        <source>%1 withdrew the invitation for %2</source>
        <translation>%1 retiró la invitación de %2</translation>
    </message>
    <message>
        <source>%1 unbanned %2</source>
        <translation>%1 levantó el veto a %2</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 salió</translation>
    </message>
    <message>
        <source>%1 removed %2</source>
        <translation>%1 expulsó a %2</translation>
    </message>
    <message>
        <source>%1 removed %2: %3</source>
        <translation>%1 expulsó a %2: %3</translation>
    </message>
    <message>
        <source>%1 asked to join</source>
        <translation>%1 pidió unirse</translation>
    </message>
    <message>
        <source>%1 removed the room name</source>
        <translation>%1 quitó el nombre de la sala</translation>
    </message>
    <message>
        <source>%1 changed the room name to %2</source>
        <translation>%1 cambió el nombre de la sala a %2</translation>
    </message>
    <message>
        <source>%1 removed the topic</source>
        <translation>%1 quitó el tema</translation>
    </message>
    <message>
        <source>%1 changed the topic to %2</source>
        <translation>%1 cambió el tema a «%2»</translation>
    </message>
    <message>
        <source>%1 removed the room avatar</source>
        <translation>%1 quitó la imagen de la sala</translation>
    </message>
    <message>
        <source>%1 changed the room avatar</source>
        <translation>%1 cambió la imagen de la sala</translation>
    </message>
    <message>
        <source>%1 created the room</source>
        <translation>%1 creó la sala</translation>
    </message>
    <message>
        <source>%1 turned on end-to-end encryption</source>
        <translation>%1 activó el cifrado de extremo a extremo</translation>
    </message>
    <message>
        <source>%1 started a video call</source>
        <translation>%1 inició una videollamada</translation>
    </message>
    <message>
        <source>%1 started a voice call</source>
        <translation>%1 inició una llamada de voz</translation>
    </message>
    <message>
        <source>%1 declined the call</source>
        <translation>%1 rechazó la llamada</translation>
    </message>
    <message>
        <source>Unanswered call from %1</source>
        <translation>Llamada sin respuesta de %1</translation>
    </message>
    <message>
        <source>%1 was busy</source>
        <translation>%1 estaba ocupado</translation>
    </message>
    <message>
        <source>Call failed: could not connect</source>
        <translation>La llamada falló: no se pudo conectar</translation>
    </message>
    <message>
        <source>%1 ended the call</source>
        <translation>%1 finalizó la llamada</translation>
    </message>
    <message>
        <source>%1 ended the call · %2</source>
        <translation>%1 finalizó la llamada · %2</translation>
    </message>
    <message>
        <source>%1 asked %2 to verify</source>
        <translation>%1 pidió a %2 una verificación</translation>
    </message>
    <message>
        <source>Call ended: connection lost · %1</source>
        <translation>Llamada finalizada: conexión perdida · %1</translation>
    </message>
    <message>
        <source>Call ended: connection lost</source>
        <translation>Llamada finalizada: conexión perdida</translation>
    </message>
</context>
<context>
    <name>TimelinePane</name>
    <message>
        <source>Choose a room on the left.</source>
        <translation>Elige una sala a la izquierda.</translation>
    </message>
    <message>
        <source>The message replied to is no longer in this room&apos;s history.</source>
        <translation>El mensaje respondido ya no está en el historial de esta sala.</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>Drop files to send them to %1</source>
        <translation>Suelta archivos para enviarlos a %1</translation>
    </message>
    <message>
        <source>this room</source>
        <translation>esta sala</translation>
    </message>
</context>
<context>
    <name>TransferProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <source>Show Atrium</source>
        <translation>Mostrar Atrium</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message numerus="yes">
        <source>Atrium — %n unread</source>
        <translation>
            <numerusform>Atrium — %n sin leer</numerusform>
            <numerusform>Atrium — %n sin leer</numerusform>
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
        <translation>%1 está escribiendo…</translation>
    </message>
    <message>
        <source>%1 and %2 are typing…</source>
        <translation>%1 y %2 están escribiendo…</translation>
    </message>
    <message>
        <source>%1, %2 and %3 are typing…</source>
        <translation>%1, %2 y %3 están escribiendo…</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2 and %n others are typing…</source>
        <translation>
            <numerusform>%1, %2 y %n persona más están escribiendo…</numerusform>
            <numerusform>%1, %2 y %n personas más están escribiendo…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UndecryptableMessage</name>
    <message>
        <source>Unable to decrypt: %1</source>
        <translation>No se puede descifrar: %1</translation>
    </message>
</context>
<context>
    <name>UserCard</name>
    <message>
        <source>Member</source>
        <translation>Miembro</translation>
    </message>
    <message>
        <source>Send %1 a direct message</source>
        <translation>Enviar un mensaje directo a %1</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Role of %1</source>
        <translation>Rol de %1</translation>
    </message>
    <message>
        <source>Custom (%1)</source>
        <translation>Personalizado (%1)</translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation>Moderador</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>Remove %1 from the room</source>
        <translation>Quitar a %1 de la sala</translation>
    </message>
    <message>
        <source>Remove from room</source>
        <translation>Quitar de la sala</translation>
    </message>
    <message>
        <source>Verify %1</source>
        <translation>Verificar a %1</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Verificar</translation>
    </message>
</context>
<context>
    <name>VerificationDialog</name>
    <message>
        <source>your session %1</source>
        <translation>tu sesión %1</translation>
    </message>
    <message>
        <source>%1 (session %2)</source>
        <translation>%1 (sesión %2)</translation>
    </message>
    <message>
        <source>Verify a session</source>
        <translation>Verificar una sesión</translation>
    </message>
    <message>
        <source>%1 wants to verify this session.</source>
        <translation>%1 quiere verificar esta sesión.</translation>
    </message>
    <message>
        <source>Waiting for %1 to accept…</source>
        <translation>Esperando a que %1 acepte…</translation>
    </message>
    <message>
        <source>Compare these emoji with the ones %1 shows, in the same order.</source>
        <translation>Compara estos emoji con los que muestra %1, en el mismo orden.</translation>
    </message>
    <message>
        <source>Waiting for %1 to confirm…</source>
        <translation>Esperando la confirmación de %1…</translation>
    </message>
    <message>
        <source>Verified: %1 can be trusted with your encrypted messages.</source>
        <translation>Verificado: %1 es de confianza para tus mensajes cifrados.</translation>
    </message>
    <message>
        <source>Verification cancelled: %1</source>
        <translation>Verificación cancelada: %1</translation>
    </message>
    <message>
        <source>Verification cancelled.</source>
        <translation>Verificación cancelada.</translation>
    </message>
    <message>
        <source>or the numbers %1</source>
        <translation>o los números %1</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <source>They don&apos;t match</source>
        <translation>No coinciden</translation>
    </message>
    <message>
        <source>They match</source>
        <translation>Coinciden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>VerifiedBadge</name>
    <message>
        <source>Verified</source>
        <translation>Verificado</translation>
    </message>
</context>
<context>
    <name>VideoContent</name>
    <message>
        <source>Could not load the video</source>
        <translation>No se pudo cargar el vídeo</translation>
    </message>
    <message>
        <source>Video: %1</source>
        <translation>Vídeo: %1</translation>
    </message>
    <message>
        <source>Play %1 full size</source>
        <translation>Reproducir %1 a tamaño completo</translation>
    </message>
    <message>
        <source>Full size</source>
        <translation>Tamaño completo</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Cancel downloading %1</source>
        <translation>Cancelar la descarga de %1</translation>
    </message>
</context>
<context>
    <name>atrium::calls::WebRtcSession</name>
    <message>
        <source>the remote description was refused: %1</source>
        <translation>se rechazó la descripción de sesión remota: %1</translation>
    </message>
    <message>
        <source>GStreamer elements missing: %1</source>
        <translation>faltan elementos de GStreamer: %1</translation>
    </message>
    <message>
        <source>could not build the call pipeline: %1</source>
        <translation>no se pudo construir la canalización de la llamada: %1</translation>
    </message>
    <message>
        <source>could not make the call&apos;s microphone or camera source</source>
        <translation>no se pudo crear la fuente de micrófono o cámara de la llamada</translation>
    </message>
    <message>
        <source>could not start the call pipeline (no microphone or camera?)</source>
        <translation>no se pudo iniciar la canalización de la llamada (¿sin micrófono ni cámara?)</translation>
    </message>
    <message>
        <source>the offer has no Opus audio</source>
        <translation>la oferta no tiene audio Opus</translation>
    </message>
    <message>
        <source>the %1 is not a usable session description</source>
        <translation>la %1 no es una descripción de sesión utilizable</translation>
    </message>
    <message>
        <source>the connection was lost (ICE failed)</source>
        <translation>se perdió la conexión (falló ICE)</translation>
    </message>
    <message>
        <source>could not connect (ICE failed)</source>
        <translation>no se pudo conectar (falló ICE)</translation>
    </message>
    <message>
        <source>the connection was lost (nothing heard from the other side for %1 s)</source>
        <translation>se perdió la conexión (nada del otro lado durante %1 s)</translation>
    </message>
</context>
<context>
    <name>atrium::matrix::ServerDiscovery</name>
    <message>
        <source>&quot;%1&quot; is not a server name, URL or user id</source>
        <translation>«%1» no es un nombre de servidor, una URL ni un ID de usuario</translation>
    </message>
    <message>
        <source>server discovery failed: %1</source>
        <translation>falló la búsqueda del servidor: %1</translation>
    </message>
    <message>
        <source>the server&apos;s .well-known/matrix/client names no valid homeserver</source>
        <translation>el .well-known/matrix/client del servidor no indica ningún servidor base válido</translation>
    </message>
    <message>
        <source>%1 is not reachable as a Matrix homeserver: %2</source>
        <translation>no se puede acceder a %1 como servidor base de Matrix: %2</translation>
    </message>
    <message>
        <source>%1 does not answer like a Matrix homeserver</source>
        <translation>%1 no responde como un servidor base de Matrix</translation>
    </message>
</context>
<context>
    <name>atrium::media::MediaDownload</name>
    <message>
        <source>not a valid mxc URI</source>
        <translation>no es una URI mxc válida</translation>
    </message>
    <message>
        <source>a download needs a destination</source>
        <translation>una descarga necesita un destino</translation>
    </message>
    <message>
        <source>no such folder: %1</source>
        <translation>no existe la carpeta: %1</translation>
    </message>
    <message>
        <source>%1 is a folder</source>
        <translation>%1 es una carpeta</translation>
    </message>
    <message>
        <source>cannot write in %1: %2</source>
        <translation>no se puede escribir en %1: %2</translation>
    </message>
    <message>
        <source>the server has no such file</source>
        <translation>el servidor no tiene ese archivo</translation>
    </message>
    <message>
        <source>download failed: %1</source>
        <translation>falló la descarga: %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>cannot write in %1</source>
        <translation>no se puede escribir en %1</translation>
    </message>
    <message>
        <source>cannot replace %1</source>
        <translation>no se puede reemplazar %1</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>no se puede escribir %1</translation>
    </message>
    <message>
        <source>too large to show (%1)</source>
        <translation>demasiado grande para mostrarse (%1)</translation>
    </message>
</context>
<context>
    <name>atrium::media::MediaTransfer</name>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
</context>
<context>
    <name>atrium::media::MediaUpload</name>
    <message>
        <source>cannot read %1</source>
        <translation>no se puede leer %1</translation>
    </message>
    <message>
        <source>%1 is %2; this server accepts files up to %3</source>
        <translation>%1 ocupa %2; este servidor acepta archivos de hasta %3</translation>
    </message>
    <message>
        <source>cannot create a temporary file: %1</source>
        <translation>no se puede crear un archivo temporal: %1</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>the server refused %1 as too large (%2)</source>
        <translation>el servidor rechazó %1 por ser demasiado grande (%2)</translation>
    </message>
    <message>
        <source>upload failed: %1</source>
        <translation>falló la subida: %1</translation>
    </message>
    <message>
        <source>the server&apos;s upload answer has no valid content_uri</source>
        <translation>la respuesta del servidor a la subida no tiene un content_uri válido</translation>
    </message>
</context>
<context>
    <name>atrium::models::CallAlert</name>
    <message>
        <source>Incoming video call</source>
        <translation>Videollamada entrante</translation>
    </message>
    <message>
        <source>Incoming voice call</source>
        <translation>Llamada de voz entrante</translation>
    </message>
    <message>
        <source>%1 is calling</source>
        <translation>%1 está llamando</translation>
    </message>
</context>
<context>
    <name>atrium::models::CallController</name>
    <message>
        <source>Calls are possible once you are signed in.</source>
        <translation>Las llamadas son posibles una vez que inicies sesión.</translation>
    </message>
    <message>
        <source>You are already in a call.</source>
        <translation>Ya estás en una llamada.</translation>
    </message>
    <message>
        <source>Open a room to call.</source>
        <translation>Abre una sala para llamar.</translation>
    </message>
    <message>
        <source>There is nobody else in this room to call.</source>
        <translation>No hay nadie más en esta sala a quien llamar.</translation>
    </message>
    <message>
        <source>Calls work in direct chats and rooms of two people.</source>
        <translation>Las llamadas funcionan en chats directos y salas de dos personas.</translation>
    </message>
    <message>
        <source>Calls need GStreamer elements that are missing: %1</source>
        <translation>Para las llamadas faltan elementos de GStreamer: %1</translation>
    </message>
    <message>
        <source>No microphone or camera found: the other side can neither hear nor see you.</source>
        <translation>No se encontró micrófono ni cámara: la otra parte no puede oírte ni verte.</translation>
    </message>
    <message>
        <source>No microphone found: the other side cannot hear you.</source>
        <translation>No se encontró micrófono: la otra parte no puede oírte.</translation>
    </message>
    <message>
        <source>No camera found: the other side cannot see you.</source>
        <translation>No se encontró cámara: la otra parte no puede verte.</translation>
    </message>
    <message>
        <source>Call failed: %1</source>
        <translation>La llamada falló: %1</translation>
    </message>
    <message>
        <source>the microphone or camera could not be used</source>
        <translation>no se pudo usar el micrófono o la cámara</translation>
    </message>
    <message>
        <source>Answered on another device</source>
        <translation>Respondida en otro dispositivo</translation>
    </message>
    <message>
        <source>%1 is busy</source>
        <translation>%1 está ocupado</translation>
    </message>
    <message>
        <source>%1 declined the call</source>
        <translation>%1 rechazó la llamada</translation>
    </message>
    <message>
        <source>Call declined</source>
        <translation>Llamada rechazada</translation>
    </message>
    <message>
        <source>Missed call</source>
        <translation>Llamada perdida</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <source>Call ended · %1</source>
        <translation>Llamada finalizada · %1</translation>
    </message>
    <message>
        <source>Call cancelled</source>
        <translation>Llamada cancelada</translation>
    </message>
    <message>
        <source>Call ended</source>
        <translation>Llamada finalizada</translation>
    </message>
    <message>
        <source>Connection lost · %1</source>
        <translation>Conexión perdida · %1</translation>
    </message>
    <message>
        <source>%1 was unplugged: the default camera takes its place.</source>
        <translation>%1 se ha desconectado: se usa la cámara predeterminada en su lugar.</translation>
    </message>
    <message>
        <source>%1 was unplugged: the default microphone takes its place.</source>
        <translation>%1 se ha desconectado: se usa el micrófono predeterminado en su lugar.</translation>
    </message>
    <message>
        <source>%1 stopped working: the default camera takes its place.</source>
        <translation>%1 ha dejado de funcionar: se usa la cámara predeterminada en su lugar.</translation>
    </message>
    <message>
        <source>%1 stopped working: the default microphone takes its place.</source>
        <translation>%1 ha dejado de funcionar: se usa el micrófono predeterminado en su lugar.</translation>
    </message>
    <message>
        <source>Screen sharing needs the GStreamer element ximagesrc (gstreamer1.0-plugins-good).</source>
        <translation>Compartir pantalla necesita el elemento de GStreamer ximagesrc (gstreamer1.0-plugins-good).</translation>
    </message>
    <message>
        <source>Your screen could not be captured.</source>
        <translation>No se pudo capturar tu pantalla.</translation>
    </message>
    <message>
        <source>Screen sharing stopped: your screen could not be captured.</source>
        <translation>Se dejó de compartir la pantalla: no se pudo capturar tu pantalla.</translation>
    </message>
    <message>
        <source>The camera could not be turned on.</source>
        <translation>No se pudo encender la cámara.</translation>
    </message>
    <message>
        <source>Screen sharing on Wayland needs the desktop portal (xdg-desktop-portal, with the backend for your desktop).</source>
        <translation>Compartir pantalla en Wayland necesita el portal del escritorio (xdg-desktop-portal, con el backend de tu escritorio).</translation>
    </message>
    <message>
        <source>Screen sharing on Wayland needs the GStreamer element pipewiresrc (gstreamer1.0-pipewire).</source>
        <translation>Compartir pantalla en Wayland necesita el elemento de GStreamer pipewiresrc (gstreamer1.0-pipewire).</translation>
    </message>
    <message>
        <source>Screen sharing could not start: %1</source>
        <translation>No se pudo empezar a compartir la pantalla: %1</translation>
    </message>
    <message>
        <source>%1&apos;s app did not answer in time: they may not see your change.</source>
        <translation>La aplicación de %1 no respondió a tiempo: puede que no vea tu cambio.</translation>
    </message>
    <message>
        <source>not even through your server&apos;s relay (TURN)</source>
        <translation>ni siquiera a través del relé de su servidor (TURN)</translation>
    </message>
    <message>
        <source>no direct path, and your server offers no relay (TURN)</source>
        <translation>no hay ruta directa y su servidor no ofrece relé (TURN)</translation>
    </message>
    <message>
        <source>Call failed: could not connect (%1)</source>
        <translation>La llamada falló: no se pudo conectar (%1)</translation>
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
        <translation>ninguno</translation>
    </message>
    <message>
        <source>%1 sent, %2 received</source>
        <translation>%1 enviado, %2 recibido</translation>
    </message>
</context>
<context>
    <name>atrium::models::DesktopNotifier</name>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Rechazar</translation>
    </message>
</context>
<context>
    <name>atrium::models::DevicesController</name>
    <message>
        <source>Could not list the sessions: %1</source>
        <translation>No se pudieron listar las sesiones: %1</translation>
    </message>
    <message>
        <source>Could not rename the session: %1</source>
        <translation>No se pudo renombrar la sesión: %1</translation>
    </message>
    <message>
        <source>This session is signed out with “Sign out”, not from the list.</source>
        <translation>Esta sesión se cierra con «Cerrar sesión», no desde la lista.</translation>
    </message>
    <message>
        <source>The server asks for a way of signing in Atrium does not support; sign the session out with another client.</source>
        <translation>El servidor pide una forma de iniciar sesión que Atrium no admite; cierra la sesión con otro cliente.</translation>
    </message>
    <message>
        <source>Could not sign the session out: %1</source>
        <translation>No se pudo cerrar la sesión: %1</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Escribe tu contraseña.</translation>
    </message>
    <message>
        <source>Wrong password.</source>
        <translation>Contraseña incorrecta.</translation>
    </message>
</context>
<context>
    <name>atrium::models::MediaController</name>
    <message>
        <source>unknown image</source>
        <translation>imagen desconocida</translation>
    </message>
    <message>
        <source>not signed in</source>
        <translation>sesión no iniciada</translation>
    </message>
    <message>
        <source>the file&apos;s key is not valid: %1</source>
        <translation>la clave del archivo no es válida: %1</translation>
    </message>
    <message>
        <source>signed out</source>
        <translation>sesión cerrada</translation>
    </message>
    <message>
        <source>This file cannot be downloaded.</source>
        <translation>Este archivo no se puede descargar.</translation>
    </message>
    <message>
        <source>The file&apos;s key is not valid: %1</source>
        <translation>La clave del archivo no es válida: %1</translation>
    </message>
    <message>
        <source>Could not download %1: %2</source>
        <translation>No se pudo descargar %1: %2</translation>
    </message>
    <message>
        <source>%1 could run programs on this computer. Save it instead, and open it only if you trust it.</source>
        <translation>%1 podría ejecutar programas en este ordenador. Guárdalo y ábrelo solo si confías en él.</translation>
    </message>
    <message>
        <source>Cannot write in %1</source>
        <translation>No se puede escribir en %1</translation>
    </message>
    <message>
        <source>%1 is a program, whatever its name says. Save it instead, and open it only if you trust it.</source>
        <translation>%1 es un programa, diga lo que diga su nombre. Guárdalo y ábrelo solo si confías en él.</translation>
    </message>
    <message>
        <source>No application opens %1.</source>
        <translation>Ninguna aplicación abre %1.</translation>
    </message>
    <message>
        <source>Only files on this computer can be sent.</source>
        <translation>Solo se pueden enviar archivos de este ordenador.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>No enviado: %1</translation>
    </message>
    <message>
        <source>too large to play here (%1); save it to play it</source>
        <translation>demasiado grande para reproducirlo aquí (%1); guárdalo para reproducirlo</translation>
    </message>
    <message>
        <source>%1 is %2; this server accepts files up to %3.</source>
        <translation>%1 ocupa %2; este servidor acepta archivos de hasta %3.</translation>
    </message>
</context>
<context>
    <name>atrium::models::MemberListModel</name>
    <message>
        <source>Admin</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation>Moderador</translation>
    </message>
    <message>
        <source>Custom (%1)</source>
        <translation>Personalizado (%1)</translation>
    </message>
</context>
<context>
    <name>atrium::models::OwnProfile</name>
    <message>
        <source>Could not change your name: %1</source>
        <translation>No se pudo cambiar tu nombre: %1</translation>
    </message>
    <message>
        <source>Could not upload your avatar: %1</source>
        <translation>No se pudo subir tu avatar: %1</translation>
    </message>
    <message>
        <source>Could not change your avatar: %1</source>
        <translation>No se pudo cambiar tu avatar: %1</translation>
    </message>
</context>
<context>
    <name>atrium::models::PublicRoomsModel</name>
    <message>
        <source>Could not read the room directory: %1</source>
        <translation>No se pudo leer el directorio de salas: %1</translation>
    </message>
</context>
<context>
    <name>atrium::models::RoomInfo</name>
    <message>
        <source>Changing this needs power level %1 (%2); yours is %3.</source>
        <translation>Cambiar esto requiere el nivel de poder %1 (%2); el tuyo es %3.</translation>
    </message>
    <message>
        <source>everyone</source>
        <translation>todos</translation>
    </message>
    <message>
        <source>Inviting needs power level %1; yours is %2.</source>
        <translation>Invitar requiere el nivel de poder %1; el tuyo es %2.</translation>
    </message>
    <message>
        <source>Could not save the room&apos;s settings: %1</source>
        <translation>No se pudieron guardar los ajustes de la sala: %1</translation>
    </message>
    <message>
        <source>Could not upload the avatar: %1</source>
        <translation>No se pudo subir el avatar: %1</translation>
    </message>
    <message>
        <source>Could not change the avatar: %1</source>
        <translation>No se pudo cambiar el avatar: %1</translation>
    </message>
    <message>
        <source>Could not change the notification level: %1</source>
        <translation>No se pudo cambiar el nivel de notificaciones: %1</translation>
    </message>
    <message>
        <source>Enter a user id like @ann:example.org.</source>
        <translation>Escribe un ID de usuario como @ann:example.org.</translation>
    </message>
    <message>
        <source>Could not invite %1: %2</source>
        <translation>No se pudo invitar a %1: %2</translation>
    </message>
    <message>
        <source>Could not remove %1: %2</source>
        <translation>No se pudo quitar a %1: %2</translation>
    </message>
    <message>
        <source>You cannot give a level above your own (%1).</source>
        <translation>No puedes dar un nivel superior al tuyo (%1).</translation>
    </message>
    <message>
        <source>Could not change the role of %1: %2</source>
        <translation>No se pudo cambiar el rol de %1: %2</translation>
    </message>
</context>
<context>
    <name>atrium::models::RoomListModel</name>
    <message>
        <source>🔒 Encrypted message</source>
        <translation>🔒 Mensaje cifrado</translation>
    </message>
    <message>
        <source>Message deleted</source>
        <translation>Mensaje eliminado</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Tú</translation>
    </message>
</context>
<context>
    <name>atrium::models::ScreenCastPortal</name>
    <message>
        <source>The desktop portal cannot share screens here (%1).</source>
        <translation>El portal del escritorio no puede compartir pantallas aquí (%1).</translation>
    </message>
    <message>
        <source>The desktop portal offers no screens or windows to share.</source>
        <translation>El portal del escritorio no ofrece pantallas ni ventanas para compartir.</translation>
    </message>
    <message>
        <source>The desktop portal opened no session.</source>
        <translation>El portal del escritorio no abrió ninguna sesión.</translation>
    </message>
    <message>
        <source>The desktop portal started no stream.</source>
        <translation>El portal del escritorio no inició ninguna transmisión.</translation>
    </message>
    <message>
        <source>The desktop portal gave no access to the screen&apos;s stream (%1).</source>
        <translation>El portal del escritorio no dio acceso a la transmisión de la pantalla (%1).</translation>
    </message>
    <message>
        <source>The desktop portal refused to share the screen (%1).</source>
        <translation>El portal del escritorio se negó a compartir la pantalla (%1).</translation>
    </message>
    <message>
        <source>The desktop portal could not share the screen.</source>
        <translation>El portal del escritorio no pudo compartir la pantalla.</translation>
    </message>
</context>
<context>
    <name>atrium::models::SecurityController</name>
    <message>
        <source>Enter your password.</source>
        <translation>Escribe tu contraseña.</translation>
    </message>
    <message numerus="yes">
        <source>Restored %n of %1 message keys.</source>
        <translation>
            <numerusform>Se restauró %n de %1 claves de mensajes.</numerusform>
            <numerusform>Se restauraron %n de %1 claves de mensajes.</numerusform>
        </translation>
    </message>
    <message>
        <source>This session is now verified with your cross-signing keys.</source>
        <translation>Esta sesión ya está verificada con tus claves de firma cruzada.</translation>
    </message>
    <message numerus="yes">
        <source>Restored %n message key(s) from the key backup.</source>
        <translation>
            <numerusform>Se restauró %n clave de mensajes desde la copia de claves.</numerusform>
            <numerusform>Se restauraron %n claves de mensajes desde la copia de claves.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atrium::models::SessionController</name>
    <message>
        <source>Enter a user name and a password.</source>
        <translation>Introduce un nombre de usuario y una contraseña.</translation>
    </message>
    <message>
        <source>Enter a homeserver, or a full user id such as @ann:example.org.</source>
        <translation>Introduce un servidor base o un ID de usuario completo como @ann:example.org.</translation>
    </message>
    <message>
        <source>Could not join: %1</source>
        <translation>No se pudo unir: %1</translation>
    </message>
    <message>
        <source>Could not decline: %1</source>
        <translation>No se pudo rechazar: %1</translation>
    </message>
    <message>
        <source>Could not change the room&apos;s tags: %1</source>
        <translation>No se pudieron cambiar las etiquetas de la sala: %1</translation>
    </message>
    <message>
        <source>Not sent: you are signed out, or the message could not be saved for sending.</source>
        <translation>No enviado: has cerrado sesión o no se pudo guardar el mensaje para enviarlo.</translation>
    </message>
    <message>
        <source>You are not signed in.</source>
        <translation>No has iniciado sesión.</translation>
    </message>
    <message>
        <source>Give the room a name.</source>
        <translation>Ponle un nombre a la sala.</translation>
    </message>
    <message>
        <source>Could not create the room: %1</source>
        <translation>No se pudo crear la sala: %1</translation>
    </message>
    <message>
        <source>Enter a room address like #room:example.org, or a room id like !id:example.org.</source>
        <translation>Escribe una dirección de sala como #sala:example.org o un id de sala como !id:example.org.</translation>
    </message>
    <message>
        <source>Could not join %1: %2</source>
        <translation>No se pudo unir a %1: %2</translation>
    </message>
    <message>
        <source>Could not leave: %1</source>
        <translation>No se pudo salir: %1</translation>
    </message>
    <message>
        <source>%1 is not someone you can message.</source>
        <translation>No puedes enviar mensajes a %1.</translation>
    </message>
    <message>
        <source>Could not start a chat with %1: %2</source>
        <translation>No se pudo iniciar un chat con %1: %2</translation>
    </message>
    <message>
        <source>The chat with %1 was created but could not be marked as direct: %2</source>
        <translation>El chat con %1 se creó, pero no se pudo marcar como directo: %2</translation>
    </message>
</context>
<context>
    <name>atrium::models::TimelineModel</name>
    <message>
        <source>message deleted</source>
        <translation>mensaje eliminado</translation>
    </message>
    <message>
        <source>Your reaction %1</source>
        <translation>Tu reacción %1</translation>
    </message>
    <message>
        <source>Deleting a message</source>
        <translation>Eliminando un mensaje</translation>
    </message>
    <message>
        <source>Your edit: %1</source>
        <translation>Tu edición: %1</translation>
    </message>
    <message>
        <source>Unable to decrypt this message</source>
        <translation>No se puede descifrar este mensaje</translation>
    </message>
    <message>
        <source>this device does not have the key</source>
        <translation>este dispositivo no tiene la clave</translation>
    </message>
    <message>
        <source>the sender&apos;s key for this message has not arrived</source>
        <translation>la clave del remitente para este mensaje aún no ha llegado</translation>
    </message>
    <message>
        <source>this device received the key only from a later message on</source>
        <translation>este dispositivo recibió la clave solo a partir de un mensaje posterior</translation>
    </message>
    <message>
        <source>refused: this message was sent before, as another event</source>
        <translation>rechazado: este mensaje ya se envió antes como otro evento</translation>
    </message>
    <message>
        <source>refused: the message was encrypted for another room</source>
        <translation>rechazado: el mensaje se cifró para otra sala</translation>
    </message>
    <message>
        <source>the encrypted message is malformed</source>
        <translation>el mensaje cifrado está mal formado</translation>
    </message>
    <message>
        <source>cannot decrypt: %1</source>
        <translation>no se puede descifrar: %1</translation>
    </message>
</context>
<context>
    <name>atrium::models::UserDirectoryModel</name>
    <message>
        <source>Could not search the user directory: %1</source>
        <translation>No se pudo buscar en el directorio de usuarios: %1</translation>
    </message>
</context>
<context>
    <name>atrium::models::VerificationController</name>
    <message>
        <source>The verification is no longer running.</source>
        <translation>La verificación ya no está en curso.</translation>
    </message>
    <message>
        <source>The emoji did not match.</source>
        <translation>Los emoji no coincidían.</translation>
    </message>
    <message>
        <source>The verification took too long.</source>
        <translation>La verificación tardó demasiado.</translation>
    </message>
    <message>
        <source>The other side cancelled.</source>
        <translation>La otra parte canceló.</translation>
    </message>
    <message>
        <source>You cancelled.</source>
        <translation>Cancelaste.</translation>
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
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>the file %1 (readable only by you; no keychain in use)</source>
        <translation>el archivo %1 (solo tú puedes leerlo; sin llavero)</translation>
    </message>
</context>
<context>
    <name>atrium::store::KeychainSecretStore</name>
    <message>
        <source>the system keychain</source>
        <translation>el llavero del sistema</translation>
    </message>
</context>
<context>
    <name>atrium::sync::CrossSigningSetup</name>
    <message>
        <source>Could not read the published keys: %1</source>
        <translation>No se pudieron leer las claves publicadas: %1</translation>
    </message>
    <message>
        <source>Cross-signing is already set up by another session. Verify this session from it, or reset cross-signing.</source>
        <translation>Otra sesión ya configuró la firma cruzada. Verifica esta sesión desde ella o restablece la firma cruzada.</translation>
    </message>
    <message>
        <source>Could not prepare the keys: %1</source>
        <translation>No se pudieron preparar las claves: %1</translation>
    </message>
    <message>
        <source>Could not publish the cross-signing keys: %1</source>
        <translation>No se pudieron publicar las claves de firma cruzada: %1</translation>
    </message>
    <message>
        <source>The server asks for a way of signing in Atrium does not support.</source>
        <translation>El servidor pide una forma de iniciar sesión que Atrium no admite.</translation>
    </message>
    <message>
        <source>Wrong password.</source>
        <translation>Contraseña incorrecta.</translation>
    </message>
    <message>
        <source>The cross-signing keys could not be saved on this device.</source>
        <translation>No se pudieron guardar las claves de firma cruzada en este dispositivo.</translation>
    </message>
    <message>
        <source>Could not publish the signatures: %1</source>
        <translation>No se pudieron publicar las firmas: %1</translation>
    </message>
    <message>
        <source>The server refused the signatures.</source>
        <translation>El servidor rechazó las firmas.</translation>
    </message>
</context>
<context>
    <name>atrium::sync::EncryptionService</name>
    <message>
        <source>could not load the room&apos;s members to share its key</source>
        <translation>no se pudieron cargar los miembros de la sala para compartir su clave</translation>
    </message>
</context>
<context>
    <name>atrium::sync::KeyBackup</name>
    <message>
        <source>Could not make a backup key: %1</source>
        <translation>No se pudo crear una clave de copia: %1</translation>
    </message>
    <message>
        <source>Could not create the backup: %1</source>
        <translation>No se pudo crear la copia de seguridad: %1</translation>
    </message>
    <message>
        <source>The backup key could not be saved here.</source>
        <translation>No se pudo guardar aquí la clave de la copia.</translation>
    </message>
    <message>
        <source>the backup state could not be saved</source>
        <translation>no se pudo guardar el estado de la copia</translation>
    </message>
    <message>
        <source>That recovery key cannot be read: %1</source>
        <translation>No se puede leer esa clave de recuperación: %1</translation>
    </message>
    <message>
        <source>There is no key backup on the server.</source>
        <translation>No hay copia de seguridad de claves en el servidor.</translation>
    </message>
    <message>
        <source>Could not read the backup: %1</source>
        <translation>No se pudo leer la copia de seguridad: %1</translation>
    </message>
    <message>
        <source>This recovery key does not belong to the current backup.</source>
        <translation>Esta clave de recuperación no corresponde a la copia actual.</translation>
    </message>
</context>
<context>
    <name>atrium::sync::RoomHistory</name>
    <message>
        <source>could not store the room&apos;s history</source>
        <translation>no se pudo guardar el historial de la sala</translation>
    </message>
    <message>
        <source>could not store the member list</source>
        <translation>no se pudo guardar la lista de miembros</translation>
    </message>
</context>
<context>
    <name>atrium::sync::RoomKeyDistributor</name>
    <message>
        <source>cannot start an encryption session for this room</source>
        <translation>no se puede iniciar una sesión de cifrado para esta sala</translation>
    </message>
</context>
<context>
    <name>atrium::sync::SecretStorage</name>
    <message>
        <source>Could not read secret storage: %1</source>
        <translation>No se pudo leer el almacenamiento secreto: %1</translation>
    </message>
    <message>
        <source>Secret storage is already set up for this account. Unlock it with its recovery key, or replace it.</source>
        <translation>Esta cuenta ya tiene almacenamiento secreto. Desbloquéalo con su clave de recuperación o sustitúyelo.</translation>
    </message>
    <message>
        <source>The key backup could not be checked: %1</source>
        <translation>No se pudo comprobar la copia de claves: %1</translation>
    </message>
    <message>
        <source>The key backup on the server was made by another session. Restore it here, then set up secret storage again to keep its key.</source>
        <translation>La copia de claves del servidor la hizo otra sesión. Restáurala aquí y vuelve a configurar el almacenamiento secreto para guardar su clave.</translation>
    </message>
    <message>
        <source>No key backup was made: %1</source>
        <translation>No se creó ninguna copia de claves: %1</translation>
    </message>
    <message>
        <source>Could not save secret storage: %1</source>
        <translation>No se pudo guardar el almacenamiento secreto: %1</translation>
    </message>
    <message>
        <source>Secret storage is not set up for this account.</source>
        <translation>Esta cuenta no tiene almacenamiento secreto.</translation>
    </message>
    <message>
        <source>That recovery key or passphrase is wrong.</source>
        <translation>Esa clave de recuperación o frase de contraseña es incorrecta.</translation>
    </message>
    <message>
        <source>Some secrets could not be decrypted; they may have been changed.</source>
        <translation>Algunos secretos no se pudieron descifrar; puede que se hayan modificado.</translation>
    </message>
    <message>
        <source>Could not read the published keys: %1</source>
        <translation>No se pudieron leer las claves publicadas: %1</translation>
    </message>
    <message>
        <source>Could not keep the cross-signing keys: %1</source>
        <translation>No se pudieron guardar las claves de firma cruzada: %1</translation>
    </message>
    <message>
        <source>The cross-signing keys in secret storage are not the ones the account uses now.</source>
        <translation>Las claves de firma cruzada del almacenamiento secreto no son las que usa ahora la cuenta.</translation>
    </message>
    <message>
        <source>The server refused this session&apos;s signature.</source>
        <translation>El servidor rechazó la firma de esta sesión.</translation>
    </message>
    <message>
        <source>History could not be restored from the key backup: %1</source>
        <translation>No se pudo restaurar el historial desde la copia de claves: %1</translation>
    </message>
</context>
<context>
    <name>atrium::sync::SendQueue</name>
    <message>
        <source>this client cannot upload files</source>
        <translation>este cliente no puede subir archivos</translation>
    </message>
</context>
<context>
    <name>atrium::sync::Session</name>
    <message>
        <source>wrong user name or password</source>
        <translation>nombre de usuario o contraseña incorrectos</translation>
    </message>
    <message>
        <source>cannot reach %1: %2</source>
        <translation>no se puede acceder a %1: %2</translation>
    </message>
    <message>
        <source>the server&apos;s sign-in answer lacks a user id or access token</source>
        <translation>a la respuesta del servidor al inicio de sesión le falta el ID de usuario o el token de acceso</translation>
    </message>
    <message>
        <source>cannot save the session in %1: %2</source>
        <translation>no se puede guardar la sesión en %1: %2</translation>
    </message>
    <message>
        <source>signed in, but cannot keep the access token: %1</source>
        <translation>sesión iniciada, pero no se puede conservar el token de acceso: %1</translation>
    </message>
    <message>
        <source>no saved session in %1; sign in first</source>
        <translation>no hay ninguna sesión guardada en %1; inicia sesión primero</translation>
    </message>
    <message>
        <source>the access token for %1 is missing from %2; sign in again</source>
        <translation>falta el token de acceso de %1 en %2; vuelve a iniciar sesión</translation>
    </message>
    <message>
        <source>cannot open the local store: %1</source>
        <translation>no se puede abrir el almacenamiento local: %1</translation>
    </message>
    <message>
        <source>cannot keep the encryption key: %1</source>
        <translation>no se puede conservar la clave de cifrado: %1</translation>
    </message>
    <message>
        <source>not signed in</source>
        <translation>sesión no iniciada</translation>
    </message>
    <message>
        <source>%1 does not offer signing in with a password, only %2, which Atrium cannot do yet</source>
        <translation>%1 no permite iniciar sesión con contraseña, solo %2, que Atrium aún no admite</translation>
    </message>
    <message>
        <source>single sign-on</source>
        <translation>inicio de sesión único</translation>
    </message>
    <message>
        <source>a login token</source>
        <translation>un token de inicio de sesión</translation>
    </message>
    <message>
        <source>%1 asks for more than a user name and password to create an account; create it on the server&apos;s own site, then sign in here</source>
        <translation>%1 pide más que un nombre de usuario y una contraseña para crear una cuenta; créela en el sitio del servidor y luego inicie sesión aquí</translation>
    </message>
</context>
<context>
    <name>atrium::sync::VerificationService</name>
    <message>
        <source>no keys are known for device %1 of %2</source>
        <translation>no se conocen claves del dispositivo %1 de %2</translation>
    </message>
    <message>
        <source>cannot reach the server: %1</source>
        <translation>no se puede acceder al servidor: %1</translation>
    </message>
    <message>
        <source>the verified device could not be saved</source>
        <translation>no se pudo guardar el dispositivo verificado</translation>
    </message>
    <message>
        <source>this device has no keys to verify with yet</source>
        <translation>este dispositivo aún no tiene claves con las que verificar</translation>
    </message>
</context>
</TS>
