import type { shareEn } from './share.en';

type Catalog<T> = { [K in keyof T]: T[K] extends string ? string : Catalog<T[K]> };

/** Palabras de compartir en español: el diálogo, el estado de sincronización, quién está y los enlaces. */
export const shareEs: Catalog<typeof shareEn> = {
  open: 'Compartir',
  title: 'Compartir este recorrido',
  intro:
    'Todos los que tengan un enlace ven el mismo recorrido, en vivo, y sigue funcionando sin conexión. El recorrido se guarda en el servidor del equipo hasta que dejes de compartirlo.',
  server: 'Servidor de sincronización',
  serverHint: 'La dirección del servidor del equipo, p. ej. ws://192.168.1.20:8080 (se inicia con npm run server).',
  serverInvalid:
    'Escribe la dirección del servidor, como ws://192.168.1.20:8080 o la dirección http:// con la que abres la aplicación.',
  start: 'Compartir',
  starting: 'Compartiendo…',
  editLink: 'Enlace para editar',
  viewLink: 'Enlace de solo lectura',
  participantLink: 'Enlace para participantes de un taller (móviles: solo pueden enviar notas y reacciones)',
  copy: 'Copiar',
  copied: 'Copiado',
  qr: 'Código QR del enlace para editar',
  qrCaption:
    'Escanéalo para editar este recorrido (el enlace para editar de arriba). En un taller, muestra el QR de participantes desde «Presentar a la sala».',
  rotate: 'Cambiar los enlaces',
  rotateHint: 'Los enlaces anteriores dejan de funcionar; quien los use necesitará los nuevos.',
  stopSharing: 'Dejar de compartir',
  stopHint: 'El recorrido sale del servidor; cada persona conserva su copia.',
  rotateConfirm:
    'Quien use los enlaces actuales (quien edita, quien lee y los móviles de un taller) se queda sin acceso hasta que le envíes los nuevos. ¿Cambiar los enlaces?',
  stopConfirmWorkshop:
    'El recorrido sale del servidor: cada persona conserva su copia, pero ya no se comparte ningún cambio y todos los enlaces dejan de funcionar. Las notas y reacciones enviadas desde móviles con el enlace para participantes, si las hay, se borran salvo las que se añadieron al mapa. ¿Dejar de compartir?',
  stopConfirm:
    'El recorrido sale del servidor: cada persona conserva su copia, pero ya no se comparte ningún cambio y todos los enlaces dejan de funcionar. ¿Dejar de compartir?',
  confirmCancel: 'Cancelar',
  cutOffKept: 'Tus cambios se quedan en este dispositivo y se unen a los de los demás cuando abras el enlace nuevo.',
  joinedEdit: 'Puedes editar este recorrido compartido.',
  joinedView: 'Puedes leer este recorrido compartido; solo quien tiene el enlace para editar puede cambiarlo.',
  yourName: 'Tu nombre (lo que ven los demás)',
  yourNamePlaceholder: 'p. ej. Ana, facilitadora',
  readOnly: 'Solo lectura: este recorrido se compartió contigo para leerlo.',
  close: 'Cerrar',
  failed: {
    unreachable: 'No se puede conectar con el servidor de sincronización. Revisa su dirección y que esté en marcha.',
    'room-exists': 'Esa sala ya existe en el servidor. Vuelve a intentarlo.',
    'bad-request': 'El servidor rechazó la petición.',
    'invalid-manage-key': 'Este navegador ya no puede gestionar cómo se comparte este recorrido.',
    'unknown-room': 'El servidor ya no tiene este recorrido.',
    'document-too-large':
      'Este recorrido es demasiado grande para este servidor de sincronización, así que no se ha compartido. Acórtalo (notas y descripciones largas, muchos puntos de contacto) o divídelo en dos recorridos y compártelo.',
    unknown: 'Algo salió mal: {{detail}}',
  },
  status: {
    local: 'Solo en este dispositivo',
    refused: 'Sin sincronizar',
    connecting: 'Sincronizando…',
    synced: 'Sincronizado',
    offline: 'Sin conexión: cambios guardados aquí',
    unreachable: 'No se llega al servidor: cambios guardados aquí',
    pending_one: '{{count}} cambio esperando al servidor',
    pending_other: '{{count}} cambios esperando al servidor',
  },
  presence: 'Quién está',
  presenceCount_one: 'Hay {{count}} persona más',
  presenceCount_other: 'Hay {{count}} personas más',
  anonymous: 'Alguien',
  selectedBy: 'Seleccionado por {{name}}',
  refusal: {
    'invalid-key': 'Este enlace ya no funciona. Pide uno nuevo.',
    'key-rotated': 'Se cambiaron los enlaces. Pide el nuevo.',
    'malformed-token': 'Este enlace está dañado.',
    'missing-token': 'Este enlace está dañado.',
    'unknown-room': 'Este recorrido ya no se comparte; conservas tu copia aquí.',
    'sharing-stopped': 'Se dejó de compartir; conservas tu copia aquí.',
    'document-too-large':
      'El recorrido es demasiado grande para el servidor; tu último cambio no se compartió. Acorta o quita algo y recarga la página para volver a compartirlo (hasta entonces tu historial de deshacer aún guarda lo que quitaste).',
    forbidden: 'Este enlace no permite eso.',
    'unknown-document': 'Este enlace está dañado.',
    'server-error': 'El servidor de sincronización falló; se volverá a intentar.',
    unreachable: 'No se puede conectar con el servidor de sincronización.',
    other: 'El servidor de sincronización ya no deja a este navegador compartir este recorrido ({{reason}}).',
    empty: 'El servidor aún no tiene nada en esta sala.',
    invalid: 'Lo que el servidor guarda para este enlace no es un recorrido.',
  },
  join: {
    title: 'Abriendo un recorrido compartido',
    joining: 'Trayendo el recorrido del servidor de sincronización…',
    invalid: 'Este enlace está incompleto o dañado.',
    failed: 'No se pudo abrir el recorrido.',
    library: 'Ir a tus recorridos',
    retry: 'Reintentar',
    retryHint: 'Se vuelve a intentar automáticamente cada 15 segundos y en cuanto este dispositivo recupere la red.',
    offline: 'Este dispositivo no tiene conexión: el recorrido se descargará en cuanto vuelva la red.',
    gone: 'Este recorrido ya no se comparte, o este enlace no es correcto: pide uno nuevo a quien te lo envió.',
  },
};
