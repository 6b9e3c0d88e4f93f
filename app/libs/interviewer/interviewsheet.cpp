#include "interviewer/interviewsheet.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

namespace DockPrep {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(DockPrep::InterviewSheet)
};

// The draft's format: a later DockPrep may add fields; an earlier one refuses a newer draft
// rather than dropping what it cannot read.
constexpr int draftVersion = 1;

constexpr std::array criterionKeys{"technical", "communication", "production", "leadership"};

void setMember(QList<int> &list, int value, bool member)
{
    const auto at = std::lower_bound(list.begin(), list.end(), value);
    const bool present = at != list.end() && *at == value;
    if (member && !present)
        list.insert(at, value);
    else if (!member && present)
        list.erase(at);
}

QJsonArray toArray(const QList<int> &list)
{
    QJsonArray array;
    for (int value : list)
        array.append(value);
    return array;
}

// Indexes from the file: whole numbers from 0 up, kept sorted and without repeats.
std::optional<QList<int>> indexList(const QJsonValue &value)
{
    if (!value.isArray() && !value.isUndefined())
        return std::nullopt;
    QList<int> list;
    for (const QJsonValue &item : value.toArray()) {
        const double number = item.toDouble(-1);
        if (!item.isDouble() || number < 0 || number > 1000 || number != int(number))
            return std::nullopt;
        setMember(list, int(number), true);
    }
    return list;
}

} // namespace

bool InterviewSheet::ask(const QString &entryId)
{
    if (entryId.isEmpty() || indexOf(entryId) >= 0)
        return false;
    m_questions.append({entryId, {}, {}, {}});
    return true;
}

void InterviewSheet::remove(int question)
{
    if (question >= 0 && question < m_questions.size())
        m_questions.removeAt(question);
}

int InterviewSheet::indexOf(const QString &entryId) const
{
    for (qsizetype i = 0; i < m_questions.size(); ++i) {
        if (m_questions.at(i).entryId == entryId)
            return int(i);
    }
    return -1;
}

void InterviewSheet::setKeyPointTicked(int question, int keyPoint, bool ticked)
{
    if (question >= 0 && question < m_questions.size() && keyPoint >= 0)
        setMember(m_questions[question].tickedKeyPoints, keyPoint, ticked);
}

void InterviewSheet::setFollowUpAsked(int question, int followUp, bool asked)
{
    if (question >= 0 && question < m_questions.size() && followUp >= 0)
        setMember(m_questions[question].askedFollowUps, followUp, asked);
}

void InterviewSheet::setQuestionNote(int question, const QString &note)
{
    if (question >= 0 && question < m_questions.size())
        m_questions[question].note = note;
}

int InterviewSheet::rating(Criterion criterion) const
{
    switch (criterion) {
    case Criterion::Technical: return ratings.technical;
    case Criterion::Communication: return ratings.communication;
    case Criterion::Production: return ratings.production;
    case Criterion::Leadership: return ratings.leadership;
    }
    return 0;
}

void InterviewSheet::setRating(Criterion criterion, int rating)
{
    rating = std::clamp(rating, 0, Rubric::maxRating);
    switch (criterion) {
    case Criterion::Technical: ratings.technical = rating; break;
    case Criterion::Communication: ratings.communication = rating; break;
    case Criterion::Production: ratings.production = rating; break;
    case Criterion::Leadership: ratings.leadership = rating; break;
    }
}

QJsonObject InterviewSheet::toJson() const
{
    QJsonArray questions;
    for (const AskedQuestion &q : m_questions) {
        questions.append(QJsonObject{{QStringLiteral("entry"), q.entryId},
                                     {QStringLiteral("keyPoints"), toArray(q.tickedKeyPoints)},
                                     {QStringLiteral("followUps"), toArray(q.askedFollowUps)},
                                     {QStringLiteral("note"), q.note}});
    }
    QJsonObject rubric;
    for (Criterion c : allCriteria) {
        rubric.insert(QLatin1String(criterionKeys.at(std::size_t(c))),
                      QJsonObject{{QStringLiteral("rating"), rating(c)}, {QStringLiteral("note"), criterionNote(c)}});
    }
    return {{QStringLiteral("version"), draftVersion},
            {QStringLiteral("candidate"), candidate},
            {QStringLiteral("started"), started.toUTC().toString(Qt::ISODate)},
            {QStringLiteral("questions"), questions},
            {QStringLiteral("rubric"), rubric}};
}

std::optional<InterviewSheet> InterviewSheet::fromJson(const QJsonObject &json, QString *error)
{
    const auto fail = [error](const QString &why) -> std::optional<InterviewSheet> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    const int version = json.value(QStringLiteral("version")).toInt(-1);
    if (version < 1)
        return fail(Tr::tr("It is not an interviewer's sheet saved by DockPrep."));
    if (version > draftVersion)
        return fail(Tr::tr("It was saved by a newer DockPrep (format %1; this one reads %2).").arg(version).arg(draftVersion));

    InterviewSheet sheet;
    sheet.candidate = json.value(QStringLiteral("candidate")).toString();
    sheet.started = QDateTime::fromString(json.value(QStringLiteral("started")).toString(), Qt::ISODate);
    const QJsonValue questions = json.value(QStringLiteral("questions"));
    if (!questions.isArray() && !questions.isUndefined())
        return fail(Tr::tr("Its list of questions is damaged."));
    for (const QJsonValue &value : questions.toArray()) {
        const QJsonObject object = value.toObject();
        const auto ticked = indexList(object.value(QStringLiteral("keyPoints")));
        const auto asked = indexList(object.value(QStringLiteral("followUps")));
        const QString entry = object.value(QStringLiteral("entry")).toString();
        if (!value.isObject() || entry.isEmpty() || !ticked || !asked)
            return fail(Tr::tr("Question %1 in it is damaged.").arg(sheet.m_questions.size() + 1));
        if (sheet.ask(entry))
            sheet.m_questions.last() = {entry, *ticked, *asked, object.value(QStringLiteral("note")).toString()};
    }
    const QJsonObject rubric = json.value(QStringLiteral("rubric")).toObject();
    for (Criterion c : allCriteria) {
        const QJsonObject criterion = rubric.value(QLatin1String(criterionKeys.at(std::size_t(c)))).toObject();
        sheet.setRating(c, criterion.value(QStringLiteral("rating")).toInt());
        sheet.setCriterionNote(c, criterion.value(QStringLiteral("note")).toString());
    }
    return sheet;
}

QString criterionName(Criterion criterion)
{
    switch (criterion) {
    case Criterion::Technical: return Tr::tr("Technical skills");
    case Criterion::Communication: return Tr::tr("Communication");
    case Criterion::Production: return Tr::tr("Production experience");
    case Criterion::Leadership: return Tr::tr("Leadership");
    }
    return {};
}

int criterionWeight(Criterion criterion)
{
    switch (criterion) {
    case Criterion::Technical: return Rubric::technicalWeight;
    case Criterion::Communication: return Rubric::communicationWeight;
    case Criterion::Production: return Rubric::productionWeight;
    case Criterion::Leadership: return Rubric::leadershipWeight;
    }
    return 0;
}

} // namespace DockPrep
