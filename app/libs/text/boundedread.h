#pragma once

#include <QByteArray>
#include <QString>

class QIODevice;
class QTextStream;

namespace DockPrep {

// The most DockPrep reads of each kind of file. A device's reported size is no bound (/dev/zero,
// pipes and /proc report 0), so every reader stops after this many bytes actually read.
namespace InputLimit {
// Real Dockerfiles and compose files are under 100 KB; 2 MiB is generous (a 1 MB RUN line fits) and
// bounds what the analyzers hold.
inline constexpr qint64 dockerfileBytes = qint64(2) << 20;
inline constexpr qint64 composeBytes = qint64(2) << 20;
// A compose file's YAML nodes once every alias is expanded: the largest real files have a few
// thousand; a 574-byte "billion laughs" has 10^9.
inline constexpr qint64 composeNodes = 250'000;
// A curriculum question, a challenge, chapters.yaml, a diagram's YAML or SVG.
inline constexpr qint64 contentFileBytes = qint64(4) << 20;
// A DockPrep backup: 100,000 long notes are about 200 MB.
inline constexpr qint64 backupBytes = qint64(1) << 30;
} // namespace InputLimit

// What a bounded read got: all the text, or why not. Text files never hold a NUL byte (UTF-8
// text, YAML and JSON forbid it), so one ends the read at once: /dev/zero or a binary picked by
// mistake is refused in the first chunk instead of after the whole limit.
struct BoundedRead {
    enum class Status { Ok, TooLarge, NotText, Failed };
    Status status = Status::Failed;
    QByteArray data;     // everything read when Ok, empty otherwise
    qint64 limit = 0;
    qint64 nulOffset = -1;  // NotText: where the first NUL byte is
    QString error;          // Failed: the device's own words

    bool ok() const { return status == Status::Ok; }
    // One line naming the file and the limit or problem, e.g. "big.yaml: more than 4 MiB (limit):
    // refusing"; empty when ok().
    QString message(const QString &name) const;
};

// Reads at most `limit` bytes from an open device until its end, telling "too large" apart by
// reading one byte more. Works for files, pipes, stdin and buffers; never trusts size().
BoundedRead readBounded(QIODevice &device, qint64 limit);
// Opens and reads a file the same way ("-" is not special here).
BoundedRead readBoundedFile(const QString &path, qint64 limit);
// Standard input, for the `-` argument of the commands.
BoundedRead readBoundedStdin(qint64 limit);
// A text stream: its device when it has one, else the string it reads (the in-memory form the
// command tests use), with the same limit in UTF-8 bytes.
BoundedRead readBounded(QTextStream &stream, qint64 limit);

// "4 MiB", "1 GiB": how limits are named in messages.
QString limitText(qint64 bytes);

} // namespace DockPrep
