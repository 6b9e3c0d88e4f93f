#pragma once

#include "interview/keypointmatcher.h"
#include "interview/scoring.h"
#include "interview/sessionquestion.h"

#include <QTimer>
#include <QWidget>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QSplitter;
class QTextBrowser;
class QVBoxLayout;

namespace DockPrep {

class AnswerPlaybackBar;
class Curriculum;

// Scoring one answer: the candidate's answer above the model answer (a splitter gives the model
// the larger share), the key points as check boxes (pre-ticked where the answer already covers them, with the words that decided it shown
// under each box and highlighted in the answer), the four rubric ratings with their
// weights, and the resulting score, live. A question whose clock ran out says so, with its
// overtime shown as the running page showed it. A spoken answer comes with its recording to play,
// its delivery figures, and its transcript to correct (the ticks follow the corrected text until
// a box is changed by hand); while it is still being transcribed, the score waits.
class InterviewScoringPage final : public QWidget
{
    Q_OBJECT

public:
    explicit InterviewScoringPage(const Curriculum &curriculum, QWidget *parent = nullptr);

    // `recordingPath`: the spoken answer's WAV file, empty for a typed answer.
    void showQuestion(const SessionQuestion &question, int index, int count, const QString &recordingPath = {});
    // The spoken answer is still being transcribed: the transcript and the score wait.
    void setHearing(bool hearing);
    // It could not be transcribed: why, in place of the figures.
    void showHearingProblem(const QString &message);
    // Its transcript and figures arrived: shown without touching the ratings already given.
    void showHeardAnswer(const SessionQuestion &question);

    QString answer() const;  // as corrected on this page

    QList<bool> ticked() const;
    RubricRatings ratings() const;
    int score() const;
    QTextBrowser *answerView() const { return m_answerView; }  // the answer, the key points' words highlighted
    QTextBrowser *modelView() const { return m_modelView; }    // the model answer, key points, follow-ups
    QLabel *overtimeLabel() const { return m_overtime; }
    QLabel *timeNote() const { return m_timeNote; }
    QPlainTextEdit *transcriptEdit() const { return m_transcript; }
    QLabel *deliveryLabel() const { return m_delivery; }
    AnswerPlaybackBar *playbackBar() const { return m_playback; }
    QPushButton *saveButton() const { return m_save; }

    static QString evidenceText(const QString &answer, const KeyPointVerdict &verdict);
    static QString highlightedAnswerHtml(const QString &answer, const QList<KeyPointVerdict> &verdicts);
    QSpinBox *ratingBox(int criterion) const { return m_ratings.value(criterion); }  // 0 technical … 3 leadership

Q_SIGNALS:
    void scoreSubmitted(const QList<bool> &ticked, const DockPrep::RubricRatings &ratings);
    void entryLinkActivated(const QString &entryId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void updateScore();
    void showAnswer(const QString &answer);
    // A spoken answer's delivery figures and its transcript, ready for correcting.
    void showHeardFigures(const SessionQuestion &question);

    const Curriculum &m_curriculum;
    QLabel *m_header;
    QLabel *m_overtime;
    QLabel *m_timeNote;
    QLabel *m_help;
    QTextBrowser *m_answerView;
    QWidget *m_spokenPanel;
    AnswerPlaybackBar *m_playback;
    QLabel *m_delivery;
    QPlainTextEdit *m_transcript;
    QTimer m_reassess;  // after the transcript is edited
    QList<KeyPoint> m_entryKeyPoints;
    QString m_answer;
    bool m_ticksTouched = false;  // a box changed by hand: corrections no longer re-tick
    QTextBrowser *m_modelView;
    QSplitter *m_columns;  // the texts, then the key points and ratings
    QSplitter *m_texts;    // the answer above the model answer
    bool m_splitSet = false;
    QVBoxLayout *m_keyPointLayout;
    QList<QCheckBox *> m_keyPoints;
    QList<QLabel *> m_evidence;
    QList<QSpinBox *> m_ratings;
    QLabel *m_score;
    QPushButton *m_save;
    int m_keyPointCount = 0;
};

} // namespace DockPrep
