#pragma once

#include "interview/summaryexport.h"
#include "sessions/sessionrecordings.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTextBrowser;

namespace DockPrep {

class AnswerPlaybackBar;
class Curriculum;

// A session's report: total, per chapter and per level, time per question, overtime, the weakest
// topics as links to study them, then every question with the answer given, each key point as
// ticked (with the words that ticked it) or missed, and the ratings; exportable as Markdown and
// PDF. Shown at the end of a session, and for a past session reopened from the history. Spoken
// answers carry their delivery figures and a link that plays the recording in the bar above.
class InterviewSummaryPage final : public QWidget
{
    Q_OBJECT

public:
    explicit InterviewSummaryPage(const Curriculum &curriculum, QWidget *parent = nullptr);

    void setRecordings(const SessionRecordings &recordings) { m_recordings = recordings; }
    AnswerPlaybackBar *playbackBar() const { return m_playback; }
    // Plays the recording of question `index` (0-based) in the bar, as its link does.
    void playRecording(int index);

    // `reopened`: a past session from the history, which the page offers to go back to.
    void showReport(const SessionReport &report, bool reopened = false);
    const SessionReport &report() const { return m_report; }
    QTextBrowser *browser() const { return m_browser; }

    // Write the report; the outcome is shown on the page and returned.
    bool exportMarkdown(const QString &path);
    bool exportPdf(const QString &path);
    QString exportMessage() const;

Q_SIGNALS:
    void entryLinkActivated(const QString &entryId);
    void newSessionRequested();
    void historyRequested();

private:
    void chooseAndExport(bool pdf);
    void showOutcome(bool ok, const QString &path, const QString &error);
    QString answersHtml() const;

    const Curriculum &m_curriculum;
    SessionReport m_report;
    QTextBrowser *m_browser;
    AnswerPlaybackBar *m_playback;
    SessionRecordings m_recordings;
    QLabel *m_exportMessage;
    QPushButton *m_history;
};

} // namespace DockPrep
