#pragma once

#include "studysnapshot.h"

#include <QDateTime>

#include <optional>

class QIODevice;

namespace DockPrep {

class Curriculum;

enum class ExportFormat { Markdown, Html, Pdf, Json, AnkiTsv };

QList<ExportFormat> exportFormats();
std::optional<ExportFormat> exportFormatFromName(QStringView name);  // md, html, pdf, json, anki (and aliases)
QString exportFormatName(ExportFormat format);                       // what --format takes
QString exportFileSuffix(ExportFormat format);                       // without the dot
QString exportFormatTitle(ExportFormat format);                      // for menus and file dialogs

// What an export shows: the user's records, the curriculum they refer to, and when.
struct ExportRequest {
    StudySnapshot snapshot;
    const Curriculum *curriculum = nullptr;
    QDateTime exportedAt;
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
bool pdfExport(const ExportRequest &request, QIODevice *device);
QByteArray ankiExport(const ExportRequest &request);

} // namespace DockPrep
