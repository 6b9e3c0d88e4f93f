#include "readerview.h"

#include "content/curriculum.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QMessageBox>
#include <QScrollBar>

namespace DockPrep {

ReaderView::ReaderView(const Curriculum &curriculum, QWidget *parent)
    : QTextBrowser(parent)
    , m_curriculum(curriculum)
{
    setObjectName(QStringLiteral("reader"));
    setOpenLinks(false);
    setAccessibleName(tr("Question"));
    document()->setDocumentMargin(16);
    connect(this, &QTextBrowser::anchorClicked, this, &ReaderView::onAnchorClicked);
}

void ReaderView::showEntry(const QString &id)
{
    if (!m_curriculum.entry(id))
        return;
    m_entryId = id;
    m_reveal = RevealState{};
    m_reveal.everything = m_studyMode;
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
    if (part == QLatin1String("answer"))
        m_reveal.answer = true;
    else if (part == QLatin1String("key-points"))
        m_reveal.keyPoints = true;
    else if (part.startsWith(QLatin1String("followup-")))
        m_reveal.followUps.insert(part.mid(9).toInt());
    render();
    Q_EMIT revealChanged();
}

bool ReaderView::revealNext()
{
    const Entry *entry = m_curriculum.entry(m_entryId);
    if (!entry)
        return false;
    if (!m_reveal.showsAnswer()) {
        reveal(QStringLiteral("answer"));
        return true;
    }
    if (!m_reveal.showsKeyPoints()) {
        reveal(QStringLiteral("key-points"));
        return true;
    }
    for (int i = 0; i < entry->followUps.size(); ++i) {
        if (!m_reveal.showsFollowUp(i)) {
            reveal(QStringLiteral("followup-%1").arg(i));
            return true;
        }
    }
    return false;
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
    verticalScrollBar()->setValue(scroll);
}

void ReaderView::setBottomBar(QWidget *bar)
{
    m_bottomBar = bar;
    bar->setParent(this);
    bar->show();
    placeBottomBar();
}

void ReaderView::placeBottomBar()
{
    if (!m_bottomBar)
        return;
    // The bar sits in a margin of its own, so it never covers the last lines of the page.
    const int height = qMax(m_bottomBar->sizeHint().height(), m_bottomBar->minimumHeight());
    setViewportMargins(0, 0, 0, height);
    const QRect page = viewport()->geometry();  // beside the scroll bar, not under it
    m_bottomBar->setGeometry(page.left(), page.bottom() + 1, page.width(), height);
}

void ReaderView::resizeEvent(QResizeEvent *event)
{
    QTextBrowser::resizeEvent(event);
    placeBottomBar();
}

void ReaderView::changeEvent(QEvent *event)
{
    QTextBrowser::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        render();  // the highlighting theme follows the palette; snippet fonts follow the size
    if (event->type() == QEvent::FontChange)
        placeBottomBar();
}

void ReaderView::onAnchorClicked(const QUrl &url)
{
    if (url.scheme() == QLatin1String("dockprep")) {
        const QString path = url.path();
        if (path.startsWith(QLatin1String("entry/"))) {
            Q_EMIT entryLinkActivated(path.mid(6));
        } else if (path.startsWith(QLatin1String("diagram/"))) {
            Q_EMIT diagramLinkActivated(path.mid(8) + QLatin1Char('#') + url.fragment());
        } else if (path.startsWith(QLatin1String("reveal/"))) {
            reveal(path.mid(7));
        } else if (path.startsWith(QLatin1String("copy/"))) {
            const Entry *entry = m_curriculum.entry(m_entryId);
            const auto snippets = entry ? EntryPage::snippets(*entry) : QList<const ContentBlock *>();
            const int index = path.mid(5).toInt();
            if (index >= 0 && index < snippets.size()) {
                QApplication::clipboard()->setText(snippets.at(index)->text);
                Q_EMIT snippetCopied(snippets.at(index)->language);
            }
        }
        return;
    }
    // Only web links leave the app, and only after the user agrees.
    if (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http")) {
        const auto answer = QMessageBox::question(this, tr("Open external link"),
                                                  tr("Open %1 in your web browser?").arg(url.toDisplayString()));
        if (answer == QMessageBox::Yes)
            QDesktopServices::openUrl(url);
    }
}

} // namespace DockPrep
