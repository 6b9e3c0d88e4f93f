#pragma once

#include <QHash>
#include <QList>
#include <QString>

namespace DockPrep {

class Curriculum;
class DiagramCatalog;

struct QuestionLink {
    QString entryId;
    QString title;
    bool operator==(const QuestionLink &) const = default;
};

// Which questions talk about each diagram element: every entry whose front matter links
// "diagram#element" (in reading order), then the extra ones the diagram's metadata names. Because
// it is computed from the content, a question that links an element is always listed there.
class DiagramQuestionIndex
{
public:
    DiagramQuestionIndex() = default;
    DiagramQuestionIndex(const Curriculum &curriculum, const DiagramCatalog &catalog);

    QList<QuestionLink> questions(const QString &diagramId, const QString &elementId) const;

private:
    QHash<QString, QList<QuestionLink>> m_links;  // "diagram#element" -> questions
};

} // namespace DockPrep
