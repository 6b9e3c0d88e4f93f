#pragma once

#include "store/interviewstore.h"
#include "interview/sessionconfig.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QFrame;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace DockPrep {

class Curriculum;

// Choosing a session: chapters, levels, count, time, order (with the shuffle number that replays it),
// open or closed book, spoken or typed, when to score, what happens at zero; presets fill it all in. Also offers
// an unfinished session for resuming.
class InterviewSetupPage final : public QWidget
{
    Q_OBJECT

public:
    explicit InterviewSetupPage(const Curriculum &curriculum, QWidget *parent = nullptr);

    // nullopt, with the reason shown on the page, when the form does not make a session.
    std::optional<SessionConfig> config();
    void setConfig(const SessionConfig &config);
    void setDefaults(const SessionConfig &defaults);  // what the form shows for a new session, with a fresh seed
    void showProblem(const QString &problem);
    // Before the form is shown again: a new shuffle number, unless the user typed one to replay.
    void prepareNextSession();
    void setIncomplete(const std::optional<SessionRecord> &record);
    // Questions due now, and how many are scheduled in all (the review queue), for the line beside Start.
    void setDueCount(int due, int scheduled);
    // Whether spoken answers can be kept (a recordings folder); without one the choice is off.
    void setSpokenAvailable(bool available, const QString &why = {});

Q_SIGNALS:
    void startRequested(const DockPrep::SessionConfig &config);
    void historyRequested();
    void resumeRequested(qint64 sessionId);
    void discardRequested(qint64 sessionId);

private:
    void applyPreset(int index);
    void updateTimeRange();

    QComboBox *m_preset;
    QListWidget *m_chapters;
    QList<QCheckBox *> m_levels;
    QSpinBox *m_count;
    QComboBox *m_timeMode;
    QSpinBox *m_minutes;
    QComboBox *m_order;
    QLineEdit *m_seed;
    QCheckBox *m_openBook;
    QCheckBox *m_spoken;
    QComboBox *m_feedback;
    QComboBox *m_atZero;
    QLabel *m_due;
    QLabel *m_problem;
    QPushButton *m_start;
    QFrame *m_resumeBox;
    QLabel *m_resumeText;
    qint64 m_incompleteId = 0;
    bool m_applyingPreset = false;
    bool m_seedFixed = false;  // typed by the user: kept for every session until changed
};

} // namespace DockPrep
