#pragma once

#include "interview/sessionconfig.h"
#include "interview/sessionsummary.h"

#include <QDateTime>

namespace DockPrep {

class Curriculum;

// A session's report as a document the user keeps: Markdown (the truth, readable anywhere) and
// PDF (A4 at 300 dpi). Every user string (answers) is escaped in the HTML the PDF is made from.
struct SessionReport {
    SessionConfig config;
    QDateTime started;
    QList<SessionQuestion> questions;
    SessionSummary summary;
};

// "Mock interview of Saturday, 1 March 2025, 10:00", the date and time in the user's locale.
QString reportTitle(const SessionReport &report);
QString reportMarkdown(const SessionReport &report, const Curriculum &curriculum);
QString reportHtml(const SessionReport &report, const Curriculum &curriculum);

// Written through QSaveFile: a failed export never leaves a half-written file where a good one
// was. On failure *error says what went wrong, in words for the user.
bool writeReportMarkdown(const QString &path, const SessionReport &report, const Curriculum &curriculum,
                         QString *error);
bool writeReportPdf(const QString &path, const SessionReport &report, const Curriculum &curriculum, QString *error);

} // namespace DockPrep
