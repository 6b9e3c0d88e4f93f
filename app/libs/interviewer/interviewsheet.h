#pragma once

#include "interview/scoring.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace DockPrep {

// One question the interviewer put to the candidate, with what they heard: the key points the
// answer covered and the follow-ups they went on to ask (indexes into the entry's lists).
struct AskedQuestion {
    QString entryId;
    QList<int> tickedKeyPoints;  // sorted, no repeats
    QList<int> askedFollowUps;   // sorted, no repeats
    QString note;

    bool operator==(const AskedQuestion &) const = default;
};

// The four rubric criteria in the order the rubric lists them (see RubricRatings).
enum class Criterion { Technical, Communication, Production, Leadership };
inline constexpr std::array allCriteria{Criterion::Technical, Criterion::Communication, Criterion::Production,
                                        Criterion::Leadership};

// The interviewer's sheet for one candidate: the questions asked in order, the key points ticked
// live, and the rubric rated once at the end with a short note per criterion. A value: the page
// edits a copy and keeps the draft on disk after every change.
class InterviewSheet
{
public:
    QString candidate;
    QDateTime started;
    RubricRatings ratings;

    const QList<AskedQuestion> &questions() const { return m_questions; }
    // Adds `entryId` at the end; false (and nothing changes) when it was asked already.
    bool ask(const QString &entryId);
    void remove(int question);
    int indexOf(const QString &entryId) const;
    // Out-of-range questions are ignored; the indexes themselves are kept as given, since the
    // sheet does not know the entry (the scorecard skips any the curriculum no longer has).
    void setKeyPointTicked(int question, int keyPoint, bool ticked);
    void setFollowUpAsked(int question, int followUp, bool asked);
    void setQuestionNote(int question, const QString &note);

    int rating(Criterion criterion) const;
    void setRating(Criterion criterion, int rating);  // clamped to 0–5
    QString criterionNote(Criterion criterion) const { return m_notes.at(std::size_t(criterion)); }
    void setCriterionNote(Criterion criterion, const QString &note) { m_notes.at(std::size_t(criterion)) = note; }

    bool isEmpty() const { return candidate.isEmpty() && m_questions.isEmpty(); }

    // The draft file's form. fromJson() refuses anything malformed with a sentence for the user.
    QJsonObject toJson() const;
    static std::optional<InterviewSheet> fromJson(const QJsonObject &json, QString *error);

    bool operator==(const InterviewSheet &) const = default;

private:
    QList<AskedQuestion> m_questions;
    std::array<QString, 4> m_notes;
};

// The criterion's name as the rubric in the interview-craft chapter gives it ("Technical
// skills"…), translated, and its weight in per cent.
QString criterionName(Criterion criterion);
int criterionWeight(Criterion criterion);

} // namespace DockPrep
