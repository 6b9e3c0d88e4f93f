#include "ui/interview/interviewerpage.h"

#include "content/curriculum.h"
#include "interviewer/competency.h"
#include "interviewer/scorecard.h"
#include "render/entrypage.h"
#include "text/boundedread.h"
#include "ui/interview/rubriceditor.h"
#include "ui/reportfiledialog.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace DockPrep {

namespace {

// A sheet is a few kilobytes; anything far larger is not one of ours.
constexpr qint64 draftBytes = qint64(4) << 20;

QListWidget *checkList(const QString &objectName, QWidget *parent)
{
    auto *list = new QListWidget(parent);
    list->setObjectName(objectName);
    list->setWordWrap(true);
    return list;
}

QWidget *column(QWidget *parent, std::initializer_list<QWidget *> widgets)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QWidget *widget : widgets)
        layout->addWidget(widget);
    return box;
}

QGroupBox *group(const QString &title, QWidget *content, QWidget *parent)
{
    auto *box = new QGroupBox(title, parent);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(content);
    return box;
}

} // namespace

InterviewerPage::InterviewerPage(const Curriculum &curriculum, const QString &draftPath, QWidget *parent)
    : QWidget(parent)
    , m_curriculum(curriculum)
    , m_draftPath(draftPath)
    , m_candidate(new QLineEdit(this))
    , m_level(new QComboBox(this))
    , m_chapter(new QComboBox(this))
    , m_available(new QListWidget(this))
    , m_asked(new QListWidget(this))
    , m_model(new QTextBrowser(this))
    , m_keyPoints(checkList(QStringLiteral("keyPointsHeard"), this))
    , m_followUps(checkList(QStringLiteral("followUpsAsked"), this))
    , m_note(new QPlainTextEdit(this))
    , m_rubric(new RubricEditor(this))
    , m_assessment(new QLabel(this))
    , m_status(new QLabel(this))
{
    m_candidate->setObjectName(QStringLiteral("candidate"));
    m_candidate->setPlaceholderText(tr("Candidate's name"));
    m_level->setObjectName(QStringLiteral("levelFilter"));
    m_chapter->setObjectName(QStringLiteral("chapterFilter"));
    m_available->setObjectName(QStringLiteral("availableQuestions"));
    // Titles are long and the column narrow: each shows what fits, and its tooltip the rest.
    for (QListWidget *list : {m_available, m_asked}) {
        list->setTextElideMode(Qt::ElideRight);
        list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    }
    m_asked->setObjectName(QStringLiteral("askedQuestions"));
    m_model->setObjectName(QStringLiteral("modelAnswer"));
    m_model->setOpenLinks(false);
    m_note->setObjectName(QStringLiteral("questionNote"));
    m_note->setPlaceholderText(tr("What the candidate said that the key points do not capture"));
    m_note->setMaximumHeight(90);
    m_assessment->setObjectName(QStringLiteral("assessment"));
    m_assessment->setWordWrap(true);
    m_assessment->setTextFormat(Qt::PlainText);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);

    m_level->addItem(tr("All levels"));
    for (Level level : allLevels)
        m_level->addItem(levelDisplayName(level), int(level));
    fillChapters();

    auto *ask = new QPushButton(tr("&Ask this question"), this);
    ask->setObjectName(QStringLiteral("ask"));
    auto *remove = new QPushButton(tr("&Remove"), this);
    remove->setObjectName(QStringLiteral("remove"));
    auto *filters = new QFormLayout;
    filters->addRow(tr("Candidate:"), m_candidate);
    filters->addRow(tr("Level:"), m_level);
    filters->addRow(tr("Chapter:"), m_chapter);
    auto *left = column(this, {new QLabel(tr("Questions to ask"), this), m_available, ask,
                               new QLabel(tr("Asked, in order"), this), m_asked, remove});
    qobject_cast<QVBoxLayout *>(left->layout())->insertLayout(0, filters);

    auto *exportMarkdown = new QPushButton(tr("Export &Markdown…"), this);
    exportMarkdown->setObjectName(QStringLiteral("exportMarkdown"));
    auto *exportPdf = new QPushButton(tr("Export &PDF…"), this);
    exportPdf->setObjectName(QStringLiteral("exportPdf"));
    auto *fresh = new QPushButton(tr("&New interview"), this);
    fresh->setObjectName(QStringLiteral("newInterview"));
    auto *buttons = new QWidget(this);
    auto *buttonRow = new QHBoxLayout(buttons);
    buttonRow->setContentsMargins(0, 0, 0, 0);
    buttonRow->addWidget(exportMarkdown);
    buttonRow->addWidget(exportPdf);
    buttonRow->addStretch();
    buttonRow->addWidget(fresh);
    auto *right = column(this, {group(tr("Key points heard"), m_keyPoints, this), group(tr("Follow-ups asked"), m_followUps, this),
                                group(tr("Note on this answer"), m_note, this), group(tr("Rubric (0 = absent, 5 = excellent)"), m_rubric, this),
                                group(tr("Assessment"), m_assessment, this), buttons, m_status});

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(m_model);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 4);
    splitter->setStretchFactor(2, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(400);
    connect(&m_saveTimer, &QTimer::timeout, this, &InterviewerPage::saveDraft);
    connect(m_level, &QComboBox::currentIndexChanged, this, &InterviewerPage::refreshAvailable);
    connect(m_chapter, &QComboBox::currentIndexChanged, this, &InterviewerPage::refreshAvailable);
    connect(ask, &QPushButton::clicked, this, &InterviewerPage::askSelected);
    connect(m_available, &QListWidget::itemActivated, this, &InterviewerPage::askSelected);
    connect(remove, &QPushButton::clicked, this, &InterviewerPage::removeSelected);
    connect(m_asked, &QListWidget::currentRowChanged, this, &InterviewerPage::showQuestion);
    connect(m_candidate, &QLineEdit::textEdited, this, [this](const QString &name) {
        m_sheet.candidate = name;
        sheetChanged();
    });
    connect(m_keyPoints, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        if (m_filling)
            return;
        m_sheet.setKeyPointTicked(currentQuestion(), m_keyPoints->row(item), item->checkState() == Qt::Checked);
        sheetChanged();
    });
    connect(m_followUps, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        if (m_filling)
            return;
        m_sheet.setFollowUpAsked(currentQuestion(), m_followUps->row(item), item->checkState() == Qt::Checked);
        sheetChanged();
    });
    connect(m_note, &QPlainTextEdit::textChanged, this, [this] {
        if (m_filling)
            return;
        m_sheet.setQuestionNote(currentQuestion(), m_note->toPlainText());
        sheetChanged();
    });
    connect(m_rubric, &RubricEditor::changed, this, [this] {
        m_rubric->copyInto(m_sheet);
        sheetChanged();
    });
    connect(exportMarkdown, &QPushButton::clicked, this, [this] { chooseAndExport(false); });
    connect(exportPdf, &QPushButton::clicked, this, [this] { chooseAndExport(true); });
    connect(fresh, &QPushButton::clicked, this, &InterviewerPage::newInterview);

    loadDraft();
    refreshAvailable();
    refreshAsked(0);
}

InterviewerPage::~InterviewerPage()
{
    if (m_saveTimer.isActive())
        saveDraft();
}

void InterviewerPage::fillChapters()
{
    m_chapter->addItem(tr("All chapters"));
    for (const Chapter &chapter : m_curriculum.chapters())
        m_chapter->addItem(chapter.title, chapter.id);
}

int InterviewerPage::currentQuestion() const
{
    return m_asked->currentRow();
}

void InterviewerPage::refreshAvailable()
{
    const QVariant level = m_level->currentData();
    const QString chapter = m_chapter->currentData().toString();
    m_available->clear();
    for (const QString &id : m_curriculum.readingOrder()) {
        const Entry *entry = m_curriculum.entry(id);
        if (!entry || (level.isValid() && int(entry->level) != level.toInt()) || (!chapter.isEmpty() && entry->chapterId != chapter)
            || m_sheet.indexOf(id) >= 0)
            continue;
        auto *item = new QListWidgetItem(QStringLiteral("%1 · %2").arg(levelDisplayName(entry->level), entry->title), m_available);
        item->setData(Qt::UserRole, id);
        item->setToolTip(entry->title);
    }
    m_available->setCurrentRow(0);
}

void InterviewerPage::refreshAsked(int select)
{
    m_filling = true;
    m_asked->clear();
    for (const AskedQuestion &asked : m_sheet.questions()) {
        const Entry *entry = m_curriculum.entry(asked.entryId);
        const QString title = QStringLiteral("%1. %2").arg(m_asked->count() + 1).arg(entry ? entry->title : asked.entryId);
        auto *item = new QListWidgetItem(title, m_asked);
        item->setToolTip(title);
    }
    m_filling = false;
    m_asked->setCurrentRow(std::min(select, m_asked->count() - 1));
    showQuestion(m_asked->currentRow());
    refreshAssessment();
}

void InterviewerPage::showQuestion(int index)
{
    m_filling = true;
    m_keyPoints->clear();
    m_followUps->clear();
    const bool valid = index >= 0 && index < m_sheet.questions().size();
    const AskedQuestion asked = valid ? m_sheet.questions().at(index) : AskedQuestion{};
    const Entry *entry = valid ? m_curriculum.entry(asked.entryId) : nullptr;
    if (entry) {
        RevealState everything;
        everything.everything = true;
        m_model->setHtml(EntryPage(m_curriculum, palette()).html(*entry, everything));
        for (qsizetype i = 0; i < entry->keyPoints.size(); ++i) {
            auto *item = new QListWidgetItem(entry->keyPoints.at(i).text, m_keyPoints);
            item->setCheckState(asked.tickedKeyPoints.contains(int(i)) ? Qt::Checked : Qt::Unchecked);
        }
        for (qsizetype i = 0; i < entry->followUps.size(); ++i) {
            auto *item = new QListWidgetItem(entry->followUps.at(i).question, m_followUps);
            item->setCheckState(asked.askedFollowUps.contains(int(i)) ? Qt::Checked : Qt::Unchecked);
        }
    } else {
        m_model->setPlainText(valid ? tr("This question is no longer in the curriculum.")
                                    : tr("Pick a question on the left and press Ask this question. Its model answer, key "
                                         "points and follow-ups show here for you alone."));
    }
    m_note->setPlainText(asked.note);
    m_note->setEnabled(valid);
    m_keyPoints->setEnabled(entry);
    m_followUps->setEnabled(entry);
    m_filling = false;
}

void InterviewerPage::askSelected()
{
    const QListWidgetItem *item = m_available->currentItem();
    if (!item || !m_sheet.ask(item->data(Qt::UserRole).toString()))
        return;
    if (!m_sheet.started.isValid())
        m_sheet.started = QDateTime::currentDateTimeUtc();
    const int row = m_available->currentRow();
    refreshAvailable();
    m_available->setCurrentRow(std::min(row, m_available->count() - 1));
    refreshAsked(int(m_sheet.questions().size()) - 1);
    sheetChanged();
}

void InterviewerPage::removeSelected()
{
    const int row = currentQuestion();
    if (row < 0)
        return;
    m_sheet.remove(row);
    refreshAvailable();
    refreshAsked(row);
    sheetChanged();
}

void InterviewerPage::newInterview()
{
    if (!m_sheet.isEmpty()
        && QMessageBox::question(this, tr("New interview"),
                                 tr("Start a new, empty sheet? The current one is not kept unless you have exported it."))
            != QMessageBox::Yes)
        return;
    m_sheet = {};
    m_candidate->clear();
    m_rubric->display(m_sheet);
    refreshAvailable();
    refreshAsked(0);
    sheetChanged();
}

void InterviewerPage::sheetChanged()
{
    refreshAssessment();
    if (!m_draftPath.isEmpty())
        m_saveTimer.start();
}

void InterviewerPage::refreshAssessment()
{
    const CompetencyAssessment assessment = assessCompetency(m_sheet, m_curriculum);
    const QString level = assessment.supported ? levelDisplayName(*assessment.supported) : tr("no level shown yet");
    m_assessment->setText(tr("The evidence supports: %1\n%2\nScore: %3 / 100 (key points %4 of %5)")
                              .arg(level, assessment.reason)
                              .arg(assessment.score)
                              .arg(assessment.keyPointsTicked)
                              .arg(assessment.keyPointCount));
}

void InterviewerPage::loadDraft()
{
    if (m_draftPath.isEmpty() || !QFileInfo::exists(m_draftPath))
        return;
    const BoundedRead read = readBoundedFile(m_draftPath, draftBytes);
    QString why = read.message(QFileInfo(m_draftPath).fileName());
    std::optional<InterviewSheet> sheet;
    if (read.ok()) {
        QJsonParseError parse;
        const QJsonDocument json = QJsonDocument::fromJson(read.data, &parse);
        sheet = json.isObject() ? InterviewSheet::fromJson(json.object(), &why) : std::nullopt;
        if (!json.isObject())
            why = parse.errorString();
    }
    if (!sheet) {
        // Kept beside, never overwritten: the interviewer may want what is in it.
        const QString aside = m_draftPath + QStringLiteral(".unreadable");
        QFile::remove(aside);
        QFile::rename(m_draftPath, aside);
        setStatus(tr("The saved interview sheet could not be read (%1); it was kept as %2 and a new sheet started.")
                      .arg(why, QDir::toNativeSeparators(aside)));
        return;
    }
    m_sheet = *sheet;
    m_candidate->setText(m_sheet.candidate);
    m_rubric->display(m_sheet);
}

bool InterviewerPage::saveDraft()
{
    m_saveTimer.stop();
    if (m_draftPath.isEmpty())
        return true;
    QSaveFile file(m_draftPath);
    const QByteArray bytes = QJsonDocument(m_sheet.toJson()).toJson();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        setStatus(tr("The interview sheet could not be saved to %1: %2").arg(QDir::toNativeSeparators(m_draftPath), file.errorString()));
        return false;
    }
    return true;
}

void InterviewerPage::chooseAndExport(bool pdf)
{
    const QString path = askReportPath(this, pdf ? tr("Export the scorecard as PDF") : tr("Export the scorecard as Markdown"),
                                       QStringLiteral("scorecard"), m_sheet.started.isValid() ? m_sheet.started : QDateTime::currentDateTime(), pdf);
    if (path.isEmpty())
        return;
    if (pdf)
        exportPdf(path);
    else
        exportMarkdown(path);
}

bool InterviewerPage::exportMarkdown(const QString &path)
{
    QString error;
    const bool ok = writeScorecardMarkdown(path, m_sheet, m_curriculum, &error);
    setStatus(ok ? tr("Scorecard written to %1.").arg(QDir::toNativeSeparators(path)) : error);
    return ok;
}

bool InterviewerPage::exportPdf(const QString &path)
{
    QString error;
    const bool ok = writeScorecardPdf(path, m_sheet, m_curriculum, &error);
    setStatus(ok ? tr("Scorecard written to %1.").arg(QDir::toNativeSeparators(path)) : error);
    return ok;
}

void InterviewerPage::setStatus(const QString &text)
{
    m_status->setText(text);
}

} // namespace DockPrep
