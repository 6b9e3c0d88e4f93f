#pragma once

#include "review/reviewschedule.h"

#include <QWidget>

#include <array>

class QAction;
class QLabel;
class QPushButton;

namespace DockPrep {

class ReviewStore;

// The calm row under the reader: where the question stands in the review schedule, and once its
// answer is revealed, the four grades (Again, Hard, Good, Easy; keys 1–4) each with the interval
// it would give, as Anki shows them. A grade is recorded through the store at once.
class ReviewBar final : public QWidget
{
    Q_OBJECT

public:
    ReviewBar(ReviewStore *reviews, QWidget *parent = nullptr);

    // The grade actions, for the menu (their shortcuts are 1–4); enabled only while grading is.
    const std::array<QAction *, 4> &gradeActions() const { return m_actions; }
    // The question shown and whether its answer is in view; `active` is false on other pages.
    void setEntry(const QString &entryId, bool answerShown);
    void setActive(bool active);
    void refresh();  // after the schedule changed elsewhere (an interview, an import, a new day)
    QString statusText() const;  // where the question stands: "Next review in 3 days, on …"

    static QString intervalText(int days);

Q_SIGNALS:
    void graded(const QString &entryId, const DockPrep::ReviewState &state);
    void failed(const QString &error);

private:
    void grade(Fsrs::Grade grade);

    ReviewStore *m_reviews;
    QLabel *m_status;
    std::array<QPushButton *, 4> m_buttons{};
    std::array<QAction *, 4> m_actions{};
    QString m_entryId;
    bool m_answerShown = false;
    bool m_active = true;
};

} // namespace DockPrep
