#include "ui/interview/interviewrunningpage.h"

#include "content/curriculum.h"
#include "interview/sessionsummary.h"
#include "content/level.h"
#include "text/markdownhtml.h"
#include "ui/colorscheme.h"
#include "ui/confirmation.h"

#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace DockPrep {

InterviewRunningPage::InterviewRunningPage(const Curriculum &curriculum, QWidget *parent)
    : QWidget(parent)
    , m_curriculum(curriculum)
    , m_header(new QLabel(this))
    , m_countdown(new QLabel(this))
    , m_clockNote(new QLabel(this))
    , m_question(new QTextBrowser(this))
    , m_pausedCover(new QLabel(tr("Paused: the question is hidden until you resume."), this))
    , m_answer(new QPlainTextEdit(this))
    , m_pause(new QPushButton(tr("Pause"), this))
    , m_skip(new QPushButton(tr("Skip"), this))
    , m_submit(new QPushButton(tr("Submit answer"), this))
    , m_end(new QPushButton(tr("End session"), this))
    , m_transcribe(new QPushButton(tr("Transcribe a recording…"), this))
    , m_spokenNote(new QLabel(this))
    , m_spokenStatus(new QLabel(this))
    , m_readAgain(new QPushButton(tr("Read aloud again"), this))
{
    m_countdown->setObjectName(QStringLiteral("countdown"));
    QFont big = m_countdown->font();
    big.setPointSizeF(big.pointSizeF() * 3.5);
    big.setBold(true);
    big.setFeature(QFont::Tag("tnum"), 1);  // digits of equal width, so the clock does not jitter
    m_countdown->setFont(big);
    m_countdown->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_countdown->setAccessibleName(tr("Time left"));
    m_clockNote->setAlignment(Qt::AlignRight);
    m_header->setWordWrap(true);

    m_question->setOpenLinks(false);
    m_question->setMaximumHeight(200);
    m_question->setObjectName(QStringLiteral("question"));
    m_pausedCover->setObjectName(QStringLiteral("pausedCover"));
    m_pausedCover->setAlignment(Qt::AlignCenter);
    m_pausedCover->setFrameShape(QFrame::StyledPanel);
    m_pausedCover->setMinimumHeight(80);
    m_pausedCover->hide();
    m_clockNote->setObjectName(QStringLiteral("clockNote"));
    m_answer->setObjectName(QStringLiteral("answer"));
    m_answer->setPlaceholderText(tr("Type your answer as you would say it: what, why, how you would check it, what can go wrong."));
    m_answer->setTabChangesFocus(true);
    m_pause->setObjectName(QStringLiteral("pause"));
    m_skip->setObjectName(QStringLiteral("skip"));
    m_submit->setObjectName(QStringLiteral("submit"));
    m_end->setObjectName(QStringLiteral("end"));
    m_transcribe->setObjectName(QStringLiteral("transcribeRecording"));
    m_transcribe->setToolTip(tr("Answer out loud with any recorder, then pick the WAV file: it is transcribed on this "
                                "computer and added to your answer, to correct before you submit"));
    m_spokenNote->setObjectName(QStringLiteral("spokenNote"));
    m_spokenNote->setWordWrap(true);
    m_spokenNote->setTextFormat(Qt::PlainText);
    m_spokenNote->hide();
    m_spokenStatus->setObjectName(QStringLiteral("spokenStatus"));
    m_spokenStatus->setWordWrap(true);
    m_spokenStatus->setTextFormat(Qt::PlainText);
    m_spokenStatus->hide();
    m_readAgain->setObjectName(QStringLiteral("readAgain"));
    m_readAgain->setToolTip(tr("Hear the question again; the recording waits while it is read"));
    m_readAgain->hide();
    m_pause->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    m_submit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_submit->setToolTip(tr("Submit the answer (Ctrl+Return)"));
    m_pause->setToolTip(tr("Stop the clock (Ctrl+P); time paused is recorded but not counted"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_header, 1);
    auto *clock = new QVBoxLayout;
    clock->addWidget(m_countdown);
    clock->addWidget(m_clockNote);
    top->addLayout(clock);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_pause);
    buttons->addWidget(m_skip);
    buttons->addStretch();
    buttons->addWidget(m_end);
    buttons->addWidget(m_submit);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_question);
    layout->addWidget(m_pausedCover);
    layout->addWidget(m_spokenStatus);
    auto *answerRow = new QHBoxLayout;
    answerRow->addWidget(new QLabel(tr("Your answer:"), this), 1);
    answerRow->addWidget(m_readAgain);
    answerRow->addWidget(m_transcribe);
    layout->addLayout(answerRow);
    layout->addWidget(m_answer, 1);
    layout->addWidget(m_spokenNote);
    layout->addLayout(buttons);

    connect(m_answer, &QPlainTextEdit::textChanged, this, [this] { Q_EMIT answerEdited(m_answer->toPlainText()); });
    connect(m_pause, &QPushButton::clicked, this, &InterviewRunningPage::pauseToggled);
    connect(m_skip, &QPushButton::clicked, this, &InterviewRunningPage::skipRequested);
    connect(m_submit, &QPushButton::clicked, this, &InterviewRunningPage::submitRequested);
    connect(m_end, &QPushButton::clicked, this, &InterviewRunningPage::confirmEnd);
    connect(m_transcribe, &QPushButton::clicked, this, &InterviewRunningPage::chooseRecording);
    connect(m_readAgain, &QPushButton::clicked, this, &InterviewRunningPage::readAgainRequested);
    connect(&m_hearing, &QFutureWatcherBase::finished, this, &InterviewRunningPage::recordingHeard);
}

void InterviewRunningPage::chooseRecording()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Transcribe a spoken answer"), QString(), tr("WAV sound (*.wav)"));
    if (!path.isEmpty())
        transcribeRecording(path);
}

void InterviewRunningPage::transcribeRecording(const QString &wavPath)
{
    const Entry *entry = m_curriculum.entry(m_shownEntry);
    if (!entry || m_hearing.isRunning())
        return;
    m_hearingFor = m_shownIndex;
    m_transcribe->setEnabled(false);
    m_spokenNote->setText(tr("Transcribing %1 on this computer…").arg(QFileInfo(wavPath).fileName()));
    m_spokenNote->show();
    // The worker gets copies and the curriculum, which outlives every page.
    m_hearing.setFuture(QtConcurrent::run([wavPath, entry = *entry, &curriculum = m_curriculum] {
        return hearSpokenAnswer(wavPath, curriculum, entry);
    }));
}

void InterviewRunningPage::recordingHeard()
{
    m_transcribe->setEnabled(true);
    const SpokenAnswer heard = m_hearing.result();
    if (m_hearingFor != m_shownIndex) {
        m_spokenNote->hide();  // the session has moved on to another question
        return;
    }
    if (!heard.ok()) {
        m_spokenNote->setText(tr("Not transcribed: %1").arg(heard.error));
        return;
    }
    if (heard.transcript.text.isEmpty()) {
        m_spokenNote->setText(tr("No words were heard in that recording."));
        return;
    }
    // Editing emits answerEdited(), so the session keeps it like typing.
    m_answer->setPlainText(answerWithTranscript(m_answer->toPlainText(), heard.transcript.text));
    m_answer->moveCursor(QTextCursor::End);
    m_spokenNote->setText(tr("Heard from the recording (correct it above before submitting): %1").arg(deliverySummary(heard.delivery)));
}

void InterviewRunningPage::setSpokenStatus(const QString &status)
{
    m_spokenStatus->setText(status);
    m_spokenStatus->setVisible(!status.isEmpty());
    m_readAgain->setVisible(!status.isEmpty());
}

void InterviewRunningPage::confirmEnd()
{
    if (m_confirmEnd && m_confirmEnd->isVisible())  // a closed box lives on until its deleteLater runs
        return;
    // Not blocking: the session's clock, its autosave and a move on at zero carry on meanwhile.
    m_confirmEnd = askToConfirm(this,
                                {QStringLiteral("confirmEnd"), tr("End the session?"),
                                 tr("End the session now? The answers so far are kept and scored; the questions not asked yet "
                                    "are left out."),
                                 tr("End session"), tr("Keep going")},
                                [this] { Q_EMIT endRequested(); });
}

void InterviewRunningPage::showOvertime(QLabel *label, qint64 overtimeMs)
{
    label->setText(formatOvertime(overtimeMs));
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, problemTextColor(QApplication::palette()));
    label->setPalette(palette);
    label->setProperty("warning", QLatin1String("overtime"));
}

void InterviewRunningPage::showQuestion(const InterviewSession &session)
{
    const int index = session.currentIndex();
    const SessionQuestion question = session.question(index);
    const Entry *entry = m_curriculum.entry(question.entryId);
    if (index != m_shownIndex || question.entryId != m_shownEntry) {
        m_shownIndex = index;
        m_shownEntry = question.entryId;
        m_spokenNote->hide();  // the figures of the previous answer
        const Chapter *chapter = m_curriculum.chapter(question.chapterId);
        const QString mode = session.config().openBook ? tr("open book") : tr("closed book");
        m_header->setText(QStringLiteral("<b>%1</b><br>%2")
                              .arg(tr("Question %1 of %2").arg(index + 1).arg(session.questionCount()).toHtmlEscaped(),
                                   QStringList{chapter ? chapter->title : question.chapterId, levelDisplayName(question.level), mode}
                                       .join(QStringLiteral(" · "))
                                       .toHtmlEscaped()));
        m_question->setHtml(entry ? QStringLiteral("<h2>%1</h2>%2").arg(entry->title.toHtmlEscaped(), markdownToHtml(entry->question))
                                  : tr("This question is no longer in the curriculum (%1).").arg(question.entryId.toHtmlEscaped()));
        const QSignalBlocker blocker(m_answer);
        m_answer->setPlainText(question.answer);
        m_answer->moveCursor(QTextCursor::End);
        m_answer->setFocus();
    }
    updateClock(session);
}

void InterviewRunningPage::updateClock(const InterviewSession &session)
{
    const qint64 remaining = session.remainingMs();
    const bool paused = session.state() == InterviewSession::State::Paused;
    if (remaining < 0) {
        showOvertime(m_countdown, -remaining);
    } else {
        m_countdown->setText(formatDuration(remaining));
        const InterviewSession::Warning warning = session.warning();
        QPalette palette = this->palette();
        const char *level = "none";
        if (warning == InterviewSession::Warning::Red) {
            palette.setColor(QPalette::WindowText, problemTextColor(palette));
            level = "red";
        } else if (warning == InterviewSession::Warning::Amber) {
            palette.setColor(QPalette::WindowText, amberTextColor(palette));
            level = "amber";
        }
        m_countdown->setPalette(palette);
        m_countdown->setProperty("warning", QLatin1String(level));
    }

    QString note;
    if (paused)  // counts up in whole seconds, as the countdown counts down
        note = tr("Paused for %1: the clock is stopped").arg(formatDuration(session.pausedMs() / 1000 * 1000));
    else if (remaining <= 0)
        note = tr("Time is up: overtime is being recorded");
    else if (session.config().timeLimit == TimeLimit::Total)
        note = tr("left for the whole session");
    else
        note = tr("left for this question");
    m_clockNote->setText(note);

    // A pause is a break, not extra thinking time: the question goes out of sight with the clock.
    m_question->setVisible(!paused);
    m_pausedCover->setVisible(paused);
    m_pause->setText(paused ? tr("Resume") : tr("Pause"));
    m_answer->setReadOnly(paused);
    m_skip->setEnabled(!paused);
    m_transcribe->setEnabled(!paused && !m_hearing.isRunning());
    m_readAgain->setEnabled(!paused);
    m_submit->setEnabled(!paused);
}

} // namespace DockPrep
