#pragma once

#include "render/entrypage.h"

#include <QTextBrowser>

namespace DockPrep {

class Curriculum;
class DiagramCatalog;

// Shows one question: the question first, its answer, key points and follow-ups behind reveals
// (study mode shows everything), highlighted snippets with copy links, related entries.
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
    bool revealNext();                 // uncovers the next hidden part; false when all are shown
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

private:
    void render();
    void onAnchorClicked(const QUrl &url);
    void placeBottomBar();

    const Curriculum &m_curriculum;
    const DiagramCatalog *m_diagrams = nullptr;
    QString m_entryId;
    RevealState m_reveal;
    bool m_studyMode = false;
    QWidget *m_bottomBar = nullptr;
};

} // namespace DockPrep
