#pragma once

#include "diagrams/diagramquestionindex.h"

#include <QFrame>

class QLabel;
class QListWidget;
class QPushButton;

namespace DockPrep {

struct DiagramElement;

// The side panel for one diagram element: its name, its explanation and the questions about it.
class DiagramInfoPanel final : public QFrame
{
    Q_OBJECT
public:
    explicit DiagramInfoPanel(QWidget *parent = nullptr);

    void showElement(const DiagramElement &element, const QList<QuestionLink> &questions);
    QString elementId() const { return m_elementId; }
    QString titleText() const;
    QString explanationText() const;

Q_SIGNALS:
    void entryActivated(const QString &entryId);
    void closeRequested();

private:
    QString m_elementId;
    QLabel *m_title;
    QLabel *m_text;
    QLabel *m_questionsHeading;
    QListWidget *m_questions;
    QPushButton *m_close;
};

} // namespace DockPrep
