#include "sessions/sessionrecordings.h"

#include "store/interviewstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace DockPrep {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(DockPrep::SessionRecordings)
};

} // namespace

SessionRecordings::SessionRecordings(QString folder)
    : m_folder(std::move(folder))
{
}

QString SessionRecordings::fileName(qint64 sessionId, int index)
{
    return QStringLiteral("session-%1-question-%2.wav").arg(sessionId).arg(index + 1);
}

QString SessionRecordings::path(const QString &fileName) const
{
    // A name from the database, which a hand edit could make "../../x": only plain names resolve.
    if (!isAvailable() || fileName.isEmpty() || fileName.contains(u'/') || fileName.contains(u'\\')
        || fileName.startsWith(u'.'))
        return {};
    return QDir(m_folder).filePath(fileName);
}

bool SessionRecordings::exists(const QString &fileName) const
{
    const QString file = path(fileName);
    return !file.isEmpty() && QFile::exists(file);
}

bool SessionRecordings::write(const QString &fileName, const PcmAudio &audio, QString *error) const
{
    const QString file = path(fileName);
    if (file.isEmpty()) {
        *error = Tr::tr("There is no folder for recordings.");
        return false;
    }
    if (!QDir().mkpath(m_folder)) {
        *error = Tr::tr("Could not make the folder %1 for the recording.").arg(QDir::toNativeSeparators(m_folder));
        return false;
    }
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(Wav::bytes(audio)) < 0 || !out.commit()) {
        *error = Tr::tr("Could not save the recording %1: %2").arg(QDir::toNativeSeparators(file), out.errorString());
        out.cancelWriting();
        return false;
    }
    return true;
}

bool SessionRecordings::deleteSession(InterviewStore &store, qint64 sessionId, QString *error) const
{
    const std::optional<StoredSession> stored = store.loadSession(sessionId, error);
    if (!stored || !store.deleteSession(sessionId, error))
        return false;
    QStringList left;
    for (const SessionQuestion &question : stored->questions) {
        const QString file = path(question.recording);
        if (!file.isEmpty() && QFile::exists(file) && !QFile::remove(file))
            left.append(QDir::toNativeSeparators(file));
    }
    if (!left.isEmpty()) {
        *error = Tr::tr("The session was deleted, but these recordings could not be removed: %1").arg(left.join(QLatin1String(", ")));
        return false;
    }
    return true;
}

} // namespace DockPrep
