#pragma once

#include "interview/keypointmatcher.h"
#include "interview/scoring.h"
#include "interview/sessionquestion.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QSplitter;
class QTextBrowser;
class QVBoxLayout;

namespace DockPrep {

class Curriculum;

// Scoring one answer: the candidate's answer above the model answer (a splitter gives the model
// the larger share), the key points as check boxes (pre-ticked where the answer already covers them, with the words that decided it shown
// under each box and highlighted in the answer), the four rubric ratings with their
// weights, and the resulting score, live. A question whose clock ran out says so, with its
// overtime shown as the running page showed it.
class InterviewScoringPage final : public QWidget
{
    Q_OBJECT

public:
    explicit InterviewScoringPage(const Curriculum &curriculum, QWidget *parent = nullptr);

    void showQuestion(const SessionQuestion &question, int index, int count);

    QList<bool> ticked() const;
    RubricRatings ratings() const;
    int score() const;
    QTextBrowser *answerView() const { return m_answerView; }  // the answer, the key points' words highlighted
    QTextBrowser *modelView() const { return m_modelView; }    // the model answer, key points, follow-ups
    QLabel *overtimeLabel() const { return m_overtime; }
    QLabel *timeNote() const { return m_timeNote; }

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

    const Curriculum &m_curriculum;
    QLabel *m_header;
    QLabel *m_overtime;
    QLabel *m_timeNote;
    QLabel *m_help;
    QTextBrowser *m_answerView;
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
