#pragma once

#include "interview/interviewsession.h"
#include "speech/spokenanswer.h"

#include <QFutureWatcher>
#include <QMessageBox>
#include <QPointer>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;

namespace DockPrep {

class Curriculum;

// One question on the clock: a large countdown (amber from 30 s, red from 10 s, "+0:42 over" past
// zero), the question (hidden while paused, while the paused time counts up), the answer box and
// the session's buttons. It shows what the session says and forwards what the user does; the
// InterviewPage owns the session. Ending the session early asks first (window-modal, not
// blocking: the clock and the autosave go on while the question is open).
class InterviewRunningPage final : public QWidget
{
    Q_OBJECT

public:
    explicit InterviewRunningPage(const Curriculum &curriculum, QWidget *parent = nullptr);

    // Shows the session's current question (resets the answer box when the question changes).
    void showQuestion(const InterviewSession &session);
    // Refreshes the clock and the buttons; cheap, called on every tick.
    void updateClock(const InterviewSession &session);

    QPlainTextEdit *answerEdit() const { return m_answer; }
    QLabel *countdownLabel() const { return m_countdown; }
    QLabel *clockNote() const { return m_clockNote; }
    QTextBrowser *questionView() const { return m_question; }

    // Spoken mode: what the microphone and the reader are doing; empty hides the line and the
    // Read aloud again button.
    void setSpokenStatus(const QString &status);
    QLabel *spokenStatus() const { return m_spokenStatus; }

    // The countdown's look past zero, shared with the scoring page so overtime reads the same.
    static void showOvertime(QLabel *label, qint64 overtimeMs);

public Q_SLOTS:
    // A spoken answer recorded with any program (a WAV file): heard offline in the background,
    // its transcript added to the answer box to correct before submitting, its delivery figures
    // shown under it. Ignored for a question the page has moved past by the time it is heard.
    void transcribeRecording(const QString &wavPath);

Q_SIGNALS:
    void answerEdited(const QString &text);
    void pauseToggled();
    void skipRequested();
    void submitRequested();
    void endRequested();
    void readAgainRequested();

private:
    void confirmEnd();
    void chooseRecording();
    void recordingHeard();

    const Curriculum &m_curriculum;
    QLabel *m_header;
    QLabel *m_countdown;
    QLabel *m_clockNote;
    QTextBrowser *m_question;
    QLabel *m_pausedCover;
    QPlainTextEdit *m_answer;
    QPushButton *m_pause;
    QPushButton *m_skip;
    QPushButton *m_submit;
    QPushButton *m_end;
    QPushButton *m_transcribe;
    QLabel *m_spokenNote;
    QLabel *m_spokenStatus;
    QPushButton *m_readAgain;
    QFutureWatcher<SpokenAnswer> m_hearing;
    int m_hearingFor = -1;  // the question index the recording answers
    QPointer<QMessageBox> m_confirmEnd;
    QString m_shownEntry;
    int m_shownIndex = -1;
};

} // namespace DockPrep
