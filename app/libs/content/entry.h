#pragma once

#include "content/level.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace DockPrep {

// A run of Markdown prose or one fenced code block, kept in document order so the reader and the
// exporters can highlight code without re-parsing Markdown.
struct ContentBlock {
    enum class Kind { Prose, Code };
    Kind kind = Kind::Prose;
    QString text;      // Markdown for prose, verbatim source for code
    QString language;  // canonical language id for code ("dockerfile", "bash"…), empty for prose
    int line = 0;      // first line in the source file, for messages
    // Code only: the author put the broken-on-purpose marker right before the fence, so the
    // snippet is meant to fail (a "spot the bug" example) and snippet checks leave it alone.
    bool brokenOnPurpose = false;
};
using BlockList = QList<ContentBlock>;

// Something a strong answer must mention, and the words that reveal it in a typed answer.
struct KeyPoint {
    QString text;
    QStringList matchTerms;
};

struct FollowUp {
    QString question;
    BlockList answer;
};

// One interview question with everything the reader, the search and the interview mode need.
struct Entry {
    QString id;
    QString chapterId;
    Level level = Level::Junior;
    QString title;
    QString question;  // Markdown
    BlockList answer;
    QList<KeyPoint> keyPoints;
    QList<FollowUp> followUps;
    BlockList whatChanged;  // empty when nothing in the topic went out of date
    QStringList tags;
    QStringList related;   // entry ids
    QStringList diagrams;  // "diagram#element"
    QString seed;          // which seed-guide question this covers, if any
    QString sourceFile;
};

struct Chapter {
    QString id;
    QString title;
    QString summary;
    QStringList entryIds;  // ordered: by level, then by title
};

} // namespace DockPrep
