#include "jsonbackup.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

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

// Reads a timestamp; a missing or null one is allowed only where `optional`.
bool readTime(const QJsonObject &object, QLatin1StringView key, bool optional, QDateTime *out)
{
    const QJsonValue value = object.value(key);
    if (value.isNull() || value.isUndefined()) {
        *out = {};
        return optional;
    }
    if (!value.isString())
        return false;
    *out = QDateTime::fromString(value.toString(), Qt::ISODateWithMs).toUTC();
    return out->isValid();
}

// Where in the file a record is, for messages: "note 3".
QString where(const char *kind, qsizetype index)
{
    return QStringLiteral("%1 %2").arg(QLatin1String(kind)).arg(index + 1);
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
    const QJsonObject root{{QStringLiteral("format"), QString(formatName)},
                           {QStringLiteral("formatVersion"), formatVersion},
                           {QStringLiteral("app"), QString(QCoreApplication::applicationName() + QLatin1Char(' ')
                                                               + QCoreApplication::applicationVersion())},
                           {QStringLiteral("exported"), time(exportedAt)},
                           {QStringLiteral("notes"), notes},
                           {QStringLiteral("bookmarks"), bookmarks},
                           {QStringLiteral("progress"), progress}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
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

    const QJsonArray notes = root.value(QLatin1StringView("notes")).toArray();
    for (qsizetype i = 0; i < notes.size(); ++i) {
        const QJsonObject object = notes.at(i).toObject();
        Note note;
        note.id = object.value(QLatin1StringView("id")).toString();
        note.target = object.value(QLatin1StringView("target")).toString();
        const QJsonValue body = object.value(QLatin1StringView("body"));
        if (note.id.trimmed().isEmpty())
            return fail(Tr::tr("The backup is damaged: %1 has no id.").arg(where("note", i)));
        if (!body.isString())
            return fail(Tr::tr("The backup is damaged: %1 has no text.").arg(where("note", i)));
        note.body = body.toString();
        if (!readTime(object, QLatin1StringView("created"), false, &note.created)
            || !readTime(object, QLatin1StringView("updated"), false, &note.updated))
            return fail(Tr::tr("The backup is damaged: %1 has an invalid date.").arg(where("note", i)));
        result.snapshot.notes.append(note);
    }
    const QJsonArray bookmarks = root.value(QLatin1StringView("bookmarks")).toArray();
    for (qsizetype i = 0; i < bookmarks.size(); ++i) {
        const QJsonObject object = bookmarks.at(i).toObject();
        Bookmark bookmark{object.value(QLatin1StringView("entryId")).toString(),
                          object.value(QLatin1StringView("label")).toString(), {}};
        if (bookmark.entryId.isEmpty())
            return fail(Tr::tr("The backup is damaged: %1 names no question.").arg(where("bookmark", i)));
        if (!readTime(object, QLatin1StringView("created"), false, &bookmark.created))
            return fail(Tr::tr("The backup is damaged: %1 has an invalid date.").arg(where("bookmark", i)));
        result.snapshot.bookmarks.append(bookmark);
    }
    const QJsonArray progress = root.value(QLatin1StringView("progress")).toArray();
    for (qsizetype i = 0; i < progress.size(); ++i) {
        const QJsonObject object = progress.at(i).toObject();
        Progress entry{object.value(QLatin1StringView("entryId")).toString(),
                       object.value(QLatin1StringView("studied")).toBool(), {}, {}};
        if (entry.entryId.isEmpty())
            return fail(Tr::tr("The backup is damaged: %1 names no question.").arg(where("progress record", i)));
        if (!readTime(object, QLatin1StringView("studiedAt"), true, &entry.studiedAt)
            || !readTime(object, QLatin1StringView("lastSeen"), true, &entry.lastSeen))
            return fail(Tr::tr("The backup is damaged: %1 has an invalid date.").arg(where("progress record", i)));
        result.snapshot.progress.append(entry);
    }
    return result;
}

} // namespace DockPrep::JsonBackup
