#include "challenges/challengechecker.h"

#include "challenges/checkparams.h"
#include "challenges/composechecks.h"
#include "challenges/dockerfilechecks.h"

#include <QCoreApplication>

#include <algorithm>

namespace DockPrep {

namespace {

// lupdate files Tr::tr() strings under the context named here (it cannot see through a
// tr() function that forwards to QCoreApplication::translate()).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(DockPrep::ChallengeChecker)
};

template <typename Checks>
ChallengeResult runChecks(const Challenge &challenge, const QString &text, const QString &notApplicable)
{
    const Checks checks(text);
    ChallengeResult result;
    result.outcomes.append(checks.parses());
    for (const ChallengeCheck &check : challenge.checks) {
        const CheckKind<Checks> *kind = findCheckKind(Checks::kinds(), check.kind);
        result.outcomes.append(kind ? (checks.*kind->run)(check) : DockPrep::Checks::outcome(check, false, 0, notApplicable));
    }
    return result;
}

template <typename Checks>
QString validateWith(ChallengeFileKind fileKind, const ChallengeCheck &check)
{
    const CheckKind<Checks> *kind = findCheckKind(Checks::kinds(), check.kind);
    if (!kind) {
        QStringList names;
        for (const CheckKind<Checks> &each : Checks::kinds())
            names.append(QString(each.name));
        return QStringLiteral("unknown check kind '%1' for a %2 challenge (one of: %3)")
            .arg(check.kind, challengeFileKindId(fileKind), names.join(QStringLiteral(", ")));
    }
    if (check.id.isEmpty() || check.message.isEmpty())
        return QStringLiteral("a check needs an id and a message");
    return kind->validate(check);
}

} // namespace

QString challengeFileKindId(ChallengeFileKind kind)
{
    return kind == ChallengeFileKind::Compose ? QStringLiteral("compose") : QStringLiteral("dockerfile");
}

bool ChallengeResult::passed() const
{
    return !outcomes.isEmpty()
        && std::all_of(outcomes.cbegin(), outcomes.cend(), [](const CheckOutcome &o) { return o.passed; });
}

int ChallengeResult::passedCount() const
{
    return int(std::count_if(outcomes.cbegin(), outcomes.cend(), [](const CheckOutcome &o) { return o.passed; }));
}

ChallengeResult checkChallenge(const Challenge &challenge, const QString &text)
{
    if (challenge.fileKind == ChallengeFileKind::Compose)
        return runChecks<ComposeChecks>(challenge, text, Tr::tr("This check does not apply to compose files."));
    return runChecks<DockerfileChecks>(challenge, text, Tr::tr("This check does not apply to Dockerfiles."));
}

QString validateCheck(ChallengeFileKind kind, const ChallengeCheck &check)
{
    return kind == ChallengeFileKind::Compose ? validateWith<ComposeChecks>(kind, check)
                                              : validateWith<DockerfileChecks>(kind, check);
}

} // namespace DockPrep
