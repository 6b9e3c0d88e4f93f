#pragma once

#include <QString>

namespace DockPrep {

class Curriculum;
class DiagramCatalog;

// What a note is about, in words: "entry:<id>" is the question's title, "diagram:<d>#<e>" the
// diagram's and the element's, "" a free note. Never the bare id: a question removed from the
// curriculum since the note was written says so, and an unknown diagram reads as its id in words.
class NoteTopics
{
public:
    NoteTopics(const Curriculum *curriculum, const DiagramCatalog *diagrams);

    QString title(const QString &target) const;

private:
    const Curriculum *m_curriculum;
    const DiagramCatalog *m_diagrams;
};

} // namespace DockPrep
