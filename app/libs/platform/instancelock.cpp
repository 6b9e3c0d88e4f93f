#include "platform/instancelock.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QThread>

namespace DockPrep {

namespace {

constexpr auto activateRequest = "activate\n";
constexpr auto activatedReply = "activated\n";
constexpr qint64 longestMessage = 64;  // every read is bounded

QString canonicalFolder(const QString &folder)
{
    const QString canonical = QFileInfo(folder).canonicalFilePath();
    return canonical.isEmpty() ? QFileInfo(folder).absoluteFilePath() : canonical;
}

} // namespace

InstanceLock::InstanceLock(const QString &dataFolder, QObject *parent)
    : QObject(parent)
    , m_folder(canonicalFolder(dataFolder))
    , m_lock(lockFilePath(dataFolder))
{
    // Stale only when the process named in the file is gone: the default (30 s of age) would
    // hand a long-running window's folder to a second start.
    m_lock.setStaleLockTime(0);
}

InstanceLock::~InstanceLock()
{
    if (m_server)
        m_server->close();
    // QLockFile unlocks (and removes the file) as it goes.
}

QString InstanceLock::lockFilePath(const QString &dataFolder)
{
    return QDir(dataFolder).filePath(QStringLiteral("dockprep.lock"));
}

QString InstanceLock::serverName(const QString &dataFolder)
{
    // A hash keeps the name short: a socket path has about 100 bytes, a folder path any length.
    const QByteArray hash = QCryptographicHash::hash(canonicalFolder(dataFolder).toUtf8(), QCryptographicHash::Sha256);
    return QStringLiteral("dockprep-") + QString::fromLatin1(hash.toHex().left(24));
}

InstanceLock::Result InstanceLock::acquire(QString *error)
{
    if (m_lock.isLocked() || m_lock.tryLock(0))
        return Result::Acquired;
    if (m_lock.error() == QLockFile::LockFailedError)
        return Result::HeldElsewhere;
    if (error) {
        *error = QStringLiteral("Cannot make the lock file %1 in the data folder.")
                     .arg(QDir::toNativeSeparators(lockFilePath(m_folder)));
    }
    return Result::Failed;
}

InstanceLock::Start InstanceLock::startApp(int timeoutMs, QString *error)
{
    const QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        switch (acquire(error)) {
        case Result::Failed:
            return Start::Failed;
        case Result::Acquired: {
            QString listenError;
            if (!listen(&listenError))  // this start runs all the same; only a later one cannot reach it
                qWarning("dockprep: later starts cannot reach this window: %s", qPrintable(listenError));
            return Start::Run;
        }
        case Result::HeldElsewhere:
            // A window answers; a command (export, import…) holds the folder without listening
            // and is waited for, as is an app that is still starting.
            if (askToActivate(m_folder, int(qMin<qint64>(deadline.remainingTime(), 1000))))
                return Start::RaisedTheOther;
            break;
        }
        if (deadline.hasExpired())
            return Start::OtherDidNotAnswer;
    }
}

qint64 InstanceLock::holderPid() const
{
    qint64 pid = 0;
    QString hostname;
    QString appname;
    return m_lock.getLockInfo(&pid, &hostname, &appname) ? pid : 0;
}

bool InstanceLock::listen(QString *error)
{
    if (!m_lock.isLocked()) {
        if (error)
            *error = QStringLiteral("the data folder is not locked by this process");
        return false;
    }
    if (!m_server) {
        m_server = new QLocalServer(this);
        m_server->setSocketOptions(QLocalServer::UserAccessOption);
        connect(m_server, &QLocalServer::newConnection, this, &InstanceLock::answer);
    }
    const QString name = serverName(m_folder);
    if (m_server->listen(name))
        return true;
    // Holding the lock means no live DockPrep listens there: the socket is left from a crash.
    QLocalServer::removeServer(name);
    if (m_server->listen(name))
        return true;
    if (error)
        *error = m_server->errorString();
    return false;
}

void InstanceLock::answer()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            if (!socket->canReadLine()) {
                if (socket->bytesAvailable() > longestMessage)
                    socket->abort();  // not one of ours
                return;
            }
            if (socket->readLine(longestMessage) == activateRequest) {
                Q_EMIT activationRequested();
                socket->write(activatedReply);
                socket->flush();
            }
            socket->disconnectFromServer();
        });
    }
}

bool InstanceLock::askToActivate(const QString &dataFolder, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    const QString name = serverName(dataFolder);
    QLocalSocket socket;
    // The holder may have taken the lock a moment ago and not be listening yet.
    for (;;) {
        socket.connectToServer(name);
        if (socket.waitForConnected(int(qMin<qint64>(deadline.remainingTime(), 1000))))
            break;
        if (deadline.hasExpired())
            return false;
        QThread::msleep(50);
    }
    socket.write(activateRequest);
    if (!socket.waitForBytesWritten(int(deadline.remainingTime())))
        return false;
    // The holder answers from its event loop, which runs once its window is up.
    while (!socket.canReadLine()) {
        if (deadline.hasExpired() || !socket.waitForReadyRead(int(deadline.remainingTime())))
            return false;
        if (socket.bytesAvailable() > longestMessage)
            return false;
    }
    return socket.readLine(longestMessage) == activatedReply;
}

} // namespace DockPrep
