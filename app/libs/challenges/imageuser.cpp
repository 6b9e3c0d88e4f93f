#include "challenges/imageuser.h"

#include "analyzers/composespec.h"

#include <QHash>
#include <QRegularExpression>

namespace DockPrep {

namespace {

// Accounts in the base images everyone uses: Debian/Ubuntu/Alpine/BusyBox system users, the
// distroless and Chainguard `nonroot`, and the user an official image makes for its own service.
bool conventional(const QString &name, const QString &baseImage)
{
    static const QStringList everywhere{QStringLiteral("nobody"), QStringLiteral("daemon"), QStringLiteral("bin"),
                                        QStringLiteral("www-data"), QStringLiteral("nonroot"), QStringLiteral("nogroup")};
    if (everywhere.contains(name))
        return true;
    static const QHash<QString, QString> imageUsers{
        {QStringLiteral("node"), QStringLiteral("node")},         {QStringLiteral("nginx"), QStringLiteral("nginx")},
        {QStringLiteral("postgres"), QStringLiteral("postgres")}, {QStringLiteral("redis"), QStringLiteral("redis")},
        {QStringLiteral("mysql"), QStringLiteral("mysql")},       {QStringLiteral("mariadb"), QStringLiteral("mysql")},
        {QStringLiteral("mongo"), QStringLiteral("mongodb")},     {QStringLiteral("rabbitmq"), QStringLiteral("rabbitmq")},
        {QStringLiteral("jenkins"), QStringLiteral("jenkins")},   {QStringLiteral("ubuntu"), QStringLiteral("ubuntu")},
        {QStringLiteral("httpd"), QStringLiteral("www-data")},    {QStringLiteral("caddy"), QStringLiteral("caddy")}};
    const QString image = ComposeSpec::parseImage(baseImage).name;
    return imageUsers.value(image) == name;
}

bool numericOrVariable(const QString &name)
{
    static const QRegularExpression numeric(QStringLiteral("^\\d+$"));
    // A variable is resolved at build time from values we do not know: give it the benefit.
    return numeric.match(name).hasMatch() || name.contains(QLatin1Char('$'));
}

bool created(const QString &name, const QStringList &commands, const QStringList &scripts)
{
    const QString word = QRegularExpression::escape(name);
    const QRegularExpression creates(QStringLiteral("\\b(%1)\\b[^\\n;&|]*(\\s|['\"])%2(?=$|[\\s'\";&|])")
                                         .arg(commands.join(QLatin1Char('|')), word),
                                     QRegularExpression::MultilineOption);
    // echo 'app:x:10001:10001::/app:/sbin/nologin' >> /etc/passwd
    const QRegularExpression written(QStringLiteral("(^|[\\s'\"])%1:x?:").arg(word), QRegularExpression::MultilineOption);
    for (const QString &script : scripts) {
        if (creates.match(script).hasMatch() || written.match(script).hasMatch())
            return true;
    }
    return false;
}

} // namespace

bool imageUserExists(const QString &name, const QString &baseImage, const QStringList &scriptsBefore)
{
    if (numericOrVariable(name) || conventional(name, baseImage))
        return true;
    return created(name, {QStringLiteral("useradd"), QStringLiteral("adduser")}, scriptsBefore);
}

bool imageGroupExists(const QString &name, const QString &baseImage, const QStringList &scriptsBefore)
{
    if (numericOrVariable(name) || conventional(name, baseImage))
        return true;
    // useradd and adduser make a group of the user's own name by default.
    return created(name, {QStringLiteral("groupadd"), QStringLiteral("addgroup"), QStringLiteral("useradd"), QStringLiteral("adduser")},
                   scriptsBefore);
}

} // namespace DockPrep
