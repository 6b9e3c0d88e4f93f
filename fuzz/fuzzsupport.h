#pragma once

// What every DockPrep fuzz target shares: quiet Qt logging (a warning per input would drown the
// fuzzer's own output and slow it down), a hard stop on qFatal, and a way to report a broken
// invariant as a crash so libFuzzer saves the input.

#include <QCoreApplication>
#include <QtLogging>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace DockPrep::Fuzz {

inline void quietMessageHandler(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtFatalMsg) {
        std::fprintf(stderr, "qFatal: %s\n", qPrintable(message));
        std::abort();
    }
}

// A QCoreApplication for the whole run (QtSql loads its driver as a plugin through it). Kept
// alive until exit on purpose: libFuzzer never returns from its loop.
inline void initialise(int *argc, char ***argv)
{
    qInstallMessageHandler(quietMessageHandler);
    static QCoreApplication app(*argc, *argv);
}

// The fuzzer's bytes as the text or the bytes a parser is handed (no copy for the bytes).
inline QString inputText(const uint8_t *data, size_t size)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
}

inline QByteArray inputBytes(const uint8_t *data, size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
}

// Whether a reported position points into a text of `lines` lines (one past the end is allowed:
// "missing at the end of the file").
inline bool pointsIntoText(int line, int column, qsizetype lines)
{
    return line >= 0 && line <= lines + 1 && column >= 0;
}

// A finding: printed, then abort() so libFuzzer writes the crashing input to disk.
[[noreturn]] inline void fail(const char *what, const QString &detail = {})
{
    std::fprintf(stderr, "fuzz invariant broken: %s %s\n", what, qPrintable(detail));
    std::abort();
}

} // namespace DockPrep::Fuzz
