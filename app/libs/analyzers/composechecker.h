#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace DockPrep {

// Error: Compose would refuse the file (or it is not YAML). Warning: it runs, but breaks or leaks
// in a way interviewers ask about. Info: worth knowing, often deliberate.
enum class ComposeSeverity { Error, Warning, Info };
QString composeSeverityName(ComposeSeverity severity);  // "error", "warning", "info"

// The rule ids the compose checker reports. Stable: challenges and scripts refer to them.
namespace ComposeRule {
inline constexpr QLatin1StringView yamlSyntax{"yaml-syntax"};
inline constexpr QLatin1StringView notACompose{"not-a-compose-file"};
inline constexpr QLatin1StringView obsoleteVersion{"obsolete-version"};
inline constexpr QLatin1StringView unknownKey{"unknown-key"};
inline constexpr QLatin1StringView dependsOnNotHealthy{"depends-on-not-healthy"};
inline constexpr QLatin1StringView dependsOnNoHealthcheck{"depends-on-no-healthcheck"};
inline constexpr QLatin1StringView noHealthcheck{"no-healthcheck"};
inline constexpr QLatin1StringView databaseNoVolume{"database-no-volume"};
inline constexpr QLatin1StringView databaseEnvMissing{"database-env-missing"};
inline constexpr QLatin1StringView databaseNameMissing{"database-name-missing"};
inline constexpr QLatin1StringView passwordInEnvironment{"password-in-environment"};
inline constexpr QLatin1StringView imageNotPinned{"image-not-pinned"};
inline constexpr QLatin1StringView databasePortPublic{"database-port-public"};
inline constexpr QLatin1StringView privileged{"privileged"};
inline constexpr QLatin1StringView noRestartPolicy{"no-restart-policy"};
inline constexpr QLatin1StringView undefinedVolume{"undefined-volume"};
inline constexpr QLatin1StringView undefinedSecret{"undefined-secret"};
inline constexpr QLatin1StringView duplicateKey{"duplicate-key"};
inline constexpr QLatin1StringView invalidType{"invalid-type"};
inline constexpr QLatin1StringView invalidValue{"invalid-value"};
inline constexpr QLatin1StringView invalidInterpolation{"invalid-interpolation"};
inline constexpr QLatin1StringView undefinedService{"undefined-service"};
inline constexpr QLatin1StringView undefinedNetwork{"undefined-network"};
inline constexpr QLatin1StringView dependencyCycle{"dependency-cycle"};
inline constexpr QLatin1StringView noImageOrBuild{"no-image-or-build"};
inline constexpr QLatin1StringView overrideNeedsBase{"override-needs-base"};
inline constexpr QLatin1StringView conflictingKeys{"conflicting-keys"};
inline constexpr QLatin1StringView inputLimit{"input-limit"};  // refused unread: see InputLimit
} // namespace ComposeRule

struct ComposeRuleInfo {
    QString id;
    ComposeSeverity severity;
    QString summary;  // one line, for --help, docs and the challenge editor
};
const QList<ComposeRuleInfo> &composeRules();
bool isComposeRule(const QString &id);

struct ComposeFinding {
    QString rule;
    ComposeSeverity severity = ComposeSeverity::Warning;
    int line = 0;    // 1-based; 0 when the finding is about the whole file
    int column = 0;  // 1-based
    QString service; // empty for file-level findings
    QString message; // one sentence: what is wrong and why it matters
};

struct ComposeService {
    QString name;
    int line = 0;
    int column = 0;
    QString image;        // as written, may be empty (build-only services, override files)
    bool builds = false;  // has a build section
    bool healthcheck = false;  // has an enabled healthcheck
    QStringList dependsOn;
    // The service mapping with merge keys applied, as plain values (QString, QVariantList,
    // QVariantMap), and the line each of its keys was written on.
    QVariantMap definition;
    QHash<QString, int> keyLines;
};

struct ComposeReport {
    QList<ComposeService> services;  // in file order
    QList<ComposeFinding> findings;  // sorted by line, then column

    bool hasErrors() const;
    QList<ComposeFinding> findingsOf(const QString &rule) const;
    const ComposeService *service(const QString &name) const;
};

// Reads a compose file and reports what is wrong with it. Never throws: malformed YAML gives one
// yaml-syntax finding with its line and column; a text over InputLimit::composeBytes or
// InputLimit::composeNodes (aliases expanded) gives one input-limit finding and nothing else.
ComposeReport checkCompose(const QString &text);

} // namespace DockPrep
