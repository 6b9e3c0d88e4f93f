#pragma once

#include <QLockFile>
#include <QObject>
#include <QString>

class QLocalServer;

namespace DockPrep {

// One DockPrep at a time on a data folder, as desktop apps do: two windows on the same notes let
// the one left open with older text overwrite what the other saved.
//
// The first start takes a lock file in the data folder (stale once its process is gone, so a
// crash or a kill never locks the user out) and listens on a local socket named after the folder.
// A later start finds the lock taken and asks that socket to bring the running window to the
// front instead of opening a second one. Headless commands take the lock too, for the time they
// run, and read only when the app holds it.
class InstanceLock : public QObject
{
    Q_OBJECT

public:
    enum class Result {
        Acquired,       // this process holds the folder now
        HeldElsewhere,  // a running DockPrep (or a command) holds it
        Failed,         // the lock file cannot be made: *error says why
    };

    explicit InstanceLock(const QString &dataFolder, QObject *parent = nullptr);
    ~InstanceLock() override;

    Result acquire(QString *error = nullptr);

    // What a start of the app does with the folder: run (the lock is taken and later starts are
    // answered), or leave it to the DockPrep already running there, which was asked to show its
    // window. A command holding the folder for a moment is waited for, up to `timeoutMs`.
    enum class Start { Run, RaisedTheOther, OtherDidNotAnswer, Failed };
    Start startApp(int timeoutMs, QString *error = nullptr);
    bool isHeld() const { return m_lock.isLocked(); }
    // The holder's process id as its lock file says, 0 when unknown.
    qint64 holderPid() const;

    // Once acquired: answers later starts, emitting activationRequested() for each.
    bool listen(QString *error = nullptr);
    // From a later start: asks the holder to show its window, waiting at most `timeoutMs` (it may
    // be starting up still). True once the holder answered that it did.
    static bool askToActivate(const QString &dataFolder, int timeoutMs);

    static QString lockFilePath(const QString &dataFolder);
    // Named after the folder's canonical path, so two spellings of one folder meet.
    static QString serverName(const QString &dataFolder);

Q_SIGNALS:
    void activationRequested();

private:
    void answer();

    QString m_folder;
    QLockFile m_lock;
    QLocalServer *m_server = nullptr;
};

} // namespace DockPrep
