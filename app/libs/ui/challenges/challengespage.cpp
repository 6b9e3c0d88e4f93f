#include "ui/challenges/challengespage.h"

#include "ui/challenges/challengelistdelegate.h"
#include "store/challengestore.h"
#include "ui/challenges/highlightededitor.h"
#include "ui/challenges/solutiondialog.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace DockPrep {

namespace {

constexpr int lineRole = Qt::UserRole;
constexpr int idRole = Qt::UserRole + 1;
constexpr int autosaveDelayMs = 1000;

QString levelLabel(Level level)
{
    switch (level) {
    case Level::Junior:
        return ChallengesPage::tr("junior");
    case Level::Mid:
        return ChallengesPage::tr("mid");
    case Level::Senior:
        return ChallengesPage::tr("senior");
    case Level::Principal:
        return ChallengesPage::tr("principal");
    }
    return {};
}

// A round badge, a tick on green for a passed check and a cross on red for a failed one, so a
// passed check reads as good news at a glance (not as a greyed-out, disabled row).
QIcon checkIcon(bool passed, int size, qreal devicePixelRatio)
{
    QPixmap pixmap(QSize(size, size) * devicePixelRatio);
    pixmap.setDevicePixelRatio(devicePixelRatio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(passed ? QColor(0x2e, 0x7d, 0x32) : QColor(0xc6, 0x28, 0x28));
    const qreal s = size;
    painter.drawEllipse(QRectF(0.5, 0.5, s - 1, s - 1));
    painter.setPen(QPen(Qt::white, s / 8, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.setBrush(Qt::NoBrush);
    if (passed) {
        const QPointF tick[] = {{s * 0.27, s * 0.52}, {s * 0.44, s * 0.68}, {s * 0.74, s * 0.34}};
        painter.drawPolyline(tick, 3);
    } else {
        painter.drawLine(QPointF(s * 0.32, s * 0.32), QPointF(s * 0.68, s * 0.68));
        painter.drawLine(QPointF(s * 0.68, s * 0.32), QPointF(s * 0.32, s * 0.68));
    }
    return QIcon(pixmap);
}

} // namespace

ChallengesPage::ChallengesPage(const QList<Challenge> &challenges, ChallengeStore *store, QWidget *parent)
    : QWidget(parent)
    , m_challenges(challenges)
    , m_store(store)
    , m_confirmSolution([this] {
        return QMessageBox::question(this, tr("Show the solution"),
                                     tr("Show a reference solution? Trying one more hint first teaches more."))
            == QMessageBox::Yes;
    })
    , m_list(new QListWidget(this))
    , m_title(new QLabel(this))
    , m_brief(new QTextBrowser(this))
    , m_editor(new HighlightedEditor(this))
    , m_checkButton(new QPushButton(tr("&Check"), this))
    , m_hintButton(new QPushButton(tr("H&int"), this))
    // The mnemonics avoid the menu bar's (File, Go, Study, View, Help): a page's Alt+letter would
    // take the key from the menu.
    , m_solutionButton(new QPushButton(tr("Show so&lution…"), this))
    , m_startOverButton(new QPushButton(tr("Start &over"), this))
    , m_summary(new QLabel(this))
    , m_results(new QListWidget(this))
    , m_hints(new QTextBrowser(this))
    , m_solution(new SolutionDialog(this))
    , m_autosave(new QTimer(this))
{
    m_list->setObjectName(QStringLiteral("challengeList"));
    m_list->setItemDelegate(new ChallengeListDelegate(m_list));
    m_editor->setObjectName(QStringLiteral("editor"));
    m_checkButton->setObjectName(QStringLiteral("check"));
    m_hintButton->setObjectName(QStringLiteral("hint"));
    m_solutionButton->setObjectName(QStringLiteral("showSolution"));
    m_startOverButton->setObjectName(QStringLiteral("startOver"));
    m_results->setObjectName(QStringLiteral("results"));
    m_hints->setObjectName(QStringLiteral("hints"));
    m_summary->setObjectName(QStringLiteral("summary"));

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_brief->setOpenExternalLinks(false);
    m_brief->setMaximumHeight(150);
    m_results->setWordWrap(true);
    m_results->setToolTip(tr("Click a check to go to its line."));
    m_results->setIconSize(QSize(18, 18));
    m_hints->setMaximumHeight(120);
    connect(m_solution, &SolutionDialog::loadRequested, this, &ChallengesPage::loadIntoEditor);
    m_startOverButton->setToolTip(tr("Put the starting file back (your attempt is discarded)."));

    for (const Challenge &challenge : std::as_const(m_challenges)) {
        auto *item = new QListWidgetItem(m_list);
        item->setData(idRole, challenge.id);
        item->setToolTip(tr("%1 · %2").arg(levelLabel(challenge.level), challengeFileKindId(challenge.fileKind)));
    }
    updateListMarks();  // the items' text: mark, title and level
    // Wide enough for the longest title (they are short sentences), so none is cut off.
    m_list->setMinimumWidth(std::max(220, m_list->sizeHintForColumn(0) + 2 * m_list->frameWidth()
                                              + m_list->style()->pixelMetric(QStyle::PM_ScrollBarExtent)));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_checkButton);
    buttons->addWidget(m_hintButton);
    buttons->addWidget(m_solutionButton);
    buttons->addStretch();
    buttons->addWidget(m_startOverButton);

    auto *work = new QWidget(this);
    auto *workLayout = new QVBoxLayout(work);
    workLayout->setContentsMargins(0, 0, 0, 0);
    workLayout->addWidget(m_title);
    workLayout->addWidget(m_brief);
    workLayout->addWidget(m_editor, 3);
    workLayout->addLayout(buttons);
    workLayout->addWidget(m_summary);
    workLayout->addWidget(m_results, 1);
    workLayout->addWidget(m_hints);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_list);
    splitter->addWidget(work);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    m_autosave->setSingleShot(true);
    m_autosave->setInterval(autosaveDelayMs);
    connect(m_autosave, &QTimer::timeout, this, &ChallengesPage::saveAttempt);
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_loading)
            m_autosave->start();
    });
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_challenges.size())
            openChallenge(m_challenges.at(row).id);
    });
    connect(m_results, &QListWidget::itemClicked, this, &ChallengesPage::goToResult);
    connect(m_results, &QListWidget::itemActivated, this, &ChallengesPage::goToResult);
    connect(m_checkButton, &QPushButton::clicked, this, &ChallengesPage::check);
    connect(m_hintButton, &QPushButton::clicked, this, &ChallengesPage::revealHint);
    connect(m_solutionButton, &QPushButton::clicked, this, &ChallengesPage::showSolution);
    connect(m_startOverButton, &QPushButton::clicked, this, &ChallengesPage::startOver);

    if (!m_challenges.isEmpty())
        m_list->setCurrentRow(0);
}

ChallengesPage::~ChallengesPage()
{
    // The store outlives the page in the app; a pending autosave is written now, not lost.
    if (m_autosave->isActive())
        saveAttempt();
}

const Challenge *ChallengesPage::current() const
{
    return m_current >= 0 && m_current < m_challenges.size() ? &m_challenges.at(m_current) : nullptr;
}

void ChallengesPage::openChallenge(const QString &id)
{
    const auto it = std::find_if(m_challenges.cbegin(), m_challenges.cend(), [&](const Challenge &c) { return c.id == id; });
    if (it == m_challenges.cend())
        return;
    const int index = int(it - m_challenges.cbegin());
    if (index == m_current)
        return;
    if (m_autosave->isActive())
        saveAttempt();
    m_current = index;
    if (m_list->currentRow() != index)
        m_list->setCurrentRow(index);
    showCurrent();
    Q_EMIT currentChallengeChanged(id);
}

void ChallengesPage::showCurrent()
{
    const Challenge *challenge = current();
    if (!challenge)
        return;
    const std::optional<ChallengeAttempt> attempt = m_store ? m_store->attempt(challenge->id) : std::nullopt;
    m_title->setText(challenge->title);
    m_brief->setMarkdown(challenge->brief);
    const QString syntax = challenge->fileKind == ChallengeFileKind::Compose ? QStringLiteral("YAML") : QStringLiteral("Dockerfile");
    m_editor->setSyntax(syntax);
    m_loading = true;
    m_editor->setPlainText(attempt ? attempt->body : challenge->start);
    m_loading = false;
    m_hintsShown = attempt ? qBound(0, attempt->hintsShown, int(challenge->hints.size())) : 0;
    m_passed = attempt && attempt->passed;
    m_results->clear();
    m_summary->setText(m_passed ? tr("Solved before. Check again to see every check.") : tr("Fix the file, then Check."));
    m_solution->hide();
    m_solution->setSolution(challenge->title, syntax, challenge->solution);
    showHints();
}

void ChallengesPage::showHints()
{
    const Challenge *challenge = current();
    if (!challenge)
        return;
    QString markdown;
    for (int i = 0; i < m_hintsShown; ++i)
        markdown += tr("**Hint %1.** %2").arg(i + 1).arg(challenge->hints.at(i)) + QStringLiteral("\n\n");
    m_hints->setMarkdown(markdown);
    m_hints->setVisible(m_hintsShown > 0);
    m_hintButton->setEnabled(m_hintsShown < challenge->hints.size());
    m_hintButton->setText(m_hintsShown < challenge->hints.size()
                              ? tr("H&int (%1 left)").arg(challenge->hints.size() - m_hintsShown)
                              : tr("No more hints"));
}

void ChallengesPage::check()
{
    const Challenge *challenge = current();
    if (!challenge)
        return;
    const ChallengeResult result = checkChallenge(*challenge, m_editor->toPlainText());
    const bool wasPassed = m_passed;
    m_passed = result.passed();
    showResult(result);
    saveAttempt();
    updateListMarks();
    if (m_passed && !wasPassed)
        Q_EMIT challengePassed(challenge->id);
}

void ChallengesPage::showResult(const ChallengeResult &result)
{
    m_results->clear();
    for (const CheckOutcome &outcome : result.outcomes) {
        QString text = outcome.message;
        if (!outcome.passed) {
            const QString where = outcome.line > 0 ? tr("line %1: ").arg(outcome.line) : QString();
            text += QStringLiteral("\n") + where + outcome.detail;
        }
        auto *item = new QListWidgetItem(checkIcon(outcome.passed, m_results->iconSize().width(), devicePixelRatioF()), text, m_results);
        item->setData(lineRole, outcome.line);
        item->setData(idRole, outcome.id);
        item->setData(Qt::AccessibleDescriptionRole, outcome.passed ? tr("passed") : tr("failed"));
    }
    m_summary->setText(result.passed() ? tr("All %1 checks pass. Well done.").arg(result.outcomes.size())
                                       : tr("%1 of %2 checks pass.").arg(result.passedCount()).arg(result.outcomes.size()));
}

void ChallengesPage::goToResult(QListWidgetItem *item)
{
    const int line = item ? item->data(lineRole).toInt() : 0;
    if (line > 0)
        m_editor->goToLine(line);
}

void ChallengesPage::revealHint()
{
    const Challenge *challenge = current();
    if (!challenge || m_hintsShown >= challenge->hints.size())
        return;
    ++m_hintsShown;
    showHints();
    saveAttempt();
}

void ChallengesPage::showSolution()
{
    if (!current() || !m_confirmSolution())
        return;
    m_solution->show();
    m_solution->raise();
    m_solution->activateWindow();
}

void ChallengesPage::loadIntoEditor(const QString &text)
{
    QTextCursor cursor(m_editor->document());
    cursor.beginEditBlock();
    cursor.select(QTextCursor::Document);
    cursor.insertText(text);
    cursor.endEditBlock();
    m_editor->setFocus(Qt::OtherFocusReason);
    m_summary->setText(tr("The solution is in the editor; Ctrl+Z brings your attempt back. Check to see it pass."));
}

void ChallengesPage::startOver()
{
    const Challenge *challenge = current();
    if (!challenge)
        return;
    m_autosave->stop();
    if (m_store)
        m_store->removeAttempt(challenge->id);
    m_loading = true;
    m_editor->setPlainText(challenge->start);
    m_loading = false;
    m_hintsShown = 0;
    m_passed = false;
    m_results->clear();
    m_summary->setText(tr("Fix the file, then Check."));
    m_solution->hide();
    showHints();
    updateListMarks();
}

void ChallengesPage::saveAttempt()
{
    m_autosave->stop();
    const Challenge *challenge = current();
    if (!challenge || !m_store)
        return;
    ChallengeAttempt attempt{challenge->id, m_editor->toPlainText(), m_passed, m_hintsShown, {}};
    QString error;
    if (!m_store->saveAttempt(attempt, &error))
        m_summary->setText(error);
}

void ChallengesPage::updateListMarks()
{
    const QHash<QString, ChallengeAttempt> attempts = m_store ? m_store->allAttempts() : QHash<QString, ChallengeAttempt>();
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        const Challenge &challenge = m_challenges.at(row);
        const bool done = attempts.value(challenge.id).passed;
        item->setText((done ? QStringLiteral("✓ ") : QStringLiteral("    ")) + challenge.title);
        item->setData(ChallengeListDelegate::levelRole, levelLabel(challenge.level));
        item->setData(Qt::AccessibleTextRole, tr("%1, %2").arg(challenge.title, levelLabel(challenge.level)));
        item->setData(Qt::AccessibleDescriptionRole, done ? tr("solved") : QString());
    }
}

void ChallengesPage::hideEvent(QHideEvent *event)
{
    if (m_autosave->isActive())
        saveAttempt();
    QWidget::hideEvent(event);
}

} // namespace DockPrep
