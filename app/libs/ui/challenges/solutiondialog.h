#pragma once

#include <QDialog>

class QPushButton;

namespace DockPrep {

class HighlightedEditor;

// A challenge's reference solution in a window of its own, highlighted like the editor, beside
// the attempt rather than under it (not modal, so the two can be compared line by line). "Copy"
// puts it on the clipboard; "Load into editor" asks the page to put it into the attempt.
class SolutionDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit SolutionDialog(QWidget *parent = nullptr);

    // `syntax` is a KSyntaxHighlighting definition name ("Dockerfile", "YAML").
    void setSolution(const QString &title, const QString &syntax, const QString &text);
    QString solution() const;
    HighlightedEditor *view() const { return m_view; }

Q_SIGNALS:
    void loadRequested(const QString &text);

private:
    HighlightedEditor *m_view;
    QPushButton *m_copy;
    QPushButton *m_load;
};

} // namespace DockPrep
