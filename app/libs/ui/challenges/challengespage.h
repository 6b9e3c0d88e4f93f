#pragma once

#include "challenges/challenge.h"
#include "challenges/challengechecker.h"

#include <QWidget>

#include <functional>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QTextBrowser;
class QTimer;

namespace DockPrep {

class ChallengeStore;
class HighlightedEditor;
class SolutionDialog;

// The hands-on challenges: a list (done ones ticked, each with its level), the brief, an editor
// holding the user's attempt, "Check" listing passed and failed checks (click one to jump to its
// line), hints one at a time and the reference solution on request, in a window of its own that
// can copy it or load it into the editor (undoably). The attempt is saved a second after typing stops,
// when another challenge is opened and when the page is hidden, and comes back next time.
class ChallengesPage final : public QWidget
{
    Q_OBJECT

public:
    ChallengesPage(const QList<Challenge> &challenges, ChallengeStore *store, QWidget *parent = nullptr);
    ~ChallengesPage() override;

    // Asked before the solution is shown; defaults to a Yes/No message box. Tests answer directly.
    void setSolutionConfirmation(std::function<bool()> confirm) { m_confirmSolution = std::move(confirm); }

public Q_SLOTS:
    void openChallenge(const QString &id);
    void check();
    void revealHint();
    void showSolution();
    // Replaces the attempt with `text` as one edit: Ctrl+Z in the editor brings the attempt back.
    void loadIntoEditor(const QString &text);
    void startOver();
    void saveAttempt();  // now, without waiting for the debounce

Q_SIGNALS:
    void currentChallengeChanged(const QString &id);
    void challengePassed(const QString &id);

protected:
    void hideEvent(QHideEvent *event) override;

private:
    const Challenge *current() const;
    void showCurrent();
    void showHints();
    void showResult(const ChallengeResult &result);
    void updateListMarks();
    void goToResult(QListWidgetItem *item);

    QList<Challenge> m_challenges;
    ChallengeStore *m_store;
    int m_current = -1;
    int m_hintsShown = 0;
    bool m_passed = false;
    bool m_loading = false;  // filling the editor is not typing
    std::function<bool()> m_confirmSolution;

    QListWidget *m_list;
    QLabel *m_title;
    QTextBrowser *m_brief;
    HighlightedEditor *m_editor;
    QPushButton *m_checkButton;
    QPushButton *m_hintButton;
    QPushButton *m_solutionButton;
    QPushButton *m_startOverButton;
    QLabel *m_summary;
    QListWidget *m_results;
    QTextBrowser *m_hints;
    SolutionDialog *m_solution;
    QTimer *m_autosave;
};

} // namespace DockPrep
