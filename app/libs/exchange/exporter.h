#pragma once

#include "exchange/studysnapshot.h"

#include "content/level.h"

#include <QDateTime>

#include <optional>

class QIODevice;

namespace DockPrep {

class Curriculum;
class DiagramCatalog;

enum class ExportFormat { Markdown, Html, Pdf, Json, AnkiTsv };

QList<ExportFormat> exportFormats();
std::optional<ExportFormat> exportFormatFromName(QStringView name);  // md, html, pdf, json, anki (and aliases)
QString exportFormatName(ExportFormat format);                       // what --format takes
QString exportFileSuffix(ExportFormat format);                       // without the dot
QString exportFormatTitle(ExportFormat format);                      // for menus and file dialogs

// Which questions an Anki deck holds: by default those the user wrote notes on or bookmarked; or
// the whole curriculum, narrowed to one chapter, one level, or both.
struct CardScope {
    bool wholeCurriculum = false;
    QString chapterId;            // empty: every chapter
    std::optional<Level> level;   // empty: every level

    bool operator==(const CardScope &) const = default;
};

// What --scope takes: "mine", "curriculum", "chapter:ID", "level:LEVEL", or a chapter and a level
// joined by a comma ("chapter:networking,level:senior"). Empty text is "mine". Returns nothing
// and sets *error on anything else (the chapter is checked against a curriculum by the caller).
std::optional<CardScope> cardScopeFromText(QStringView text, QString *error);
QString cardScopeText(const CardScope &scope);  // what cardScopeFromText() reads back as `scope`
// The entries a deck with `scope` holds, in reading order.
QStringList entriesInScope(const CardScope &scope, const StudySnapshot &snapshot, const Curriculum &curriculum);

// What an export shows: the user's records, the curriculum they refer to, and when.
struct ExportRequest {
    StudySnapshot snapshot;
    const Curriculum *curriculum = nullptr;
    QDateTime exportedAt;
    const DiagramCatalog *diagrams = nullptr;  // for the titles of diagram notes; ids spelled out without it
    CardScope cards;                           // the Anki export only
};

struct ExportResult {
    bool ok = false;
    QString message;  // plain words: where it went, or why it did not
};

// Writes the export through QSaveFile: the file at `path` is either the complete new export or
// left exactly as it was, never half-written.
ExportResult exportStudy(const ExportRequest &request, ExportFormat format, const QString &path);

// The renderers behind exportStudy, one per format; tests and the preview call them directly.
QByteArray markdownExport(const ExportRequest &request);
QString htmlExport(const ExportRequest &request);  // a complete, self-contained document
QString printHtmlExport(const ExportRequest &request);  // the HTML export as QTextDocument lays it out well
int pdfExport(const ExportRequest &request, QIODevice *device);  // pages written, 0 on failure
QByteArray ankiExport(const ExportRequest &request);
int ankiCardCount(const ExportRequest &request);  // the rows ankiExport() writes

} // namespace DockPrep
