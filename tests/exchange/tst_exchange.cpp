// Backups: the JSON format, what a full backup holds, and importing it (merging, duplicates, old formats).
#include "support/exchangetesting.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace DockPrep;
using namespace ExchangeTesting;

class TestExchange : public QObject, protected ExchangeFixture
{
    Q_OBJECT

private Q_SLOTS:
    void formatNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("format");
        QTest::newRow("md") << "md" << int(ExportFormat::Markdown);
        QTest::newRow("markdown") << "Markdown" << int(ExportFormat::Markdown);
        QTest::newRow("html") << "html" << int(ExportFormat::Html);
        QTest::newRow("pdf") << "pdf" << int(ExportFormat::Pdf);
        QTest::newRow("json") << "json" << int(ExportFormat::Json);
        QTest::newRow("anki") << "anki" << int(ExportFormat::AnkiTsv);
        QTest::newRow("tsv") << "tsv" << int(ExportFormat::AnkiTsv);
        QTest::newRow("unknown") << "docx" << -1;
    }
    void formatNames()
    {
        QFETCH(QString, name);
        QFETCH(int, format);
        const auto parsed = exportFormatFromName(name);
        QCOMPARE(parsed ? int(*parsed) : -1, format);
    }

    void jsonBackupRoundTrips()
    {
        const StudySnapshot original = sampleSnapshot();
        const QByteArray json = JsonBackup::write(original, utc("2026-02-03T04:05:06.000Z"));
        const JsonBackup::ReadResult read = JsonBackup::read(json);
        QVERIFY2(read.ok(), qPrintable(read.error));
        QCOMPARE(read.snapshot.notes.size(), original.notes.size());
        for (qsizetype i = 0; i < original.notes.size(); ++i) {
            QCOMPARE(read.snapshot.notes[i].id, original.notes[i].id);
            QCOMPARE(read.snapshot.notes[i].target, original.notes[i].target);
            QCOMPARE(read.snapshot.notes[i].body, original.notes[i].body);
            QCOMPARE(read.snapshot.notes[i].created, original.notes[i].created);
            QCOMPARE(read.snapshot.notes[i].updated, original.notes[i].updated);
        }
        QCOMPARE(read.snapshot.bookmarks.size(), 1);
        QCOMPARE(read.snapshot.bookmarks[0].label, original.bookmarks[0].label);
        QCOMPARE(read.snapshot.progress.size(), 2);
        QVERIFY(read.snapshot.progress[0].studied);
        QCOMPARE(read.snapshot.progress[0].studiedAt, original.progress[0].studiedAt);
        QVERIFY(!read.snapshot.progress[1].studiedAt.isValid());
        QVERIFY(json.contains("\"formatVersion\": 3"));
    }

    void jsonBackupRejectsBadFiles_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("expected");
        const QByteArray good = JsonBackup::write(sampleSnapshot(), utc("2026-02-03T04:05:06.000Z"));
        QTest::newRow("empty") << QByteArray() << "empty";
        QTest::newRow("truncated") << good.left(good.size() / 2) << "truncated";
        QTest::newRow("not json") << QByteArray("hello, world") << "not valid JSON";
        QTest::newRow("foreign json") << QByteArray(R"({"notes": []})") << "not a DockPrep backup";
        QTest::newRow("an array") << QByteArray("[1, 2]") << "not a DockPrep backup";
        QTest::newRow("newer") << QByteArray(R"({"format": "dockprep-backup", "formatVersion": 9, "notes": []})") << "newer DockPrep";
        QTest::newRow("no version") << QByteArray(R"({"format": "dockprep-backup", "notes": []})") << "no valid format version";
        QTest::newRow("note without id")
            << QByteArray(R"({"format": "dockprep-backup", "formatVersion": 1, "notes": [{"body": "x", "created": "2026-01-01T00:00:00Z", "updated": "2026-01-01T00:00:00Z"}]})")
            << "notes[0].id: missing";
        QTest::newRow("bad date")
            << QByteArray(R"({"format": "dockprep-backup", "formatVersion": 1, "notes": [{"id": "a", "body": "x", "created": "yesterday", "updated": "2026-01-01T00:00:00Z"}]})")
            << "notes[0].created: expected a date";
        // Wrong types name the JSON path instead of reading as a default (an empty list, "", false).
        const auto backup = [](const QByteArray &records) {
            return QByteArray(R"({"format": "dockprep-backup", "formatVersion": 1, )") + records + '}';
        };
        const QByteArray goodNote = R"({"id": "a", "target": "entry:x", "body": "x", "created": "2026-01-01T00:00:00Z", "updated": "2026-01-01T00:00:00Z"})";
        QTest::newRow("notes a string") << backup(R"("notes": "string")") << "notes: expected a list";
        QTest::newRow("note a number") << backup(R"("notes": [7])") << "notes[0]: expected an object";
        QTest::newRow("target a number")
            << backup(QByteArray(R"("notes": [)") + goodNote + ", " + goodNote + ", " + goodNote + ", "
                      + R"({"id": "b", "target": 123, "body": "x", "created": "2026-01-01T00:00:00Z", "updated": "2026-01-01T00:00:00Z"}])")
            << "notes[3].target: expected a string";
        QTest::newRow("body an object")
            << backup(R"("notes": [{"id": "b", "body": {"text": "x"}, "created": "2026-01-01T00:00:00Z", "updated": "2026-01-01T00:00:00Z"}])")
            << "notes[0].body: expected a string";
        QTest::newRow("id a number")
            << backup(R"("notes": [{"id": 5, "body": "x", "created": "2026-01-01T00:00:00Z", "updated": "2026-01-01T00:00:00Z"}])")
            << "notes[0].id: expected a string";
        QTest::newRow("date a number")
            << backup(R"("notes": [{"id": "b", "body": "x", "created": 20260101, "updated": "2026-01-01T00:00:00Z"}])")
            << "notes[0].created: expected a string";
        QTest::newRow("studied a string")
            << backup(R"("progress": [{"entryId": "first-image", "studied": "yes"}])") << "progress[0].studied: expected true or false";
        QTest::newRow("progress an object") << backup(R"("progress": {"first-image": true})") << "progress: expected a list";
        QTest::newRow("bookmark label a list")
            << backup(R"("bookmarks": [{"entryId": "x", "label": [], "created": "2026-01-01T00:00:00Z"}])")
            << "bookmarks[0].label: expected a string";
        QTest::newRow("bookmark without entry")
            << backup(R"("bookmarks": [{"entryId": " ", "created": "2026-01-01T00:00:00Z"}])") << "bookmarks[0].entryId: empty";
        QTest::newRow("invalid utf-8")
            << QByteArray("{\"format\": \"dockprep-backup\", \"formatVersion\": 1, \"notes\": [{\"id\": \"a\", \"body\": \"\xff\xfe\"}]}")
            << "not valid JSON";
    }
    void jsonBackupRejectsBadFiles()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, expected);
        const JsonBackup::ReadResult read = JsonBackup::read(data);
        QVERIFY(!read.ok());
        QVERIFY2(read.error.contains(expected), qPrintable(read.error));
        QVERIFY(read.snapshot.notes.isEmpty());
    }

    // A backup is everything: interview history and review schedule, challenge attempts and the
    // settings travel too (before: notes, bookmarks and progress only), and importing it twice
    // changes nothing.
    void fullBackupRoundTrips()
    {
        const auto clock = [] { return utc("2026-01-02T03:04:05.000Z"); };
        StoreFixture source;
        InterviewStore interviews(source.db);
        interviews.setClock(clock);
        ChallengeStore challenges(source.db);
        challenges.setClock(clock);
        QSettings sourceIni(source.dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        AppSettings sourcePreferences(&sourceIni);
        sourcePreferences.setTheme(AppSettings::Theme::Dark);
        sourcePreferences.setBackupsKept(12);

        SessionQuestion question;
        question.entryId = QStringLiteral("first-image");
        question.chapterId = QStringLiteral("basics");
        question.keyPointCount = 2;
        const auto id = interviews.createSession(AppSettings::builtInInterviewDefaults(), {question});
        QVERIFY(id);
        question.status = QuestionStatus::Scored;
        question.answer = QStringLiteral("Layers are cached by their instruction and inputs.");
        question.usedMs = 65000;
        question.keyPointsTicked = {true, false};
        question.ratings = {80, 70, 60, 50};
        question.score = 70;
        question.recording = QStringLiteral("session-1-question-1.wav");  // spoken: its figures travel, its sound does not
        question.delivery = DeliveryFigures{42000, 95, 136, 1, 3500, 2, {QStringLiteral("um")}, 4100};
        QVERIFY(interviews.saveQuestion(*id, 0, question));
        QVERIFY(interviews.finishSession(*id));
        ChallengeAttempt attempt{QStringLiteral("slim-image"), QStringLiteral("FROM alpine:3.20\n"), true, 1, {}};
        QVERIFY(challenges.saveAttempt(attempt));
        // A question graded while reading, twice, so its stability is no round number: the
        // backup must carry the doubles exactly.
        ReviewStore reading(source.db);
        QDateTime readingDay = utc("2026-01-02T12:00:00.000Z");
        reading.setClock([&readingDay] { return readingDay; });
        QVERIFY(reading.grade(QStringLiteral("second-run"), Fsrs::Grade::Good));
        readingDay = readingDay.addDays(3);
        QVERIFY(reading.grade(QStringLiteral("second-run"), Fsrs::Grade::Hard));

        const StudySnapshot original = snapshotOf(StudyStores{source.store.get(), &interviews, &challenges, &sourcePreferences});
        const QByteArray written = JsonBackup::write(original, clock());
        const JsonBackup::ReadResult read = JsonBackup::read(written);
        QVERIFY2(read.ok(), qPrintable(read.error));
        QCOMPARE(JsonBackup::recordingCount(original), 1);
        QCOMPARE(QJsonDocument::fromJson(written).object().value(QStringLiteral("recordingsExcluded")).toInt(), 1);
        QVERIFY(read.snapshot.interviews.first().questions.first().recording.isEmpty());
        QCOMPARE(read.snapshot.interviews.first().questions.first().delivery, question.delivery);
        QByteArray tampered = written;
        tampered.replace("\"wordsPerMinute\": 136", "\"wordsPerMinute\": -136");
        QVERIFY(tampered != written);
        const JsonBackup::ReadResult refused = JsonBackup::read(tampered);
        QVERIFY2(refused.error.contains(QStringLiteral("delivery")), qPrintable(refused.error));

        StoreFixture target;
        InterviewStore targetInterviews(target.db);
        ChallengeStore targetChallenges(target.db);
        QSettings targetIni(target.dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        AppSettings targetPreferences(&targetIni);
        const StudyStores stores{target.store.get(), &targetInterviews, &targetChallenges, &targetPreferences};
        const ImportPlan plan = planImport(snapshotOf(stores), read.snapshot);
        QCOMPARE(plan.addedInterviews.size(), 1);
        QCOMPARE(plan.reviewChanges.size(), 2);
        QCOMPARE(plan.challengeChanges.size(), 1);
        QVERIFY(plan.summary().contains(QLatin1String("1 interview session")));
        QString error;
        QVERIFY2(applyImport(plan, stores, target.db, &error), qPrintable(error));

        const QList<StoredSession> sessions = targetInterviews.allSessions();
        QCOMPARE(sessions.size(), 1);
        QCOMPARE(sessions.first().record.state, SessionRecord::State::Finished);
        QCOMPARE(sessions.first().record.started, original.interviews.first().record.started);
        QCOMPARE(sessions.first().record.score, original.interviews.first().record.score);
        QList<SessionQuestion> expected = original.interviews.first().questions;
        expected.first().recording.clear();  // the sound stayed behind
        QCOMPARE(sessions.first().questions, expected);
        QCOMPARE(targetInterviews.reviewStates(), interviews.reviewStates());
        QCOMPARE(targetChallenges.attempt(QStringLiteral("slim-image"))->body, attempt.body);
        QVERIFY(targetChallenges.attempt(QStringLiteral("slim-image"))->passed);
        QCOMPARE(targetPreferences.theme(), AppSettings::Theme::Dark);
        QCOMPARE(targetPreferences.backupsKept(), 12);

        QVERIFY2(planImport(snapshotOf(stores), read.snapshot).isEmpty(), qPrintable(planImport(snapshotOf(stores), read.snapshot).summary()));
    }

    // Format 2 kept the review schedule as SM-2 rows; they import as the FSRS states the database
    // migration would make of them (ReviewScheduler::fromSm2), due dates unchanged.
    void formatTwoScheduleImportsAsFsrs()
    {
        const QByteArray v2 = R"({"format": "dockprep-backup", "formatVersion": 2, "notes": [], "bookmarks": [], "progress": [],
            "interviews": [], "challenges": [],
            "reviewSchedule": [{"entryId": "first-image", "repetitions": 2, "intervalDays": 6, "easeCenti": 250,
                                "due": "2026-01-07", "lastScore": 80, "lastReviewed": "2026-01-01"}]})";
        const JsonBackup::ReadResult read = JsonBackup::read(v2);
        QVERIFY2(read.ok(), qPrintable(read.error));
        QCOMPARE(read.snapshot.reviewSchedule.size(), 1);
        QCOMPARE(read.snapshot.reviewSchedule.first(),
                 ReviewScheduler::fromSm2(QStringLiteral("first-image"), 2, 6, 250, QDate(2026, 1, 7), 80, QDate(2026, 1, 1)));
        StoreFixture target;
        InterviewStore interviews(target.db);
        const StudyStores stores{target.store.get(), &interviews, nullptr, nullptr};
        QString error;
        QVERIFY2(applyImport(planImport(snapshotOf(stores), read.snapshot), stores, target.db, &error), qPrintable(error));
        const ReviewState imported = *interviews.reviewState(QStringLiteral("first-image"));
        QCOMPARE(imported.stability, 6.0);
        QCOMPARE(imported.due, QDate(2026, 1, 7));
        // An SM-2 record in a format 3 backup is not a schedule this version wrote: refused.
        QByteArray v3 = v2;
        v3.replace("\"formatVersion\": 2", "\"formatVersion\": 3");
        const JsonBackup::ReadResult wrong = JsonBackup::read(v3);
        QVERIFY(!wrong.ok());
        QVERIFY2(wrong.error.contains(QLatin1String("reviewSchedule[0].stability")), qPrintable(wrong.error));
    }

    // Backups written before format 2 (no interviews, challenges or settings) still import.
    void formatOneBackupStillImports()
    {
        const QByteArray v1 = R"({"format": "dockprep-backup", "formatVersion": 1, "app": "DockPrep 0.3",
            "exported": "2026-01-01T00:00:00.000Z",
            "notes": [{"id": "n-1", "target": "entry:first-image", "body": "old", "created": "2026-01-01T00:00:00.000Z", "updated": "2026-01-01T00:00:00.000Z"}],
            "bookmarks": [], "progress": [{"entryId": "first-image", "studied": true, "studiedAt": "2026-01-01T00:00:00.000Z", "lastSeen": null}]})";
        const JsonBackup::ReadResult read = JsonBackup::read(v1);
        QVERIFY2(read.ok(), qPrintable(read.error));
        QCOMPARE(read.snapshot.notes.size(), 1);
        QVERIFY(read.snapshot.interviews.isEmpty() && read.snapshot.settings.isEmpty());
        StoreFixture target;
        QString error;
        QVERIFY2(applyImport(planImport(snapshotOf(*target.store), read.snapshot), *target.store, &error), qPrintable(error));
        QVERIFY(target.store->studiedEntries().contains(QStringLiteral("first-image")));
    }

    // Two copies of one note in a backup: the one changed last wins, wherever it stands.
    void importKeepsTheNewestOfDuplicateNotes_data()
    {
        QTest::addColumn<bool>("newestFirst");
        QTest::newRow("newest first") << true;
        QTest::newRow("newest last") << false;
    }
    void importKeepsTheNewestOfDuplicateNotes()
    {
        QFETCH(bool, newestFirst);
        const Note older = note("dup", QStringLiteral("entry:first-image"), QStringLiteral("older text"), "2026-01-01T10:00:00.000Z",
                                "2026-01-01T10:00:00.000Z");
        const Note newer = note("dup", QStringLiteral("entry:first-image"), QStringLiteral("newer text"), "2026-01-01T10:00:00.000Z",
                                "2026-02-01T10:00:00.000Z");
        StudySnapshot backup;
        backup.notes = newestFirst ? QList<Note>{newer, older} : QList<Note>{older, newer};
        const JsonBackup::ReadResult read = JsonBackup::read(JsonBackup::write(backup, {}));
        QVERIFY2(read.ok(), qPrintable(read.error));

        StoreFixture target;
        const ImportPlan plan = planImport(snapshotOf(*target.store), read.snapshot);
        QCOMPARE(plan.addedNotes.size(), 1);
        QString error;
        QVERIFY2(applyImport(plan, *target.store, &error), qPrintable(error));
        QCOMPARE(target.store->note(QStringLiteral("dup"))->body, QStringLiteral("newer text"));
        QVERIFY(planImport(snapshotOf(*target.store), read.snapshot).isEmpty());
    }

    void importTwiceChangesNothing()
    {
        StoreFixture target;
        const StudySnapshot backup = JsonBackup::read(JsonBackup::write(sampleSnapshot(), {})).snapshot;
        const ImportPlan first = planImport(snapshotOf(*target.store), backup);
        QCOMPARE(first.addedNotes.size(), 5);
        QCOMPARE(first.addedBookmarks.size(), 1);
        QCOMPARE(first.progressChanges.size(), 2);
        // Planning writes nothing: the preview is free.
        QVERIFY(target.store->allNotes().isEmpty());
        QString error;
        QVERIFY2(applyImport(first, *target.store, &error), qPrintable(error));

        const StudySnapshot after = snapshotOf(*target.store);
        QCOMPARE(after.notes.size(), 5);
        QCOMPARE(after.notes.first().created, backup.notes.first().created);  // timestamps kept as they were
        QCOMPARE(after.notes.first().updated, backup.notes.first().updated);
        QCOMPARE(target.store->lastSeen(QStringLiteral("second-run")), utc("2026-01-01T11:30:00.000Z"));

        const ImportPlan second = planImport(after, backup);
        QVERIFY2(second.isEmpty(), qPrintable(second.summary()));
        QCOMPARE(second.unchangedNotes, 5);
        QVERIFY(second.summary().contains(QStringLiteral("changes nothing")));
    }

    // A 50 MB note (a pasted build log, say) survives a backup and its import byte for byte.
    void importsAFiftyMegabyteNote()
    {
        StudySnapshot big;
        QString body = QStringLiteral("# Build log\n\n");
        const QString line = QStringLiteral("step 12/40 : RUN apt-get install -y --no-install-recommends zebrafish-tools\n");
        body.reserve(50 * 1024 * 1024 + line.size());
        while (body.size() < 50 * 1024 * 1024)
            body += line;
        big.notes = {note("huge", QStringLiteral("entry:first-image"), body, "2026-01-01T10:00:00.000Z", "2026-01-01T10:00:00.000Z")};
        const JsonBackup::ReadResult read = JsonBackup::read(JsonBackup::write(big, {}));
        QVERIFY2(read.ok(), qPrintable(read.error));

        StoreFixture target;
        QString error;
        QVERIFY2(applyImport(planImport(snapshotOf(*target.store), read.snapshot), *target.store, &error), qPrintable(error));
        const QList<Note> stored = target.store->allNotes();
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first().body.size(), body.size());
        QVERIFY(stored.first().body == body);
    }

    void importMergesByNewestChange()
    {
        StoreFixture target;
        QString error;
        // Here: n-1 edited after the backup was made; n-2 edited before it.
        QVERIFY(target.store->writeRecords({note("n-1", QStringLiteral("entry:first-image"), QStringLiteral("newer here"),
                                                 "2026-01-01T10:00:00.000Z", "2026-03-01T00:00:00.000Z"),
                                            note("n-2", QStringLiteral("entry:second-run"), QStringLiteral("older here"),
                                                 "2026-01-01T11:00:00.000Z", "2025-12-31T00:00:00.000Z")},
                                           {{QStringLiteral("third-kernel"), QStringLiteral("mine"), utc("2025-01-01T00:00:00.000Z")}},
                                           {{QStringLiteral("first-image"), false, {}, utc("2026-05-01T00:00:00.000Z")}}, &error));
        const ImportPlan plan = planImport(snapshotOf(*target.store), sampleSnapshot());
        QCOMPARE(plan.keptLocalNotes, 1);
        QCOMPARE(plan.updatedNotes.size(), 1);
        QCOMPARE(plan.updatedNotes.first().id, QStringLiteral("n-2"));
        QCOMPARE(plan.addedNotes.size(), 3);
        QVERIFY(plan.addedBookmarks.isEmpty());  // the local bookmark (and its label) stays
        QVERIFY(applyImport(plan, *target.store, &error));

        QCOMPARE(target.store->note(QStringLiteral("n-1"))->body, QStringLiteral("newer here"));
        QVERIFY(target.store->note(QStringLiteral("n-2"))->body.contains(QStringLiteral("<script>")));
        QCOMPARE(target.store->bookmarks().first().label, QStringLiteral("mine"));
        // Studied from the backup, the later "last seen" from here.
        QVERIFY(target.store->studiedEntries().contains(QStringLiteral("first-image")));
        QCOMPARE(target.store->lastSeen(QStringLiteral("first-image")), utc("2026-05-01T00:00:00.000Z"));
        QVERIFY(planImport(snapshotOf(*target.store), sampleSnapshot()).isEmpty());
    }
};

QTEST_MAIN(TestExchange)
#include "tst_exchange.moc"
