<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>DockPrep::AnalyzeCommand</name>
    <message>
        <source>Problems reading the file:</source>
        <translation>Probleme beim Lesen der Datei:</translation>
    </message>
    <message>
        <source>Stages (target: %1):</source>
        <translation>Stages (Ziel: %1):</translation>
    </message>
    <message>
        <source>FROM %1</source>
        <translation>FROM %1</translation>
    </message>
    <message numerus="yes">
        <source>(line %1, %n layer(s))</source>
        <translation>
            <numerusform>(Zeile %1, %n Layer)</numerusform>
            <numerusform>(Zeile %1, %n Layer)</numerusform>
        </translation>
    </message>
    <message>
        <source>[not needed by the target]</source>
        <translation>[vom Ziel nicht benötigt]</translation>
    </message>
    <message>
        <source>uses %1 (%2, line %3)</source>
        <translation>verwendet %1 (%2, Zeile %3)</translation>
    </message>
    <message>
        <source>copies from the image %1</source>
        <translation>kopiert aus dem Image %1</translation>
    </message>
    <message>
        <source>Layers:</source>
        <translation>Layer:</translation>
    </message>
    <message>
        <source>(no layers of its own)</source>
        <translation>(keine eigenen Layer)</translation>
    </message>
    <message>
        <source>Findings (%1):</source>
        <translation>Befunde (%1):</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>why: %1</source>
        <translation>warum: %1</translation>
    </message>
    <message>
        <source>ARG %1</source>
        <translation>ARG %1</translation>
    </message>
    <message>
        <source>Build cache after changing %1 (%2 hits, %3 misses):</source>
        <translation>Build-Cache nach Änderung von %1 (%2 Hits, %3 Misses):</translation>
    </message>
    <message>
        <source>Analyze a Dockerfile: stages, layers, lint findings and the build-cache cascade.</source>
        <translation>Ein Dockerfile analysieren: Stages, Layer, Lint-Befunde und die Build-Cache-Kaskade.</translation>
    </message>
    <message>
        <source>A path in the build context that changed (repeatable).</source>
        <translation>Ein geänderter Pfad im Build-Kontext (wiederholbar).</translation>
    </message>
    <message>
        <source>A build argument whose value changed (repeatable; NAME or NAME=VALUE).</source>
        <translation>Ein Build-Argument, dessen Wert sich geändert hat (wiederholbar; NAME oder NAME=WERT).</translation>
    </message>
    <message>
        <source>The stage to build (default: the last one).</source>
        <translation>Die zu bauende Stage (Standard: die letzte).</translation>
    </message>
    <message>
        <source>Output as text or json.</source>
        <translation>Ausgabe als text oder json.</translation>
    </message>
    <message>
        <source>The Dockerfile to analyze (&apos;-&apos; reads standard input).</source>
        <translation>Das zu analysierende Dockerfile („-“ liest die Standardeingabe).</translation>
    </message>
    <message>
        <source>--format takes text or json</source>
        <translation>--format erwartet text oder json</translation>
    </message>
    <message>
        <source>give exactly one Dockerfile, e.g. dockprep analyze Dockerfile --changed src/app.py</source>
        <translation>geben Sie genau ein Dockerfile an, z. B. dockprep analyze Dockerfile --changed src/app.py</translation>
    </message>
    <message>
        <source>%1 is a folder; give the Dockerfile inside it</source>
        <translation>%1 ist ein Ordner; geben Sie das Dockerfile darin an</translation>
    </message>
</context>
<context>
    <name>DockPrep::AnkiDeckDialog</name>
    <message>
        <source>Questions I wrote notes on or &amp;bookmarked</source>
        <translation>Fragen mit meinen Notizen oder &amp;Lesezeichen</translation>
    </message>
    <message>
        <source>The whole &amp;curriculum</source>
        <translation>Den ganzen Lehr&amp;plan</translation>
    </message>
    <message>
        <source>Export Anki cards</source>
        <translation>Anki-Karten exportieren</translation>
    </message>
    <message>
        <source>All chapters</source>
        <translation>Alle Kapitel</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>Alle Stufen</translation>
    </message>
    <message>
        <source>Each question becomes a card: the question in front, the model answer, its key points and your notes on the back. Each follow-up becomes a card of its own.</source>
        <translation>Jede Frage wird zu einer Karte: vorn die Frage, hinten die Musterantwort, ihre Kernpunkte und Ihre Notizen. Jede Nachfrage wird zu einer eigenen Karte.</translation>
    </message>
    <message>
        <source>C&amp;hapter:</source>
        <translation>&amp;Kapitel:</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Stufe:</translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>No question matches: choose another chapter or level.</source>
        <translation>Keine Frage passt: Wählen Sie ein anderes Kapitel oder eine andere Stufe.</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n Karte</numerusform>
            <numerusform>%n Karten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) and their follow-ups</source>
        <translation>
            <numerusform>%n Frage und ihre Nachfragen</numerusform>
            <numerusform>%n Fragen und ihre Nachfragen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DockPrep::AnswerPlaybackBar</name>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Play the recording</source>
        <translation>Aufnahme abspielen</translation>
    </message>
    <message>
        <source>The recording %1 is no longer in the data folder.</source>
        <translation>Die Aufnahme %1 ist nicht mehr im Datenordner.</translation>
    </message>
    <message>
        <source>Cannot play the recording: %1</source>
        <translation>Die Aufnahme kann nicht abgespielt werden: %1</translation>
    </message>
</context>
<context>
    <name>DockPrep::AnswerPlayer</name>
    <message>
        <source>No sound output was found on this computer.</source>
        <translation>Auf diesem Computer wurde keine Tonausgabe gefunden.</translation>
    </message>
    <message>
        <source>The sound output %1 could not be opened.</source>
        <translation>Die Tonausgabe %1 ließ sich nicht öffnen.</translation>
    </message>
</context>
<context>
    <name>DockPrep::AnswerRecorder</name>
    <message>
        <source>No microphone was found on this computer. Type the answer, or record it with another program and use Transcribe a recording.</source>
        <translation>Auf diesem Computer wurde kein Mikrofon gefunden. Tippen Sie die Antwort, oder nehmen Sie sie mit einem anderen Programm auf und verwenden Sie „Aufnahme transkribieren“.</translation>
    </message>
    <message>
        <source>The microphone %1 offers no sound format DockPrep can record.</source>
        <translation>Das Mikrofon %1 bietet kein Tonformat, das DockPrep aufnehmen kann.</translation>
    </message>
    <message>
        <source>The microphone %1 stopped recording (%2).</source>
        <translation>Das Mikrofon %1 hat die Aufnahme abgebrochen (%2).</translation>
    </message>
    <message>
        <source>The microphone %1 could not be opened.</source>
        <translation>Das Mikrofon %1 ließ sich nicht öffnen.</translation>
    </message>
</context>
<context>
    <name>DockPrep::BackupImport</name>
    <message>
        <source>%1 cannot be imported. %2 Nothing was imported.</source>
        <translation>%1 kann nicht importiert werden. %2 Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>The import failed and nothing was changed: %1</source>
        <translation>Der Import ist fehlgeschlagen, es wurde nichts geändert: %1</translation>
    </message>
</context>
<context>
    <name>DockPrep::BoundedRead</name>
    <message>
        <source>%1: more than %2 (limit): refusing</source>
        <translation>%1: mehr als %2 (Grenze): abgelehnt</translation>
    </message>
    <message>
        <source>%1: not a text file (a NUL byte at offset %L2): refusing</source>
        <translation>%1: keine Textdatei (ein NUL-Byte an Position %L2): abgelehnt</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>DockPrep::BuildCache</name>
    <message>
        <source>cache hit</source>
        <translation>Cache-Hit</translation>
    </message>
    <message>
        <source>cache miss: %1 changed and matches the source %2</source>
        <translation>Cache-Miss: %1 hat sich geändert und passt zur Quelle %2</translation>
    </message>
    <message>
        <source>cache miss: the build argument %1 changed and this is its first use in the stage</source>
        <translation>Cache-Miss: das Build-Argument %1 hat sich geändert und wird hier zum ersten Mal in der Stage verwendet</translation>
    </message>
    <message>
        <source>cache miss: the step on line %1 missed, so every later step of the stage runs again</source>
        <translation>Cache-Miss: der Schritt in Zeile %1 kam nicht aus dem Cache, daher laufen alle späteren Schritte der Stage erneut</translation>
    </message>
    <message>
        <source>cache miss: it is built FROM the stage %1, which changed</source>
        <translation>Cache-Miss: er baut per FROM auf der Stage %1 auf, die sich geändert hat</translation>
    </message>
    <message>
        <source>cache miss: it takes files from the stage %1, which changed</source>
        <translation>Cache-Miss: er übernimmt Dateien aus der Stage %1, die sich geändert hat</translation>
    </message>
    <message>
        <source>skipped: the target does not need this stage</source>
        <translation>übersprungen: das Ziel braucht diese Stage nicht</translation>
    </message>
</context>
<context>
    <name>DockPrep::BuildKitValues</name>
    <message>
        <source>the digest algorithm &apos;%1&apos; is not supported (use sha256)</source>
        <translation>der Digest-Algorithmus „%1“ wird nicht unterstützt (verwenden Sie sha256)</translation>
    </message>
    <message>
        <source>a %1 digest is %2 lower-case hexadecimal digits</source>
        <translation>ein %1-Digest besteht aus %2 kleingeschriebenen Hexadezimalziffern</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a duration (write it like 30s, 1m30s or 500ms)</source>
        <translation>„%1“ ist keine Dauer (schreiben Sie sie wie 30s, 1m30s oder 500ms)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is below the 1ms minimum (0 keeps the inherited value)</source>
        <translation>„%1“ liegt unter dem Minimum von 1ms (0 behält den geerbten Wert)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number</source>
        <translation>„%1“ ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>--retries cannot be negative</source>
        <translation>--retries kann nicht negativ sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names no port</source>
        <translation>„%1“ nennt keinen Port</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a protocol (use tcp, udp or sctp)</source>
        <translation>„%1“ ist kein Protokoll (verwenden Sie tcp, udp oder sctp)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a port or port range (0-65535, e.g. 8080 or 8000-8010)</source>
        <translation>„%1“ ist kein Port und kein Portbereich (0-65535, z. B. 8080 oder 8000-8010)</translation>
    </message>
    <message>
        <source>a 64-digit hexadecimal string is an image ID, not a name: FROM needs a name (add @sha256: before it to pin a digest)</source>
        <translation>eine 64-stellige Hexadezimalzeichenkette ist eine Image-ID, kein Name: FROM braucht einen Namen (setzen Sie @sha256: davor, um einen Digest festzulegen)</translation>
    </message>
    <message>
        <source>the repository name &apos;%1&apos; must be lower case</source>
        <translation>der Repository-Name „%1“ muss kleingeschrieben sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a digest (write @sha256: and 64 hexadecimal digits)</source>
        <translation>„%1“ ist kein Digest (schreiben Sie @sha256: und 64 Hexadezimalziffern)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid image reference (name[:tag][@digest], the name in lower case)</source>
        <translation>„%1“ ist keine gültige Image-Referenz (name[:tag][@digest], der Name kleingeschrieben)</translation>
    </message>
    <message>
        <source>the repository name is longer than 255 characters</source>
        <translation>der Repository-Name ist länger als 255 Zeichen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a mode: use octal digits up to 7777 (e.g. 755) or a symbolic mode (e.g. u+x)</source>
        <translation>„%1“ ist kein Modus: verwenden Sie Oktalziffern bis 7777 (z. B. 755) oder einen symbolischen Modus (z. B. u+x)</translation>
    </message>
    <message>
        <source>0 is not a signal</source>
        <translation>0 ist kein Signal</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a signal name (e.g. SIGTERM, SIGQUIT or a number)</source>
        <translation>„%1“ ist kein Signalname (z. B. SIGTERM, SIGQUIT oder eine Zahl)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IP address</source>
        <translation>„%1“ ist keine IP-Adresse</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is read as a host port: EXPOSE takes a container port only (EXPOSE %2), the address belongs to docker run -p %1:%2</source>
        <translation>„%1“ wird als Host-Port gelesen: EXPOSE nimmt nur einen Container-Port (EXPOSE %2), die Adresse gehört zu docker run -p %1:%2</translation>
    </message>
    <message>
        <source>the host range %1 and the container range %2 differ in length</source>
        <translation>der Host-Bereich %1 und der Container-Bereich %2 sind unterschiedlich lang</translation>
    </message>
</context>
<context>
    <name>DockPrep::BuildStages</name>
    <message>
        <source>stage %1</source>
        <translation>Stage %1</translation>
    </message>
    <message>
        <source>duplicate stage name &apos;%1&apos; (first used on line %2)</source>
        <translation>doppelter Stage-Name „%1“ (zuerst verwendet in Zeile %2)</translation>
    </message>
    <message>
        <source>no stage named &apos;%1&apos; to build (the stages are: %2)</source>
        <translation>keine Stage namens „%1“ zum Bauen (die Stages sind: %2)</translation>
    </message>
    <message>
        <source>circular dependency detected on stage: %1 (stages that copy or mount from each other cannot be built in any order)</source>
        <translation>zirkuläre Abhängigkeit bei Stage erkannt: %1 (Stages, die voneinander kopieren oder mounten, lassen sich in keiner Reihenfolge bauen)</translation>
    </message>
</context>
<context>
    <name>DockPrep::ChallengeChecker</name>
    <message>
        <source>Nothing in the file does this yet.</source>
        <translation>Noch tut nichts in der Datei das.</translation>
    </message>
    <message>
        <source>This line is what the check is about: &apos;%1&apos;.</source>
        <translation>Um diese Zeile geht es bei der Prüfung: „%1“.</translation>
    </message>
    <message>
        <source>Compose accepts the file</source>
        <translation>Compose akzeptiert die Datei</translation>
    </message>
    <message>
        <source>This check does not apply to compose files.</source>
        <translation>Diese Prüfung gilt nicht für Compose-Dateien.</translation>
    </message>
    <message>
        <source>There is no service &apos;%1&apos;.</source>
        <translation>Es gibt keinen Service „%1“.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; of &apos;%2&apos; is &apos;%3&apos;, not &apos;%4&apos;.</source>
        <translation>„%1“ von „%2“ ist „%3“, nicht „%4“.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no &apos;%2&apos; key.</source>
        <translation>„%1“ hat keinen Schlüssel „%2“.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; of &apos;%2&apos; has nothing with &apos;%3&apos;.</source>
        <translation>„%1“ von „%2“ enthält nichts mit „%3“.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; still has a &apos;%2&apos; key.</source>
        <translation>„%1“ hat noch einen Schlüssel „%2“.</translation>
    </message>
    <message>
        <source>The Dockerfile parses</source>
        <translation>Das Dockerfile lässt sich parsen</translation>
    </message>
    <message>
        <source>There is no FROM instruction.</source>
        <translation>Es gibt keine FROM-Anweisung.</translation>
    </message>
    <message>
        <source>The file has no stage to check.</source>
        <translation>Die Datei hat keine Stage zum Prüfen.</translation>
    </message>
    <message>
        <source>This check does not apply to Dockerfiles.</source>
        <translation>Diese Prüfung gilt nicht für Dockerfiles.</translation>
    </message>
    <message numerus="yes">
        <source>The file has %n stage(s).</source>
        <translation>
            <numerusform>Die Datei hat %n Stage.</numerusform>
            <numerusform>Die Datei hat %n Stages.</numerusform>
        </translation>
    </message>
    <message>
        <source>The final image is built on &apos;%1&apos;.</source>
        <translation>Das endgültige Image baut auf „%1“ auf.</translation>
    </message>
    <message>
        <source>No USER instruction: the container runs as root.</source>
        <translation>Keine USER-Anweisung: der Container läuft als root.</translation>
    </message>
    <message>
        <source>The last USER is root.</source>
        <translation>Der letzte USER ist root.</translation>
    </message>
    <message>
        <source>The final image has no %1.</source>
        <translation>Das endgültige Image hat kein %1.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>%1 in shell form runs under /bin/sh -c, which becomes PID 1 and does not pass SIGTERM on.</source>
        <translation>%1 in Shell-Form läuft unter /bin/sh -c, das PID 1 wird und SIGTERM nicht weitergibt.</translation>
    </message>
    <message>
        <source>The final image still has %1.</source>
        <translation>Das endgültige Image hat noch %1.</translation>
    </message>
    <message>
        <source>The final image has no %1 instruction.</source>
        <translation>Das endgültige Image hat keine %1-Anweisung.</translation>
    </message>
    <message>
        <source>No RUN uses --mount=type=%1.</source>
        <translation>Kein RUN verwendet --mount=type=%1.</translation>
    </message>
    <message>
        <source>%1 %2 is kept in the image&apos;s history and config, where anyone who pulls the image reads it.</source>
        <translation>%1 %2 bleibt in der History und Konfiguration des Images, wo jeder es liest, der das Image pullt.</translation>
    </message>
    <message>
        <source>apt-get update and apt-get install in separate RUNs: the cached update layer goes stale and installs fail or get old packages.</source>
        <translation>apt-get update und apt-get install in getrennten RUNs: der zwischengespeicherte Update-Layer veraltet, und Installationen scheitern oder bekommen alte Pakete.</translation>
    </message>
    <message>
        <source>No step of the build does this any more.</source>
        <translation>Kein Schritt des Builds tut das mehr.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no %2 in its environment.</source>
        <translation>„%1“ hat kein %2 in seiner Umgebung.</translation>
    </message>
    <message>
        <source>No user &apos;%1&apos; exists in the image: nothing before this line creates it (useradd, adduser) and %2 does not ship one.</source>
        <translation>Im Image gibt es keinen Benutzer „%1“: nichts vor dieser Zeile legt ihn an (useradd, adduser), und %2 bringt keinen mit.</translation>
    </message>
    <message>
        <source>No group &apos;%1&apos; exists in the image: nothing before this line creates it (groupadd, addgroup).</source>
        <translation>Im Image gibt es keine Gruppe „%1“: nichts vor dieser Zeile legt sie an (groupadd, addgroup).</translation>
    </message>
    <message>
        <source>USER %1 is a name: Kubernetes&apos; runAsNonRoot can only verify a numeric UID.</source>
        <translation>USER %1 ist ein Name: runAsNonRoot von Kubernetes kann nur eine numerische UID prüfen.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; writes the secret &apos;%2&apos; into %3, which stays in the layer: anyone who pulls the image reads it.</source>
        <translation>„%1“ schreibt das Secret „%2“ nach %3, das im Layer bleibt: jeder, der das Image pullt, kann es lesen.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a connection URL.</source>
        <translation>„%1“ ist keine Verbindungs-URL.</translation>
    </message>
    <message>
        <source>The URL connects to the host &apos;%1&apos;, but the database service is called &apos;%2&apos;.</source>
        <translation>Die URL verbindet sich mit dem Host „%1“, aber der Datenbank-Service heißt „%2“.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a PostgreSQL, MySQL or MariaDB image.</source>
        <translation>„%1“ ist kein PostgreSQL-, MySQL- oder MariaDB-Image.</translation>
    </message>
    <message>
        <source>The URL logs in as &apos;%1&apos;, but the %2 image creates only the user %3.</source>
        <translation>Die URL meldet sich als „%1“ an, aber das Image %2 legt nur den Benutzer %3 an.</translation>
    </message>
    <message>
        <source>The URL names the database &apos;%1&apos;, but the %2 image creates none.</source>
        <translation>Die URL nennt die Datenbank „%1“, aber das Image %2 legt keine an.</translation>
    </message>
    <message>
        <source>The URL names the database &apos;%1&apos;, but the %2 image creates &apos;%3&apos;.</source>
        <translation>Die URL nennt die Datenbank „%1“, aber das Image %2 legt „%3“ an.</translation>
    </message>
    <message>
        <source>The healthcheck of &apos;%1&apos; is disabled (disable: true or test: [&quot;NONE&quot;]), so Compose runs none.</source>
        <translation>Der Healthcheck von „%1“ ist deaktiviert (disable: true oder test: [&quot;NONE&quot;]), daher führt Compose keinen aus.</translation>
    </message>
    <message>
        <source>HEALTHCHECK NONE turns the healthcheck off.</source>
        <translation>HEALTHCHECK NONE schaltet den Healthcheck ab.</translation>
    </message>
    <message>
        <source>The final image has no HEALTHCHECK instruction.</source>
        <translation>Das endgültige Image hat keine HEALTHCHECK-Anweisung.</translation>
    </message>
    <message>
        <source>The final image still has HEALTHCHECK.</source>
        <translation>Das endgültige Image hat noch HEALTHCHECK.</translation>
    </message>
</context>
<context>
    <name>DockPrep::ChallengeStore</name>
    <message>
        <source>The database is not open.</source>
        <translation>Die Datenbank ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>The database was written by a newer DockPrep and is open read-only; your attempt cannot be saved.</source>
        <translation>Die Datenbank wurde von einem neueren DockPrep geschrieben und ist schreibgeschützt geöffnet; Ihr Versuch kann nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>An attempt needs the id of its challenge.</source>
        <translation>Ein Versuch braucht die ID seiner Übung.</translation>
    </message>
    <message>
        <source>Could not save your attempt: %1</source>
        <translation>Ihr Versuch konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Could not read back your attempt.</source>
        <translation>Ihr Versuch konnte nicht zurückgelesen werden.</translation>
    </message>
    <message>
        <source>Could not remove your attempt: %1</source>
        <translation>Ihr Versuch konnte nicht entfernt werden: %1</translation>
    </message>
    <message>
        <source>Could not import the challenge attempts: %1</source>
        <translation>Die Übungsversuche konnten nicht importiert werden: %1</translation>
    </message>
</context>
<context>
    <name>DockPrep::ChallengesPage</name>
    <message>
        <source>junior</source>
        <translation>Junior</translation>
    </message>
    <message>
        <source>mid</source>
        <translation>Mid</translation>
    </message>
    <message>
        <source>senior</source>
        <translation>Senior</translation>
    </message>
    <message>
        <source>principal</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Show the solution</source>
        <translation>Lösung anzeigen</translation>
    </message>
    <message>
        <source>Show a reference solution? Trying one more hint first teaches more.</source>
        <translation>Eine Musterlösung anzeigen? Noch einen Hinweis zu versuchen lehrt mehr.</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>Start &amp;over</source>
        <translation>&amp;Neu beginnen</translation>
    </message>
    <message>
        <source>Click a check to go to its line.</source>
        <translation>Klicken Sie auf eine Prüfung, um zu ihrer Zeile zu springen.</translation>
    </message>
    <message>
        <source>Put the starting file back (your attempt is discarded).</source>
        <translation>Die Ausgangsdatei wiederherstellen (Ihr Versuch wird verworfen).</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Solved before. Check again to see every check.</source>
        <translation>Schon gelöst. Prüfen Sie erneut, um alle Prüfungen zu sehen.</translation>
    </message>
    <message>
        <source>Fix the file, then Check.</source>
        <translation>Korrigieren Sie die Datei und klicken Sie dann auf Prüfen.</translation>
    </message>
    <message>
        <source>**Hint %1.** %2</source>
        <translation>**Hinweis %1.** %2</translation>
    </message>
    <message>
        <source>No more hints</source>
        <translation>Keine Hinweise mehr</translation>
    </message>
    <message>
        <source>line %1: </source>
        <translation>Zeile %1: </translation>
    </message>
    <message>
        <source>All %1 checks pass. Well done.</source>
        <translation>Alle %1 Prüfungen bestanden. Gut gemacht.</translation>
    </message>
    <message>
        <source>%1 of %2 checks pass.</source>
        <translation>%1 von %2 Prüfungen bestanden.</translation>
    </message>
    <message>
        <source>solved</source>
        <translation>gelöst</translation>
    </message>
    <message>
        <source>H&amp;int</source>
        <translation>Hin&amp;weis</translation>
    </message>
    <message>
        <source>Show so&amp;lution…</source>
        <translation>Lösung an&amp;zeigen…</translation>
    </message>
    <message>
        <source>H&amp;int (%1 left)</source>
        <translation>Hin&amp;weis (%1 übrig)</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>nicht bestanden</translation>
    </message>
    <message>
        <source>The solution is in the editor; Ctrl+Z brings your attempt back. Check to see it pass.</source>
        <translation>Die Lösung steht im Editor; Strg+Z holt Ihren Versuch zurück. Prüfen Sie, um sie bestehen zu sehen.</translation>
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
        <translation>Führung mit %1 von 5 bewertet; Principal braucht %2</translation>
    </message>
    <message>
        <source>production experience rated %1 of 5; senior needs %2</source>
        <translation>Produktionserfahrung mit %1 von 5 bewertet; Senior braucht %2</translation>
    </message>
    <message>
        <source>No questions with key points have been asked yet.</source>
        <translation>Es wurden noch keine Fragen mit Kernpunkten gestellt.</translation>
    </message>
    <message>
        <source>The answers covered fewer than %1 % of the key points of the lowest level asked (%2).</source>
        <translation>Die Antworten deckten weniger als %1 % der Kernpunkte der niedrigsten gefragten Stufe ab (%2).</translation>
    </message>
    <message>
        <source>%1 of %2 key points at %3 level (%4 %)</source>
        <translation>%1 von %2 Kernpunkten auf Stufe %3 (%4 %)</translation>
    </message>
    <message>
        <source>not %1: %2</source>
        <translation>nicht %1: %2</translation>
    </message>
    <message>
        <source>%1 questions were asked but not shown</source>
        <translation>Fragen der Stufe %1 wurden gestellt, aber nicht gezeigt</translation>
    </message>
</context>
<context>
    <name>DockPrep::ComposeChecker</name>
    <message>
        <source>This is not valid YAML: %1.</source>
        <translation>Das ist kein gültiges YAML: %1.</translation>
    </message>
    <message>
        <source>A compose file is a YAML mapping with a top-level &apos;services&apos; key; this file is not a mapping.</source>
        <translation>Eine Compose-Datei ist eine YAML-Zuordnung mit einem Schlüssel „services“ auf oberster Ebene; diese Datei ist keine Zuordnung.</translation>
    </message>
    <message>
        <source>&apos;services&apos; must be a mapping of service names to their definitions.</source>
        <translation>„services“ muss eine Zuordnung von Service-Namen zu ihren Definitionen sein.</translation>
    </message>
    <message>
        <source>The file has a shape the checker cannot read: %1.</source>
        <translation>Die Datei hat eine Form, die die Prüfung nicht lesen kann: %1.</translation>
    </message>
    <message>
        <source>The top-level &apos;version&apos; key is obsolete: Compose v2 ignores it (and warns), the file follows the Compose Specification whatever it says.</source>
        <translation>Der Schlüssel „version“ auf oberster Ebene ist veraltet: Compose v2 ignoriert ihn (und warnt); die Datei folgt der Compose Specification, egal was er sagt.</translation>
    </message>
    <message>
        <source>The service &apos;%1&apos; must be a mapping of keys such as image, ports and environment.</source>
        <translation>Der Service „%1“ muss eine Zuordnung von Schlüsseln wie image, ports und environment sein.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no healthcheck, so Compose (and anything waiting on it) can only know it started, not that it works.</source>
        <translation>„%1“ hat keinen Healthcheck, daher kann Compose (und alles, was darauf wartet) nur wissen, dass er gestartet ist, nicht dass er funktioniert.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no tag, which means &apos;latest&apos;: the next pull can bring a different major version; pin a version.</source>
        <translation>„%1“ hat keinen Tag, also „latest“: der nächste Pull kann eine andere Hauptversion bringen; legen Sie eine Version fest.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; follows &apos;latest&apos;: the next pull can bring a different major version; pin a version.</source>
        <translation>„%1“ folgt „latest“: der nächste Pull kann eine andere Hauptversion bringen; legen Sie eine Version fest.</translation>
    </message>
    <message>
        <source>privileged: true gives the container every capability and the host&apos;s devices; root in it is close to root on the host.</source>
        <translation>privileged: true gibt dem Container jede Capability und die Geräte des Hosts; root darin ist fast root auf dem Host.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no restart policy: after a crash or a daemon restart it stays down (the default is &quot;no&quot;).</source>
        <translation>„%1“ hat keine Neustart-Richtlinie: nach einem Absturz oder einem Neustart des Daemons bleibt er aus (der Standard ist &quot;no&quot;).</translation>
    </message>
    <message>
        <source>%1 puts a secret in the container&apos;s environment, where docker inspect, logs and child processes see it; use a secret and %1_FILE.</source>
        <translation>%1 legt ein Secret in die Umgebung des Containers, wo docker inspect, Logs und Kindprozesse es sehen; verwenden Sie ein Secret und %1_FILE.</translation>
    </message>
    <message>
        <source>The named volume &apos;%1&apos; is not declared under the top-level &apos;volumes&apos; key; Compose refuses to start.</source>
        <translation>Das benannte Volume „%1“ ist nicht unter dem Schlüssel „volumes“ auf oberster Ebene deklariert; Compose startet nicht.</translation>
    </message>
    <message>
        <source>The named volume &apos;%1&apos; needs a top-level &apos;volumes:&apos; section declaring it; Compose refuses to start without one.</source>
        <translation>Das benannte Volume „%1“ braucht einen Abschnitt „volumes:“ auf oberster Ebene, der es deklariert; ohne ihn startet Compose nicht.</translation>
    </message>
    <message>
        <source>The secret &apos;%1&apos; is not declared under the top-level &apos;secrets&apos; key; Compose refuses to start.</source>
        <translation>Das Secret „%1“ ist nicht unter dem Schlüssel „secrets“ auf oberster Ebene deklariert; Compose startet nicht.</translation>
    </message>
    <message>
        <source>depends_on: [%1] only waits for &apos;%1&apos; to start, not to be ready; use the long form with condition: service_healthy.</source>
        <translation>depends_on: [%1] wartet nur darauf, dass „%1“ startet, nicht dass er bereit ist; verwenden Sie die lange Form mit condition: service_healthy.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; waits for &apos;%2&apos; to be healthy, but &apos;%2&apos; has no healthcheck here; unless its image defines one, the start fails.</source>
        <translation>„%1“ wartet darauf, dass „%2“ gesund ist, aber „%2“ hat hier keinen Healthcheck; sofern sein Image keinen definiert, schlägt der Start fehl.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; only waits for &apos;%2&apos; to start, not to be ready; use condition: service_healthy (with a healthcheck on &apos;%2&apos;).</source>
        <translation>„%1“ wartet nur darauf, dass „%2“ startet, nicht dass er bereit ist; verwenden Sie condition: service_healthy (mit einem Healthcheck für „%2“).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; keeps its data in %2 without a named volume there: it lives in an anonymous volume that down -v, rm -v or a clean-up loses.</source>
        <translation>„%1“ hält seine Daten in %2 ohne benanntes Volume: sie liegen in einem anonymen Volume, das bei down -v, rm -v oder einem Aufräumen verloren geht.</translation>
    </message>
    <message>
        <source>The %1 image needs %2 at its first start and exits without it.</source>
        <translation>Das Image %1 braucht %2 beim ersten Start und beendet sich ohne.</translation>
    </message>
    <message>
        <source>No %1 is set, so the %2 image creates no database of the name your application expects (or one named after the user).</source>
        <translation>%1 ist nicht gesetzt, daher legt das Image %2 keine Datenbank mit dem Namen an, den Ihre Anwendung erwartet (oder eine nach dem Benutzer benannte).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; publishes the database on every host interface (0.0.0.0), past host firewalls such as ufw; bind 127.0.0.1 or use only the compose network.</source>
        <translation>„%1“ veröffentlicht die Datenbank auf jeder Host-Schnittstelle (0.0.0.0), an Host-Firewalls wie ufw vorbei; binden Sie an 127.0.0.1 oder nutzen Sie nur das Compose-Netzwerk.</translation>
    </message>
    <message>
        <source>The file is not valid YAML.</source>
        <translation>Die Datei ist kein gültiges YAML.</translation>
    </message>
    <message>
        <source>The YAML is not shaped like a compose file.</source>
        <translation>Das YAML hat nicht die Form einer Compose-Datei.</translation>
    </message>
    <message>
        <source>The top-level version key is obsolete; Compose v2 ignores it.</source>
        <translation>Der Schlüssel version auf oberster Ebene ist veraltet; Compose v2 ignoriert ihn.</translation>
    </message>
    <message>
        <source>A key the Compose Specification does not define.</source>
        <translation>Ein Schlüssel, den die Compose Specification nicht definiert.</translation>
    </message>
    <message>
        <source>depends_on waits for a start, not for readiness.</source>
        <translation>depends_on wartet auf den Start, nicht auf die Bereitschaft.</translation>
    </message>
    <message>
        <source>Waits for a healthy service that has no healthcheck.</source>
        <translation>Wartet auf einen gesunden Service, der keinen Healthcheck hat.</translation>
    </message>
    <message>
        <source>A service without a healthcheck.</source>
        <translation>Ein Service ohne Healthcheck.</translation>
    </message>
    <message>
        <source>A database without a named volume on its data path.</source>
        <translation>Eine Datenbank ohne benanntes Volume auf ihrem Datenpfad.</translation>
    </message>
    <message>
        <source>A database image without the variables it needs to start.</source>
        <translation>Ein Datenbank-Image ohne die Variablen, die es zum Starten braucht.</translation>
    </message>
    <message>
        <source>A database image without the variable naming its database.</source>
        <translation>Ein Datenbank-Image ohne die Variable, die seine Datenbank benennt.</translation>
    </message>
    <message>
        <source>A secret in plain environment instead of a secret file.</source>
        <translation>Ein Secret in der normalen Umgebung statt in einer Secret-Datei.</translation>
    </message>
    <message>
        <source>An image on latest or without a tag.</source>
        <translation>Ein Image auf latest oder ohne Tag.</translation>
    </message>
    <message>
        <source>A database port published on every host interface.</source>
        <translation>Ein Datenbank-Port, der auf jeder Host-Schnittstelle veröffentlicht ist.</translation>
    </message>
    <message>
        <source>A privileged container.</source>
        <translation>Ein privilegierter Container.</translation>
    </message>
    <message>
        <source>A service without a restart policy.</source>
        <translation>Ein Service ohne Neustart-Richtlinie.</translation>
    </message>
    <message>
        <source>A named volume not declared at the top level.</source>
        <translation>Ein benanntes Volume, das nicht auf oberster Ebene deklariert ist.</translation>
    </message>
    <message>
        <source>A secret not declared at the top level.</source>
        <translation>Ein Secret, das nicht auf oberster Ebene deklariert ist.</translation>
    </message>
    <message>
        <source>This is not valid YAML: the quoted value never closes, so it runs to the end of the file.</source>
        <translation>Das ist kein gültiges YAML: der Wert in Anführungszeichen wird nie geschlossen und reicht daher bis zum Dateiende.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is written twice in the same mapping (first on line %2); YAML allows a key once, so Compose refuses the file.</source>
        <translation>„%1“ steht zweimal in derselben Zuordnung (zuerst in Zeile %2); YAML erlaubt einen Schlüssel nur einmal, daher lehnt Compose die Datei ab.</translation>
    </message>
    <message>
        <source>The file is over a reading limit (its size, or its YAML nodes with aliases expanded).</source>
        <translation>Die Datei überschreitet eine Lesegrenze (ihre Größe oder ihre YAML-Knoten mit aufgelösten Aliasen).</translation>
    </message>
    <message>
        <source>A key written twice in the same mapping.</source>
        <translation>Ein Schlüssel, der zweimal in derselben Zuordnung steht.</translation>
    </message>
    <message>
        <source>A value of the wrong shape, such as a single value where a list belongs.</source>
        <translation>Ein Wert der falschen Form, etwa ein einzelner Wert, wo eine Liste hingehört.</translation>
    </message>
    <message>
        <source>A duration, size, port, mount or choice Compose cannot read.</source>
        <translation>Eine Dauer, Größe, ein Port, Mount oder eine Auswahl, die Compose nicht lesen kann.</translation>
    </message>
    <message>
        <source>A ${ that never closes.</source>
        <translation>Ein ${, das nie geschlossen wird.</translation>
    </message>
    <message>
        <source>A network not declared at the top level.</source>
        <translation>Ein Netzwerk, das nicht auf oberster Ebene deklariert ist.</translation>
    </message>
    <message>
        <source>A service with neither an image nor a build.</source>
        <translation>Ein Service ohne Image und ohne Build.</translation>
    </message>
    <message>
        <source>An override file read without its base file.</source>
        <translation>Eine Override-Datei, die ohne ihre Basisdatei gelesen wird.</translation>
    </message>
    <message>
        <source>Keys that exclude each other, such as network_mode with networks.</source>
        <translation>Schlüssel, die einander ausschließen, etwa network_mode mit networks.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; depends on &apos;%2&apos;, which this file does not define; Compose refuses the file.</source>
        <translation>„%1“ hängt von „%2“ ab, das diese Datei nicht definiert; Compose lehnt die Datei ab.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; extends &apos;%2&apos;, which this file does not define; Compose refuses the file.</source>
        <translation>„%1“ erweitert „%2“, das diese Datei nicht definiert; Compose lehnt die Datei ab.</translation>
    </message>
    <message>
        <source>network_mode of &apos;%1&apos; names the service &apos;%2&apos;, which this file does not define; Compose refuses the file.</source>
        <translation>network_mode von „%1“ nennt den Service „%2“, den diese Datei nicht definiert; Compose lehnt die Datei ab.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; sets both network_mode and networks, which exclude each other; Compose refuses the file.</source>
        <translation>„%1“ setzt sowohl network_mode als auch networks, die einander ausschließen; Compose lehnt die Datei ab.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; joins the network &apos;%2&apos;, which is not declared under the top-level &apos;networks&apos; key; Compose refuses the file.</source>
        <translation>„%1“ tritt dem Netzwerk „%2“ bei, das nicht unter dem Schlüssel „networks“ auf oberster Ebene deklariert ist; Compose lehnt die Datei ab.</translation>
    </message>
    <message>
        <source>A healthcheck test list starts with CMD, CMD-SHELL or NONE, not &apos;%1&apos;; Compose refuses the file.</source>
        <translation>Eine test-Liste eines Healthchecks beginnt mit CMD, CMD-SHELL oder NONE, nicht mit „%1“; Compose lehnt die Datei ab.</translation>
    </message>
    <message>
        <source>No service here has an image or a build, so this looks like an override file: Compose refuses it on its own; check it together with its base file (docker compose -f compose.yaml -f &lt;this file&gt; config).</source>
        <translation>Kein Service hier hat ein Image oder einen Build, also sieht das nach einer Override-Datei aus: allein lehnt Compose sie ab; prüfen Sie sie zusammen mit ihrer Basisdatei (docker compose -f compose.yaml -f &lt;diese Datei&gt; config).</translation>
    </message>
    <message>
        <source>%1 have neither an image nor a build, so this looks like an override file: Compose refuses it on its own; check it together with its base file (docker compose -f compose.yaml -f &lt;this file&gt; config).</source>
        <translation>%1 haben weder ein Image noch einen Build, also sieht das nach einer Override-Datei aus: allein lehnt Compose sie ab; prüfen Sie sie zusammen mit ihrer Basisdatei (docker compose -f compose.yaml -f &lt;diese Datei&gt; config).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has neither an image nor a build, so Compose has nothing to run and refuses the file.</source>
        <translation>„%1“ hat weder ein Image noch einen Build, daher hat Compose nichts auszuführen und lehnt die Datei ab.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; depends on itself; Compose cannot order its start and refuses the file.</source>
        <translation>„%1“ hängt von sich selbst ab; Compose kann seinen Start nicht einordnen und lehnt die Datei ab.</translation>
    </message>
    <message>
        <source>%1 wait for each other; Compose cannot order their start and refuses the file.</source>
        <translation>%1 warten aufeinander; Compose kann ihren Start nicht ordnen und lehnt die Datei ab.</translation>
    </message>
    <message>
        <source>The volume &apos;%1&apos; is external, which Compose does not create, so &apos;%2&apos; cannot go with it (only name can); Compose refuses the file.</source>
        <translation>Das Volume „%1“ ist external, Compose legt es also nicht an, daher passt „%2“ nicht dazu (nur name); Compose lehnt die Datei ab.</translation>
    </message>
    <message>
        <source>it names no container port</source>
        <translation>sie nennt keinen Container-Port</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a container port from 0 to 65535</source>
        <translation>„%1“ ist kein Container-Port von 0 bis 65535</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a host port from 0 to 65535</source>
        <translation>„%1“ ist kein Host-Port von 0 bis 65535</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a protocol (tcp, udp or sctp)</source>
        <translation>„%1“ ist kein Protokoll (tcp, udp oder sctp)</translation>
    </message>
    <message>
        <source>an empty part between colons, so the mount has no source</source>
        <translation>ein leerer Teil zwischen Doppelpunkten, daher hat der Mount keine Quelle</translation>
    </message>
    <message>
        <source>a single value</source>
        <translation>ein einzelner Wert</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>a mapping</source>
        <translation>eine Zuordnung</translation>
    </message>
    <message>
        <source>a value, a list or a mapping</source>
        <translation>ein Wert, eine Liste oder eine Zuordnung</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 oder %2</translation>
    </message>
    <message>
        <source>the single value &apos;%1&apos;</source>
        <translation>der einzelne Wert „%1“</translation>
    </message>
    <message>
        <source>the top level</source>
        <translation>die oberste Ebene</translation>
    </message>
    <message>
        <source>%1 must be %2, not %3; Compose refuses the file.</source>
        <translation>%1 muss %2 sein, nicht %3; Compose lehnt die Datei ab.</translation>
    </message>
    <message>
        <source>a top-level key</source>
        <translation>ein Schlüssel der obersten Ebene</translation>
    </message>
    <message>
        <source>a service key</source>
        <translation>ein Service-Schlüssel</translation>
    </message>
    <message>
        <source>a key of &apos;%1&apos;</source>
        <translation>ein Schlüssel von „%1“</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not %2 in the Compose Specification; Compose refuses unknown keys (use an x- prefix for your own).</source>
        <translation>„%1“ ist in der Compose Specification nicht %2; Compose lehnt unbekannte Schlüssel ab (verwenden Sie für eigene das Präfix x-).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not %2 in the Compose Specification (did you mean &apos;%3&apos;?); Compose refuses unknown keys.</source>
        <translation>„%1“ ist in der Compose Specification nicht %2 (meinten Sie „%3“?); Compose lehnt unbekannte Schlüssel ab.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a duration Compose reads for %2 (such as 30s, 1m30s or 500ms); Compose refuses the file.</source>
        <translation>„%1“ ist keine Dauer, die Compose für %2 liest (etwa 30s, 1m30s oder 500ms); Compose lehnt die Datei ab.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a size Compose reads for %2 (such as 512m, 2g or a number of bytes); Compose refuses the file.</source>
        <translation>„%1“ ist keine Größe, die Compose für %2 liest (etwa 512m, 2g oder eine Anzahl Bytes); Compose lehnt die Datei ab.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a value Compose allows for %2 (%3); Compose refuses the file.</source>
        <translation>„%1“ ist kein Wert, den Compose für %2 erlaubt (%3); Compose lehnt die Datei ab.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a value Compose allows for %2 (%3; did you mean &apos;%4&apos;?); Compose refuses the file.</source>
        <translation>„%1“ ist kein Wert, den Compose für %2 erlaubt (%3; meinten Sie „%4“?); Compose lehnt die Datei ab.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a port mapping Compose reads: %2; Compose refuses the file.</source>
        <translation>„%1“ ist keine Port-Zuordnung, die Compose liest: %2; Compose lehnt die Datei ab.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a mount Compose reads: %2; Compose refuses the file.</source>
        <translation>„%1“ ist kein Mount, den Compose liest: %2; Compose lehnt die Datei ab.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; opens a ${ that never closes; Compose cannot interpolate it and refuses the file (write $$ for a literal $).</source>
        <translation>„%1“ öffnet ein ${, das nie geschlossen wird; Compose kann es nicht interpolieren und lehnt die Datei ab (schreiben Sie $$ für ein wörtliches $).</translation>
    </message>
    <message>
        <source>depends_on, extends, links, volumes_from or network_mode naming a service the file does not define.</source>
        <translation>depends_on, extends, links, volumes_from oder network_mode, das einen Service nennt, den die Datei nicht definiert.</translation>
    </message>
    <message>
        <source>Services that depend on or extend each other, or themselves.</source>
        <translation>Services, die voneinander abhängen oder einander erweitern, oder sich selbst.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; links to &apos;%2&apos;, which this file does not define; Compose refuses the file.</source>
        <translation>„%1“ verweist per links auf „%2“, das diese Datei nicht definiert; Compose lehnt die Datei ab.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes volumes from &apos;%2&apos;, which this file does not define (a container is written container:NAME); Compose refuses the file.</source>
        <translation>„%1“ übernimmt Volumes von „%2“, das diese Datei nicht definiert (ein Container wird als container:NAME geschrieben); Compose lehnt die Datei ab.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; extends itself; Compose refuses the file.</source>
        <translation>„%1“ erweitert sich selbst; Compose lehnt die Datei ab.</translation>
    </message>
    <message>
        <source>%1 extend each other in a circle; Compose refuses the file.</source>
        <translation>%1 erweitern einander im Kreis; Compose lehnt die Datei ab.</translation>
    </message>
</context>
<context>
    <name>DockPrep::ComposeYaml</name>
    <message>
        <source>the alias at line %1 is inside the node its anchor names (an endless cycle): refusing</source>
        <translation>der Alias in Zeile %1 liegt in dem Knoten, den sein Anker benennt (ein endloser Zyklus): abgelehnt</translation>
    </message>
    <message>
        <source>more than %L1 YAML nodes after expanding aliases (limit): refusing</source>
        <translation>mehr als %L1 YAML-Knoten nach dem Auflösen der Aliase (Grenze): abgelehnt</translation>
    </message>
    <message>
        <source>more than %L1 YAML nodes (limit): refusing</source>
        <translation>mehr als %L1 YAML-Knoten (Grenze): abgelehnt</translation>
    </message>
    <message>
        <source>more than %1 (limit): refusing</source>
        <translation>mehr als %1 (Grenze): abgelehnt</translation>
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
        <translation>M</translation>
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
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Filter by title or tag</source>
        <translation>Nach Titel oder Schlagwort filtern</translation>
    </message>
    <message>
        <source>Filter the contents</source>
        <translation>Inhalt filtern</translation>
    </message>
    <message>
        <source>Level filter</source>
        <translation>Stufenfilter</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>Alle Stufen</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>Progress filter</source>
        <translation>Fortschrittsfilter</translation>
    </message>
    <message>
        <source>All questions</source>
        <translation>Alle Fragen</translation>
    </message>
    <message>
        <source>Not studied yet</source>
        <translation>Noch nicht gelernt</translation>
    </message>
    <message>
        <source>Bookmarked</source>
        <translation>Mit Lesezeichen</translation>
    </message>
</context>
<context>
    <name>DockPrep::ContentsModel</name>
    <message>
        <source>studied</source>
        <translation>gelernt</translation>
    </message>
    <message>
        <source>bookmarked</source>
        <translation>mit Lesezeichen</translation>
    </message>
    <message>
        <source>%1 of %2 studied</source>
        <translation>%1 von %2 gelernt</translation>
    </message>
    <message>
        <source>due for review</source>
        <translation>zur Wiederholung fällig</translation>
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
        <translation>Ihre Notizdatenbank konnte nicht gelesen werden, daher hat DockPrep eine neue angelegt.

Die beschädigte Datei wurde aufbewahrt unter:
%1</translation>
    </message>
    <message>
        <source>

The newest automatic backup is %1.</source>
        <translation>

Die neueste automatische Sicherung ist %1.</translation>
    </message>
    <message>
        <source>

Restore the newest automatic backup (%1)?</source>
        <translation>

Die neueste automatische Sicherung (%1) wiederherstellen?</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Start with an empty database</source>
        <translation>Mit leerer Datenbank beginnen</translation>
    </message>
    <message>
        <source>The backup could not be restored: %1</source>
        <translation>Die Sicherung konnte nicht wiederhergestellt werden: %1</translation>
    </message>
    <message>
        <source>DockPrep cannot open your notes database %1:
%2</source>
        <translation>DockPrep kann Ihre Notizdatenbank %1 nicht öffnen:
%2</translation>
    </message>
    <message>
        <source>Quit DockPrep now</source>
        <translation>DockPrep jetzt beenden</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>DockPrep&apos;s check of your notes database found damage.

When DockPrep starts next, it sets the damaged file aside (nothing is deleted) and offers you the newest automatic backup. Quit now and start DockPrep again to do that at once; what you have typed is saved first.</source>
        <translation>Die Prüfung Ihrer Notizdatenbank hat Schäden gefunden.

Beim nächsten Start legt DockPrep die beschädigte Datei beiseite (es wird nichts gelöscht) und bietet Ihnen die neueste automatische Sicherung an. Beenden Sie DockPrep jetzt und starten Sie es erneut, um das sofort zu tun; was Sie getippt haben, wird vorher gespeichert.</translation>
    </message>
</context>
<context>
    <name>DockPrep::DeliveryFigures</name>
    <message>
        <source>%1 words in %2 s, %3 words a minute; %4 silences of %5 s or more (longest %6 s); %7 fillers</source>
        <translation>%1 Wörter in %2 s, %3 Wörter pro Minute; %4 Pausen von %5 s oder mehr (längste %6 s); %7 Füllwörter</translation>
    </message>
    <message>
        <source>first key point at %1 s</source>
        <translation>erster Kernpunkt nach %1 s</translation>
    </message>
    <message>
        <source>no key point mentioned</source>
        <translation>kein Kernpunkt genannt</translation>
    </message>
</context>
<context>
    <name>DockPrep::DiagramCanvas</name>
    <message>
        <source>Diagram</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Diagram: %1</source>
        <translation>Diagramm: %1</translation>
    </message>
    <message>
        <source>Use Tab to move between the parts of the diagram and Enter to open one.</source>
        <translation>Mit Tab wechseln Sie zwischen den Teilen des Diagramms, mit Enter öffnen Sie einen.</translation>
    </message>
</context>
<context>
    <name>DockPrep::DiagramInfoPanel</name>
    <message>
        <source>Questions about it</source>
        <translation>Fragen dazu</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Questions about this part</source>
        <translation>Fragen zu diesem Teil</translation>
    </message>
    <message>
        <source>Close the explanation</source>
        <translation>Erklärung schließen</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <source>Open the question “%1”</source>
        <translation>Die Frage „%1“ öffnen</translation>
    </message>
    <message>
        <source>No questions link here yet</source>
        <translation>Noch keine Fragen verweisen hierher</translation>
    </message>
    <message>
        <source>Questions about it (%1)</source>
        <translation>Fragen dazu (%1)</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>Über %1</translation>
    </message>
</context>
<context>
    <name>DockPrep::DiagramPage</name>
    <message>
        <source>Export the diagram as SVG or PNG</source>
        <translation>Das Diagramm als SVG oder PNG exportieren</translation>
    </message>
    <message>
        <source>Diagram</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>&amp;Diagram:</source>
        <translation>Diagra&amp;mm:</translation>
    </message>
    <message>
        <source>Part under the pointer</source>
        <translation>Teil unter dem Mauszeiger</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Verkleinern (Strg+-)</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+=)</source>
        <translation>Vergrößern (Strg+=)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Fit to window (Ctrl+0)</source>
        <translation>An Fenster anpassen (Strg+0)</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Cannot read the drawing %1</source>
        <translation>Die Zeichnung %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot read the drawing %1: %2</source>
        <translation>Die Zeichnung %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The drawing %1 is not a complete SVG file.</source>
        <translation>Die Zeichnung %1 ist keine vollständige SVG-Datei.</translation>
    </message>
    <message>
        <source>Could not encode the PNG image.</source>
        <translation>Das PNG-Bild konnte nicht kodiert werden.</translation>
    </message>
    <message>
        <source>Choose a file name ending in .svg or .png.</source>
        <translation>Wählen Sie einen Dateinamen mit der Endung .svg oder .png.</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Export diagram</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg);;PNG image (*.png)</source>
        <translation>SVG-Zeichnung (*.svg);;PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
</context>
<context>
    <name>DockPrep::Dockerfile</name>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
</context>
<context>
    <name>DockPrep::DockerfileLint</name>
    <message>
        <source>apt-get update in its own RUN</source>
        <translation>apt-get update in einem eigenen RUN</translation>
    </message>
    <message>
        <source>The update is cached as its own layer, so a later install reuses a stale package index and installs old or missing packages.</source>
        <translation>Das Update wird als eigener Layer zwischengespeichert, sodass eine spätere Installation einen veralteten Paketindex nutzt und alte oder fehlende Pakete installiert.</translation>
    </message>
    <message>
        <source>apt-get install without --no-install-recommends</source>
        <translation>apt-get install ohne --no-install-recommends</translation>
    </message>
    <message>
        <source>Recommended packages are rarely needed in a container and can double the image size and its attack surface.</source>
        <translation>Empfohlene Pakete braucht ein Container selten; sie können die Image-Größe und die Angriffsfläche verdoppeln.</translation>
    </message>
    <message>
        <source>apt lists not removed in the same RUN</source>
        <translation>apt-Listen nicht im selben RUN entfernt</translation>
    </message>
    <message>
        <source>The package index stays in the layer (tens of MB) unless `rm -rf /var/lib/apt/lists/*` runs in the same RUN that created it.</source>
        <translation>Der Paketindex bleibt im Layer (Dutzende MB), wenn `rm -rf /var/lib/apt/lists/*` nicht im selben RUN läuft, der ihn erzeugt hat.</translation>
    </message>
    <message>
        <source>base image without a pinned tag</source>
        <translation>Basis-Image ohne festen Tag</translation>
    </message>
    <message>
        <source>`latest` (or no tag) changes under you, so the same Dockerfile builds different images and a rebuild can break without any change of yours.</source>
        <translation>`latest` (oder kein Tag) ändert sich ohne Ihr Zutun, sodass dasselbe Dockerfile verschiedene Images baut und ein Neubau scheitern kann, obwohl Sie nichts geändert haben.</translation>
    </message>
    <message>
        <source>ADD where COPY fits</source>
        <translation>ADD, wo COPY passt</translation>
    </message>
    <message>
        <source>ADD also fetches URLs and unpacks archives; for local files COPY says what it does and cannot surprise a reader.</source>
        <translation>ADD lädt auch URLs und entpackt Archive; für lokale Dateien sagt COPY genau, was es tut, und überrascht niemanden, der das Dockerfile liest.</translation>
    </message>
    <message>
        <source>secret in ENV or ARG</source>
        <translation>Secret in ENV oder ARG</translation>
    </message>
    <message>
        <source>ENV values are stored in the image config and ARG values in its history, so anyone who can pull the image can read them; use RUN --mount=type=secret.</source>
        <translation>ENV-Werte stehen in der Image-Konfiguration und ARG-Werte in seiner History, sodass jeder, der das Image pullen kann, sie lesen kann; verwenden Sie RUN --mount=type=secret.</translation>
    </message>
    <message>
        <source>the container runs as root</source>
        <translation>der Container läuft als root</translation>
    </message>
    <message>
        <source>A process running as root in the container is root on the host&apos;s kernel, so an escape or a writable mount becomes a host compromise.</source>
        <translation>Ein Prozess, der im Container als root läuft, ist root auf dem Kernel des Hosts; ein Ausbruch oder ein beschreibbarer Mount wird so zur Kompromittierung des Hosts.</translation>
    </message>
    <message>
        <source>COPY . before installing dependencies</source>
        <translation>COPY . vor der Installation der Abhängigkeiten</translation>
    </message>
    <message>
        <source>Every source change invalidates the cache of the dependency install that follows; copy the manifest and install first, then copy the rest.</source>
        <translation>Jede Änderung am Quellcode macht den Cache der folgenden Abhängigkeitsinstallation ungültig; kopieren Sie zuerst das Manifest und installieren Sie, dann den Rest.</translation>
    </message>
    <message>
        <source>shell-form CMD or ENTRYPOINT</source>
        <translation>CMD oder ENTRYPOINT in Shell-Form</translation>
    </message>
    <message>
        <source>The shell form runs under /bin/sh -c, so your process is not PID 1, never receives SIGTERM, and `docker stop` kills it after the timeout.</source>
        <translation>Die Shell-Form läuft unter /bin/sh -c, daher ist Ihr Prozess nicht PID 1, erhält nie SIGTERM, und `docker stop` beendet ihn erst nach dem Timeout.</translation>
    </message>
    <message>
        <source>service without a HEALTHCHECK</source>
        <translation>Service ohne HEALTHCHECK</translation>
    </message>
    <message>
        <source>An image that exposes a port but has no HEALTHCHECK is reported healthy as long as the process exists, even when it no longer answers.</source>
        <translation>Ein Image, das einen Port freigibt, aber keinen HEALTHCHECK hat, gilt als gesund, solange der Prozess existiert, auch wenn er nicht mehr antwortet.</translation>
    </message>
    <message>
        <source>sudo in RUN</source>
        <translation>sudo in RUN</translation>
    </message>
    <message>
        <source>RUN already executes as the current USER; sudo adds a setuid binary to the image and hides which steps need root.</source>
        <translation>RUN läuft bereits als der aktuelle USER; sudo fügt dem Image ein setuid-Programm hinzu und verschleiert, welche Schritte root brauchen.</translation>
    </message>
    <message>
        <source>cd instead of WORKDIR</source>
        <translation>cd statt WORKDIR</translation>
    </message>
    <message>
        <source>A `cd` lasts only for its RUN; WORKDIR states the directory once for every later instruction and for the running container.</source>
        <translation>Ein `cd` gilt nur für sein RUN; WORKDIR legt das Verzeichnis einmal für alle späteren Anweisungen und für den laufenden Container fest.</translation>
    </message>
    <message>
        <source>MAINTAINER is deprecated</source>
        <translation>MAINTAINER ist veraltet</translation>
    </message>
    <message>
        <source>MAINTAINER has been deprecated since Docker 1.13; `LABEL org.opencontainers.image.authors=…` is the standard place.</source>
        <translation>MAINTAINER ist seit Docker 1.13 veraltet; `LABEL org.opencontainers.image.authors=…` ist der übliche Ort.</translation>
    </message>
    <message>
        <source>remote script piped into a shell</source>
        <translation>Remote-Skript per Pipe an eine Shell übergeben</translation>
    </message>
    <message>
        <source>`curl … | sh` runs whatever the server returns at build time, unverified, and hides download failures unless pipefail is set.</source>
        <translation>`curl … | sh` führt beim Bauen ungeprüft aus, was der Server liefert, und verschleiert Downloadfehler, sofern pipefail nicht gesetzt ist.</translation>
    </message>
    <message>
        <source>several CMD or ENTRYPOINT in one stage</source>
        <translation>mehrere CMD oder ENTRYPOINT in einer Stage</translation>
    </message>
    <message>
        <source>Only the last CMD and the last ENTRYPOINT of a stage take effect; the earlier ones mislead the reader.</source>
        <translation>Nur das letzte CMD und das letzte ENTRYPOINT einer Stage wirken; die früheren führen den Leser in die Irre.</translation>
    </message>
    <message>
        <source>apk add without --no-cache</source>
        <translation>apk add ohne --no-cache</translation>
    </message>
    <message>
        <source>Without --no-cache the APK index stays in the layer; --no-cache fetches it on the fly and keeps the image small.</source>
        <translation>Ohne --no-cache bleibt der APK-Index im Layer; --no-cache lädt ihn bei Bedarf und hält das Image klein.</translation>
    </message>
    <message>
        <source>DEBIAN_FRONTEND set with ENV</source>
        <translation>DEBIAN_FRONTEND mit ENV gesetzt</translation>
    </message>
    <message>
        <source>ENV keeps DEBIAN_FRONTEND=noninteractive in the running container, where it surprises anyone who runs apt interactively; use ARG or set it on the RUN.</source>
        <translation>ENV behält DEBIAN_FRONTEND=noninteractive im laufenden Container, wo es jeden überrascht, der apt interaktiv ausführt; verwenden Sie ARG oder setzen Sie es am RUN.</translation>
    </message>
    <message>
        <source>MAINTAINER %1: use LABEL org.opencontainers.image.authors instead</source>
        <translation>MAINTAINER %1: verwenden Sie stattdessen LABEL org.opencontainers.image.authors</translation>
    </message>
    <message>
        <source>apt-get update without an install in the same RUN: combine them, e.g. `apt-get update &amp;&amp; apt-get install -y …`</source>
        <translation>apt-get update ohne Installation im selben RUN: kombinieren Sie beides, z. B. `apt-get update &amp;&amp; apt-get install -y …`</translation>
    </message>
    <message>
        <source>the apt package lists stay in this layer: end the RUN with `rm -rf /var/lib/apt/lists/*`</source>
        <translation>die apt-Paketlisten bleiben in diesem Layer: beenden Sie das RUN mit `rm -rf /var/lib/apt/lists/*`</translation>
    </message>
    <message>
        <source>sudo in RUN: set USER root for the steps that need it instead</source>
        <translation>sudo in RUN: setzen Sie stattdessen USER root für die Schritte, die es brauchen</translation>
    </message>
    <message>
        <source>RUN starts with cd: use WORKDIR</source>
        <translation>RUN beginnt mit cd: verwenden Sie WORKDIR</translation>
    </message>
    <message>
        <source>the whole context is copied before `%1` on line %2: copy only the dependency manifest first</source>
        <translation>der ganze Kontext wird vor `%1` in Zeile %2 kopiert: kopieren Sie zuerst nur das Abhängigkeitsmanifest</translation>
    </message>
    <message>
        <source>ENV DEBIAN_FRONTEND stays set in the container: use ARG DEBIAN_FRONTEND=noninteractive</source>
        <translation>ENV DEBIAN_FRONTEND bleibt im Container gesetzt: verwenden Sie ARG DEBIAN_FRONTEND=noninteractive</translation>
    </message>
    <message>
        <source>this CMD is overridden by the one on line %1</source>
        <translation>dieses CMD wird durch das in Zeile %1 überschrieben</translation>
    </message>
    <message>
        <source>this ENTRYPOINT is overridden by the one on line %1</source>
        <translation>dieses ENTRYPOINT wird durch das in Zeile %1 überschrieben</translation>
    </message>
    <message>
        <source> (%1 from the ARG default)</source>
        <translation> (%1 aus dem ARG-Standardwert)</translation>
    </message>
    <message>
        <source>%1 has no tag, which means latest%2: pin a version</source>
        <translation>%1 hat keinen Tag, also latest%2: legen Sie eine Version fest</translation>
    </message>
    <message>
        <source>%1 uses the latest tag%2: pin a version</source>
        <translation>%1 verwendet den Tag latest%2: legen Sie eine Version fest</translation>
    </message>
    <message>
        <source>a downloaded script is piped into a shell: download it, verify its checksum, then run it</source>
        <translation>ein heruntergeladenes Skript wird per Pipe an eine Shell übergeben: laden Sie es herunter, prüfen Sie seine Prüfsumme und führen Sie es dann aus</translation>
    </message>
    <message>
        <source>ADD of local files: use COPY</source>
        <translation>ADD mit lokalen Dateien: verwenden Sie COPY</translation>
    </message>
    <message>
        <source>ENV %1 puts a secret into the image config</source>
        <translation>ENV %1 legt ein Secret in die Image-Konfiguration</translation>
    </message>
    <message>
        <source>ARG %1 passes a secret as a build argument, recorded in the image history</source>
        <translation>ARG %1 übergibt ein Secret als Build-Argument, das in der Image-History steht</translation>
    </message>
    <message>
        <source>the last USER is root, so the container runs as root: switch to an unprivileged user after the steps that need root</source>
        <translation>der letzte USER ist root, also läuft der Container als root: wechseln Sie nach den Schritten, die root brauchen, zu einem unprivilegierten Benutzer</translation>
    </message>
    <message>
        <source>no USER instruction, so the container runs as root: add `USER &lt;name or uid&gt;`</source>
        <translation>keine USER-Anweisung, also läuft der Container als root: fügen Sie `USER &lt;Name oder UID&gt;` hinzu</translation>
    </message>
    <message>
        <source>%1 in shell form: use the JSON form, or a script that ends in `exec` so the process becomes PID 1</source>
        <translation>%1 in Shell-Form: verwenden Sie die JSON-Form oder ein Skript, das mit `exec` endet, damit der Prozess PID 1 wird</translation>
    </message>
    <message>
        <source>%1 in shell form: write %1 [&quot;%2&quot;]</source>
        <translation>%1 in Shell-Form: schreiben Sie %1 [&quot;%2&quot;]</translation>
    </message>
    <message>
        <source>EXPOSE %1 without a HEALTHCHECK in the image</source>
        <translation>EXPOSE %1 ohne HEALTHCHECK im Image</translation>
    </message>
</context>
<context>
    <name>DockPrep::DockerfileParser</name>
    <message>
        <source>the file ends in the middle of a line continuation</source>
        <translation>die Datei endet mitten in einer Zeilenfortsetzung</translation>
    </message>
    <message>
        <source>empty continuation line (deprecated; a future Docker may treat it as the end of the instruction)</source>
        <translation>leere Fortsetzungszeile (veraltet; ein künftiges Docker könnte sie als Ende der Anweisung werten)</translation>
    </message>
    <message>
        <source>only one &apos;%1&apos; parser directive can be used</source>
        <translation>es kann nur eine Parser-Direktive „%1“ verwendet werden</translation>
    </message>
    <message>
        <source>invalid escape character &apos;%1&apos;: it must be ` or \</source>
        <translation>ungültiges Escape-Zeichen „%1“: es muss ` oder \ sein</translation>
    </message>
    <message>
        <source>unknown instruction: %1</source>
        <translation>unbekannte Anweisung: %1</translation>
    </message>
    <message>
        <source>unknown instruction: %1 (did you mean %2?)</source>
        <translation>unbekannte Anweisung: %1 (meinten Sie %2?)</translation>
    </message>
    <message>
        <source>%1 does not know the flag --%2</source>
        <translation>%1 kennt die Option --%2 nicht</translation>
    </message>
    <message>
        <source>%1 requires at least one argument</source>
        <translation>%1 braucht mindestens ein Argument</translation>
    </message>
    <message>
        <source>a JSON array in %1 must hold strings only</source>
        <translation>ein JSON-Array in %1 darf nur Zeichenketten enthalten</translation>
    </message>
    <message>
        <source>%1 requires a source and a destination, but only one argument was given</source>
        <translation>%1 braucht eine Quelle und ein Ziel, aber es wurde nur ein Argument angegeben</translation>
    </message>
    <message>
        <source>ARG needs a name before &apos;=&apos;</source>
        <translation>ARG braucht einen Namen vor „=“</translation>
    </message>
    <message>
        <source>ONBUILD cannot wrap another ONBUILD</source>
        <translation>ONBUILD kann kein weiteres ONBUILD enthalten</translation>
    </message>
    <message>
        <source>%1 isn&apos;t allowed as an ONBUILD trigger</source>
        <translation>%1 ist als ONBUILD-Auslöser nicht erlaubt</translation>
    </message>
    <message>
        <source>SHELL requires the arguments in JSON form, e.g. [&quot;/bin/bash&quot;, &quot;-c&quot;]</source>
        <translation>SHELL verlangt die Argumente in JSON-Form, z. B. [&quot;/bin/bash&quot;, &quot;-c&quot;]</translation>
    </message>
    <message>
        <source>%1 is not a valid JSON array, so it runs as a shell command through /bin/sh -c (the exec form needs double quotes and commas)</source>
        <translation>%1 ist kein gültiges JSON-Array und läuft daher als Shell-Befehl über /bin/sh -c (die Exec-Form braucht doppelte Anführungszeichen und Kommas)</translation>
    </message>
    <message>
        <source>invalid stage name &apos;%1&apos;: it must start with a letter and hold only letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;</source>
        <translation>ungültiger Stage-Name „%1“: er muss mit einem Buchstaben beginnen und darf nur Buchstaben, Ziffern, „-“, „_“ und „.“ enthalten</translation>
    </message>
    <message>
        <source>FROM takes an image and optionally &apos;AS name&apos;, e.g. FROM golang:1.23 AS build</source>
        <translation>FROM nimmt ein Image und optional „AS name“, z. B. FROM golang:1.23 AS build</translation>
    </message>
    <message>
        <source>%1 needs a value: %1 %2=value</source>
        <translation>%1 braucht einen Wert: %1 %2=wert</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no &apos;=&apos;: write name=value (mixing the two %2 forms is not allowed)</source>
        <translation>„%1“ hat kein „=“: schreiben Sie name=wert (die beiden %2-Formen zu mischen ist nicht erlaubt)</translation>
    </message>
    <message>
        <source>%1 names can not be blank</source>
        <translation>%1-Namen dürfen nicht leer sein</translation>
    </message>
    <message>
        <source>unknown HEALTHCHECK type &apos;%1&apos; (use CMD or NONE)</source>
        <translation>unbekannter HEALTHCHECK-Typ „%1“ (verwenden Sie CMD oder NONE)</translation>
    </message>
    <message>
        <source>HEALTHCHECK CMD needs a command</source>
        <translation>HEALTHCHECK CMD braucht einen Befehl</translation>
    </message>
    <message>
        <source>a JSON array in HEALTHCHECK must hold strings only</source>
        <translation>ein JSON-Array in HEALTHCHECK darf nur Zeichenketten enthalten</translation>
    </message>
    <message>
        <source>unterminated heredoc: no line &apos;%1&apos; closes the &lt;&lt;%1 opened here</source>
        <translation>nicht beendetes Heredoc: keine Zeile „%1“ schließt das hier geöffnete &lt;&lt;%1</translation>
    </message>
    <message>
        <source>the file has no instructions (a Dockerfile needs at least a FROM)</source>
        <translation>die Datei hat keine Anweisungen (ein Dockerfile braucht mindestens ein FROM)</translation>
    </message>
    <message>
        <source>%1 before the first FROM: only ARG may come before FROM</source>
        <translation>%1 vor dem ersten FROM: nur ARG darf vor FROM stehen</translation>
    </message>
    <message>
        <source>no FROM instruction: a Dockerfile needs at least one stage</source>
        <translation>keine FROM-Anweisung: ein Dockerfile braucht mindestens eine Stage</translation>
    </message>
    <message>
        <source>%1 (the build of an image FROM this one fails)</source>
        <translation>%1 (der Build eines Images mit FROM auf dieses schlägt fehl)</translation>
    </message>
    <message>
        <source>EXPOSE %1: %2</source>
        <translation>EXPOSE %1: %2</translation>
    </message>
    <message>
        <source>STOPSIGNAL takes one signal, e.g. STOPSIGNAL SIGTERM</source>
        <translation>STOPSIGNAL nimmt genau ein Signal, z. B. STOPSIGNAL SIGTERM</translation>
    </message>
    <message>
        <source>%1 ignores the flag --%2</source>
        <translation>%1 ignoriert das Flag --%2</translation>
    </message>
    <message>
        <source>--%1 is given twice: %2 takes it once</source>
        <translation>--%1 ist zweimal angegeben: %2 nimmt es nur einmal</translation>
    </message>
    <message>
        <source>--%1= has no value: write --%1 alone or --%1=true</source>
        <translation>--%1= hat keinen Wert: schreiben Sie --%1 allein oder --%1=true</translation>
    </message>
    <message>
        <source>--%1 takes true or false, not &apos;%2&apos;</source>
        <translation>--%1 nimmt true oder false, nicht „%2“</translation>
    </message>
    <message>
        <source>--%1 needs a value: --%1=&lt;value&gt;</source>
        <translation>--%1 braucht einen Wert: --%1=&lt;Wert&gt;</translation>
    </message>
    <message>
        <source>a stage cannot copy from itself (&apos;%1&apos; is the stage being built)</source>
        <translation>eine Stage kann nicht aus sich selbst kopieren („%1“ ist die Stage, die gerade gebaut wird)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a mount type (bind, cache, tmpfs, secret or ssh)</source>
        <translation>„%1“ ist kein Mount-Typ (bind, cache, tmpfs, secret oder ssh)</translation>
    </message>
    <message>
        <source>a stage cannot mount itself (&apos;%1&apos; is the stage being built)</source>
        <translation>eine Stage kann sich nicht selbst mounten („%1“ ist die Stage, die gerade gebaut wird)</translation>
    </message>
    <message>
        <source>the %1 in this %2 argument is never closed</source>
        <translation>das %1 in diesem %2-Argument wird nie geschlossen</translation>
    </message>
    <message>
        <source>double quote</source>
        <translation>doppelte Anführungszeichen</translation>
    </message>
    <message>
        <source>single quote</source>
        <translation>einfache Anführungszeichen</translation>
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
        <translation>HEALTHCHECK NONE nimmt keine weiteren Argumente</translation>
    </message>
    <message>
        <source>more than %1 (limit): refusing</source>
        <translation>mehr als %1 (Grenze): abgelehnt</translation>
    </message>
    <message>
        <source>EXPOSE %1 names a host address or port, which EXPOSE ignores: only the container port is exposed; publish with docker run -p or compose ports</source>
        <translation>EXPOSE %1 nennt eine Host-Adresse oder einen Host-Port, die EXPOSE ignoriert: nur der Container-Port wird freigegeben; veröffentlichen Sie mit docker run -p oder compose ports</translation>
    </message>
</context>
<context>
    <name>DockPrep::DocumentFile</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>DockPrep::EntryPage</name>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Show the answer</source>
        <translation>Antwort anzeigen</translation>
    </message>
    <message>
        <source>Key points</source>
        <translation>Kernpunkte</translation>
    </message>
    <message>
        <source>Show the key points</source>
        <translation>Kernpunkte anzeigen</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Nachfragen</translation>
    </message>
    <message>
        <source>Show this answer</source>
        <translation>Diese Antwort anzeigen</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Was sich geändert hat</translation>
    </message>
    <message>
        <source>See also</source>
        <translation>Siehe auch</translation>
    </message>
    <message>
        <source>Diagram:</source>
        <translation>Diagramm:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Schlagwörter:</translation>
    </message>
</context>
<context>
    <name>DockPrep::ExplainDockerfilePage</name>
    <message>
        <source>Paste a Dockerfile here.</source>
        <translation>Fügen Sie hier ein Dockerfile ein.</translation>
    </message>
    <message>
        <source>e.g. src/app.py, package.json</source>
        <translation>z. B. src/app.py, package.json</translation>
    </message>
    <message>
        <source>Click a layer to see its instruction.</source>
        <translation>Klicken Sie auf einen Layer, um seine Anweisung zu sehen.</translation>
    </message>
    <message>
        <source>stage %1</source>
        <translation>Stage %1</translation>
    </message>
    <message>
        <source>FROM %1</source>
        <translation>FROM %1</translation>
    </message>
    <message>
        <source>No FROM yet.</source>
        <translation>Noch kein FROM.</translation>
    </message>
    <message numerus="yes">
        <source>%n stage(s), %1 layer(s). Name changed files to see what rebuilds.</source>
        <translation>
            <numerusform>%n Stage, %1 Layer. Nennen Sie geänderte Dateien, um zu sehen, was neu gebaut wird.</numerusform>
            <numerusform>%n Stages, %1 Layer. Nennen Sie geänderte Dateien, um zu sehen, was neu gebaut wird.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) lose their cache.</source>
        <translation>
            <numerusform>%n Schritt verliert seinen Cache.</numerusform>
            <numerusform>%n Schritte verlieren ihren Cache.</numerusform>
        </translation>
    </message>
    <message>
        <source>lines %1–%2</source>
        <translation>Zeilen %1–%2</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&amp;Changed files:</source>
        <translation>Geänderte Date&amp;ien:</translation>
    </message>
    <message>
        <source>%1 base image &amp;nbsp; %2 layer (cache kept) &amp;nbsp; %3 layer that loses its cache &amp;nbsp; %4 not built. A dashed border: a build-stage layer that does not ship. Faded: a stage the target does not need.</source>
        <translation>%1 Basis-Image &amp;nbsp; %2 Layer (Cache bleibt) &amp;nbsp; %3 Layer, der seinen Cache verliert &amp;nbsp; %4 nicht gebaut. Gestrichelter Rand: ein Layer einer Build-Stage, der nicht ausgeliefert wird. Blass: eine Stage, die das Ziel nicht braucht.</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Line %1, %2: %3</source>
        <translation>Zeile %1, %2: %3</translation>
    </message>
    <message>
        <source>Line %1, %2 %3: %4</source>
        <translation>Zeile %1, %2 %3: %4</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Fin&amp;dings (%1): click one to see its lines</source>
        <translation>&amp;Befunde (%1): klicken Sie einen an, um seine Zeilen zu sehen</translation>
    </message>
    <message>
        <source>Fin&amp;dings: none</source>
        <translation>&amp;Befunde: keine</translation>
    </message>
</context>
<context>
    <name>DockPrep::FindBar</name>
    <message>
        <source>Find in this question</source>
        <translation>In dieser Frage suchen</translation>
    </message>
    <message>
        <source>Find in page</source>
        <translation>Auf der Seite suchen</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Vorheriger Treffer (Umschalt+Eingabe)</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Vorheriger Treffer</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Nächster Treffer (Eingabe)</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Nächster Treffer</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Suchleiste schließen</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Kein Treffer</translation>
    </message>
</context>
<context>
    <name>DockPrep::InterviewHistoryPage</name>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>All chapters</source>
        <translation>Alle Kapitel</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Scores over time:</source>
        <translation>Punktzahlen im Verlauf:</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Interview history&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Interview-Verlauf&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Chapter: %1</source>
        <translation>Kapitel: %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Delete the selected session, its answers and its recordings</source>
        <translation>Die gewählte Sitzung mit ihren Antworten und Aufnahmen löschen</translation>
    </message>
</context>
<context>
    <name>DockPrep::InterviewPage</name>
    <message>
        <source>Interview not saved</source>
        <translation>Interview nicht gespeichert</translation>
    </message>
    <message>
        <source>Session not opened</source>
        <translation>Sitzung nicht geöffnet</translation>
    </message>
    <message>
        <source>There is no data folder to keep recordings in.</source>
        <translation>Es gibt keinen Datenordner für Aufnahmen.</translation>
    </message>
    <message>
        <source>Delete the session?</source>
        <translation>Sitzung löschen?</translation>
    </message>
    <message>
        <source>Delete this session from the history, with its answers, scores and recordings? Its questions keep their place in the review schedule.</source>
        <translation>Diese Sitzung mit ihren Antworten, Bewertungen und Aufnahmen aus dem Verlauf löschen? Ihre Fragen behalten ihren Platz im Wiederholungsplan.</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>Sitzung löschen</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Session not deleted</source>
        <translation>Sitzung nicht gelöscht</translation>
    </message>
</context>
<context>
    <name>DockPrep::InterviewRunningPage</name>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Submit answer</source>
        <translation>Antwort abgeben</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>Sitzung beenden</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Verbleibende Zeit</translation>
    </message>
    <message>
        <source>Type your answer as you would say it: what, why, how you would check it, what can go wrong.</source>
        <translation>Schreiben Sie Ihre Antwort so, wie Sie sie sagen würden: was, warum, wie Sie es prüfen würden, was schiefgehen kann.</translation>
    </message>
    <message>
        <source>Submit the answer (Ctrl+Return)</source>
        <translation>Antwort abgeben (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Stop the clock (Ctrl+P); time paused is recorded but not counted</source>
        <translation>Die Uhr anhalten (Strg+P); Pausenzeit wird festgehalten, aber nicht gezählt</translation>
    </message>
    <message>
        <source>Your answer:</source>
        <translation>Ihre Antwort:</translation>
    </message>
    <message>
        <source>open book</source>
        <translation>mit Unterlagen</translation>
    </message>
    <message>
        <source>closed book</source>
        <translation>ohne Unterlagen</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>Frage %1 von %2</translation>
    </message>
    <message>
        <source>This question is no longer in the curriculum (%1).</source>
        <translation>Diese Frage ist nicht mehr im Lehrplan (%1).</translation>
    </message>
    <message>
        <source>Time is up: overtime is being recorded</source>
        <translation>Die Zeit ist um: Überziehung wird festgehalten</translation>
    </message>
    <message>
        <source>left for the whole session</source>
        <translation>übrig für die ganze Sitzung</translation>
    </message>
    <message>
        <source>left for this question</source>
        <translation>übrig für diese Frage</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Paused: the question is hidden until you resume.</source>
        <translation>Pausiert: Die Frage bleibt verborgen, bis Sie fortsetzen.</translation>
    </message>
    <message>
        <source>End the session?</source>
        <translation>Sitzung beenden?</translation>
    </message>
    <message>
        <source>End the session now? The answers so far are kept and scored; the questions not asked yet are left out.</source>
        <translation>Die Sitzung jetzt beenden? Die bisherigen Antworten bleiben erhalten und werden bewertet; die noch nicht gestellten Fragen entfallen.</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>Weitermachen</translation>
    </message>
    <message>
        <source>Paused for %1: the clock is stopped</source>
        <translation>Pausiert (%1): die Uhr ist angehalten</translation>
    </message>
    <message>
        <source>Transcribe a recording…</source>
        <translation>Aufnahme transkribieren…</translation>
    </message>
    <message>
        <source>Answer out loud with any recorder, then pick the WAV file: it is transcribed on this computer and added to your answer, to correct before you submit</source>
        <translation>Antworten Sie laut mit einem beliebigen Aufnahmeprogramm und wählen Sie dann die WAV-Datei: Sie wird auf diesem Computer transkribiert und Ihrer Antwort hinzugefügt, zum Korrigieren vor dem Absenden</translation>
    </message>
    <message>
        <source>Transcribe a spoken answer</source>
        <translation>Gesprochene Antwort transkribieren</translation>
    </message>
    <message>
        <source>WAV sound (*.wav)</source>
        <translation>WAV-Ton (*.wav)</translation>
    </message>
    <message>
        <source>Transcribing %1 on this computer…</source>
        <translation>%1 wird auf diesem Computer transkribiert…</translation>
    </message>
    <message>
        <source>Not transcribed: %1</source>
        <translation>Nicht transkribiert: %1</translation>
    </message>
    <message>
        <source>No words were heard in that recording.</source>
        <translation>In dieser Aufnahme wurden keine Wörter erkannt.</translation>
    </message>
    <message>
        <source>Heard from the recording (correct it above before submitting): %1</source>
        <translation>Aus der Aufnahme gehört (oben vor dem Absenden korrigieren): %1</translation>
    </message>
    <message>
        <source>Read aloud again</source>
        <translation>Nochmals vorlesen</translation>
    </message>
    <message>
        <source>Hear the question again; the recording waits while it is read</source>
        <translation>Die Frage nochmals hören; die Aufnahme wartet, solange sie vorgelesen wird</translation>
    </message>
</context>
<context>
    <name>DockPrep::InterviewScoringPage</name>
    <message>
        <source>Save score and continue</source>
        <translation>Punktzahl speichern und weiter</translation>
    </message>
    <message>
        <source>Key points your answer covered</source>
        <translation>Kernpunkte, die Ihre Antwort abgedeckt hat</translation>
    </message>
    <message>
        <source>Rate your answer (0 = absent, 5 = excellent)</source>
        <translation>Bewerten Sie Ihre Antwort (0 = fehlt, 5 = hervorragend)</translation>
    </message>
    <message>
        <source>Technical skills</source>
        <translation>Technisches Können</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Kommunikation</translation>
    </message>
    <message>
        <source>Production experience</source>
        <translation>Produktionserfahrung</translation>
    </message>
    <message>
        <source>Leadership</source>
        <translation>Führung</translation>
    </message>
    <message>
        <source>depth, approach, best practices, hands-on</source>
        <translation>Tiefe, Vorgehen, Best Practices, Praxis</translation>
    </message>
    <message>
        <source>clear, structured, could teach it</source>
        <translation>klar, strukturiert, könnte es lehren</translation>
    </message>
    <message>
        <source>real incidents, operations, monitoring</source>
        <translation>echte Vorfälle, Betrieb, Monitoring</translation>
    </message>
    <message>
        <source>decisions, trade-offs, guiding others</source>
        <translation>Entscheidungen, Abwägungen, andere anleiten</translation>
    </message>
    <message>
        <source>%1 (%2 %)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <source>Scoring question %1 of %2: %3</source>
        <translation>Bewertung von Frage %1 von %2: %3</translation>
    </message>
    <message>
        <source>No answer was typed.</source>
        <translation>Es wurde keine Antwort eingegeben.</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Ihre Antwort</translation>
    </message>
    <message>
        <source>Score: %1 / 100</source>
        <translation>Punktzahl: %1 / 100</translation>
    </message>
    <message>
        <source>Key points %1 of %2</source>
        <translation>Kernpunkte %1 von %2</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>negated</source>
        <translation>verneint</translation>
    </message>
    <message>
        <source>too general on its own</source>
        <translation>allein zu allgemein</translation>
    </message>
    <message>
        <source>in a bare list of terms</source>
        <translation>in einer bloßen Aufzählung von Begriffen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Ticked by: %1.</source>
        <translation>Abgehakt durch: %1.</translation>
    </message>
    <message>
        <source>Not counted: %1.</source>
        <translation>Nicht gezählt: %1.</translation>
    </message>
    <message>
        <source>Ticked key point %1</source>
        <translation>Abgehakter Kernpunkt %1</translation>
    </message>
    <message>
        <source>Key point %1: not counted, %2</source>
        <translation>Kernpunkt %1: nicht gezählt, %2</translation>
    </message>
    <message>
        <source>Ticked where your answer uses the key point&apos;s words or synonyms, not negated and not only as general words or a bare list of terms. The words that ticked each point are highlighted in your answer. Confirm or correct each one.</source>
        <translation>Abgehakt, wo Ihre Antwort die Wörter des Kernpunkts oder Synonyme verwendet, nicht verneint und nicht nur als allgemeine Wörter oder bloße Aufzählung von Begriffen. Die Wörter, die einen Punkt abgehakt haben, sind in Ihrer Antwort hervorgehoben. Bestätigen oder korrigieren Sie jeden.</translation>
    </message>
    <message>
        <source>Terms that show this point: %1</source>
        <translation>Begriffe, die diesen Punkt zeigen: %1</translation>
    </message>
    <message>
        <source>Model answer</source>
        <translation>Musterantwort</translation>
    </message>
    <message>
        <source>Time ran out: you kept answering %1 past the zero.</source>
        <translation>Die Zeit ist abgelaufen: Sie haben nach null noch %1 weitergeantwortet.</translation>
    </message>
    <message>
        <source>Time ran out: the answer was taken as it stood at zero.</source>
        <translation>Die Zeit ist abgelaufen: Die Antwort wurde so übernommen, wie sie bei null stand.</translation>
    </message>
    <message>
        <source>Transcript of your spoken answer</source>
        <translation>Transkript Ihrer gesprochenen Antwort</translation>
    </message>
    <message>
        <source>What was heard (correct anything misheard; the key points follow your corrections):</source>
        <translation>Was gehört wurde (korrigieren Sie Verhörtes; die Kernpunkte folgen Ihren Korrekturen):</translation>
    </message>
    <message>
        <source>Your recorded answer</source>
        <translation>Ihre aufgenommene Antwort</translation>
    </message>
    <message>
        <source>Transcribing your answer on this computer…</source>
        <translation>Ihre Antwort wird auf diesem Computer transkribiert…</translation>
    </message>
    <message>
        <source>Waits for the transcript of your answer</source>
        <translation>Wartet auf das Transkript Ihrer Antwort</translation>
    </message>
</context>
<context>
    <name>DockPrep::InterviewSetupPage</name>
    <message>
        <source>Open book: the contents, search and notes stay available</source>
        <translation>Mit Unterlagen: Inhalt, Suche und Notizen bleiben verfügbar</translation>
    </message>
    <message>
        <source>Start interview</source>
        <translation>Interview starten</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>per question</source>
        <translation>pro Frage</translation>
    </message>
    <message>
        <source>for the whole session</source>
        <translation>für die ganze Sitzung</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>Zufällig</translation>
    </message>
    <message>
        <source>Weakest first</source>
        <translation>Schwächste zuerst</translation>
    </message>
    <message>
        <source>Due for review</source>
        <translation>Zur Wiederholung fällig</translation>
    </message>
    <message>
        <source>after each question</source>
        <translation>nach jeder Frage</translation>
    </message>
    <message>
        <source>at the end</source>
        <translation>am Ende</translation>
    </message>
    <message>
        <source>keep going and record the overtime</source>
        <translation>weitermachen und die Überziehung festhalten</translation>
    </message>
    <message>
        <source>move on to the next question</source>
        <translation>zur nächsten Frage wechseln</translation>
    </message>
    <message>
        <source>Preset:</source>
        <translation>Vorlage:</translation>
    </message>
    <message>
        <source>Chapters:</source>
        <translation>Kapitel:</translation>
    </message>
    <message>
        <source>Levels:</source>
        <translation>Stufen:</translation>
    </message>
    <message>
        <source>Questions:</source>
        <translation>Fragen:</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Zeit:</translation>
    </message>
    <message>
        <source>Order:</source>
        <translation>Reihenfolge:</translation>
    </message>
    <message>
        <source>Score:</source>
        <translation>Bewertung:</translation>
    </message>
    <message>
        <source>At zero:</source>
        <translation>Bei null:</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Verlauf…</translation>
    </message>
    <message>
        <source>Choose at least one chapter.</source>
        <translation>Wählen Sie mindestens ein Kapitel.</translation>
    </message>
    <message>
        <source>Choose at least one level.</source>
        <translation>Wählen Sie mindestens eine Stufe.</translation>
    </message>
    <message>
        <source>An unfinished session from %1: %2 of %3 questions answered, %4 used. Resume it where you stopped?</source>
        <translation>Eine unvollendete Sitzung vom %1: %2 von %3 Fragen beantwortet, %4 verbraucht. Dort fortsetzen, wo Sie aufgehört haben?</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) due for review</source>
        <translation>
            <numerusform>%n Frage zur Wiederholung fällig</numerusform>
            <numerusform>%n Fragen zur Wiederholung fällig</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;h2&gt;Mock interview&lt;/h2&gt;&lt;p&gt;One question at a time against the clock, no peeking, then an honest score against the key points and the evaluation rubric (technical skills 40 %, communication 25 %, production experience 20 %, leadership 15 %).&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Probeinterview&lt;/h2&gt;&lt;p&gt;Eine Frage nach der anderen gegen die Uhr, ohne Spicken, danach eine ehrliche Bewertung anhand der Kernpunkte und der Bewertungsmatrix (technisches Können 40 %, Kommunikation 25 %, Produktionserfahrung 20 %, Führung 15 %).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Shuffle again</source>
        <translation>Neu mischen</translation>
    </message>
    <message>
        <source>Shuffle &amp;number:</source>
        <translation>Misch&amp;nummer:</translation>
    </message>
    <message>
        <source>The shuffle number must be a whole number from 0 to %1.</source>
        <translation>Die Mischnummer muss eine ganze Zahl von 0 bis %1 sein.</translation>
    </message>
    <message numerus="yes">
        <source>No review due today; %n question(s) come back later.</source>
        <translation>
            <numerusform>Heute ist keine Wiederholung fällig; %n Frage kommt später wieder.</numerusform>
            <numerusform>Heute ist keine Wiederholung fällig; %n Fragen kommen später wieder.</numerusform>
        </translation>
    </message>
    <message>
        <source>After each scored interview, its questions come back here for review, the weak ones first.</source>
        <translation>Nach jedem bewerteten Interview kommen seine Fragen hier zur Wiederholung zurück, die schwachen zuerst.</translation>
    </message>
    <message>
        <source>The shuffle number picks the random order: the same number with the same settings asks the same questions in the same order, so you can replay a session or share it. Each new session draws a new number unless you type one.</source>
        <translation>Die Mischnummer bestimmt die zufällige Reihenfolge: Dieselbe Nummer mit denselben Einstellungen stellt dieselben Fragen in derselben Reihenfolge, sodass Sie eine Sitzung wiederholen oder teilen können. Jede neue Sitzung zieht eine neue Nummer, sofern Sie keine eingeben.</translation>
    </message>
    <message>
        <source>Answer out loud: each question is read aloud and your answer recorded, then transcribed for scoring</source>
        <translation>Laut antworten: jede Frage wird vorgelesen, Ihre Antwort aufgenommen und zur Bewertung transkribiert</translation>
    </message>
    <message>
        <source>Practise as in a real interview: the recording stays on this computer, is transcribed here and can be played back when scoring and in the history</source>
        <translation>Üben wie im echten Interview: die Aufnahme bleibt auf diesem Computer, wird hier transkribiert und lässt sich beim Bewerten und im Verlauf abspielen</translation>
    </message>
</context>
<context>
    <name>DockPrep::InterviewSheet</name>
    <message>
        <source>It is not an interviewer&apos;s sheet saved by DockPrep.</source>
        <translation>Es ist kein von DockPrep gespeicherter Interviewbogen.</translation>
    </message>
    <message>
        <source>It was saved by a newer DockPrep (format %1; this one reads %2).</source>
        <translation>Er wurde von einem neueren DockPrep gespeichert (Format %1; diese Version liest %2).</translation>
    </message>
    <message>
        <source>Its list of questions is damaged.</source>
        <translation>Seine Fragenliste ist beschädigt.</translation>
    </message>
    <message>
        <source>Question %1 in it is damaged.</source>
        <translation>Frage %1 darin ist beschädigt.</translation>
    </message>
    <message>
        <source>Technical skills</source>
        <translation>Technisches Können</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Kommunikation</translation>
    </message>
    <message>
        <source>Production experience</source>
        <translation>Produktionserfahrung</translation>
    </message>
    <message>
        <source>Leadership</source>
        <translation>Führung</translation>
    </message>
</context>
<context>
    <name>DockPrep::InterviewStart</name>
    <message>
        <source>That session has been finished since; its report is in the history.</source>
        <translation>Diese Sitzung wurde inzwischen abgeschlossen; ihr Bericht steht im Verlauf.</translation>
    </message>
    <message>
        <source>That session has been discarded since; it is kept in the history.</source>
        <translation>Diese Sitzung wurde inzwischen verworfen; sie bleibt im Verlauf erhalten.</translation>
    </message>
    <message>
        <source>That session has no questions to resume, so it was discarded.</source>
        <translation>Diese Sitzung hat keine Fragen zum Fortsetzen und wurde daher verworfen.</translation>
    </message>
</context>
<context>
    <name>DockPrep::InterviewStore</name>
    <message>
        <source>The database is not open.</source>
        <translation>Die Datenbank ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>The database was written by a newer DockPrep and is open read-only; the interview cannot be saved.</source>
        <translation>Die Datenbank wurde von einem neueren DockPrep geschrieben und ist schreibgeschützt geöffnet; das Interview kann nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Could not start the session: %1</source>
        <translation>Die Sitzung konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>Could not save the answer: %1</source>
        <translation>Die Antwort konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Could not save the answer: session %1 has no question %2.</source>
        <translation>Die Antwort konnte nicht gespeichert werden: Sitzung %1 hat keine Frage %2.</translation>
    </message>
    <message>
        <source>Session %1 is already closed.</source>
        <translation>Sitzung %1 ist bereits abgeschlossen.</translation>
    </message>
    <message>
        <source>Could not finish the session: %1</source>
        <translation>Die Sitzung konnte nicht abgeschlossen werden: %1</translation>
    </message>
    <message>
        <source>Could not update the review schedule: %1</source>
        <translation>Der Wiederholungsplan konnte nicht aktualisiert werden: %1</translation>
    </message>
    <message>
        <source>Could not discard the session: %1</source>
        <translation>Die Sitzung konnte nicht verworfen werden: %1</translation>
    </message>
    <message>
        <source>There is no unfinished session %1.</source>
        <translation>Es gibt keine unvollendete Sitzung %1.</translation>
    </message>
    <message>
        <source>There is no interview session %1.</source>
        <translation>Es gibt keine Interview-Sitzung %1.</translation>
    </message>
    <message>
        <source>Could not read session %1: %2</source>
        <translation>Sitzung %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Could not import the interviews: %1</source>
        <translation>Die Interviews konnten nicht importiert werden: %1</translation>
    </message>
    <message>
        <source>Could not import the review schedule: %1</source>
        <translation>Der Wiederholungsplan konnte nicht importiert werden: %1</translation>
    </message>
    <message>
        <source>Could not delete the session: %1</source>
        <translation>Die Sitzung ließ sich nicht löschen: %1</translation>
    </message>
</context>
<context>
    <name>DockPrep::InterviewSummaryPage</name>
    <message>
        <source>Export Markdown…</source>
        <translation>Als Markdown exportieren…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Als PDF exportieren…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Neue Sitzung</translation>
    </message>
    <message>
        <source>Score: %1 / 100</source>
        <translation>Punktzahl: %1 / 100</translation>
    </message>
    <message>
        <source>Time %1, paused %2.</source>
        <translation>Zeit %1, pausiert %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) were not scored and count as 0.</source>
        <translation>
            <numerusform>%n Antwort wurde nicht bewertet und zählt als 0.</numerusform>
            <numerusform>%n Antworten wurden nicht bewertet und zählen als 0.</numerusform>
        </translation>
    </message>
    <message>
        <source>Study next</source>
        <translation>Als Nächstes lernen</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punktzahl</translation>
    </message>
    <message>
        <source>By chapter</source>
        <translation>Nach Kapitel</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation>Kapitel</translation>
    </message>
    <message>
        <source>By level</source>
        <translation>Nach Stufe</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Overtime</source>
        <translation>Überziehung</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>nicht gestellt</translation>
    </message>
    <message>
        <source>0 (skipped)</source>
        <translation>0 (übersprungen)</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>Als PDF exportieren</translation>
    </message>
    <message>
        <source>Export as Markdown</source>
        <translation>Als Markdown exportieren</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Shuffle number %1.</source>
        <translation>Mischnummer %1.</translation>
    </message>
    <message>
        <source>Back to history</source>
        <translation>Zurück zum Verlauf</translation>
    </message>
    <message>
        <source>A past session, from %1.</source>
        <translation>Eine frühere Sitzung vom %1.</translation>
    </message>
    <message numerus="yes">
        <source>Time ran out on %n question(s): %1 in all.</source>
        <translation>
            <numerusform>Bei %n Frage lief die Zeit ab: insgesamt %1.</numerusform>
            <numerusform>Bei %n Fragen lief die Zeit ab: insgesamt %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Missed:</source>
        <translation>Verfehlt:</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Skipped: scores 0</source>
        <translation>Übersprungen: 0 Punkte</translation>
    </message>
    <message>
        <source>Score %1 / 100</source>
        <translation>Punktzahl %1 / 100</translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <source>time %1</source>
        <translation>Zeit %1</translation>
    </message>
    <message>
        <source>technical %1, communication %2, production %3, leadership %4 (of %5)</source>
        <translation>Technik %1, Kommunikation %2, Produktion %3, Führung %4 (von %5)</translation>
    </message>
    <message>
        <source>No answer was typed.</source>
        <translation>Es wurde keine Antwort eingegeben.</translation>
    </message>
    <message>
        <source>Key points</source>
        <translation>Kernpunkte</translation>
    </message>
    <message>
        <source>Missed: %1</source>
        <translation>Verfehlt: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) asked, %1 answered, %2 skipped.</source>
        <translation>
            <numerusform>%n Frage gestellt, %1 beantwortet, %2 übersprungen.</numerusform>
            <numerusform>%n Fragen gestellt, %1 beantwortet, %2 übersprungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Question %1</source>
        <translation>Frage %1</translation>
    </message>
    <message>
        <source>▶ Play the recorded answer</source>
        <translation>▶ Aufgenommene Antwort abspielen</translation>
    </message>
</context>
<context>
    <name>DockPrep::InterviewerPage</name>
    <message>
        <source>Candidate&apos;s name</source>
        <translation>Name der Kandidatin oder des Kandidaten</translation>
    </message>
    <message>
        <source>What the candidate said that the key points do not capture</source>
        <translation>Was die Kandidatin oder der Kandidat sagte und die Kernpunkte nicht erfassen</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>Alle Stufen</translation>
    </message>
    <message>
        <source>&amp;Ask this question</source>
        <translation>Diese Frage &amp;stellen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Candidate:</source>
        <translation>Kandidat/in:</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>Stufe:</translation>
    </message>
    <message>
        <source>Chapter:</source>
        <translation>Kapitel:</translation>
    </message>
    <message>
        <source>Questions to ask</source>
        <translation>Mögliche Fragen</translation>
    </message>
    <message>
        <source>Asked, in order</source>
        <translation>Gestellt, in Reihenfolge</translation>
    </message>
    <message>
        <source>Export &amp;Markdown…</source>
        <translation>&amp;Markdown exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>&amp;PDF exportieren…</translation>
    </message>
    <message>
        <source>&amp;New interview</source>
        <translation>&amp;Neues Interview</translation>
    </message>
    <message>
        <source>Key points heard</source>
        <translation>Gehörte Kernpunkte</translation>
    </message>
    <message>
        <source>Follow-ups asked</source>
        <translation>Gestellte Nachfragen</translation>
    </message>
    <message>
        <source>Note on this answer</source>
        <translation>Notiz zu dieser Antwort</translation>
    </message>
    <message>
        <source>Rubric (0 = absent, 5 = excellent)</source>
        <translation>Bewertungsraster (0 = fehlt, 5 = hervorragend)</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Einschätzung</translation>
    </message>
    <message>
        <source>All chapters</source>
        <translation>Alle Kapitel</translation>
    </message>
    <message>
        <source>This question is no longer in the curriculum.</source>
        <translation>Diese Frage ist nicht mehr im Lehrplan.</translation>
    </message>
    <message>
        <source>Pick a question on the left and press Ask this question. Its model answer, key points and follow-ups show here for you alone.</source>
        <translation>Wählen Sie links eine Frage und drücken Sie „Diese Frage stellen“. Musterantwort, Kernpunkte und Nachfragen erscheinen hier nur für Sie.</translation>
    </message>
    <message>
        <source>New interview</source>
        <translation>Neues Interview</translation>
    </message>
    <message>
        <source>Start a new, empty sheet? The current one is not kept unless you have exported it.</source>
        <translation>Einen neuen, leeren Bogen beginnen? Der aktuelle wird nicht aufbewahrt, sofern Sie ihn nicht exportiert haben.</translation>
    </message>
    <message>
        <source>no level shown yet</source>
        <translation>noch keine Stufe gezeigt</translation>
    </message>
    <message>
        <source>The evidence supports: %1
%2
Score: %3 / 100 (key points %4 of %5)</source>
        <translation>Die Belege stützen: %1
%2
Punktzahl: %3 / 100 (Kernpunkte %4 von %5)</translation>
    </message>
    <message>
        <source>The saved interview sheet could not be read (%1); it was kept as %2 and a new sheet started.</source>
        <translation>Der gespeicherte Interviewbogen konnte nicht gelesen werden (%1); er wurde als %2 aufbewahrt und ein neuer Bogen begonnen.</translation>
    </message>
    <message>
        <source>The interview sheet could not be saved to %1: %2</source>
        <translation>Der Interviewbogen konnte nicht in %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Export the scorecard as PDF</source>
        <translation>Bewertungsbogen als PDF exportieren</translation>
    </message>
    <message>
        <source>Export the scorecard as Markdown</source>
        <translation>Bewertungsbogen als Markdown exportieren</translation>
    </message>
    <message>
        <source>Scorecard written to %1.</source>
        <translation>Bewertungsbogen nach %1 geschrieben.</translation>
    </message>
</context>
<context>
    <name>DockPrep::JsonBackup</name>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>The file ends too early; it looks truncated (at byte %1: %2).</source>
        <translation>Die Datei endet zu früh; sie sieht abgeschnitten aus (bei Byte %1: %2).</translation>
    </message>
    <message>
        <source>The file is not valid JSON (at byte %1: %2).</source>
        <translation>Die Datei ist kein gültiges JSON (bei Byte %1: %2).</translation>
    </message>
    <message>
        <source>This is not a DockPrep backup (it has no &quot;format&quot;: &quot;dockprep-backup&quot;).</source>
        <translation>Das ist keine DockPrep-Sicherung (sie hat kein &quot;format&quot;: &quot;dockprep-backup&quot;).</translation>
    </message>
    <message>
        <source>The backup has no valid format version.</source>
        <translation>Die Sicherung hat keine gültige Formatversion.</translation>
    </message>
    <message>
        <source>The backup was made by a newer DockPrep (format %1; this version reads up to %2). Update DockPrep to import it.</source>
        <translation>Die Sicherung stammt von einem neueren DockPrep (Format %1; diese Version liest bis %2). Aktualisieren Sie DockPrep, um sie zu importieren.</translation>
    </message>
    <message>
        <source>%1: missing</source>
        <translation>%1: fehlt</translation>
    </message>
    <message>
        <source>%1: expected a string</source>
        <translation>%1: Zeichenkette erwartet</translation>
    </message>
    <message>
        <source>%1: empty</source>
        <translation>%1: leer</translation>
    </message>
    <message>
        <source>%1: expected true or false</source>
        <translation>%1: true oder false erwartet</translation>
    </message>
    <message>
        <source>%1: expected a date and time such as 2026-01-02T03:04:05Z</source>
        <translation>%1: Datum und Uhrzeit wie 2026-01-02T03:04:05Z erwartet</translation>
    </message>
    <message>
        <source>%1: expected a whole number from %2 to %3</source>
        <translation>%1: ganze Zahl von %2 bis %3 erwartet</translation>
    </message>
    <message>
        <source>%1: expected a date such as 2026-01-02</source>
        <translation>%1: Datum wie 2026-01-02 erwartet</translation>
    </message>
    <message>
        <source>%1: expected a list</source>
        <translation>%1: Liste erwartet</translation>
    </message>
    <message>
        <source>%1: expected an object</source>
        <translation>%1: Objekt erwartet</translation>
    </message>
    <message>
        <source>%1: expected a level (junior, mid, senior or principal)</source>
        <translation>%1: Stufe erwartet (junior, mid, senior oder principal)</translation>
    </message>
    <message>
        <source>%1: expected a question status</source>
        <translation>%1: Fragenstatus erwartet</translation>
    </message>
    <message>
        <source>%1: expected an interview configuration</source>
        <translation>%1: Interview-Konfiguration erwartet</translation>
    </message>
    <message>
        <source>%1: expected incomplete, finished or abandoned</source>
        <translation>%1: incomplete, finished oder abandoned erwartet</translation>
    </message>
    <message>
        <source>The backup is damaged: %1.</source>
        <translation>Die Sicherung ist beschädigt: %1.</translation>
    </message>
    <message>
        <source>%1: expected a number from %2 to %3</source>
        <translation>%1: Zahl von %2 bis %3 erwartet</translation>
    </message>
    <message>
        <source>%1: expected delivery figures</source>
        <translation>%1: Vortragswerte erwartet</translation>
    </message>
</context>
<context>
    <name>DockPrep::LanguageModel</name>
    <message>
        <source>The speech dictionary %1 cannot be read: %2</source>
        <translation>Das Aussprachewörterbuch %1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>DockPrep::LayerSimulationPanel</name>
    <message>
        <source>Container %1</source>
        <translation>Container %1</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>Container</translation>
    </message>
    <message>
        <source>File path</source>
        <translation>Dateipfad</translation>
    </message>
    <message>
        <source>New content</source>
        <translation>Neuer Inhalt</translation>
    </message>
    <message>
        <source>Write or delete a file in a container to see copy-up and whiteouts.</source>
        <translation>Schreiben oder löschen Sie eine Datei in einem Container, um Copy-up und Whiteouts zu sehen.</translation>
    </message>
    <message>
        <source>Write file</source>
        <translation>Datei schreiben</translation>
    </message>
    <message>
        <source>Delete file</source>
        <translation>Datei löschen</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Write the file in the chosen container</source>
        <translation>Die Datei im gewählten Container schreiben</translation>
    </message>
    <message>
        <source>Delete the file in the chosen container</source>
        <translation>Die Datei im gewählten Container löschen</translation>
    </message>
    <message>
        <source>Reset both containers to the image</source>
        <translation>Beide Container auf das Image zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Container:</source>
        <translation>&amp;Container:</translation>
    </message>
    <message>
        <source>&amp;Path:</source>
        <translation>&amp;Pfad:</translation>
    </message>
    <message>
        <source>C&amp;ontent:</source>
        <translation>&amp;Inhalt:</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Files of container %1</source>
        <translation>Dateien von Container %1</translation>
    </message>
    <message>
        <source>Both containers are back to the image as built.</source>
        <translation>Beide Container sind wieder auf dem Stand des gebauten Images.</translation>
    </message>
    <message>
        <source>Created %1 in container %2&apos;s writable layer. The image is untouched.</source>
        <translation>%1 im beschreibbaren Layer von Container %2 angelegt. Das Image bleibt unberührt.</translation>
    </message>
    <message>
        <source>Copy-up: %1 came from %2. The whole file was copied into container %3&apos;s writable layer, then changed there; the image layer still holds the original.</source>
        <translation>Copy-up: %1 kam aus %2. Die ganze Datei wurde in den beschreibbaren Layer von Container %3 kopiert und dort geändert; der Image-Layer enthält weiterhin das Original.</translation>
    </message>
    <message>
        <source>%1 was already in container %2&apos;s writable layer, so it changed in place: no copy.</source>
        <translation>%1 lag bereits im beschreibbaren Layer von Container %2 und wurde daher direkt geändert: keine Kopie.</translation>
    </message>
    <message>
        <source>Whiteout: %1 lives in %2, which is read-only. A 0/0 character device now hides it in container %3; the file still takes space in the image.</source>
        <translation>Whiteout: %1 liegt in %2, die schreibgeschützt ist. Ein Zeichengerät 0/0 verdeckt sie jetzt in Container %3; die Datei belegt weiterhin Platz im Image.</translation>
    </message>
    <message>
        <source>%1 existed only in container %2&apos;s writable layer, so it was really deleted.</source>
        <translation>%1 existierte nur im beschreibbaren Layer von Container %2 und wurde daher wirklich gelöscht.</translation>
    </message>
    <message>
        <source>Container %1 has no file %2.</source>
        <translation>Container %1 hat keine Datei %2.</translation>
    </message>
    <message>
        <source>“%1” is not an absolute file path such as /etc/passwd.</source>
        <translation>„%1“ ist kein absoluter Dateipfad wie /etc/passwd.</translation>
    </message>
    <message>
        <source>writable layer (upperdir)</source>
        <translation>beschreibbarer Layer (upperdir)</translation>
    </message>
    <message>
        <source>c--------- 0,0 whiteout</source>
        <translation>c--------- 0,0 Whiteout</translation>
    </message>
    <message>
        <source>hides the lower file</source>
        <translation>verdeckt die untere Datei</translation>
    </message>
    <message>
        <source>copied up</source>
        <translation>hochkopiert</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>merged view (what it sees)</source>
        <translation>zusammengeführte Ansicht (was er sieht)</translation>
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
        <translation>Fügen Sie ein Dockerfile ein, um seine Stages und Layer zu sehen.</translation>
    </message>
    <message>
        <source>in the final image</source>
        <translation>im endgültigen Image</translation>
    </message>
    <message>
        <source>build stage</source>
        <translation>Build-Stage</translation>
    </message>
    <message>
        <source>not needed by the target</source>
        <translation>vom Ziel nicht benötigt</translation>
    </message>
    <message>
        <source>L%1</source>
        <translation>S%1</translation>
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
        <translation>Mittleres Niveau</translation>
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
        <translation>Das Snippet %1 wurde in die Zwischenablage kopiert</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New note</source>
        <translation>&amp;Neue Notiz</translation>
    </message>
    <message>
        <source>&amp;Export notes</source>
        <translation>Notizen &amp;exportieren</translation>
    </message>
    <message>
        <source>&amp;Import a backup…</source>
        <translation>Sicherung &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>Vor&amp;wärts</translation>
    </message>
    <message>
        <source>&amp;Previous question</source>
        <translation>&amp;Vorherige Frage</translation>
    </message>
    <message>
        <source>&amp;Next question</source>
        <translation>&amp;Nächste Frage</translation>
    </message>
    <message>
        <source>&amp;Search everything…</source>
        <translation>Alles &amp;durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Filter the contents</source>
        <translation>Inhalt &amp;filtern</translation>
    </message>
    <message>
        <source>&amp;Study</source>
        <translation>&amp;Lernen</translation>
    </message>
    <message>
        <source>&amp;Reveal the next part</source>
        <translation>Nächsten Teil &amp;aufdecken</translation>
    </message>
    <message>
        <source>&amp;Study mode (show everything)</source>
        <translation>&amp;Lernmodus (alles anzeigen)</translation>
    </message>
    <message>
        <source>&amp;Mark as studied</source>
        <translation>Als &amp;gelernt markieren</translation>
    </message>
    <message>
        <source>&amp;Bookmark</source>
        <translation>Lese&amp;zeichen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About DockPrep</source>
        <translation>&amp;Über DockPrep</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>&amp;Read</source>
        <translation>&amp;Lesen</translation>
    </message>
    <message>
        <source>&amp;Diagrams</source>
        <translation>&amp;Diagramme</translation>
    </message>
    <message>
        <source>Diagram: %1</source>
        <translation>Diagramm: %1</translation>
    </message>
    <message>
        <source>&amp;Interview</source>
        <translation>&amp;Interview</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Interview (%n due)</source>
        <translation>
            <numerusform>&amp;Interview (%n fällig)</numerusform>
            <numerusform>&amp;Interview (%n fällig)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Challenges</source>
        <translation>Ü&amp;bungen</translation>
    </message>
    <message>
        <source>&amp;Explain a Dockerfile</source>
        <translation>Dockerfile &amp;erklären</translation>
    </message>
    <message>
        <source>The diagram %1 is not available.</source>
        <translation>Das Diagramm %1 ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>Closed book: the curriculum, search and notes come back after the question.</source>
        <translation>Ohne Unterlagen: Lehrplan, Suche und Notizen kommen nach der Frage zurück.</translation>
    </message>
    <message>
        <source>%1 — DockPrep</source>
        <translation>%1 — DockPrep</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n question(s) studied</source>
        <translation>
            <numerusform>%1 von %n Frage gelernt</numerusform>
            <numerusform>%1 von %n Fragen gelernt</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>DockPrep could not save this change:
%1</source>
        <translation>DockPrep konnte diese Änderung nicht speichern:
%1</translation>
    </message>
    <message>
        <source>About DockPrep</source>
        <translation>Über DockPrep</translation>
    </message>
    <message>
        <source>&lt;h3&gt;DockPrep %1&lt;/h3&gt;&lt;p&gt;Offline study for Docker and container interviews: %2 questions from junior to principal level, with model answers, key points and follow-ups.&lt;/p&gt;&lt;p&gt;Built with Qt %3 and KDE&apos;s KSyntaxHighlighting.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;DockPrep %1&lt;/h3&gt;&lt;p&gt;Offline lernen für Docker- und Container-Interviews: %2 Fragen von Junior- bis Principal-Niveau, mit Musterantworten, Kernpunkten und Nachfragen.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %3 und KSyntaxHighlighting von KDE.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Reveal the next part</source>
        <comment>toolbar label, keep it short</comment>
        <translation>Weiter aufdecken</translation>
    </message>
    <message>
        <source>Study mode (show everything)</source>
        <comment>toolbar label, keep it short</comment>
        <translation>Lernmodus</translation>
    </message>
    <message>
        <source>Mark as studied</source>
        <comment>toolbar label, keep it short</comment>
        <translation>Gelernt</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Pages</source>
        <translation>&amp;Seiten</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>The new language takes effect the next time DockPrep starts.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start von DockPrep.</translation>
    </message>
    <message>
        <source>F&amp;ind in this question…</source>
        <translation>In dieser Frage &amp;suchen…</translation>
    </message>
    <message>
        <source>Re&amp;view due questions</source>
        <translation>Fällige Fragen &amp;wiederholen</translation>
    </message>
    <message>
        <source>&amp;Grade the answer</source>
        <translation>Antwort &amp;bewerten</translation>
    </message>
    <message>
        <source>Nothing due for review</source>
        <translation>Nichts zur Wiederholung fällig</translation>
    </message>
    <message>
        <source>Due for review: %1</source>
        <translation>Zur Wiederholung fällig: %1</translation>
    </message>
    <message>
        <source>Nothing is due for review today.</source>
        <translation>Heute ist nichts zur Wiederholung fällig.</translation>
    </message>
    <message>
        <source>Reviewing the questions due (%1 left): reveal the answer, then grade it (1–4).</source>
        <translation>Wiederholung der fälligen Fragen (noch %1): Decken Sie die Antwort auf und bewerten Sie sie dann (1–4).</translation>
    </message>
    <message>
        <source>Inter&amp;viewer</source>
        <translation>Inter&amp;viewer</translation>
    </message>
</context>
<context>
    <name>DockPrep::NoteListModel</name>
    <message>
        <source>(empty note)</source>
        <translation>(leere Notiz)</translation>
    </message>
    <message>
        <source>Changed %1</source>
        <translation>Geändert %1</translation>
    </message>
    <message>
        <source>%1 (conflicted copy)</source>
        <translation>%1 (Konfliktkopie)</translation>
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
        <translation>Thema: %1
Geändert %2</translation>
    </message>
</context>
<context>
    <name>DockPrep::NotesPanel</name>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>On this topic</source>
        <translation>Zu diesem Thema</translation>
    </message>
    <message>
        <source>Free notes</source>
        <translation>Freie Notizen</translation>
    </message>
    <message>
        <source>All notes</source>
        <translation>Alle Notizen</translation>
    </message>
    <message>
        <source>Which notes to list</source>
        <translation>Welche Notizen aufgelistet werden</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Start a new note on this topic (Ctrl+Shift+N)</source>
        <translation>Eine neue Notiz zu diesem Thema beginnen (Strg+Umschalt+N)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the selected note</source>
        <translation>Die ausgewählte Notiz löschen</translation>
    </message>
    <message>
        <source>Write in your own words. Markdown works: **bold**, lists, ```dockerfile blocks.
Everything is saved as you type.</source>
        <translation>Schreiben Sie in eigenen Worten. Markdown funktioniert: **fett**, Listen, ```dockerfile-Blöcke.
Alles wird beim Tippen gespeichert.</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>Notiztext</translation>
    </message>
    <message>
        <source>Note preview</source>
        <translation>Notizvorschau</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Speicherstatus</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Wird bearbeitet…</translation>
    </message>
    <message>
        <source>Not saved: %1 Your text is kept here; it is saved as soon as that is fixed.</source>
        <translation>Nicht gespeichert: %1 Ihr Text bleibt hier erhalten; er wird gespeichert, sobald das behoben ist.</translation>
    </message>
    <message>
        <source>A new free note.</source>
        <translation>Eine neue freie Notiz.</translation>
    </message>
    <message>
        <source>A new note on this topic.</source>
        <translation>Eine neue Notiz zu diesem Thema.</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Notiz löschen</translation>
    </message>
    <message>
        <source>Delete the note “%1”? This cannot be undone.</source>
        <translation>Die Notiz „%1“ löschen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Gespeichert %1</translation>
    </message>
    <message>
        <source>This note was changed in another DockPrep window since you opened it. Both texts are kept: yours is saved as a new note, “conflicted copy”, and you are editing it now.</source>
        <translation>Diese Notiz wurde in einem anderen DockPrep-Fenster geändert, seit Sie sie geöffnet haben. Beide Texte bleiben erhalten: Ihrer wird als neue Notiz „Konfliktkopie“ gespeichert, und Sie bearbeiten jetzt diese.</translation>
    </message>
</context>
<context>
    <name>DockPrep::PcmAudio</name>
    <message>
        <source>It is not a WAVE file.</source>
        <translation>Es ist keine WAVE-Datei.</translation>
    </message>
    <message>
        <source>Only 16-bit PCM in one or two channels is read (this file has format %1, %2 bits, %3 channels).</source>
        <translation>Gelesen wird nur 16-Bit-PCM mit einem oder zwei Kanälen (diese Datei hat Format %1, %2 Bit, %3 Kanäle).</translation>
    </message>
    <message>
        <source>The file has no sound data.</source>
        <translation>Die Datei enthält keine Tondaten.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: more than %2 MiB: refusing</source>
        <translation>%1: mehr als %2 MiB: wird abgelehnt</translation>
    </message>
</context>
<context>
    <name>DockPrep::QuestionPicker</name>
    <message>
        <source>No questions match the chapters and levels you chose.</source>
        <translation>Keine Fragen passen zu den gewählten Kapiteln und Stufen.</translation>
    </message>
    <message>
        <source>No question in the chapters and levels you chose is due for review today.</source>
        <translation>Keine Frage in den gewählten Kapiteln und Stufen ist heute zur Wiederholung fällig.</translation>
    </message>
</context>
<context>
    <name>DockPrep::QuestionReader</name>
    <message>
        <source>Reading aloud is turned off: the question is on screen.</source>
        <translation>Vorlesen ist ausgeschaltet: die Frage steht auf dem Bildschirm.</translation>
    </message>
    <message>
        <source>No text-to-speech engine is installed (such as speech-dispatcher or flite), so the question is not read aloud: it is on screen.</source>
        <translation>Es ist keine Sprachausgabe installiert (etwa speech-dispatcher oder flite), daher wird die Frage nicht vorgelesen: sie steht auf dem Bildschirm.</translation>
    </message>
    <message>
        <source>The text-to-speech engine %1 is not installed (there are: %2), so the question is not read aloud: it is on screen.</source>
        <translation>Die Sprachausgabe %1 ist nicht installiert (vorhanden: %2), daher wird die Frage nicht vorgelesen: sie steht auf dem Bildschirm.</translation>
    </message>
    <message>
        <source>The text-to-speech engine %1 does not work here (%2), so the question is not read aloud: it is on screen.</source>
        <translation>Die Sprachausgabe %1 funktioniert hier nicht (%2), daher wird die Frage nicht vorgelesen: sie steht auf dem Bildschirm.</translation>
    </message>
    <message>
        <source>The question could not be read aloud (%1): it is on screen.</source>
        <translation>Die Frage konnte nicht vorgelesen werden (%1): sie steht auf dem Bildschirm.</translation>
    </message>
</context>
<context>
    <name>DockPrep::ReaderView</name>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Open external link</source>
        <translation>Externen Link öffnen</translation>
    </message>
    <message>
        <source>Open %1 in your web browser?</source>
        <translation>%1 im Webbrowser öffnen?</translation>
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
        <translation>Nochmal</translation>
    </message>
    <message>
        <source>Hard</source>
        <translation>Schwer</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Gut</translation>
    </message>
    <message>
        <source>Easy</source>
        <translation>Einfach</translation>
    </message>
    <message>
        <source>Forgot it: see it again soon</source>
        <translation>Vergessen: bald wieder zeigen</translation>
    </message>
    <message>
        <source>Recalled it, with effort</source>
        <translation>Mit Mühe erinnert</translation>
    </message>
    <message>
        <source>Recalled it</source>
        <translation>Erinnert</translation>
    </message>
    <message>
        <source>Knew it at once</source>
        <translation>Sofort gewusst</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 Monate</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 Jahre</translation>
    </message>
    <message>
        <source>Not reviewed yet.</source>
        <translation>Noch nicht wiederholt.</translation>
    </message>
    <message>
        <source>Due for review today.</source>
        <translation>Heute zur Wiederholung fällig.</translation>
    </message>
    <message>
        <source>Next review in %1, on %2.</source>
        <translation>Nächste Wiederholung am %2 (noch %1).</translation>
    </message>
    <message>
        <source>How well did you know it?</source>
        <translation>Wie gut wussten Sie es?</translation>
    </message>
    <message>
        <source>Reveal the answer, then grade how well you knew it.</source>
        <translation>Decken Sie die Antwort auf und bewerten Sie dann, wie gut Sie sie wussten.</translation>
    </message>
</context>
<context>
    <name>DockPrep::ReviewStore</name>
    <message>
        <source>The database is open read-only; the review was not recorded.</source>
        <translation>Die Datenbank ist schreibgeschützt geöffnet; die Wiederholung wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>Could not record the review: %1</source>
        <translation>Die Wiederholung konnte nicht gespeichert werden: %1</translation>
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
        <translation>Was Sie beobachtet haben</translation>
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
        <translation>Punktzahlen im Verlauf</translation>
    </message>
    <message>
        <source>No finished sessions yet</source>
        <translation>Noch keine abgeschlossenen Sitzungen</translation>
    </message>
</context>
<context>
    <name>DockPrep::Scorecard</name>
    <message>
        <source>This question is no longer in the curriculum; its ticks are not counted.</source>
        <translation>Diese Frage ist nicht mehr im Lehrplan; ihre Häkchen zählen nicht.</translation>
    </message>
    <message>
        <source>Key points mentioned: %1 of %2</source>
        <translation>Genannte Kernpunkte: %1 von %2</translation>
    </message>
    <message>
        <source>Follow-ups asked:</source>
        <translation>Gestellte Nachfragen:</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>unnamed candidate</source>
        <translation>unbenannte Kandidatin oder unbenannter Kandidat</translation>
    </message>
    <message>
        <source>Interview scorecard: %1</source>
        <translation>Bewertungsbogen: %1</translation>
    </message>
    <message>
        <source>Interview of %1, %2</source>
        <translation>Interview vom %1, %2</translation>
    </message>
    <message>
        <source>Competency the evidence supports</source>
        <translation>Von den Belegen gestützte Stufe</translation>
    </message>
    <message>
        <source>no level shown yet</source>
        <translation>noch keine Stufe gezeigt</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punktzahl</translation>
    </message>
    <message>
        <source>key points %1 of %2, and the rubric below</source>
        <translation>Kernpunkte %1 von %2 und das Bewertungsraster unten</translation>
    </message>
    <message>
        <source>Rubric</source>
        <translation>Bewertungsraster</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Evidence by level</source>
        <translation>Belege nach Stufe</translation>
    </message>
    <message>
        <source>No questions asked.</source>
        <translation>Keine Fragen gestellt.</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>Key points</source>
        <translation>Kernpunkte</translation>
    </message>
    <message>
        <source>Shown</source>
        <translation>Gezeigt</translation>
    </message>
    <message>
        <source>%1 of %2 (%3 %)</source>
        <translation>%1 von %2 (%3 %)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>A level is shown when its answers covered at least %1 % of its key points; senior also needs production experience rated %2 of 5 or more, principal leadership rated %3 or more.</source>
        <translation>Eine Stufe gilt als gezeigt, wenn ihre Antworten mindestens %1 % ihrer Kernpunkte abdeckten; Senior braucht außerdem Produktionserfahrung mit %2 von 5 oder mehr, Principal Führung mit %3 oder mehr.</translation>
    </message>
</context>
<context>
    <name>DockPrep::Scoring</name>
    <message>
        <source>How the score (0–100) is made: the evaluation rubric weighs technical skills 40 %, communication 25 %, production experience 20 % and leadership 15 %. Half of the technical part comes from the key points you covered, half from your technical rating. So: score = 20 × key points covered ÷ key points + 4 × technical + 5 × communication + 4 × production + 3 × leadership, each rating from 0 to 5, rounded to the nearest whole number. A skipped question scores 0.</source>
        <translation>So entsteht die Punktzahl (0–100): Die Bewertungsmatrix gewichtet technisches Können mit 40 %, Kommunikation mit 25 %, Produktionserfahrung mit 20 % und Führung mit 15 %. Die Hälfte des technischen Anteils stammt aus den abgedeckten Kernpunkten, die andere Hälfte aus Ihrer technischen Bewertung. Also: Punktzahl = 20 × abgedeckte Kernpunkte ÷ Kernpunkte + 4 × Technik + 5 × Kommunikation + 4 × Produktion + 3 × Führung, jede Bewertung von 0 bis 5, auf die nächste ganze Zahl gerundet. Eine übersprungene Frage bekommt 0 Punkte.</translation>
    </message>
    <message>
        <source>+%1 over</source>
        <extracomment>Time used after the clock reached zero; %1 is a duration such as 0:42</extracomment>
        <translation>+%1 überzogen</translation>
    </message>
</context>
<context>
    <name>DockPrep::SearchPopup</name>
    <message>
        <source>Search questions, answers, snippets and your notes</source>
        <translation>Fragen, Antworten, Snippets und Ihre Notizen durchsuchen</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>Suchstatus</translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation>Suche fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Type to search; Enter opens the highlighted result.</source>
        <translation>Tippen Sie, um zu suchen; Enter öffnet das markierte Ergebnis.</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n Ergebnis</numerusform>
            <numerusform>%n Ergebnisse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s). More than %1 notes match, so the newest of them were ranked: type more to narrow.</source>
        <translation>
            <numerusform>%n Ergebnis. Mehr als %1 Notizen passen, daher wurden die neuesten davon gewertet: Tippen Sie weiter, um einzugrenzen.</numerusform>
            <numerusform>%n Ergebnisse. Mehr als %1 Notizen passen, daher wurden die neuesten davon gewertet: Tippen Sie weiter, um einzugrenzen.</numerusform>
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
        <translation>Notiz: </translation>
    </message>
</context>
<context>
    <name>DockPrep::SessionHistoryModel</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Incomplete: can be resumed</source>
        <translation>Unvollständig: kann fortgesetzt werden</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Discarded</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Beantwortet</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punktzahl</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Custom (shuffle number %1)</source>
        <translation>Benutzerdefiniert (Mischnummer %1)</translation>
    </message>
</context>
<context>
    <name>DockPrep::SessionPreset</name>
    <message>
        <source>Quick 15 minutes</source>
        <translation>Schnell, 15 Minuten</translation>
    </message>
    <message>
        <source>5 questions from every level, 3 minutes each, scored after each answer.</source>
        <translation>5 Fragen aus jeder Stufe, je 3 Minuten, nach jeder Antwort bewertet.</translation>
    </message>
    <message>
        <source>Senior loop 45 minutes</source>
        <translation>Senior-Runde, 45 Minuten</translation>
    </message>
    <message>
        <source>8 senior and principal questions in 45 minutes overall, scored at the end.</source>
        <translation>8 Senior- und Principal-Fragen in insgesamt 45 Minuten, am Ende bewertet.</translation>
    </message>
</context>
<context>
    <name>DockPrep::SessionRecordings</name>
    <message>
        <source>There is no folder for recordings.</source>
        <translation>Es gibt keinen Ordner für Aufnahmen.</translation>
    </message>
    <message>
        <source>Could not make the folder %1 for the recording.</source>
        <translation>Der Ordner %1 für die Aufnahme ließ sich nicht anlegen.</translation>
    </message>
    <message>
        <source>Could not save the recording %1: %2</source>
        <translation>Die Aufnahme %1 ließ sich nicht speichern: %2</translation>
    </message>
    <message>
        <source>The session was deleted, but these recordings could not be removed: %1</source>
        <translation>Die Sitzung wurde gelöscht, aber diese Aufnahmen ließen sich nicht entfernen: %1</translation>
    </message>
</context>
<context>
    <name>DockPrep::SettingsDialog</name>
    <message>
        <source>Open book: the contents, search and notes stay available</source>
        <translation>Mit Unterlagen: Inhalt, Suche und Notizen bleiben verfügbar</translation>
    </message>
    <message>
        <source>Back up the database once a day, when DockPrep starts</source>
        <translation>Die Datenbank einmal täglich beim Start von DockPrep sichern</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Sicherungsordner</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <source>&amp;Reader text size:</source>
        <translation>&amp;Textgröße im Leser:</translation>
    </message>
    <message>
        <source>A new language takes effect the next time DockPrep starts.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von DockPrep.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>T&amp;ime:</source>
        <translation>&amp;Zeit:</translation>
    </message>
    <message>
        <source>New interviews start with</source>
        <translation>Neue Interviews beginnen mit</translation>
    </message>
    <message>
        <source>&amp;Questions:</source>
        <translation>F&amp;ragen:</translation>
    </message>
    <message>
        <source>&amp;Score:</source>
        <translation>&amp;Bewertung:</translation>
    </message>
    <message>
        <source>At &amp;zero:</source>
        <translation>Bei &amp;null:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Ihre Daten</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Datenordner:</translation>
    </message>
    <message>
        <source>&amp;Keep backups of the last:</source>
        <translation>Sicherungen &amp;aufbewahren für die letzten:</translation>
    </message>
    <message>
        <source>Backup folder:</source>
        <translation>Sicherungsordner:</translation>
    </message>
    <message>
        <source>Newest backup:</source>
        <translation>Neueste Sicherung:</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Show this folder in the file manager</source>
        <translation>Diesen Ordner in der Dateiverwaltung zeigen</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
</context>
<context>
    <name>DockPrep::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Find a shortcut or an action</source>
        <translation>Tastenkürzel oder Aktion suchen</translation>
    </message>
    <message>
        <source>Find a shortcut</source>
        <translation>Tastenkürzel suchen</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Contents and search</source>
        <translation>Inhalt und Suche</translation>
    </message>
    <message>
        <source>From the filter into the list</source>
        <translation>Vom Filter in die Liste</translation>
    </message>
    <message>
        <source>Open the chosen question or result</source>
        <translation>Gewählte Frage oder gewähltes Ergebnis öffnen</translation>
    </message>
    <message>
        <source>Move through the search results</source>
        <translation>Durch die Suchergebnisse gehen</translation>
    </message>
    <message>
        <source>Close the search</source>
        <translation>Suche schließen</translation>
    </message>
    <message>
        <source>Delete the selected note</source>
        <translation>Die ausgewählte Notiz löschen</translation>
    </message>
    <message>
        <source>Diagrams</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Next or previous component</source>
        <translation>Nächste oder vorige Komponente</translation>
    </message>
    <message>
        <source>Explain the focused component</source>
        <translation>Die fokussierte Komponente erklären</translation>
    </message>
    <message>
        <source>Close the explanation</source>
        <translation>Erklärung schließen</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Fit to the window</source>
        <translation>An das Fenster anpassen</translation>
    </message>
    <message>
        <source>Zoom with the mouse</source>
        <translation>Mit der Maus zoomen</translation>
    </message>
    <message>
        <source>Ctrl+wheel</source>
        <translation>Strg+Mausrad</translation>
    </message>
    <message>
        <source>Previous step, play or pause, next step</source>
        <translation>Voriger Schritt, Abspielen oder Pause, nächster Schritt</translation>
    </message>
    <message>
        <source>Mock interview</source>
        <translation>Probeinterview</translation>
    </message>
    <message>
        <source>Pause or resume the clock</source>
        <translation>Uhr anhalten oder fortsetzen</translation>
    </message>
    <message>
        <source>Submit the answer</source>
        <translation>Antwort abgeben</translation>
    </message>
</context>
<context>
    <name>DockPrep::SolutionDialog</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Load into editor</source>
        <translation>In den Editor &amp;laden</translation>
    </message>
    <message>
        <source>Reference solution</source>
        <translation>Musterlösung</translation>
    </message>
    <message>
        <source>Copy the solution to the clipboard</source>
        <translation>Die Lösung in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Replace your attempt with the solution (Ctrl+Z in the editor brings the attempt back)</source>
        <translation>Ihren Versuch durch die Lösung ersetzen (Strg+Z im Editor holt den Versuch zurück)</translation>
    </message>
    <message>
        <source>One way to pass every check; yours may differ and still pass.</source>
        <translation>Ein Weg, alle Prüfungen zu bestehen; Ihrer darf anders aussehen und trotzdem bestehen.</translation>
    </message>
    <message>
        <source>Solution: %1</source>
        <translation>Lösung: %1</translation>
    </message>
</context>
<context>
    <name>DockPrep::SpokenSession</name>
    <message>
        <source>Reading the question aloud…</source>
        <translation>Die Frage wird vorgelesen…</translation>
    </message>
    <message>
        <source>Recording paused with the clock.</source>
        <translation>Aufnahme mit der Uhr angehalten.</translation>
    </message>
    <message>
        <source>● Recording your answer: speak as you would to an interviewer. Submit when you are done.</source>
        <translation>● Ihre Antwort wird aufgenommen: sprechen Sie wie mit einem Interviewer. Senden Sie ab, wenn Sie fertig sind.</translation>
    </message>
    <message>
        <source>Reading the question aloud… the recording starts when it ends.</source>
        <translation>Die Frage wird vorgelesen… die Aufnahme beginnt danach.</translation>
    </message>
    <message>
        <source>The recording reached its ten-minute limit: what follows is not recorded.</source>
        <translation>Die Aufnahme hat ihre Grenze von zehn Minuten erreicht: was folgt, wird nicht aufgenommen.</translation>
    </message>
    <message>
        <source>Your spoken answer to question %1 could not be transcribed: %2</source>
        <translation>Ihre gesprochene Antwort auf Frage %1 ließ sich nicht transkribieren: %2</translation>
    </message>
</context>
<context>
    <name>DockPrep::StepBar</name>
    <message>
        <source>Step through</source>
        <translation>Schrittweise</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>Step through the sequence</source>
        <translation>Den Ablauf Schritt für Schritt durchgehen</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Vorheriger Schritt</translation>
    </message>
    <message>
        <source>Play the sequence</source>
        <translation>Den Ablauf abspielen</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>Pause the sequence</source>
        <translation>Den Ablauf anhalten</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n Schritt</numerusform>
            <numerusform>%n Schritte</numerusform>
        </translation>
    </message>
    <message>
        <source>Step through “%1”: Next or Play.</source>
        <translation>„%1“ Schritt für Schritt: Weiter oder Abspielen.</translation>
    </message>
    <message>
        <source>P&amp;revious</source>
        <translation>Zu&amp;rück</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>Abs&amp;pielen</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
</context>
<context>
    <name>DockPrep::StudyExchange</name>
    <message>
        <source>Export notes as %1</source>
        <translation>Notizen als %1 exportieren</translation>
    </message>
    <message>
        <source>An export is still being written.</source>
        <translation>Ein Export wird noch geschrieben.</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 wird geschrieben…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Import a DockPrep backup</source>
        <translation>Eine DockPrep-Sicherung importieren</translation>
    </message>
    <message>
        <source>DockPrep backup (*.json);;All files (*)</source>
        <translation>DockPrep-Sicherung (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Nothing of yours is deleted by an import.</source>
        <translation>Ein Import löscht nichts von Ihren Daten.</translation>
    </message>
    <message>
        <source>Imported %1.</source>
        <translation>%1 importiert.</translation>
    </message>
    <message>
        <source>Export Anki cards</source>
        <translation>Anki-Karten exportieren</translation>
    </message>
</context>
<context>
    <name>DockPrep::SummaryExport</name>
    <message>
        <source>not answered</source>
        <translation>nicht beantwortet</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>scored</source>
        <translation>bewertet</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>nicht gestellt</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punktzahl</translation>
    </message>
    <message>
        <source>Questions asked: %1, answered: %2, skipped: %3</source>
        <translation>Gestellte Fragen: %1, beantwortet: %2, übersprungen: %3</translation>
    </message>
    <message>
        <source>Time: %1 (paused %2, overtime %3 on %4 questions)</source>
        <translation>Zeit: %1 (pausiert %2, Überziehung %3 bei %4 Fragen)</translation>
    </message>
    <message>
        <source>By chapter</source>
        <translation>Nach Kapitel</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation>Kapitel</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>By level</source>
        <translation>Nach Stufe</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Overtime</source>
        <translation>Überziehung</translation>
    </message>
    <message>
        <source>Weakest topics</source>
        <translation>Schwächste Themen</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>verfehlt</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>No answer.</source>
        <translation>Keine Antwort.</translation>
    </message>
    <message>
        <source>Ratings: technical %1, communication %2, production %3, leadership %4 (of 5)</source>
        <translation>Bewertungen: Technik %1, Kommunikation %2, Produktion %3, Führung %4 (von 5)</translation>
    </message>
    <message>
        <source>Shuffle number: %1</source>
        <translation>Mischnummer: %1</translation>
    </message>
    <message>
        <source>%1 (no longer in the curriculum)</source>
        <translation>%1 (nicht mehr im Lehrplan)</translation>
    </message>
    <message>
        <source>A chapter no longer in the curriculum</source>
        <translation>Ein Kapitel, das nicht mehr im Lehrplan ist</translation>
    </message>
    <message>
        <source>Mock interview of %1, %2</source>
        <translation>Probeinterview vom %1, %2</translation>
    </message>
    <message>
        <source>Spoken: %1</source>
        <translation>Gesprochen: %1</translation>
    </message>
</context>
<context>
    <name>DockPrep::Transcriber</name>
    <message>
        <source>The offline speech recogniser&apos;s English model is not installed (%1). On Debian and Ubuntu it is the package pocketsphinx-en-us.</source>
        <translation>Das englische Modell der Offline-Spracherkennung ist nicht installiert (%1). Unter Debian und Ubuntu ist es das Paket pocketsphinx-en-us.</translation>
    </message>
    <message>
        <source>There is no language model to recognise the answer with.</source>
        <translation>Es gibt kein Sprachmodell, mit dem die Antwort erkannt werden könnte.</translation>
    </message>
    <message>
        <source>The speech models could not be written to a temporary file: %1</source>
        <translation>Die Sprachmodelle konnten nicht in eine temporäre Datei geschrieben werden: %1</translation>
    </message>
    <message>
        <source>The offline speech recogniser could not start with its model in %1.</source>
        <translation>Die Offline-Spracherkennung konnte mit ihrem Modell in %1 nicht starten.</translation>
    </message>
    <message>
        <source>The offline speech recogniser failed on this recording.</source>
        <translation>Die Offline-Spracherkennung ist an dieser Aufnahme gescheitert.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>My notes</source>
        <translation>Meine Notizen</translation>
    </message>
    <message>
        <source>Key points</source>
        <translation>Kernpunkte</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>HTML page</source>
        <translation>HTML-Seite</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF-Dokument</translation>
    </message>
    <message>
        <source>JSON backup</source>
        <translation>JSON-Sicherung</translation>
    </message>
    <message>
        <source>Anki cards (TSV)</source>
        <translation>Anki-Karten (TSV)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n note(s) to %1.</source>
        <translation>
            <numerusform>%n Notiz nach %1 exportiert.</numerusform>
            <numerusform>%n Notizen nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>Lesezeichen</translation>
    </message>
    <message>
        <source>Free notes</source>
        <translation>Freie Notizen</translation>
    </message>
    <message>
        <source>No file name was given for the export.</source>
        <translation>Für den Export wurde kein Dateiname angegeben.</translation>
    </message>
    <message>
        <source>%1 is a folder; choose a file name inside it.</source>
        <translation>%1 ist ein Ordner; wählen Sie einen Dateinamen darin.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Check that the folder exists and that you may write to it.</source>
        <translation>%1 kann nicht geschrieben werden: %2. Prüfen Sie, ob der Ordner existiert und Sie darin schreiben dürfen.</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Nothing was changed.</source>
        <translation>%1 konnte nicht geschrieben werden: %2. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Could not finish writing %1: %2. Nothing was changed.</source>
        <translation>%1 konnte nicht fertig geschrieben werden: %2. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>DockPrep notes</source>
        <translation>DockPrep-Notizen</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>Exportiert am %1</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n Notiz</numerusform>
            <numerusform>%n Notizen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bookmark(s)</source>
        <translation>
            <numerusform>%n Lesezeichen</numerusform>
            <numerusform>%n Lesezeichen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 questions studied</source>
        <translation>%1 von %2 Fragen gelernt</translation>
    </message>
    <message>
        <source>Written %1, changed %2</source>
        <translation>Geschrieben am %1, geändert am %2</translation>
    </message>
    <message>
        <source>Written %1</source>
        <translation>Geschrieben am %1</translation>
    </message>
    <message>
        <source>There is no level called &quot;%1&quot;; the levels are junior, mid, senior and principal.</source>
        <translation>Es gibt keine Stufe namens „%1“; die Stufen sind junior, mid, senior und principal.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a scope: use mine, curriculum, chapter:ID or level:LEVEL (a chapter and a level may be joined with a comma).</source>
        <translation>„%1“ ist kein Umfang: Verwenden Sie mine, curriculum, chapter:ID oder level:LEVEL (ein Kapitel und eine Stufe lassen sich mit einem Komma verbinden).</translation>
    </message>
    <message>
        <source>A deck is either the questions you wrote notes on or bookmarked (mine) or the whole curriculum, not both.</source>
        <translation>Ein Deck umfasst entweder die Fragen, zu denen Sie Notizen geschrieben oder Lesezeichen gesetzt haben (mine), oder den ganzen Lehrplan, nicht beides.</translation>
    </message>
    <message>
        <source>Follow-up to %1</source>
        <translation>Nachfrage zu %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n card(s) to %1.</source>
        <translation>
            <numerusform>%n Karte nach %1 exportiert.</numerusform>
            <numerusform>%n Karten nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 question</source>
        <translation>Frage der Stufe %1</translation>
    </message>
    <message>
        <source>%1 (no longer in the curriculum)</source>
        <translation>%1 (nicht mehr im Lehrplan)</translation>
    </message>
    <message>
        <source>Diagrams</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Questions no longer in the curriculum</source>
        <translation>Fragen, die nicht mehr im Lehrplan sind</translation>
    </message>
    <message numerus="yes">
        <source>The %n recording(s) of spoken answers are not in the backup; they stay in the data folder.</source>
        <translation>
            <numerusform>Die %n Aufnahme gesprochener Antworten ist nicht in der Sicherung; sie bleibt im Datenordner.</numerusform>
            <numerusform>Die %n Aufnahmen gesprochener Antworten sind nicht in der Sicherung; sie bleiben im Datenordner.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPlan</name>
    <message>
        <source>Everything in this backup is already here; importing it changes nothing.</source>
        <translation>Alles in dieser Sicherung ist schon vorhanden; der Import ändert nichts.</translation>
    </message>
    <message numerus="yes">
        <source>%n new note(s)</source>
        <translation>
            <numerusform>%n neue Notiz</numerusform>
            <numerusform>%n neue Notizen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) replaced by a newer copy</source>
        <translation>
            <numerusform>%n Notiz durch eine neuere Fassung ersetzt</numerusform>
            <numerusform>%n Notizen durch eine neuere Fassung ersetzt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new bookmark(s)</source>
        <translation>
            <numerusform>%n neues Lesezeichen</numerusform>
            <numerusform>%n neue Lesezeichen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) with merged progress</source>
        <translation>
            <numerusform>%n Frage mit zusammengeführtem Fortschritt</numerusform>
            <numerusform>%n Fragen mit zusammengeführtem Fortschritt</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing will add or change: %1.</source>
        <translation>Der Import wird hinzufügen oder ändern: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) here are newer than the backup&apos;s copy and stay as they are.</source>
        <translation>
            <numerusform>%n Notiz hier ist neuer als die Fassung der Sicherung und bleibt, wie sie ist.</numerusform>
            <numerusform>%n Notizen hier sind neuer als die Fassung der Sicherung und bleiben, wie sie sind.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interview session(s)</source>
        <translation>
            <numerusform>%n Interview-Sitzung</numerusform>
            <numerusform>%n Interview-Sitzungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) in the review schedule</source>
        <translation>
            <numerusform>%n Frage im Wiederholungsplan</numerusform>
            <numerusform>%n Fragen im Wiederholungsplan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n challenge attempt(s)</source>
        <translation>
            <numerusform>%n Übungsversuch</numerusform>
            <numerusform>%n Übungsversuche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n setting(s)</source>
        <translation>
            <numerusform>%n Einstellung</numerusform>
            <numerusform>%n Einstellungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoteTopics</name>
    <message>
        <source>Free note</source>
        <translation>Freie Notiz</translation>
    </message>
    <message>
        <source>A question no longer in the curriculum (%1)</source>
        <translation>Eine Frage, die nicht mehr im Lehrplan ist (%1)</translation>
    </message>
    <message>
        <source>Diagram: %1</source>
        <translation>Diagramm: %1</translation>
    </message>
</context>
<context>
    <name>SearchQuery</name>
    <message>
        <source>Unclosed quote: searching for the words.</source>
        <translation>Anführungszeichen nicht geschlossen: Es wird nach den Wörtern gesucht.</translation>
    </message>
    <message>
        <source>Unclosed quote: type the words to search for, or a phrase between two quotes.</source>
        <translation>Anführungszeichen nicht geschlossen: Geben Sie die gesuchten Wörter ein oder eine Wortgruppe zwischen zwei Anführungszeichen.</translation>
    </message>
    <message>
        <source>AND, OR, NOT and NEAR are searched as words; every word must match.</source>
        <translation>AND, OR, NOT und NEAR werden als Wörter gesucht; jedes Wort muss vorkommen.</translation>
    </message>
    <message>
        <source>Only letters and digits are searched: type a word.</source>
        <translation>Gesucht wird nur nach Buchstaben und Ziffern: Geben Sie ein Wort ein.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Offline study app for Docker and container interviews.</source>
        <translation>Offline-Lern-App für Docker- und Container-Interviews.</translation>
    </message>
    <message>
        <source>Keep notes, progress and settings in &lt;dir&gt;.</source>
        <translation>Notizen, Fortschritt und Einstellungen in &lt;dir&gt; ablegen.</translation>
    </message>
    <message>
        <source>Load the curriculum from &lt;dir&gt; instead of the built-in one (for authors).</source>
        <translation>Den Lehrplan aus &lt;dir&gt; statt des eingebauten laden (für Autoren).</translation>
    </message>
    <message>
        <source>Open the question &lt;id&gt;.</source>
        <translation>Die Frage &lt;id&gt; öffnen.</translation>
    </message>
    <message>
        <source>Start in study mode (everything revealed).</source>
        <translation>Im Lernmodus starten (alles aufgedeckt).</translation>
    </message>
    <message>
        <source>Write a PNG of the main window to &lt;file&gt; and exit.</source>
        <translation>Ein PNG des Hauptfensters nach &lt;file&gt; schreiben und beenden.</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <source>Curriculum</source>
        <translation>Lehrplan</translation>
    </message>
    <message numerus="yes">
        <source>The curriculum in %1 has %n problem(s):
%2</source>
        <translation>
            <numerusform>Der Lehrplan in %1 hat %n Problem:
%2</numerusform>
            <numerusform>Der Lehrplan in %1 hat %n Probleme:
%2</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the diagram element &lt;diagram#element&gt;.</source>
        <translation>Das Diagrammelement &lt;diagram#element&gt; öffnen.</translation>
    </message>
    <message>
        <source>Use the light, dark or system colours for this run (the settings keep theirs).</source>
        <translation>Für diesen Lauf helle, dunkle oder Systemfarben verwenden (die Einstellungen behalten ihre).</translation>
    </message>
    <message>
        <source>Search the curriculum and your notes.</source>
        <translation>Den Lehrplan und Ihre Notizen durchsuchen.</translation>
    </message>
    <message>
        <source>Analyze a Dockerfile: stages, layers, findings and the build cache.</source>
        <translation>Ein Dockerfile analysieren: Stages, Layer, Befunde und der Build-Cache.</translation>
    </message>
    <message>
        <source>Check a compose file.</source>
        <translation>Eine Compose-Datei prüfen.</translation>
    </message>
    <message>
        <source>Export your notes and progress (md, html, pdf, json, anki).</source>
        <translation>Ihre Notizen und Ihren Fortschritt exportieren (md, html, pdf, json, anki).</translation>
    </message>
    <message>
        <source>Import a JSON backup made by export --format json.</source>
        <translation>Eine JSON-Sicherung importieren, die export --format json erstellt hat.</translation>
    </message>
    <message>
        <source>Show which key points of a question an answer covers, and why.</source>
        <translation>Zeigen, welche Kernpunkte einer Frage eine Antwort abdeckt, und warum.</translation>
    </message>
    <message>
        <source>Commands (they need no display; dockprep COMMAND --help tells more):</source>
        <translation>Befehle (sie brauchen keinen Bildschirm; dockprep BEFEHL --help sagt mehr):</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; the commands are %2 (dockprep --help lists them and the options)</source>
        <translation>unbekannter Befehl „%1“; die Befehle sind %2 (dockprep --help listet sie und die Optionen auf)</translation>
    </message>
    <message>
        <source>the argument &quot;%1&quot; is not valid in the system&apos;s file name encoding (UTF-8), so it would name another file; rename the file or choose another name</source>
        <translation>das Argument „%1“ ist in der Dateinamen-Kodierung des Systems (UTF-8) ungültig und würde daher eine andere Datei bezeichnen; benennen Sie die Datei um oder wählen Sie einen anderen Namen</translation>
    </message>
    <message>
        <source>Already running</source>
        <translation>Läuft bereits</translation>
    </message>
    <message>
        <source>Another DockPrep (process %1) is using the data in %2 and did not answer. Close it, or wait for it to finish, and start DockPrep again.</source>
        <translation>Ein anderes DockPrep (Prozess %1) verwendet die Daten in %2 und hat nicht geantwortet. Schließen Sie es oder warten Sie, bis es fertig ist, und starten Sie DockPrep erneut.</translation>
    </message>
    <message>
        <source>Start on a page: %1.</source>
        <translation>Auf einer Seite beginnen: %1.</translation>
    </message>
    <message>
        <source>no page called &quot;%1&quot; (%2)</source>
        <translation>keine Seite namens „%1“ (%2)</translation>
    </message>
</context>
</TS>
