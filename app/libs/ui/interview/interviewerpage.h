#pragma once

#include "interviewer/interviewsheet.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;

namespace DockPrep {

class Curriculum;
class RubricEditor;

// The interviewer's mode: pick questions by level and chapter, read the model answer, key points
// and follow-ups while the candidate talks (this screen is the interviewer's; the candidate sees
// nothing of it), tick the key points heard and the follow-ups asked, rate the rubric with short
// notes, and export the scorecard with the competency level the evidence supports.
// The sheet is kept in a draft file after every change (debounced), so a crash or a closed window
// loses nothing; New interview starts an empty sheet.
class InterviewerPage final : public QWidget
{
    Q_OBJECT

public:
    // `draftPath`: where the sheet is kept between runs; empty keeps it in memory only (tests).
    InterviewerPage(const Curriculum &curriculum, const QString &draftPath, QWidget *parent = nullptr);
    ~InterviewerPage() override;

    const InterviewSheet &sheet() const { return m_sheet; }
    // Writes the draft now (the main window calls it when closing); false with a message shown
    // when the file cannot be written.
    bool saveDraft();

    bool exportMarkdown(const QString &path);
    bool exportPdf(const QString &path);

public Q_SLOTS:
    void askSelected();      // the highlighted available question joins the sheet
    void removeSelected();   // the highlighted asked question leaves it
    void newInterview();     // asks first when the sheet holds anything

private:
    void loadDraft();
    void fillChapters();
    void refreshAvailable();
    void refreshAsked(int select);
    void showQuestion(int index);
    void sheetChanged();
    void refreshAssessment();
    void chooseAndExport(bool pdf);
    void setStatus(const QString &text);
    int currentQuestion() const;

    const Curriculum &m_curriculum;
    QString m_draftPath;
    InterviewSheet m_sheet;
    QTimer m_saveTimer;
    bool m_filling = false;

    QLineEdit *m_candidate;
    QComboBox *m_level;
    QComboBox *m_chapter;
    QListWidget *m_available;
    QListWidget *m_asked;
    QTextBrowser *m_model;
    QListWidget *m_keyPoints;
    QListWidget *m_followUps;
    QPlainTextEdit *m_note;
    RubricEditor *m_rubric;
    QLabel *m_assessment;
    QLabel *m_status;
};

} // namespace DockPrep
