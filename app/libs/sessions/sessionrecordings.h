#pragma once

#include "speech/pcmaudio.h"

#include <QString>

namespace DockPrep {

class InterviewStore;

// The recordings of spoken answers: WAV files in one folder of the data folder, named after their
// session and question, so the database keeps only a file name and a moved data folder keeps its
// recordings. Removing a session removes its recordings with it.
class SessionRecordings
{
public:
    explicit SessionRecordings(QString folder = {});

    bool isAvailable() const { return !m_folder.isEmpty(); }
    QString folder() const { return m_folder; }

    static QString fileName(qint64 sessionId, int index);  // "session-12-question-3.wav"
    QString path(const QString &fileName) const;           // empty for a name that is not a plain file name
    bool exists(const QString &fileName) const;

    // Written whole or not at all (QSaveFile); false with a sentence in *error.
    bool write(const QString &fileName, const PcmAudio &audio, QString *error) const;

    // Deletes the session from the history and then its recordings. False, with *error, when the
    // session could not be deleted (nothing is removed then) or a recording stayed behind.
    bool deleteSession(InterviewStore &store, qint64 sessionId, QString *error) const;

private:
    QString m_folder;
};

} // namespace DockPrep
