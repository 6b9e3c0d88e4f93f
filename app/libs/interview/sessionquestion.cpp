#include "interview/sessionquestion.h"

#include "content/curriculum.h"

namespace DockPrep {

QString questionStatusId(QuestionStatus status)
{
    switch (status) {
    case QuestionStatus::Pending: return QStringLiteral("pending");
    case QuestionStatus::Answered: return QStringLiteral("answered");
    case QuestionStatus::Skipped: return QStringLiteral("skipped");
    case QuestionStatus::Scored: return QStringLiteral("scored");
    case QuestionStatus::NotAsked: return QStringLiteral("not-asked");
    }
    return {};
}

std::optional<QuestionStatus> questionStatusFromId(QStringView id)
{
    for (QuestionStatus status : {QuestionStatus::Pending, QuestionStatus::Answered, QuestionStatus::Skipped,
                                  QuestionStatus::Scored, QuestionStatus::NotAsked}) {
        if (questionStatusId(status) == id)
            return status;
    }
    return std::nullopt;
}

QList<SessionQuestion> makeSessionQuestions(const Curriculum &curriculum, const QStringList &entryIds)
{
    QList<SessionQuestion> questions;
    for (const QString &id : entryIds) {
        const Entry *entry = curriculum.entry(id);
        if (!entry)
            continue;
        SessionQuestion question;
        question.entryId = entry->id;
        question.chapterId = entry->chapterId;
        question.level = entry->level;
        question.keyPointCount = int(entry->keyPoints.size());
        questions.append(question);
    }
    return questions;
}

} // namespace DockPrep
