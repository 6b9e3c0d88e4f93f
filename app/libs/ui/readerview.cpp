#include "ui/readerview.h"

#include "content/curriculum.h"
#include "ui/findbar.h"
#include "ui/readerlayout.h"
#include "render/pagelink.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMessageBox>
#include <QPainter>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextFrame>

#include <algorithm>

namespace DockPrep {

namespace {

// Text never touches the viewport's edges, however narrow the window.
constexpr int minimumSideMargin = 16;

QColor mix(const QColor &a, const QColor &b, float t)
{
    return QColor::fromRgbF(a.redF() * (1 - t) + b.redF() * t, a.greenF() * (1 - t) + b.greenF() * t,
                            a.blueF() * (1 - t) + b.blueF() * t);
}

// The document position where the named anchor (<a name>) starts, or -1.
int anchorPosition(QTextDocument *document, const QString &name)
{
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            if (it.fragment().charFormat().anchorNames().contains(name))
                return it.fragment().position();
        }
    }
    return -1;
}

// Marks one part by its name ("answer", "key-points", "followup-N") as uncovered.
void uncover(RevealState &reveal, const QString &part)
{
    if (part == QLatin1String("answer"))
        reveal.answer = true;
    else if (part == QLatin1String("key-points"))
        reveal.keyPoints = true;
    else if (part.startsWith(QLatin1String("followup-")))
        reveal.followUps.insert(part.mid(9).toInt());
}

} // namespace

ReaderView::ReaderView(const Curriculum &curriculum, QWidget *parent)
    : QTextBrowser(parent)
    , m_curriculum(curriculum)
    , m_findBar(new FindBar(this))
{
    setObjectName(QStringLiteral("reader"));
    setOpenLinks(false);
    setAccessibleName(tr("Question"));
    document()->setDocumentMargin(minimumSideMargin);
    connect(this, &QTextBrowser::anchorClicked, this, &ReaderView::onAnchorClicked);
    connect(m_findBar, &FindBar::textChanged, this, &ReaderView::updateFind);
    connect(m_findBar, &FindBar::nextRequested, this, [this] { stepFind(1); });
    connect(m_findBar, &FindBar::previousRequested, this, [this] { stepFind(-1); });
    connect(m_findBar, &FindBar::closed, this, &ReaderView::closeFind);
}

void ReaderView::showEntry(const QString &id)
{
    if (!m_curriculum.entry(id))
        return;
    m_entryId = id;
    m_reveal = RevealState{};
    m_reveal.everything = m_studyMode;
    m_highlightWords.clear();
    render();
    verticalScrollBar()->setValue(0);
    Q_EMIT revealChanged();
}

void ReaderView::setStudyMode(bool on)
{
    m_studyMode = on;
    m_reveal.everything = on;
    render();
    Q_EMIT revealChanged();
}

void ReaderView::reveal(const QString &part)
{
    uncover(m_reveal, part);
    render();
    Q_EMIT revealChanged();
}

bool ReaderView::revealNext()
{
    const Entry *entry = m_curriculum.entry(m_entryId);
    if (!entry)
        return false;
    QString part;
    if (!m_reveal.showsAnswer()) {
        part = QStringLiteral("answer");
    } else if (!m_reveal.showsKeyPoints()) {
        part = QStringLiteral("key-points");
    } else {
        for (int i = 0; i < entry->followUps.size() && part.isEmpty(); ++i) {
            if (!m_reveal.showsFollowUp(i))
                part = QStringLiteral("followup-%1").arg(i);
        }
    }
    if (part.isEmpty())
        return false;
    reveal(part);
    scrollToPart(part);
    return true;
}

// The keyboard asked for the part, so the eyes go there: the part's heading moves to the top,
// unless the whole part is already in view (then nothing jumps).
void ReaderView::scrollToPart(const QString &part)
{
    QTextDocument *doc = document();
    const int start = anchorPosition(doc, QStringLiteral("part-") + part);
    if (start < 0)
        return;
    const auto top = [doc](int position) {
        return int(doc->documentLayout()->blockBoundingRect(doc->findBlock(position)).top());
    };
    const int partTop = top(start);
    // The part ends where the next one begins (or at the end of the page).
    int partBottom = int(doc->documentLayout()->documentSize().height());
    for (QTextBlock block = doc->findBlock(start).next(); block.isValid(); block = block.next()) {
        bool next = false;
        for (auto it = block.begin(); !it.atEnd() && !next; ++it)
            next = it.fragment().charFormat().anchorNames().join(QLatin1Char(' ')).contains(QLatin1String("part-"));
        if (next) {
            partBottom = top(block.position());
            break;
        }
    }
    QScrollBar *bar = verticalScrollBar();
    const int viewTop = bar->value();
    const int viewBottom = viewTop + viewport()->height();
    if (partTop >= viewTop && partBottom <= viewBottom)
        return;
    bar->setValue(partTop - fontMetrics().height());
}

ReadingPlace ReaderView::place() const
{
    ReadingPlace place;
    place.scroll = verticalScrollBar()->value();
    if (m_reveal.answer)
        place.revealed.append(QStringLiteral("answer"));
    if (m_reveal.keyPoints)
        place.revealed.append(QStringLiteral("key-points"));
    QList<int> followUps(m_reveal.followUps.cbegin(), m_reveal.followUps.cend());
    std::sort(followUps.begin(), followUps.end());
    for (int i : followUps)
        place.revealed.append(QStringLiteral("followup-%1").arg(i));
    return place;
}

void ReaderView::restorePlace(const ReadingPlace &place)
{
    m_reveal = RevealState{};
    m_reveal.everything = m_studyMode;
    for (const QString &part : place.revealed)
        uncover(m_reveal, part);
    render();
    verticalScrollBar()->setValue(place.scroll);
    Q_EMIT revealChanged();  // the grading row follows what Back brought back uncovered
}

void ReaderView::setTextPointSize(int points)
{
    QFont bigger = font();
    bigger.setPointSize(points);
    setFont(bigger);  // the document's default font follows; the page's relative sizes scale from it
}

void ReaderView::setDiagramCatalog(const DiagramCatalog *catalog)
{
    m_diagrams = catalog;
    render();
}

void ReaderView::render()
{
    const Entry *entry = m_curriculum.entry(m_entryId);
    if (!entry)
        return;
    const int scroll = verticalScrollBar()->value();  // a reveal must not jump the page
    setHtml(EntryPage(m_curriculum, palette(), m_diagrams).html(*entry, m_reveal));
    ReaderLayout::prepare(document());
    applyMeasure();
    verticalScrollBar()->setValue(scroll);
    // The text changed under the marks: they are found again in the new page.
    markHighlights();
    if (m_findBar->isVisible())
        findAgain();
}

// QTextBrowser's CSS has no max-width: the measure is the root frame's side margins, computed
// from the viewport's width on every resize (and font change), so the column stays centred.
void ReaderView::applyMeasure()
{
    const int margin = ReaderLayout::sideMargin(document()->defaultFont(), viewport()->width(), minimumSideMargin);
    QTextFrame *root = document()->rootFrame();
    QTextFrameFormat format = root->frameFormat();
    if (format.hasProperty(QTextFormat::FrameLeftMargin) && int(format.leftMargin()) == margin)
        return;
    format.setLeftMargin(margin);
    format.setRightMargin(margin);
    root->setFrameFormat(format);
}

void ReaderView::highlightWords(const QStringList &words)
{
    m_highlightWords = words;
    markHighlights();
    if (m_highlights.isEmpty())
        return;
    QTextCursor first(document());
    first.setPosition(m_highlights.first().selectionStart());
    const QRect rect = cursorRect(first);
    if (rect.bottom() > viewport()->height())
        verticalScrollBar()->setValue(verticalScrollBar()->value() + rect.top() - viewport()->height() / 3);
}

void ReaderView::markHighlights()
{
    m_highlights.clear();
    for (const QString &word : std::as_const(m_highlightWords)) {
        if (word.trimmed().size() < 2)
            continue;  // a single letter would light up half the page
        const QRegularExpression start(QStringLiteral("\\b") + QRegularExpression::escape(word.trimmed()),
                                       QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
        for (QTextCursor found = document()->find(start); !found.isNull(); found = document()->find(start, found))
            m_highlights.append(found);
    }
    std::sort(m_highlights.begin(), m_highlights.end(),
              [](const QTextCursor &a, const QTextCursor &b) { return a.selectionStart() < b.selectionStart(); });
    updateExtraSelections();
}

void ReaderView::openFindBar()
{
    m_findBar->open();
    placeBars();
    updateFind();
}

void ReaderView::collectFindMatches()
{
    m_findMatches.clear();
    const QString text = m_findBar->text();
    if (!text.isEmpty()) {
        for (QTextCursor found = document()->find(text); !found.isNull(); found = document()->find(text, found))
            m_findMatches.append(found);
    }
}

// A reveal re-renders the page under an open find bar: the matches are found again, and the
// count follows, but the page stays where the reader put it.
void ReaderView::findAgain()
{
    collectFindMatches();
    m_findCurrent = m_findMatches.isEmpty() ? -1 : int(qBound(qsizetype(0), qsizetype(m_findCurrent), m_findMatches.size() - 1));
    m_findBar->setMatches(m_findCurrent, int(m_findMatches.size()));
    updateExtraSelections();
}

void ReaderView::updateFind()
{
    collectFindMatches();
    m_findCurrent = -1;
    // The first match at or below the top of the view, as a browser does.
    for (int i = 0; i < m_findMatches.size() && m_findCurrent < 0; ++i) {
        QTextCursor start(m_findMatches.at(i));
        start.setPosition(m_findMatches.at(i).selectionStart());
        if (cursorRect(start).top() >= 0)
            m_findCurrent = i;
    }
    if (m_findCurrent < 0 && !m_findMatches.isEmpty())
        m_findCurrent = 0;
    stepFind(0);
}

void ReaderView::stepFind(int direction)
{
    const int total = int(m_findMatches.size());
    if (total > 0) {
        m_findCurrent = (m_findCurrent + direction + total) % total;
        QTextCursor start(document());
        start.setPosition(m_findMatches.at(m_findCurrent).selectionStart());
        const QRect rect = cursorRect(start);
        if (rect.top() < 0 || rect.bottom() > viewport()->height())
            verticalScrollBar()->setValue(verticalScrollBar()->value() + rect.top() - viewport()->height() / 3);
    }
    m_findBar->setMatches(m_findCurrent, total);
    updateExtraSelections();
}

void ReaderView::closeFind()
{
    m_findBar->hide();
    m_findMatches.clear();
    m_findCurrent = -1;
    placeBars();
    updateExtraSelections();
    setFocus(Qt::OtherFocusReason);
}

void ReaderView::updateExtraSelections()
{
    const QColor base = palette().color(QPalette::Base);
    const bool dark = base.lightness() < 128;
    QList<ExtraSelection> selections;
    QTextCharFormat searched;
    searched.setBackground(mix(base, QColor(0x3d, 0x8b, 0xd9), dark ? 0.45f : 0.25f));
    for (const QTextCursor &cursor : std::as_const(m_highlights))
        selections.append({cursor, searched});
    QTextCharFormat found;
    found.setBackground(mix(base, QColor(0xf0, 0xc0, 0x30), dark ? 0.5f : 0.55f));
    QTextCharFormat current;
    current.setBackground(QColor(0xf0, 0x8a, 0x24));
    current.setForeground(Qt::black);
    for (int i = 0; i < m_findMatches.size(); ++i)
        selections.append({m_findMatches.at(i), i == m_findCurrent ? current : found});
    setExtraSelections(selections);
}

void ReaderView::setBottomBar(QWidget *bar)
{
    m_bottomBar = bar;
    bar->setParent(this);
    bar->show();
    placeBars();
}

void ReaderView::placeBars()
{
    // The find bar and the grading row sit in a bottom margin of their own, the find bar above
    // the grading row, so neither covers the last lines of the page nor each other.
    const int findHeight = m_findBar->isVisible() ? m_findBar->sizeHint().height() : 0;
    const int gradingHeight =
        m_bottomBar ? qMax(m_bottomBar->sizeHint().height(), m_bottomBar->minimumHeight()) : 0;
    setViewportMargins(0, 0, 0, findHeight + gradingHeight);
    const QRect page = viewport()->geometry();  // beside the scroll bar, not under it
    if (findHeight > 0) {
        m_findBar->setGeometry(page.left(), page.bottom() + 1, page.width(), findHeight);
        m_findBar->raise();
    }
    if (m_bottomBar)
        m_bottomBar->setGeometry(page.left(), page.bottom() + 1 + findHeight, page.width(), gradingHeight);
}

void ReaderView::changeEvent(QEvent *event)
{
    QTextBrowser::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        render();  // the highlighting theme follows the palette; snippet fonts follow the size
    if (event->type() == QEvent::FontChange)
        placeBars();
}

void ReaderView::resizeEvent(QResizeEvent *event)
{
    QTextBrowser::resizeEvent(event);
    placeBars();
    applyMeasure();
}

void ReaderView::keyPressEvent(QKeyEvent *event)
{
    // A read-only QTextBrowser has no cursor to move, so Ctrl+Home and Ctrl+End did nothing.
    if (event->modifiers() == Qt::ControlModifier && (event->key() == Qt::Key_Home || event->key() == Qt::Key_End)) {
        verticalScrollBar()->triggerAction(event->key() == Qt::Key_Home ? QAbstractSlider::SliderToMinimum
                                                                       : QAbstractSlider::SliderToMaximum);
        event->accept();
        return;
    }
    if (event->key() == Qt::Key_Escape && m_findBar->isVisible()) {
        closeFind();
        event->accept();
        return;
    }
    QTextBrowser::keyPressEvent(event);
}

void ReaderView::paintEvent(QPaintEvent *event)
{
    QTextBrowser::paintEvent(event);
    QPainter painter(viewport());
    const QPointF offset(-horizontalScrollBar()->value(), -verticalScrollBar()->value());
    QColor marker = palette().color(QPalette::Text);
    marker.setAlphaF(0.55f);
    ReaderLayout::paintContinuationMarkers(painter, document(), offset, event->rect(), marker);
}

void ReaderView::onAnchorClicked(const QUrl &url)
{
    const PageLink link = PageLink::parse(url);
    switch (link.kind()) {
    case PageLink::Kind::Entry: Q_EMIT entryLinkActivated(link.entryId()); return;
    case PageLink::Kind::Diagram: Q_EMIT diagramLinkActivated(link.diagramLink()); return;
    case PageLink::Kind::Reveal: reveal(link.part()); return;
    case PageLink::Kind::Copy: {
        const Entry *entry = m_curriculum.entry(m_entryId);
        const auto snippets = entry ? EntryPage::snippets(*entry) : QList<const ContentBlock *>();
        if (const int index = link.snippet(); index < snippets.size()) {
            QApplication::clipboard()->setText(snippets.at(index)->text);
            Q_EMIT snippetCopied(snippets.at(index)->language);
        }
        return;
    }
    case PageLink::Kind::None: break;
    }
    if (url.scheme() == QLatin1String("dockprep"))
        return;  // one of ours that names nothing: no browser for it either
    // Only web links leave the app, and only after the user agrees.
    if (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http")) {
        const auto answer = QMessageBox::question(this, tr("Open external link"),
                                                  tr("Open %1 in your web browser?").arg(url.toDisplayString()));
        if (answer == QMessageBox::Yes)
            QDesktopServices::openUrl(url);
    }
}

} // namespace DockPrep
