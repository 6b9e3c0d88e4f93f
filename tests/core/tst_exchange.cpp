// Exports (Markdown, HTML, PDF, Anki TSV, JSON backup) and importing a backup back.
#include "settings/appsettings.h"
#include "store/challengestore.h"
#include "diagrams/diagramcatalog.h"
#include "exchange/exporter.h"
#include "exchange/headinglevels.h"
#include "exchange/importplan.h"
#include "exchange/jsonbackup.h"
#include "store/database.h"
#include "store/interviewstore.h"
#include "store/reviewstore.h"
#include "store/notestore.h"
#include "text/pdfpages.h"
#include "../testdata.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextTable>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace DockPrep;

namespace {

// Pages in a PDF: its page objects ("/Type /Page", not "/Type /Pages").
int pdfPageCount(const QByteArray &pdf)
{
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?![s\\w])"));
    int pages = 0;
    for (QRegularExpressionMatchIterator it = page.globalMatch(QString::fromLatin1(pdf)); it.hasNext(); it.next())
        ++pages;
    return pages;
}

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QLatin1String(iso), Qt::ISODateWithMs).toUTC();
}

Note note(const char *id, const QString &target, const QString &body, const char *created, const char *updated)
{
    return {QLatin1String(id), target, body, utc(created), utc(updated)};
}

// A store in a fresh database, with a fixed clock.
struct StoreFixture {
    QTemporaryDir dir;
    Database db;
    std::unique_ptr<NoteStore> store;

    StoreFixture()
    {
        if (!dir.isValid() || !db.open(dir.filePath(QStringLiteral("dockprep.sqlite"))).ok())
            qFatal("cannot open a test database");
        store = std::make_unique<NoteStore>(db);
        store->setClock([] { return utc("2026-01-02T03:04:05.000Z"); });
    }
};

StudySnapshot sampleSnapshot()
{
    StudySnapshot snapshot;
    snapshot.notes = {
        note("n-1", QStringLiteral("entry:first-image"), QStringLiteral("Layers are **content-addressed** — 层 🐳"),
             "2026-01-01T10:00:00.000Z", "2026-01-01T10:05:00.000Z"),
        note("n-2", QStringLiteral("entry:second-run"),
             QStringLiteral("<script>alert('x')</script>\n\n```dockerfile\nFROM alpine:3.20\nRUN echo \"hi\" && ls\n```\n"),
             "2026-01-01T11:00:00.000Z", "2026-01-01T11:00:00.000Z"),
        note("n-3", QStringLiteral("diagram:engine-chain#shim"), QStringLiteral("The shim keeps stdio open."),
             "2026-01-01T12:00:00.000Z", "2026-01-01T12:00:00.000Z"),
        note("n-4", QString(), QStringLiteral("Free note with a\ttab and \"quotes\""), "2026-01-01T13:00:00.000Z",
             "2026-01-01T13:00:00.000Z"),
        note("n-5", QStringLiteral("entry:removed-long-ago"), QStringLiteral("Still mine."), "2026-01-01T14:00:00.000Z",
             "2026-01-01T14:00:00.000Z"),
    };
    snapshot.bookmarks = {{QStringLiteral("third-kernel"), QStringLiteral("<b>revisit</b>"), utc("2026-01-01T09:00:00.000Z")}};
    snapshot.progress = {{QStringLiteral("first-image"), true, utc("2026-01-01T10:10:00.000Z"), utc("2026-01-01T10:11:00.000Z")},
                         {QStringLiteral("second-run"), false, {}, utc("2026-01-01T11:30:00.000Z")}};
    return snapshot;
}

} // namespace

class TestExchange : public QObject
{
    Q_OBJECT

    Curriculum m_curriculum = TestData::fixtureCurriculum();
    DiagramCatalog m_diagrams = DiagramCatalog::load(TestData::sourcePath(QStringLiteral("diagrams/catalog.yaml")));

    ExportRequest request() const { return {sampleSnapshot(), &m_curriculum, utc("2026-02-03T04:05:06.000Z"), &m_diagrams, {}}; }
    ExportRequest deck(const CardScope &cards) const
    {
        ExportRequest r = request();
        r.cards = cards;
        return r;
    }
    static QStringList cardRows(const QByteArray &tsv)
    {
        QStringList rows;
        for (const QString &line : QString::fromUtf8(tsv).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            if (!line.startsWith(QLatin1Char('#')))
                rows.append(line);
        }
        return rows;
    }
    // The plain text of the PDF export's pages, as PdfPages lays them out.
    QStringList pdfPageTexts(const ExportRequest &r, int *written = nullptr) const
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setResolution(300);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(18, 16, 18, 10), QPageLayout::Millimeter));
        PdfPages pages(printHtmlExport(r), &writer, QStringLiteral("t"));
        if (written)
            *written = pages.pageCount();
        return pages.pageTexts();
    }

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
        const JsonBackup::ReadResult read = JsonBackup::read(JsonBackup::write(original, clock()));
        QVERIFY2(read.ok(), qPrintable(read.error));

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
        QCOMPARE(sessions.first().questions, original.interviews.first().questions);
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

    void markdownKeepsNotesVerbatim()
    {
        const QString markdown = QString::fromUtf8(markdownExport(request()));
        for (const Note &n : sampleSnapshot().notes)
            QVERIFY2(markdown.contains(n.body.trimmed()), qPrintable(n.body));
        QVERIFY(markdown.startsWith(QStringLiteral("# DockPrep notes")));
        // Grouped under the question's title, in reading order, free and orphaned notes kept.
        const qsizetype first = markdown.indexOf(m_curriculum.entry(QStringLiteral("first-image"))->title);
        const qsizetype second = markdown.indexOf(m_curriculum.entry(QStringLiteral("second-run"))->title);
        QVERIFY(first > 0 && second > first);
        QVERIFY(markdown.contains(QStringLiteral("## Free notes")));
        QVERIFY(markdown.contains(QStringLiteral("## Questions no longer in the curriculum\n\n### Removed long ago\n")));
        // A diagram note is headed by the diagram's and the element's titles.
        QVERIFY2(markdown.contains(QStringLiteral("## Diagrams\n\n### The engine chain: containerd-shim-runc-v2\n")), qPrintable(markdown));
        QVERIFY(markdown.contains(QStringLiteral("1 of 3 questions studied")));
        QVERIFY(markdown.contains(QStringLiteral("> How do you build an image from a *Dockerfile*?")));
    }

    // Note dates read as the user's other dates do: the locale's format, the local time.
    void noteDatesFollowTheLocale()
    {
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        const QString markdown = QString::fromUtf8(markdownExport(request()));
        QLocale::setDefault(before);
        const Note note = sampleSnapshot().notes.constFirst();  // a copy: the snapshot is a temporary
        const QString german = QLocale(QLocale::German, QLocale::Germany).toString(note.created.toLocalTime(), QLocale::ShortFormat);
        QVERIFY2(markdown.contains(german), qPrintable(german + u'\n' + markdown));
        QVERIFY(!markdown.contains(QLatin1String(" UTC")));
    }

    void htmlIsSelfContainedAndEscaped()
    {
        const QString html = htmlExport(request());
        QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
        QVERIFY(html.contains(QStringLiteral("<meta charset=\"utf-8\">")));
        // Nothing a user typed becomes markup: the note's script and the label's tags are text.
        QVERIFY(!html.contains(QStringLiteral("<script")));
        QVERIFY(html.contains(QStringLiteral("&lt;script&gt;")));
        QVERIFY(!html.contains(QStringLiteral("<b>revisit</b>")));
        QVERIFY(html.contains(QStringLiteral("&lt;b&gt;revisit&lt;/b&gt;")));
        // No external resources: the file opens the same offline.
        QVERIFY(!html.contains(QStringLiteral("src=")));
        QVERIFY(!html.contains(QStringLiteral("<link")));
        // The Dockerfile in the note is highlighted, and its text survives intact.
        const qsizetype pre = html.indexOf(QStringLiteral("<pre><code class=\"language-dockerfile\">"));
        QVERIFY(pre > 0);
        const QString code = html.mid(pre, html.indexOf(QStringLiteral("</pre>"), pre) - pre);
        QVERIFY(code.contains(QStringLiteral("<span style=")));
        QString plain = code;
        plain.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
        QVERIFY2(plain.contains(QStringLiteral("RUN echo &quot;hi&quot; &amp;&amp; ls")), qPrintable(plain));
        QVERIFY(html.contains(QStringLiteral("🐳")));
    }

    // Chapter > question > note: a note's "# Heading" sits under its question's heading, in the
    // Markdown, the HTML and so the PDF; a free note's under the "Free notes" section.
    void noteHeadingsNestUnderTheirSection()
    {
        ExportRequest headed = request();
        headed.snapshot.notes[0].body = QStringLiteral("# My idea\n\n## Detail\n\n###### Deepest");
        headed.snapshot.notes[3].body = QStringLiteral("# Loose thought\n\ntext");
        const QString html = htmlExport(headed);
        QVERIFY2(html.contains(QStringLiteral("<h2>Basics</h2>\n<h3>Building a first image</h3>")), qPrintable(html));
        QVERIFY(html.contains(QStringLiteral("<h4>My idea</h4>")));
        QVERIFY(html.contains(QStringLiteral("<h5>Detail</h5>")));
        QVERIFY(html.contains(QStringLiteral("<h6>Deepest</h6>")));
        QVERIFY(html.contains(QStringLiteral("<h2>Free notes</h2>")));
        QVERIFY(html.contains(QStringLiteral("<h3>Loose thought</h3>")));
        QCOMPARE(html.count(QStringLiteral("<h1>")), 1);  // the document's own title only

        const QString markdown = QString::fromUtf8(markdownExport(headed));
        QVERIFY2(markdown.contains(QStringLiteral("## Basics\n\n### Building a first image\n")), qPrintable(markdown));
        QVERIFY(markdown.contains(QStringLiteral("\n#### My idea\n\n##### Detail\n\n###### Deepest\n")));
        QVERIFY(markdown.contains(QStringLiteral("\n### Loose thought\n")));
        QCOMPARE(markdown.count(QRegularExpression(QStringLiteral("(^|\n)# "))), 1);
    }

    void markdownHeadingsMoveDown_data()
    {
        QTest::addColumn<QString>("note");
        QTest::addColumn<QString>("expected");
        QTest::newRow("atx") << "# A\n\ntext\n\n## B" << "### A\n\ntext\n\n#### B";
        QTest::newRow("indented atx") << "  # A" << "  ### A";
        QTest::newRow("capped at six") << "##### A\n###### B" << "###### A\n###### B";
        QTest::newRow("not a heading") << "#hashtag and C# and\n    # indented code" << "#hashtag and C# and\n    # indented code";
        QTest::newRow("fenced code") << "```bash\n# a comment\n```\n# After" << "```bash\n# a comment\n```\n### After";
        QTest::newRow("tilde fence") << "~~~\n# x\n```\n# y\n~~~\n# z" << "~~~\n# x\n```\n# y\n~~~\n### z";
        QTest::newRow("setext") << "Title\n=====\n\nSub\n---" << "### Title\n\n#### Sub";
        QTest::newRow("rule after a blank line") << "text\n\n---\nmore" << "text\n\n---\nmore";
        QTest::newRow("list then rule") << "- item\n---" << "- item\n---";
    }
    void markdownHeadingsMoveDown()
    {
        QFETCH(QString, note);
        QFETCH(QString, expected);
        QCOMPARE(markdownHeadingsBelow(note, 2), expected);
    }

    // Ids are for the program: every readable export names questions, chapters and diagram
    // elements by their titles, and spells out the id of a question that no longer exists.
    void readableExportsShowNoIds_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("markdown") << QString::fromUtf8(markdownExport(request()));
        QString html = htmlExport(request());
        html.remove(QRegularExpression(QStringLiteral("<[^>]*>")));  // class names and language tags are markup
        QTest::newRow("html") << html;
        QTest::newRow("pdf") << pdfPageTexts(request()).join(QLatin1Char('\n'));
        QString cards;
        for (const QString &row : cardRows(ankiExport(deck({true, {}, {}}))))
            cards += row.section(QLatin1Char('\t'), 1, 2).remove(QRegularExpression(QStringLiteral("<[^>]*>")));
        QTest::newRow("anki fronts and backs") << cards;
    }
    void readableExportsShowNoIds()
    {
        QFETCH(QString, text);
        QVERIFY(text.size() > 100);
        for (const char *id : {"first-image", "second-run", "third-kernel", "removed-long-ago", "engine-chain", "basics", "deeper",
                               "build-cache", "› shim", "entry:", "diagram:"}) {
            QVERIFY2(!text.contains(QLatin1String(id)), id);
        }
    }

    void ankiRowsAreWellFormed()
    {
        const QByteArray tsv = ankiExport(request());
        const QStringList lines = QString::fromUtf8(tsv).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.at(0), QStringLiteral("#separator:tab"));
        QCOMPARE(lines.at(1), QStringLiteral("#html:true"));
        QVERIFY(lines.contains(QStringLiteral("#guid column:1")));
        QVERIFY(lines.contains(QStringLiteral("#tags column:4")));
        QVERIFY(lines.contains(QStringLiteral("#deck column:5")));
        const QStringList cards = cardRows(tsv);
        // first-image (2 follow-ups) and second-run (1) have notes, third-kernel (1) is bookmarked; the orphan has no card.
        QCOMPARE(cards.size(), 3 + 4);
        for (const QString &card : cards) {
            const QStringList fields = card.split(QLatin1Char('\t'));
            QCOMPARE(fields.size(), 5);
            QVERIFY(fields[0].startsWith(QStringLiteral("dockprep-")));
            for (const QString &field : fields)
                QVERIFY2(!field.startsWith(QLatin1Char('"')), qPrintable(field));
            QVERIFY(fields[3].contains(QStringLiteral("level::")));
            QVERIFY(fields[4].startsWith(QStringLiteral("DockPrep::")));
        }
        // In reading order: first-image, its two follow-ups, second-run, its follow-up, third-kernel…
        QCOMPARE(cards.at(0).section(QLatin1Char('\t'), 0, 0), QStringLiteral("dockprep-first-image"));
        QCOMPARE(cards.at(1).section(QLatin1Char('\t'), 0, 0), QStringLiteral("dockprep-first-image-follow-up-1"));
        QCOMPARE(cards.at(2).section(QLatin1Char('\t'), 0, 0), QStringLiteral("dockprep-first-image-follow-up-2"));
        const QStringList first = cards.at(0).split(QLatin1Char('\t'));
        // Front: the question. Back: the answer, then the key points as a list.
        QVERIFY(first[1].contains(QStringLiteral("How do you build an image")));
        QVERIFY(!first[1].contains(QStringLiteral("Write a Dockerfile")));
        QVERIFY(first[2].startsWith(QStringLiteral("<p>Write a Dockerfile")));
        QVERIFY(first[2].contains(QStringLiteral("<ul><li>The build reads the Dockerfile top to bottom</li>")));
        QCOMPARE(first[4], QStringLiteral("DockPrep::Basics"));
        QVERIFY(first[3].contains(QStringLiteral("chapter::Basics")));
        // A follow-up card: its question in front (with the question it follows), its answer behind.
        const QStringList followUp = cards.at(2).split(QLatin1Char('\t'));
        QVERIFY(followUp[1].contains(QStringLiteral("What does .dockerignore do?")));
        QVERIFY(followUp[1].contains(QStringLiteral("Building a first image")));
        QVERIFY(followUp[2].contains(QStringLiteral("It keeps files out of the context.")));
        QVERIFY(followUp[3].contains(QStringLiteral("follow-up")));

        const QString secondRun = cards.at(3);
        QVERIFY(secondRun.contains(QStringLiteral("My notes")));
        QVERIFY(!secondRun.contains(QStringLiteral("<script")));
        // Code keeps its line breaks as <br> inside <pre>, and its colours: attribute quotes stay real.
        QVERIFY(secondRun.contains(QStringLiteral("<br>")));
        QVERIFY2(secondRun.contains(QStringLiteral("<span style=\"")), qPrintable(secondRun));
        QVERIFY(!secondRun.contains(QStringLiteral("style=&quot;")));
    }

    // A deck of the whole curriculum, of a chapter, of a level, or of both: a card per question
    // in scope and per follow-up of each.
    void ankiDeckHoldsEveryQuestionInScope_data()
    {
        QTest::addColumn<QString>("scope");
        QTest::addColumn<QStringList>("questions");
        QTest::addColumn<int>("cards");
        const QString first = QStringLiteral("first-image"), second = QStringLiteral("second-run"), third = QStringLiteral("third-kernel");
        QTest::newRow("mine") << "mine" << QStringList{first, second, third} << 7;
        QTest::newRow("empty is mine") << "" << QStringList{first, second, third} << 7;
        QTest::newRow("curriculum") << "curriculum" << QStringList{first, second, third} << 7;
        QTest::newRow("chapter") << "chapter:basics" << QStringList{first, second} << 5;
        QTest::newRow("level") << "level:principal" << QStringList{third} << 2;
        QTest::newRow("chapter and level") << "chapter:basics, level:mid" << QStringList{second} << 2;
        QTest::newRow("empty chapter") << "chapter:empty" << QStringList{} << 0;
        QTest::newRow("mine in a chapter") << "mine,chapter:deeper" << QStringList{third} << 2;
    }
    void ankiDeckHoldsEveryQuestionInScope()
    {
        QFETCH(QString, scope);
        QFETCH(QStringList, questions);
        QFETCH(int, cards);
        QString error;
        const std::optional<CardScope> parsed = cardScopeFromText(scope, &error);
        QVERIFY2(parsed, qPrintable(error));
        QCOMPARE(cardScopeFromText(cardScopeText(*parsed), nullptr), parsed);
        QCOMPARE(entriesInScope(*parsed, sampleSnapshot(), m_curriculum), questions);
        QCOMPARE(cardRows(ankiExport(deck(*parsed))).size(), cards);
        QCOMPARE(ankiCardCount(deck(*parsed)), cards);
    }

    void ankiDeckOfAnEmptyStore()
    {
        ExportRequest empty{{}, &m_curriculum, utc("2026-02-03T04:05:06.000Z"), nullptr, {}};
        QCOMPARE(cardRows(ankiExport(empty)).size(), 0);  // nothing noted or bookmarked
        empty.cards.wholeCurriculum = true;
        QCOMPARE(cardRows(ankiExport(empty)).size(), 7);
        QTemporaryDir dir;
        const ExportResult result = exportStudy(empty, ExportFormat::AnkiTsv, dir.filePath(QStringLiteral("deck.tsv")));
        QVERIFY2(result.message.startsWith(QStringLiteral("Exported 7 card")), qPrintable(result.message));
    }

    void badScopesAreRefused_data()
    {
        QTest::addColumn<QString>("scope");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown word") << "everything" << "is not a scope";
        QTest::newRow("unknown level") << "level:expert" << "no level called \"expert\"";
        QTest::newRow("chapter without id") << "chapter:" << "is not a scope";
        QTest::newRow("two chapters") << "chapter:a,chapter:b" << "is not a scope";
        QTest::newRow("mine and curriculum") << "mine,curriculum" << "not both";
    }
    void badScopesAreRefused()
    {
        QFETCH(QString, scope);
        QFETCH(QString, message);
        QString error;
        QVERIFY(!cardScopeFromText(scope, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
    }

    void pdfIsA4()
    {
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QVERIFY(pdfExport(request(), &buffer));
        const QByteArray pdf = buffer.data();
        QVERIFY(pdf.startsWith("%PDF-"));
        // A4 in points: 595 × 842.
        QVERIFY2(QRegularExpression(QStringLiteral("/MediaBox \\[0 0 595(\\.\\d+)? 841\\.\\d+|/MediaBox \\[0 0 595(\\.\\d+)? 842"))
                     .match(QString::fromLatin1(pdf))
                     .hasMatch(),
                 "no A4 media box");
    }

    void longPdfHasEveryPage()
    {
        // 300 notes run over many pages; at the default 1200 dpi text would be lost.
        ExportRequest big = request();
        for (int i = 0; i < 300; ++i) {
            big.snapshot.notes.append(note("x", QString(), QStringLiteral("Note number %1 with some words to fill a line.").arg(i),
                                           "2026-01-01T00:00:00.000Z", "2026-01-01T00:00:00.000Z"));
        }
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        const int written = pdfExport(big, &buffer);
        QVERIFY2(written >= 5, qPrintable(QString::number(written)));
        QCOMPARE(pdfPageCount(buffer.data()), written);
        // Every page has text on it: the last one is not left blank.
        int laidOut = 0;
        const QStringList pages = pdfPageTexts(big, &laidOut);
        QCOMPARE(laidOut, written);
        for (qsizetype i = 0; i < pages.size(); ++i)
            QVERIFY2(!pages.at(i).trimmed().isEmpty(), qPrintable(QStringLiteral("page %1 is empty").arg(i + 1)));
        QVERIFY(pages.constLast().contains(QStringLiteral("Note number 299")));
    }

    // A document that exactly fills its pages, which QTextDocument::print() ended with a blank
    // one, and one short enough for a single page.
    void pdfEndsWithItsLastLine_data()
    {
        QTest::addColumn<int>("notes");
        for (int notes : {0, 1, 20, 40, 41, 42, 43, 60})
            QTest::addRow("%d notes", notes) << notes;
    }
    void pdfEndsWithItsLastLine()
    {
        QFETCH(int, notes);
        ExportRequest r{{}, &m_curriculum, utc("2026-02-03T04:05:06.000Z"), nullptr, {}};
        for (int i = 0; i < notes; ++i)
            r.snapshot.notes.append(note("x", QStringLiteral("entry:first-image"), QStringLiteral("Line %1").arg(i), "2026-01-01T00:00:00.000Z",
                                         "2026-01-01T00:00:00.000Z"));
        int pages = 0;
        const QStringList texts = pdfPageTexts(r, &pages);
        QVERIFY(pages >= 1);
        QVERIFY2(!texts.constLast().trimmed().isEmpty(), qPrintable(QStringLiteral("%1 pages, the last one blank").arg(pages)));
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QCOMPARE(pdfExport(r, &buffer), pages);
        QCOMPARE(pdfPageCount(buffer.data()), pages);
    }

    // A heading never ends a page: whatever the amount of text before it, the heading and the first
    // lines under it share a page.
    void pdfHeadingsStayWithTheirText()
    {
        int headingsMoved = 0;
        for (int filler = 30; filler < 70; ++filler) {
            QString html = QStringLiteral("<h1>Title</h1>");
            for (int i = 0; i < filler; ++i)
                html += QStringLiteral("<p>Filler paragraph %1 with a few words in it.</p>").arg(i);
            html += QStringLiteral("<h2>Section heading</h2><h3>Question heading</h3><p>The text under the headings.</p>");
            QBuffer buffer;
            QVERIFY(buffer.open(QIODevice::WriteOnly));
            QPdfWriter writer(&buffer);
            writer.setResolution(300);
            PdfPages pages(html, &writer, QStringLiteral("t"));
            const QStringList texts = pages.pageTexts();
            QVERIFY2(pages.headingsEndingAPage().isEmpty(), qPrintable(QStringLiteral("filler %1: %2").arg(filler).arg(texts.join(QStringLiteral("\n=====\n")).right(600))));
            for (const QString &page : texts) {
                QVERIFY2(!page.trimmed().isEmpty(), qPrintable(QStringLiteral("filler %1: %2").arg(filler).arg(texts.join(QStringLiteral("\n=====\n")).right(600))));
                if (page.startsWith(QStringLiteral("Section heading")))
                    ++headingsMoved;
                // The second heading never starts a page without the first one above it.
                QVERIFY2(!page.startsWith(QStringLiteral("Question heading")), qPrintable(page.left(80)));
            }
        }
        QVERIFY(headingsMoved > 0);  // some filler length did put the headings at a page's end
    }

    // In the PDF a note is one tinted box (a one-cell table), not a tint per paragraph with white
    // gaps between; the browser HTML keeps its <div>.
    void pdfNoteIsOneBox()
    {
        ExportRequest r = request();
        r.snapshot.notes[0].body = QStringLiteral("First paragraph.\n\nSecond paragraph.\n\n- a list\n- of two");
        QTextDocument document;
        document.setHtml(printHtmlExport(r));
        int tintedCells = 0;
        for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
            QVERIFY2(!block.blockFormat().hasProperty(QTextFormat::BackgroundBrush) || block.text().isEmpty()
                         || QTextCursor(block).currentTable() || block.blockFormat().nonBreakableLines(),
                     qPrintable(block.text()));
            QTextTable *table = QTextCursor(block).currentTable();
            if (table && block.text() == QStringLiteral("First paragraph.")) {
                QVERIFY(table->cellAt(QTextCursor(block)).format().background().style() != Qt::NoBrush);
                // The whole note shares the cell.
                const QTextTableCell cell = table->cellAt(QTextCursor(block));
                QCOMPARE(table->cellAt(QTextCursor(block.next())).row(), cell.row());
                QVERIFY(block.next().text() == QStringLiteral("Second paragraph."));
                ++tintedCells;
            }
        }
        QCOMPARE(tintedCells, 1);
        QVERIFY(htmlExport(r).contains(QStringLiteral("<div class=\"note\">\n<p>First paragraph.</p>")));
    }

    void exportWritesCompleteFilesOrNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.md"));
        const ExportResult written = exportStudy(request(), ExportFormat::Markdown, path);
        QVERIFY2(written.ok, qPrintable(written.message));
        QVERIFY2(written.message.contains(QStringLiteral("Exported 5 note")), qPrintable(written.message));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), markdownExport(request()));

        // A parent that is a file cannot hold the export (this fails even for root).
        const ExportResult blocked = exportStudy(request(), ExportFormat::Html, path + QStringLiteral("/inside.html"));
        QVERIFY(!blocked.ok);
        QVERIFY2(blocked.message.contains(QStringLiteral("Cannot write")), qPrintable(blocked.message));
        const ExportResult folder = exportStudy(request(), ExportFormat::Json, dir.path());
        QVERIFY(!folder.ok);
        QVERIFY2(folder.message.contains(QStringLiteral("is a folder")), qPrintable(folder.message));
        QVERIFY(!exportStudy(request(), ExportFormat::Json, QString()).ok);
        // The file written first is untouched by the failures, and no temporary file is left.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("notes.md")});
    }

    void everyFormatExportsAnEmptyStore()
    {
        QTemporaryDir dir;
        const ExportRequest empty{{}, &m_curriculum, utc("2026-02-03T04:05:06.000Z"), nullptr, {}};
        for (ExportFormat format : exportFormats()) {
            const QString path = dir.filePath(QStringLiteral("empty.") + exportFileSuffix(format));
            const ExportResult result = exportStudy(empty, format, path);
            QVERIFY2(result.ok, qPrintable(result.message));
            QVERIFY(QFileInfo(path).size() > 0);
        }
    }

    // For looking at: DOCKPREP_EXPORT_SAMPLES=DIR writes the sample data in every format there,
    // and renders each .html file in DIR to a PNG beside it (as QTextDocument draws HTML).
    void samples()
    {
        const QString folder = qEnvironmentVariable("DOCKPREP_EXPORT_SAMPLES");
        if (folder.isEmpty())
            QSKIP("set DOCKPREP_EXPORT_SAMPLES to a folder to write sample exports");
        for (ExportFormat format : exportFormats())
            QVERIFY(exportStudy(request(), format, folder + QStringLiteral("/sample.") + exportFileSuffix(format)).ok);
        const QDir dir(folder);
        for (const QString &name : dir.entryList({QStringLiteral("*.html")})) {
            QFile file(dir.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            QTextDocument document;
            document.setHtml(QString::fromUtf8(file.readAll()));
            document.setTextWidth(800);
            // The first screens, one PNG each.
            for (int top = 0, screen = 1; top < document.size().height() && screen <= 3; top += 1000, ++screen) {
                QImage image(QSize(800, 1000), QImage::Format_RGB32);
                image.fill(Qt::white);
                QPainter painter(&image);
                painter.translate(0, -top);
                document.drawContents(&painter, QRectF(0, top, 800, 1000));
                painter.end();
                QVERIFY(image.save(dir.filePath(name + QStringLiteral("-%1.png").arg(screen))));
            }
        }
    }
};

QTEST_MAIN(TestExchange)
#include "tst_exchange.moc"
