#pragma once

#include <QStringList>

class QTextStream;

namespace DockPrep {

// `dockprep export --format md|html|pdf|json|anki -o FILE [--scope SCOPE] [--data-dir DIR] [--content DIR]`:
// the user's notes, bookmarks and progress in an open format; with anki, a deck of the questions
// in SCOPE (see cardScopeFromText). Exit codes: 0 written, 1 the data
// could not be read or the file not written (the old file, if any, is untouched), 2 bad arguments.
// The pdf format paints text, so the caller provides a QGuiApplication.
int runExportCommand(const QStringList &arguments, const QString &builtInContent, const QString &diagramCatalog,
                     QTextStream &out, QTextStream &err);

// `dockprep import FILE [--dry-run] [--data-dir DIR]`: merges a JSON backup into the data
// (see ImportPlan for the rules), printing what changes. Exit codes: 0 imported (or nothing to
// do, or a dry run), 1 unreadable/damaged/foreign file or a write failure (nothing written),
// 2 bad arguments.
int runImportCommand(const QStringList &arguments, const QString &builtInContent, const QString &diagramCatalog,
                     QTextStream &out, QTextStream &err);

} // namespace DockPrep
