#pragma once

#include <QFrame>

class QLabel;
class QLineEdit;
class QToolButton;

namespace DockPrep {

// Ctrl+F under the reader, like a browser's find bar: the field finds as it is typed, Enter
// (or F3) goes to the next match, Shift+Enter (Shift+F3) to the previous one, the label counts
// ("3 of 12"), Esc closes. It only asks; the reader does the finding and says what it found.
class FindBar : public QFrame
{
    Q_OBJECT

public:
    explicit FindBar(QWidget *parent = nullptr);

    void open();  // shows the bar with the field focused and its text selected
    void setMatches(int current, int total);  // current is 0-based; total 0 means "no match"
    QString text() const;

Q_SIGNALS:
    void textChanged(const QString &text);
    void nextRequested();
    void previousRequested();
    void closed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QLineEdit *m_field;
    QLabel *m_count;
    QToolButton *m_previous;
    QToolButton *m_next;
};

} // namespace DockPrep
