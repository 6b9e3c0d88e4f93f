#pragma once

#include "content/level.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace DockPrep {

// Which questions come first.
enum class QuestionOrder {
    Random,        // shuffled with the session's seed, so the same seed replays the same session
    WeakestFirst,  // lowest last interview score first; never-asked questions after, shuffled by seed
    DueForReview,  // only questions the review schedule says are due, most overdue first
};

// When the candidate scores their answers.
enum class FeedbackTiming { AfterEachQuestion, AtEnd };

// What happens when a question's clock reaches zero.
enum class AtZero {
    MoveOn,  // the answer is submitted as it stands (with a total time: the session ends)
    Wait,    // the question stays open; every further second is recorded as overtime
};

enum class TimeLimit { PerQuestion, Total };

// Everything that defines a session. Stored as JSON with the session, so a resumed or replayed
// session runs with exactly the settings it started with.
struct SessionConfig {
    QStringList chapters;  // chapter ids; empty = every chapter
    QList<Level> levels;   // empty = every level
    int questionCount = 5;
    TimeLimit timeLimit = TimeLimit::PerQuestion;
    qint64 perQuestionMs = 3 * 60 * 1000;
    qint64 totalMs = 15 * 60 * 1000;
    QuestionOrder order = QuestionOrder::Random;
    quint32 seed = 1;
    bool openBook = false;
    // Spoken: each question is read aloud and the answer recorded from the microphone, then
    // transcribed for scoring; typing stays possible.
    bool spoken = false;
    FeedbackTiming feedback = FeedbackTiming::AfterEachQuestion;
    AtZero atZero = AtZero::Wait;
    QString presetId;  // the preset it was made from, if any, for display

    // The time limit in whole minutes, per question or for the session as timeLimit says: what
    // the forms show and edit.
    int limitMinutes() const;
    void setLimitMinutes(int minutes);

    QJsonObject toJson() const;
    // Unknown or missing fields take their defaults; values out of range give nullopt and *error.
    static std::optional<SessionConfig> fromJson(const QJsonObject &json, QString *error = nullptr);

    bool operator==(const SessionConfig &) const = default;
};

struct SessionPreset {
    QString id;
    QString title;        // translated
    QString description;  // translated
    SessionConfig config;
};

// "Quick 15 minutes" and "Senior loop 45 minutes"; seeds are filled in by the caller.
QList<SessionPreset> sessionPresets();
std::optional<SessionPreset> sessionPreset(const QString &id);

// The words the setup page and the settings dialog show for each choice (translated).
QString timeLimitTitle(TimeLimit limit);
QString feedbackTimingTitle(FeedbackTiming timing);
QString atZeroTitle(AtZero atZero);

// A seed for a new random session, from the system's randomness; shown and editable by the user.
quint32 freshSeed();

// The limits the setup page and fromJson enforce.
namespace SessionLimits {
inline constexpr int maxQuestions = 50;
inline constexpr qint64 minPerQuestionMs = 30 * 1000;
inline constexpr qint64 maxPerQuestionMs = 60 * 60 * 1000;
inline constexpr qint64 minTotalMs = 60 * 1000;
inline constexpr qint64 maxTotalMs = 4 * 60 * 60 * 1000;
} // namespace SessionLimits

// The whole minutes a form offers for a time limit of this kind.
struct MinuteRange {
    int minimum;
    int maximum;
};
MinuteRange minuteRange(TimeLimit limit);

} // namespace DockPrep
