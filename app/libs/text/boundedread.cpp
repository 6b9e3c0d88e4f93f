#include "text/boundedread.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QTextStream>

#include <cstdio>
#include <cstring>

namespace DockPrep {

namespace {

// lupdate files Tr::tr() strings under the context named here (it cannot see through a
// tr() function that forwards to QCoreApplication::translate()).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(DockPrep::BoundedRead)
};

constexpr qint64 chunkBytes = 64 * 1024;

// Ends the read as soon as what came in breaks a rule; true while it may go on.
bool accept(BoundedRead &result, qsizetype from)
{
    const char *begin = result.data.constData();
    if (const void *nul = std::memchr(begin + from, 0, size_t(result.data.size() - from))) {
        result.status = BoundedRead::Status::NotText;
        result.nulOffset = static_cast<const char *>(nul) - begin;
        result.data.clear();
        return false;
    }
    if (result.data.size() > result.limit) {
        result.status = BoundedRead::Status::TooLarge;
        result.data.clear();
        return false;
    }
    return true;
}

} // namespace

QString BoundedRead::message(const QString &name) const
{
    switch (status) {
    case Status::Ok:
        return {};
    case Status::TooLarge:
        return Tr::tr("%1: more than %2 (limit): refusing").arg(name, limitText(limit));
    case Status::NotText:
        return Tr::tr("%1: not a text file (a NUL byte at offset %L2): refusing").arg(name).arg(nulOffset);
    case Status::Failed:
        break;
    }
    return Tr::tr("cannot read %1: %2").arg(name, error);
}

BoundedRead readBounded(QIODevice &device, qint64 limit)
{
    BoundedRead result;
    result.limit = limit;
    // A regular file's size is a fair first guess, never a bound (it may grow while read).
    if (!device.isSequential())
        result.data.reserve(qsizetype(qBound<qint64>(0, device.size() - device.pos(), limit) + 1));
    QByteArray chunk(qsizetype(chunkBytes), Qt::Uninitialized);
    for (;;) {
        // One byte past the limit is enough to tell "too large".
        const qint64 room = qMin(chunkBytes, limit + 1 - result.data.size());
        const qint64 got = device.read(chunk.data(), room);
        if (got < 0) {
            result.status = BoundedRead::Status::Failed;
            result.error = device.errorString();
            result.data.clear();
            return result;
        }
        if (got == 0) {
            // The end of a file, pipe or buffer (their waitForReadyRead() is false at once); a
            // process or socket may only be waiting for more.
            if (!device.waitForReadyRead(-1))
                break;
            continue;
        }
        const qsizetype from = result.data.size();
        result.data.append(chunk.constData(), qsizetype(got));
        if (!accept(result, from))
            return result;
    }
    result.status = BoundedRead::Status::Ok;
    return result;
}

BoundedRead readBoundedFile(const QString &path, qint64 limit)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        BoundedRead result;
        result.limit = limit;
        result.error = file.errorString();
        return result;
    }
    return readBounded(file, limit);
}

BoundedRead readBoundedStdin(qint64 limit)
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly)) {
        BoundedRead result;
        result.limit = limit;
        result.error = in.errorString();
        return result;
    }
    return readBounded(in, limit);
}

BoundedRead readBounded(QTextStream &stream, qint64 limit)
{
    if (QIODevice *device = stream.device())
        return readBounded(*device, limit);
    BoundedRead result;
    result.limit = limit;
    // A character is at least one UTF-8 byte, so limit + 1 characters are enough to tell.
    result.data = stream.read(limit + 1).toUtf8();
    if (accept(result, 0))
        result.status = BoundedRead::Status::Ok;
    return result;
}

QString limitText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 0, QLocale::DataSizeIecFormat);
}

} // namespace DockPrep
