<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name>DockPrep::AnalyzeCommand</name>
    <message>
        <source>Problems reading the file:</source>
        <translation>Problemas al leer el archivo:</translation>
    </message>
    <message>
        <source>Stages (target: %1):</source>
        <translation>Etapas (destino: %1):</translation>
    </message>
    <message>
        <source>FROM %1</source>
        <translation>FROM %1</translation>
    </message>
    <message numerus="yes">
        <source>(line %1, %n layer(s))</source>
        <translation>
            <numerusform>(línea %1, %n capa)</numerusform>
            <numerusform>(línea %1, %n capas)</numerusform>
        </translation>
    </message>
    <message>
        <source>[not needed by the target]</source>
        <translation>[el destino no la necesita]</translation>
    </message>
    <message>
        <source>uses %1 (%2, line %3)</source>
        <translation>usa %1 (%2, línea %3)</translation>
    </message>
    <message>
        <source>copies from the image %1</source>
        <translation>copia de la imagen %1</translation>
    </message>
    <message>
        <source>Layers:</source>
        <translation>Capas:</translation>
    </message>
    <message>
        <source>(no layers of its own)</source>
        <translation>(sin capas propias)</translation>
    </message>
    <message>
        <source>Findings (%1):</source>
        <translation>Hallazgos (%1):</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>why: %1</source>
        <translation>por qué: %1</translation>
    </message>
    <message>
        <source>ARG %1</source>
        <translation>ARG %1</translation>
    </message>
    <message>
        <source>Build cache after changing %1 (%2 hits, %3 misses):</source>
        <translation>Caché de compilación tras cambiar %1 (%2 aciertos, %3 fallos):</translation>
    </message>
    <message>
        <source>Analyze a Dockerfile: stages, layers, lint findings and the build-cache cascade.</source>
        <translation>Analiza un Dockerfile: etapas, capas, hallazgos del linter y la cascada de la caché de compilación.</translation>
    </message>
    <message>
        <source>A path in the build context that changed (repeatable).</source>
        <translation>Una ruta del contexto de compilación que ha cambiado (se puede repetir).</translation>
    </message>
    <message>
        <source>A build argument whose value changed (repeatable; NAME or NAME=VALUE).</source>
        <translation>Un argumento de compilación cuyo valor ha cambiado (se puede repetir; NOMBRE o NOMBRE=VALOR).</translation>
    </message>
    <message>
        <source>The stage to build (default: the last one).</source>
        <translation>La etapa que se construye (por defecto: la última).</translation>
    </message>
    <message>
        <source>Output as text or json.</source>
        <translation>Salida como text o json.</translation>
    </message>
    <message>
        <source>The Dockerfile to analyze (&apos;-&apos; reads standard input).</source>
        <translation>El Dockerfile que se analiza («-» lee la entrada estándar).</translation>
    </message>
    <message>
        <source>--format takes text or json</source>
        <translation>--format admite text o json</translation>
    </message>
    <message>
        <source>give exactly one Dockerfile, e.g. dockprep analyze Dockerfile --changed src/app.py</source>
        <translation>indica exactamente un Dockerfile, p. ej. dockprep analyze Dockerfile --changed src/app.py</translation>
    </message>
    <message>
        <source>%1 is a folder; give the Dockerfile inside it</source>
        <translation>%1 es una carpeta; indica el Dockerfile que contiene</translation>
    </message>
</context>
<context>
    <name>DockPrep::AnkiDeckDialog</name>
    <message>
        <source>Questions I wrote notes on or &amp;bookmarked</source>
        <translation>Preguntas con mis notas o &amp;marcadores</translation>
    </message>
    <message>
        <source>The whole &amp;curriculum</source>
        <translation>Todo el &amp;temario</translation>
    </message>
    <message>
        <source>Export Anki cards</source>
        <translation>Exportar tarjetas de Anki</translation>
    </message>
    <message>
        <source>All chapters</source>
        <translation>Todos los capítulos</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>Todos los niveles</translation>
    </message>
    <message>
        <source>Each question becomes a card: the question in front, the model answer, its key points and your notes on the back. Each follow-up becomes a card of its own.</source>
        <translation>Cada pregunta se convierte en una tarjeta: delante, la pregunta; detrás, la respuesta modelo, sus puntos clave y tus notas. Cada pregunta de seguimiento se convierte en una tarjeta propia.</translation>
    </message>
    <message>
        <source>C&amp;hapter:</source>
        <translation>Ca&amp;pítulo:</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Nivel:</translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation>&amp;Guardar como…</translation>
    </message>
    <message>
        <source>No question matches: choose another chapter or level.</source>
        <translation>Ninguna pregunta coincide: elige otro capítulo u otro nivel.</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n tarjeta</numerusform>
            <numerusform>%n tarjetas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) and their follow-ups</source>
        <translation>
            <numerusform>%n pregunta y sus preguntas de seguimiento</numerusform>
            <numerusform>%n preguntas y sus preguntas de seguimiento</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DockPrep::AnswerPlaybackBar</name>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Play the recording</source>
        <translation>Reproducir la grabación</translation>
    </message>
    <message>
        <source>The recording %1 is no longer in the data folder.</source>
        <translation>La grabación %1 ya no está en la carpeta de datos.</translation>
    </message>
    <message>
        <source>Cannot play the recording: %1</source>
        <translation>No se puede reproducir la grabación: %1</translation>
    </message>
</context>
<context>
    <name>DockPrep::AnswerPlayer</name>
    <message>
        <source>No sound output was found on this computer.</source>
        <translation>No se encontró ninguna salida de sonido en este equipo.</translation>
    </message>
    <message>
        <source>The sound output %1 could not be opened.</source>
        <translation>No se pudo abrir la salida de sonido %1.</translation>
    </message>
</context>
<context>
    <name>DockPrep::AnswerRecorder</name>
    <message>
        <source>No microphone was found on this computer. Type the answer, or record it with another program and use Transcribe a recording.</source>
        <translation>No se encontró ningún micrófono en este equipo. Escribe la respuesta, o grábala con otro programa y usa «Transcribir una grabación».</translation>
    </message>
    <message>
        <source>The microphone %1 offers no sound format DockPrep can record.</source>
        <translation>El micrófono %1 no ofrece ningún formato de sonido que DockPrep pueda grabar.</translation>
    </message>
    <message>
        <source>The microphone %1 stopped recording (%2).</source>
        <translation>El micrófono %1 dejó de grabar (%2).</translation>
    </message>
    <message>
        <source>The microphone %1 could not be opened.</source>
        <translation>No se pudo abrir el micrófono %1.</translation>
    </message>
</context>
<context>
    <name>DockPrep::BackupImport</name>
    <message>
        <source>%1 cannot be imported. %2 Nothing was imported.</source>
        <translation>%1 no se puede importar. %2 No se ha importado nada.</translation>
    </message>
    <message>
        <source>The import failed and nothing was changed: %1</source>
        <translation>La importación falló y no se ha cambiado nada: %1</translation>
    </message>
</context>
<context>
    <name>DockPrep::BoundedRead</name>
    <message>
        <source>%1: more than %2 (limit): refusing</source>
        <translation>%1: más de %2 (límite): se rechaza</translation>
    </message>
    <message>
        <source>%1: not a text file (a NUL byte at offset %L2): refusing</source>
        <translation>%1: no es un archivo de texto (un byte NUL en la posición %L2): se rechaza</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
</context>
<context>
    <name>DockPrep::BuildCache</name>
    <message>
        <source>cache hit</source>
        <translation>acierto de caché</translation>
    </message>
    <message>
        <source>cache miss: %1 changed and matches the source %2</source>
        <translation>fallo de caché: %1 ha cambiado y coincide con el origen %2</translation>
    </message>
    <message>
        <source>cache miss: the build argument %1 changed and this is its first use in the stage</source>
        <translation>fallo de caché: el argumento de compilación %1 ha cambiado y este es su primer uso en la etapa</translation>
    </message>
    <message>
        <source>cache miss: the step on line %1 missed, so every later step of the stage runs again</source>
        <translation>fallo de caché: el paso de la línea %1 no salió de la caché, así que todos los pasos posteriores de la etapa se ejecutan de nuevo</translation>
    </message>
    <message>
        <source>cache miss: it is built FROM the stage %1, which changed</source>
        <translation>fallo de caché: se construye a partir de la etapa %1 (FROM), que ha cambiado</translation>
    </message>
    <message>
        <source>cache miss: it takes files from the stage %1, which changed</source>
        <translation>fallo de caché: toma archivos de la etapa %1, que ha cambiado</translation>
    </message>
    <message>
        <source>skipped: the target does not need this stage</source>
        <translation>omitido: el destino no necesita esta etapa</translation>
    </message>
</context>
<context>
    <name>DockPrep::BuildKitValues</name>
    <message>
        <source>the digest algorithm &apos;%1&apos; is not supported (use sha256)</source>
        <translation>el algoritmo de digest «%1» no está admitido (usa sha256)</translation>
    </message>
    <message>
        <source>a %1 digest is %2 lower-case hexadecimal digits</source>
        <translation>un digest %1 tiene %2 dígitos hexadecimales en minúscula</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a duration (write it like 30s, 1m30s or 500ms)</source>
        <translation>«%1» no es una duración (escríbela como 30s, 1m30s o 500ms)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is below the 1ms minimum (0 keeps the inherited value)</source>
        <translation>«%1» está por debajo del mínimo de 1ms (0 conserva el valor heredado)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number</source>
        <translation>«%1» no es un número entero</translation>
    </message>
    <message>
        <source>--retries cannot be negative</source>
        <translation>--retries no puede ser negativo</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names no port</source>
        <translation>«%1» no indica ningún puerto</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a protocol (use tcp, udp or sctp)</source>
        <translation>«%1» no es un protocolo (usa tcp, udp o sctp)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a port or port range (0-65535, e.g. 8080 or 8000-8010)</source>
        <translation>«%1» no es un puerto ni un rango de puertos (0-65535, p. ej. 8080 o 8000-8010)</translation>
    </message>
    <message>
        <source>a 64-digit hexadecimal string is an image ID, not a name: FROM needs a name (add @sha256: before it to pin a digest)</source>
        <translation>una cadena hexadecimal de 64 dígitos es un ID de imagen, no un nombre: FROM necesita un nombre (añade @sha256: delante para fijar un digest)</translation>
    </message>
    <message>
        <source>the repository name &apos;%1&apos; must be lower case</source>
        <translation>el nombre de repositorio «%1» debe ir en minúsculas</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a digest (write @sha256: and 64 hexadecimal digits)</source>
        <translation>«%1» no es un digest (escribe @sha256: y 64 dígitos hexadecimales)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid image reference (name[:tag][@digest], the name in lower case)</source>
        <translation>«%1» no es una referencia de imagen válida (nombre[:tag][@digest], el nombre en minúsculas)</translation>
    </message>
    <message>
        <source>the repository name is longer than 255 characters</source>
        <translation>el nombre de repositorio tiene más de 255 caracteres</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a mode: use octal digits up to 7777 (e.g. 755) or a symbolic mode (e.g. u+x)</source>
        <translation>«%1» no es un modo: usa dígitos octales hasta 7777 (p. ej. 755) o un modo simbólico (p. ej. u+x)</translation>
    </message>
    <message>
        <source>0 is not a signal</source>
        <translation>0 no es una señal</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a signal name (e.g. SIGTERM, SIGQUIT or a number)</source>
        <translation>«%1» no es un nombre de señal (p. ej. SIGTERM, SIGQUIT o un número)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IP address</source>
        <translation>«%1» no es una dirección IP</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is read as a host port: EXPOSE takes a container port only (EXPOSE %2), the address belongs to docker run -p %1:%2</source>
        <translation>«%1» se lee como puerto del host: EXPOSE solo admite un puerto del contenedor (EXPOSE %2), la dirección va en docker run -p %1:%2</translation>
    </message>
    <message>
        <source>the host range %1 and the container range %2 differ in length</source>
        <translation>el rango del host %1 y el rango del contenedor %2 tienen longitudes distintas</translation>
    </message>
</context>
<context>
    <name>DockPrep::BuildStages</name>
    <message>
        <source>stage %1</source>
        <translation>etapa %1</translation>
    </message>
    <message>
        <source>duplicate stage name &apos;%1&apos; (first used on line %2)</source>
        <translation>nombre de etapa duplicado «%1» (usado por primera vez en la línea %2)</translation>
    </message>
    <message>
        <source>no stage named &apos;%1&apos; to build (the stages are: %2)</source>
        <translation>no hay ninguna etapa llamada «%1» que construir (las etapas son: %2)</translation>
    </message>
    <message>
        <source>circular dependency detected on stage: %1 (stages that copy or mount from each other cannot be built in any order)</source>
        <translation>dependencia circular detectada en la etapa: %1 (las etapas que copian o montan unas de otras no se pueden construir en ningún orden)</translation>
    </message>
</context>
<context>
    <name>DockPrep::ChallengeChecker</name>
    <message>
        <source>Nothing in the file does this yet.</source>
        <translation>Todavía no hay nada en el archivo que haga esto.</translation>
    </message>
    <message>
        <source>This line is what the check is about: &apos;%1&apos;.</source>
        <translation>La comprobación trata de esta línea: «%1».</translation>
    </message>
    <message>
        <source>Compose accepts the file</source>
        <translation>Compose acepta el archivo</translation>
    </message>
    <message>
        <source>This check does not apply to compose files.</source>
        <translation>Esta comprobación no se aplica a archivos compose.</translation>
    </message>
    <message>
        <source>There is no service &apos;%1&apos;.</source>
        <translation>No hay ningún servicio «%1».</translation>
    </message>
    <message>
        <source>&apos;%1&apos; of &apos;%2&apos; is &apos;%3&apos;, not &apos;%4&apos;.</source>
        <translation>«%1» de «%2» es «%3», no «%4».</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no &apos;%2&apos; key.</source>
        <translation>«%1» no tiene la clave «%2».</translation>
    </message>
    <message>
        <source>&apos;%1&apos; of &apos;%2&apos; has nothing with &apos;%3&apos;.</source>
        <translation>«%1» de «%2» no tiene nada con «%3».</translation>
    </message>
    <message>
        <source>&apos;%1&apos; still has a &apos;%2&apos; key.</source>
        <translation>«%1» todavía tiene una clave «%2».</translation>
    </message>
    <message>
        <source>The Dockerfile parses</source>
        <translation>El Dockerfile se analiza sin errores</translation>
    </message>
    <message>
        <source>There is no FROM instruction.</source>
        <translation>No hay ninguna instrucción FROM.</translation>
    </message>
    <message>
        <source>The file has no stage to check.</source>
        <translation>El archivo no tiene ninguna etapa que comprobar.</translation>
    </message>
    <message>
        <source>This check does not apply to Dockerfiles.</source>
        <translation>Esta comprobación no se aplica a Dockerfiles.</translation>
    </message>
    <message numerus="yes">
        <source>The file has %n stage(s).</source>
        <translation>
            <numerusform>El archivo tiene %n etapa.</numerusform>
            <numerusform>El archivo tiene %n etapas.</numerusform>
        </translation>
    </message>
    <message>
        <source>The final image is built on &apos;%1&apos;.</source>
        <translation>La imagen final se construye sobre «%1».</translation>
    </message>
    <message>
        <source>No USER instruction: the container runs as root.</source>
        <translation>No hay instrucción USER: el contenedor se ejecuta como root.</translation>
    </message>
    <message>
        <source>The last USER is root.</source>
        <translation>El último USER es root.</translation>
    </message>
    <message>
        <source>The final image has no %1.</source>
        <translation>La imagen final no tiene %1.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>%1 in shell form runs under /bin/sh -c, which becomes PID 1 and does not pass SIGTERM on.</source>
        <translation>%1 en forma shell se ejecuta bajo /bin/sh -c, que pasa a ser el PID 1 y no reenvía SIGTERM.</translation>
    </message>
    <message>
        <source>The final image still has %1.</source>
        <translation>La imagen final todavía tiene %1.</translation>
    </message>
    <message>
        <source>The final image has no %1 instruction.</source>
        <translation>La imagen final no tiene ninguna instrucción %1.</translation>
    </message>
    <message>
        <source>No RUN uses --mount=type=%1.</source>
        <translation>Ningún RUN usa --mount=type=%1.</translation>
    </message>
    <message>
        <source>%1 %2 is kept in the image&apos;s history and config, where anyone who pulls the image reads it.</source>
        <translation>%1 %2 se queda en el historial y la configuración de la imagen, donde lo lee cualquiera que descargue la imagen.</translation>
    </message>
    <message>
        <source>apt-get update and apt-get install in separate RUNs: the cached update layer goes stale and installs fail or get old packages.</source>
        <translation>apt-get update y apt-get install en RUN separados: la capa de la actualización en caché se queda obsoleta y las instalaciones fallan o traen paquetes antiguos.</translation>
    </message>
    <message>
        <source>No step of the build does this any more.</source>
        <translation>Ningún paso de la construcción hace ya esto.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no %2 in its environment.</source>
        <translation>«%1» no tiene %2 en su entorno.</translation>
    </message>
    <message>
        <source>No user &apos;%1&apos; exists in the image: nothing before this line creates it (useradd, adduser) and %2 does not ship one.</source>
        <translation>No existe ningún usuario «%1» en la imagen: nada antes de esta línea lo crea (useradd, adduser) y %2 no trae ninguno.</translation>
    </message>
    <message>
        <source>No group &apos;%1&apos; exists in the image: nothing before this line creates it (groupadd, addgroup).</source>
        <translation>No existe ningún grupo «%1» en la imagen: nada antes de esta línea lo crea (groupadd, addgroup).</translation>
    </message>
    <message>
        <source>USER %1 is a name: Kubernetes&apos; runAsNonRoot can only verify a numeric UID.</source>
        <translation>USER %1 es un nombre: runAsNonRoot de Kubernetes solo puede verificar un UID numérico.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; writes the secret &apos;%2&apos; into %3, which stays in the layer: anyone who pulls the image reads it.</source>
        <translation>«%1» escribe el secreto «%2» en %3, que se queda en la capa: cualquiera que descargue la imagen lo lee.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a connection URL.</source>
        <translation>«%1» no es una URL de conexión.</translation>
    </message>
    <message>
        <source>The URL connects to the host &apos;%1&apos;, but the database service is called &apos;%2&apos;.</source>
        <translation>La URL se conecta al host «%1», pero el servicio de base de datos se llama «%2».</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a PostgreSQL, MySQL or MariaDB image.</source>
        <translation>«%1» no es una imagen de PostgreSQL, MySQL ni MariaDB.</translation>
    </message>
    <message>
        <source>The URL logs in as &apos;%1&apos;, but the %2 image creates only the user %3.</source>
        <translation>La URL inicia sesión como «%1», pero la imagen %2 solo crea el usuario %3.</translation>
    </message>
    <message>
        <source>The URL names the database &apos;%1&apos;, but the %2 image creates none.</source>
        <translation>La URL nombra la base de datos «%1», pero la imagen %2 no crea ninguna.</translation>
    </message>
    <message>
        <source>The URL names the database &apos;%1&apos;, but the %2 image creates &apos;%3&apos;.</source>
        <translation>La URL nombra la base de datos «%1», pero la imagen %2 crea «%3».</translation>
    </message>
    <message>
        <source>The healthcheck of &apos;%1&apos; is disabled (disable: true or test: [&quot;NONE&quot;]), so Compose runs none.</source>
        <translation>El healthcheck de «%1» está desactivado (disable: true o test: [&quot;NONE&quot;]), así que Compose no ejecuta ninguno.</translation>
    </message>
    <message>
        <source>HEALTHCHECK NONE turns the healthcheck off.</source>
        <translation>HEALTHCHECK NONE desactiva el healthcheck.</translation>
    </message>
    <message>
        <source>The final image has no HEALTHCHECK instruction.</source>
        <translation>La imagen final no tiene ninguna instrucción HEALTHCHECK.</translation>
    </message>
    <message>
        <source>The final image still has HEALTHCHECK.</source>
        <translation>La imagen final todavía tiene HEALTHCHECK.</translation>
    </message>
</context>
<context>
    <name>DockPrep::ChallengeStore</name>
    <message>
        <source>The database is not open.</source>
        <translation>La base de datos no está abierta.</translation>
    </message>
    <message>
        <source>The database was written by a newer DockPrep and is open read-only; your attempt cannot be saved.</source>
        <translation>La base de datos la escribió un DockPrep más reciente y está abierta en solo lectura; tu intento no se puede guardar.</translation>
    </message>
    <message>
        <source>An attempt needs the id of its challenge.</source>
        <translation>Un intento necesita el id de su ejercicio.</translation>
    </message>
    <message>
        <source>Could not save your attempt: %1</source>
        <translation>No se pudo guardar tu intento: %1</translation>
    </message>
    <message>
        <source>Could not read back your attempt.</source>
        <translation>No se pudo volver a leer tu intento.</translation>
    </message>
    <message>
        <source>Could not remove your attempt: %1</source>
        <translation>No se pudo eliminar tu intento: %1</translation>
    </message>
    <message>
        <source>Could not import the challenge attempts: %1</source>
        <translation>No se pudieron importar los intentos de ejercicios: %1</translation>
    </message>
</context>
<context>
    <name>DockPrep::ChallengesPage</name>
    <message>
        <source>junior</source>
        <translation>junior</translation>
    </message>
    <message>
        <source>mid</source>
        <translation>intermedio</translation>
    </message>
    <message>
        <source>senior</source>
        <translation>senior</translation>
    </message>
    <message>
        <source>principal</source>
        <translation>principal</translation>
    </message>
    <message>
        <source>Show the solution</source>
        <translation>Mostrar la solución</translation>
    </message>
    <message>
        <source>Show a reference solution? Trying one more hint first teaches more.</source>
        <translation>¿Mostrar una solución de referencia? Probar antes una pista más enseña más.</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Comprobar</translation>
    </message>
    <message>
        <source>Start &amp;over</source>
        <translation>Empezar de &amp;nuevo</translation>
    </message>
    <message>
        <source>Click a check to go to its line.</source>
        <translation>Haz clic en una comprobación para ir a su línea.</translation>
    </message>
    <message>
        <source>Put the starting file back (your attempt is discarded).</source>
        <translation>Recuperar el archivo inicial (tu intento se descarta).</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Solved before. Check again to see every check.</source>
        <translation>Ya resuelto. Vuelve a comprobar para ver todas las comprobaciones.</translation>
    </message>
    <message>
        <source>Fix the file, then Check.</source>
        <translation>Corrige el archivo y después pulsa Comprobar.</translation>
    </message>
    <message>
        <source>**Hint %1.** %2</source>
        <translation>**Pista %1.** %2</translation>
    </message>
    <message>
        <source>No more hints</source>
        <translation>No quedan pistas</translation>
    </message>
    <message>
        <source>line %1: </source>
        <translation>línea %1: </translation>
    </message>
    <message>
        <source>All %1 checks pass. Well done.</source>
        <translation>Las %1 comprobaciones se cumplen. Bien hecho.</translation>
    </message>
    <message>
        <source>%1 of %2 checks pass.</source>
        <translation>Se cumplen %1 de %2 comprobaciones.</translation>
    </message>
    <message>
        <source>solved</source>
        <translation>resuelto</translation>
    </message>
    <message>
        <source>H&amp;int</source>
        <translation>&amp;Pista</translation>
    </message>
    <message>
        <source>Show so&amp;lution…</source>
        <translation>Mostrar &amp;solución…</translation>
    </message>
    <message>
        <source>H&amp;int (%1 left)</source>
        <translation>&amp;Pista (quedan %1)</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>superada</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>no superada</translation>
    </message>
    <message>
        <source>The solution is in the editor; Ctrl+Z brings your attempt back. Check to see it pass.</source>
        <translation>La solución está en el editor; Ctrl+Z recupera tu intento. Comprueba para verla superar las comprobaciones.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>DockPrep::Competency</name>
    <message>
        <source>leadership rated %1 of 5; principal needs %2</source>
        <translation>liderazgo valorado con %1 de 5; principal necesita %2</translation>
    </message>
    <message>
        <source>production experience rated %1 of 5; senior needs %2</source>
        <translation>experiencia en producción valorada con %1 de 5; senior necesita %2</translation>
    </message>
    <message>
        <source>No questions with key points have been asked yet.</source>
        <translation>Todavía no se ha hecho ninguna pregunta con puntos clave.</translation>
    </message>
    <message>
        <source>The answers covered fewer than %1 % of the key points of the lowest level asked (%2).</source>
        <translation>Las respuestas cubrieron menos del %1 % de los puntos clave del nivel más bajo preguntado (%2).</translation>
    </message>
    <message>
        <source>%1 of %2 key points at %3 level (%4 %)</source>
        <translation>%1 de %2 puntos clave en el nivel %3 (%4 %)</translation>
    </message>
    <message>
        <source>not %1: %2</source>
        <translation>no %1: %2</translation>
    </message>
    <message>
        <source>%1 questions were asked but not shown</source>
        <translation>se hicieron preguntas de nivel %1 pero no se demostró</translation>
    </message>
</context>
<context>
    <name>DockPrep::ComposeChecker</name>
    <message>
        <source>This is not valid YAML: %1.</source>
        <translation>Esto no es YAML válido: %1.</translation>
    </message>
    <message>
        <source>A compose file is a YAML mapping with a top-level &apos;services&apos; key; this file is not a mapping.</source>
        <translation>Un archivo compose es un mapa YAML con una clave «services» de nivel superior; este archivo no es un mapa.</translation>
    </message>
    <message>
        <source>&apos;services&apos; must be a mapping of service names to their definitions.</source>
        <translation>«services» debe ser un mapa de nombres de servicio a sus definiciones.</translation>
    </message>
    <message>
        <source>The file has a shape the checker cannot read: %1.</source>
        <translation>El archivo tiene una forma que el comprobador no sabe leer: %1.</translation>
    </message>
    <message>
        <source>The top-level &apos;version&apos; key is obsolete: Compose v2 ignores it (and warns), the file follows the Compose Specification whatever it says.</source>
        <translation>La clave «version» de nivel superior está obsoleta: Compose v2 la ignora (y avisa); el archivo sigue la Compose Specification diga lo que diga.</translation>
    </message>
    <message>
        <source>The service &apos;%1&apos; must be a mapping of keys such as image, ports and environment.</source>
        <translation>El servicio «%1» debe ser un mapa de claves como image, ports y environment.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no healthcheck, so Compose (and anything waiting on it) can only know it started, not that it works.</source>
        <translation>«%1» no tiene healthcheck, así que Compose (y todo lo que lo espera) solo puede saber que arrancó, no que funciona.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no tag, which means &apos;latest&apos;: the next pull can bring a different major version; pin a version.</source>
        <translation>«%1» no tiene etiqueta, lo que significa «latest»: la próxima descarga puede traer otra versión mayor; fija una versión.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; follows &apos;latest&apos;: the next pull can bring a different major version; pin a version.</source>
        <translation>«%1» sigue a «latest»: la próxima descarga puede traer otra versión mayor; fija una versión.</translation>
    </message>
    <message>
        <source>privileged: true gives the container every capability and the host&apos;s devices; root in it is close to root on the host.</source>
        <translation>privileged: true da al contenedor todas las capabilities y los dispositivos del host; root dentro es casi root en el host.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no restart policy: after a crash or a daemon restart it stays down (the default is &quot;no&quot;).</source>
        <translation>«%1» no tiene política de reinicio: tras un fallo o un reinicio del daemon se queda parado (el valor por defecto es &quot;no&quot;).</translation>
    </message>
    <message>
        <source>%1 puts a secret in the container&apos;s environment, where docker inspect, logs and child processes see it; use a secret and %1_FILE.</source>
        <translation>%1 pone un secreto en el entorno del contenedor, donde lo ven docker inspect, los logs y los procesos hijos; usa un secreto y %1_FILE.</translation>
    </message>
    <message>
        <source>The named volume &apos;%1&apos; is not declared under the top-level &apos;volumes&apos; key; Compose refuses to start.</source>
        <translation>El volumen con nombre «%1» no está declarado bajo la clave «volumes» de nivel superior; Compose se niega a arrancar.</translation>
    </message>
    <message>
        <source>The named volume &apos;%1&apos; needs a top-level &apos;volumes:&apos; section declaring it; Compose refuses to start without one.</source>
        <translation>El volumen con nombre «%1» necesita una sección «volumes:» de nivel superior que lo declare; sin ella Compose se niega a arrancar.</translation>
    </message>
    <message>
        <source>The secret &apos;%1&apos; is not declared under the top-level &apos;secrets&apos; key; Compose refuses to start.</source>
        <translation>El secreto «%1» no está declarado bajo la clave «secrets» de nivel superior; Compose se niega a arrancar.</translation>
    </message>
    <message>
        <source>depends_on: [%1] only waits for &apos;%1&apos; to start, not to be ready; use the long form with condition: service_healthy.</source>
        <translation>depends_on: [%1] solo espera a que «%1» arranque, no a que esté listo; usa la forma larga con condition: service_healthy.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; waits for &apos;%2&apos; to be healthy, but &apos;%2&apos; has no healthcheck here; unless its image defines one, the start fails.</source>
        <translation>«%1» espera a que «%2» esté sano, pero «%2» no tiene healthcheck aquí; salvo que su imagen defina uno, el arranque falla.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; only waits for &apos;%2&apos; to start, not to be ready; use condition: service_healthy (with a healthcheck on &apos;%2&apos;).</source>
        <translation>«%1» solo espera a que «%2» arranque, no a que esté listo; usa condition: service_healthy (con un healthcheck en «%2»).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; keeps its data in %2 without a named volume there: it lives in an anonymous volume that down -v, rm -v or a clean-up loses.</source>
        <translation>«%1» guarda sus datos en %2 sin un volumen con nombre allí: viven en un volumen anónimo que se pierde con down -v, rm -v o una limpieza.</translation>
    </message>
    <message>
        <source>The %1 image needs %2 at its first start and exits without it.</source>
        <translation>La imagen %1 necesita %2 en su primer arranque y termina sin ella.</translation>
    </message>
    <message>
        <source>No %1 is set, so the %2 image creates no database of the name your application expects (or one named after the user).</source>
        <translation>%1 no está definida, así que la imagen %2 no crea una base de datos con el nombre que espera tu aplicación (o crea una con el nombre del usuario).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; publishes the database on every host interface (0.0.0.0), past host firewalls such as ufw; bind 127.0.0.1 or use only the compose network.</source>
        <translation>«%1» publica la base de datos en todas las interfaces del host (0.0.0.0), saltándose cortafuegos del host como ufw; enlaza a 127.0.0.1 o usa solo la red de compose.</translation>
    </message>
    <message>
        <source>The file is not valid YAML.</source>
        <translation>El archivo no es YAML válido.</translation>
    </message>
    <message>
        <source>The YAML is not shaped like a compose file.</source>
        <translation>El YAML no tiene la forma de un archivo compose.</translation>
    </message>
    <message>
        <source>The top-level version key is obsolete; Compose v2 ignores it.</source>
        <translation>La clave version de nivel superior está obsoleta; Compose v2 la ignora.</translation>
    </message>
    <message>
        <source>A key the Compose Specification does not define.</source>
        <translation>Una clave que la Compose Specification no define.</translation>
    </message>
    <message>
        <source>depends_on waits for a start, not for readiness.</source>
        <translation>depends_on espera al arranque, no a que el servicio esté listo.</translation>
    </message>
    <message>
        <source>Waits for a healthy service that has no healthcheck.</source>
        <translation>Espera a un servicio sano que no tiene healthcheck.</translation>
    </message>
    <message>
        <source>A service without a healthcheck.</source>
        <translation>Un servicio sin healthcheck.</translation>
    </message>
    <message>
        <source>A database without a named volume on its data path.</source>
        <translation>Una base de datos sin volumen con nombre en su ruta de datos.</translation>
    </message>
    <message>
        <source>A database image without the variables it needs to start.</source>
        <translation>Una imagen de base de datos sin las variables que necesita para arrancar.</translation>
    </message>
    <message>
        <source>A database image without the variable naming its database.</source>
        <translation>Una imagen de base de datos sin la variable que da nombre a su base de datos.</translation>
    </message>
    <message>
        <source>A secret in plain environment instead of a secret file.</source>
        <translation>Un secreto en el entorno normal en lugar de en un archivo de secreto.</translation>
    </message>
    <message>
        <source>An image on latest or without a tag.</source>
        <translation>Una imagen en latest o sin etiqueta.</translation>
    </message>
    <message>
        <source>A database port published on every host interface.</source>
        <translation>Un puerto de base de datos publicado en todas las interfaces del host.</translation>
    </message>
    <message>
        <source>A privileged container.</source>
        <translation>Un contenedor privilegiado.</translation>
    </message>
    <message>
        <source>A service without a restart policy.</source>
        <translation>Un servicio sin política de reinicio.</translation>
    </message>
    <message>
        <source>A named volume not declared at the top level.</source>
        <translation>Un volumen con nombre no declarado en el nivel superior.</translation>
    </message>
    <message>
        <source>A secret not declared at the top level.</source>
        <translation>Un secreto no declarado en el nivel superior.</translation>
    </message>
    <message>
        <source>This is not valid YAML: the quoted value never closes, so it runs to the end of the file.</source>
        <translation>Esto no es YAML válido: el valor entre comillas nunca se cierra, así que llega hasta el final del archivo.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is written twice in the same mapping (first on line %2); YAML allows a key once, so Compose refuses the file.</source>
        <translation>«%1» aparece dos veces en el mismo mapa (primero en la línea %2); YAML permite una clave una sola vez, así que Compose rechaza el archivo.</translation>
    </message>
    <message>
        <source>The file is over a reading limit (its size, or its YAML nodes with aliases expanded).</source>
        <translation>El archivo supera un límite de lectura (su tamaño o sus nodos YAML con los alias expandidos).</translation>
    </message>
    <message>
        <source>A key written twice in the same mapping.</source>
        <translation>Una clave escrita dos veces en el mismo mapa.</translation>
    </message>
    <message>
        <source>A value of the wrong shape, such as a single value where a list belongs.</source>
        <translation>Un valor con la forma equivocada, como un valor suelto donde va una lista.</translation>
    </message>
    <message>
        <source>A duration, size, port, mount or choice Compose cannot read.</source>
        <translation>Una duración, tamaño, puerto, montaje u opción que Compose no sabe leer.</translation>
    </message>
    <message>
        <source>A ${ that never closes.</source>
        <translation>Un ${ que nunca se cierra.</translation>
    </message>
    <message>
        <source>A network not declared at the top level.</source>
        <translation>Una red no declarada en el nivel superior.</translation>
    </message>
    <message>
        <source>A service with neither an image nor a build.</source>
        <translation>Un servicio sin imagen ni build.</translation>
    </message>
    <message>
        <source>An override file read without its base file.</source>
        <translation>Un archivo override leído sin su archivo base.</translation>
    </message>
    <message>
        <source>Keys that exclude each other, such as network_mode with networks.</source>
        <translation>Claves que se excluyen entre sí, como network_mode con networks.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; depends on &apos;%2&apos;, which this file does not define; Compose refuses the file.</source>
        <translation>«%1» depende de «%2», que este archivo no define; Compose rechaza el archivo.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; extends &apos;%2&apos;, which this file does not define; Compose refuses the file.</source>
        <translation>«%1» extiende «%2», que este archivo no define; Compose rechaza el archivo.</translation>
    </message>
    <message>
        <source>network_mode of &apos;%1&apos; names the service &apos;%2&apos;, which this file does not define; Compose refuses the file.</source>
        <translation>network_mode de «%1» nombra el servicio «%2», que este archivo no define; Compose rechaza el archivo.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; sets both network_mode and networks, which exclude each other; Compose refuses the file.</source>
        <translation>«%1» define a la vez network_mode y networks, que se excluyen entre sí; Compose rechaza el archivo.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; joins the network &apos;%2&apos;, which is not declared under the top-level &apos;networks&apos; key; Compose refuses the file.</source>
        <translation>«%1» se une a la red «%2», que no está declarada bajo la clave «networks» de nivel superior; Compose rechaza el archivo.</translation>
    </message>
    <message>
        <source>A healthcheck test list starts with CMD, CMD-SHELL or NONE, not &apos;%1&apos;; Compose refuses the file.</source>
        <translation>Una lista test de un healthcheck empieza por CMD, CMD-SHELL o NONE, no por «%1»; Compose rechaza el archivo.</translation>
    </message>
    <message>
        <source>No service here has an image or a build, so this looks like an override file: Compose refuses it on its own; check it together with its base file (docker compose -f compose.yaml -f &lt;this file&gt; config).</source>
        <translation>Ningún servicio de aquí tiene imagen ni build, así que parece un archivo override: Compose lo rechaza por sí solo; compruébalo junto con su archivo base (docker compose -f compose.yaml -f &lt;este archivo&gt; config).</translation>
    </message>
    <message>
        <source>%1 have neither an image nor a build, so this looks like an override file: Compose refuses it on its own; check it together with its base file (docker compose -f compose.yaml -f &lt;this file&gt; config).</source>
        <translation>%1 no tienen imagen ni build, así que parece un archivo override: Compose lo rechaza por sí solo; compruébalo junto con su archivo base (docker compose -f compose.yaml -f &lt;este archivo&gt; config).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has neither an image nor a build, so Compose has nothing to run and refuses the file.</source>
        <translation>«%1» no tiene imagen ni build, así que Compose no tiene nada que ejecutar y rechaza el archivo.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; depends on itself; Compose cannot order its start and refuses the file.</source>
        <translation>«%1» depende de sí mismo; Compose no puede ordenar su arranque y rechaza el archivo.</translation>
    </message>
    <message>
        <source>%1 wait for each other; Compose cannot order their start and refuses the file.</source>
        <translation>%1 se esperan entre sí; Compose no puede ordenar su arranque y rechaza el archivo.</translation>
    </message>
    <message>
        <source>The volume &apos;%1&apos; is external, which Compose does not create, so &apos;%2&apos; cannot go with it (only name can); Compose refuses the file.</source>
        <translation>El volumen «%1» es external, que Compose no crea, así que «%2» no puede ir con él (solo name); Compose rechaza el archivo.</translation>
    </message>
    <message>
        <source>it names no container port</source>
        <translation>no indica ningún puerto del contenedor</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a container port from 0 to 65535</source>
        <translation>«%1» no es un puerto del contenedor de 0 a 65535</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a host port from 0 to 65535</source>
        <translation>«%1» no es un puerto del host de 0 a 65535</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a protocol (tcp, udp or sctp)</source>
        <translation>«%1» no es un protocolo (tcp, udp o sctp)</translation>
    </message>
    <message>
        <source>an empty part between colons, so the mount has no source</source>
        <translation>una parte vacía entre dos puntos, así que el montaje no tiene origen</translation>
    </message>
    <message>
        <source>a single value</source>
        <translation>un valor suelto</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>una lista</translation>
    </message>
    <message>
        <source>a mapping</source>
        <translation>un mapa</translation>
    </message>
    <message>
        <source>a value, a list or a mapping</source>
        <translation>un valor, una lista o un mapa</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 o %2</translation>
    </message>
    <message>
        <source>the single value &apos;%1&apos;</source>
        <translation>el valor suelto «%1»</translation>
    </message>
    <message>
        <source>the top level</source>
        <translation>el nivel superior</translation>
    </message>
    <message>
        <source>%1 must be %2, not %3; Compose refuses the file.</source>
        <translation>%1 debe ser %2, no %3; Compose rechaza el archivo.</translation>
    </message>
    <message>
        <source>a top-level key</source>
        <translation>una clave de nivel superior</translation>
    </message>
    <message>
        <source>a service key</source>
        <translation>una clave de servicio</translation>
    </message>
    <message>
        <source>a key of &apos;%1&apos;</source>
        <translation>una clave de «%1»</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not %2 in the Compose Specification; Compose refuses unknown keys (use an x- prefix for your own).</source>
        <translation>«%1» no es %2 en la Compose Specification; Compose rechaza las claves desconocidas (usa el prefijo x- para las tuyas).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not %2 in the Compose Specification (did you mean &apos;%3&apos;?); Compose refuses unknown keys.</source>
        <translation>«%1» no es %2 en la Compose Specification (¿querías decir «%3»?); Compose rechaza las claves desconocidas.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a duration Compose reads for %2 (such as 30s, 1m30s or 500ms); Compose refuses the file.</source>
        <translation>«%1» no es una duración que Compose lea para %2 (como 30s, 1m30s o 500ms); Compose rechaza el archivo.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a size Compose reads for %2 (such as 512m, 2g or a number of bytes); Compose refuses the file.</source>
        <translation>«%1» no es un tamaño que Compose lea para %2 (como 512m, 2g o un número de bytes); Compose rechaza el archivo.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a value Compose allows for %2 (%3); Compose refuses the file.</source>
        <translation>«%1» no es un valor que Compose permita para %2 (%3); Compose rechaza el archivo.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a value Compose allows for %2 (%3; did you mean &apos;%4&apos;?); Compose refuses the file.</source>
        <translation>«%1» no es un valor que Compose permita para %2 (%3; ¿querías decir «%4»?); Compose rechaza el archivo.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a port mapping Compose reads: %2; Compose refuses the file.</source>
        <translation>«%1» no es una asignación de puertos que Compose lea: %2; Compose rechaza el archivo.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a mount Compose reads: %2; Compose refuses the file.</source>
        <translation>«%1» no es un montaje que Compose lea: %2; Compose rechaza el archivo.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; opens a ${ that never closes; Compose cannot interpolate it and refuses the file (write $$ for a literal $).</source>
        <translation>«%1» abre un ${ que nunca se cierra; Compose no puede interpolarlo y rechaza el archivo (escribe $$ para un $ literal).</translation>
    </message>
    <message>
        <source>depends_on, extends, links, volumes_from or network_mode naming a service the file does not define.</source>
        <translation>depends_on, extends, links, volumes_from o network_mode que nombra un servicio que el archivo no define.</translation>
    </message>
    <message>
        <source>Services that depend on or extend each other, or themselves.</source>
        <translation>Servicios que dependen unos de otros o se extienden entre sí, o a sí mismos.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; links to &apos;%2&apos;, which this file does not define; Compose refuses the file.</source>
        <translation>«%1» enlaza con «%2», que este archivo no define; Compose rechaza el archivo.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes volumes from &apos;%2&apos;, which this file does not define (a container is written container:NAME); Compose refuses the file.</source>
        <translation>«%1» toma volúmenes de «%2», que este archivo no define (un contenedor se escribe container:NAME); Compose rechaza el archivo.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; extends itself; Compose refuses the file.</source>
        <translation>«%1» se extiende a sí mismo; Compose rechaza el archivo.</translation>
    </message>
    <message>
        <source>%1 extend each other in a circle; Compose refuses the file.</source>
        <translation>%1 se extienden entre sí en círculo; Compose rechaza el archivo.</translation>
    </message>
</context>
<context>
    <name>DockPrep::ComposeYaml</name>
    <message>
        <source>the alias at line %1 is inside the node its anchor names (an endless cycle): refusing</source>
        <translation>el alias de la línea %1 está dentro del nodo que nombra su ancla (un ciclo sin fin): se rechaza</translation>
    </message>
    <message>
        <source>more than %L1 YAML nodes after expanding aliases (limit): refusing</source>
        <translation>más de %L1 nodos YAML tras expandir los alias (límite): se rechaza</translation>
    </message>
    <message>
        <source>more than %L1 YAML nodes (limit): refusing</source>
        <translation>más de %L1 nodos YAML (límite): se rechaza</translation>
    </message>
    <message>
        <source>more than %1 (limit): refusing</source>
        <translation>más de %1 (límite): se rechaza</translation>
    </message>
</context>
<context>
    <name>DockPrep::ContentsDelegate</name>
    <message>
        <source>J</source>
        <comment>junior badge</comment>
        <translation>J</translation>
    </message>
    <message>
        <source>M</source>
        <comment>mid-level badge</comment>
        <translation>I</translation>
    </message>
    <message>
        <source>S</source>
        <comment>senior badge</comment>
        <translation>S</translation>
    </message>
    <message>
        <source>P</source>
        <comment>principal badge</comment>
        <translation>P</translation>
    </message>
</context>
<context>
    <name>DockPrep::ContentsDock</name>
    <message>
        <source>Contents</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <source>Filter by title or tag</source>
        <translation>Filtrar por título o etiqueta</translation>
    </message>
    <message>
        <source>Filter the contents</source>
        <translation>Filtrar el contenido</translation>
    </message>
    <message>
        <source>Level filter</source>
        <translation>Filtro de nivel</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>Todos los niveles</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <source>Progress filter</source>
        <translation>Filtro de progreso</translation>
    </message>
    <message>
        <source>All questions</source>
        <translation>Todas las preguntas</translation>
    </message>
    <message>
        <source>Not studied yet</source>
        <translation>Aún sin estudiar</translation>
    </message>
    <message>
        <source>Bookmarked</source>
        <translation>Con marcador</translation>
    </message>
</context>
<context>
    <name>DockPrep::ContentsModel</name>
    <message>
        <source>studied</source>
        <translation>estudiada</translation>
    </message>
    <message>
        <source>bookmarked</source>
        <translation>con marcador</translation>
    </message>
    <message>
        <source>%1 of %2 studied</source>
        <translation>%1 de %2 estudiadas</translation>
    </message>
    <message>
        <source>due for review</source>
        <translation>pendiente de repaso</translation>
    </message>
</context>
<context>
    <name>DockPrep::DatabaseOpening</name>
    <message>
        <source>DockPrep</source>
        <translation>DockPrep</translation>
    </message>
    <message>
        <source>Your notes database could not be read, so DockPrep started a new one.

The damaged file was kept at:
%1</source>
        <translation>No se pudo leer tu base de datos de notas, así que DockPrep ha creado una nueva.

El archivo dañado se ha conservado en:
%1</translation>
    </message>
    <message>
        <source>

The newest automatic backup is %1.</source>
        <translation>

La copia de seguridad automática más reciente es %1.</translation>
    </message>
    <message>
        <source>

Restore the newest automatic backup (%1)?</source>
        <translation>

¿Restaurar la copia de seguridad automática más reciente (%1)?</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>Restaurar la copia de seguridad</translation>
    </message>
    <message>
        <source>Start with an empty database</source>
        <translation>Empezar con una base de datos vacía</translation>
    </message>
    <message>
        <source>The backup could not be restored: %1</source>
        <translation>No se pudo restaurar la copia de seguridad: %1</translation>
    </message>
    <message>
        <source>DockPrep cannot open your notes database %1:
%2</source>
        <translation>DockPrep no puede abrir tu base de datos de notas %1:
%2</translation>
    </message>
    <message>
        <source>Quit DockPrep now</source>
        <translation>Salir de DockPrep ahora</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Más tarde</translation>
    </message>
    <message>
        <source>DockPrep&apos;s check of your notes database found damage.

When DockPrep starts next, it sets the damaged file aside (nothing is deleted) and offers you the newest automatic backup. Quit now and start DockPrep again to do that at once; what you have typed is saved first.</source>
        <translation>La comprobación de su base de datos de notas encontró daños.

La próxima vez que se inicie, DockPrep apartará el archivo dañado (no se borra nada) y le ofrecerá la copia de seguridad automática más reciente. Salga ahora y vuelva a iniciar DockPrep para hacerlo de inmediato; lo que haya escrito se guarda antes.</translation>
    </message>
</context>
<context>
    <name>DockPrep::DeliveryFigures</name>
    <message>
        <source>%1 words in %2 s, %3 words a minute; %4 silences of %5 s or more (longest %6 s); %7 fillers</source>
        <translation>%1 palabras en %2 s, %3 palabras por minuto; %4 silencios de %5 s o más (el más largo %6 s); %7 muletillas</translation>
    </message>
    <message>
        <source>first key point at %1 s</source>
        <translation>primer punto clave a los %1 s</translation>
    </message>
    <message>
        <source>no key point mentioned</source>
        <translation>ningún punto clave mencionado</translation>
    </message>
</context>
<context>
    <name>DockPrep::DiagramCanvas</name>
    <message>
        <source>Diagram</source>
        <translation>Diagrama</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Diagram: %1</source>
        <translation>Diagrama: %1</translation>
    </message>
    <message>
        <source>Use Tab to move between the parts of the diagram and Enter to open one.</source>
        <translation>Usa Tab para moverte entre las partes del diagrama e Intro para abrir una.</translation>
    </message>
</context>
<context>
    <name>DockPrep::DiagramInfoPanel</name>
    <message>
        <source>Questions about it</source>
        <translation>Preguntas sobre esto</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Questions about this part</source>
        <translation>Preguntas sobre esta parte</translation>
    </message>
    <message>
        <source>Close the explanation</source>
        <translation>Cerrar la explicación</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Cerrar (Esc)</translation>
    </message>
    <message>
        <source>Open the question “%1”</source>
        <translation>Abrir la pregunta «%1»</translation>
    </message>
    <message>
        <source>No questions link here yet</source>
        <translation>Todavía no hay preguntas enlazadas aquí</translation>
    </message>
    <message>
        <source>Questions about it (%1)</source>
        <translation>Preguntas sobre esto (%1)</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>Acerca de %1</translation>
    </message>
</context>
<context>
    <name>DockPrep::DiagramPage</name>
    <message>
        <source>Export the diagram as SVG or PNG</source>
        <translation>Exportar el diagrama como SVG o PNG</translation>
    </message>
    <message>
        <source>Diagram</source>
        <translation>Diagrama</translation>
    </message>
    <message>
        <source>&amp;Diagram:</source>
        <translation>&amp;Diagrama:</translation>
    </message>
    <message>
        <source>Part under the pointer</source>
        <translation>Parte bajo el puntero</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Alejar (Ctrl+-)</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+=)</source>
        <translation>Acercar (Ctrl+=)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <source>Fit to window (Ctrl+0)</source>
        <translation>Ajustar a la ventana (Ctrl+0)</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Cannot read the drawing %1</source>
        <translation>No se puede leer el dibujo %1</translation>
    </message>
    <message>
        <source>Cannot read the drawing %1: %2</source>
        <translation>No se puede leer el dibujo %1: %2</translation>
    </message>
    <message>
        <source>The drawing %1 is not a complete SVG file.</source>
        <translation>El dibujo %1 no es un archivo SVG completo.</translation>
    </message>
    <message>
        <source>Could not encode the PNG image.</source>
        <translation>No se pudo codificar la imagen PNG.</translation>
    </message>
    <message>
        <source>Choose a file name ending in .svg or .png.</source>
        <translation>Elige un nombre de archivo que termine en .svg o .png.</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>No se pudo guardar %1: %2</translation>
    </message>
    <message>
        <source>Export diagram</source>
        <translation>Exportar diagrama</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg);;PNG image (*.png)</source>
        <translation>Dibujo SVG (*.svg);;Imagen PNG (*.png)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>La exportación falló</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
</context>
<context>
    <name>DockPrep::Dockerfile</name>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>aviso</translation>
    </message>
</context>
<context>
    <name>DockPrep::DockerfileLint</name>
    <message>
        <source>apt-get update in its own RUN</source>
        <translation>apt-get update en su propio RUN</translation>
    </message>
    <message>
        <source>The update is cached as its own layer, so a later install reuses a stale package index and installs old or missing packages.</source>
        <translation>La actualización se guarda en caché como su propia capa, así que una instalación posterior reutiliza un índice de paquetes obsoleto e instala paquetes antiguos o inexistentes.</translation>
    </message>
    <message>
        <source>apt-get install without --no-install-recommends</source>
        <translation>apt-get install sin --no-install-recommends</translation>
    </message>
    <message>
        <source>Recommended packages are rarely needed in a container and can double the image size and its attack surface.</source>
        <translation>Los paquetes recomendados rara vez hacen falta en un contenedor y pueden duplicar el tamaño de la imagen y su superficie de ataque.</translation>
    </message>
    <message>
        <source>apt lists not removed in the same RUN</source>
        <translation>listas de apt no eliminadas en el mismo RUN</translation>
    </message>
    <message>
        <source>The package index stays in the layer (tens of MB) unless `rm -rf /var/lib/apt/lists/*` runs in the same RUN that created it.</source>
        <translation>El índice de paquetes se queda en la capa (decenas de MB) salvo que `rm -rf /var/lib/apt/lists/*` se ejecute en el mismo RUN que lo creó.</translation>
    </message>
    <message>
        <source>base image without a pinned tag</source>
        <translation>imagen base sin etiqueta fijada</translation>
    </message>
    <message>
        <source>`latest` (or no tag) changes under you, so the same Dockerfile builds different images and a rebuild can break without any change of yours.</source>
        <translation>`latest` (o ninguna etiqueta) cambia sin que te enteres, así que el mismo Dockerfile construye imágenes distintas y una reconstrucción puede romperse sin que hayas cambiado nada.</translation>
    </message>
    <message>
        <source>ADD where COPY fits</source>
        <translation>ADD donde basta COPY</translation>
    </message>
    <message>
        <source>ADD also fetches URLs and unpacks archives; for local files COPY says what it does and cannot surprise a reader.</source>
        <translation>ADD también descarga URL y desempaqueta archivos comprimidos; para archivos locales, COPY dice lo que hace y no sorprende a quien lo lee.</translation>
    </message>
    <message>
        <source>secret in ENV or ARG</source>
        <translation>secreto en ENV o ARG</translation>
    </message>
    <message>
        <source>ENV values are stored in the image config and ARG values in its history, so anyone who can pull the image can read them; use RUN --mount=type=secret.</source>
        <translation>Los valores de ENV se guardan en la configuración de la imagen y los de ARG en su historial, así que cualquiera que pueda descargar la imagen puede leerlos; usa RUN --mount=type=secret.</translation>
    </message>
    <message>
        <source>the container runs as root</source>
        <translation>el contenedor se ejecuta como root</translation>
    </message>
    <message>
        <source>A process running as root in the container is root on the host&apos;s kernel, so an escape or a writable mount becomes a host compromise.</source>
        <translation>Un proceso que se ejecuta como root en el contenedor es root en el kernel del host, así que una fuga o un montaje con escritura se convierte en un compromiso del host.</translation>
    </message>
    <message>
        <source>COPY . before installing dependencies</source>
        <translation>COPY . antes de instalar las dependencias</translation>
    </message>
    <message>
        <source>Every source change invalidates the cache of the dependency install that follows; copy the manifest and install first, then copy the rest.</source>
        <translation>Cada cambio en el código invalida la caché de la instalación de dependencias que sigue; copia primero el manifiesto e instala, y después copia el resto.</translation>
    </message>
    <message>
        <source>shell-form CMD or ENTRYPOINT</source>
        <translation>CMD o ENTRYPOINT en forma shell</translation>
    </message>
    <message>
        <source>The shell form runs under /bin/sh -c, so your process is not PID 1, never receives SIGTERM, and `docker stop` kills it after the timeout.</source>
        <translation>La forma shell se ejecuta bajo /bin/sh -c, así que tu proceso no es el PID 1, nunca recibe SIGTERM y `docker stop` lo mata tras el tiempo de espera.</translation>
    </message>
    <message>
        <source>service without a HEALTHCHECK</source>
        <translation>servicio sin HEALTHCHECK</translation>
    </message>
    <message>
        <source>An image that exposes a port but has no HEALTHCHECK is reported healthy as long as the process exists, even when it no longer answers.</source>
        <translation>Una imagen que expone un puerto pero no tiene HEALTHCHECK se considera sana mientras el proceso exista, aunque ya no responda.</translation>
    </message>
    <message>
        <source>sudo in RUN</source>
        <translation>sudo en RUN</translation>
    </message>
    <message>
        <source>RUN already executes as the current USER; sudo adds a setuid binary to the image and hides which steps need root.</source>
        <translation>RUN ya se ejecuta como el USER actual; sudo añade un binario setuid a la imagen y oculta qué pasos necesitan root.</translation>
    </message>
    <message>
        <source>cd instead of WORKDIR</source>
        <translation>cd en lugar de WORKDIR</translation>
    </message>
    <message>
        <source>A `cd` lasts only for its RUN; WORKDIR states the directory once for every later instruction and for the running container.</source>
        <translation>Un `cd` solo dura lo que su RUN; WORKDIR fija el directorio una vez para todas las instrucciones posteriores y para el contenedor en ejecución.</translation>
    </message>
    <message>
        <source>MAINTAINER is deprecated</source>
        <translation>MAINTAINER está obsoleto</translation>
    </message>
    <message>
        <source>MAINTAINER has been deprecated since Docker 1.13; `LABEL org.opencontainers.image.authors=…` is the standard place.</source>
        <translation>MAINTAINER está obsoleto desde Docker 1.13; `LABEL org.opencontainers.image.authors=…` es el lugar estándar.</translation>
    </message>
    <message>
        <source>remote script piped into a shell</source>
        <translation>script remoto canalizado a una shell</translation>
    </message>
    <message>
        <source>`curl … | sh` runs whatever the server returns at build time, unverified, and hides download failures unless pipefail is set.</source>
        <translation>`curl … | sh` ejecuta sin verificar lo que devuelva el servidor durante la construcción y oculta los fallos de descarga salvo que pipefail esté activado.</translation>
    </message>
    <message>
        <source>several CMD or ENTRYPOINT in one stage</source>
        <translation>varios CMD o ENTRYPOINT en una etapa</translation>
    </message>
    <message>
        <source>Only the last CMD and the last ENTRYPOINT of a stage take effect; the earlier ones mislead the reader.</source>
        <translation>Solo el último CMD y el último ENTRYPOINT de una etapa tienen efecto; los anteriores confunden a quien lo lee.</translation>
    </message>
    <message>
        <source>apk add without --no-cache</source>
        <translation>apk add sin --no-cache</translation>
    </message>
    <message>
        <source>Without --no-cache the APK index stays in the layer; --no-cache fetches it on the fly and keeps the image small.</source>
        <translation>Sin --no-cache el índice de APK se queda en la capa; --no-cache lo descarga al vuelo y mantiene pequeña la imagen.</translation>
    </message>
    <message>
        <source>DEBIAN_FRONTEND set with ENV</source>
        <translation>DEBIAN_FRONTEND fijado con ENV</translation>
    </message>
    <message>
        <source>ENV keeps DEBIAN_FRONTEND=noninteractive in the running container, where it surprises anyone who runs apt interactively; use ARG or set it on the RUN.</source>
        <translation>ENV mantiene DEBIAN_FRONTEND=noninteractive en el contenedor en ejecución, donde sorprende a quien ejecute apt de forma interactiva; usa ARG o fíjalo en el RUN.</translation>
    </message>
    <message>
        <source>MAINTAINER %1: use LABEL org.opencontainers.image.authors instead</source>
        <translation>MAINTAINER %1: usa LABEL org.opencontainers.image.authors en su lugar</translation>
    </message>
    <message>
        <source>apt-get update without an install in the same RUN: combine them, e.g. `apt-get update &amp;&amp; apt-get install -y …`</source>
        <translation>apt-get update sin una instalación en el mismo RUN: combínalos, p. ej. `apt-get update &amp;&amp; apt-get install -y …`</translation>
    </message>
    <message>
        <source>the apt package lists stay in this layer: end the RUN with `rm -rf /var/lib/apt/lists/*`</source>
        <translation>las listas de paquetes de apt se quedan en esta capa: termina el RUN con `rm -rf /var/lib/apt/lists/*`</translation>
    </message>
    <message>
        <source>sudo in RUN: set USER root for the steps that need it instead</source>
        <translation>sudo en RUN: fija USER root para los pasos que lo necesiten</translation>
    </message>
    <message>
        <source>RUN starts with cd: use WORKDIR</source>
        <translation>RUN empieza con cd: usa WORKDIR</translation>
    </message>
    <message>
        <source>the whole context is copied before `%1` on line %2: copy only the dependency manifest first</source>
        <translation>todo el contexto se copia antes de `%1` en la línea %2: copia primero solo el manifiesto de dependencias</translation>
    </message>
    <message>
        <source>ENV DEBIAN_FRONTEND stays set in the container: use ARG DEBIAN_FRONTEND=noninteractive</source>
        <translation>ENV DEBIAN_FRONTEND sigue fijado en el contenedor: usa ARG DEBIAN_FRONTEND=noninteractive</translation>
    </message>
    <message>
        <source>this CMD is overridden by the one on line %1</source>
        <translation>este CMD queda anulado por el de la línea %1</translation>
    </message>
    <message>
        <source>this ENTRYPOINT is overridden by the one on line %1</source>
        <translation>este ENTRYPOINT queda anulado por el de la línea %1</translation>
    </message>
    <message>
        <source> (%1 from the ARG default)</source>
        <translation> (%1 del valor por defecto del ARG)</translation>
    </message>
    <message>
        <source>%1 has no tag, which means latest%2: pin a version</source>
        <translation>%1 no tiene etiqueta, lo que significa latest%2: fija una versión</translation>
    </message>
    <message>
        <source>%1 uses the latest tag%2: pin a version</source>
        <translation>%1 usa la etiqueta latest%2: fija una versión</translation>
    </message>
    <message>
        <source>a downloaded script is piped into a shell: download it, verify its checksum, then run it</source>
        <translation>un script descargado se canaliza a una shell: descárgalo, verifica su suma de comprobación y después ejecútalo</translation>
    </message>
    <message>
        <source>ADD of local files: use COPY</source>
        <translation>ADD de archivos locales: usa COPY</translation>
    </message>
    <message>
        <source>ENV %1 puts a secret into the image config</source>
        <translation>ENV %1 pone un secreto en la configuración de la imagen</translation>
    </message>
    <message>
        <source>ARG %1 passes a secret as a build argument, recorded in the image history</source>
        <translation>ARG %1 pasa un secreto como argumento de compilación, que queda en el historial de la imagen</translation>
    </message>
    <message>
        <source>the last USER is root, so the container runs as root: switch to an unprivileged user after the steps that need root</source>
        <translation>el último USER es root, así que el contenedor se ejecuta como root: cambia a un usuario sin privilegios tras los pasos que necesitan root</translation>
    </message>
    <message>
        <source>no USER instruction, so the container runs as root: add `USER &lt;name or uid&gt;`</source>
        <translation>no hay instrucción USER, así que el contenedor se ejecuta como root: añade `USER &lt;nombre o uid&gt;`</translation>
    </message>
    <message>
        <source>%1 in shell form: use the JSON form, or a script that ends in `exec` so the process becomes PID 1</source>
        <translation>%1 en forma shell: usa la forma JSON, o un script que termine en `exec` para que el proceso sea el PID 1</translation>
    </message>
    <message>
        <source>%1 in shell form: write %1 [&quot;%2&quot;]</source>
        <translation>%1 en forma shell: escribe %1 [&quot;%2&quot;]</translation>
    </message>
    <message>
        <source>EXPOSE %1 without a HEALTHCHECK in the image</source>
        <translation>EXPOSE %1 sin HEALTHCHECK en la imagen</translation>
    </message>
</context>
<context>
    <name>DockPrep::DockerfileParser</name>
    <message>
        <source>the file ends in the middle of a line continuation</source>
        <translation>el archivo termina en medio de una continuación de línea</translation>
    </message>
    <message>
        <source>empty continuation line (deprecated; a future Docker may treat it as the end of the instruction)</source>
        <translation>línea de continuación vacía (obsoleta; un Docker futuro podría tomarla como el final de la instrucción)</translation>
    </message>
    <message>
        <source>only one &apos;%1&apos; parser directive can be used</source>
        <translation>solo se puede usar una directiva de parser «%1»</translation>
    </message>
    <message>
        <source>invalid escape character &apos;%1&apos;: it must be ` or \</source>
        <translation>carácter de escape no válido «%1»: debe ser ` o \</translation>
    </message>
    <message>
        <source>unknown instruction: %1</source>
        <translation>instrucción desconocida: %1</translation>
    </message>
    <message>
        <source>unknown instruction: %1 (did you mean %2?)</source>
        <translation>instrucción desconocida: %1 (¿quisiste decir %2?)</translation>
    </message>
    <message>
        <source>%1 does not know the flag --%2</source>
        <translation>%1 no conoce la opción --%2</translation>
    </message>
    <message>
        <source>%1 requires at least one argument</source>
        <translation>%1 requiere al menos un argumento</translation>
    </message>
    <message>
        <source>a JSON array in %1 must hold strings only</source>
        <translation>un array JSON en %1 solo puede contener cadenas</translation>
    </message>
    <message>
        <source>%1 requires a source and a destination, but only one argument was given</source>
        <translation>%1 requiere un origen y un destino, pero solo se dio un argumento</translation>
    </message>
    <message>
        <source>ARG needs a name before &apos;=&apos;</source>
        <translation>ARG necesita un nombre antes de «=»</translation>
    </message>
    <message>
        <source>ONBUILD cannot wrap another ONBUILD</source>
        <translation>ONBUILD no puede envolver otro ONBUILD</translation>
    </message>
    <message>
        <source>%1 isn&apos;t allowed as an ONBUILD trigger</source>
        <translation>%1 no está permitido como disparador de ONBUILD</translation>
    </message>
    <message>
        <source>SHELL requires the arguments in JSON form, e.g. [&quot;/bin/bash&quot;, &quot;-c&quot;]</source>
        <translation>SHELL requiere los argumentos en forma JSON, p. ej. [&quot;/bin/bash&quot;, &quot;-c&quot;]</translation>
    </message>
    <message>
        <source>%1 is not a valid JSON array, so it runs as a shell command through /bin/sh -c (the exec form needs double quotes and commas)</source>
        <translation>%1 no es un array JSON válido, así que se ejecuta como orden de shell con /bin/sh -c (la forma exec necesita comillas dobles y comas)</translation>
    </message>
    <message>
        <source>invalid stage name &apos;%1&apos;: it must start with a letter and hold only letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;</source>
        <translation>nombre de etapa no válido «%1»: debe empezar por una letra y contener solo letras, dígitos, «-», «_» y «.»</translation>
    </message>
    <message>
        <source>FROM takes an image and optionally &apos;AS name&apos;, e.g. FROM golang:1.23 AS build</source>
        <translation>FROM admite una imagen y, opcionalmente, «AS nombre», p. ej. FROM golang:1.23 AS build</translation>
    </message>
    <message>
        <source>%1 needs a value: %1 %2=value</source>
        <translation>%1 necesita un valor: %1 %2=valor</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no &apos;=&apos;: write name=value (mixing the two %2 forms is not allowed)</source>
        <translation>«%1» no tiene «=»: escribe nombre=valor (no se pueden mezclar las dos formas de %2)</translation>
    </message>
    <message>
        <source>%1 names can not be blank</source>
        <translation>los nombres de %1 no pueden estar vacíos</translation>
    </message>
    <message>
        <source>unknown HEALTHCHECK type &apos;%1&apos; (use CMD or NONE)</source>
        <translation>tipo de HEALTHCHECK desconocido «%1» (usa CMD o NONE)</translation>
    </message>
    <message>
        <source>HEALTHCHECK CMD needs a command</source>
        <translation>HEALTHCHECK CMD necesita una orden</translation>
    </message>
    <message>
        <source>a JSON array in HEALTHCHECK must hold strings only</source>
        <translation>un array JSON en HEALTHCHECK solo puede contener cadenas</translation>
    </message>
    <message>
        <source>unterminated heredoc: no line &apos;%1&apos; closes the &lt;&lt;%1 opened here</source>
        <translation>heredoc sin terminar: ninguna línea «%1» cierra el &lt;&lt;%1 abierto aquí</translation>
    </message>
    <message>
        <source>the file has no instructions (a Dockerfile needs at least a FROM)</source>
        <translation>el archivo no tiene instrucciones (un Dockerfile necesita al menos un FROM)</translation>
    </message>
    <message>
        <source>%1 before the first FROM: only ARG may come before FROM</source>
        <translation>%1 antes del primer FROM: solo ARG puede ir antes de FROM</translation>
    </message>
    <message>
        <source>no FROM instruction: a Dockerfile needs at least one stage</source>
        <translation>no hay instrucción FROM: un Dockerfile necesita al menos una etapa</translation>
    </message>
    <message>
        <source>%1 (the build of an image FROM this one fails)</source>
        <translation>%1 (falla la construcción de una imagen con FROM sobre esta)</translation>
    </message>
    <message>
        <source>EXPOSE %1: %2</source>
        <translation>EXPOSE %1: %2</translation>
    </message>
    <message>
        <source>STOPSIGNAL takes one signal, e.g. STOPSIGNAL SIGTERM</source>
        <translation>STOPSIGNAL admite una señal, p. ej. STOPSIGNAL SIGTERM</translation>
    </message>
    <message>
        <source>%1 ignores the flag --%2</source>
        <translation>%1 ignora la opción --%2</translation>
    </message>
    <message>
        <source>--%1 is given twice: %2 takes it once</source>
        <translation>--%1 aparece dos veces: %2 la admite una sola vez</translation>
    </message>
    <message>
        <source>--%1= has no value: write --%1 alone or --%1=true</source>
        <translation>--%1= no tiene valor: escribe --%1 solo o --%1=true</translation>
    </message>
    <message>
        <source>--%1 takes true or false, not &apos;%2&apos;</source>
        <translation>--%1 admite true o false, no «%2»</translation>
    </message>
    <message>
        <source>--%1 needs a value: --%1=&lt;value&gt;</source>
        <translation>--%1 necesita un valor: --%1=&lt;valor&gt;</translation>
    </message>
    <message>
        <source>a stage cannot copy from itself (&apos;%1&apos; is the stage being built)</source>
        <translation>una etapa no puede copiar de sí misma («%1» es la etapa que se está construyendo)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a mount type (bind, cache, tmpfs, secret or ssh)</source>
        <translation>«%1» no es un tipo de montaje (bind, cache, tmpfs, secret o ssh)</translation>
    </message>
    <message>
        <source>a stage cannot mount itself (&apos;%1&apos; is the stage being built)</source>
        <translation>una etapa no puede montarse a sí misma («%1» es la etapa que se está construyendo)</translation>
    </message>
    <message>
        <source>the %1 in this %2 argument is never closed</source>
        <translation>la %1 de este argumento de %2 nunca se cierra</translation>
    </message>
    <message>
        <source>double quote</source>
        <translation>comilla doble</translation>
    </message>
    <message>
        <source>single quote</source>
        <translation>comilla simple</translation>
    </message>
    <message>
        <source>FROM %1: %2</source>
        <translation>FROM %1: %2</translation>
    </message>
    <message>
        <source>FROM %1 (%2): %3</source>
        <translation>FROM %1 (%2): %3</translation>
    </message>
    <message>
        <source>HEALTHCHECK NONE takes no other arguments</source>
        <translation>HEALTHCHECK NONE no admite más argumentos</translation>
    </message>
    <message>
        <source>more than %1 (limit): refusing</source>
        <translation>más de %1 (límite): se rechaza</translation>
    </message>
    <message>
        <source>EXPOSE %1 names a host address or port, which EXPOSE ignores: only the container port is exposed; publish with docker run -p or compose ports</source>
        <translation>EXPOSE %1 indica una dirección o un puerto del host, que EXPOSE ignora: solo se expone el puerto del contenedor; publícalo con docker run -p o con ports de compose</translation>
    </message>
</context>
<context>
    <name>DockPrep::DocumentFile</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>DockPrep::EntryPage</name>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Show the answer</source>
        <translation>Mostrar la respuesta</translation>
    </message>
    <message>
        <source>Key points</source>
        <translation>Puntos clave</translation>
    </message>
    <message>
        <source>Show the key points</source>
        <translation>Mostrar los puntos clave</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Preguntas de seguimiento</translation>
    </message>
    <message>
        <source>Show this answer</source>
        <translation>Mostrar esta respuesta</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Qué ha cambiado</translation>
    </message>
    <message>
        <source>See also</source>
        <translation>Véase también</translation>
    </message>
    <message>
        <source>Diagram:</source>
        <translation>Diagrama:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Etiquetas:</translation>
    </message>
</context>
<context>
    <name>DockPrep::ExplainDockerfilePage</name>
    <message>
        <source>Paste a Dockerfile here.</source>
        <translation>Pega aquí un Dockerfile.</translation>
    </message>
    <message>
        <source>e.g. src/app.py, package.json</source>
        <translation>p. ej. src/app.py, package.json</translation>
    </message>
    <message>
        <source>Click a layer to see its instruction.</source>
        <translation>Haz clic en una capa para ver su instrucción.</translation>
    </message>
    <message>
        <source>stage %1</source>
        <translation>etapa %1</translation>
    </message>
    <message>
        <source>FROM %1</source>
        <translation>FROM %1</translation>
    </message>
    <message>
        <source>No FROM yet.</source>
        <translation>Todavía no hay FROM.</translation>
    </message>
    <message numerus="yes">
        <source>%n stage(s), %1 layer(s). Name changed files to see what rebuilds.</source>
        <translation>
            <numerusform>%n etapa, %1 capa(s). Indica archivos cambiados para ver qué se reconstruye.</numerusform>
            <numerusform>%n etapas, %1 capa(s). Indica archivos cambiados para ver qué se reconstruye.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) lose their cache.</source>
        <translation>
            <numerusform>%n paso pierde su caché.</numerusform>
            <numerusform>%n pasos pierden su caché.</numerusform>
        </translation>
    </message>
    <message>
        <source>lines %1–%2</source>
        <translation>líneas %1–%2</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>línea %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&amp;Changed files:</source>
        <translation>Archivos &amp;cambiados:</translation>
    </message>
    <message>
        <source>%1 base image &amp;nbsp; %2 layer (cache kept) &amp;nbsp; %3 layer that loses its cache &amp;nbsp; %4 not built. A dashed border: a build-stage layer that does not ship. Faded: a stage the target does not need.</source>
        <translation>%1 imagen base &amp;nbsp; %2 capa (conserva la caché) &amp;nbsp; %3 capa que pierde su caché &amp;nbsp; %4 no construida. Borde discontinuo: una capa de una etapa de build que no se distribuye. Atenuada: una etapa que el objetivo no necesita.</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Hallazgos</translation>
    </message>
    <message>
        <source>Line %1, %2: %3</source>
        <translation>Línea %1, %2: %3</translation>
    </message>
    <message>
        <source>Line %1, %2 %3: %4</source>
        <translation>Línea %1, %2 %3: %4</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>aviso</translation>
    </message>
    <message>
        <source>info</source>
        <translation>info</translation>
    </message>
    <message>
        <source>Fin&amp;dings (%1): click one to see its lines</source>
        <translation>&amp;Hallazgos (%1): haz clic en uno para ver sus líneas</translation>
    </message>
    <message>
        <source>Fin&amp;dings: none</source>
        <translation>&amp;Hallazgos: ninguno</translation>
    </message>
</context>
<context>
    <name>DockPrep::FindBar</name>
    <message>
        <source>Find in this question</source>
        <translation>Buscar en esta pregunta</translation>
    </message>
    <message>
        <source>Find in page</source>
        <translation>Buscar en la página</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Coincidencias</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Coincidencia anterior (Mayús+Intro)</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Coincidencia anterior</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Coincidencia siguiente (Intro)</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Coincidencia siguiente</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Cerrar (Esc)</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Cerrar la barra de búsqueda</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Sin coincidencias</translation>
    </message>
</context>
<context>
    <name>DockPrep::InterviewHistoryPage</name>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>All chapters</source>
        <translation>Todos los capítulos</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Scores over time:</source>
        <translation>Puntuaciones a lo largo del tiempo:</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Interview history&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Historial de entrevistas&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Chapter: %1</source>
        <translation>Capítulo: %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Delete the selected session, its answers and its recordings</source>
        <translation>Eliminar la sesión seleccionada, sus respuestas y sus grabaciones</translation>
    </message>
</context>
<context>
    <name>DockPrep::InterviewPage</name>
    <message>
        <source>Interview not saved</source>
        <translation>Entrevista no guardada</translation>
    </message>
    <message>
        <source>Session not opened</source>
        <translation>Sesión no abierta</translation>
    </message>
    <message>
        <source>There is no data folder to keep recordings in.</source>
        <translation>No hay carpeta de datos donde guardar grabaciones.</translation>
    </message>
    <message>
        <source>Delete the session?</source>
        <translation>¿Eliminar la sesión?</translation>
    </message>
    <message>
        <source>Delete this session from the history, with its answers, scores and recordings? Its questions keep their place in the review schedule.</source>
        <translation>¿Eliminar esta sesión del historial, con sus respuestas, puntuaciones y grabaciones? Sus preguntas conservan su lugar en el plan de repaso.</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>Eliminar sesión</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Conservarla</translation>
    </message>
    <message>
        <source>Session not deleted</source>
        <translation>Sesión no eliminada</translation>
    </message>
</context>
<context>
    <name>DockPrep::InterviewRunningPage</name>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
    <message>
        <source>Submit answer</source>
        <translation>Enviar respuesta</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>Terminar la sesión</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Tiempo restante</translation>
    </message>
    <message>
        <source>Type your answer as you would say it: what, why, how you would check it, what can go wrong.</source>
        <translation>Escribe tu respuesta como la dirías: qué, por qué, cómo lo comprobarías y qué puede salir mal.</translation>
    </message>
    <message>
        <source>Submit the answer (Ctrl+Return)</source>
        <translation>Enviar la respuesta (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>Stop the clock (Ctrl+P); time paused is recorded but not counted</source>
        <translation>Detener el reloj (Ctrl+P); el tiempo en pausa se registra pero no cuenta</translation>
    </message>
    <message>
        <source>Your answer:</source>
        <translation>Tu respuesta:</translation>
    </message>
    <message>
        <source>open book</source>
        <translation>a libro abierto</translation>
    </message>
    <message>
        <source>closed book</source>
        <translation>a libro cerrado</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>Pregunta %1 de %2</translation>
    </message>
    <message>
        <source>This question is no longer in the curriculum (%1).</source>
        <translation>Esta pregunta ya no está en el temario (%1).</translation>
    </message>
    <message>
        <source>Time is up: overtime is being recorded</source>
        <translation>Se acabó el tiempo: se está registrando el tiempo extra</translation>
    </message>
    <message>
        <source>left for the whole session</source>
        <translation>restante para toda la sesión</translation>
    </message>
    <message>
        <source>left for this question</source>
        <translation>restante para esta pregunta</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Paused: the question is hidden until you resume.</source>
        <translation>En pausa: la pregunta queda oculta hasta que reanudes.</translation>
    </message>
    <message>
        <source>End the session?</source>
        <translation>¿Terminar la sesión?</translation>
    </message>
    <message>
        <source>End the session now? The answers so far are kept and scored; the questions not asked yet are left out.</source>
        <translation>¿Terminar la sesión ahora? Las respuestas dadas hasta ahora se conservan y se puntúan; las preguntas aún no planteadas se quedan fuera.</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>Seguir</translation>
    </message>
    <message>
        <source>Paused for %1: the clock is stopped</source>
        <translation>En pausa (%1): el reloj está detenido</translation>
    </message>
    <message>
        <source>Transcribe a recording…</source>
        <translation>Transcribir una grabación…</translation>
    </message>
    <message>
        <source>Answer out loud with any recorder, then pick the WAV file: it is transcribed on this computer and added to your answer, to correct before you submit</source>
        <translation>Responda en voz alta con cualquier grabadora y elija luego el archivo WAV: se transcribe en este ordenador y se añade a su respuesta, para corregirla antes de enviarla</translation>
    </message>
    <message>
        <source>Transcribe a spoken answer</source>
        <translation>Transcribir una respuesta hablada</translation>
    </message>
    <message>
        <source>WAV sound (*.wav)</source>
        <translation>Sonido WAV (*.wav)</translation>
    </message>
    <message>
        <source>Transcribing %1 on this computer…</source>
        <translation>Transcribiendo %1 en este ordenador…</translation>
    </message>
    <message>
        <source>Not transcribed: %1</source>
        <translation>No transcrita: %1</translation>
    </message>
    <message>
        <source>No words were heard in that recording.</source>
        <translation>No se oyó ninguna palabra en esa grabación.</translation>
    </message>
    <message>
        <source>Heard from the recording (correct it above before submitting): %1</source>
        <translation>Oído en la grabación (corríjalo arriba antes de enviar): %1</translation>
    </message>
    <message>
        <source>Read aloud again</source>
        <translation>Leer de nuevo en voz alta</translation>
    </message>
    <message>
        <source>Hear the question again; the recording waits while it is read</source>
        <translation>Escuchar la pregunta de nuevo; la grabación espera mientras se lee</translation>
    </message>
</context>
<context>
    <name>DockPrep::InterviewScoringPage</name>
    <message>
        <source>Save score and continue</source>
        <translation>Guardar la puntuación y continuar</translation>
    </message>
    <message>
        <source>Key points your answer covered</source>
        <translation>Puntos clave que cubrió tu respuesta</translation>
    </message>
    <message>
        <source>Rate your answer (0 = absent, 5 = excellent)</source>
        <translation>Valora tu respuesta (0 = ausente, 5 = excelente)</translation>
    </message>
    <message>
        <source>Technical skills</source>
        <translation>Habilidades técnicas</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Comunicación</translation>
    </message>
    <message>
        <source>Production experience</source>
        <translation>Experiencia en producción</translation>
    </message>
    <message>
        <source>Leadership</source>
        <translation>Liderazgo</translation>
    </message>
    <message>
        <source>depth, approach, best practices, hands-on</source>
        <translation>profundidad, enfoque, buenas prácticas, práctica</translation>
    </message>
    <message>
        <source>clear, structured, could teach it</source>
        <translation>clara, estructurada, podría enseñarlo</translation>
    </message>
    <message>
        <source>real incidents, operations, monitoring</source>
        <translation>incidentes reales, operaciones, monitorización</translation>
    </message>
    <message>
        <source>decisions, trade-offs, guiding others</source>
        <translation>decisiones, compromisos, guiar a otros</translation>
    </message>
    <message>
        <source>%1 (%2 %)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <source>Scoring question %1 of %2: %3</source>
        <translation>Puntuando la pregunta %1 de %2: %3</translation>
    </message>
    <message>
        <source>No answer was typed.</source>
        <translation>No se escribió ninguna respuesta.</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Tu respuesta</translation>
    </message>
    <message>
        <source>Score: %1 / 100</source>
        <translation>Puntuación: %1 / 100</translation>
    </message>
    <message>
        <source>Key points %1 of %2</source>
        <translation>Puntos clave: %1 de %2</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>negated</source>
        <translation>negado</translation>
    </message>
    <message>
        <source>too general on its own</source>
        <translation>demasiado general por sí solo</translation>
    </message>
    <message>
        <source>in a bare list of terms</source>
        <translation>en una mera lista de términos</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Ticked by: %1.</source>
        <translation>Marcado por: %1.</translation>
    </message>
    <message>
        <source>Not counted: %1.</source>
        <translation>No contado: %1.</translation>
    </message>
    <message>
        <source>Ticked key point %1</source>
        <translation>Punto clave %1 marcado</translation>
    </message>
    <message>
        <source>Key point %1: not counted, %2</source>
        <translation>Punto clave %1: no contado, %2</translation>
    </message>
    <message>
        <source>Ticked where your answer uses the key point&apos;s words or synonyms, not negated and not only as general words or a bare list of terms. The words that ticked each point are highlighted in your answer. Confirm or correct each one.</source>
        <translation>Marcado donde tu respuesta usa las palabras del punto clave o sinónimos, sin negarlas y no solo como palabras generales o una mera lista de términos. Las palabras que marcaron cada punto aparecen resaltadas en tu respuesta. Confirma o corrige cada uno.</translation>
    </message>
    <message>
        <source>Terms that show this point: %1</source>
        <translation>Términos que muestran este punto: %1</translation>
    </message>
    <message>
        <source>Model answer</source>
        <translation>Respuesta modelo</translation>
    </message>
    <message>
        <source>Time ran out: you kept answering %1 past the zero.</source>
        <translation>Se acabó el tiempo: seguiste respondiendo %1 después de llegar a cero.</translation>
    </message>
    <message>
        <source>Time ran out: the answer was taken as it stood at zero.</source>
        <translation>Se acabó el tiempo: la respuesta se tomó tal como estaba al llegar a cero.</translation>
    </message>
    <message>
        <source>Transcript of your spoken answer</source>
        <translation>Transcripción de tu respuesta hablada</translation>
    </message>
    <message>
        <source>What was heard (correct anything misheard; the key points follow your corrections):</source>
        <translation>Lo que se oyó (corrige lo mal oído; los puntos clave siguen tus correcciones):</translation>
    </message>
    <message>
        <source>Your recorded answer</source>
        <translation>Tu respuesta grabada</translation>
    </message>
    <message>
        <source>Transcribing your answer on this computer…</source>
        <translation>Transcribiendo tu respuesta en este equipo…</translation>
    </message>
    <message>
        <source>Waits for the transcript of your answer</source>
        <translation>Espera la transcripción de tu respuesta</translation>
    </message>
</context>
<context>
    <name>DockPrep::InterviewSetupPage</name>
    <message>
        <source>Open book: the contents, search and notes stay available</source>
        <translation>A libro abierto: el contenido, la búsqueda y las notas siguen disponibles</translation>
    </message>
    <message>
        <source>Start interview</source>
        <translation>Empezar la entrevista</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personalizado</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>per question</source>
        <translation>por pregunta</translation>
    </message>
    <message>
        <source>for the whole session</source>
        <translation>para toda la sesión</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>Aleatorio</translation>
    </message>
    <message>
        <source>Weakest first</source>
        <translation>Los más flojos primero</translation>
    </message>
    <message>
        <source>Due for review</source>
        <translation>Pendientes de repaso</translation>
    </message>
    <message>
        <source>after each question</source>
        <translation>después de cada pregunta</translation>
    </message>
    <message>
        <source>at the end</source>
        <translation>al final</translation>
    </message>
    <message>
        <source>keep going and record the overtime</source>
        <translation>seguir y registrar el tiempo extra</translation>
    </message>
    <message>
        <source>move on to the next question</source>
        <translation>pasar a la siguiente pregunta</translation>
    </message>
    <message>
        <source>Preset:</source>
        <translation>Preajuste:</translation>
    </message>
    <message>
        <source>Chapters:</source>
        <translation>Capítulos:</translation>
    </message>
    <message>
        <source>Levels:</source>
        <translation>Niveles:</translation>
    </message>
    <message>
        <source>Questions:</source>
        <translation>Preguntas:</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Tiempo:</translation>
    </message>
    <message>
        <source>Order:</source>
        <translation>Orden:</translation>
    </message>
    <message>
        <source>Score:</source>
        <translation>Puntuación:</translation>
    </message>
    <message>
        <source>At zero:</source>
        <translation>Al llegar a cero:</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Historial…</translation>
    </message>
    <message>
        <source>Choose at least one chapter.</source>
        <translation>Elige al menos un capítulo.</translation>
    </message>
    <message>
        <source>Choose at least one level.</source>
        <translation>Elige al menos un nivel.</translation>
    </message>
    <message>
        <source>An unfinished session from %1: %2 of %3 questions answered, %4 used. Resume it where you stopped?</source>
        <translation>Una sesión sin terminar del %1: %2 de %3 preguntas respondidas, %4 empleados. ¿Reanudarla donde la dejaste?</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) due for review</source>
        <translation>
            <numerusform>%n pregunta pendiente de repaso</numerusform>
            <numerusform>%n preguntas pendientes de repaso</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;h2&gt;Mock interview&lt;/h2&gt;&lt;p&gt;One question at a time against the clock, no peeking, then an honest score against the key points and the evaluation rubric (technical skills 40 %, communication 25 %, production experience 20 %, leadership 15 %).&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Entrevista simulada&lt;/h2&gt;&lt;p&gt;Una pregunta cada vez contra el reloj, sin mirar, y después una puntuación honesta según los puntos clave y la rúbrica de evaluación (habilidades técnicas 40 %, comunicación 25 %, experiencia en producción 20 %, liderazgo 15 %).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Shuffle again</source>
        <translation>Volver a mezclar</translation>
    </message>
    <message>
        <source>Shuffle &amp;number:</source>
        <translation>&amp;Número de mezcla:</translation>
    </message>
    <message>
        <source>The shuffle number must be a whole number from 0 to %1.</source>
        <translation>El número de mezcla debe ser un número entero de 0 a %1.</translation>
    </message>
    <message numerus="yes">
        <source>No review due today; %n question(s) come back later.</source>
        <translation>
            <numerusform>Hoy no toca ningún repaso; %n pregunta vuelve más adelante.</numerusform>
            <numerusform>Hoy no toca ningún repaso; %n preguntas vuelven más adelante.</numerusform>
        </translation>
    </message>
    <message>
        <source>After each scored interview, its questions come back here for review, the weak ones first.</source>
        <translation>Tras cada entrevista puntuada, sus preguntas vuelven aquí para repasarlas, primero las flojas.</translation>
    </message>
    <message>
        <source>The shuffle number picks the random order: the same number with the same settings asks the same questions in the same order, so you can replay a session or share it. Each new session draws a new number unless you type one.</source>
        <translation>El número de mezcla elige el orden aleatorio: el mismo número con la misma configuración plantea las mismas preguntas en el mismo orden, así que puedes repetir una sesión o compartirla. Cada sesión nueva saca un número nuevo salvo que escribas uno.</translation>
    </message>
    <message>
        <source>Answer out loud: each question is read aloud and your answer recorded, then transcribed for scoring</source>
        <translation>Responder en voz alta: cada pregunta se lee en voz alta y tu respuesta se graba y se transcribe para puntuarla</translation>
    </message>
    <message>
        <source>Practise as in a real interview: the recording stays on this computer, is transcribed here and can be played back when scoring and in the history</source>
        <translation>Practica como en una entrevista real: la grabación se queda en este equipo, se transcribe aquí y se puede reproducir al puntuar y en el historial</translation>
    </message>
</context>
<context>
    <name>DockPrep::InterviewSheet</name>
    <message>
        <source>It is not an interviewer&apos;s sheet saved by DockPrep.</source>
        <translation>No es una hoja de entrevistador guardada por DockPrep.</translation>
    </message>
    <message>
        <source>It was saved by a newer DockPrep (format %1; this one reads %2).</source>
        <translation>La guardó un DockPrep más reciente (formato %1; este lee %2).</translation>
    </message>
    <message>
        <source>Its list of questions is damaged.</source>
        <translation>Su lista de preguntas está dañada.</translation>
    </message>
    <message>
        <source>Question %1 in it is damaged.</source>
        <translation>La pregunta %1 está dañada.</translation>
    </message>
    <message>
        <source>Technical skills</source>
        <translation>Habilidades técnicas</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Comunicación</translation>
    </message>
    <message>
        <source>Production experience</source>
        <translation>Experiencia en producción</translation>
    </message>
    <message>
        <source>Leadership</source>
        <translation>Liderazgo</translation>
    </message>
</context>
<context>
    <name>DockPrep::InterviewStart</name>
    <message>
        <source>That session has been finished since; its report is in the history.</source>
        <translation>Esa sesión ya se ha terminado; su informe está en el historial.</translation>
    </message>
    <message>
        <source>That session has been discarded since; it is kept in the history.</source>
        <translation>Esa sesión ya se ha descartado; se conserva en el historial.</translation>
    </message>
    <message>
        <source>That session has no questions to resume, so it was discarded.</source>
        <translation>Esa sesión no tiene preguntas que reanudar, así que se ha descartado.</translation>
    </message>
</context>
<context>
    <name>DockPrep::InterviewStore</name>
    <message>
        <source>The database is not open.</source>
        <translation>La base de datos no está abierta.</translation>
    </message>
    <message>
        <source>The database was written by a newer DockPrep and is open read-only; the interview cannot be saved.</source>
        <translation>La base de datos la escribió un DockPrep más reciente y está abierta en solo lectura; la entrevista no se puede guardar.</translation>
    </message>
    <message>
        <source>Could not start the session: %1</source>
        <translation>No se pudo iniciar la sesión: %1</translation>
    </message>
    <message>
        <source>Could not save the answer: %1</source>
        <translation>No se pudo guardar la respuesta: %1</translation>
    </message>
    <message>
        <source>Could not save the answer: session %1 has no question %2.</source>
        <translation>No se pudo guardar la respuesta: la sesión %1 no tiene la pregunta %2.</translation>
    </message>
    <message>
        <source>Session %1 is already closed.</source>
        <translation>La sesión %1 ya está cerrada.</translation>
    </message>
    <message>
        <source>Could not finish the session: %1</source>
        <translation>No se pudo terminar la sesión: %1</translation>
    </message>
    <message>
        <source>Could not update the review schedule: %1</source>
        <translation>No se pudo actualizar el calendario de repaso: %1</translation>
    </message>
    <message>
        <source>Could not discard the session: %1</source>
        <translation>No se pudo descartar la sesión: %1</translation>
    </message>
    <message>
        <source>There is no unfinished session %1.</source>
        <translation>No hay ninguna sesión sin terminar %1.</translation>
    </message>
    <message>
        <source>There is no interview session %1.</source>
        <translation>No hay ninguna sesión de entrevista %1.</translation>
    </message>
    <message>
        <source>Could not read session %1: %2</source>
        <translation>No se pudo leer la sesión %1: %2</translation>
    </message>
    <message>
        <source>Could not import the interviews: %1</source>
        <translation>No se pudieron importar las entrevistas: %1</translation>
    </message>
    <message>
        <source>Could not import the review schedule: %1</source>
        <translation>No se pudo importar el calendario de repaso: %1</translation>
    </message>
    <message>
        <source>Could not delete the session: %1</source>
        <translation>No se pudo eliminar la sesión: %1</translation>
    </message>
</context>
<context>
    <name>DockPrep::InterviewSummaryPage</name>
    <message>
        <source>Export Markdown…</source>
        <translation>Exportar Markdown…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Exportar PDF…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Nueva sesión</translation>
    </message>
    <message>
        <source>Score: %1 / 100</source>
        <translation>Puntuación: %1 / 100</translation>
    </message>
    <message>
        <source>Time %1, paused %2.</source>
        <translation>Tiempo %1, en pausa %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) were not scored and count as 0.</source>
        <translation>
            <numerusform>%n respuesta no se puntuó y cuenta como 0.</numerusform>
            <numerusform>%n respuestas no se puntuaron y cuentan como 0.</numerusform>
        </translation>
    </message>
    <message>
        <source>Study next</source>
        <translation>Estudiar a continuación</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>By chapter</source>
        <translation>Por capítulo</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation>Capítulo</translation>
    </message>
    <message>
        <source>By level</source>
        <translation>Por nivel</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>Overtime</source>
        <translation>Tiempo extra</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>no planteada</translation>
    </message>
    <message>
        <source>0 (skipped)</source>
        <translation>0 (omitida)</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>sin puntuar</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>Exportar como PDF</translation>
    </message>
    <message>
        <source>Export as Markdown</source>
        <translation>Exportar como Markdown</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Guardado %1.</translation>
    </message>
    <message>
        <source>Shuffle number %1.</source>
        <translation>Número de mezcla %1.</translation>
    </message>
    <message>
        <source>Back to history</source>
        <translation>Volver al historial</translation>
    </message>
    <message>
        <source>A past session, from %1.</source>
        <translation>Una sesión anterior, del %1.</translation>
    </message>
    <message numerus="yes">
        <source>Time ran out on %n question(s): %1 in all.</source>
        <translation>
            <numerusform>Se acabó el tiempo en %n pregunta: %1 en total.</numerusform>
            <numerusform>Se acabó el tiempo en %n preguntas: %1 en total.</numerusform>
        </translation>
    </message>
    <message>
        <source>Missed:</source>
        <translation>Fallados:</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <source>Skipped: scores 0</source>
        <translation>Omitida: puntúa 0</translation>
    </message>
    <message>
        <source>Score %1 / 100</source>
        <translation>Puntuación %1 / 100</translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation>Sin puntuar</translation>
    </message>
    <message>
        <source>time %1</source>
        <translation>tiempo %1</translation>
    </message>
    <message>
        <source>technical %1, communication %2, production %3, leadership %4 (of %5)</source>
        <translation>técnica %1, comunicación %2, producción %3, liderazgo %4 (de %5)</translation>
    </message>
    <message>
        <source>No answer was typed.</source>
        <translation>No se escribió ninguna respuesta.</translation>
    </message>
    <message>
        <source>Key points</source>
        <translation>Puntos clave</translation>
    </message>
    <message>
        <source>Missed: %1</source>
        <translation>Fallado: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) asked, %1 answered, %2 skipped.</source>
        <translation>
            <numerusform>%n pregunta planteada, %1 respondidas, %2 omitidas.</numerusform>
            <numerusform>%n preguntas planteadas, %1 respondidas, %2 omitidas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Question %1</source>
        <translation>Pregunta %1</translation>
    </message>
    <message>
        <source>▶ Play the recorded answer</source>
        <translation>▶ Reproducir la respuesta grabada</translation>
    </message>
</context>
<context>
    <name>DockPrep::InterviewerPage</name>
    <message>
        <source>Candidate&apos;s name</source>
        <translation>Nombre del candidato</translation>
    </message>
    <message>
        <source>What the candidate said that the key points do not capture</source>
        <translation>Lo que dijo el candidato y los puntos clave no recogen</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>Todos los niveles</translation>
    </message>
    <message>
        <source>&amp;Ask this question</source>
        <translation>&amp;Hacer esta pregunta</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Candidate:</source>
        <translation>Candidato:</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>Nivel:</translation>
    </message>
    <message>
        <source>Chapter:</source>
        <translation>Capítulo:</translation>
    </message>
    <message>
        <source>Questions to ask</source>
        <translation>Preguntas para hacer</translation>
    </message>
    <message>
        <source>Asked, in order</source>
        <translation>Hechas, en orden</translation>
    </message>
    <message>
        <source>Export &amp;Markdown…</source>
        <translation>Exportar &amp;Markdown…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exportar &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;New interview</source>
        <translation>&amp;Nueva entrevista</translation>
    </message>
    <message>
        <source>Key points heard</source>
        <translation>Puntos clave oídos</translation>
    </message>
    <message>
        <source>Follow-ups asked</source>
        <translation>Preguntas de seguimiento hechas</translation>
    </message>
    <message>
        <source>Note on this answer</source>
        <translation>Nota sobre esta respuesta</translation>
    </message>
    <message>
        <source>Rubric (0 = absent, 5 = excellent)</source>
        <translation>Rúbrica (0 = ausente, 5 = excelente)</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <source>All chapters</source>
        <translation>Todos los capítulos</translation>
    </message>
    <message>
        <source>This question is no longer in the curriculum.</source>
        <translation>Esta pregunta ya no está en el temario.</translation>
    </message>
    <message>
        <source>Pick a question on the left and press Ask this question. Its model answer, key points and follow-ups show here for you alone.</source>
        <translation>Elija una pregunta a la izquierda y pulse «Hacer esta pregunta». Su respuesta modelo, puntos clave y preguntas de seguimiento aparecen aquí solo para usted.</translation>
    </message>
    <message>
        <source>New interview</source>
        <translation>Nueva entrevista</translation>
    </message>
    <message>
        <source>Start a new, empty sheet? The current one is not kept unless you have exported it.</source>
        <translation>¿Empezar una hoja nueva y vacía? La actual no se conserva salvo que la haya exportado.</translation>
    </message>
    <message>
        <source>no level shown yet</source>
        <translation>aún no se demuestra ningún nivel</translation>
    </message>
    <message>
        <source>The evidence supports: %1
%2
Score: %3 / 100 (key points %4 of %5)</source>
        <translation>Lo demostrado respalda: %1
%2
Puntuación: %3 / 100 (puntos clave %4 de %5)</translation>
    </message>
    <message>
        <source>The saved interview sheet could not be read (%1); it was kept as %2 and a new sheet started.</source>
        <translation>No se pudo leer la hoja de entrevista guardada (%1); se conservó como %2 y se empezó una hoja nueva.</translation>
    </message>
    <message>
        <source>The interview sheet could not be saved to %1: %2</source>
        <translation>No se pudo guardar la hoja de entrevista en %1: %2</translation>
    </message>
    <message>
        <source>Export the scorecard as PDF</source>
        <translation>Exportar la hoja de evaluación como PDF</translation>
    </message>
    <message>
        <source>Export the scorecard as Markdown</source>
        <translation>Exportar la hoja de evaluación como Markdown</translation>
    </message>
    <message>
        <source>Scorecard written to %1.</source>
        <translation>Hoja de evaluación escrita en %1.</translation>
    </message>
</context>
<context>
    <name>DockPrep::JsonBackup</name>
    <message>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <source>The file ends too early; it looks truncated (at byte %1: %2).</source>
        <translation>El archivo termina antes de tiempo; parece truncado (en el byte %1: %2).</translation>
    </message>
    <message>
        <source>The file is not valid JSON (at byte %1: %2).</source>
        <translation>El archivo no es JSON válido (en el byte %1: %2).</translation>
    </message>
    <message>
        <source>This is not a DockPrep backup (it has no &quot;format&quot;: &quot;dockprep-backup&quot;).</source>
        <translation>Esto no es una copia de seguridad de DockPrep (no tiene &quot;format&quot;: &quot;dockprep-backup&quot;).</translation>
    </message>
    <message>
        <source>The backup has no valid format version.</source>
        <translation>La copia de seguridad no tiene una versión de formato válida.</translation>
    </message>
    <message>
        <source>The backup was made by a newer DockPrep (format %1; this version reads up to %2). Update DockPrep to import it.</source>
        <translation>La copia de seguridad la hizo un DockPrep más reciente (formato %1; esta versión lee hasta el %2). Actualiza DockPrep para importarla.</translation>
    </message>
    <message>
        <source>%1: missing</source>
        <translation>%1: falta</translation>
    </message>
    <message>
        <source>%1: expected a string</source>
        <translation>%1: se esperaba una cadena</translation>
    </message>
    <message>
        <source>%1: empty</source>
        <translation>%1: vacío</translation>
    </message>
    <message>
        <source>%1: expected true or false</source>
        <translation>%1: se esperaba true o false</translation>
    </message>
    <message>
        <source>%1: expected a date and time such as 2026-01-02T03:04:05Z</source>
        <translation>%1: se esperaba una fecha y hora como 2026-01-02T03:04:05Z</translation>
    </message>
    <message>
        <source>%1: expected a whole number from %2 to %3</source>
        <translation>%1: se esperaba un número entero de %2 a %3</translation>
    </message>
    <message>
        <source>%1: expected a date such as 2026-01-02</source>
        <translation>%1: se esperaba una fecha como 2026-01-02</translation>
    </message>
    <message>
        <source>%1: expected a list</source>
        <translation>%1: se esperaba una lista</translation>
    </message>
    <message>
        <source>%1: expected an object</source>
        <translation>%1: se esperaba un objeto</translation>
    </message>
    <message>
        <source>%1: expected a level (junior, mid, senior or principal)</source>
        <translation>%1: se esperaba un nivel (junior, mid, senior o principal)</translation>
    </message>
    <message>
        <source>%1: expected a question status</source>
        <translation>%1: se esperaba un estado de pregunta</translation>
    </message>
    <message>
        <source>%1: expected an interview configuration</source>
        <translation>%1: se esperaba una configuración de entrevista</translation>
    </message>
    <message>
        <source>%1: expected incomplete, finished or abandoned</source>
        <translation>%1: se esperaba incomplete, finished o abandoned</translation>
    </message>
    <message>
        <source>The backup is damaged: %1.</source>
        <translation>La copia de seguridad está dañada: %1.</translation>
    </message>
    <message>
        <source>%1: expected a number from %2 to %3</source>
        <translation>%1: se esperaba un número de %2 a %3</translation>
    </message>
    <message>
        <source>%1: expected delivery figures</source>
        <translation>%1: se esperaban cifras de expresión oral</translation>
    </message>
</context>
<context>
    <name>DockPrep::LanguageModel</name>
    <message>
        <source>The speech dictionary %1 cannot be read: %2</source>
        <translation>No se puede leer el diccionario de pronunciación %1: %2</translation>
    </message>
</context>
<context>
    <name>DockPrep::LayerSimulationPanel</name>
    <message>
        <source>Container %1</source>
        <translation>Contenedor %1</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>Contenedor</translation>
    </message>
    <message>
        <source>File path</source>
        <translation>Ruta del archivo</translation>
    </message>
    <message>
        <source>New content</source>
        <translation>Contenido nuevo</translation>
    </message>
    <message>
        <source>Write or delete a file in a container to see copy-up and whiteouts.</source>
        <translation>Escribe o borra un archivo en un contenedor para ver el copy-up y los whiteouts.</translation>
    </message>
    <message>
        <source>Write file</source>
        <translation>Escribir archivo</translation>
    </message>
    <message>
        <source>Delete file</source>
        <translation>Borrar archivo</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Restablecer</translation>
    </message>
    <message>
        <source>Write the file in the chosen container</source>
        <translation>Escribir el archivo en el contenedor elegido</translation>
    </message>
    <message>
        <source>Delete the file in the chosen container</source>
        <translation>Borrar el archivo en el contenedor elegido</translation>
    </message>
    <message>
        <source>Reset both containers to the image</source>
        <translation>Restablecer ambos contenedores a la imagen</translation>
    </message>
    <message>
        <source>&amp;Container:</source>
        <translation>&amp;Contenedor:</translation>
    </message>
    <message>
        <source>&amp;Path:</source>
        <translation>&amp;Ruta:</translation>
    </message>
    <message>
        <source>C&amp;ontent:</source>
        <translation>C&amp;ontenido:</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Files of container %1</source>
        <translation>Archivos del contenedor %1</translation>
    </message>
    <message>
        <source>Both containers are back to the image as built.</source>
        <translation>Ambos contenedores vuelven a estar como la imagen construida.</translation>
    </message>
    <message>
        <source>Created %1 in container %2&apos;s writable layer. The image is untouched.</source>
        <translation>Se ha creado %1 en la capa escribible del contenedor %2. La imagen no se toca.</translation>
    </message>
    <message>
        <source>Copy-up: %1 came from %2. The whole file was copied into container %3&apos;s writable layer, then changed there; the image layer still holds the original.</source>
        <translation>Copy-up: %1 venía de %2. El archivo entero se copió a la capa escribible del contenedor %3 y se cambió allí; la capa de la imagen sigue teniendo el original.</translation>
    </message>
    <message>
        <source>%1 was already in container %2&apos;s writable layer, so it changed in place: no copy.</source>
        <translation>%1 ya estaba en la capa escribible del contenedor %2, así que se cambió en su sitio: sin copia.</translation>
    </message>
    <message>
        <source>Whiteout: %1 lives in %2, which is read-only. A 0/0 character device now hides it in container %3; the file still takes space in the image.</source>
        <translation>Whiteout: %1 está en %2, que es de solo lectura. Ahora un dispositivo de caracteres 0/0 lo oculta en el contenedor %3; el archivo sigue ocupando espacio en la imagen.</translation>
    </message>
    <message>
        <source>%1 existed only in container %2&apos;s writable layer, so it was really deleted.</source>
        <translation>%1 solo existía en la capa escribible del contenedor %2, así que se borró de verdad.</translation>
    </message>
    <message>
        <source>Container %1 has no file %2.</source>
        <translation>El contenedor %1 no tiene el archivo %2.</translation>
    </message>
    <message>
        <source>“%1” is not an absolute file path such as /etc/passwd.</source>
        <translation>«%1» no es una ruta de archivo absoluta como /etc/passwd.</translation>
    </message>
    <message>
        <source>writable layer (upperdir)</source>
        <translation>capa escribible (upperdir)</translation>
    </message>
    <message>
        <source>c--------- 0,0 whiteout</source>
        <translation>c--------- 0,0 whiteout</translation>
    </message>
    <message>
        <source>hides the lower file</source>
        <translation>oculta el archivo inferior</translation>
    </message>
    <message>
        <source>copied up</source>
        <translation>copiado arriba</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nuevo</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>merged view (what it sees)</source>
        <translation>vista combinada (lo que ve)</translation>
    </message>
    <message>
        <source>upperdir</source>
        <translation>upperdir</translation>
    </message>
</context>
<context>
    <name>DockPrep::LayerStackView</name>
    <message>
        <source>Paste a Dockerfile to see its stages and layers.</source>
        <translation>Pega un Dockerfile para ver sus etapas y capas.</translation>
    </message>
    <message>
        <source>in the final image</source>
        <translation>en la imagen final</translation>
    </message>
    <message>
        <source>build stage</source>
        <translation>etapa de construcción</translation>
    </message>
    <message>
        <source>not needed by the target</source>
        <translation>el destino no la necesita</translation>
    </message>
    <message>
        <source>L%1</source>
        <translation>C%1</translation>
    </message>
</context>
<context>
    <name>DockPrep::Level</name>
    <message>
        <source>Junior</source>
        <translation>Junior</translation>
    </message>
    <message>
        <source>Mid-level</source>
        <translation>Intermedio</translation>
    </message>
    <message>
        <source>Senior</source>
        <translation>Senior</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>Principal</translation>
    </message>
</context>
<context>
    <name>DockPrep::MainWindow</name>
    <message>
        <source>DockPrep</source>
        <translation>DockPrep</translation>
    </message>
    <message>
        <source>Copied the %1 snippet to the clipboard</source>
        <translation>Fragmento %1 copiado al portapapeles</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New note</source>
        <translation>&amp;Nueva nota</translation>
    </message>
    <message>
        <source>&amp;Export notes</source>
        <translation>&amp;Exportar notas</translation>
    </message>
    <message>
        <source>&amp;Import a backup…</source>
        <translation>&amp;Importar una copia de seguridad…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>A&amp;delante</translation>
    </message>
    <message>
        <source>&amp;Previous question</source>
        <translation>Pregunta a&amp;nterior</translation>
    </message>
    <message>
        <source>&amp;Next question</source>
        <translation>Pregunta &amp;siguiente</translation>
    </message>
    <message>
        <source>&amp;Search everything…</source>
        <translation>&amp;Buscar en todo…</translation>
    </message>
    <message>
        <source>&amp;Filter the contents</source>
        <translation>&amp;Filtrar el contenido</translation>
    </message>
    <message>
        <source>&amp;Study</source>
        <translation>&amp;Estudio</translation>
    </message>
    <message>
        <source>&amp;Reveal the next part</source>
        <translation>&amp;Revelar la siguiente parte</translation>
    </message>
    <message>
        <source>&amp;Study mode (show everything)</source>
        <translation>&amp;Modo estudio (mostrar todo)</translation>
    </message>
    <message>
        <source>&amp;Mark as studied</source>
        <translation>Marcar como es&amp;tudiada</translation>
    </message>
    <message>
        <source>&amp;Bookmark</source>
        <translation>Mar&amp;cador</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About DockPrep</source>
        <translation>&amp;Acerca de DockPrep</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navegación</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>&amp;Read</source>
        <translation>&amp;Leer</translation>
    </message>
    <message>
        <source>&amp;Diagrams</source>
        <translation>&amp;Diagramas</translation>
    </message>
    <message>
        <source>Diagram: %1</source>
        <translation>Diagrama: %1</translation>
    </message>
    <message>
        <source>&amp;Interview</source>
        <translation>&amp;Entrevista</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Interview (%n due)</source>
        <translation>
            <numerusform>&amp;Entrevista (%n pendiente)</numerusform>
            <numerusform>&amp;Entrevista (%n pendientes)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Challenges</source>
        <translation>E&amp;jercicios</translation>
    </message>
    <message>
        <source>&amp;Explain a Dockerfile</source>
        <translation>E&amp;xplicar un Dockerfile</translation>
    </message>
    <message>
        <source>The diagram %1 is not available.</source>
        <translation>El diagrama %1 no está disponible.</translation>
    </message>
    <message>
        <source>Closed book: the curriculum, search and notes come back after the question.</source>
        <translation>A libro cerrado: el temario, la búsqueda y las notas vuelven después de la pregunta.</translation>
    </message>
    <message>
        <source>%1 — DockPrep</source>
        <translation>%1 — DockPrep</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n question(s) studied</source>
        <translation>
            <numerusform>%1 de %n pregunta estudiada</numerusform>
            <numerusform>%1 de %n preguntas estudiadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <source>DockPrep could not save this change:
%1</source>
        <translation>DockPrep no pudo guardar este cambio:
%1</translation>
    </message>
    <message>
        <source>About DockPrep</source>
        <translation>Acerca de DockPrep</translation>
    </message>
    <message>
        <source>&lt;h3&gt;DockPrep %1&lt;/h3&gt;&lt;p&gt;Offline study for Docker and container interviews: %2 questions from junior to principal level, with model answers, key points and follow-ups.&lt;/p&gt;&lt;p&gt;Built with Qt %3 and KDE&apos;s KSyntaxHighlighting.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;DockPrep %1&lt;/h3&gt;&lt;p&gt;Estudio sin conexión para entrevistas de Docker y contenedores: %2 preguntas de nivel junior a principal, con respuestas modelo, puntos clave y preguntas de seguimiento.&lt;/p&gt;&lt;p&gt;Creado con Qt %3 y KSyntaxHighlighting de KDE.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Reveal the next part</source>
        <comment>toolbar label, keep it short</comment>
        <translation>Revelar más</translation>
    </message>
    <message>
        <source>Study mode (show everything)</source>
        <comment>toolbar label, keep it short</comment>
        <translation>Modo estudio</translation>
    </message>
    <message>
        <source>Mark as studied</source>
        <comment>toolbar label, keep it short</comment>
        <translation>Estudiada</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Con&amp;figuración…</translation>
    </message>
    <message>
        <source>&amp;Pages</source>
        <translation>&amp;Páginas</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>The new language takes effect the next time DockPrep starts.</source>
        <translation>El nuevo idioma se aplicará la próxima vez que se inicie DockPrep.</translation>
    </message>
    <message>
        <source>F&amp;ind in this question…</source>
        <translation>Buscar en esta &amp;pregunta…</translation>
    </message>
    <message>
        <source>Re&amp;view due questions</source>
        <translation>Re&amp;pasar las preguntas pendientes</translation>
    </message>
    <message>
        <source>&amp;Grade the answer</source>
        <translation>&amp;Valorar la respuesta</translation>
    </message>
    <message>
        <source>Nothing due for review</source>
        <translation>Nada pendiente de repaso</translation>
    </message>
    <message>
        <source>Due for review: %1</source>
        <translation>Pendientes de repaso: %1</translation>
    </message>
    <message>
        <source>Nothing is due for review today.</source>
        <translation>Hoy no hay nada pendiente de repaso.</translation>
    </message>
    <message>
        <source>Reviewing the questions due (%1 left): reveal the answer, then grade it (1–4).</source>
        <translation>Repasando las preguntas pendientes (quedan %1): revela la respuesta y luego valórala (1–4).</translation>
    </message>
    <message>
        <source>Inter&amp;viewer</source>
        <translation>Entrevis&amp;tador</translation>
    </message>
</context>
<context>
    <name>DockPrep::NoteListModel</name>
    <message>
        <source>(empty note)</source>
        <translation>(nota vacía)</translation>
    </message>
    <message>
        <source>Changed %1</source>
        <translation>Modificada %1</translation>
    </message>
    <message>
        <source>%1 (conflicted copy)</source>
        <translation>%1 (copia en conflicto)</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>About: %1
Changed %2</source>
        <translation>Tema: %1
Modificada %2</translation>
    </message>
</context>
<context>
    <name>DockPrep::NotesPanel</name>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>On this topic</source>
        <translation>Sobre este tema</translation>
    </message>
    <message>
        <source>Free notes</source>
        <translation>Notas libres</translation>
    </message>
    <message>
        <source>All notes</source>
        <translation>Todas las notas</translation>
    </message>
    <message>
        <source>Which notes to list</source>
        <translation>Qué notas se muestran</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nueva</translation>
    </message>
    <message>
        <source>Start a new note on this topic (Ctrl+Shift+N)</source>
        <translation>Empezar una nota nueva sobre este tema (Ctrl+Mayús+N)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Delete the selected note</source>
        <translation>Borrar la nota seleccionada</translation>
    </message>
    <message>
        <source>Write in your own words. Markdown works: **bold**, lists, ```dockerfile blocks.
Everything is saved as you type.</source>
        <translation>Escribe con tus propias palabras. Funciona Markdown: **negrita**, listas, bloques ```dockerfile.
Todo se guarda mientras escribes.</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>Texto de la nota</translation>
    </message>
    <message>
        <source>Note preview</source>
        <translation>Vista previa de la nota</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Escribir</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Estado del guardado</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Editando…</translation>
    </message>
    <message>
        <source>Not saved: %1 Your text is kept here; it is saved as soon as that is fixed.</source>
        <translation>No guardado: %1 Tu texto se conserva aquí; se guardará en cuanto se solucione.</translation>
    </message>
    <message>
        <source>A new free note.</source>
        <translation>Una nota libre nueva.</translation>
    </message>
    <message>
        <source>A new note on this topic.</source>
        <translation>Una nota nueva sobre este tema.</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Borrar nota</translation>
    </message>
    <message>
        <source>Delete the note “%1”? This cannot be undone.</source>
        <translation>¿Borrar la nota «%1»? No se puede deshacer.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Guardada %1</translation>
    </message>
    <message>
        <source>This note was changed in another DockPrep window since you opened it. Both texts are kept: yours is saved as a new note, “conflicted copy”, and you are editing it now.</source>
        <translation>Esta nota se cambió en otra ventana de DockPrep desde que la abriste. Se conservan los dos textos: el tuyo se guarda como una nota nueva, «copia en conflicto», y ahora estás editándola.</translation>
    </message>
</context>
<context>
    <name>DockPrep::PcmAudio</name>
    <message>
        <source>It is not a WAVE file.</source>
        <translation>No es un archivo WAVE.</translation>
    </message>
    <message>
        <source>Only 16-bit PCM in one or two channels is read (this file has format %1, %2 bits, %3 channels).</source>
        <translation>Solo se lee PCM de 16 bits en uno o dos canales (este archivo tiene formato %1, %2 bits, %3 canales).</translation>
    </message>
    <message>
        <source>The file has no sound data.</source>
        <translation>El archivo no contiene sonido.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: more than %2 MiB: refusing</source>
        <translation>%1: más de %2 MiB: se rechaza</translation>
    </message>
</context>
<context>
    <name>DockPrep::QuestionPicker</name>
    <message>
        <source>No questions match the chapters and levels you chose.</source>
        <translation>Ninguna pregunta coincide con los capítulos y niveles elegidos.</translation>
    </message>
    <message>
        <source>No question in the chapters and levels you chose is due for review today.</source>
        <translation>Ninguna pregunta de los capítulos y niveles elegidos está pendiente de repaso hoy.</translation>
    </message>
</context>
<context>
    <name>DockPrep::QuestionReader</name>
    <message>
        <source>Reading aloud is turned off: the question is on screen.</source>
        <translation>La lectura en voz alta está desactivada: la pregunta está en pantalla.</translation>
    </message>
    <message>
        <source>No text-to-speech engine is installed (such as speech-dispatcher or flite), so the question is not read aloud: it is on screen.</source>
        <translation>No hay ningún motor de síntesis de voz instalado (como speech-dispatcher o flite), así que la pregunta no se lee en voz alta: está en pantalla.</translation>
    </message>
    <message>
        <source>The text-to-speech engine %1 is not installed (there are: %2), so the question is not read aloud: it is on screen.</source>
        <translation>El motor de síntesis de voz %1 no está instalado (hay: %2), así que la pregunta no se lee en voz alta: está en pantalla.</translation>
    </message>
    <message>
        <source>The text-to-speech engine %1 does not work here (%2), so the question is not read aloud: it is on screen.</source>
        <translation>El motor de síntesis de voz %1 no funciona aquí (%2), así que la pregunta no se lee en voz alta: está en pantalla.</translation>
    </message>
    <message>
        <source>The question could not be read aloud (%1): it is on screen.</source>
        <translation>No se pudo leer la pregunta en voz alta (%1): está en pantalla.</translation>
    </message>
</context>
<context>
    <name>DockPrep::ReaderView</name>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Open external link</source>
        <translation>Abrir enlace externo</translation>
    </message>
    <message>
        <source>Open %1 in your web browser?</source>
        <translation>¿Abrir %1 en el navegador web?</translation>
    </message>
</context>
<context>
    <name>DockPrep::ReportFileDialog</name>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
</context>
<context>
    <name>DockPrep::ReviewBar</name>
    <message>
        <source>Again</source>
        <translation>Otra vez</translation>
    </message>
    <message>
        <source>Hard</source>
        <translation>Difícil</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Bien</translation>
    </message>
    <message>
        <source>Easy</source>
        <translation>Fácil</translation>
    </message>
    <message>
        <source>Forgot it: see it again soon</source>
        <translation>La olvidé: volver a verla pronto</translation>
    </message>
    <message>
        <source>Recalled it, with effort</source>
        <translation>La recordé, con esfuerzo</translation>
    </message>
    <message>
        <source>Recalled it</source>
        <translation>La recordé</translation>
    </message>
    <message>
        <source>Knew it at once</source>
        <translation>La sabía al instante</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 día</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 días</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 meses</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 años</translation>
    </message>
    <message>
        <source>Not reviewed yet.</source>
        <translation>Aún sin repasar.</translation>
    </message>
    <message>
        <source>Due for review today.</source>
        <translation>Pendiente de repaso hoy.</translation>
    </message>
    <message>
        <source>Next review in %1, on %2.</source>
        <translation>Próximo repaso en %1, el %2.</translation>
    </message>
    <message>
        <source>How well did you know it?</source>
        <translation>¿Qué tal la sabías?</translation>
    </message>
    <message>
        <source>Reveal the answer, then grade how well you knew it.</source>
        <translation>Revela la respuesta y luego valora qué tal la sabías.</translation>
    </message>
</context>
<context>
    <name>DockPrep::ReviewStore</name>
    <message>
        <source>The database is open read-only; the review was not recorded.</source>
        <translation>La base de datos está abierta en solo lectura; el repaso no se ha registrado.</translation>
    </message>
    <message>
        <source>Could not record the review: %1</source>
        <translation>No se pudo registrar el repaso: %1</translation>
    </message>
</context>
<context>
    <name>DockPrep::RubricEditor</name>
    <message>
        <source> / 5</source>
        <translation> / 5</translation>
    </message>
    <message>
        <source>What you saw</source>
        <translation>Lo que observó</translation>
    </message>
    <message>
        <source>%1 (%2 %)</source>
        <translation>%1 (%2 %)</translation>
    </message>
</context>
<context>
    <name>DockPrep::ScoreChart</name>
    <message>
        <source>Scores over time</source>
        <translation>Puntuaciones a lo largo del tiempo</translation>
    </message>
    <message>
        <source>No finished sessions yet</source>
        <translation>Todavía no hay sesiones terminadas</translation>
    </message>
</context>
<context>
    <name>DockPrep::Scorecard</name>
    <message>
        <source>This question is no longer in the curriculum; its ticks are not counted.</source>
        <translation>Esta pregunta ya no está en el temario; sus marcas no cuentan.</translation>
    </message>
    <message>
        <source>Key points mentioned: %1 of %2</source>
        <translation>Puntos clave mencionados: %1 de %2</translation>
    </message>
    <message>
        <source>Follow-ups asked:</source>
        <translation>Preguntas de seguimiento hechas:</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>unnamed candidate</source>
        <translation>candidato sin nombre</translation>
    </message>
    <message>
        <source>Interview scorecard: %1</source>
        <translation>Hoja de evaluación: %1</translation>
    </message>
    <message>
        <source>Interview of %1, %2</source>
        <translation>Entrevista del %1, %2</translation>
    </message>
    <message>
        <source>Competency the evidence supports</source>
        <translation>Nivel que respalda lo demostrado</translation>
    </message>
    <message>
        <source>no level shown yet</source>
        <translation>aún no se demuestra ningún nivel</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>key points %1 of %2, and the rubric below</source>
        <translation>puntos clave %1 de %2, y la rúbrica de abajo</translation>
    </message>
    <message>
        <source>Rubric</source>
        <translation>Rúbrica</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterio</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Valoración</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Evidence by level</source>
        <translation>Pruebas por nivel</translation>
    </message>
    <message>
        <source>No questions asked.</source>
        <translation>No se hizo ninguna pregunta.</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <source>Key points</source>
        <translation>Puntos clave</translation>
    </message>
    <message>
        <source>Shown</source>
        <translation>Demostrado</translation>
    </message>
    <message>
        <source>%1 of %2 (%3 %)</source>
        <translation>%1 de %2 (%3 %)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>A level is shown when its answers covered at least %1 % of its key points; senior also needs production experience rated %2 of 5 or more, principal leadership rated %3 or more.</source>
        <translation>Un nivel se da por demostrado cuando sus respuestas cubrieron al menos el %1 % de sus puntos clave; senior necesita además experiencia en producción valorada con %2 de 5 o más, y principal liderazgo con %3 o más.</translation>
    </message>
</context>
<context>
    <name>DockPrep::Scoring</name>
    <message>
        <source>How the score (0–100) is made: the evaluation rubric weighs technical skills 40 %, communication 25 %, production experience 20 % and leadership 15 %. Half of the technical part comes from the key points you covered, half from your technical rating. So: score = 20 × key points covered ÷ key points + 4 × technical + 5 × communication + 4 × production + 3 × leadership, each rating from 0 to 5, rounded to the nearest whole number. A skipped question scores 0.</source>
        <translation>Cómo se calcula la puntuación (0–100): la rúbrica de evaluación pondera las habilidades técnicas con un 40 %, la comunicación con un 25 %, la experiencia en producción con un 20 % y el liderazgo con un 15 %. La mitad de la parte técnica sale de los puntos clave que cubriste y la otra mitad de tu valoración técnica. Así: puntuación = 20 × puntos clave cubiertos ÷ puntos clave + 4 × técnica + 5 × comunicación + 4 × producción + 3 × liderazgo, cada valoración de 0 a 5, redondeada al entero más cercano. Una pregunta omitida puntúa 0.</translation>
    </message>
    <message>
        <source>+%1 over</source>
        <extracomment>Time used after the clock reached zero; %1 is a duration such as 0:42</extracomment>
        <translation>+%1 de más</translation>
    </message>
</context>
<context>
    <name>DockPrep::SearchPopup</name>
    <message>
        <source>Search questions, answers, snippets and your notes</source>
        <translation>Buscar en preguntas, respuestas, fragmentos y tus notas</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>Estado de la búsqueda</translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation>La búsqueda falló: %1</translation>
    </message>
    <message>
        <source>Type to search; Enter opens the highlighted result.</source>
        <translation>Escribe para buscar; Intro abre el resultado resaltado.</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n resultado</numerusform>
            <numerusform>%n resultados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s). More than %1 notes match, so the newest of them were ranked: type more to narrow.</source>
        <translation>
            <numerusform>%n resultado. Más de %1 notas coinciden, así que se han ordenado las más recientes: escriba más para acotar.</numerusform>
            <numerusform>%n resultados. Más de %1 notas coinciden, así que se han ordenado las más recientes: escriba más para acotar.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>DockPrep::SearchResultDelegate</name>
    <message>
        <source>Note: </source>
        <translation>Nota: </translation>
    </message>
</context>
<context>
    <name>DockPrep::SessionHistoryModel</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Incomplete: can be resumed</source>
        <translation>Incompleta: se puede reanudar</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminada</translation>
    </message>
    <message>
        <source>Discarded</source>
        <translation>Descartada</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Respondidas</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Custom (shuffle number %1)</source>
        <translation>Personalizada (número de mezcla %1)</translation>
    </message>
</context>
<context>
    <name>DockPrep::SessionPreset</name>
    <message>
        <source>Quick 15 minutes</source>
        <translation>Rápida de 15 minutos</translation>
    </message>
    <message>
        <source>5 questions from every level, 3 minutes each, scored after each answer.</source>
        <translation>5 preguntas de todos los niveles, 3 minutos cada una, puntuadas tras cada respuesta.</translation>
    </message>
    <message>
        <source>Senior loop 45 minutes</source>
        <translation>Ronda senior de 45 minutos</translation>
    </message>
    <message>
        <source>8 senior and principal questions in 45 minutes overall, scored at the end.</source>
        <translation>8 preguntas senior y principal en 45 minutos en total, puntuadas al final.</translation>
    </message>
</context>
<context>
    <name>DockPrep::SessionRecordings</name>
    <message>
        <source>There is no folder for recordings.</source>
        <translation>No hay carpeta para grabaciones.</translation>
    </message>
    <message>
        <source>Could not make the folder %1 for the recording.</source>
        <translation>No se pudo crear la carpeta %1 para la grabación.</translation>
    </message>
    <message>
        <source>Could not save the recording %1: %2</source>
        <translation>No se pudo guardar la grabación %1: %2</translation>
    </message>
    <message>
        <source>The session was deleted, but these recordings could not be removed: %1</source>
        <translation>La sesión se eliminó, pero estas grabaciones no se pudieron quitar: %1</translation>
    </message>
</context>
<context>
    <name>DockPrep::SettingsDialog</name>
    <message>
        <source>Open book: the contents, search and notes stay available</source>
        <translation>Con apuntes: el índice, la búsqueda y las notas siguen disponibles</translation>
    </message>
    <message>
        <source>Back up the database once a day, when DockPrep starts</source>
        <translation>Hacer una copia de seguridad de la base de datos una vez al día, al iniciar DockPrep</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Carpeta de copias de seguridad</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Igual que el sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>&amp;Reader text size:</source>
        <translation>Tamaño del texto del &amp;lector:</translation>
    </message>
    <message>
        <source>A new language takes effect the next time DockPrep starts.</source>
        <translation>Un idioma nuevo se aplica la próxima vez que se inicie DockPrep.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>T&amp;ime:</source>
        <translation>Tie&amp;mpo:</translation>
    </message>
    <message>
        <source>New interviews start with</source>
        <translation>Las entrevistas nuevas empiezan con</translation>
    </message>
    <message>
        <source>&amp;Questions:</source>
        <translation>&amp;Preguntas:</translation>
    </message>
    <message>
        <source>&amp;Score:</source>
        <translation>P&amp;untuación:</translation>
    </message>
    <message>
        <source>At &amp;zero:</source>
        <translation>Al llegar a &amp;cero:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Tus datos</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Carpeta de datos:</translation>
    </message>
    <message>
        <source>&amp;Keep backups of the last:</source>
        <translation>Con&amp;servar copias de los últimos:</translation>
    </message>
    <message>
        <source>Backup folder:</source>
        <translation>Carpeta de copias:</translation>
    </message>
    <message>
        <source>Newest backup:</source>
        <translation>Copia más reciente:</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Show this folder in the file manager</source>
        <translation>Mostrar esta carpeta en el gestor de archivos</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Abrir %1</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ninguna todavía</translation>
    </message>
</context>
<context>
    <name>DockPrep::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Find a shortcut or an action</source>
        <translation>Buscar un atajo o una acción</translation>
    </message>
    <message>
        <source>Find a shortcut</source>
        <translation>Buscar un atajo</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Contents and search</source>
        <translation>Índice y búsqueda</translation>
    </message>
    <message>
        <source>From the filter into the list</source>
        <translation>Del filtro a la lista</translation>
    </message>
    <message>
        <source>Open the chosen question or result</source>
        <translation>Abrir la pregunta o el resultado elegido</translation>
    </message>
    <message>
        <source>Move through the search results</source>
        <translation>Recorrer los resultados de la búsqueda</translation>
    </message>
    <message>
        <source>Close the search</source>
        <translation>Cerrar la búsqueda</translation>
    </message>
    <message>
        <source>Delete the selected note</source>
        <translation>Borrar la nota seleccionada</translation>
    </message>
    <message>
        <source>Diagrams</source>
        <translation>Diagramas</translation>
    </message>
    <message>
        <source>Next or previous component</source>
        <translation>Componente siguiente o anterior</translation>
    </message>
    <message>
        <source>Explain the focused component</source>
        <translation>Explicar el componente con el foco</translation>
    </message>
    <message>
        <source>Close the explanation</source>
        <translation>Cerrar la explicación</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <source>Fit to the window</source>
        <translation>Ajustar a la ventana</translation>
    </message>
    <message>
        <source>Zoom with the mouse</source>
        <translation>Zoom con el ratón</translation>
    </message>
    <message>
        <source>Ctrl+wheel</source>
        <translation>Ctrl+rueda</translation>
    </message>
    <message>
        <source>Previous step, play or pause, next step</source>
        <translation>Paso anterior, reproducir o pausar, paso siguiente</translation>
    </message>
    <message>
        <source>Mock interview</source>
        <translation>Entrevista simulada</translation>
    </message>
    <message>
        <source>Pause or resume the clock</source>
        <translation>Pausar o reanudar el reloj</translation>
    </message>
    <message>
        <source>Submit the answer</source>
        <translation>Enviar la respuesta</translation>
    </message>
</context>
<context>
    <name>DockPrep::SolutionDialog</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>&amp;Load into editor</source>
        <translation>Cargar en el &amp;editor</translation>
    </message>
    <message>
        <source>Reference solution</source>
        <translation>Solución de referencia</translation>
    </message>
    <message>
        <source>Copy the solution to the clipboard</source>
        <translation>Copiar la solución al portapapeles</translation>
    </message>
    <message>
        <source>Replace your attempt with the solution (Ctrl+Z in the editor brings the attempt back)</source>
        <translation>Sustituir tu intento por la solución (Ctrl+Z en el editor recupera el intento)</translation>
    </message>
    <message>
        <source>One way to pass every check; yours may differ and still pass.</source>
        <translation>Una forma de superar todas las comprobaciones; la tuya puede ser distinta y superarlas igual.</translation>
    </message>
    <message>
        <source>Solution: %1</source>
        <translation>Solución: %1</translation>
    </message>
</context>
<context>
    <name>DockPrep::SpokenSession</name>
    <message>
        <source>Reading the question aloud…</source>
        <translation>Leyendo la pregunta en voz alta…</translation>
    </message>
    <message>
        <source>Recording paused with the clock.</source>
        <translation>Grabación en pausa junto con el reloj.</translation>
    </message>
    <message>
        <source>● Recording your answer: speak as you would to an interviewer. Submit when you are done.</source>
        <translation>● Grabando tu respuesta: habla como lo harías ante un entrevistador. Envíala cuando termines.</translation>
    </message>
    <message>
        <source>Reading the question aloud… the recording starts when it ends.</source>
        <translation>Leyendo la pregunta en voz alta… la grabación empieza cuando termine.</translation>
    </message>
    <message>
        <source>The recording reached its ten-minute limit: what follows is not recorded.</source>
        <translation>La grabación llegó a su límite de diez minutos: lo que sigue no se graba.</translation>
    </message>
    <message>
        <source>Your spoken answer to question %1 could not be transcribed: %2</source>
        <translation>No se pudo transcribir tu respuesta hablada a la pregunta %1: %2</translation>
    </message>
</context>
<context>
    <name>DockPrep::StepBar</name>
    <message>
        <source>Step through</source>
        <translation>Paso a paso</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>Secuencia</translation>
    </message>
    <message>
        <source>Step through the sequence</source>
        <translation>Recorrer la secuencia paso a paso</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Paso anterior</translation>
    </message>
    <message>
        <source>Play the sequence</source>
        <translation>Reproducir la secuencia</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Paso siguiente</translation>
    </message>
    <message>
        <source>Pause the sequence</source>
        <translation>Pausar la secuencia</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Paso %1 de %2</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n paso</numerusform>
            <numerusform>%n pasos</numerusform>
        </translation>
    </message>
    <message>
        <source>Step through “%1”: Next or Play.</source>
        <translation>«%1» paso a paso: Siguiente o Reproducir.</translation>
    </message>
    <message>
        <source>P&amp;revious</source>
        <translation>Ante&amp;rior</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>Re&amp;producir</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>Siguie&amp;nte</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausa</translation>
    </message>
</context>
<context>
    <name>DockPrep::StudyExchange</name>
    <message>
        <source>Export notes as %1</source>
        <translation>Exportar las notas como %1</translation>
    </message>
    <message>
        <source>An export is still being written.</source>
        <translation>Todavía se está escribiendo una exportación.</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Escribiendo %1…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Import a DockPrep backup</source>
        <translation>Importar una copia de seguridad de DockPrep</translation>
    </message>
    <message>
        <source>DockPrep backup (*.json);;All files (*)</source>
        <translation>Copia de seguridad de DockPrep (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Nothing of yours is deleted by an import.</source>
        <translation>Una importación no borra nada tuyo.</translation>
    </message>
    <message>
        <source>Imported %1.</source>
        <translation>Importado %1.</translation>
    </message>
    <message>
        <source>Export Anki cards</source>
        <translation>Exportar tarjetas de Anki</translation>
    </message>
</context>
<context>
    <name>DockPrep::SummaryExport</name>
    <message>
        <source>not answered</source>
        <translation>sin responder</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>sin puntuar</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>omitida</translation>
    </message>
    <message>
        <source>scored</source>
        <translation>puntuada</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>no planteada</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Questions asked: %1, answered: %2, skipped: %3</source>
        <translation>Preguntas planteadas: %1, respondidas: %2, omitidas: %3</translation>
    </message>
    <message>
        <source>Time: %1 (paused %2, overtime %3 on %4 questions)</source>
        <translation>Tiempo: %1 (en pausa %2, tiempo extra %3 en %4 preguntas)</translation>
    </message>
    <message>
        <source>By chapter</source>
        <translation>Por capítulo</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation>Capítulo</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <source>By level</source>
        <translation>Por nivel</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>Overtime</source>
        <translation>Tiempo extra</translation>
    </message>
    <message>
        <source>Weakest topics</source>
        <translation>Temas más flojos</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>fallados</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <source>No answer.</source>
        <translation>Sin respuesta.</translation>
    </message>
    <message>
        <source>Ratings: technical %1, communication %2, production %3, leadership %4 (of 5)</source>
        <translation>Valoraciones: técnica %1, comunicación %2, producción %3, liderazgo %4 (de 5)</translation>
    </message>
    <message>
        <source>Shuffle number: %1</source>
        <translation>Número de mezcla: %1</translation>
    </message>
    <message>
        <source>%1 (no longer in the curriculum)</source>
        <translation>%1 (ya no está en el temario)</translation>
    </message>
    <message>
        <source>A chapter no longer in the curriculum</source>
        <translation>Un capítulo que ya no está en el temario</translation>
    </message>
    <message>
        <source>Mock interview of %1, %2</source>
        <translation>Entrevista simulada del %1, %2</translation>
    </message>
    <message>
        <source>Spoken: %1</source>
        <translation>Hablada: %1</translation>
    </message>
</context>
<context>
    <name>DockPrep::Transcriber</name>
    <message>
        <source>The offline speech recogniser&apos;s English model is not installed (%1). On Debian and Ubuntu it is the package pocketsphinx-en-us.</source>
        <translation>El modelo inglés del reconocedor de voz sin conexión no está instalado (%1). En Debian y Ubuntu es el paquete pocketsphinx-en-us.</translation>
    </message>
    <message>
        <source>There is no language model to recognise the answer with.</source>
        <translation>No hay ningún modelo de lenguaje con el que reconocer la respuesta.</translation>
    </message>
    <message>
        <source>The speech models could not be written to a temporary file: %1</source>
        <translation>No se pudieron escribir los modelos de voz en un archivo temporal: %1</translation>
    </message>
    <message>
        <source>The offline speech recogniser could not start with its model in %1.</source>
        <translation>El reconocedor de voz sin conexión no pudo arrancar con su modelo en %1.</translation>
    </message>
    <message>
        <source>The offline speech recogniser failed on this recording.</source>
        <translation>El reconocedor de voz sin conexión falló con esta grabación.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>My notes</source>
        <translation>Mis notas</translation>
    </message>
    <message>
        <source>Key points</source>
        <translation>Puntos clave</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>HTML page</source>
        <translation>Página HTML</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Documento PDF</translation>
    </message>
    <message>
        <source>JSON backup</source>
        <translation>Copia de seguridad JSON</translation>
    </message>
    <message>
        <source>Anki cards (TSV)</source>
        <translation>Tarjetas de Anki (TSV)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n note(s) to %1.</source>
        <translation>
            <numerusform>%n nota exportada a %1.</numerusform>
            <numerusform>%n notas exportadas a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>Marcadores</translation>
    </message>
    <message>
        <source>Free notes</source>
        <translation>Notas libres</translation>
    </message>
    <message>
        <source>No file name was given for the export.</source>
        <translation>No se indicó ningún nombre de archivo para la exportación.</translation>
    </message>
    <message>
        <source>%1 is a folder; choose a file name inside it.</source>
        <translation>%1 es una carpeta; elige un nombre de archivo dentro de ella.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Check that the folder exists and that you may write to it.</source>
        <translation>No se puede escribir %1: %2. Comprueba que la carpeta existe y que tienes permiso de escritura en ella.</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Nothing was changed.</source>
        <translation>No se pudo escribir %1: %2. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Could not finish writing %1: %2. Nothing was changed.</source>
        <translation>No se pudo terminar de escribir %1: %2. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>DockPrep notes</source>
        <translation>Notas de DockPrep</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>Exportado el %1</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n nota</numerusform>
            <numerusform>%n notas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bookmark(s)</source>
        <translation>
            <numerusform>%n marcador</numerusform>
            <numerusform>%n marcadores</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 questions studied</source>
        <translation>%1 de %2 preguntas estudiadas</translation>
    </message>
    <message>
        <source>Written %1, changed %2</source>
        <translation>Escrita el %1, modificada el %2</translation>
    </message>
    <message>
        <source>Written %1</source>
        <translation>Escrita el %1</translation>
    </message>
    <message>
        <source>There is no level called &quot;%1&quot;; the levels are junior, mid, senior and principal.</source>
        <translation>No hay ningún nivel llamado «%1»; los niveles son junior, mid, senior y principal.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a scope: use mine, curriculum, chapter:ID or level:LEVEL (a chapter and a level may be joined with a comma).</source>
        <translation>«%1» no es un alcance: usa mine, curriculum, chapter:ID o level:LEVEL (un capítulo y un nivel se pueden unir con una coma).</translation>
    </message>
    <message>
        <source>A deck is either the questions you wrote notes on or bookmarked (mine) or the whole curriculum, not both.</source>
        <translation>Un mazo es o bien las preguntas sobre las que escribiste notas o que marcaste (mine), o bien todo el temario, no ambas cosas.</translation>
    </message>
    <message>
        <source>Follow-up to %1</source>
        <translation>Pregunta de seguimiento de %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n card(s) to %1.</source>
        <translation>
            <numerusform>%n tarjeta exportada a %1.</numerusform>
            <numerusform>%n tarjetas exportadas a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 question</source>
        <translation>Pregunta de nivel %1</translation>
    </message>
    <message>
        <source>%1 (no longer in the curriculum)</source>
        <translation>%1 (ya no está en el temario)</translation>
    </message>
    <message>
        <source>Diagrams</source>
        <translation>Diagramas</translation>
    </message>
    <message>
        <source>Questions no longer in the curriculum</source>
        <translation>Preguntas que ya no están en el temario</translation>
    </message>
    <message numerus="yes">
        <source>The %n recording(s) of spoken answers are not in the backup; they stay in the data folder.</source>
        <translation>
            <numerusform>La %n grabación de respuestas habladas no está en la copia; se queda en la carpeta de datos.</numerusform>
            <numerusform>Las %n grabaciones de respuestas habladas no están en la copia; se quedan en la carpeta de datos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPlan</name>
    <message>
        <source>Everything in this backup is already here; importing it changes nothing.</source>
        <translation>Todo lo de esta copia de seguridad ya está aquí; importarla no cambia nada.</translation>
    </message>
    <message numerus="yes">
        <source>%n new note(s)</source>
        <translation>
            <numerusform>%n nota nueva</numerusform>
            <numerusform>%n notas nuevas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) replaced by a newer copy</source>
        <translation>
            <numerusform>%n nota sustituida por una copia más reciente</numerusform>
            <numerusform>%n notas sustituidas por una copia más reciente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new bookmark(s)</source>
        <translation>
            <numerusform>%n marcador nuevo</numerusform>
            <numerusform>%n marcadores nuevos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) with merged progress</source>
        <translation>
            <numerusform>%n pregunta con el progreso combinado</numerusform>
            <numerusform>%n preguntas con el progreso combinado</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing will add or change: %1.</source>
        <translation>La importación añadirá o cambiará: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) here are newer than the backup&apos;s copy and stay as they are.</source>
        <translation>
            <numerusform>%n nota de aquí es más reciente que la copia de la copia de seguridad y se queda como está.</numerusform>
            <numerusform>%n notas de aquí son más recientes que la copia de la copia de seguridad y se quedan como están.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interview session(s)</source>
        <translation>
            <numerusform>%n sesión de entrevista</numerusform>
            <numerusform>%n sesiones de entrevista</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) in the review schedule</source>
        <translation>
            <numerusform>%n pregunta en el calendario de repaso</numerusform>
            <numerusform>%n preguntas en el calendario de repaso</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n challenge attempt(s)</source>
        <translation>
            <numerusform>%n intento de ejercicio</numerusform>
            <numerusform>%n intentos de ejercicios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n setting(s)</source>
        <translation>
            <numerusform>%n ajuste</numerusform>
            <numerusform>%n ajustes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoteTopics</name>
    <message>
        <source>Free note</source>
        <translation>Nota libre</translation>
    </message>
    <message>
        <source>A question no longer in the curriculum (%1)</source>
        <translation>Una pregunta que ya no está en el temario (%1)</translation>
    </message>
    <message>
        <source>Diagram: %1</source>
        <translation>Diagrama: %1</translation>
    </message>
</context>
<context>
    <name>SearchQuery</name>
    <message>
        <source>Unclosed quote: searching for the words.</source>
        <translation>Comillas sin cerrar: se buscan las palabras.</translation>
    </message>
    <message>
        <source>Unclosed quote: type the words to search for, or a phrase between two quotes.</source>
        <translation>Comillas sin cerrar: escribe las palabras que buscas o una frase entre dos comillas.</translation>
    </message>
    <message>
        <source>AND, OR, NOT and NEAR are searched as words; every word must match.</source>
        <translation>AND, OR, NOT y NEAR se buscan como palabras; todas las palabras deben coincidir.</translation>
    </message>
    <message>
        <source>Only letters and digits are searched: type a word.</source>
        <translation>Solo se buscan letras y dígitos: escribe una palabra.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Offline study app for Docker and container interviews.</source>
        <translation>Aplicación de estudio sin conexión para entrevistas de Docker y contenedores.</translation>
    </message>
    <message>
        <source>Keep notes, progress and settings in &lt;dir&gt;.</source>
        <translation>Guardar las notas, el progreso y los ajustes en &lt;dir&gt;.</translation>
    </message>
    <message>
        <source>Load the curriculum from &lt;dir&gt; instead of the built-in one (for authors).</source>
        <translation>Cargar el temario desde &lt;dir&gt; en lugar del integrado (para autores).</translation>
    </message>
    <message>
        <source>Open the question &lt;id&gt;.</source>
        <translation>Abrir la pregunta &lt;id&gt;.</translation>
    </message>
    <message>
        <source>Start in study mode (everything revealed).</source>
        <translation>Empezar en modo estudio (todo revelado).</translation>
    </message>
    <message>
        <source>Write a PNG of the main window to &lt;file&gt; and exit.</source>
        <translation>Escribir un PNG de la ventana principal en &lt;file&gt; y salir.</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message>
        <source>Curriculum</source>
        <translation>Temario</translation>
    </message>
    <message numerus="yes">
        <source>The curriculum in %1 has %n problem(s):
%2</source>
        <translation>
            <numerusform>El temario de %1 tiene %n problema:
%2</numerusform>
            <numerusform>El temario de %1 tiene %n problemas:
%2</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the diagram element &lt;diagram#element&gt;.</source>
        <translation>Abrir el elemento de diagrama &lt;diagram#element&gt;.</translation>
    </message>
    <message>
        <source>Use the light, dark or system colours for this run (the settings keep theirs).</source>
        <translation>Usar los colores claros, oscuros o del sistema en esta ejecución (la configuración conserva los suyos).</translation>
    </message>
    <message>
        <source>Search the curriculum and your notes.</source>
        <translation>Buscar en el temario y en tus notas.</translation>
    </message>
    <message>
        <source>Analyze a Dockerfile: stages, layers, findings and the build cache.</source>
        <translation>Analizar un Dockerfile: etapas, capas, hallazgos y la caché de compilación.</translation>
    </message>
    <message>
        <source>Check a compose file.</source>
        <translation>Comprobar un archivo compose.</translation>
    </message>
    <message>
        <source>Export your notes and progress (md, html, pdf, json, anki).</source>
        <translation>Exportar tus notas y tu progreso (md, html, pdf, json, anki).</translation>
    </message>
    <message>
        <source>Import a JSON backup made by export --format json.</source>
        <translation>Importar una copia de seguridad JSON hecha con export --format json.</translation>
    </message>
    <message>
        <source>Show which key points of a question an answer covers, and why.</source>
        <translation>Mostrar qué puntos clave de una pregunta cubre una respuesta, y por qué.</translation>
    </message>
    <message>
        <source>Commands (they need no display; dockprep COMMAND --help tells more):</source>
        <translation>Órdenes (no necesitan pantalla; dockprep ORDEN --help cuenta más):</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; the commands are %2 (dockprep --help lists them and the options)</source>
        <translation>orden desconocida «%1»; las órdenes son %2 (dockprep --help las enumera junto con las opciones)</translation>
    </message>
    <message>
        <source>the argument &quot;%1&quot; is not valid in the system&apos;s file name encoding (UTF-8), so it would name another file; rename the file or choose another name</source>
        <translation>el argumento «%1» no es válido en la codificación de nombres de archivo del sistema (UTF-8), así que nombraría otro archivo; cambia el nombre del archivo o elige otro nombre</translation>
    </message>
    <message>
        <source>Already running</source>
        <translation>Ya está en marcha</translation>
    </message>
    <message>
        <source>Another DockPrep (process %1) is using the data in %2 and did not answer. Close it, or wait for it to finish, and start DockPrep again.</source>
        <translation>Otro DockPrep (proceso %1) está usando los datos de %2 y no ha respondido. Ciérralo, o espera a que termine, y vuelve a iniciar DockPrep.</translation>
    </message>
    <message>
        <source>Start on a page: %1.</source>
        <translation>Empezar en una página: %1.</translation>
    </message>
    <message>
        <source>no page called &quot;%1&quot; (%2)</source>
        <translation>no hay ninguna página llamada «%1» (%2)</translation>
    </message>
</context>
</TS>
