#include "challenges/challengeloader.h"

#include "analyzers/composeyaml.h"
#include "challenges/challengechecker.h"
#include "text/boundedread.h"

#include <QDir>
#include <QSet>

namespace DockPrep {

using namespace ComposeYaml;

QString builtInChallengeFolder()
{
    return QStringLiteral(":/challenges");
}

std::optional<Challenge> parseChallenge(const QString &fileName, const QByteArray &data, QList<ContentError> &errors)
{
    const qsizetype before = errors.size();
    const auto error = [&](int line, const QString &message) { errors.append({fileName, line, message}); };
    YAML::Node root;
    try {
        root = YAML::Load(data.toStdString());
    } catch (const YAML::Exception &e) {
        error(e.mark.is_null() ? 1 : e.mark.line + 1, QString::fromStdString(e.msg));
        return std::nullopt;
    }
    if (!root.IsMap()) {
        error(1, QStringLiteral("a challenge file is a YAML mapping"));
        return std::nullopt;
    }

    Challenge challenge;
    challenge.sourceFile = fileName;
    const std::vector<Entry> keys = entries(root);
    const auto text = [&](const char *name, bool required) -> QString {
        const QString key = QString::fromLatin1(name);
        const auto entry = find(keys, key);
        const QString value = entry ? scalar(entry->value) : QString();
        if (required && value.trimmed().isEmpty())
            error(entry ? positionOf(entry->keyNode).line : 1, QStringLiteral("'%1' is required").arg(key));
        return value;
    };
    challenge.id = text("id", true);
    challenge.title = text("title", true);
    challenge.seed = text("seed", false);
    challenge.brief = text("brief", true);
    challenge.start = text("start", true);
    challenge.solution = text("solution", true);

    const QString level = text("level", true);
    if (const auto parsed = levelFromId(level))
        challenge.level = *parsed;
    else if (!level.isEmpty())
        error(positionOf(find(keys, QStringLiteral("level"))->value).line,
              QStringLiteral("unknown level '%1' (junior, mid, senior, principal)").arg(level));

    const QString kind = text("file", true);
    if (kind == QLatin1String("compose"))
        challenge.fileKind = ChallengeFileKind::Compose;
    else if (kind == QLatin1String("dockerfile"))
        challenge.fileKind = ChallengeFileKind::Dockerfile;
    else if (!kind.isEmpty())
        error(positionOf(find(keys, QStringLiteral("file"))->value).line,
              QStringLiteral("'file' is compose or dockerfile, not '%1'").arg(kind));

    if (const auto hints = find(keys, QStringLiteral("hints")); hints && hints->value.IsSequence()) {
        for (const YAML::Node &hint : hints->value)
            challenge.hints.append(scalar(hint).trimmed());
    }
    if (challenge.hints.isEmpty())
        error(1, QStringLiteral("'hints' needs at least one hint"));

    const auto checks = find(keys, QStringLiteral("checks"));
    if (!checks || !checks->value.IsSequence() || checks->value.size() == 0) {
        error(checks ? positionOf(checks->keyNode).line : 1, QStringLiteral("'checks' needs at least one check"));
    } else {
        QSet<QString> ids;
        for (const YAML::Node &item : checks->value) {
            const int line = positionOf(item).line;
            ChallengeCheck check;
            const std::vector<Entry> fields = entries(item);
            for (const Entry &field : fields) {
                if (field.key == QLatin1String("id")) {
                    check.id = scalar(field.value);
                } else if (field.key == QLatin1String("message")) {
                    check.message = scalar(field.value);
                } else if (field.key == QLatin1String("start-passes")) {
                    check.startPasses = isTrue(field.value);
                } else if (!check.kind.isEmpty()) {
                    error(positionOf(field.keyNode).line,
                          QStringLiteral("a check has one kind; '%1' follows '%2'").arg(field.key, check.kind));
                } else {
                    check.kind = field.key;
                    check.params = toVariant(field.value).toMap();
                }
            }
            if (ids.contains(check.id))
                error(line, QStringLiteral("duplicate check id '%1'").arg(check.id));
            ids.insert(check.id);
            if (const QString problem = validateCheck(challenge.fileKind, check); !problem.isEmpty())
                error(line, problem);
            challenge.checks.append(check);
        }
    }
    if (errors.size() != before)
        return std::nullopt;
    return challenge;
}

ChallengeLoadResult loadChallenges(const QString &folder)
{
    ChallengeLoadResult result;
    const QDir dir(folder);
    const QStringList names = dir.entryList({QStringLiteral("*.yaml")}, QDir::Files, QDir::Name);
    if (names.isEmpty())
        result.errors.append({folder, 0, QStringLiteral("no challenge files (*.yaml) here")});
    QSet<QString> ids;
    for (const QString &name : names) {
        const QString path = dir.filePath(name);
        const BoundedRead read = readBoundedFile(path, InputLimit::contentFileBytes);
        if (!read.ok()) {
            result.errors.append({path, 0, read.message(name)});
            continue;
        }
        std::optional<Challenge> challenge = parseChallenge(path, read.data, result.errors);
        if (!challenge)
            continue;
        if (ids.contains(challenge->id)) {
            result.errors.append({path, 1, QStringLiteral("duplicate challenge id '%1'").arg(challenge->id)});
            continue;
        }
        ids.insert(challenge->id);
        result.challenges.append(*challenge);
    }
    return result;
}

} // namespace DockPrep
