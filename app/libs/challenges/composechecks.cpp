#include "challenges/composechecks.h"

#include "challenges/checkparams.h"
#include "challenges/codetext.h"
#include "challenges/databaseurl.h"

#include <QCoreApplication>

#include <algorithm>

namespace DockPrep {

using namespace Checks;

namespace {

// lupdate files Tr::tr() strings under the context named here (it cannot see through a
// tr() function that forwards to QCoreApplication::translate()).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(DockPrep::ChallengeChecker)
};

// `absent` names the compose checker's rules, so a misspelt one is caught when loading.
QString validateAbsent(const ChallengeCheck &check)
{
    const QStringList rules = stringList(check.params.value(QStringLiteral("rules")));
    if (rules.isEmpty())
        return QStringLiteral("check '%1' (absent) needs 'rules'").arg(check.id);
    for (const QString &rule : rules) {
        if (!isComposeRule(rule))
            return QStringLiteral("check '%1': unknown compose rule '%2'").arg(check.id, rule);
    }
    return {};
}

} // namespace

std::span<const CheckKind<ComposeChecks>> ComposeChecks::kinds()
{
    static const CheckKind<ComposeChecks> table[] = {
        {QLatin1StringView("absent"), validateAbsent, &ComposeChecks::absent},
        {QLatin1StringView("service-key"), [](const ChallengeCheck &check) { return requireParams(check, {"service", "key"}); },
         &ComposeChecks::serviceKey},
        {QLatin1StringView("database-url"),
         [](const ChallengeCheck &check) { return requireParams(check, {"service", "variable", "database"}); },
         &ComposeChecks::databaseUrl},
        {QLatin1StringView("pattern"), [](const ChallengeCheck &check) { return requireRegex(check, "regex"); },
         &ComposeChecks::pattern},
    };
    return table;
}

ComposeChecks::ComposeChecks(const QString &text)
    : m_report(checkCompose(text))
    , m_code(composeCode(text))
{
}

CheckOutcome ComposeChecks::parses() const
{
    for (const ComposeFinding &f : m_report.findings) {
        if (f.severity == ComposeSeverity::Error)
            return {QStringLiteral("parses"), Tr::tr("Compose accepts the file"), false, f.line, f.message};
    }
    return {QStringLiteral("parses"), Tr::tr("Compose accepts the file"), true, 0, {}};
}

CheckOutcome ComposeChecks::pattern(const ChallengeCheck &check) const
{
    return runPattern(check, m_code);
}

CheckOutcome ComposeChecks::absent(const ChallengeCheck &check) const
{
    const QStringList rules = stringList(check.params.value(QStringLiteral("rules")));
    const QString service = check.params.value(QStringLiteral("service")).toString();
    for (const ComposeFinding &f : m_report.findings) {
        if (rules.contains(f.rule) && (service.isEmpty() || f.service == service))
            return outcome(check, false, f.line, f.message);
    }
    if (!service.isEmpty() && !m_report.service(service))
        return outcome(check, false, 0, Tr::tr("There is no service '%1'.").arg(service));
    return outcome(check, true);
}

CheckOutcome ComposeChecks::serviceKey(const ChallengeCheck &check) const
{
    const QString name = check.params.value(QStringLiteral("service")).toString();
    const QString key = check.params.value(QStringLiteral("key")).toString();
    const ComposeService *service = m_report.service(name);
    if (!service)
        return outcome(check, false, 0, Tr::tr("There is no service '%1'.").arg(name));
    const bool written = service->definition.contains(key) && service->definition.value(key).isValid();
    // A healthcheck that turns itself off (`disable: true`, `test: ["NONE"]`) is no healthcheck:
    // it turns the image's off too.
    const bool disabled = written && key == QLatin1String("healthcheck") && !service->healthcheck;
    const bool present = written && !disabled;
    const int line = written ? service->keyLines.value(key) : service->line;
    if (disabled) {
        const bool wantedAbsent = !check.params.contains(QStringLiteral("equals")) && !check.params.contains(QStringLiteral("contains"))
            && !boolParam(check.params, QStringLiteral("present"), true);
        return wantedAbsent ? outcome(check, true, line)
                            : outcome(check, false, line,
                                      Tr::tr("The healthcheck of '%1' is disabled (disable: true or test: [\"NONE\"]), so Compose runs none.").arg(name));
    }
    if (check.params.contains(QStringLiteral("equals"))) {
        const QString expected = check.params.value(QStringLiteral("equals")).toString();
        const QString actual = service->definition.value(key).toString();
        if (present && actual.compare(expected, Qt::CaseInsensitive) == 0)
            return outcome(check, true, line);
        return outcome(check, false, line,
                       present ? Tr::tr("'%1' of '%2' is '%3', not '%4'.").arg(key, name, actual, expected)
                               : Tr::tr("'%1' has no '%2' key.").arg(name, key));
    }
    if (check.params.contains(QStringLiteral("contains"))) {
        const QString expected = check.params.value(QStringLiteral("contains")).toString();
        const QVariant value = service->definition.value(key);
        const QStringList items = value.typeId() == QMetaType::QVariantList ? stringList(value)
            : value.typeId() == QMetaType::QVariantMap ? value.toMap().keys()
                                                       : QStringList{value.toString()};
        const bool found = std::any_of(items.cbegin(), items.cend(), [&](const QString &item) {
            return item.contains(expected, Qt::CaseInsensitive);
        });
        if (present && found)
            return outcome(check, true, line);
        return outcome(check, false, line,
                       present ? Tr::tr("'%1' of '%2' has nothing with '%3'.").arg(key, name, expected)
                               : Tr::tr("'%1' has no '%2' key.").arg(name, key));
    }
    const bool wanted = boolParam(check.params, QStringLiteral("present"), true);
    if (present == wanted)
        return outcome(check, true, line);
    return outcome(check, false, line,
                   wanted ? Tr::tr("'%1' has no '%2' key.").arg(name, key) : Tr::tr("'%1' still has a '%2' key.").arg(name, key));
}

QHash<QString, QString> ComposeChecks::environmentOf(const ComposeService &service)
{
    QHash<QString, QString> out;
    const QVariant environment = service.definition.value(QStringLiteral("environment"));
    if (environment.typeId() == QMetaType::QVariantMap) {
        const QVariantMap map = environment.toMap();
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            out.insert(it.key(), it.value().toString());
    } else {
        for (const QString &item : stringList(environment))
            out.insert(item.section(QLatin1Char('='), 0, 0), item.section(QLatin1Char('='), 1));
    }
    return out;
}

CheckOutcome ComposeChecks::databaseUrl(const ChallengeCheck &check) const
{
    const QString appName = check.params.value(QStringLiteral("service")).toString();
    const QString variable = check.params.value(QStringLiteral("variable")).toString();
    const QString dbName = check.params.value(QStringLiteral("database")).toString();
    const ComposeService *app = m_report.service(appName);
    const ComposeService *db = m_report.service(dbName);
    if (!app || !db)
        return outcome(check, false, 0, Tr::tr("There is no service '%1'.").arg(app ? dbName : appName));
    const QHash<QString, QString> appEnvironment = environmentOf(*app);
    const int line = app->keyLines.value(QStringLiteral("environment"), app->line);
    if (!appEnvironment.contains(variable))
        return outcome(check, false, line, Tr::tr("'%1' has no %2 in its environment.").arg(appName, variable));
    const InitialDatabase database = initialDatabase(db->image, environmentOf(*db));
    const QString problem = databaseUrlProblem(appEnvironment.value(variable), dbName, database);
    return problem.isEmpty() ? outcome(check, true, line) : outcome(check, false, line, problem);
}

} // namespace DockPrep
