#pragma once

#include "interviewer/interviewsheet.h"

#include <QString>

namespace DockPrep {

class Curriculum;

// The interviewer's scorecard: the competency level the evidence supports and why, the score,
// the rubric with its notes, the evidence per level, and each question with the key points heard,
// the follow-ups asked and the note. Markdown is the document; the PDF is that Markdown rendered
// (A4, the footer every DockPrep PDF has). The candidate's name and every note are the
// interviewer's text: the Markdown escapes what would change its structure, and the renderer
// shows any HTML in them as text.
QString scorecardTitle(const InterviewSheet &sheet);
QString scorecardMarkdown(const InterviewSheet &sheet, const Curriculum &curriculum);
QString scorecardHtml(const InterviewSheet &sheet, const Curriculum &curriculum);  // what the PDF lays out

// Written through QSaveFile, so a failed export never leaves half a file where a good one was.
// On failure *error says what went wrong, in words for the user.
bool writeScorecardMarkdown(const QString &path, const InterviewSheet &sheet, const Curriculum &curriculum,
                            QString *error);
bool writeScorecardPdf(const QString &path, const InterviewSheet &sheet, const Curriculum &curriculum, QString *error);

} // namespace DockPrep
