#include "exchange/jsonbackup.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <algorithm>

namespace DockPrep::JsonBackup {

namespace {

// lupdate files Tr::tr() strings under the context named here (it cannot see through a
// tr() function that forwards to QCoreApplication::translate()).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(DockPrep::JsonBackup)
};

QJsonValue time(const QDateTime &value)
{
    return value.isValid() ? QJsonValue(value.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue(QJsonValue::Null);
}

// Typed reads at a JSON path. Each returns false with *problem naming the path and what was
// expected ("notes[3].target: expected a string"): a backup with a value of the wrong type is
// damaged or not DockPrep's, and reading it as a default would import something else quietly.
// Session states as a backup spells them, in the order of SessionRecord::State.
constexpr QLatin1StringView sessionStates[] = {QLatin1StringView("incomplete"), QLatin1StringView("finished"),
                                               QLatin1StringView("abandoned")};

QString at(const QString &path, QLatin1StringView key)
{
    return path.isEmpty() ? QString(key) : path + u'.' + key;  // "" for the top level: "notes", not ".notes"
}

bool readString(const QJsonObject &object, const QString &path, QLatin1StringView key, bool required, QString *out,
                QString *problem)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull()) {
        *out = QString();
        if (required)
            *problem = Tr::tr("%1: missing").arg(at(path, key));
        return !required;
    }
    if (!value.isString()) {
        *problem = Tr::tr("%1: expected a string").arg(at(path, key));
        return false;
    }
    *out = value.toString();
    return true;
}

bool readId(const QJsonObject &object, const QString &path, QLatin1StringView key, QString *out, QString *problem)
{
    if (!readString(object, path, key, true, out, problem))
        return false;
    if (out->trimmed().isEmpty()) {
        *problem = Tr::tr("%1: empty").arg(at(path, key));
        return false;
    }
    return true;
}

bool readBool(const QJsonObject &object, const QString &path, QLatin1StringView key, bool *out, QString *problem)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined()) {
        *out = false;
        return true;
    }
    if (!value.isBool()) {
        *problem = Tr::tr("%1: expected true or false").arg(at(path, key));
        return false;
    }
    *out = value.toBool();
    return true;
}

// A timestamp; a missing or null one is allowed only where not `required`.
bool readTime(const QJsonObject &object, const QString &path, QLatin1StringView key, bool required, QDateTime *out,
              QString *problem)
{
    QString text;
    if (!readString(object, path, key, required, &text, problem))
        return false;
    *out = text.isNull() ? QDateTime() : QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
    if (!text.isNull() && !out->isValid()) {
        *problem = Tr::tr("%1: expected a date and time such as 2026-01-02T03:04:05Z").arg(at(path, key));
        return false;
    }
    return true;
}

bool readInt(const QJsonObject &object, const QString &path, QLatin1StringView key, qint64 minimum, qint64 maximum, qint64 *out,
             QString *problem)
{
    const QJsonValue value = object.value(key);
    const double number = value.toDouble();
    if (!value.isDouble() || number != double(qint64(number)) || number < double(minimum) || number > double(maximum)) {
        *problem = Tr::tr("%1: expected a whole number from %2 to %3").arg(at(path, key)).arg(minimum).arg(maximum);
        return false;
    }
    *out = qint64(number);
    return true;
}

bool readInt(const QJsonObject &object, const QString &path, QLatin1StringView key, int minimum, int maximum, int *out,
             QString *problem)
{
    qint64 wide = 0;
    if (!readInt(object, path, key, qint64(minimum), qint64(maximum), &wide, problem))
        return false;
    *out = int(wide);
    return true;
}

bool readDate(const QJsonObject &object, const QString &path, QLatin1StringView key, QDate *out, QString *problem)
{
    QString text;
    if (!readString(object, path, key, true, &text, problem))
        return false;
    *out = QDate::fromString(text, Qt::ISODate);
    if (!out->isValid()) {
        *problem = Tr::tr("%1: expected a date such as 2026-01-02").arg(at(path, key));
        return false;
    }
    return true;
}

bool readNumber(const QJsonObject &object, const QString &path, QLatin1StringView key, double minimum, double maximum, double *out,
                QString *problem)
{
    const QJsonValue value = object.value(key);
    const double number = value.toDouble();
    if (!value.isDouble() || !(number >= minimum && number <= maximum)) {  // NaN fails both
        *problem = Tr::tr("%1: expected a number from %2 to %3").arg(at(path, key)).arg(minimum).arg(maximum);
        return false;
    }
    *out = number;
    return true;
}

// A review-schedule record of format 3: an FSRS state.
bool readReview(const QJsonObject &record, const QString &path, ReviewState *state, QString *problem)
{
    return readId(record, path, QLatin1StringView("entryId"), &state->entryId, problem)
        && readNumber(record, path, QLatin1StringView("stability"), Fsrs::minimumStability, 1e6, &state->stability, problem)
        && readNumber(record, path, QLatin1StringView("difficulty"), Fsrs::minimumDifficulty, Fsrs::maximumDifficulty,
                      &state->difficulty, problem)
        && readInt(record, path, QLatin1StringView("reviews"), 1, 100000, &state->reviews, problem)
        && readInt(record, path, QLatin1StringView("lapses"), 0, 100000, &state->lapses, problem)
        && readInt(record, path, QLatin1StringView("lastGrade"), 0, 4, &state->lastGrade, problem)
        && readDate(record, path, QLatin1StringView("due"), &state->due, problem)
        && readInt(record, path, QLatin1StringView("lastScore"), -1, 100, &state->lastScore, problem)
        && readDate(record, path, QLatin1StringView("lastReviewed"), &state->lastReviewed, problem);
}

// A review-schedule record of format 2, written while DockPrep scheduled with SM-2.
bool readSm2Review(const QJsonObject &record, const QString &path, ReviewState *state, QString *problem)
{
    QString entryId;
    int repetitions = 0;
    int intervalDays = 0;
    int easeCenti = 0;
    QDate due;
    int lastScore = -1;
    QDate lastReviewed;
    if (!readId(record, path, QLatin1StringView("entryId"), &entryId, problem)
        || !readInt(record, path, QLatin1StringView("repetitions"), 0, 100000, &repetitions, problem)
        || !readInt(record, path, QLatin1StringView("intervalDays"), 0, 100000, &intervalDays, problem)
        || !readInt(record, path, QLatin1StringView("easeCenti"), 130, 10000, &easeCenti, problem)
        || !readDate(record, path, QLatin1StringView("due"), &due, problem)
        || !readInt(record, path, QLatin1StringView("lastScore"), -1, 100, &lastScore, problem)
        || !readDate(record, path, QLatin1StringView("lastReviewed"), &lastReviewed, problem))
        return false;
    *state = ReviewScheduler::fromSm2(entryId, repetitions, intervalDays, easeCenti, due, lastScore, lastReviewed);
    return true;
}

// A list inside a record ("interviews[0].questions"), each an object.
bool readNested(const QJsonObject &object, const QString &path, QLatin1StringView key, QList<QJsonObject> *out, QString *problem)
{
    out->clear();
    const QJsonValue value = object.value(key);
    if (!value.isArray()) {
        *problem = Tr::tr("%1: expected a list").arg(at(path, key));
        return false;
    }
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject()) {
            *problem = Tr::tr("%1: expected an object").arg(QStringLiteral("%1[%2]").arg(at(path, key)).arg(i));
            return false;
        }
        out->append(array.at(i).toObject());
    }
    return true;
}

constexpr qint64 longestMs = qint64(366) * 24 * 3600 * 1000;

bool readQuestion(const QJsonObject &object, const QString &path, SessionQuestion *q, QString *problem)
{
    QString level;
    QString status;
    if (!readId(object, path, QLatin1StringView("entryId"), &q->entryId, problem)
        || !readString(object, path, QLatin1StringView("chapterId"), false, &q->chapterId, problem)
        || !readString(object, path, QLatin1StringView("level"), true, &level, problem)
        || !readString(object, path, QLatin1StringView("status"), true, &status, problem)
        || !readString(object, path, QLatin1StringView("answer"), false, &q->answer, problem)
        || !readInt(object, path, QLatin1StringView("keyPointCount"), 0, 1000, &q->keyPointCount, problem)
        || !readInt(object, path, QLatin1StringView("usedMs"), 0, longestMs, &q->usedMs, problem)
        || !readInt(object, path, QLatin1StringView("pausedMs"), 0, longestMs, &q->pausedMs, problem)
        || !readInt(object, path, QLatin1StringView("overtimeMs"), 0, longestMs, &q->overtimeMs, problem)
        || !readBool(object, path, QLatin1StringView("reachedZero"), &q->reachedZero, problem)
        || !readInt(object, path, QLatin1StringView("score"), -1, 100, &q->score, problem))
        return false;
    const std::optional<Level> knownLevel = levelFromId(level);
    const std::optional<QuestionStatus> knownStatus = questionStatusFromId(status);
    if (!knownLevel) {
        *problem = Tr::tr("%1: expected a level (junior, mid, senior or principal)").arg(at(path, QLatin1StringView("level")));
        return false;
    }
    if (!knownStatus) {
        *problem = Tr::tr("%1: expected a question status").arg(at(path, QLatin1StringView("status")));
        return false;
    }
    q->level = *knownLevel;
    q->status = *knownStatus;
    const QJsonValue ticked = object.value(QLatin1StringView("keyPointsTicked"));
    if (!ticked.isArray()) {
        *problem = Tr::tr("%1: expected a list").arg(at(path, QLatin1StringView("keyPointsTicked")));
        return false;
    }
    for (const QJsonValue &on : ticked.toArray()) {
        if (!on.isBool()) {
            *problem = Tr::tr("%1: expected true or false").arg(at(path, QLatin1StringView("keyPointsTicked")));
            return false;
        }
        q->keyPointsTicked.append(on.toBool());
    }
    const QJsonValue ratings = object.value(QLatin1StringView("ratings"));
    const QString ratingsPath = at(path, QLatin1StringView("ratings"));
    if (!ratings.isObject()) {
        *problem = Tr::tr("%1: expected an object").arg(ratingsPath);
        return false;
    }
    const QJsonValue delivery = object.value(QLatin1StringView("delivery"));
    if (!delivery.isUndefined()) {
        q->delivery = delivery.isObject() ? DeliveryFigures::fromJson(delivery.toObject()) : std::nullopt;
        if (!q->delivery) {
            *problem = Tr::tr("%1: expected delivery figures").arg(at(path, QLatin1StringView("delivery")));
            return false;
        }
    }
    const QJsonObject r = ratings.toObject();
    return readInt(r, ratingsPath, QLatin1StringView("technical"), 0, 100, &q->ratings.technical, problem)
        && readInt(r, ratingsPath, QLatin1StringView("communication"), 0, 100, &q->ratings.communication, problem)
        && readInt(r, ratingsPath, QLatin1StringView("production"), 0, 100, &q->ratings.production, problem)
        && readInt(r, ratingsPath, QLatin1StringView("leadership"), 0, 100, &q->ratings.leadership, problem);
}

bool readSession(const QJsonObject &object, const QString &path, StoredSession *session, QString *problem)
{
    SessionRecord &r = session->record;
    const QJsonValue config = object.value(QLatin1StringView("config"));
    QString configError;
    const std::optional<SessionConfig> parsed = config.isObject() ? SessionConfig::fromJson(config.toObject(), &configError) : std::nullopt;
    if (!parsed) {
        *problem = Tr::tr("%1: expected an interview configuration").arg(at(path, QLatin1StringView("config")));
        return false;
    }
    r.config = *parsed;
    QString state;
    if (!readTime(object, path, QLatin1StringView("started"), true, &r.started, problem)
        || !readTime(object, path, QLatin1StringView("updated"), true, &r.updated, problem)
        || !readTime(object, path, QLatin1StringView("finished"), false, &r.finished, problem)
        || !readString(object, path, QLatin1StringView("state"), true, &state, problem)
        || !readInt(object, path, QLatin1StringView("score"), -1, 100, &r.score, problem))
        return false;
    const auto known = std::find(std::begin(sessionStates), std::end(sessionStates), state);
    if (known == std::end(sessionStates)) {
        *problem = Tr::tr("%1: expected incomplete, finished or abandoned").arg(at(path, QLatin1StringView("state")));
        return false;
    }
    r.state = SessionRecord::State(known - std::begin(sessionStates));
    QList<QJsonObject> questions;
    if (!readNested(object, path, QLatin1StringView("questions"), &questions, problem))
        return false;
    for (qsizetype i = 0; i < questions.size(); ++i) {
        SessionQuestion q;
        if (!readQuestion(questions.at(i), QStringLiteral("%1.questions[%2]").arg(path).arg(i), &q, problem))
            return false;
        session->questions.append(q);
    }
    return true;
}

// A top-level list of records, each an object; a missing list is an empty one.
bool readRecords(const QJsonObject &root, QLatin1StringView key, QList<QJsonObject> *out, QString *problem)
{
    out->clear();
    return root.value(key).isUndefined() || readNested(root, QString(), key, out, problem);
}

QString indexed(QLatin1StringView key, qsizetype index)
{
    return QStringLiteral("%1[%2]").arg(key).arg(index);
}

} // namespace

QByteArray write(const StudySnapshot &snapshot, const QDateTime &exportedAt)
{
    QJsonArray notes;
    for (const Note &note : snapshot.notes) {
        notes.append(QJsonObject{{QStringLiteral("id"), note.id},
                                 {QStringLiteral("target"), note.target},
                                 {QStringLiteral("body"), note.body},
                                 {QStringLiteral("created"), time(note.created)},
                                 {QStringLiteral("updated"), time(note.updated)}});
    }
    QJsonArray bookmarks;
    for (const Bookmark &bookmark : snapshot.bookmarks) {
        bookmarks.append(QJsonObject{{QStringLiteral("entryId"), bookmark.entryId},
                                     {QStringLiteral("label"), bookmark.label},
                                     {QStringLiteral("created"), time(bookmark.created)}});
    }
    QJsonArray progress;
    for (const Progress &entry : snapshot.progress) {
        progress.append(QJsonObject{{QStringLiteral("entryId"), entry.entryId},
                                    {QStringLiteral("studied"), entry.studied},
                                    {QStringLiteral("studiedAt"), time(entry.studiedAt)},
                                    {QStringLiteral("lastSeen"), time(entry.lastSeen)}});
    }
    QJsonArray interviews;
    for (const StoredSession &session : snapshot.interviews) {
        QJsonArray questions;
        for (const SessionQuestion &q : session.questions) {
            QJsonArray ticked;
            for (bool on : q.keyPointsTicked)
                ticked.append(on);
            QJsonObject question{{QStringLiteral("entryId"), q.entryId},
                                         {QStringLiteral("chapterId"), q.chapterId},
                                         {QStringLiteral("level"), levelId(q.level)},
                                         {QStringLiteral("keyPointCount"), q.keyPointCount},
                                         {QStringLiteral("status"), questionStatusId(q.status)},
                                         {QStringLiteral("answer"), q.answer},
                                         {QStringLiteral("usedMs"), q.usedMs},
                                         {QStringLiteral("pausedMs"), q.pausedMs},
                                         {QStringLiteral("overtimeMs"), q.overtimeMs},
                                         {QStringLiteral("reachedZero"), q.reachedZero},
                                         {QStringLiteral("keyPointsTicked"), ticked},
                                         {QStringLiteral("ratings"), QJsonObject{{QStringLiteral("technical"), q.ratings.technical},
                                                                                 {QStringLiteral("communication"), q.ratings.communication},
                                                                                 {QStringLiteral("production"), q.ratings.production},
                                                                                 {QStringLiteral("leadership"), q.ratings.leadership}}},
                                         {QStringLiteral("score"), q.score}};
            // The figures travel; the sound does not (see recordingsExcluded).
            if (q.delivery)
                question.insert(QStringLiteral("delivery"), q.delivery->toJson());
            questions.append(question);
        }
        const SessionRecord &r = session.record;
        interviews.append(QJsonObject{{QStringLiteral("config"), r.config.toJson()},
                                      {QStringLiteral("started"), time(r.started)},
                                      {QStringLiteral("updated"), time(r.updated)},
                                      {QStringLiteral("finished"), time(r.finished)},
                                      {QStringLiteral("state"), QString(sessionStates[int(r.state)])},
                                      {QStringLiteral("score"), r.score},
                                      {QStringLiteral("questions"), questions}});
    }
    QJsonArray schedule;
    for (const ReviewState &state : snapshot.reviewSchedule) {
        schedule.append(QJsonObject{{QStringLiteral("entryId"), state.entryId},
                                    {QStringLiteral("stability"), state.stability},
                                    {QStringLiteral("difficulty"), state.difficulty},
                                    {QStringLiteral("reviews"), state.reviews},
                                    {QStringLiteral("lapses"), state.lapses},
                                    {QStringLiteral("lastGrade"), state.lastGrade},
                                    {QStringLiteral("due"), state.due.toString(Qt::ISODate)},
                                    {QStringLiteral("lastScore"), state.lastScore},
                                    {QStringLiteral("lastReviewed"), state.lastReviewed.toString(Qt::ISODate)}});
    }
    QJsonArray challenges;
    for (const ChallengeAttempt &attempt : snapshot.challenges) {
        challenges.append(QJsonObject{{QStringLiteral("challengeId"), attempt.challengeId},
                                      {QStringLiteral("body"), attempt.body},
                                      {QStringLiteral("passed"), attempt.passed},
                                      {QStringLiteral("hintsShown"), attempt.hintsShown},
                                      {QStringLiteral("updated"), time(attempt.updated)}});
    }
    QJsonObject root{{QStringLiteral("format"), QString(formatName)},
                           {QStringLiteral("formatVersion"), formatVersion},
                           {QStringLiteral("app"), QString(QCoreApplication::applicationName() + QLatin1Char(' ')
                                                               + QCoreApplication::applicationVersion())},
                           {QStringLiteral("exported"), time(exportedAt)},
                           {QStringLiteral("notes"), notes},
                           {QStringLiteral("bookmarks"), bookmarks},
                           {QStringLiteral("progress"), progress},
                           {QStringLiteral("interviews"), interviews},
                           {QStringLiteral("reviewSchedule"), schedule},
                           {QStringLiteral("challenges"), challenges}};
    if (!snapshot.settings.isEmpty())
        root.insert(QStringLiteral("settings"), snapshot.settings);
    // Recordings of spoken answers are sound files of up to megabytes each: the backup stays a
    // text file and says how many it left out (they remain in the data folder's recordings).
    if (const int excluded = recordingCount(snapshot); excluded > 0)
        root.insert(QStringLiteral("recordingsExcluded"), excluded);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

int recordingCount(const StudySnapshot &snapshot)
{
    int count = 0;
    for (const StoredSession &session : snapshot.interviews)
        count += int(std::count_if(session.questions.cbegin(), session.questions.cend(),
                                   [](const SessionQuestion &q) { return !q.recording.isEmpty(); }));
    return count;
}

ReadResult read(const QByteArray &data)
{
    ReadResult result;
    const auto fail = [&result](const QString &message) {
        result.snapshot = {};
        result.error = message;
        return result;
    };
    if (data.trimmed().isEmpty())
        return fail(Tr::tr("The file is empty."));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const bool cutShort = parseError.error == QJsonParseError::UnterminatedObject
            || parseError.error == QJsonParseError::UnterminatedArray || parseError.error == QJsonParseError::UnterminatedString
            || parseError.offset >= data.size() - 1;
        return fail((cutShort ? Tr::tr("The file ends too early; it looks truncated (at byte %1: %2).")
                              : Tr::tr("The file is not valid JSON (at byte %1: %2)."))
                        .arg(parseError.offset)
                        .arg(parseError.errorString()));
    }
    const QJsonObject root = document.object();
    if (!document.isObject() || root.value(QLatin1StringView("format")).toString() != formatName)
        return fail(Tr::tr("This is not a DockPrep backup (it has no \"format\": \"dockprep-backup\")."));
    const int version = root.value(QLatin1StringView("formatVersion")).toInt(-1);
    if (version < 1)
        return fail(Tr::tr("The backup has no valid format version."));
    if (version > formatVersion)
        return fail(Tr::tr("The backup was made by a newer DockPrep (format %1; this version reads up to %2). Update DockPrep to import it.")
                        .arg(version)
                        .arg(formatVersion));

    QString problem;
    const auto damaged = [&fail, &problem] { return fail(Tr::tr("The backup is damaged: %1.").arg(problem)); };
    QList<QJsonObject> records;
    const QLatin1StringView notesKey("notes");
    if (!readRecords(root, notesKey, &records, &problem))
        return damaged();
    for (qsizetype i = 0; i < records.size(); ++i) {
        const QString path = indexed(notesKey, i);
        Note note;
        if (!readId(records.at(i), path, QLatin1StringView("id"), &note.id, &problem)
            || !readString(records.at(i), path, QLatin1StringView("target"), false, &note.target, &problem)
            || !readString(records.at(i), path, QLatin1StringView("body"), true, &note.body, &problem)
            || !readTime(records.at(i), path, QLatin1StringView("created"), true, &note.created, &problem)
            || !readTime(records.at(i), path, QLatin1StringView("updated"), true, &note.updated, &problem))
            return damaged();
        if (note.target.isNull())
            note.target = QStringLiteral("");
        result.snapshot.notes.append(note);
    }
    const QLatin1StringView bookmarksKey("bookmarks");
    if (!readRecords(root, bookmarksKey, &records, &problem))
        return damaged();
    for (qsizetype i = 0; i < records.size(); ++i) {
        const QString path = indexed(bookmarksKey, i);
        Bookmark bookmark;
        if (!readId(records.at(i), path, QLatin1StringView("entryId"), &bookmark.entryId, &problem)
            || !readString(records.at(i), path, QLatin1StringView("label"), false, &bookmark.label, &problem)
            || !readTime(records.at(i), path, QLatin1StringView("created"), true, &bookmark.created, &problem))
            return damaged();
        result.snapshot.bookmarks.append(bookmark);
    }
    const QLatin1StringView progressKey("progress");
    if (!readRecords(root, progressKey, &records, &problem))
        return damaged();
    for (qsizetype i = 0; i < records.size(); ++i) {
        const QString path = indexed(progressKey, i);
        Progress entry;
        if (!readId(records.at(i), path, QLatin1StringView("entryId"), &entry.entryId, &problem)
            || !readBool(records.at(i), path, QLatin1StringView("studied"), &entry.studied, &problem)
            || !readTime(records.at(i), path, QLatin1StringView("studiedAt"), false, &entry.studiedAt, &problem)
            || !readTime(records.at(i), path, QLatin1StringView("lastSeen"), false, &entry.lastSeen, &problem))
            return damaged();
        result.snapshot.progress.append(entry);
    }
    // Format 2 on; a format 1 backup has none of these and imports as before. Format 2 holds
    // the review schedule as SM-2 rows, read as the FSRS states they convert to.
    const QLatin1StringView interviewsKey("interviews");
    if (!readRecords(root, interviewsKey, &records, &problem))
        return damaged();
    for (qsizetype i = 0; i < records.size(); ++i) {
        StoredSession session;
        if (!readSession(records.at(i), indexed(interviewsKey, i), &session, &problem))
            return damaged();
        result.snapshot.interviews.append(session);
    }
    const QLatin1StringView scheduleKey("reviewSchedule");
    if (!readRecords(root, scheduleKey, &records, &problem))
        return damaged();
    for (qsizetype i = 0; i < records.size(); ++i) {
        const QString path = indexed(scheduleKey, i);
        ReviewState state;
        if (!(version < 3 ? readSm2Review(records.at(i), path, &state, &problem) : readReview(records.at(i), path, &state, &problem)))
            return damaged();
        result.snapshot.reviewSchedule.append(state);
    }
    const QLatin1StringView challengesKey("challenges");
    if (!readRecords(root, challengesKey, &records, &problem))
        return damaged();
    for (qsizetype i = 0; i < records.size(); ++i) {
        const QString path = indexed(challengesKey, i);
        ChallengeAttempt attempt;
        if (!readId(records.at(i), path, QLatin1StringView("challengeId"), &attempt.challengeId, &problem)
            || !readString(records.at(i), path, QLatin1StringView("body"), true, &attempt.body, &problem)
            || !readBool(records.at(i), path, QLatin1StringView("passed"), &attempt.passed, &problem)
            || !readInt(records.at(i), path, QLatin1StringView("hintsShown"), 0, 1000, &attempt.hintsShown, &problem)
            || !readTime(records.at(i), path, QLatin1StringView("updated"), true, &attempt.updated, &problem))
            return damaged();
        result.snapshot.challenges.append(attempt);
    }
    const QJsonValue settings = root.value(QLatin1StringView("settings"));
    if (!settings.isUndefined()) {
        if (!settings.isObject()) {
            problem = Tr::tr("%1: expected an object").arg(QLatin1StringView("settings"));
            return damaged();
        }
        if (!AppSettings::checkBackupValues(settings.toObject(), &problem))
            return damaged();
        result.snapshot.settings = settings.toObject();
    }
    return result;
}

} // namespace DockPrep::JsonBackup
