#pragma once

#include "interview/summaryexport.h"

#include <QWidget>

class QLabel;
class QTextBrowser;

namespace DockPrep {

class Curriculum;

// The end of a session: total, per chapter and per level, time per question, overtime, and the
// weakest topics as links to study them; exportable as Markdown and PDF.
class InterviewSummaryPage final : public QWidget
{
    Q_OBJECT

public:
    explicit InterviewSummaryPage(const Curriculum &curriculum, QWidget *parent = nullptr);

    void showReport(const SessionReport &report);
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

    const Curriculum &m_curriculum;
    SessionReport m_report;
    QTextBrowser *m_browser;
    QLabel *m_exportMessage;
};

} // namespace DockPrep
