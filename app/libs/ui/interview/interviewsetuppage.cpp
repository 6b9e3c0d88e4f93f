#include "ui/interview/interviewsetuppage.h"

#include "ui/colorscheme.h"
#include "content/curriculum.h"
#include "interview/sessionsummary.h"
#include "content/level.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

#include <limits>

namespace DockPrep {

InterviewSetupPage::InterviewSetupPage(const Curriculum &curriculum, QWidget *parent)
    : QWidget(parent)
    , m_preset(new QComboBox(this))
    , m_chapters(new QListWidget(this))
    , m_count(new QSpinBox(this))
    , m_timeMode(new QComboBox(this))
    , m_minutes(new QSpinBox(this))
    , m_order(new QComboBox(this))
    , m_seed(new QLineEdit(this))
    , m_openBook(new QCheckBox(tr("Open book: the contents, search and notes stay available"), this))
    , m_spoken(new QCheckBox(tr("Answer out loud: each question is read aloud and your answer recorded, then transcribed "
                                "for scoring"),
                             this))
    , m_feedback(new QComboBox(this))
    , m_atZero(new QComboBox(this))
    , m_due(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_start(new QPushButton(tr("Start interview"), this))
    , m_resumeBox(new QFrame(this))
    , m_resumeText(new QLabel(m_resumeBox))
{
    m_preset->setObjectName(QStringLiteral("preset"));
    m_chapters->setObjectName(QStringLiteral("chapters"));
    m_count->setObjectName(QStringLiteral("questionCount"));
    m_timeMode->setObjectName(QStringLiteral("timeMode"));
    m_minutes->setObjectName(QStringLiteral("minutes"));
    m_order->setObjectName(QStringLiteral("order"));
    m_seed->setObjectName(QStringLiteral("seed"));
    m_openBook->setObjectName(QStringLiteral("openBook"));
    m_spoken->setObjectName(QStringLiteral("spoken"));
    m_spoken->setToolTip(tr("Practise as in a real interview: the recording stays on this computer, is transcribed here "
                            "and can be played back when scoring and in the history"));
    m_feedback->setObjectName(QStringLiteral("feedback"));
    m_atZero->setObjectName(QStringLiteral("atZero"));
    m_problem->setObjectName(QStringLiteral("problem"));

    auto *title = new QLabel(tr("<h2>Mock interview</h2><p>One question at a time against the clock, no peeking, then an "
                                "honest score against the key points and the evaluation rubric (technical skills 40 %, "
                                "communication 25 %, production experience 20 %, leadership 15 %).</p>"),
                             this);
    title->setWordWrap(true);

    // The resume offer comes first: an interrupted session is usually what the user came back for.
    m_resumeBox->setFrameShape(QFrame::StyledPanel);
    auto *resumeLayout = new QHBoxLayout(m_resumeBox);
    m_resumeText->setWordWrap(true);
    auto *resume = new QPushButton(tr("Resume"), m_resumeBox);
    resume->setObjectName(QStringLiteral("resume"));
    auto *discard = new QPushButton(tr("Discard"), m_resumeBox);
    resumeLayout->addWidget(m_resumeText, 1);
    resumeLayout->addWidget(resume);
    resumeLayout->addWidget(discard);
    m_resumeBox->hide();
    connect(resume, &QPushButton::clicked, this, [this] { Q_EMIT resumeRequested(m_incompleteId); });
    connect(discard, &QPushButton::clicked, this, [this] { Q_EMIT discardRequested(m_incompleteId); });

    m_preset->addItem(tr("Custom"));
    for (const SessionPreset &preset : sessionPresets()) {
        m_preset->addItem(preset.title, preset.id);
        m_preset->setItemData(m_preset->count() - 1, preset.description, Qt::ToolTipRole);
    }

    for (const Chapter &chapter : curriculum.chapters()) {
        if (chapter.entryIds.isEmpty())
            continue;
        auto *item = new QListWidgetItem(tr("%1 (%2)").arg(chapter.title).arg(chapter.entryIds.size()), m_chapters);
        item->setData(Qt::UserRole, chapter.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    m_chapters->setMinimumSize(360, 90);
    m_chapters->setMaximumHeight(200);
    auto *allChapters = new QToolButton(this);
    allChapters->setText(tr("All"));
    auto *noChapters = new QToolButton(this);
    noChapters->setText(tr("None"));
    const auto checkAll = [this](Qt::CheckState state) {
        for (int i = 0; i < m_chapters->count(); ++i)
            m_chapters->item(i)->setCheckState(state);
    };
    connect(allChapters, &QToolButton::clicked, this, [checkAll] { checkAll(Qt::Checked); });
    connect(noChapters, &QToolButton::clicked, this, [checkAll] { checkAll(Qt::Unchecked); });
    auto *chapterButtons = new QHBoxLayout;
    chapterButtons->addWidget(allChapters);
    chapterButtons->addWidget(noChapters);
    chapterButtons->addStretch();
    auto *chapterBox = new QVBoxLayout;
    chapterBox->addWidget(m_chapters);
    chapterBox->addLayout(chapterButtons);

    auto *levels = new QHBoxLayout;
    for (Level level : allLevels) {
        auto *box = new QCheckBox(levelDisplayName(level), this);
        box->setChecked(true);
        box->setProperty("level", levelId(level));
        m_levels.append(box);
        levels->addWidget(box);
    }
    levels->addStretch();

    m_count->setRange(1, SessionLimits::maxQuestions);
    for (TimeLimit limit : {TimeLimit::PerQuestion, TimeLimit::Total})
        m_timeMode->addItem(timeLimitTitle(limit), int(limit));
    m_minutes->setSuffix(tr(" min"));
    auto *time = new QHBoxLayout;
    time->addWidget(m_minutes);
    time->addWidget(m_timeMode);
    time->addStretch();

    m_order->addItem(tr("Random"), int(QuestionOrder::Random));
    m_order->addItem(tr("Weakest first"), int(QuestionOrder::WeakestFirst));
    m_order->addItem(tr("Due for review"), int(QuestionOrder::DueForReview));
    m_seed->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{1,10}")), m_seed));
    m_seed->setToolTip(tr("The shuffle number picks the random order: the same number with the same settings asks the same "
                          "questions in the same order, so you can replay a session or share it. Each new session draws a new number "
                          "unless you type one."));
    connect(m_seed, &QLineEdit::textEdited, this, [this](const QString &text) { m_seedFixed = !text.isEmpty(); });
    m_seed->setMaximumWidth(120);
    auto *newSeed = new QToolButton(this);
    newSeed->setObjectName(QStringLiteral("shuffleAgain"));
    newSeed->setText(tr("Shuffle again"));
    connect(newSeed, &QToolButton::clicked, this, [this] {
        m_seedFixed = false;
        m_seed->setText(QString::number(freshSeed()));
    });
    auto *order = new QHBoxLayout;
    order->addWidget(m_order);
    auto *seedLabel = new QLabel(tr("Shuffle &number:"), this);
    seedLabel->setBuddy(m_seed);
    order->addWidget(seedLabel);
    order->addWidget(m_seed);
    order->addWidget(newSeed);
    order->addStretch();

    for (FeedbackTiming timing : {FeedbackTiming::AfterEachQuestion, FeedbackTiming::AtEnd})
        m_feedback->addItem(feedbackTimingTitle(timing), int(timing));
    for (AtZero atZero : {AtZero::Wait, AtZero::MoveOn})
        m_atZero->addItem(atZeroTitle(atZero), int(atZero));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(tr("Preset:"), m_preset);
    form->addRow(tr("Chapters:"), chapterBox);
    form->addRow(tr("Levels:"), levels);
    form->addRow(tr("Questions:"), m_count);
    form->addRow(tr("Time:"), time);
    form->addRow(tr("Order:"), order);
    form->addRow(QString(), m_openBook);
    form->addRow(QString(), m_spoken);
    form->addRow(tr("Score:"), m_feedback);
    form->addRow(tr("At zero:"), m_atZero);

    m_problem->setWordWrap(true);
    m_problem->hide();

    m_start->setObjectName(QStringLiteral("start"));
    m_start->setDefault(true);
    auto *history = new QPushButton(tr("History…"), this);
    history->setObjectName(QStringLiteral("history"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_due);
    buttons->addStretch();
    buttons->addWidget(history);
    buttons->addWidget(m_start);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_resumeBox);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    layout->addLayout(buttons);

    connect(m_preset, &QComboBox::activated, this, &InterviewSetupPage::applyPreset);
    connect(m_timeMode, &QComboBox::currentIndexChanged, this, &InterviewSetupPage::updateTimeRange);
    // Any manual change makes the session custom again.
    const auto custom = [this] {
        if (!m_applyingPreset)
            m_preset->setCurrentIndex(0);
    };
    connect(m_count, &QSpinBox::valueChanged, this, custom);
    connect(m_minutes, &QSpinBox::valueChanged, this, custom);
    connect(m_timeMode, &QComboBox::currentIndexChanged, this, custom);
    connect(m_feedback, &QComboBox::currentIndexChanged, this, custom);
    connect(m_atZero, &QComboBox::currentIndexChanged, this, custom);
    for (QCheckBox *box : std::as_const(m_levels))
        connect(box, &QCheckBox::toggled, this, custom);
    connect(history, &QPushButton::clicked, this, &InterviewSetupPage::historyRequested);
    connect(m_start, &QPushButton::clicked, this, [this] {
        if (const auto config = this->config())
            Q_EMIT startRequested(*config);
    });

    setDefaults(sessionPresets().first().config);
}

void InterviewSetupPage::setDefaults(const SessionConfig &defaults)
{
    SessionConfig initial = defaults;
    initial.seed = freshSeed();
    setConfig(initial);
}

void InterviewSetupPage::prepareNextSession()
{
    if (!m_seedFixed)
        m_seed->setText(QString::number(freshSeed()));
}

void InterviewSetupPage::updateTimeRange()
{
    const MinuteRange range = minuteRange(TimeLimit(m_timeMode->currentData().toInt()));
    m_minutes->setRange(range.minimum, range.maximum);
}

void InterviewSetupPage::applyPreset(int index)
{
    const auto preset = sessionPreset(m_preset->itemData(index).toString());
    if (!preset)
        return;
    SessionConfig config = preset->config;
    bool seedOk = false;
    config.seed = m_seed->text().toUInt(&seedOk);
    if (!seedOk)
        config.seed = freshSeed();
    config.spoken = m_spoken->isChecked();  // how the user answers, not the session's shape
    setConfig(config);
}

void InterviewSetupPage::setConfig(const SessionConfig &config)
{
    m_applyingPreset = true;
    const int presetIndex = m_preset->findData(config.presetId);
    m_preset->setCurrentIndex(config.presetId.isEmpty() || presetIndex < 0 ? 0 : presetIndex);
    for (int i = 0; i < m_chapters->count(); ++i) {
        QListWidgetItem *item = m_chapters->item(i);
        const bool on = config.chapters.isEmpty() || config.chapters.contains(item->data(Qt::UserRole).toString());
        item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
    }
    for (QCheckBox *box : std::as_const(m_levels)) {
        const auto level = levelFromId(box->property("level").toString());
        box->setChecked(config.levels.isEmpty() || (level && config.levels.contains(*level)));
    }
    m_count->setValue(config.questionCount);
    m_timeMode->setCurrentIndex(m_timeMode->findData(int(config.timeLimit)));
    updateTimeRange();
    m_minutes->setValue(config.limitMinutes());
    m_order->setCurrentIndex(m_order->findData(int(config.order)));
    m_seed->setText(QString::number(config.seed));
    m_openBook->setChecked(config.openBook);
    m_spoken->setChecked(config.spoken && m_spoken->isEnabled());
    m_feedback->setCurrentIndex(m_feedback->findData(int(config.feedback)));
    m_atZero->setCurrentIndex(m_atZero->findData(int(config.atZero)));
    m_applyingPreset = false;
}

std::optional<SessionConfig> InterviewSetupPage::config()
{
    SessionConfig config;
    config.presetId = m_preset->currentData().toString();
    QStringList chapters;
    for (int i = 0; i < m_chapters->count(); ++i) {
        if (m_chapters->item(i)->checkState() == Qt::Checked)
            chapters.append(m_chapters->item(i)->data(Qt::UserRole).toString());
    }
    if (chapters.isEmpty()) {
        showProblem(tr("Choose at least one chapter."));
        return std::nullopt;
    }
    if (chapters.size() < m_chapters->count())
        config.chapters = chapters;
    for (QCheckBox *box : std::as_const(m_levels)) {
        if (box->isChecked())
            config.levels.append(*levelFromId(box->property("level").toString()));
    }
    if (config.levels.isEmpty()) {
        showProblem(tr("Choose at least one level."));
        return std::nullopt;
    }
    if (config.levels.size() == qsizetype(std::size(allLevels)))
        config.levels.clear();
    config.questionCount = m_count->value();
    config.timeLimit = TimeLimit(m_timeMode->currentData().toInt());
    config.setLimitMinutes(m_minutes->value());
    config.order = QuestionOrder(m_order->currentData().toInt());
    bool seedOk = false;
    config.seed = m_seed->text().toUInt(&seedOk);
    if (!seedOk) {
        showProblem(tr("The shuffle number must be a whole number from 0 to %1.").arg(QLocale().toString(std::numeric_limits<quint32>::max())));
        return std::nullopt;
    }
    config.openBook = m_openBook->isChecked();
    config.spoken = m_spoken->isEnabled() && m_spoken->isChecked();
    config.feedback = FeedbackTiming(m_feedback->currentData().toInt());
    config.atZero = AtZero(m_atZero->currentData().toInt());
    showProblem({});
    return config;
}

void InterviewSetupPage::showProblem(const QString &problem)
{
    m_problem->setText(problem);
    showAsProblem(m_problem, true);  // in the colours of the theme of the moment
    m_problem->setVisible(!problem.isEmpty());
}

void InterviewSetupPage::setIncomplete(const std::optional<SessionRecord> &record)
{
    m_incompleteId = record ? record->id : 0;
    m_resumeBox->setVisible(record.has_value());
    if (record) {
        m_resumeText->setText(tr("An unfinished session from %1: %2 of %3 questions answered, %4 used. Resume it where you "
                                 "stopped?")
                                  .arg(QLocale().toString(record->started.toLocalTime(), QLocale::ShortFormat))
                                  .arg(record->answered)
                                  .arg(record->questions)
                                  .arg(formatDuration(record->usedMs)));
    }
}

void InterviewSetupPage::setDueCount(int due, int scheduled)
{
    if (due > 0)
        m_due->setText(tr("%n question(s) due for review", nullptr, due));
    else if (scheduled > 0)
        m_due->setText(tr("No review due today; %n question(s) come back later.", nullptr, scheduled));
    else  // nobody has told the user about a review queue yet: say what it is instead
        m_due->setText(tr("After each scored interview, its questions come back here for review, the weak ones first."));
}

void InterviewSetupPage::setSpokenAvailable(bool available, const QString &why)
{
    m_spoken->setEnabled(available);
    if (!available) {
        m_spoken->setChecked(false);
        m_spoken->setToolTip(why);
    }
}

} // namespace DockPrep
