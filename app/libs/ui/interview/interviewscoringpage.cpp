#include "ui/interview/interviewscoringpage.h"

#include "render/pagelink.h"
#include "ui/interview/answerplaybackbar.h"
#include "ui/interview/interviewrunningpage.h"
#include "ui/colorscheme.h"

#include "content/curriculum.h"
#include "interview/keypointmatcher.h"
#include "interview/sessionsummary.h"
#include "render/entrypage.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStyle>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace DockPrep {

namespace {

QString quoted(const QString &text)
{
    return InterviewScoringPage::tr("“%1”").arg(text.simplified());
}

QString whyNotCounted(MatchEvidence::Kind kind)
{
    switch (kind) {
    case MatchEvidence::Kind::Counted: return {};
    case MatchEvidence::Kind::Negated: return InterviewScoringPage::tr("negated");
    case MatchEvidence::Kind::Generic: return InterviewScoringPage::tr("too general on its own");
    case MatchEvidence::Kind::KeywordList: return InterviewScoringPage::tr("in a bare list of terms");
    }
    return {};
}

} // namespace

// "Ticked by: “pg_dump”, “WAL archiving”. Not counted: “backups” (negated)." Empty when no term
// of the point occurs in the answer.
QString InterviewScoringPage::evidenceText(const QString &answer, const KeyPointVerdict &verdict)
{
    QStringList counted;
    QStringList ignored;
    for (const MatchEvidence &e : verdict.evidence) {
        const QString words = quoted(answer.mid(e.start, e.length));
        if (e.kind == MatchEvidence::Kind::Counted) {
            if (!counted.contains(words))
                counted.append(words);
        } else if (const QString item = tr("%1 (%2)").arg(words, whyNotCounted(e.kind)); !ignored.contains(item)) {
            ignored.append(item);
        }
    }
    QStringList parts;
    if (!counted.isEmpty())
        parts.append(tr("Ticked by: %1.").arg(counted.join(QStringLiteral(", "))));
    if (!ignored.isEmpty())
        parts.append(tr("Not counted: %1.").arg(ignored.join(QStringLiteral(", "))));
    return parts.join(u' ');
}

// The answer as HTML with every counted term highlighted (its tooltip names the key points it
// ticked) and every occurrence that did not count underlined, with the reason as tooltip.
QString InterviewScoringPage::highlightedAnswerHtml(const QString &answer, const QList<KeyPointVerdict> &verdicts)
{
    const qsizetype n = answer.size();
    QList<QStringList> ticks(n);    // per character: the key points it ticked
    QList<QStringList> ignored(n);  // per character: why it did not count, per key point
    for (qsizetype p = 0; p < verdicts.size(); ++p) {
        for (const MatchEvidence &e : verdicts.at(p).evidence) {
            for (qsizetype c = e.start; c < qMin(n, e.start + e.length); ++c) {
                if (e.kind == MatchEvidence::Kind::Counted)
                    ticks[c].append(tr("Ticked key point %1").arg(p + 1));
                else
                    ignored[c].append(tr("Key point %1: not counted, %2").arg(p + 1).arg(whyNotCounted(e.kind)));
            }
        }
    }
    QString html;
    qsizetype runStart = 0;
    const auto styleAt = [&](qsizetype c) { return std::pair{ticks.at(c), ticks.at(c).isEmpty() ? ignored.at(c) : QStringList{}}; };
    for (qsizetype c = 1; c <= n; ++c) {
        if (c < n && styleAt(c) == styleAt(runStart))
            continue;
        const QString text = answer.mid(runStart, c - runStart).toHtmlEscaped();
        const auto [ticked, notCounted] = styleAt(runStart);
        if (!ticked.isEmpty()) {
            html += QStringLiteral("<span style=\"background-color: #ffe066; color: #000000;\" title=\"%1\">%2</span>")
                        .arg(ticked.join(QStringLiteral("; ")).toHtmlEscaped(), text);
        } else if (!notCounted.isEmpty()) {
            html += QStringLiteral("<u title=\"%1\">%2</u>").arg(notCounted.join(QStringLiteral("; ")).toHtmlEscaped(), text);
        } else {
            html += text;
        }
        runStart = c;
    }
    return html;
}

InterviewScoringPage::InterviewScoringPage(const Curriculum &curriculum, QWidget *parent)
    : QWidget(parent)
    , m_curriculum(curriculum)
    , m_header(new QLabel(this))
    , m_overtime(new QLabel(this))
    , m_timeNote(new QLabel(this))
    , m_help(new QLabel(scoringFormulaHelp(), this))
    , m_answerView(new QTextBrowser(this))
    , m_spokenPanel(new QWidget(this))
    , m_playback(new AnswerPlaybackBar(m_spokenPanel))
    , m_delivery(new QLabel(m_spokenPanel))
    , m_transcript(new QPlainTextEdit(m_spokenPanel))
    , m_modelView(new QTextBrowser(this))
    , m_columns(new QSplitter(Qt::Horizontal, this))
    , m_texts(new QSplitter(Qt::Vertical, this))
    , m_keyPointLayout(new QVBoxLayout)
    , m_score(new QLabel(this))
    , m_save(new QPushButton(tr("Save score and continue"), this))
{
    m_header->setWordWrap(true);
    m_overtime->setObjectName(QStringLiteral("overtime"));
    QFont big = m_overtime->font();
    big.setPointSizeF(big.pointSizeF() * 2);
    big.setBold(true);
    big.setFeature(QFont::Tag("tnum"), 1);
    m_overtime->setFont(big);
    m_overtime->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_timeNote->setObjectName(QStringLiteral("timeNote"));
    m_timeNote->setAlignment(Qt::AlignRight);
    m_answerView->setObjectName(QStringLiteral("answerView"));
    m_modelView->setObjectName(QStringLiteral("modelView"));
    m_transcript->setObjectName(QStringLiteral("transcript"));
    m_transcript->setTabChangesFocus(true);
    m_transcript->setAccessibleName(tr("Transcript of your spoken answer"));
    m_delivery->setObjectName(QStringLiteral("delivery"));
    m_delivery->setWordWrap(true);
    m_delivery->setTextFormat(Qt::PlainText);
    auto *spokenLayout = new QVBoxLayout(m_spokenPanel);
    spokenLayout->setContentsMargins(0, 0, 0, 0);
    auto *correctLabel = new QLabel(tr("What was heard (correct anything misheard; the key points follow your corrections):"),
                                    m_spokenPanel);
    correctLabel->setWordWrap(true);
    correctLabel->setBuddy(m_transcript);
    spokenLayout->addWidget(m_playback);
    spokenLayout->addWidget(m_delivery);
    spokenLayout->addWidget(correctLabel);
    spokenLayout->addWidget(m_transcript, 1);
    m_spokenPanel->hide();
    m_reassess.setSingleShot(true);
    m_reassess.setInterval(300);
    connect(m_transcript, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_transcript->isReadOnly())
            m_reassess.start();
    });
    connect(&m_reassess, &QTimer::timeout, this, [this] { showAnswer(m_transcript->toPlainText()); });
    m_modelView->setOpenLinks(false);
    connect(m_modelView, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (const QString id = PageLink::parse(url).entryId(); !id.isEmpty())
            Q_EMIT entryLinkActivated(id);
    });

    auto *keyPointsBox = new QGroupBox(tr("Key points your answer covered"), this);
    auto *keyPointsOuter = new QVBoxLayout(keyPointsBox);
    auto *hint = new QLabel(tr("Ticked where your answer uses the key point's words or synonyms, not negated and not only as "
                               "general words or a bare list of terms. The words that ticked each point are highlighted in "
                               "your answer. Confirm or correct each one."),
                            keyPointsBox);
    hint->setWordWrap(true);
    hint->setObjectName(QStringLiteral("keyPointHint"));
    keyPointsOuter->addWidget(hint);
    keyPointsOuter->addLayout(m_keyPointLayout);

    auto *ratingsBox = new QGroupBox(tr("Rate your answer (0 = absent, 5 = excellent)"), this);
    auto *grid = new QGridLayout(ratingsBox);
    const QList<std::pair<QString, int>> criteria{
        {tr("Technical skills"), Rubric::technicalWeight},
        {tr("Communication"), Rubric::communicationWeight},
        {tr("Production experience"), Rubric::productionWeight},
        {tr("Leadership"), Rubric::leadershipWeight},
    };
    const QStringList hints{tr("depth, approach, best practices, hands-on"), tr("clear, structured, could teach it"),
                            tr("real incidents, operations, monitoring"), tr("decisions, trade-offs, guiding others")};
    for (int i = 0; i < criteria.size(); ++i) {
        auto *label = new QLabel(tr("%1 (%2 %)").arg(criteria.at(i).first).arg(criteria.at(i).second), ratingsBox);
        auto *spin = new QSpinBox(ratingsBox);
        spin->setRange(0, Rubric::maxRating);
        spin->setObjectName(QStringLiteral("rating%1").arg(i));
        label->setBuddy(spin);
        label->setToolTip(hints.at(i));
        spin->setToolTip(hints.at(i));
        grid->addWidget(label, i, 0);
        grid->addWidget(spin, i, 1);
        m_ratings.append(spin);
        connect(spin, &QSpinBox::valueChanged, this, &InterviewScoringPage::updateScore);
    }
    grid->setColumnStretch(2, 1);  // keeps the spin boxes next to their labels

    QFont scoreFont = m_score->font();
    scoreFont.setPointSizeF(scoreFont.pointSizeF() * 1.6);
    scoreFont.setBold(true);
    m_score->setFont(scoreFont);
    m_score->setObjectName(QStringLiteral("score"));
    m_help->setObjectName(QStringLiteral("scoringHelp"));
    m_help->setWordWrap(true);
    m_save->setObjectName(QStringLiteral("saveScore"));
    m_save->setDefault(true);

    auto *controls = new QWidget(this);
    auto *controlsLayout = new QVBoxLayout(controls);
    controlsLayout->setContentsMargins(0, 0, 0, 0);
    controlsLayout->addWidget(keyPointsBox);
    controlsLayout->addWidget(ratingsBox);
    m_score->setWordWrap(true);
    controlsLayout->addWidget(m_score);
    auto *saveRow = new QHBoxLayout;
    saveRow->addStretch();
    saveRow->addWidget(m_save);
    controlsLayout->addLayout(saveRow);
    controlsLayout->addWidget(m_help);
    controlsLayout->addStretch();
    // The model answer is the longer read (answer, key points, follow-ups): it gets two thirds of
    // the height, the user's own answer one third; the user can move the handle.
    m_texts->setObjectName(QStringLiteral("answerSplitter"));
    auto *answerPane = new QWidget(this);
    auto *answerLayout = new QVBoxLayout(answerPane);
    answerLayout->setContentsMargins(0, 0, 0, 0);
    answerLayout->addWidget(m_spokenPanel, 1);
    answerLayout->addWidget(m_answerView, 1);
    m_texts->addWidget(answerPane);
    m_texts->addWidget(m_modelView);
    m_texts->setStretchFactor(0, 1);
    m_texts->setStretchFactor(1, 2);
    m_texts->setChildrenCollapsible(false);
    m_columns->addWidget(m_texts);
    m_columns->addWidget(controls);
    m_columns->setStretchFactor(0, 11);
    m_columns->setStretchFactor(1, 9);
    m_columns->setChildrenCollapsible(false);

    auto *top = new QHBoxLayout;
    top->addWidget(m_header, 1);
    auto *clock = new QVBoxLayout;
    clock->addWidget(m_overtime);
    clock->addWidget(m_timeNote);
    top->addLayout(clock);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_columns, 1);

    connect(m_save, &QPushButton::clicked, this, [this] {
        if (m_reassess.isActive()) {  // the last correction counts even when saved at once
            m_reassess.stop();
            showAnswer(m_transcript->toPlainText());
        }
        Q_EMIT scoreSubmitted(ticked(), ratings());
    });
}

void InterviewScoringPage::showQuestion(const SessionQuestion &question, int index, int count, const QString &recordingPath)
{
    const Entry *entry = m_curriculum.entry(question.entryId);
    m_header->setText(QStringLiteral("<b>%1</b>").arg(
        tr("Scoring question %1 of %2: %3").arg(index + 1).arg(count).arg(entry ? entry->title : question.entryId).toHtmlEscaped()));

    const QList<KeyPoint> keyPoints = entry ? entry->keyPoints : QList<KeyPoint>{};
    m_entryKeyPoints = keyPoints;
    m_ticksTouched = false;
    m_reassess.stop();
    const bool spoken = !question.recording.isEmpty();
    m_spokenPanel->setVisible(spoken);
    if (spoken) {
        m_playback->setRecording(recordingPath, tr("Your recorded answer"));
        showHeardFigures(question);
    } else {
        m_playback->setRecording(QString());
    }
    QString model;
    if (entry) {
        RevealState reveal;
        reveal.everything = true;
        model = EntryPage(m_curriculum, palette()).html(*entry, reveal);
        model.remove(QStringLiteral("<html><body>"));
    }
    m_modelView->setHtml(QStringLiteral("<html><body><h2>%1</h2>%2</body></html>").arg(tr("Model answer").toHtmlEscaped(), model));

    // Overtime in the place and colour the running page showed it; the note says what happened.
    m_overtime->setVisible(question.reachedZero);
    m_timeNote->setVisible(question.reachedZero);
    if (question.reachedZero) {
        InterviewRunningPage::showOvertime(m_overtime, question.overtimeMs);
        m_timeNote->setText(question.overtimeMs > 0
                                ? tr("Time ran out: you kept answering %1 past the zero.").arg(formatDuration(question.overtimeMs / 1000 * 1000))
                                : tr("Time ran out: the answer was taken as it stood at zero."));
    }
    showAsQuiet(m_help);
    showAsQuiet(m_timeNote);

    qDeleteAll(m_keyPoints);
    m_keyPoints.clear();
    qDeleteAll(m_evidence);
    m_evidence.clear();
    m_keyPointCount = int(keyPoints.size());
    for (qsizetype i = 0; i < keyPoints.size(); ++i) {
        auto *box = new QCheckBox(keyPoints.at(i).text, this);
        box->setObjectName(QStringLiteral("keyPoint%1").arg(i));
        box->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);  // long key points must not widen the pane
        // The whole point too: a very long one is cut at the pane's edge.
        box->setToolTip(keyPoints.at(i).text + u'\n'
                        + tr("Terms that show this point: %1").arg(keyPoints.at(i).matchTerms.join(QStringLiteral(", "))));
        connect(box, &QCheckBox::toggled, this, [this] {
            m_ticksTouched = true;
            updateScore();
        });
        m_keyPointLayout->addWidget(box);
        m_keyPoints.append(box);
        // What decided the tick, so the candidate can see why and correct it.
        auto *evidence = new QLabel(this);
        evidence->setObjectName(QStringLiteral("evidence%1").arg(i));
        evidence->setWordWrap(true);
        evidence->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        evidence->setContentsMargins(box->style()->pixelMetric(QStyle::PM_IndicatorWidth) + 8, 0, 0, 4);
        showAsQuiet(evidence);
        m_keyPointLayout->addWidget(evidence);
        m_evidence.append(evidence);
    }
    for (QSpinBox *spin : std::as_const(m_ratings)) {
        const QSignalBlocker blocker(spin);
        spin->setValue(0);
    }
    showAnswer(question.answer);
    setHearing(spoken && !question.delivery);
    m_save->setFocus();
}

void InterviewScoringPage::showAnswer(const QString &answer)
{
    m_answer = answer;
    const QList<KeyPointVerdict> verdicts = KeyPointMatcher::assess(m_entryKeyPoints, answer);
    const QString shown = answer.trimmed().isEmpty()
        ? QStringLiteral("<p><i>%1</i></p>").arg(tr("No answer was typed.").toHtmlEscaped())
        : QStringLiteral("<table width=\"100%\" cellpadding=\"8\" border=\"1\" cellspacing=\"0\"><tr><td><pre style=\"white-space: pre-wrap;\">%1</pre></td></tr></table>")
              .arg(highlightedAnswerHtml(answer, verdicts));
    m_answerView->setHtml(QStringLiteral("<html><body><h2>%1</h2>%2</body></html>").arg(tr("Your answer").toHtmlEscaped(), shown));
    for (qsizetype i = 0; i < m_keyPoints.size() && i < verdicts.size(); ++i) {
        if (!m_ticksTouched) {
            const QSignalBlocker blocker(m_keyPoints.at(i));
            m_keyPoints.at(i)->setChecked(verdicts.at(i).covered);
        }
        m_evidence.at(i)->setText(evidenceText(answer, verdicts.at(i)));
        m_evidence.at(i)->setVisible(!m_evidence.at(i)->text().isEmpty());
    }
    updateScore();
}

void InterviewScoringPage::setHearing(bool hearing)
{
    m_transcript->setReadOnly(hearing);
    m_transcript->setPlaceholderText(hearing ? tr("Transcribing your answer on this computer…") : QString());
    m_save->setEnabled(!hearing);
    m_save->setToolTip(hearing ? tr("Waits for the transcript of your answer") : QString());
}

void InterviewScoringPage::showHeardAnswer(const SessionQuestion &question)
{
    showHeardFigures(question);
    showAnswer(question.answer);
    setHearing(false);
}

void InterviewScoringPage::showHeardFigures(const SessionQuestion &question)
{
    m_delivery->setText(question.delivery ? deliverySummary(*question.delivery) : QString());
    m_delivery->setVisible(question.delivery.has_value());
    const QSignalBlocker blocker(m_transcript);  // shown, not corrected: no reassessing
    m_transcript->setPlainText(question.answer);
}

void InterviewScoringPage::showHearingProblem(const QString &message)
{
    m_delivery->setText(message);
    m_delivery->setVisible(true);
}

QString InterviewScoringPage::answer() const
{
    return m_answer;
}

void InterviewScoringPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_splitSet || m_texts->height() <= 0)
        return;
    // Splitters share out their first size by size hints, which gave the answer and the model
    // the same height. Once the real size is known: the model answer two thirds of the height,
    // the texts a little over half the width (a key point's box does not wrap, so the other
    // column keeps room for a long one); after that the stretch factors and the user's handles.
    m_splitSet = true;
    const int height = m_texts->height();
    m_texts->setSizes({height / 3, height - height / 3});
    const int width = m_columns->width();
    m_columns->setSizes({width * 11 / 20, width - width * 11 / 20});
}

QList<bool> InterviewScoringPage::ticked() const
{
    QList<bool> result;
    for (const QCheckBox *box : m_keyPoints)
        result.append(box->isChecked());
    return result;
}

RubricRatings InterviewScoringPage::ratings() const
{
    return {m_ratings.at(0)->value(), m_ratings.at(1)->value(), m_ratings.at(2)->value(), m_ratings.at(3)->value()};
}

int InterviewScoringPage::score() const
{
    return questionScore(int(ticked().count(true)), m_keyPointCount, ratings());
}

void InterviewScoringPage::updateScore()
{
    m_score->setText(tr("Score: %1 / 100").arg(score()));
    m_score->setToolTip(tr("Key points %1 of %2").arg(ticked().count(true)).arg(m_keyPointCount));
}

} // namespace DockPrep
