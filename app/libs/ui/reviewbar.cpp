#include "ui/reviewbar.h"

#include "store/reviewstore.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

namespace DockPrep {

ReviewBar::ReviewBar(ReviewStore *reviews, QWidget *parent)
    : QWidget(parent)
    , m_reviews(reviews)
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("reviewBar"));
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Window);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(16, 6, 16, 6);
    m_status->setObjectName(QStringLiteral("reviewStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status, 1);

    const QString names[] = {QStringLiteral("gradeAgain"), QStringLiteral("gradeHard"), QStringLiteral("gradeGood"),
                             QStringLiteral("gradeEasy")};
    const QString texts[] = {tr("Again"), tr("Hard"), tr("Good"), tr("Easy")};
    const QString meanings[] = {tr("Forgot it: see it again soon"), tr("Recalled it, with effort"),
                                tr("Recalled it"), tr("Knew it at once")};
    for (int i = 0; i < 4; ++i) {
        auto *action = new QAction(texts[i], this);
        action->setObjectName(names[i]);
        action->setShortcut(QKeySequence(Qt::Key_1 + i));
        action->setToolTip(meanings[i]);
        connect(action, &QAction::triggered, this, [this, i] { grade(Fsrs::Grade(i + 1)); });
        m_actions[std::size_t(i)] = action;

        auto *button = new QPushButton(this);
        button->setObjectName(names[i]);
        button->setToolTip(QStringLiteral("%1 (%2)").arg(meanings[i], action->shortcut().toString(QKeySequence::NativeText)));
        button->setFocusPolicy(Qt::TabFocus);  // a click must not take the keys 1–4 away from the reader
        connect(button, &QPushButton::clicked, action, &QAction::trigger);
        layout->addWidget(button);
        m_buttons[std::size_t(i)] = button;
    }
    // The row keeps the height of its two-line buttons while they are hidden (before a reveal),
    // so the page above it does not jump when they appear.
    m_buttons[0]->setText(QStringLiteral("X\nX"));
    setMinimumHeight(m_buttons[0]->sizeHint().height() + layout->contentsMargins().top() + layout->contentsMargins().bottom());
    setEntry({}, false);
}

QString ReviewBar::intervalText(int days)
{
    // Whole words without a plural form to translate: the numbers here are never 0.
    if (days == 1)
        return tr("1 day");
    if (days < 31)
        return tr("%1 days").arg(days);
    if (days < 365)
        return tr("%1 months").arg(QLocale().toString(days / 30.4, 'f', 1));
    return tr("%1 years").arg(QLocale().toString(days / 365.0, 'f', 1));
}

void ReviewBar::setEntry(const QString &entryId, bool answerShown)
{
    m_entryId = entryId;
    m_answerShown = answerShown;
    refresh();
}

void ReviewBar::setActive(bool active)
{
    m_active = active;
    refresh();
}

QString ReviewBar::statusText() const
{
    return m_status->toolTip();
}

void ReviewBar::refresh()
{
    const bool grading = m_active && m_answerShown && !m_entryId.isEmpty();
    const QDate today = m_reviews->today();
    const std::optional<ReviewState> state = m_entryId.isEmpty() ? std::nullopt : m_reviews->state(m_entryId);
    const std::array<int, 4> days = ReviewScheduler::intervalsFor(state.value_or(ReviewState{}), today);
    for (std::size_t i = 0; i < 4; ++i) {
        m_buttons[i]->setText(m_actions[i]->text() + u'\n' + intervalText(days[i]));
        m_buttons[i]->setVisible(grading);
        m_actions[i]->setEnabled(grading);
    }
    QString where;
    if (!state)
        where = tr("Not reviewed yet.");
    else if (ReviewScheduler::isDue(*state, today))
        where = tr("Due for review today.");
    else
        where = tr("Next review in %1, on %2.").arg(intervalText(int(today.daysTo(state->due))),
                                                    QLocale().toString(state->due, QLocale::ShortFormat));
    // While grading, the question the buttons answer; the schedule is then in the tooltip.
    m_status->setText(grading ? tr("How well did you know it?") : where + u' ' + tr("Reveal the answer, then grade how well you knew it."));
    m_status->setToolTip(where);
}

void ReviewBar::grade(Fsrs::Grade grade)
{
    if (!m_active || !m_answerShown || m_entryId.isEmpty())
        return;
    QString error;
    const std::optional<ReviewState> state = m_reviews->grade(m_entryId, grade, &error);
    if (!state) {
        Q_EMIT failed(error);
        return;
    }
    refresh();
    Q_EMIT graded(m_entryId, *state);
}

} // namespace DockPrep
