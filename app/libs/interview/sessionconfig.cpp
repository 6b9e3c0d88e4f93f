#include "interview/sessionconfig.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRandomGenerator>

#include <limits>

namespace DockPrep {

namespace {

QString orderId(QuestionOrder order)
{
    switch (order) {
    case QuestionOrder::Random: return QStringLiteral("random");
    case QuestionOrder::WeakestFirst: return QStringLiteral("weakest-first");
    case QuestionOrder::DueForReview: return QStringLiteral("due-for-review");
    }
    return {};
}

std::optional<QuestionOrder> orderFromId(const QString &id)
{
    for (QuestionOrder order : {QuestionOrder::Random, QuestionOrder::WeakestFirst, QuestionOrder::DueForReview}) {
        if (orderId(order) == id)
            return order;
    }
    return std::nullopt;
}

bool failWith(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

} // namespace

QJsonObject SessionConfig::toJson() const
{
    QJsonArray levelIds;
    for (Level level : levels)
        levelIds.append(levelId(level));
    return QJsonObject{
        {QStringLiteral("chapters"), QJsonArray::fromStringList(chapters)},
        {QStringLiteral("levels"), levelIds},
        {QStringLiteral("questionCount"), questionCount},
        {QStringLiteral("timeLimit"), timeLimit == TimeLimit::Total ? QStringLiteral("total") : QStringLiteral("per-question")},
        {QStringLiteral("perQuestionMs"), perQuestionMs},
        {QStringLiteral("totalMs"), totalMs},
        {QStringLiteral("order"), orderId(order)},
        // As a number: JSON doubles hold every 32-bit seed exactly.
        {QStringLiteral("seed"), qint64(seed)},
        {QStringLiteral("openBook"), openBook},
        {QStringLiteral("spoken"), spoken},
        {QStringLiteral("feedback"), feedback == FeedbackTiming::AtEnd ? QStringLiteral("at-end") : QStringLiteral("after-each")},
        {QStringLiteral("atZero"), atZero == AtZero::MoveOn ? QStringLiteral("move-on") : QStringLiteral("wait")},
        {QStringLiteral("preset"), presetId},
    };
}

std::optional<SessionConfig> SessionConfig::fromJson(const QJsonObject &json, QString *error)
{
    SessionConfig config;
    const auto text = [&](const char *key) { return json.value(QLatin1String(key)).toString(); };
    for (const QJsonValue &chapter : json.value(QLatin1String("chapters")).toArray())
        config.chapters.append(chapter.toString());
    for (const QJsonValue &value : json.value(QLatin1String("levels")).toArray()) {
        const auto level = levelFromId(value.toString());
        if (!level) {
            failWith(error, QStringLiteral("unknown level \"%1\"").arg(value.toString()));
            return std::nullopt;
        }
        config.levels.append(*level);
    }
    config.questionCount = json.value(QLatin1String("questionCount")).toInt(config.questionCount);
    config.timeLimit = text("timeLimit") == QLatin1String("total") ? TimeLimit::Total : TimeLimit::PerQuestion;
    config.perQuestionMs = json.value(QLatin1String("perQuestionMs")).toInteger(config.perQuestionMs);
    config.totalMs = json.value(QLatin1String("totalMs")).toInteger(config.totalMs);
    if (json.contains(QLatin1String("order"))) {
        const auto order = orderFromId(text("order"));
        if (!order) {
            failWith(error, QStringLiteral("unknown order \"%1\"").arg(text("order")));
            return std::nullopt;
        }
        config.order = *order;
    }
    const qint64 seed = json.value(QLatin1String("seed")).toInteger(config.seed);
    config.openBook = json.value(QLatin1String("openBook")).toBool(false);
    config.spoken = json.value(QLatin1String("spoken")).toBool(false);
    config.feedback = text("feedback") == QLatin1String("at-end") ? FeedbackTiming::AtEnd : FeedbackTiming::AfterEachQuestion;
    config.atZero = text("atZero") == QLatin1String("move-on") ? AtZero::MoveOn : AtZero::Wait;
    config.presetId = text("preset");

    if (seed < 0 || seed > qint64(std::numeric_limits<quint32>::max())) {
        failWith(error, QStringLiteral("the seed %1 is out of range").arg(seed));
        return std::nullopt;
    }
    config.seed = quint32(seed);
    if (config.questionCount < 1 || config.questionCount > SessionLimits::maxQuestions) {
        failWith(error, QStringLiteral("%1 questions is out of range (1 to %2)").arg(config.questionCount).arg(SessionLimits::maxQuestions));
        return std::nullopt;
    }
    if (config.perQuestionMs < SessionLimits::minPerQuestionMs || config.perQuestionMs > SessionLimits::maxPerQuestionMs
        || config.totalMs < SessionLimits::minTotalMs || config.totalMs > SessionLimits::maxTotalMs) {
        failWith(error, QStringLiteral("the time limit is out of range"));
        return std::nullopt;
    }
    return config;
}

QList<SessionPreset> sessionPresets()
{
    SessionConfig quick;
    quick.questionCount = 5;
    quick.timeLimit = TimeLimit::PerQuestion;
    quick.perQuestionMs = 3 * 60 * 1000;
    quick.feedback = FeedbackTiming::AfterEachQuestion;
    quick.atZero = AtZero::MoveOn;
    quick.presetId = QStringLiteral("quick-15");

    // A senior loop is one block of time the candidate spends as they see fit, scored at the end
    // like a real panel debrief.
    SessionConfig senior;
    senior.levels = {Level::Senior, Level::Principal};
    senior.questionCount = 8;
    senior.timeLimit = TimeLimit::Total;
    senior.totalMs = 45 * 60 * 1000;
    senior.feedback = FeedbackTiming::AtEnd;
    senior.atZero = AtZero::MoveOn;
    senior.presetId = QStringLiteral("senior-loop-45");

    return {
        {quick.presetId, QCoreApplication::translate("DockPrep::SessionPreset", "Quick 15 minutes"),
         QCoreApplication::translate("DockPrep::SessionPreset", "5 questions from every level, 3 minutes each, scored after each answer."),
         quick},
        {senior.presetId, QCoreApplication::translate("DockPrep::SessionPreset", "Senior loop 45 minutes"),
         QCoreApplication::translate("DockPrep::SessionPreset",
                                     "8 senior and principal questions in 45 minutes overall, scored at the end."),
         senior},
    };
}

std::optional<SessionPreset> sessionPreset(const QString &id)
{
    for (const SessionPreset &preset : sessionPresets()) {
        if (preset.id == id)
            return preset;
    }
    return std::nullopt;
}

int SessionConfig::limitMinutes() const
{
    return int((timeLimit == TimeLimit::Total ? totalMs : perQuestionMs) / 60000);
}

void SessionConfig::setLimitMinutes(int minutes)
{
    (timeLimit == TimeLimit::Total ? totalMs : perQuestionMs) = qint64(minutes) * 60000;
}

MinuteRange minuteRange(TimeLimit limit)
{
    if (limit == TimeLimit::Total)
        return {int(SessionLimits::minTotalMs / 60000), int(SessionLimits::maxTotalMs / 60000)};
    return {1, int(SessionLimits::maxPerQuestionMs / 60000)};  // 30 s is the floor, a minute the form's step
}

// The context is the setup page's, where these words first appeared, so their translations carry over.
QString timeLimitTitle(TimeLimit limit)
{
    return limit == TimeLimit::Total ? QCoreApplication::translate("DockPrep::InterviewSetupPage", "for the whole session")
                                     : QCoreApplication::translate("DockPrep::InterviewSetupPage", "per question");
}

QString feedbackTimingTitle(FeedbackTiming timing)
{
    return timing == FeedbackTiming::AtEnd ? QCoreApplication::translate("DockPrep::InterviewSetupPage", "at the end")
                                           : QCoreApplication::translate("DockPrep::InterviewSetupPage", "after each question");
}

QString atZeroTitle(AtZero atZero)
{
    return atZero == AtZero::MoveOn ? QCoreApplication::translate("DockPrep::InterviewSetupPage", "move on to the next question")
                                    : QCoreApplication::translate("DockPrep::InterviewSetupPage", "keep going and record the overtime");
}

quint32 freshSeed()
{
    // Kept below a million so the seed is easy to read aloud and type back in.
    return QRandomGenerator::system()->bounded(1u, 1000000u);
}

} // namespace DockPrep
