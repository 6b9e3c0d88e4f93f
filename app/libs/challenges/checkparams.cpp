#include "challenges/checkparams.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace DockPrep::Checks {

namespace {
// lupdate files Tr::tr() strings under the context named here (it cannot see through a
// tr() function that forwards to QCoreApplication::translate()).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(DockPrep::ChallengeChecker)
};
} // namespace

QStringList stringList(const QVariant &value)
{
    if (value.typeId() == QMetaType::QVariantList) {
        QStringList out;
        for (const QVariant &item : value.toList())
            out.append(item.toString());
        return out;
    }
    return value.isValid() ? QStringList{value.toString()} : QStringList();
}

bool boolParam(const QVariantMap &params, const QString &name, bool fallback)
{
    if (!params.contains(name))
        return fallback;
    const QString value = params.value(name).toString().toLower();
    return value == QLatin1String("true") || value == QLatin1String("yes");
}

int lineAt(const QString &text, qsizetype offset)
{
    return int(QStringView(text).left(offset).count(QLatin1Char('\n'))) + 1;
}

CheckOutcome outcome(const ChallengeCheck &check, bool passed, int line, const QString &detail)
{
    return {check.id, check.message, passed, line, passed ? QString() : detail};
}

CheckOutcome runPattern(const ChallengeCheck &check, const QString &code)
{
    const QRegularExpression regex(check.params.value(QStringLiteral("regex")).toString(),
                                   QRegularExpression::MultilineOption);
    const bool wanted = boolParam(check.params, QStringLiteral("present"), true);
    const QRegularExpressionMatch match = regex.match(code);
    if (wanted) {
        return match.hasMatch() ? outcome(check, true, lineAt(code, match.capturedStart()))
                                : outcome(check, false, 0, Tr::tr("Nothing in the file does this yet."));
    }
    return match.hasMatch() ? outcome(check, false, lineAt(code, match.capturedStart()),
                                      Tr::tr("This line is what the check is about: '%1'.").arg(match.captured().trimmed()))
                            : outcome(check, true);
}

QString requireParams(const ChallengeCheck &check, std::initializer_list<const char *> names)
{
    for (const char *name : names) {
        const QString key = QString::fromLatin1(name);
        if (stringList(check.params.value(key)).join(QString()).isEmpty())
            return QStringLiteral("check '%1' (%2) needs '%3'").arg(check.id, check.kind, key);
    }
    return {};
}

QString requireRegex(const ChallengeCheck &check, const char *name)
{
    if (const QString missing = requireParams(check, {name}); !missing.isEmpty())
        return missing;
    const QRegularExpression regex(check.params.value(QString::fromLatin1(name)).toString());
    return regex.isValid() ? QString() : QStringLiteral("check '%1': invalid regex: %2").arg(check.id, regex.errorString());
}

QString validateNothing(const ChallengeCheck &)
{
    return {};
}

} // namespace DockPrep::Checks
