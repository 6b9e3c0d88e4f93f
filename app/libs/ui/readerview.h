#pragma once

#include "content/navigationhistory.h"
#include "render/entrypage.h"

#include <QTextBrowser>

namespace DockPrep {

class Curriculum;
class DiagramCatalog;
class FindBar;

// Shows one question: the question first, its answer, key points and follow-ups behind reveals
// (study mode shows everything), highlighted snippets with copy links, related entries. The text
// keeps a measure of about 75 characters, centred, at any width; Ctrl+F opens a find bar.
class ReaderView : public QTextBrowser
{
    Q_OBJECT

public:
    ReaderView(const Curriculum &curriculum, QWidget *parent = nullptr);

    void showEntry(const QString &id);
    QString currentEntry() const { return m_entryId; }
    void setStudyMode(bool on);
    bool studyMode() const { return m_studyMode; }
    // The body text size in points; headings, snippets and small print scale with it.
    void setTextPointSize(int points);
    // Diagram links then show their titles; the catalog must outlive the view.
    void setDiagramCatalog(const DiagramCatalog *catalog);
    const RevealState &revealState() const { return m_reveal; }
    void reveal(const QString &part);  // "answer", "key-points", "followup-N"
    // Uncovers the next hidden part and scrolls to it; false when all are shown.
    bool revealNext();

    // What Back and Forward keep: the scroll position and the parts uncovered.
    ReadingPlace place() const;
    void restorePlace(const ReadingPlace &place);

    // Marks every word starting with one of `words` (a search's query) until another entry is
    // shown, and scrolls to the first one.
    void highlightWords(const QStringList &words);

    void openFindBar();
    // A row kept along the bottom edge, under the text (the grading row); the view owns it.
    void setBottomBar(QWidget *bar);

Q_SIGNALS:
    void entryLinkActivated(const QString &id);
    void diagramLinkActivated(const QString &link);
    void snippetCopied(const QString &language);
    void revealChanged();  // another entry, a part uncovered, or study mode switched

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void render();
    void applyMeasure();
    void onAnchorClicked(const QUrl &url);
    void scrollToPart(const QString &part);
    void markHighlights();
    void collectFindMatches();
    void findAgain();
    void updateFind();
    void stepFind(int direction);
    void closeFind();
    void updateExtraSelections();
    void placeBars();

    const Curriculum &m_curriculum;
    const DiagramCatalog *m_diagrams = nullptr;
    QString m_entryId;
    RevealState m_reveal;
    bool m_studyMode = false;
    FindBar *m_findBar;
    QList<QTextCursor> m_findMatches;
    int m_findCurrent = -1;
    QStringList m_highlightWords;
    QList<QTextCursor> m_highlights;
    QWidget *m_bottomBar = nullptr;
};

} // namespace DockPrep
