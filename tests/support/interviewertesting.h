#pragma once

#include "content/curriculum.h"
#include "interviewer/interviewsheet.h"

#include <QList>
#include <QString>

// A small curriculum made in code for the interviewer's tests: one chapter, two questions per
// level, each with four key points and two follow-ups, named "<level>-1" and "<level>-2".
namespace InterviewerTesting {

inline DockPrep::Curriculum levelsCurriculum()
{
    using namespace DockPrep;
    QList<Entry> entries;
    Chapter chapter{QStringLiteral("craft"), QStringLiteral("Craft"), {}, {}};
    for (Level level : allLevels) {
        for (int n = 1; n <= 2; ++n) {
            Entry entry;
            entry.id = levelId(level) + u'-' + QString::number(n);
            entry.chapterId = chapter.id;
            entry.level = level;
            entry.title = QStringLiteral("Question %1 at %2").arg(n).arg(levelId(level));
            entry.question = QStringLiteral("Explain it.");
            for (int k = 1; k <= 4; ++k)
                entry.keyPoints.append({QStringLiteral("Point %1 of %2").arg(k).arg(entry.id), {}});
            entry.followUps.append({QStringLiteral("Why | how?"), {}});
            entry.followUps.append({QStringLiteral("And then?"), {}});
            chapter.entryIds.append(entry.id);
            entries.append(entry);
        }
    }
    return Curriculum({chapter}, entries);
}

// Asks `entryId` and ticks its first `ticks` key points.
inline void askWithTicks(DockPrep::InterviewSheet &sheet, const QString &entryId, int ticks)
{
    sheet.ask(entryId);
    const int question = sheet.indexOf(entryId);
    for (int k = 0; k < ticks; ++k)
        sheet.setKeyPointTicked(question, k, true);
}

} // namespace InterviewerTesting
