#include "ui/ankideckdialog.h"

#include "content/curriculum.h"
#include "content/level.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace DockPrep {

AnkiDeckDialog::AnkiDeckDialog(const Curriculum &curriculum, StudySnapshot snapshot, const CardScope &initial, QWidget *parent)
    : QDialog(parent)
    , m_curriculum(curriculum)
    , m_snapshot(std::move(snapshot))
    , m_mine(new QRadioButton(tr("Questions I wrote notes on or &bookmarked"), this))
    , m_whole(new QRadioButton(tr("The whole &curriculum"), this))
    , m_chapter(new QComboBox(this))
    , m_level(new QComboBox(this))
    , m_count(new QLabel(this))
    , m_save(nullptr)
{
    setWindowTitle(tr("Export Anki cards"));
    m_chapter->setObjectName(QStringLiteral("ankiChapter"));
    m_level->setObjectName(QStringLiteral("ankiLevel"));
    m_count->setObjectName(QStringLiteral("ankiCount"));
    m_chapter->addItem(tr("All chapters"));
    for (const Chapter &chapter : curriculum.chapters())
        m_chapter->addItem(chapter.title, chapter.id);
    m_level->addItem(tr("All levels"));
    for (Level level : allLevels)
        m_level->addItem(levelDisplayName(level), levelId(level));

    auto *explanation = new QLabel(tr("Each question becomes a card: the question in front, the model answer, its key points and "
                                      "your notes on the back. Each follow-up becomes a card of its own."),
                                   this);
    explanation->setWordWrap(true);
    auto *narrow = new QFormLayout;
    narrow->addRow(tr("C&hapter:"), m_chapter);
    narrow->addRow(tr("&Level:"), m_level);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_save = buttons->addButton(tr("&Save As…"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("ankiSave"));
    m_save->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addWidget(m_mine);
    layout->addWidget(m_whole);
    layout->addLayout(narrow);
    layout->addWidget(m_count);
    layout->addWidget(buttons);

    setScope(initial);
    for (QRadioButton *choice : {m_mine, m_whole})
        connect(choice, &QRadioButton::toggled, this, &AnkiDeckDialog::updateCount);
    for (QComboBox *box : {m_chapter, m_level})
        connect(box, &QComboBox::currentIndexChanged, this, &AnkiDeckDialog::updateCount);
    updateCount();
}

CardScope AnkiDeckDialog::scope() const
{
    CardScope scope;
    scope.wholeCurriculum = m_whole->isChecked();
    scope.chapterId = m_chapter->currentData().toString();
    if (const auto level = levelFromId(m_level->currentData().toString()))
        scope.level = level;
    return scope;
}

void AnkiDeckDialog::setScope(const CardScope &scope)
{
    (scope.wholeCurriculum ? m_whole : m_mine)->setChecked(true);
    m_chapter->setCurrentIndex(std::max(0, m_chapter->findData(scope.chapterId)));
    m_level->setCurrentIndex(scope.level ? std::max(0, m_level->findData(levelId(*scope.level))) : 0);
}

void AnkiDeckDialog::updateCount()
{
    const CardScope chosen = scope();
    const qsizetype questions = entriesInScope(chosen, m_snapshot, m_curriculum).size();
    const int cards = ankiCardCount(ExportRequest{m_snapshot, &m_curriculum, {}, nullptr, chosen});
    m_count->setText(questions == 0 ? tr("No question matches: choose another chapter or level.")
                                    : tr("%n card(s)", nullptr, cards) + QStringLiteral(" — ")
                                          + tr("%n question(s) and their follow-ups", nullptr, int(questions)));
    m_save->setEnabled(questions > 0);
}

} // namespace DockPrep
