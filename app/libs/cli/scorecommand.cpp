#include "cli/scorecommand.h"

#include "curriculum/contentloader.h"
#include "interview/keypointmatcher.h"
#include "speech/spokenanswer.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>

namespace DockPrep {

namespace {

// A typed answer is a few kilobytes; anything far larger is not an answer.
constexpr qint64 maxAnswerBytes = 1024 * 1024;

QString kindName(MatchEvidence::Kind kind)
{
    switch (kind) {
    case MatchEvidence::Kind::Counted: return QStringLiteral("counted");
    case MatchEvidence::Kind::Negated: return QStringLiteral("negated");
    case MatchEvidence::Kind::Generic: return QStringLiteral("generic");
    case MatchEvidence::Kind::KeywordList: return QStringLiteral("keyword-list");
    }
    return {};
}

// Why an occurrence did not count, in words for the terminal.
QString whyNotCounted(MatchEvidence::Kind kind)
{
    switch (kind) {
    case MatchEvidence::Kind::Counted: return {};
    case MatchEvidence::Kind::Negated: return QStringLiteral("negated");
    case MatchEvidence::Kind::Generic: return QStringLiteral("too general alone");
    case MatchEvidence::Kind::KeywordList: return QStringLiteral("in a bare list of terms");
    }
    return {};
}

} // namespace

int runScoreCommand(const QStringList &arguments, const QString &builtInContent, const QString &diagramCatalog,
                    QTextStream &in, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Show which key points of an entry an answer covers."));
    const QCommandLineOption answerOption(QStringLiteral("answer-file"), QStringLiteral("Read the answer from <file>."),
                                          QStringLiteral("file"));
    const QCommandLineOption formatOption(QStringLiteral("format"), QStringLiteral("Output as text or json."),
                                          QStringLiteral("format"), QStringLiteral("text"));
    const QCommandLineOption contentOption(QStringLiteral("content"), QStringLiteral("Use the curriculum in <dir>."),
                                           QStringLiteral("dir"));
    const QCommandLineOption recordingOption(QStringLiteral("recording"),
                                             QStringLiteral("Transcribe a spoken answer from <wav> (offline) and score that."),
                                             QStringLiteral("wav"));
    parser.addOptions({answerOption, recordingOption, formatOption, contentOption});
    parser.addPositionalArgument(QStringLiteral("entry"), QStringLiteral("The entry id."));
    parser.addPositionalArgument(QStringLiteral("-"), QStringLiteral("Read the answer from standard input."));
    QStringList withoutCommand = arguments;
    if (withoutCommand.size() > 1)
        withoutCommand.removeAt(1);  // "score"
    if (!parser.parse(withoutCommand)) {
        err << "dockprep score: " << parser.errorText() << '\n';
        return 2;
    }
    const QString format = parser.value(formatOption);
    if (format != QLatin1String("text") && format != QLatin1String("json")) {
        err << "dockprep score: --format takes text or json\n";
        return 2;
    }
    QStringList positional = parser.positionalArguments();
    const bool fromStdin = positional.size() == 2 && positional.at(1) == QLatin1String("-");
    if (fromStdin)
        positional.removeLast();
    const int answerSources = int(fromStdin) + int(parser.isSet(answerOption)) + int(parser.isSet(recordingOption));
    if (positional.size() != 1 || answerSources != 1) {
        err << "dockprep score: usage: dockprep score ENTRY_ID (--answer-file FILE | --recording WAV | -) [--format text|json]\n";
        return 2;
    }
    const QString entryId = positional.constFirst();

    QString answer;
    if (fromStdin) {
        answer = in.read(maxAnswerBytes);
    } else if (parser.isSet(answerOption)) {
        QFile file(parser.value(answerOption));
        if (!file.open(QIODevice::ReadOnly)) {
            err << "dockprep score: cannot read " << file.fileName() << ": " << file.errorString() << '\n';
            return 1;
        }
        if (file.size() > maxAnswerBytes) {
            err << "dockprep score: " << file.fileName() << " is larger than " << maxAnswerBytes / 1024
                << " KiB; an answer is a few paragraphs\n";
            return 1;
        }
        answer = QString::fromUtf8(file.read(maxAnswerBytes));
    }

    const ContentLoadResult loaded =
        loadCurriculum(parser.isSet(contentOption) ? parser.value(contentOption) : builtInContent, diagramCatalog);
    for (const ContentError &e : loaded.errors)
        err << e.toString() << '\n';
    if (!loaded.ok())
        return 1;
    const Entry *entry = loaded.curriculum.entry(entryId);
    if (!entry) {
        err << "dockprep score: no entry '" << entryId << "' (dockprep search lists entries)\n";
        return 4;
    }

    std::optional<DeliveryFigures> delivery;
    if (parser.isSet(recordingOption)) {
        const SpokenAnswer spoken = hearSpokenAnswer(parser.value(recordingOption), loaded.curriculum, *entry);
        if (!spoken.ok()) {
            err << "dockprep score: " << parser.value(recordingOption) << ": " << spoken.error << '\n';
            return 1;
        }
        answer = spoken.transcript.text;
        delivery = spoken.delivery;
    }

    const QList<KeyPointVerdict> verdicts = KeyPointMatcher::assess(entry->keyPoints, answer);
    const int covered = int(std::count_if(verdicts.cbegin(), verdicts.cend(), [](const KeyPointVerdict &v) { return v.covered; }));
    if (format == QLatin1String("json")) {
        QJsonArray points;
        for (qsizetype i = 0; i < verdicts.size(); ++i) {
            QJsonArray evidence;
            for (const MatchEvidence &e : verdicts.at(i).evidence) {
                evidence.append(QJsonObject{{QStringLiteral("term"), e.term},
                                            {QStringLiteral("text"), answer.mid(e.start, e.length)},
                                            {QStringLiteral("start"), e.start},
                                            {QStringLiteral("length"), e.length},
                                            {QStringLiteral("kind"), kindName(e.kind)}});
            }
            points.append(QJsonObject{{QStringLiteral("index"), i},
                                      {QStringLiteral("keyPoint"), entry->keyPoints.at(i).text},
                                      {QStringLiteral("covered"), verdicts.at(i).covered},
                                      {QStringLiteral("evidence"), evidence}});
        }
        QJsonObject result{{QStringLiteral("entry"), entry->id}, {QStringLiteral("covered"), covered}, {QStringLiteral("keyPoints"), points}};
        if (delivery) {
            result.insert(QStringLiteral("transcript"), answer);
            result.insert(QStringLiteral("delivery"), delivery->toJson());
        }
        out << QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Indented));
        return 0;
    }
    if (delivery) {
        out << "Heard: " << (answer.isEmpty() ? QStringLiteral("(nothing)") : answer) << '\n';
        out << "Delivery: " << deliverySummary(*delivery) << '\n';
    }
    out << entry->id << ": " << covered << " of " << verdicts.size() << " key points covered\n";
    for (qsizetype i = 0; i < verdicts.size(); ++i) {
        const KeyPointVerdict &verdict = verdicts.at(i);
        out << (verdict.covered ? "[x] " : "[ ] ") << entry->keyPoints.at(i).text << '\n';
        for (const MatchEvidence &e : verdict.evidence) {
            out << "      \"" << answer.mid(e.start, e.length).simplified() << "\" at " << e.start << " (term: " << e.term;
            if (e.kind != MatchEvidence::Kind::Counted)
                out << "; not counted: " << whyNotCounted(e.kind);
            out << ")\n";
        }
    }
    return 0;
}

} // namespace DockPrep
