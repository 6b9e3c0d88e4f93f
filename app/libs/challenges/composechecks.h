#pragma once

#include "analyzers/composechecker.h"
#include "challenges/checkkind.h"

namespace DockPrep {

// A compose file analysed once by the compose checker, and the check kinds that run on it.
class ComposeChecks
{
public:
    explicit ComposeChecks(const QString &text);

    CheckOutcome parses() const;  // "Compose accepts the file", or the first error
    static std::span<const CheckKind<ComposeChecks>> kinds();

private:
    CheckOutcome pattern(const ChallengeCheck &check) const;
    CheckOutcome absent(const ChallengeCheck &check) const;
    CheckOutcome serviceKey(const ChallengeCheck &check) const;
    CheckOutcome databaseUrl(const ChallengeCheck &check) const;
    // A service's environment as NAME → value, from the map or the NAME=VALUE list form.
    static QHash<QString, QString> environmentOf(const ComposeService &service);

    ComposeReport m_report;
    QString m_code;  // the file without its comments, for `pattern`
};

} // namespace DockPrep
