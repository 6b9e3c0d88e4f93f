#pragma once

#include "content/curriculum.h"
#include "diagrams/diagramcatalog.h"
#include "store/notestore.h"

#include <QHash>
#include <QList>
#include <QStringList>

namespace DockPrep::Bench {

// The curriculum and the diagram catalog built into the app, loaded as the app loads them. Ends
// the bench with a message when either is missing or broken.
struct BuiltInContent {
    Curriculum curriculum;
    DiagramCatalog catalog;
};
BuiltInContent loadBuiltInContent();

// What seeded notes are made of: the curriculum's own sentences (so words come with the
// frequencies real Docker prose has: "container" often, "copy-up" rarely), its code snippets, and
// what notes can be attached to.
struct NoteSource {
    QStringList entries;                       // entry ids, for "entry:<id>"
    QStringList diagramElements;               // "diagram#element", for "diagram:<…>"
    QHash<QString, QStringList> entrySentences;  // sentences of each entry
    QStringList allSentences;
    QStringList snippets;                      // fenced code blocks as they appear in answers

    static NoteSource from(const Curriculum &curriculum, const DiagramCatalog &catalog);
};

// `count` Markdown notes as a studying user writes them: often a heading, a few sentences
// paraphrasing the material (mostly from the entry a note is attached to) mixed with the user's
// own remarks, sometimes a list or a code block. About 45% are on curriculum entries, 15% on
// diagram elements, 40% free-standing. The same seed always gives the same notes.
QList<Note> realisticNotes(int count, const NoteSource &source, quint32 seed = 20240611);

// Writes the notes in one transaction through NoteStore::writeRecords (as a restore does), so
// 100,000 notes take seconds, not minutes.
bool seedNotes(NoteStore &store, const QList<Note> &notes, QString *error);

} // namespace DockPrep::Bench
